import "server-only";
import { unstable_cache } from "next/cache";
import { publishedArticle } from "@/lib/articles/access";
import { db } from "@/lib/db/client";
import { tags } from "@/lib/site/cache-tags";

export const FEED_SIZE = 30;

export type FeedEntry = {
  slug: string;
  headline: string;
  excerpt: string | null;
  body: string;
  publishedAt: string;
  updatedAt: string;
  author: string;
  category: string;
};

/** The latest published articles, optionally of one category; null when the category does not exist. */
export const getFeedEntries = unstable_cache(
  async (categorySlug: string | null): Promise<{ title: string | null; entries: FeedEntry[] } | null> => {
    let title: string | null = null;
    if (categorySlug !== null) {
      const category = await db.category.findUnique({ where: { slug: categorySlug }, select: { name: true } });
      if (!category) return null;
      title = category.name;
    }
    const rows = await db.article.findMany({
      where: { ...publishedArticle, ...(categorySlug !== null ? { category: { slug: categorySlug } } : {}) },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: FEED_SIZE,
      select: {
        slug: true,
        headline: true,
        excerpt: true,
        body: true,
        publishedAt: true,
        createdAt: true,
        updatedAt: true,
        author: { select: { name: true } },
        category: { select: { name: true } },
      },
    });
    return {
      title,
      entries: rows.map((r) => ({
        slug: r.slug,
        headline: r.headline,
        excerpt: r.excerpt,
        body: r.body,
        publishedAt: (r.publishedAt ?? r.createdAt).toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        author: r.author.name,
        category: r.category.name,
      })),
    };
  },
  ["feed-entries"],
  { tags: [tags.articles, tags.taxonomy], revalidate: 3600 },
);
