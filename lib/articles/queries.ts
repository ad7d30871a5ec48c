import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { tags } from "@/lib/site/cache-tags";
import { publishedArticle } from "./access";
import { PAGE_SIZE, pageCount } from "./pagination";
import { fullSelect, summarySelect, toFull, toSummary } from "./select";
import type { ArticleFull, ArticleSummary, LinkRef, Listing } from "./types";

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];
const oldestFirst = [{ publishedAt: "asc" }, { id: "asc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

// Safety net only: on-demand tag revalidation keeps pages fresh within
// seconds; the timer bounds staleness if a revalidation is ever missed.
const REVALIDATE_SECONDS = 3600;

async function latest(where: Prisma.ArticleWhereInput, take: number, skip = 0): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({
    where: { ...where, ...publishedArticle },
    orderBy: newestFirst,
    select: summarySelect,
    take,
    skip,
  });
  return rows.map(toSummary);
}

export type HomePage = {
  lead: ArticleSummary | null;
  latest: ArticleSummary[];
  blocks: { category: LinkRef; articles: ArticleSummary[] }[];
};

export const getHomePage = unstable_cache(
  async (): Promise<HomePage> => {
    // The lead is the newest pinned story when there is one, else the newest.
    const [pinned] = await latest({ pinned: true }, 1);
    const recent = (await latest({}, 9)).filter((a) => a.id !== pinned?.id);
    if (pinned) recent.unshift(pinned);
    const categories = await db.category.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, slug: true },
    });
    const blocks = await Promise.all(
      categories.map(async (c) => ({
        category: { name: c.name, slug: c.slug },
        articles: await latest({ categoryId: c.id }, 4),
      })),
    );
    return {
      lead: recent[0] ?? null,
      latest: recent.slice(1, 9),
      blocks: blocks.filter((b) => b.articles.length > 0),
    };
  },
  ["home-page"],
  { tags: [tags.articles, tags.taxonomy], revalidate: REVALIDATE_SECONDS },
);

export const getArticle = unstable_cache(
  async (slug: string): Promise<ArticleFull | null> => {
    const row = await db.article.findFirst({ where: { slug, ...publishedArticle }, select: fullSelect });
    return row ? toFull(row) : null;
  },
  ["article"],
  { tags: [tags.articles], revalidate: REVALIDATE_SECONDS },
);

/**
 * Related news: the stories of the same category published just before this
 * one (what a reader of that day would have seen), then the newest ones after
 * it when the category runs short.
 */
export const getRelated = unstable_cache(
  async (articleId: number, categorySlug: string, publishedAt: string): Promise<ArticleSummary[]> => {
    const when = new Date(publishedAt);
    const sameCategory = { category: { slug: categorySlug }, id: { not: articleId } };
    const before = await latest({ ...sameCategory, publishedAt: { lte: when } }, 3);
    if (before.length >= 3) return before;
    const after = await db.article.findMany({
      where: { ...sameCategory, ...publishedArticle, publishedAt: { gt: when } },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: summarySelect,
      take: 3 - before.length,
    });
    const related = [...before, ...after.map(toSummary)];
    if (related.length >= 3) return related;
    const others = await latest({ id: { notIn: [articleId, ...related.map((a) => a.id)] } }, 3 - related.length);
    return [...related, ...others];
  },
  ["related"],
  { tags: [tags.articles], revalidate: REVALIDATE_SECONDS },
);

/**
 * Which articles a listing shows: a category's or an author's by id (a filter on the column
 * the listing's index starts with; PostgreSQL cannot walk that index in order behind a
 * relation filter on the slug), a tag's by its slug.
 */
type ListingKey = { kind: "tag"; slug: string } | { kind: "category" | "author"; id: number };

function listingWhere(key: Exclude<ListingKey, { kind: "tag" }>): Prisma.ArticleWhereInput {
  return key.kind === "category" ? { categoryId: key.id } : { authorId: key.id };
}

// Tag listings start from the tag's own rows in ArticleTag (its index on
// tagId), so their cost follows the tag's size, not the site's. Prisma's
// relation filters let SQLite's planner (no statistics on a live database)
// start from the articles instead and test every published one, so these two
// are written out: CROSS JOIN fixes the join order in SQLite and is a plain
// join in PostgreSQL.
const published = Prisma.raw(`'${publishedArticle.status}'`);
const taggedFrom = (slug: string) => Prisma.sql`
  FROM "ArticleTag" t CROSS JOIN "Article" a
  WHERE t."tagId" = (SELECT id FROM "Tag" WHERE slug = ${slug}) AND a.id = t."articleId" AND a.status = ${published}`;

