"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrors, invalid } from "@/lib/forms/errors";
import { optionalText } from "@/lib/forms/fields";
import { readForm } from "@/lib/forms/form-data";
import { type ActionResult, refused, staffAction } from "@/lib/auth/action";
import { currentStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { removeFromLibrary } from "../library";
import { MAX_ALT_CHARS, MAX_CAPTION_CHARS } from "../limits";
import { PICKER_PAGE_SIZE, listLibrary, mediaUsage, usableMedia } from "../queries";

const t = ar.media.library;
const anyStaff = () => true;

const idOf = (value: string) => (/^[1-9]\d{0,9}$/.test(value) ? Number(value) : null);

const details = z.object({
  alt: optionalText(MAX_ALT_CHARS, t.errors.alt(MAX_ALT_CHARS)).transform((s) => (s ?? "").replace(/\s+/g, " ")),
  caption: optionalText(MAX_CAPTION_CHARS, t.errors.caption(MAX_CAPTION_CHARS)),
});

/** Alt text and default caption of one picture: its uploader, or an editor. */
export const saveMediaAction = staffAction(anyStaff, async (user, _state: ActionResult, form: FormData) => {
  const values = readForm(form, ["id", "alt", "caption"] as const);
  const id = idOf(values.id);
  const media = id ? await usableMedia(user, id) : null;
  if (!media || media === "refused") return refused;
  const parsed = details.safeParse(values);
  if (!parsed.success) return invalid(ar.admin.editor.errors.form, fieldErrors(parsed.error), values);
  await db.media.update({ where: { id: media.id }, data: parsed.data });
  revalidatePath("/admin/media");
  return {
    ok: true,
    message: t.saved,
    values: { ...values, alt: parsed.data.alt, caption: parsed.data.caption ?? "" },
  };
});

/** Deletes a picture and its files; refused, naming the articles, while any article shows it. */
export const deleteMediaAction = staffAction(anyStaff, async (user, _state: ActionResult, form: FormData) => {
  const id = idOf(readForm(form, ["id"] as const).id);
  const media = id ? await usableMedia(user, id) : null;
  if (!media || media === "refused") return refused;
  const users = await mediaUsage(media);
  if (users.length > 0) return { ok: false, message: t.inUse(users.map((a) => a.headline)) };
  await removeFromLibrary(media);
  revalidatePath("/admin/media");
  return { ok: true, message: t.deleted };
});

/** A page of the library for the editor's picker: what this staff member may use, searched. */
export async function pickerPageAction(q: unknown, page: unknown) {
  const user = await currentStaff();
  if (!user) return null;
  const query = typeof q === "string" ? q : "";
  const n = typeof page === "number" && Number.isInteger(page) && page > 0 && page < 1e6 ? page : 1;
  return listLibrary(user, { q: query, page: n, size: PICKER_PAGE_SIZE });
}
