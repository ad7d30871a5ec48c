"use server";

import { saveRecordAction } from "@/lib/admin/records";
import { saveAuthor } from "../authors";

/** Any staff member may call it: saveAuthor decides per profile (editors: any; others: their own name and bio). */
export const saveAuthorAction = saveRecordAction(() => true, saveAuthor, "/admin/authors");
