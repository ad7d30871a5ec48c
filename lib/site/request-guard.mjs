// @ts-check
/**
 * Requests scripts/serve.mjs answers itself, before Next.js sees them: shapes
 * Next.js answered with a plain-text 500 without the security headers (it
 * fails on them before proxy.ts runs). Plain JavaScript because that file
 * loads it uncompiled.
 */

/** The methods the site answers; others (TRACE, CONNECT, made-up ones) are a 405. */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);

/**
 * The largest request body: the article form with its featured image. Keep in
 * step with serverActions.bodySizeLimit and proxyClientMaxBodySize in
 * next.config.js ("12mb"): past that the proxy cut the body short and the
 * action failed to parse it (a 500).
 */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

/** @param {string} text */
function decodes(text) {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

// No page, file or slug has a control character; PostgreSQL refuses a NUL in a
// query's text (a 500 from the lookups a path leads to).
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * What to do with a request: `null` to pass it on, a status to answer with,
 * or "not-found" for the site's 404 page (a path with a malformed
 * percent-escape such as `%E0%A4%A`: Next.js fails decoding its parameters;
 * or with a control character once decoded).
 * @param {string} method
 * @param {string} url the request target, path and query
 * @param {Record<string, string | string[] | undefined>} headers
 * @returns {null | 400 | 405 | 411 | 413 | "not-found"}
 */
export function refusal(method, url, headers) {
  if (!METHODS.has(method)) return 405;
  const length = headers["content-length"];
  if (length !== undefined) {
    if (Number(length) > MAX_BODY_BYTES) return 413;
  } else if (headers["transfer-encoding"] !== undefined) {
    // A body of unknown length could only be measured by reading it; browsers
    // and the site's own callers always send the length.
    return 411;
  }
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (!decodes(path) || CONTROL.test(decodeURIComponent(path))) return "not-found";
  if (path === "/_next/image") {
    // The image optimizer decodes `url` once more, and fails on what does not decode.
    const source = new URLSearchParams(q === -1 ? "" : url.slice(q + 1)).getAll("url");
    if (source.length !== 1 || !decodes(source[0] ?? "")) return 400;
  }
  return null;
}
