import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { db } from "@/lib/db/client";
import { databaseUrl, isPostgresUrl } from "@/lib/db/url";
import { internalSecret, internalUrl, postExpiry } from "./internal";
import { logger } from "@/lib/log/logger";
import { CHANNEL, encodeMessages } from "./tag-bus";

// How long after a change the tags are expired a second time (see below).
const FOLLOW_UP_MS = 1500;

/** The copies of finished pages scripts/serve.mjs keeps (lib/site/page-cache.mjs), when it runs this server. */
function pageCache(): { clear(): void } | undefined {
  return (globalThis as Record<symbol, { clear(): void } | undefined>)[Symbol.for("sahifa.pageCache")];
}

/** Expires tags at once: the next request renders fresh, nobody is served stale news. */
export function expireTagsNow(names: string[]) {
  pageCache()?.clear();
  for (const name of names) {
    try {
      updateTag(name); // server actions: immediate, read-your-writes
    } catch {
      revalidateTag(name, { expire: 0 }); // route handlers, where updateTag is not allowed
    }
  }
}

/** Tells the other instances (PostgreSQL only: on SQLite there is one) to expire these tags too. */
async function notifyOtherInstances(names: string[]) {
  if (!isPostgresUrl(databaseUrl())) return;
  try {
    // $executeRaw goes to the primary even with read replicas configured (a replica cannot NOTIFY).
    for (const payload of encodeMessages(names)) await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
  } catch (error) {
    // The change is saved; the other instances catch up when their listener reconnects (it expires
    // every page then) or at the one-hour safety net. Logged, so an operator sees it.
    logger.error({ err: error, tags: names }, "cache tags: could not notify the other instances");
  }
}

/**
 * Expires the tags of changed data here and on every other instance, then once
 * more a moment later: a page render that read the database just before the
 * change but was stored just after it would otherwise be taken as fresh until
 * its time-based expiry. (The other instances do their own follow-up, lib/site/tag-listener.ts.)
 */
export function expireTags(...names: string[]) {
  expireTagsNow(names);
  const secret = internalSecret();
  after(() =>
    Promise.all([
      notifyOtherInstances(names),
      // The follow-up does not wait for the NOTIFY: its delay counts from the change.
      secret &&
        new Promise((resolve) => setTimeout(resolve, FOLLOW_UP_MS)).then(() =>
          postExpiry(internalUrl("/api/revalidate"), secret, names),
        ),
    ]),
  );
}
