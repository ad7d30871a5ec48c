/**
 * The security headers every response carries, set from proxy.ts (which runs
 * on every path, static assets included). docs/security.md explains the
 * choices; lib/site/csp-hash-cache.js adds the second, hash-based script
 * policy to pages served from the page cache. The values themselves live in
 * security-header-values.mjs, shared with scripts/serve.mjs.
 */
import { config } from "@/lib/config";
import { servedOverHttps as configuredHttps, securityHeaders } from "./security-header-values.mjs";

export { contentSecurityPolicy, HSTS, STATIC_HEADERS } from "./security-header-values.mjs";

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
 * Uploaded files (and the image optimizer's copies of them) get a policy of
 * their own, stricter than the pages': opened on its own, a file loads
 * nothing, runs nothing and sits in a sandbox, even if a browser misjudged
 * its type. The site-wide policy must not replace it.
 */
const MEDIA_PATHS = /^\/(media\/|_next\/image(\/|$))/;

export { MEDIA_POLICY } from "./security-header-values.mjs";

export const isMediaPath = (pathname: string) => MEDIA_PATHS.test(pathname);

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
  return configuredHttps(env);
}

export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Sets every security header on a response; `isolate` adds the opener policy
 * (see needsOpenerIsolation), `media` puts the files' own policy in place of
 * the pages' (see isMediaPath).
 */
export function applySecurityHeaders(
  headers: Headers,
  options: { nonce?: string; https: boolean; isolate: boolean; media?: boolean },
) {
  for (const [name, value] of Object.entries(securityHeaders(options))) headers.set(name, value);
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
