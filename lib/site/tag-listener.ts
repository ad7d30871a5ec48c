import { databaseUrl, isPostgresUrl } from "@/lib/db/url";
import { logger } from "@/lib/log/logger";
import { tags } from "./cache-tags";
import { internalSecret, internalUrl, postExpiry } from "./internal";
import { type Subscription, listenerConnection, subscribe } from "./tag-bus";

// How long after a message the tags are expired a second time (as lib/site/revalidate.ts does
// on the instance that made the change: a render racing the change would otherwise stay).
const FOLLOW_UP_MS = 1500;

/**
 * Tags are expired through this instance's own /api/revalidate: expiry must run inside a
 * request of Next's, and that route also clears the page cache of scripts/serve.mjs.
 * A server still starting is asked again a few times.
 */
async function expireHere(names: string[], secret: string, tries = 20) {
  for (let i = 0; i < tries; i++) {
    if (await postExpiry(internalUrl("/api/revalidate"), secret, names)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  logger.error({ tags: names }, "cache tags: could not expire tags on this instance");
}

const state = globalThis as unknown as { sahifaTagListener?: Subscription };

/**
 * On PostgreSQL, listens for the tags other instances expire (lib/site/tag-bus.ts). Started once
 * per server process by instrumentation.ts. On SQLite there is one instance: nothing to listen to.
 */
export function startTagListener() {
  const url = databaseUrl();
  const secret = internalSecret();
  // A setting of earlier versions: the instances now find each other through the database.
  if (process.env.SITE_PEERS) logger.warn("SITE_PEERS is no longer read: instances share cache expiry via PostgreSQL");
  if (!isPostgresUrl(url) || !secret || state.sahifaTagListener) return;
  const log = logger.child({ job: "cache-tags" });
  state.sahifaTagListener = subscribe({
    connection: listenerConnection(url),
    log: { info: (msg) => log.info(msg), error: (msg, error) => log.error({ err: error }, msg) },
    onTags(names) {
      void expireHere(names, secret);
      setTimeout(() => void expireHere(names, secret, 1), FOLLOW_UP_MS).unref();
    },
    // Pages cached on disk before a restart, or while the connection was down, may predate
    // changes this instance did not hear of: everything derived from articles and taxonomy
    // renders anew. (Comment lists of single articles catch up at the one-hour safety net.)
    onConnect: () => void expireHere([tags.articles, tags.taxonomy], secret),
  });
}
