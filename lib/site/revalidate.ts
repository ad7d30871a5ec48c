import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { internalSecret, internalUrl } from "./internal";

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
 * Expires the tags of changed data, then once more a moment later: a page
 * render that read the database just before the change but was stored just
 * after it would otherwise be taken as fresh until its time-based expiry.
 */
export function expireTags(...names: string[]) {
  expireTagsNow(names);
  const secret = internalSecret();
  if (!secret) return;
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_UP_MS));
    await fetch(internalUrl("/api/revalidate"), {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ tags: names }),
    }).catch(() => {
      // Best effort: the time-based revalidation still bounds staleness.
    });
  });
}
