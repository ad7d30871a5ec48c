import { z } from "zod";
import { idField, requiredLine } from "@/lib/forms/fields";
import { ar } from "@/lib/i18n/ar";
import { typedSlug } from "@/lib/text/slug";

const e = ar.admin.manage.tags.errors;

export const TAG_FIELDS = ["id", "name", "slug"] as const;

export const tagInput = z.object({
  id: idField,
  name: requiredLine(100, e.name),
  slug: z.string().max(200, e.slug).transform(typedSlug),
});

export type TagInput = z.infer<typeof tagInput>;
