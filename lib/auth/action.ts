import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { submittedValues } from "@/lib/forms/form-data";
import { ar } from "@/lib/i18n/ar";
import { requestLogger } from "@/lib/log/request";
import { formArgument } from "@/lib/site/boundary";
import { currentStaff } from "./session";
import type { StaffUser } from "./roles";

export type ActionResult = {
  ok: boolean;
  message?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
};

/** The outcome of a save that may create a row: the row's id once it is written. */
export type SavedResult = ActionResult & { id?: number };

const endsWithForm = z.array(z.unknown()).refine((args) => formArgument.safeParse(args.at(-1)).success);

export const refused: ActionResult = { ok: false, message: ar.admin.refused };

/**
 * Every staff server action is built with this: it reloads the signed-in
 * staff member and refuses (never throws) when there is none or when the
 * action's own rule says no. Role and ownership checks that need the row are
 * made inside the handler. The arguments are checked against `argsShape`
 * first: a forged request can send any value in any position, and by default
 * an action takes its form last (`(form)` or `(previousState, form)`).
 *
 * An error the handler did not expect (the database locked, full or gone, a bug) is logged with the request
 * id and answered with a message in Arabic carrying that id, plus what the form sent, so nothing typed is
 * lost; Next.js's own redirects and not-found signals pass through.
 */
export function staffAction<Args extends unknown[]>(
  rule: (user: StaffUser) => boolean,
  handler: (user: StaffUser, ...args: Args) => Promise<ActionResult>,
  argsShape: z.ZodType = endsWithForm,
): (...args: Args) => Promise<ActionResult> {
  return async (...args: Args) => {
    const user = await currentStaff();
    if (!user || !rule(user)) return refused;
    if (!argsShape.safeParse(args).success) return refused;
    try {
      return await handler(user, ...args);
    } catch (error) {
      unstable_rethrow(error);
      const { id, log } = await requestLogger();
      log.error({ err: error, userId: user.id, action: handler.name || undefined }, "staff action failed");
      const form = args.find((arg): arg is FormData => arg instanceof FormData);
      return { ok: false, message: ar.admin.serverError(id), values: form ? submittedValues(form) : undefined };
    }
  };
}
