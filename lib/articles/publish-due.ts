import "server-only";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { db } from "@/lib/db/client";
import { indexNewlyPublished } from "@/lib/search/index";
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";

/** Publishes scheduled articles whose time has come. Returns how many went live. */
export async function publishDueArticles(now = new Date()): Promise<number> {
  const { count } = await withBusyRetry(() =>
    db.article.updateMany({
      where: { status: "SCHEDULED", publishedAt: { lte: now } },
      data: { status: "PUBLISHED" },
    }),
  );
  if (count > 0) expireTags(tags.articles);
  if (count > 0) await indexNewlyPublished(); // they become searchable
  return count;
}
