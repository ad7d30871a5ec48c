import { config } from "@/lib/config";
/**
 * The security headers every response carries, set from proxy.ts (which runs
 * on every path, static assets included). docs/security.md explains the
 * choices; lib/site/csp-hash-cache.js adds the second, hash-based script
 * policy to pages served from the page cache.
 */

/** Dynamic routes, rendered per request: their scripts carry a fresh nonce. */
const NONCE_PATHS = /^\/(admin|login|search)(\/|$)/;

export const needsNonce = (pathname: string) => NONCE_PATHS.test(pathname);

/**
 * Documents that hold a session or take credentials (the dashboard, sign-in,
 * next-auth's endpoints) get Cross-Origin-Opener-Policy: a page on another
 * origin that opened them keeps no handle on them. Reader pages do not: they
 * are the same cached bytes for every visitor, so there is no state for the
 * header to guard, and it costs every arriving reader a fresh renderer process
 * (Chrome on Android isolates a site that sends it). docs/performance.md
 * has the measurement. Framing stays refused everywhere (frame-ancestors).
 */
const ISOLATED_PATHS = /^\/(admin|login|api)(\/|$)/;

export const needsOpenerIsolation = (pathname: string) => ISOLATED_PATHS.test(pathname);

/**
 * HTTPS is decided by the configured public address (SITE_URL or
 * NEXTAUTH_URL starting with https://), never by a request
 * header a client could send (x-forwarded-proto is only as honest as the
 * proxy in front, and HSTS over plain HTTP is ignored by browsers anyway).
 */
export function servedOverHttps(
  env: { SITE_URL?: string; NEXTAUTH_URL?: string } = {
    SITE_URL: config().siteUrl,
    NEXTAUTH_URL: config().nextAuthUrl,
  },
): boolean {
  return [env.SITE_URL, env.NEXTAUTH_URL].some((url) => /^https:\/\//i.test(url ?? ""));
}

export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * With a nonce: only scripts Next.js rendered for this request run, and what
 * they load ('strict-dynamic'). Without one (pages from the page cache, feeds,
 * files), inline scripts are allowed by this policy and restricted by the
 * hash policy the cache adds to cached pages.
 */
export function contentSecurityPolicy({ nonce, https }: { nonce?: string; https: boolean }): string {
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

export const STATIC_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

export const HSTS = "max-age=31536000; includeSubDomains";

/** Sets every security header on a response; `isolate` adds the opener policy (see needsOpenerIsolation). */
export function applySecurityHeaders(headers: Headers, options: { nonce?: string; https: boolean; isolate: boolean }) {
  for (const [name, value] of Object.entries(STATIC_HEADERS)) headers.set(name, value);
  if (options.isolate) headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Content-Security-Policy", contentSecurityPolicy(options));
  if (options.https) headers.set("Strict-Transport-Security", HSTS);
}

/**
 * The request headers passed on to the app. A Content-Security-Policy request
 * header is where Next.js reads the nonce from, so a client's own is dropped
 * (it could otherwise plant a nonce of its choosing in a cached page).
 */
export function forwardedRequestHeaders(incoming: Headers, nonce?: string): Headers {
  const headers = new Headers(incoming);
  headers.delete("content-security-policy");
  headers.delete("x-nonce");
  if (nonce) {
    headers.set("content-security-policy", `script-src 'nonce-${nonce}'`);
    headers.set("x-nonce", nonce);
  }
  return headers;
}
