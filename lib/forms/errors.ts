import { z } from "zod";
import type { ActionResult } from "@/lib/auth/action";

/** The first message of each field (zod's flattened errors), keyed by field name; form-wide ones under "form". */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const { formErrors, fieldErrors: byField } = z.flattenError(error);
  const errors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(byField) as [string, string[] | undefined][])
    if (messages?.[0]) errors[field] = messages[0];
  if (formErrors[0]) errors.form ??= formErrors[0];
  return errors;
}

/** A refused form: the general message, each field's error, and what was typed. */
export function invalid(
  message: string,
  errors: Record<string, string>,
  values?: Record<string, string>,
): ActionResult {
  return { ok: false, message, errors, values };
}
