import "server-only";
import { z } from "zod";
import { type StaffUser, canEditArticle } from "@/lib/auth/roles";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { db } from "@/lib/db/client";
import { editVersion, isStale, readAutosaved } from "@/lib/forms/edit-version";
import { ar } from "@/lib/i18n/ar";
import { parseRowId } from "@/lib/site/boundary";
import { FORM_FIELDS, readArticleForm } from "./article-input";
import { saveArticle } from "./save-article";

export type AutosaveResult = {
  ok: boolean;
  id?: number;
  savedAt?: string;
  message?: string;
  categoryId?: string; // the section a new draft was filed under, for the form to show
  version?: string; // the save the form is now in step with (lib/forms/edit-version.ts)
};
export type AutosavedValues = Partial<Record<(typeof FORM_FIELDS)[number], string>>;

// A copy of the form as typed (checked again in full when it is saved for real), bounded as the form is.
const autosaveValues = z.object(
  Object.fromEntries(FORM_FIELDS.map((f) => [f, z.string().max(f === "body" ? 2_000_000 : 5_000)])) as Record<
    (typeof FORM_FIELDS)[number],
    z.ZodString
  >,
);

/**
 * A public article's or page's autosave, kept apart: the form's values as `parsed` (bounded as the form is),
 * stored by `upsert` (one copy per row and staff member); the answer carries the form's new version.
 */
export async function keepApart(
  id: number,
  updatedAt: Date,
  parsed: { success: boolean; data?: unknown },
  invalid: string,
  upsert: (json: string) => Promise<{ updatedAt: Date }>,
): Promise<AutosaveResult> {
  if (!parsed.success) return { ok: false, message: invalid };
  const row = await withBusyRetry(() => upsert(JSON.stringify(parsed.data)));
  return { ok: true, id, savedAt: row.updatedAt.toISOString(), version: editVersion(updatedAt, row.updatedAt) };
}

/**
 * The editor's autosave. A draft or pending article (or a new one, which becomes a draft)
 * is saved in place, keeping its status; a published or scheduled article's autosave is
 * kept apart, one per staff member, so readers see nothing of it until "update".
 */
export async function autosaveArticle(user: StaffUser, form: FormData): Promise<AutosaveResult> {
  const values = readArticleForm(form);
  const id = parseRowId(values.id);
  if (values.id && !id) return { ok: false, message: ar.admin.refused };
  const existing = id
    ? await db.article.findUnique({
        where: { id },
        select: {
          authorId: true,
          status: true,
          updatedAt: true,
          autosaves: { where: { userId: user.id }, select: { updatedAt: true } },
        },
      })
    : null;
  if (id && (!existing || !canEditArticle(user, existing) || existing.status === "TRASH"))
    return { ok: false, message: ar.admin.refused };
  const isPublic = existing?.status === "PUBLISHED" || existing?.status === "SCHEDULED";
  if (existing && isStale(form, existing.updatedAt, isPublic ? existing.autosaves[0]?.updatedAt : null))
    return { ok: false, message: ar.admin.editor.autosaveStale };

  if (id && existing && isPublic)
    return keepApart(id, existing.updatedAt, autosaveValues.safeParse(values), ar.admin.editor.errors.form, (json) =>
      db.articleAutosave.upsert({
        where: { articleId_userId: { articleId: id, userId: user.id } },
        create: { articleId: id, userId: user.id, values: json },
        update: { values: json },
        select: { updatedAt: true },
      }),
    );

  // A new article needs a section to be stored: the first one, as WordPress files drafts under its default.
  if (!values.categoryId) {
    const first = await db.category.findFirst({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    if (first) form.set("categoryId", String(first.id));
  }
  form.set("intent", "draft");
  const result = await saveArticle(user, form, { autosave: true });
  if (!result.ok) {
    const firstError = Object.values(result.errors ?? {})[0];
    return { ok: false, message: firstError ?? result.message };
  }
  return {
    ok: true,
    id: result.id,
    savedAt: new Date().toISOString(),
    categoryId: String(form.get("categoryId")),
    version: result.version,
  };
}

/** This staff member's autosave of an article, when it is newer than the article itself. */
export async function newerAutosave(userId: number, article: { id: number; updatedAt: Date }) {
  const row = await db.articleAutosave.findUnique({
    where: { articleId_userId: { articleId: article.id, userId } },
    select: { values: true, updatedAt: true },
  });
  if (!row || row.updatedAt <= article.updatedAt) return null;
  return { values: readAutosaved(row.values, autosaveValues) as AutosavedValues, savedAt: row.updatedAt };
}
