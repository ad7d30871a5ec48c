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

/** A slug field: whatever was typed, made URL-safe; "" means "derive from the name". */
export const typedSlug = (raw: string) => slugify(raw);

/** Looks a slug up: the row holding it, or null when it is free. */
export type SlugLookup = (slug: string) => Promise<{ id: number } | null>;

/**
 * The first of `base`, `base-2`, `base-3`… that no other row holds (the row `exceptId` may keep its own),
 * trying at most `tries` of them; null when all were taken. The one "find a free slug" of the site:
 * articles, categories, tags, authors and the WordPress import.
 */
export async function firstFreeSlug(
  base: string,
  find: SlugLookup,
  { exceptId = null, tries = 50 }: { exceptId?: number | null; tries?: number } = {},
): Promise<string | null> {
  for (let n = 1; n <= tries; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const other = await find(candidate);
    if (!other || other.id === exceptId) return candidate;
  }
  return null;
}

/**
 * The slug to store: the one typed (already slugified) if free, else derived from the name (or `fallback`
 * when the name has nothing URL-worthy). A slug the editor typed is never silently changed (null: taken);
 * a derived one gets -2, -3… when `suffix` allows it.
 */
export async function resolveSlug(opts: {
  typed: string;
  name: string;
  fallback: string;
  exceptId: number | null;
  find: SlugLookup;
  suffix: boolean;
}): Promise<string | null> {
  const explicit = opts.typed !== "";
  const base = opts.typed || slugify(opts.name) || opts.fallback;
  return firstFreeSlug(base, opts.find, { exceptId: opts.exceptId, tries: explicit || !opts.suffix ? 1 : 49 });
}
