"use server";

import { refresh } from "next/cache";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManageStaff } from "@/lib/auth/roles";
import { changeRole } from "../users";

export const changeRoleAction = staffAction(canManageStaff, async (user, _previous: ActionResult, form: FormData) => {
  const result = await changeRole(user, form);
  // The navigation shows the signed-in member's own role: refresh it too.
  if (result.ok) refresh();
  return result;
});
