import "server-only";
import { unstable_cache } from "next/cache";
import { publishedArticle } from "@/lib/articles/access";
import { db } from "@/lib/db/client";
import { tags } from "@/lib/site/cache-tags";

/** Every published article and every listing that has one, with the date it last changed. */
export const getSitemapEntries = unstable_cache(
  async () => {
    const [articles, categories, authors, tagRows] = await Promise.all([
      db.article.findMany({ where: publishedArticle, select: { slug: true, updatedAt: true }, orderBy: { publishedAt: "desc" } }),
      db.category.findMany({ where: { articles: { some: publishedArticle } }, select: { slug: true } }),
      db.author.findMany({ where: { articles: { some: publishedArticle } }, select: { slug: true } }),
      db.tag.findMany({ where: { articles: { some: { article: publishedArticle } } }, select: { slug: true } }),
    ]);
    return {
      articles: articles.map((a) => ({ slug: a.slug, updatedAt: a.updatedAt.toISOString() })),
      categories: categories.map((c) => c.slug),
      authors: authors.map((a) => a.slug),
      tags: tagRows.map((t) => t.slug),
    };
  },
  ["sitemap-entries"],
  { tags: [tags.articles, tags.taxonomy], revalidate: 3600 },
);
