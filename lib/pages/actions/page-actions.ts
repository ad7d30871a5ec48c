"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { AutosaveResult } from "@/lib/articles/autosave";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManagePages } from "@/lib/auth/roles";
import { currentStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { autosavePage } from "../autosave";
import { deletePage, savePage } from "../save-page";

/** The page form (create or edit). A new page gets its own editor address once saved (also when an autosave created it). */
export const savePageAction = staffAction(canManagePages, async (user, _previous: ActionResult, form: FormData) => {
  const result = await savePage(user, form);
  if (result.ok && result.id && (!form.get("id") || form.get("fromNew") === "1"))
    redirect(`/admin/pages/${result.id}?saved=1`);
  if (result.ok) refresh();
  return result;
});

/** The page editor's autosave (no page refresh: the person is typing). */
export async function autosavePageAction(form: FormData): Promise<AutosaveResult> {
  const user = await currentStaff();
  if (!user || !canManagePages(user) || !(form instanceof FormData)) return { ok: false, message: ar.admin.refused };
  return autosavePage(user, form);
}

export const deletePageAction = staffAction(canManagePages, async (_user, _previous: ActionResult, form: FormData) => {
  const result = await deletePage(form);
  if (result.ok) redirect("/admin/pages?deleted=1");
  return result;
});
