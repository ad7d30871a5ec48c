import "server-only";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { db } from "@/lib/db/client";
import { databaseUrl, isPostgresUrl } from "@/lib/db/url";
import { indexNewlyPublished } from "@/lib/search/index";
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";

/** The advisory lock every instance's scheduler takes (PostgreSQL), named rather than numbered. */
export const PUBLISH_DUE_LOCK = "sahifa.publish-due";

type Writer = Pick<typeof db, "article">;

const publishDue = (writer: Writer, now: Date) =>
  writer.article.updateMany({
    where: { status: "SCHEDULED", publishedAt: { lte: now } },
    data: { status: "PUBLISHED" },
  });

/**
 * Several instances share one PostgreSQL database and each runs the scheduler: one at a time
 * publishes, the others skip their turn (pg_try_advisory_xact_lock: released with the
 * transaction, so a pooled connection never keeps it; never waited for).
 */
async function publishDueOnce(now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { locked: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(hashtext(${PUBLISH_DUE_LOCK})) AS locked`;
    if (!row?.locked) return 0;
    return (await publishDue(tx, now)).count;
  });
}

/** Publishes scheduled articles whose time has come. Returns how many went live. */
export async function publishDueArticles(now = new Date()): Promise<number> {
  const count = isPostgresUrl(databaseUrl())
    ? await publishDueOnce(now)
    : (await withBusyRetry(() => publishDue(db, now))).count;
  if (count > 0) expireTags(tags.articles);
  if (count > 0) await indexNewlyPublished(); // they become searchable
  return count;
}
