"use server";

import { refresh } from "next/cache";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { saveTag } from "../tags";

/** The tag form: on the list (create, then the form is empty for the next one) or on the tag's page (rename). */
export const saveTagAction = staffAction(canManageTaxonomy, async (_user, _previous: ActionResult, form: FormData) => {
  const result = await saveTag(form);
  if (!result.ok) return result;
  refresh();
  return form.get("id") ? result : { ok: true, message: result.message, values: { id: "", name: "", slug: "" } };
});
