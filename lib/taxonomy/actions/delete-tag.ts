"use server";

import { deleteRecordAction } from "@/lib/admin/records";
import { canManageTaxonomy } from "@/lib/auth/roles";
import { deleteTag } from "../tags";

export const deleteTagAction = deleteRecordAction(canManageTaxonomy, deleteTag, "/admin/tags");
