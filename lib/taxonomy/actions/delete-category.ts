"use server";

import { deleteRecordAction } from "@/lib/admin/records";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { deleteCategory } from "../categories";

export const deleteCategoryAction = deleteRecordAction(canManageTaxonomy, deleteCategory, "/admin/categories");
