import { slugify } from "@/lib/articles/slug";

type Lookup = (slug: string) => Promise<{ id: number } | null>;

/**
 * The slug to store: the one typed (already slugified) if free, else derived
 * from the name. A slug the editor typed is never silently changed (null:
 * taken); a derived one gets -2, -3… when `suffix` allows it.
 */
export async function resolveSlug(opts: {
  typed: string;
  name: string;
  fallback: string;
  exceptId: number | null;
  find: Lookup;
  suffix: boolean;
}): Promise<string | null> {
  const explicit = opts.typed !== "";
  const base = opts.typed || slugify(opts.name) || opts.fallback;
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const other = await opts.find(candidate);
    if (!other || other.id === opts.exceptId) return candidate;
    if (explicit || !opts.suffix) return null;
  }
  return null;
}

/** A slug field: whatever was typed, made URL-safe; "" means "derive from the name". */
export const typedSlug = (raw: string) => slugify(raw);
