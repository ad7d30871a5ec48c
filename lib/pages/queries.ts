import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import { sanitizeBody } from "@/lib/articles/sanitize";
import { tags } from "@/lib/site/cache-tags";

export type PageLink = { slug: string; title: string };
export type PublicPage = PageLink & { body: string; updatedAt: string };

/** Published pages in footer order (the footer of every page, the sitemap). */
export const getPublishedPages = unstable_cache(
  async (): Promise<PageLink[]> =>
    db.page.findMany({
      where: { published: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { slug: true, title: true },
      take: 100,
    }),
  ["published-pages"],
  { tags: [tags.pages], revalidate: 3600 },
);

/**
 * One published page. Only slugs proxy.ts found published reach it (it rewrites /<slug> to
 * /pages/<slug>), so the cache holds an entry per real page, never per stranger's URL.
 */
export const getPublishedPage = unstable_cache(
  async (slug: string): Promise<PublicPage | null> => {
    const row = await db.page.findFirst({
      where: { slug, published: true },
      select: { slug: true, title: true, body: true, updatedAt: true },
    });
    return row && { ...row, body: sanitizeBody(row.body), updatedAt: row.updatedAt.toISOString() };
  },
  ["published-page"],
  { tags: [tags.pages], revalidate: 3600 },
);

export async function listPagesForStaff() {
  return db.page.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true, published: true, position: true, updatedAt: true },
  });
}

export async function getPageForStaff(id: number) {
  return db.page.findUnique({ where: { id } });
}
