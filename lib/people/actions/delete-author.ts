"use server";

import { redirect } from "next/navigation";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManageAuthors } from "../rules";
import { deleteAuthor } from "../authors";

export const deleteAuthorAction = staffAction(
  canManageAuthors,
  async (user, _previous: ActionResult, form: FormData) => {
    const result = await deleteAuthor(user, form);
    if (result.ok) redirect("/admin/authors?deleted=1");
    return result;
  },
);
