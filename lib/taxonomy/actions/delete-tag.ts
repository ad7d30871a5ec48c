"use server";

import { redirect } from "next/navigation";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { deleteTag } from "../tags";

export const deleteTagAction = staffAction(canManageTaxonomy, async (user, _previous: ActionResult, form: FormData) => {
  const result = await deleteTag(user, form);
  if (result.ok) redirect("/admin/tags?deleted=1");
  return result;
});
