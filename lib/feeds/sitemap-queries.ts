import "server-only";
import { unstable_cache } from "next/cache";
import { publishedArticle } from "@/lib/articles/access";
import { db } from "@/lib/db/client";
import { tags } from "@/lib/site/cache-tags";
import { config } from "@/lib/config";

/** Search engines read at most 50,000 URLs per sitemap file (smaller only to exercise the index in tests). */
export const SITEMAP_CHUNK = config().sitemapChunkSize;

const cached = <A extends unknown[], R>(key: string, fn: (...args: A) => Promise<R>) =>
  unstable_cache(fn, [key], { tags: [tags.articles, tags.taxonomy], revalidate: 3600 });

/** Listing pages that have at least one published article. */
export const getSitemapListings = cached("sitemap-listings", async () => {
  const [categories, authors, tagRows] = await Promise.all([
    db.category.findMany({ where: { articles: { some: publishedArticle } }, select: { slug: true } }),
    db.author.findMany({ where: { articles: { some: publishedArticle } }, select: { slug: true } }),
    db.tag.findMany({ where: { articles: { some: { article: publishedArticle } } }, select: { slug: true } }),
  ]);
  return {
    categories: categories.map((c) => c.slug),
    authors: authors.map((a) => a.slug),
    tags: tagRows.map((t) => t.slug),
  };
});

export const countSitemapArticles = cached("sitemap-count", () => db.article.count({ where: publishedArticle }));

/** One chunk of published articles, newest first, with the date each last changed. */
export const getSitemapArticles = cached("sitemap-articles", async (chunk: number) => {
  const rows = await db.article.findMany({
    where: publishedArticle,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: chunk * SITEMAP_CHUNK,
    take: SITEMAP_CHUNK,
    select: { slug: true, updatedAt: true },
  });
  return rows.map((a) => ({ slug: a.slug, updatedAt: a.updatedAt.toISOString() }));
});

/** Google News wants only what was published in the last two days. */
export const getNewsSitemapArticles = cached("news-sitemap", async (sinceIso: string) => {
  const rows = await db.article.findMany({
    where: { ...publishedArticle, publishedAt: { gte: new Date(sinceIso) } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 1000,
    select: { slug: true, headline: true, publishedAt: true },
  });
  return rows.map((a) => ({
    slug: a.slug,
    headline: a.headline,
    publishedAt: (a.publishedAt ?? new Date()).toISOString(),
  }));
});
