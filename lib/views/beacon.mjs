// @ts-check
/**
 * Page views, counted while pages stay cached.
 *
 * An article page carries `<img src="/api/views?a=<id>" hidden>`: the browser
 * asks for it on every view, with or without JavaScript, even when the page
 * itself came from a cache (Next's, nginx's). scripts/serve.mjs answers it
 * here, before Next.js: a tiny GIF, no cookie, no 5xx whatever is sent. Each
 * view adds one to an in-memory total per article per hour; lib/views/flush.ts
 * moves the totals to the database every few seconds, one statement per batch.
 *
 * What is kept: totals only. No address, no cookie, no user agent is stored.
 * Bots (the `isbot` list of crawler user agents, or no user agent) are not
 * counted. Memory is bounded (MAX_KEYS totals; beyond them views are dropped
 * and counted as dropped until the next flush), and so is each request's work:
 * the query string is read only when short, and the id must be a plain number.
 * Whether the id names a published article is checked at flush time, once per
 * distinct id, so junk ids cost nothing per request and are never stored.
 *
 * Plain JavaScript: scripts/serve.mjs loads it uncompiled. The totals live on
 * globalThis so the server and the Next.js bundle (which has its own copy of
 * this module) share one store in the one process.
 */
import { isbot } from "isbot";

export const BEACON_PATH = "/api/views";
/** Distinct (article, hour) totals held between two flushes. */
export const MAX_KEYS = 20_000;
const HOUR_MS = 3_600_000;
const ID = /^[1-9]\d{0,9}$/;
const MAX_ID = 2_147_483_647; // the database's integer

// 1×1 transparent GIF.
export const BEACON_GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/**
 * @typedef {{ counts: Map<string, number>, dropped: number, ignored: number }} Store
 * @typedef {{ articleId: number, hour: Date, views: number }} ViewTotal
 */

const KEY = Symbol.for("sahifa.views");

/** @returns {Store} */
function store() {
  const g = /** @type {Record<symbol, Store | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (g[KEY] ??= { counts: new Map(), dropped: 0, ignored: 0 });
}

/**
 * The article id of a beacon's query string (`a=<id>`, nothing else read), or null.
 * @param {string} query the part after `?`, possibly empty
 */
export function beaconArticleId(query) {
  if (query.length > 64) return null;
  const id = new URLSearchParams(query).get("a");
  if (id === null || !ID.test(id)) return null;
  const n = Number(id);
  return n <= MAX_ID ? n : null;
}

/**
 * Counts one view of `query`'s article by a reader with `userAgent`.
 * @param {string} query
 * @param {string | undefined} userAgent
 * @returns {"counted" | "ignored" | "dropped"}
 */
export function countView(query, userAgent, now = Date.now()) {
  const s = store();
  const id = beaconArticleId(query);
  if (id === null || !userAgent || userAgent.length > 1024 || isbot(userAgent)) {
    s.ignored += 1;
    return "ignored";
  }
  const key = `${id}:${Math.floor(now / HOUR_MS)}`;
  const n = s.counts.get(key);
  if (n !== undefined) s.counts.set(key, n + 1);
  else if (s.counts.size < MAX_KEYS) s.counts.set(key, 1);
  else {
    s.dropped += 1;
    return "dropped";
  }
  return "counted";
}

/**
 * Takes every total counted so far (they are gone from memory afterwards).
 * @returns {{ totals: ViewTotal[], dropped: number, ignored: number }}
 */
export function takeViews() {
  const s = store();
  const { counts, dropped, ignored } = s;
  s.counts = new Map();
  s.dropped = 0;
  s.ignored = 0;
  /** @type {ViewTotal[]} */
  const totals = [];
  for (const [key, views] of counts) {
    const [id, hour] = key.split(":");
    totals.push({ articleId: Number(id), hour: new Date(Number(hour) * HOUR_MS), views });
  }
  return { totals, dropped, ignored };
}

/**
 * Puts totals back after a failed flush (the database was away), within the same bound.
 * @param {ViewTotal[]} totals
 */
export function returnViews(totals) {
  const s = store();
  for (const t of totals) {
    const key = `${t.articleId}:${Math.floor(t.hour.getTime() / HOUR_MS)}`;
    const n = s.counts.get(key);
    if (n !== undefined) s.counts.set(key, n + t.views);
    else if (s.counts.size < MAX_KEYS) s.counts.set(key, t.views);
    else s.dropped += t.views;
  }
}

/**
 * Answers a beacon request: counts it (GET from the <img>, POST from navigator.sendBeacon)
 * and sends the GIF. Never reads a request body.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function answerBeacon(req, res) {
  const url = req.url ?? "";
  const at = url.indexOf("?");
  if (req.method === "GET" || req.method === "POST")
    countView(at === -1 ? "" : url.slice(at + 1), req.headers["user-agent"]);
  res.statusCode = 200;
  res.setHeader("content-type", "image/gif");
  res.setHeader("content-length", BEACON_GIF.length);
  res.setHeader("cache-control", "no-store");
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("cross-origin-resource-policy", "same-origin");
  res.end(req.method === "HEAD" ? undefined : BEACON_GIF);
}

/** Whether a request path is the beacon's. @param {string} url */
export function isBeacon(url) {
  return url === BEACON_PATH || url.startsWith(`${BEACON_PATH}?`);
}
