// @ts-check
/**
 * The values of the security headers every response carries. Plain JavaScript
 * because scripts/serve.mjs loads it uncompiled, for the few answers it gives
 * before Next.js runs (a refused method or body); lib/site/security-headers.ts
 * applies the same values from proxy.ts to everything else.
 */

/**
 * Whether the configured public address is HTTPS (see servedOverHttps in
 * security-headers.ts, which passes the validated configuration; serve.mjs
 * reads the environment).
 * @param {Record<string, string | undefined>} [env]
 */
export function servedOverHttps(env = process.env) {
  return [env.SITE_URL, env.NEXTAUTH_URL].some((url) => /^https:\/\//i.test(url ?? ""));
}

/**
 * With a nonce: only scripts Next.js rendered for this request run, and what
 * they load ('strict-dynamic'). Without one (pages from the page cache, feeds,
 * files), inline scripts are allowed by this policy and restricted by the
 * hash policy the cache adds to cached pages.
 * @param {{ nonce?: string; https: boolean }} options
 */
export function contentSecurityPolicy({ nonce, https }) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // React and the editor set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Imported articles may show images from their old hosts.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** @type {Record<string, string>} */
export const STATIC_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

export const HSTS = "max-age=31536000; includeSubDomains";

/** Uploaded files: load nothing, run nothing, sandboxed (see isMediaPath in security-headers.ts). */
export const MEDIA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * Every security header, by name; `isolate` adds the opener policy (see
 * needsOpenerIsolation in security-headers.ts); `media` puts the files' own
 * policy in place of the pages'.
 * @param {{ nonce?: string; https: boolean; isolate: boolean; media?: boolean }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders(options) {
  return {
    ...STATIC_HEADERS,
    ...(options.isolate ? { "Cross-Origin-Opener-Policy": "same-origin" } : {}),
    "Content-Security-Policy": options.media ? MEDIA_POLICY : contentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
