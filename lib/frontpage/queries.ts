import "server-only";
import { unstable_cache } from "next/cache";
import { publishedArticle } from "@/lib/articles/access";
import { db } from "@/lib/db/client";
import { tags } from "@/lib/site/cache-tags";
import { armBreakingExpiry } from "./breaking-timer";

export type BreakingItem = { slug: string; headline: string; until: string };

/** At most this many headlines in the strip. */
const MAX_BREAKING = 3;

/**
 * Published breaking news whose end time is still ahead, newest first. The strip filters
 * again by the clock when it renders; lib/frontpage/breaking-timer.ts expires the tag when an
 * end time passes, so the cached pages drop the headline then.
 */
export const getBreaking = unstable_cache(
  async (): Promise<BreakingItem[]> => {
    const rows = await db.article.findMany({
      where: { ...publishedArticle, breakingUntil: { gt: new Date() } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { slug: true, headline: true, breakingUntil: true },
      take: MAX_BREAKING,
    });
    return rows.map((r) => ({ slug: r.slug, headline: r.headline, until: r.breakingUntil!.toISOString() }));
  },
  ["breaking"],
  { tags: [tags.articles, tags.breaking], revalidate: 3600 },
);

/**
 * What the strip shows now: the cached list, less what ended since it was read. The render
 * goes into cached pages, so the tag is also set to expire when the first of these ends.
 */
export async function currentBreaking(now = Date.now()): Promise<BreakingItem[]> {
  const items = (await getBreaking()).filter((b) => new Date(b.until).getTime() > now);
  armBreakingExpiry(
    items.map((b) => b.until),
    now,
  );
  return items;
}

/** End times still ahead, soonest first (for the timers that end the strip on time). */
export async function upcomingBreakingEnds(limit = 20): Promise<Date[]> {
  const rows = await db.article.findMany({
    where: { ...publishedArticle, breakingUntil: { gt: new Date() } },
    orderBy: { breakingUntil: "asc" },
    select: { breakingUntil: true },
    take: limit,
  });
  return rows.map((r) => r.breakingUntil!);
}
