"use server";

import { type ActionResult, staffAction } from "@/lib/auth/action";
import { canManageStaff } from "@/lib/auth/roles";
import { resetPassword } from "../users";

export const resetPasswordAction = staffAction(canManageStaff, async (user, _previous: ActionResult, form: FormData) =>
  resetPassword(user, form),
);
