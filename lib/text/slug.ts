// Arabic diacritics (tashkeel), Quranic marks and tatweel carry no meaning in a URL.
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/**
 * A URL slug from a headline. Arabic letters are kept (readers share Arabic
 * URLs); everything that is not a letter or digit becomes a single hyphen.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(MARKS, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  // Cut on a word boundary so a slug never ends in half a word.
  // Lengths are UTF-16 units (what the column holds); never keep half of an astral letter.
  const cut = slug.slice(0, maxLength).replace(/[\ud800-\udbff]$/, "");
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, "");
}

/** A tag's slug: from its name, or the name itself when nothing URL-worthy is left (an emoji tag). */
export const tagSlug = (name: string) => slugify(name) || name;

/** Decodes a route param once; a malformed escape is treated as a literal. */
export function decodeSlug(param: string): string {
  try {
    return decodeURIComponent(param).normalize("NFC");
  } catch {
    return param;
  }
}
