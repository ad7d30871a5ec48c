/** Where a member lands after signing in when nothing (or nothing safe) was asked for. */
export const DEFAULT_AFTER_SIGN_IN = "/admin";

// What may stand in a Location header: printable ASCII only. The URL parser
// percent-encodes everything else; this is the last check before the header.
const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;

/**
 * A path of this site to go to after signing in, or the dashboard.
 *
 * Browsers read `/\evil.example`, `/<TAB>/evil.example` and `\\evil.example`
 * as `//evil.example` (they drop tabs and line breaks and treat a backslash as
 * a slash), so the value is resolved the way a browser would, against the
 * site's own origin, and kept only if it stays there. What is returned is the
 * parsed path, query and fragment: percent-encoded ASCII, never a raw control
 * character or non-ASCII letter (a `Location` header cannot carry those), and
 * never starting with `//`, which would again name another host.
 */
export function safeCallbackPath(value: unknown, origin: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "" || raw.length > 2000) return DEFAULT_AFTER_SIGN_IN;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== base.origin || url.username || url.password) return DEFAULT_AFTER_SIGN_IN;
  const path = url.pathname + url.search + url.hash;
  if (!path.startsWith("/") || path.startsWith("//") || !PRINTABLE_ASCII.test(path) || path.includes("\\")) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  // The sign-in page itself would only send the member back here.
  if (url.pathname === "/login") return DEFAULT_AFTER_SIGN_IN;
  return path;
}
