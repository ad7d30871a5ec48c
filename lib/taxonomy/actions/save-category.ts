"use server";

import { saveRecordAction } from "@/lib/admin/records";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { saveCategory } from "../categories";

/** The category form (create or edit). A new category gets its own page once saved. */
export const saveCategoryAction = saveRecordAction(
  canManageTaxonomy,
  (_user, form) => saveCategory(form),
  "/admin/categories",
);
