// @ts-check
/**
 * A small in-process cache of finished responses, in front of Next.js in
 * scripts/serve.mjs: the default path (`npm start`, no nginx) answers a hot
 * page without crossing Next's routing, the proxy, the HTML pass and the
 * compression. It keeps the rules of the nginx micro-cache in deploy/nginx/
 * (sahifa-http.conf, sahifa-cache.conf), so both paths behave alike:
 *
 * - key: host, path and query, and the Accept-Encoding the client sent (the
 *   stored bytes are compressed for it; nginx keys variants by `Vary` the same way);
 * - only GET (and HEAD, answered from the GET copy) is taken from the cache;
 *   POST and the rest, /admin, /api, /login, requests of someone signed in (or a
 *   known commenter) and Next's RSC requests always go through;
 * - only 200 responses are stored, never one that sets a cookie or that Next
 *   marks private / no-store (search, anything that read cookies), so a junk
 *   URL's 404 never takes a slot;
 * - a copy is fresh for FRESH_MS (1 s, as nginx); when it is due, one request
 *   goes to Next and the others get the copy in hand meanwhile (as nginx's
 *   proxy_cache_lock + use_stale updating); with no copy in hand they wait for
 *   that one request (at most LOCK_MS) instead of all rendering at once;
 * - bounded by bytes (least recently used copies go first), one copy at most
 *   MAX_ENTRY_BYTES;
 * - a change clears it at once (clear(), called where the site expires its
 *   cache tags), so a publish does not wait for the second to run out.
 *
 * Plain JavaScript: scripts/serve.mjs loads it uncompiled.
 */
import { LRUCache } from "lru-cache";

export const FRESH_MS = 1000;
/** How long a copy may still be handed out while its refresh is in flight. */
export const STALE_MS = 10_000;
/** How long requests wait for the one request filling an empty slot. */
export const LOCK_MS = 5000;
export const MAX_ENTRY_BYTES = 1024 * 1024;

const UNCACHED_PATH = /^\/(?:admin|api|login)(?:\/|$)/;
// The staff session (next-auth, with or without the __Secure- prefix) and a commenter's cookie.
const BYPASS_COOKIE = /next-auth\.session-token|commenter/i;
const PRIVATE = /private|no-store/i;
// Headers that describe one connection or one message, not the page.
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

/**
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer, storedAt: number }} Entry
 * @typedef {import("node:http").IncomingMessage} Req
 * @typedef {import("node:http").ServerResponse} Res
 */

/** The cache key of a request, or null when the request must go to Next. */
export function cacheKey(/** @type {Req} */ req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "/";
  if (!url.startsWith("/") || url.length > 2048) return null;
  const path = url.split("?")[0] ?? "/";
  if (UNCACHED_PATH.test(path)) return null;
  const h = req.headers;
  if (BYPASS_COOKIE.test(String(h.cookie ?? ""))) return null;
  if (h.rsc || h["next-router-prefetch"] || h["next-router-state-tree"] || h["next-action"]) return null;
  const encoding = String(h["accept-encoding"] ?? "")
    .replace(/\s+/g, "")
    .toLowerCase();
  // A host name is at most 253 characters; a longer Host header is nobody's site, and
  // each distinct one would be a key of its own.
  const host = String(h.host ?? "");
  if (encoding.length > 200 || host.length > 255) return null;
  return `${host}\n${url}\n${encoding}`;
}

/** Whether a finished response may be stored. */
export function storable(/** @type {number} */ status, /** @type {Record<string, unknown>} */ headers) {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  return !PRIVATE.test(String(headers["cache-control"] ?? ""));
}

/**
 * @param {{ maxBytes?: number, now?: () => number }} [options]
 */
