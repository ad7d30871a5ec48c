"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { saveCategory } from "../categories";

/** The category form (create or edit). A new category gets its own page once saved. */
export const saveCategoryAction = staffAction(
  canManageTaxonomy,
  async (_user, _previous: ActionResult, form: FormData) => {
    const result = await saveCategory(form);
    if (result.ok && result.id && !form.get("id")) redirect(`/admin/categories/${result.id}?saved=1`);
    if (result.ok) refresh();
    return result;
  },
);
