import "server-only";
import { db } from "@/lib/db/client";
import { type ArticleStatus, type Prisma } from "@/lib/db/generated/client";
import { foldedColumn, foldedPattern } from "@/lib/search/fold-sql";
import { type StaffUser, canEditOthersArticles } from "@/lib/auth/roles";
import { toFull, fullSelect } from "./select";

export const ADMIN_PAGE_SIZE = 20;
const STATUSES = ["DRAFT", "PENDING", "SCHEDULED", "PUBLISHED", "TRASH"] as const;

export type StaffArticleFilters = { status?: string; category?: string; author?: string; q?: string; page?: string };

/** Articles a staff member may see in the dashboard: everyone's for editors, their own otherwise. */
export function staffScope(user: StaffUser): Prisma.ArticleWhereInput {
  return canEditOthersArticles(user) ? {} : { authorId: user.authorId ?? -1 };
}

/** Matches of a headline search, folded as the public search folds (hamza, tashkeel…): the newest ones. */
export const ADMIN_SEARCH_LIMIT = 1000;
async function headlineMatches(q: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT id FROM "Article" WHERE ${foldedColumn('"headline"')} LIKE ${foldedPattern(q)} ESCAPE '\\'
    ORDER BY id DESC LIMIT ${ADMIN_SEARCH_LIMIT}`;
  return rows.map((r) => Number(r.id));
}

export async function listArticlesForStaff(user: StaffUser, f: StaffArticleFilters) {
  const status = STATUSES.find((s) => s === f.status);
  const q = f.q?.trim().slice(0, 200);
  const where: Prisma.ArticleWhereInput = {
    ...staffScope(user),
    // Trash is only listed when asked for.
    status: status ?? { not: "TRASH" },
    ...(f.category && /^\d+$/.test(f.category) ? { categoryId: Number(f.category) } : {}),
    ...(f.author && /^\d+$/.test(f.author) ? { authorId: Number(f.author) } : {}),
    ...(q ? { id: { in: await headlineMatches(q) } } : {}),
  };
  const page = f.page && /^[1-9]\d{0,5}$/.test(f.page) ? Number(f.page) : 1;
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      // By the date the list shows: the publish date, or for undated drafts their last change (listed first).
      orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        headline: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        author: { select: { name: true } },
        category: { select: { name: true } },
      },
    }),
  ]);
  return { rows, total, page, totalPages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export async function getArticleForEditor(id: number) {
  return db.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      headline: true,
      kicker: true,
      excerpt: true,
      body: true,
      status: true,
      publishedAt: true,
      authorId: true,
      categoryId: true,
      featuredImage: true,
      imageCaption: true,
      pinned: true,
      breakingUntil: true,
      commentsOpen: true,
      seoTitle: true,
      seoDescription: true,
      updatedAt: true,
      tags: { select: { tag: { select: { name: true } } } },
      revisions: {
        orderBy: { id: "desc" },
        take: 20,
        select: { id: true, headline: true, createdAt: true, user: { select: { name: true } } },
      },
    },
  });
}

/** The article as the public would see it, for staff preview of unpublished work. */
export async function getArticlePreview(id: number) {
  const row = await db.article.findUnique({ where: { id }, select: { ...fullSelect, status: true, authorId: true } });
  return row ? { article: toFull(row), status: row.status as ArticleStatus, authorId: row.authorId } : null;
}

export async function editorOptions() {
  const [categories, authors] = await Promise.all([
    db.category.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { categories, authors };
}

const DASHBOARD_ROWS = 5;

/** The dashboard's lists: the latest drafts, what is scheduled next, the newest comments awaiting review. */
export async function dashboardLists(user: StaffUser, withComments: boolean) {
  const scope = staffScope(user);
  const [drafts, scheduled, comments] = await Promise.all([
    db.article.findMany({
      where: { ...scope, status: { in: ["DRAFT", "PENDING"] } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: DASHBOARD_ROWS,
      select: { id: true, headline: true, status: true, updatedAt: true },
    }),
    db.article.findMany({
      where: { ...scope, status: "SCHEDULED" },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      take: DASHBOARD_ROWS,
      select: { id: true, headline: true, publishedAt: true },
    }),
    withComments
      ? db.comment.findMany({
          where: { status: "PENDING" },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: DASHBOARD_ROWS,
          select: {
            id: true,
            authorName: true,
            content: true,
            createdAt: true,
            article: { select: { id: true, headline: true } },
          },
        })
      : Promise.resolve([]),
  ]);
  return { drafts, scheduled, comments };
}

export async function dashboardCounts(user: StaffUser) {
  const scope = staffScope(user);
  const [drafts, pending, published, pendingComments] = await Promise.all([
    db.article.count({ where: { ...scope, status: "DRAFT" } }),
    db.article.count({ where: { ...scope, status: "PENDING" } }),
    db.article.count({ where: { ...scope, status: "PUBLISHED" } }),
    db.comment.count({ where: { status: "PENDING" } }),
  ]);
  return { drafts, pending, published, pendingComments };
}