export function createPageCache({ maxBytes = 32 * 1024 * 1024, now = () => performance.now() } = {}) {
  /** @type {LRUCache<string, Entry>} */
  const entries = new LRUCache({
    maxSize: Math.max(1, maxBytes),
    maxEntrySize: MAX_ENTRY_BYTES + 64 * 1024,
    // The key counts too: a small page stored under many long keys must not outgrow the bound.
    sizeCalculation: (e, key) => e.body.length + key.length + 1024,
  });
  /** Keys being fetched from Next right now, and who waits for them. @type {Map<string, Promise<void>>} */
  const filling = new Map();
  /** Keys whose last answer could not be stored: no waiting on them for a moment. */
  const passes = new LRUCache({ max: 4096, ttl: FRESH_MS, ttlAutopurge: false });
  const stats = { hit: 0, stale: 0, miss: 0, bypass: 0 };
  let generation = 0;

  /** Sends a stored entry. */
  function send(
    /** @type {Req} */ req,
    /** @type {Res} */ res,
    /** @type {Entry} */ entry,
    /** @type {string} */ state,
  ) {
    /** @type {Record<string, string | string[]>} */
    const headers = { ...entry.headers, "x-page-cache": state };
    const etag = entry.headers.etag;
    if (etag && req.headers["if-none-match"] === etag) {
      delete headers["content-encoding"];
      res.writeHead(304, headers);
      res.end();
      return;
    }
    headers["content-length"] = String(entry.body.length);
    res.writeHead(entry.status, headers);
    res.end(req.method === "HEAD" ? undefined : entry.body);
  }

  /**
   * Watches a response Next is writing and stores it when it is storable.
   * Installed below compression, so what it sees is what goes on the wire.
   */
  function record(/** @type {string} */ key, /** @type {Res} */ res, /** @type {() => void} */ done) {
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const started = generation;
    /** @type {Buffer[] | null} */
    let chunks = [];
    let size = 0;
    const add = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
      if (!chunks || chunk == null || typeof chunk === "function") return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8"))
          : Buffer.from(/** @type {Uint8Array} */ (chunk));
      size += buffer.length;
      if (size > MAX_ENTRY_BYTES) chunks = null;
      else chunks.push(buffer);
    };
    // @ts-expect-error: the overloads of write/end are kept by passing every argument on.
    res.write = (chunk, encoding, callback) => {
      add(chunk, encoding);
      return write(chunk, encoding, callback);
    };
    // @ts-expect-error: as above.
    res.end = (chunk, encoding, callback) => {
      add(chunk, encoding);
      const result = end(chunk, encoding, callback);
      const headers = /** @type {Record<string, string | string[]>} */ ({});
      for (const [name, value] of Object.entries(res.getHeaders()))
        if (value !== undefined && !HOP_HEADERS.has(name)) headers[name] = Array.isArray(value) ? value : String(value);
      // A clear() while this was rendering may mean it read the data before the change.
      if (chunks && started === generation && storable(res.statusCode, headers))
        entries.set(key, { status: res.statusCode, headers, body: Buffer.concat(chunks), storedAt: now() });
      else if (started === generation) passes.set(key, true);
      done();
      return result;
    };
    res.once("close", done);
  }

  /**
   * Answers the request from the cache when it can (true), otherwise lets it
   * through to `next` after arranging for its response to be stored.
   * @param {Req} req
   * @param {Res} res
   * @param {() => void} next
   */
  async function handle(req, res, next) {
    const key = cacheKey(req);
    if (key === null) {
      stats.bypass++;
      return next();
    }
    let entry = entries.get(key);
    if (entry && now() - entry.storedAt <= FRESH_MS) {
      stats.hit++;
      return send(req, res, entry, "HIT");
    }
    // HEAD does not fill the cache; a page that could not be stored a moment ago goes straight through.
    if (req.method === "HEAD" || passes.has(key)) return next();
    let pending = filling.get(key);
    if (pending) {
      if (entry && now() - entry.storedAt <= STALE_MS) {
        stats.stale++;
        return send(req, res, entry, "STALE");
      }
      await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, LOCK_MS).unref())]);
      entry = entries.get(key);
      if (entry && now() - entry.storedAt <= FRESH_MS) {
        stats.hit++;
        return send(req, res, entry, "HIT");
      }
      return next();
    }
    stats.miss++;
    /** @type {() => void} */
    let release = () => {};
    pending = new Promise((resolve) => {
      release = () => {
        if (filling.get(key) === pending) filling.delete(key);
        resolve(undefined);
      };
    });
    filling.set(key, pending);
    record(key, res, release);
    return next();
  }

  /** Forgets every copy: called when the site expires cache tags (a publish, an approved comment…). */
  function clear() {
    generation++;
    entries.clear();
  }

  return { handle, clear, stats, entries };
}
