import "server-only";
import { logger } from "@/lib/log/logger";
import { tags } from "@/lib/site/cache-tags";
import { internalSecret, internalUrl } from "@/lib/site/internal";

// Cached pages carry the strip as it was when they were rendered. When a headline's end time
// passes, the `breaking` tag must expire then, not at the page's next time-based revalidation:
// a timer per end time asks this server to expire it (through HTTP, as the scheduler does, so the
// expiry runs inside a request). Armed wherever the strip is rendered (so each instance arms the
// timers of the pages it caches) and on each scheduler tick (after a restart, pages cached on
// disk may show a strip no render here has seen yet).

const KEY = Symbol.for("sahifa.breaking-timers");
/** Timers held at once: a few headlines are breaking at a time; this bounds a flood of end times. */
const MAX_TIMERS = 50;
/** Only end times this close are armed; later ones are armed by a later tick or render. */
const HORIZON_MS = 24 * 3600_000;
/** Fired this long after the end time, so the render it causes sees the time as past. */
const MARGIN_MS = 50;

function timers(): Map<number, NodeJS.Timeout> {
  const g = globalThis as unknown as Record<symbol, Map<number, NodeJS.Timeout> | undefined>;
  return (g[KEY] ??= new Map());
}

async function expireBreaking() {
  const secret = internalSecret();
  if (!secret) return;
  await fetch(internalUrl("/api/revalidate"), {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ tags: [tags.breaking] }),
    signal: AbortSignal.timeout(5_000),
  }).catch((error: unknown) =>
    // The server is shutting down, or busy: the page's own revalidation still bounds staleness; but say so.
    logger.warn({ err: error }, "breaking strip: could not expire its tag at the end time"),
  );
}

/** Makes sure the `breaking` tag expires right after each of these end times. */
export function armBreakingExpiry(ends: (Date | string)[], now = Date.now()) {
  const held = timers();
  for (const end of ends) {
    const at = new Date(end).getTime();
    const delay = at - now + MARGIN_MS;
    if (!Number.isFinite(at) || delay <= 0 || delay > HORIZON_MS || held.has(at) || held.size >= MAX_TIMERS) continue;
    const timer = setTimeout(() => {
      held.delete(at);
      void expireBreaking();
    }, delay);
    timer.unref();
    held.set(at, timer);
  }
}
