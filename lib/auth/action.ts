import "server-only";
import { ar } from "@/lib/i18n/ar";
import { currentStaff } from "./session";
import type { StaffUser } from "./roles";

export type ActionResult = {
  ok: boolean;
  message?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
};

export const refused: ActionResult = { ok: false, message: ar.admin.refused };

/**
 * Every staff server action is built with this: it reloads the signed-in
 * staff member and refuses (never throws) when there is none or when the
 * action's own rule says no. Role and ownership checks that need the row are
 * made inside the handler.
 */
export function staffAction<Args extends unknown[]>(
  rule: (user: StaffUser) => boolean,
  handler: (user: StaffUser, ...args: Args) => Promise<ActionResult>,
): (...args: Args) => Promise<ActionResult> {
  return async (...args: Args) => {
    const user = await currentStaff();
    if (!user || !rule(user)) return refused;
    return handler(user, ...args);
  };
}
