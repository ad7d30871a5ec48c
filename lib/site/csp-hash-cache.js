// @ts-check
/**
 * Next.js's own file-system page cache (next.config.js `cacheHandler`), plus
 * one thing: every cached HTML page gets a second Content-Security-Policy
 * listing the SHA-256 of each inline script in that very HTML.
 *
 * Why: cached pages are rendered once and served many times, so they cannot
 * carry a per-request nonce, and Next.js's inline scripts (the RSC payload,
 * `self.__next_f.push(...)`) differ per page. The proxy's policy for these
 * pages allows inline scripts; a browser enforces both policies, so only the
 * scripts hashed here run: a script injected into the page runs nowhere.
 * Next.js adds a cached entry's headers to the response (HIT, STALE and the
 * MISS that stored it), so the hashes always match the HTML they came with.
 * Plain JavaScript because Next.js loads this file at run time, uncompiled.
 */
const { createHash } = require("node:crypto");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^\s*(?:text\/javascript|application\/javascript|module)?\s*$/i;

/** @param {string} html */
function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? "";
    if (!EXECUTABLE_TYPE.test(type)) continue; // data blocks (JSON-LD) are not run
    // The HTML parser turns CR LF and lone CR into LF before the browser hashes.
    const text = body.replace(/\r\n?/g, "\n");
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** @param {string} html */
function hashPolicy(html) {
  return ["script-src 'self'", ...inlineScriptHashes(html)].join(" ");
}

/** @type {WeakMap<object, string>} */
const policies = new WeakMap();

/** @param {any} value a cache entry's value, changed in place */
function addHashPolicy(value) {
  if (value?.kind !== "APP_PAGE" || value.html == null) return;
  const html =
    typeof value.html === "string" ? value.html : Buffer.isBuffer(value.html) ? value.html.toString("utf8") : null;
  if (html === null) return;
  let policy = policies.get(value);
  if (policy === undefined) {
    policy = hashPolicy(html);
    policies.set(value, policy);
  }
  value.headers = { ...value.headers, "content-security-policy": policy };
}

/**
 * Whether an entry is one a stranger can mint at will: a not-found answer
 * (every unknown article, category, tag, author, `?replytocom=` or page past
 * the last is a 404 under its own URL) or a cached query that found nothing
 * (`unstable_cache` keyed by the slug asked for). Stored, each junk URL left
 * ~60 kB of HTML, RSC and segment files that are never removed; not stored,
 * such a request costs one render and its queries (about twice the time of a
 * page from the cache). The site's one shared 404 page (`/_not-found`) is kept.
 * @param {string} key
 * @param {any} value
 */
function isJunk(key, value) {
  if (value?.kind === "FETCH") return value.data?.body === "null";
  return typeof value?.status === "number" && value.status >= 400 && !/(^|\/)_not-found$/.test(key);
}

class CspHashCache extends FileSystemCache {
  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    const entry = await super.get(...args);
    addHashPolicy(entry?.value);
    return entry;
  }

  /** @param {Parameters<FileSystemCache["set"]>} args */
  async set(...args) {
    if (isJunk(args[0], args[1])) return;
    addHashPolicy(args[1]);
    return super.set(...args);
  }
}

module.exports = CspHashCache;
module.exports.inlineScriptHashes = inlineScriptHashes;
module.exports.isJunk = isJunk;
