import { z } from "zod";
import { idField, optionalRef, optionalText, requiredLine } from "@/lib/forms/fields";
import { ar } from "@/lib/i18n/ar";
import { typedSlug } from "@/lib/text/slug";

const e = ar.admin.manage.categories.errors;

export const CATEGORY_FIELDS = ["id", "name", "slug", "description", "parentId", "position"] as const;

export const categoryInput = z.object({
  id: idField,
  name: requiredLine(100, e.name),
  slug: z.string().max(200, e.slug).transform(typedSlug),
  description: optionalText(1000, e.description),
  parentId: optionalRef(e.parent),
  position: z
    .string()
    .trim()
    .regex(/^\d{0,4}$/, e.position)
    .transform((s) => (s ? Number(s) : 0)),
});

export type CategoryInput = z.infer<typeof categoryInput>;

/** A stored category as its form shows it: text, "" for none. */
export function categoryValues(c: {
  id: number;
  name: string;
  slug: string;
  description: string | null;
  parentId: number | null;
  position: number;
}): Record<(typeof CATEGORY_FIELDS)[number], string> {
  return {
    id: String(c.id),
    name: c.name,
    slug: c.slug,
    description: c.description ?? "",
    parentId: c.parentId ? String(c.parentId) : "",
    position: String(c.position),
  };
}

/**
 * Whether making `parentId` the parent of category `id` would close a loop
 * (a category under itself or under one of its own descendants).
 */
export function createsCycle(
  id: number | null,
  parentId: number | null,
  parentOf: Map<number, number | null>,
): boolean {
  if (parentId === null || id === null) return false;
  const seen = new Set<number>();
  for (let at: number | null = parentId; at !== null; at = parentOf.get(at) ?? null) {
    if (at === id) return true;
    if (seen.has(at)) return true; // an existing loop: refuse rather than spin
    seen.add(at);
  }
  return false;
}
