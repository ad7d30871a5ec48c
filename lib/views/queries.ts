import "server-only";
import { unstable_cache } from "next/cache";
import { publishedArticle } from "@/lib/articles/access";
import { db } from "@/lib/db/client";
import { tags } from "@/lib/site/cache-tags";

export type MostReadItem = { id: number; slug: string; headline: string; views: number };
export type MostRead = { day: MostReadItem[]; week: MostReadItem[] };

const SHOWN = 5;
const HOUR_MS = 3_600_000;

/** The articles read most since `since`, published ones only, most views first. */
async function mostReadSince(since: Date): Promise<MostReadItem[]> {
  // A few spare rows: some of the most read may have been unpublished since.
  const sums = await db.articleViews.groupBy({
    by: ["articleId"],
    where: { hour: { gte: since } },
    _sum: { views: true },
    orderBy: [{ _sum: { views: "desc" } }, { articleId: "desc" }],
    take: SHOWN * 3,
  });
  if (sums.length === 0) return [];
  const rows = await db.article.findMany({
    where: { id: { in: sums.map((s) => s.articleId) }, ...publishedArticle },
    select: { id: true, slug: true, headline: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return sums
    .flatMap((s) => {
      const row = byId.get(s.articleId);
      return row ? [{ ...row, views: s._sum.views ?? 0 }] : [];
    })
    .slice(0, SHOWN);
}

/**
 * Most read over the last 24 hours and 7 days (whole hours: the current one counts). Views
 * arrive all the time, so this is refreshed by time (every 10 minutes), not on each flush:
 * expiring it per flush would re-render every page every few seconds.
 */
export const getMostRead = unstable_cache(
  async (): Promise<MostRead> => {
    const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
    const [day, week] = await Promise.all([
      mostReadSince(new Date(hour - 23 * HOUR_MS)),
      mostReadSince(new Date(hour - (7 * 24 - 1) * HOUR_MS)),
    ]);
    return { day, week };
  },
  ["most-read"],
  { tags: [tags.articles, tags.views], revalidate: 600 },
);
