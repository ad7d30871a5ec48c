"use server";

import { deleteRecordAction } from "@/lib/admin/records";
import { canManageAuthors } from "../rules";
import { deleteAuthor } from "../authors";

export const deleteAuthorAction = deleteRecordAction(canManageAuthors, deleteAuthor, "/admin/authors");
