"use server";

import { redirect } from "next/navigation";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManageStaff } from "@/lib/auth/roles";
import { createUser } from "../users";

export const createUserAction = staffAction(canManageStaff, async (user, _previous: ActionResult, form: FormData) => {
  const result = await createUser(user, form);
  if (result.ok && result.id) redirect(`/admin/users/${result.id}?created=1`);
  return result;
});
