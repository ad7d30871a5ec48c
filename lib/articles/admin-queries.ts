import "server-only";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/contains-text";
import type { ArticleStatus, Prisma } from "@/lib/db/generated/client";
import { type StaffUser, canEditOthersArticles } from "@/lib/auth/roles";
import { toFull, fullSelect } from "./select";

export const ADMIN_PAGE_SIZE = 20;
const STATUSES = ["DRAFT", "PENDING", "SCHEDULED", "PUBLISHED", "TRASH"] as const;

export type StaffArticleFilters = { status?: string; category?: string; author?: string; q?: string; page?: string };

/** Articles a staff member may see in the dashboard: everyone's for editors, their own otherwise. */
export function staffScope(user: StaffUser): Prisma.ArticleWhereInput {
  return canEditOthersArticles(user) ? {} : { authorId: user.authorId ?? -1 };
}

export async function listArticlesForStaff(user: StaffUser, f: StaffArticleFilters) {
  const status = STATUSES.find((s) => s === f.status);
  const where: Prisma.ArticleWhereInput = {
    ...staffScope(user),
    // Trash is only listed when asked for.
    status: status ?? { not: "TRASH" },
    ...(f.category && /^\d+$/.test(f.category) ? { categoryId: Number(f.category) } : {}),
    ...(f.author && /^\d+$/.test(f.author) ? { authorId: Number(f.author) } : {}),
    ...(f.q?.trim() ? { headline: containsText(f.q.trim().slice(0, 200)) } : {}),
  };
  const page = f.page && /^[1-9]\d{0,5}$/.test(f.page) ? Number(f.page) : 1;
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
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
