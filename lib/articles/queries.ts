import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { tags } from "@/lib/site/cache-tags";
import { publishedArticle } from "./access";
import { PAGE_SIZE, pageCount } from "./pagination";
import { fullSelect, summarySelect, toFull, toSummary } from "./select";
import type { ArticleFull, ArticleSummary, LinkRef, Listing } from "./types";

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

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
    const recent = await latest({}, 9);
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
      latest: recent.slice(1),
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

async function listing<T>(owner: T | null, where: Prisma.ArticleWhereInput, page: number): Promise<Listing<T> | null> {
  if (!owner) return null;
  const total = await db.article.count({ where: { ...where, ...publishedArticle } });
  const totalPages = pageCount(total);
  if (page > totalPages) return null;
  const items = await latest(where, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  return { owner, items, page, totalPages };
}

export type CategoryOwner = LinkRef & { description: string | null };
export type AuthorOwner = LinkRef & { bio: string | null; photo: string | null };

export const getCategoryListing = unstable_cache(
  async (slug: string, page: number) => {
    const owner = await db.category.findUnique({ where: { slug }, select: { name: true, slug: true, description: true } });
    return listing<CategoryOwner>(owner, { category: { slug } }, page);
  },
  ["category-listing"],
  { tags: [tags.articles, tags.taxonomy], revalidate: REVALIDATE_SECONDS },
);

export const getAuthorListing = unstable_cache(
  async (slug: string, page: number) => {
    const owner = await db.author.findUnique({ where: { slug }, select: { name: true, slug: true, bio: true, photo: true } });
    return listing<AuthorOwner>(owner, { author: { slug } }, page);
  },
  ["author-listing"],
  { tags: [tags.articles, tags.taxonomy], revalidate: REVALIDATE_SECONDS },
);

export const getTagListing = unstable_cache(
  async (slug: string, page: number) => {
    const owner = await db.tag.findUnique({ where: { slug }, select: { name: true, slug: true } });
    return listing<LinkRef>(owner, { tags: { some: { tag: { slug } } } }, page);
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
