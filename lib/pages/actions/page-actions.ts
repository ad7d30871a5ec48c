"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManagePages } from "@/lib/auth/roles";
import { deletePage, savePage } from "../save-page";

/** The page form (create or edit). A new page gets its own editor address once saved. */
export const savePageAction = staffAction(canManagePages, async (_user, _previous: ActionResult, form: FormData) => {
  const result = await savePage(form);
  if (result.ok && result.id && !form.get("id")) redirect(`/admin/pages/${result.id}?saved=1`);
  if (result.ok) refresh();
  return result;
});

export const deletePageAction = staffAction(canManagePages, async (_user, _previous: ActionResult, form: FormData) => {
  const result = await deletePage(form);
  if (result.ok) redirect("/admin/pages?deleted=1");
  return result;
});
