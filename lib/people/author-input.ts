import { z } from "zod";
import { idField, optionalRef, optionalText, requiredLine } from "@/lib/forms/fields";
import { cleanLine } from "@/lib/text/clean";
import { ar } from "@/lib/i18n/ar";
import { typedSlug } from "@/lib/text/slug";

const e = ar.admin.manage.authors.errors;

export const AUTHOR_FIELDS = ["id", "name", "slug", "bio", "photo", "userId"] as const;

/** A photo address: an http(s) URL or a path on this site ("/media/…"); never another scheme. */
export function isPhotoAddress(s: string): boolean {
  if (s.startsWith("/")) return !s.startsWith("//") && !/[\s\\]/.test(s);
  try {
    const url = new URL(s);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const authorInput = z.object({
  id: idField,
  name: requiredLine(100, e.name),
  slug: z.string().max(200, e.slug).transform(typedSlug),
  bio: optionalText(2000, e.bio),
  photo: z
    .string()
    .transform(cleanLine)
    .pipe(z.string().refine((s) => s === "" || (s.length <= 500 && isPhotoAddress(s)), e.photo))
    .transform((s) => s || null),
  userId: optionalRef(e.account),
});

export type AuthorInput = z.infer<typeof authorInput>;

/** A stored byline as its form shows it: text, "" for none. */
export function authorValues(a: {
  id: number;
  name: string;
  slug: string;
  bio: string | null;
  photo: string | null;
  userId: number | null;
}): Record<(typeof AUTHOR_FIELDS)[number], string> {
  return {
    id: String(a.id),
    name: a.name,
    slug: a.slug,
    bio: a.bio ?? "",
    photo: a.photo ?? "",
    userId: a.userId ? String(a.userId) : "",
  };
}
