import "server-only";
import { publishedArticle } from "@/lib/articles/access";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { db } from "@/lib/db/client";
import { type ViewTotal, returnViews, takeViews } from "./beacon.mjs";

/** Rows per transaction: each write holds SQLite's lock only briefly. */
const CHUNK = 500;

/**
 * Moves the views counted in memory (lib/views/beacon.mjs) into the database: one row per
 * article per hour, added to. Ids that are not a published article are dropped here, once
 * per distinct id. When the database refuses, the totals go back to memory for the next try.
 */
export async function flushViews(): Promise<{ stored: number; views: number; dropped: number; ignored: number }> {
  const { totals, dropped, ignored } = takeViews();
  if (totals.length === 0) return { stored: 0, views: 0, dropped, ignored };
  let pending: ViewTotal[] = totals;
  try {
    const known = new Set<number>();
    const ids = [...new Set(totals.map((t) => t.articleId))];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await db.article.findMany({
        where: { id: { in: ids.slice(i, i + CHUNK) }, ...publishedArticle },
        select: { id: true },
      });
      for (const r of rows) known.add(r.id);
    }
    const rows = totals.filter((t) => known.has(t.articleId));
    pending = rows;
    let stored = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await withBusyRetry(() =>
        db.$transaction(
          chunk.map((t) =>
            db.articleViews.upsert({
              where: { articleId_hour: { articleId: t.articleId, hour: t.hour } },
              create: t,
              update: { views: { increment: t.views } },
            }),
          ),
        ),
      );
      stored += chunk.length;
      pending = rows.slice(i + CHUNK);
    }
    return { stored, views: rows.reduce((n, t) => n + t.views, 0), dropped, ignored };
  } catch (error) {
    returnViews(pending);
    throw error;
  }
}
