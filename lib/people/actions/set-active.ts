"use server";

import { refresh } from "next/cache";
import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManageStaff } from "@/lib/auth/roles";
import { setActive } from "../users";

/** Deactivates or reactivates an account; a deactivated member is signed out on their next request. */
export const setActiveAction = staffAction(canManageStaff, async (user, _previous: ActionResult, form: FormData) => {
  const result = await setActive(user, form);
  if (result.ok) refresh();
  return result;
});
