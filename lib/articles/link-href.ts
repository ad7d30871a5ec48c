/**
 * What the editor's link dialog makes of an address as typed: `example.com/x` becomes
 * `https://example.com/x`, an e-mail address a `mailto:` link, `/articles/…` stays a link
 * within the site. Null for anything else (other schemes such as `javascript:`, spaces,
 * a bare word): the sanitizer would drop it anyway.
 */
export function normalizeLinkHref(input: string): string | null {
  const s = input.trim();
  if (s === "") return "";
  if (/\s/.test(s)) return null;
  if (s.startsWith("/") && !s.startsWith("//")) return s;
  if (s.startsWith("#")) return s;
  if (/^(https?:\/\/|mailto:)/i.test(s)) return parses(s) ? s : null;
  if (/^[^@/:]+@[^@/:]+\.[^@/:]+$/.test(s)) return `mailto:${s}`;
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(s)) return null; // another scheme
  const candidate = `https://${s.replace(/^\/\//, "")}`;
  const url = parses(candidate);
  // A host name with a dot and a top-level label that is not a number (not "1.2", not a bare word).
  return url && /\.[^.]*[^.\d][^.]*$/.test(url.hostname) ? candidate : null;
}

function parses(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}
