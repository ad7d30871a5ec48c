import "server-only";
import { z } from "zod";
import type { ActionResult } from "@/lib/auth/action";
import type { StaffUser } from "@/lib/auth/roles";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { editVersion } from "@/lib/forms/edit-version";
import { fieldErrors } from "@/lib/forms/errors";
import { idField } from "@/lib/forms/fields";
import { readForm } from "@/lib/forms/form-data";
import { sanitizeBody } from "@/lib/articles/sanitize";
import { slugify } from "@/lib/text/slug";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { parseRowId } from "@/lib/site/boundary";
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import { stripControls } from "@/lib/text/clean";
import { isReservedSlug } from "./slug";

const e = ar.admin.manage.pages.errors;

const pageInput = z.object({
  id: idField,
  title: z
    .string()
    .transform((s) => stripControls(s).replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, e.title).max(200, e.title)),
  slug: z
    .string()
    .max(500, e.slug)
    .transform((s) => slugify(s, 120)),
  body: z.string().max(2_000_000, e.body).transform(stripControls),
  published: z.string().transform((s) => s === "on"),
  position: z
    .string()
    .transform((s) => s.trim() || "0")
    .pipe(z.string().regex(/^\d{1,4}$/, e.position))
    .transform(Number),
});

export const PAGE_FIELDS = ["id", "title", "slug", "body", "published", "position"] as const;
export type PageFormValues = Record<(typeof PAGE_FIELDS)[number], string>;

/**
 * The page form, saved by its button, or by the autosave (`autosave`): a new or unpublished page is then
 * saved in place as unpublished, whatever its box says (a published page's autosave is kept apart, in
 * autosave.ts). A button's save makes this person's autosaved copy of the page obsolete.
 */
export async function savePage(
  user: StaffUser,
  form: FormData,
  mode: { autosave?: boolean } = {},
): Promise<ActionResult & { id?: number; version?: string }> {
  const values: PageFormValues = readForm(form, PAGE_FIELDS);
  const parsed = pageInput.safeParse(values);
  if (!parsed.success) return { ok: false, message: e.form, errors: fieldErrors(parsed.error), values };
  const input = parsed.data;
  const existing = input.id
    ? await db.page.findUnique({ where: { id: input.id }, select: { id: true, published: true } })
    : null;
  if (input.id && !existing) return { ok: false, message: ar.admin.refused };
  if (mode.autosave && existing?.published) return { ok: false, message: ar.admin.refused };
  const slug = input.slug || slugify(input.title, 120) || `page-${Date.now().toString(36)}`;
  if (isReservedSlug(slug)) return { ok: false, message: e.form, errors: { slug: e.slugReserved }, values };
  const other = await db.page.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== existing?.id) return { ok: false, message: e.form, errors: { slug: e.slugTaken }, values };

  const data = {
    title: input.title,
    slug,
    body: sanitizeBody(input.body),
    published: mode.autosave ? false : input.published,
    position: input.position,
  };
  const saved = await withBusyRetry(() =>
    db.$transaction(async (tx) => {
      if (!existing) return tx.page.create({ data, select: { id: true, updatedAt: true } });
      if (!mode.autosave) await tx.pageAutosave.deleteMany({ where: { pageId: existing.id, userId: user.id } });
      return tx.page.update({ where: { id: existing.id }, data, select: { id: true, updatedAt: true } });
    }),
  );
  // The footer of every page, the sitemap, the page itself: an autosave only touches an unpublished page.
  if (!mode.autosave) expireTags(tags.pages);
  return { ok: true, message: ar.admin.manage.pages.saved, id: saved.id, version: editVersion(saved.updatedAt) };
}

export async function deletePage(form: FormData): Promise<ActionResult> {
  const id = parseRowId(form.get("id"));
  if (id === null) return { ok: false, message: ar.admin.refused };
  const { count } = await db.page.deleteMany({ where: { id } });
  if (count) expireTags(tags.pages);
  return count ? { ok: true } : { ok: false, message: ar.admin.refused };
}
