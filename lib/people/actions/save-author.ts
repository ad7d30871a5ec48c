"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { saveAuthor } from "../authors";

/** Any staff member may call it: saveAuthor decides per profile (editors: any; others: their own name and bio). */
export const saveAuthorAction = staffAction(
  () => true,
  async (user, _previous: ActionResult, form: FormData) => {
    const result = await saveAuthor(user, form);
    if (result.ok && result.id && !form.get("id")) redirect(`/admin/authors/${result.id}?saved=1`);
    if (result.ok) refresh();
    return result;
  },
);