async function countTagged(slug: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n ${taggedFrom(slug)}`;
  return Number(row?.n ?? 0);
}

async function taggedPage(slug: string, take: number, skip: number, oldest: boolean): Promise<number[]> {
  const order = Prisma.raw(oldest ? `a."publishedAt" ASC, a.id ASC` : `a."publishedAt" DESC, a.id DESC`);
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT a.id AS id ${taggedFrom(slug)} ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`;
  return rows.map((r) => Number(r.id));
}

/**
 * How many published articles a listing has. Cached on its own (not per page)
 * so the count, which grows with the listing, is taken once per publish
 * rather than on the first render of every page.
 */
const countListing = unstable_cache(
  async (key: ListingKey) =>
    key.kind === "tag"
      ? countTagged(key.slug)
      : db.article.count({ where: { ...listingWhere(key), ...publishedArticle } }),
  ["listing-count"],
  { tags: [tags.articles, tags.taxonomy], revalidate: REVALIDATE_SECONDS },
);

/**
 * The ids on page N of a listing of `count` articles. `?page=N` links must keep
 * working, so there is no cursor to seek from; instead the ids are read from the
 * listing's index alone (a covering index walk: no article row is read for the
 * pages skipped; on PostgreSQL the index holds the id for that), and a page past
 * the middle is read from the other end, oldest first, then turned round, so the
 * walk is at most half the listing and the last page costs what page 2 does.
 * Page 1,000 of a category then costs about what page 2 does (scripts/bench/run.ts
 * measures it); OFFSET over whole rows read every skipped article.
 */
async function pageIds(key: ListingKey, page: number, count: number): Promise<number[]> {
  const skip = (page - 1) * PAGE_SIZE;
  const oldest = skip > count / 2;
  const take = oldest ? Math.min(PAGE_SIZE, count - skip) : PAGE_SIZE;
  const window = { take, skip: oldest ? count - skip - take : skip };
  const ids =
    key.kind === "tag"
      ? await taggedPage(key.slug, window.take, window.skip, oldest)
      : (
          await db.article.findMany({
            where: { ...listingWhere(key), ...publishedArticle },
            orderBy: oldest ? oldestFirst : newestFirst,
            select: { id: true },
            ...window,
          })
        ).map((r) => r.id);
  return oldest ? ids.reverse() : ids;
}

/** Only the page's own rows are loaded, in the listing's order. */
async function pageOf(key: ListingKey, page: number, count: number): Promise<ArticleSummary[]> {
  const ids = await pageIds(key, page, count);
  const rows = await db.article.findMany({ where: { id: { in: ids } }, select: summarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row)] : [];
  });
}

async function listing<T>(owner: T | null, key: ListingKey, page: number): Promise<Listing<T> | null> {
  if (!owner) return null;
  const count = await countListing(key);
  // A tag or author that only drafts (or nothing) use is not public: no page that would show its name.
  if (count === 0 && key.kind !== "category") return null;
  const totalPages = pageCount(count);
  if (page > totalPages) return null;
  return { owner, items: await pageOf(key, page, count), page, totalPages };
}

export type CategoryOwner = LinkRef & { description: string | null };
export type AuthorOwner = LinkRef & { bio: string | null; photo: string | null };

export const getCategoryListing = unstable_cache(
  async (slug: string, page: number) => {
    const row = await db.category.findUnique({
      where: { slug },
      select: { id: true, name: true, slug: true, description: true },
    });
    if (!row) return null;
    const { id, ...owner } = row;
    return listing<CategoryOwner>(owner, { kind: "category", id }, page);
  },
  ["category-listing"],
  { tags: [tags.articles, tags.taxonomy], revalidate: REVALIDATE_SECONDS },
);

export const getAuthorListing = unstable_cache(
  async (slug: string, page: number) => {
    const row = await db.author.findUnique({
      where: { slug },
      select: { id: true, name: true, slug: true, bio: true, photo: true },
    });
    if (!row) return null;
    const { id, ...owner } = row;
    return listing<AuthorOwner>(owner, { kind: "author", id }, page);
  },
  ["author-listing"],
  { tags: [tags.articles, tags.taxonomy], revalidate: REVALIDATE_SECONDS },
);

export const getTagListing = unstable_cache(
  async (slug: string, page: number) => {
    const owner = await db.tag.findUnique({ where: { slug }, select: { name: true, slug: true } });
    return listing<LinkRef>(owner, { kind: "tag", slug }, page);
  },
  ["tag-listing"],
  { tags: [tags.articles, tags.taxonomy], revalidate: REVALIDATE_SECONDS },
);

export const getNavCategories = unstable_cache(
  async (): Promise<LinkRef[]> =>
    db.category.findMany({
      where: { parentId: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { name: true, slug: true },
    }),
  ["nav-categories"],
  { tags: [tags.taxonomy], revalidate: REVALIDATE_SECONDS },
);
