import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { internalSecret, internalUrl } from "./internal";
import { config } from "@/lib/config";
import { logger } from "@/lib/log/logger";

// How long after a change the tags are expired a second time (see below).
const FOLLOW_UP_MS = 1500;

/** Expires tags at once: the next request renders fresh, nobody is served stale news. */
export function expireTagsNow(names: string[]) {
  for (const name of names) {
    try {
      updateTag(name); // server actions: immediate, read-your-writes
    } catch {
      revalidateTag(name, { expire: 0 }); // route handlers, where updateTag is not allowed
    }
  }
}

/**
 * The other app instances behind the same load balancer (SITE_PEERS: their base URLs, comma
 * separated, e.g. "http://10.0.0.2:3000,http://10.0.0.3:3000"; this instance may be listed too).
 * Each instance keeps its own copy of Next's cache, so each must expire the same tags.
 */
export function sitePeers(): string[] {
  return config().sitePeers;
}

function postExpiry(url: string, secret: string, tags: string[]) {
  return fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(5_000),
  }).then(
    (response) => {
      if (!response.ok) logger.warn({ url, status: response.status, tags }, "peer cache expiry refused");
    },
    // Best effort: the time-based revalidation still bounds staleness; but say so, a peer may be down.
    (error: unknown) => logger.warn({ url, err: error, tags }, "peer cache expiry failed"),
  );
}

/**
 * Expires the tags of changed data here and on every peer instance, then once
 * more a moment later: a page render that read the database just before the
 * change but was stored just after it would otherwise be taken as fresh until
 * its time-based expiry.
 */
export function expireTags(...names: string[]) {
  expireTagsNow(names);
  const secret = internalSecret();
  if (!secret) return;
  const peers = sitePeers().map((base) => new URL("/api/revalidate", base).toString());
  after(async () => {
    await Promise.all(peers.map((url) => postExpiry(url, secret, names)));
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_UP_MS));
    await Promise.all([internalUrl("/api/revalidate"), ...peers].map((url) => postExpiry(url, secret, names)));
  });
}
