"use server";

import { redirect } from "next/navigation";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { deleteCategory } from "../categories";

export const deleteCategoryAction = staffAction(
  canManageTaxonomy,
  async (user, _previous: ActionResult, form: FormData) => {
    const result = await deleteCategory(user, form);
    if (result.ok) redirect("/admin/categories?deleted=1");
    return result;
  },
);
