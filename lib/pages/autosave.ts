import "server-only";
import { z } from "zod";
import { type AutosaveResult, keepApart } from "@/lib/articles/autosave";
import type { StaffUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { isStale, readAutosaved } from "@/lib/forms/edit-version";
import { readForm } from "@/lib/forms/form-data";
import { ar } from "@/lib/i18n/ar";
import { parseRowId } from "@/lib/site/boundary";
import { PAGE_FIELDS, type PageFormValues, savePage } from "./save-page";

// A copy of the form as typed (checked in full when it is saved for real), bounded as the form is.
const autosaveValues = z.object(
  Object.fromEntries(PAGE_FIELDS.map((f) => [f, z.string().max(f === "body" ? 2_000_000 : 500)])) as Record<
    (typeof PAGE_FIELDS)[number],
    z.ZodString
  >,
);

/**
 * The page editor's autosave. A new page is created unpublished and an unpublished one saved in place
 * (save-page.ts); a published page's autosave is kept apart, one per staff member, so readers see
 * nothing of it until the page is saved with its button. An autosave made before a later save is refused.
 */
export async function autosavePage(user: StaffUser, form: FormData): Promise<AutosaveResult> {
  const values = readForm(form, PAGE_FIELDS);
  const id = parseRowId(values.id);
  if (values.id && !id) return { ok: false, message: ar.admin.refused };
  const existing = id
    ? await db.page.findUnique({
        where: { id },
        select: {
          published: true,
          updatedAt: true,
          autosaves: { where: { userId: user.id }, select: { updatedAt: true } },
        },
      })
    : null;
  if (id && !existing) return { ok: false, message: ar.admin.refused };
  if (existing && isStale(form, existing.updatedAt, existing.published ? existing.autosaves[0]?.updatedAt : null))
    return { ok: false, message: ar.admin.editor.autosaveStale };

  if (id && existing?.published)
    return keepApart(
      id,
      existing.updatedAt,
      autosaveValues.safeParse(values),
      ar.admin.manage.pages.errors.form,
      (json) =>
        db.pageAutosave.upsert({
          where: { pageId_userId: { pageId: id, userId: user.id } },
          create: { pageId: id, userId: user.id, values: json },
          update: { values: json },
          select: { updatedAt: true },
        }),
    );

  const result = await savePage(user, form, { autosave: true });
  if (!result.ok) return { ok: false, message: Object.values(result.errors ?? {})[0] ?? result.message };
  return { ok: true, id: result.id, savedAt: new Date().toISOString(), version: result.version };
}

/** This staff member's autosave of a page, when it is newer than the page itself. */
export async function newerPageAutosave(
  userId: number,
  page: { id: number; updatedAt: Date },
): Promise<{ values: Partial<PageFormValues>; savedAt: Date } | null> {
  const row = await db.pageAutosave.findUnique({
    where: { pageId_userId: { pageId: page.id, userId } },
    select: { values: true, updatedAt: true },
  });
  if (!row || row.updatedAt <= page.updatedAt) return null;
  return { values: readAutosaved(row.values, autosaveValues), savedAt: row.updatedAt };
}
