import "server-only";
import { unstable_cache } from "next/cache";
import { publishedArticle } from "@/lib/articles/access";
import { db } from "@/lib/db/client";
import { MEDIA_URL_PREFIX } from "@/lib/media/config";
import { findMediaFile } from "@/lib/media/serve";
import { parseWidths, variantUrl } from "@/lib/media/sizes";
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
  /** The featured picture for the item's enclosure: a mid-size file, its bytes and type. */
  image?: { url: string; length: number; type: string } | null;
};

/** The enclosure of an article with a picture: the 960 px file (or the widest under it) with its size on disk. */
async function enclosure(featuredImage: string | null, media: { url: string; widths: string } | null) {
  if (!featuredImage) return null;
  if (!media || media.url !== featuredImage || !featuredImage.startsWith(MEDIA_URL_PREFIX)) {
    const ext = featuredImage.split(".").pop()?.toLowerCase() ?? "";
    return { url: featuredImage, length: 0, type: ext === "jpg" ? "image/jpeg" : `image/${ext}` };
  }
  const widths = parseWidths(media.widths);
  const url = variantUrl(media.url, [...widths].reverse().find((w) => w <= 960) ?? widths[0]!, widths);
  const file = await findMediaFile(url.slice(MEDIA_URL_PREFIX.length).split("/"));
  return { url, length: file?.size ?? 0, type: "image/webp" };
}

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
        featuredImage: true,
        media: { select: { url: true, widths: true } },
      },
    });
    return {
      title,
      entries: await Promise.all(
        rows.map(async (r) => ({
          slug: r.slug,
          headline: r.headline,
          excerpt: r.excerpt,
          body: r.body,
          publishedAt: (r.publishedAt ?? r.createdAt).toISOString(),
          updatedAt: r.updatedAt.toISOString(),
          author: r.author.name,
          category: r.category.name,
          image: await enclosure(r.featuredImage, r.media),
        })),
      ),
    };
  },
  ["feed-entries"],
  { tags: [tags.articles, tags.taxonomy], revalidate: 3600 },
);
