import { z } from "zod";
import { isRowIdText } from "@/lib/site/boundary";
import type { ActionResult } from "@/lib/auth/action";
import { cleanLine, cleanText } from "@/lib/comments/validation";

// Shared pieces of the dashboard's small forms (taxonomy, people): reading
// FormData as strings, trimming fields the same way, and turning zod issues
// into one message per field.

const chars = (s: string) => Array.from(s).length;

/** The named fields of a form, as strings (a missing or file field reads as ""). */
export function readForm<K extends string>(form: FormData, fields: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const f of fields) {
    const v = form.get(f);
    out[f] = typeof v === "string" ? v : "";
  }
  return out;
}

/** The first message of each field, keyed by field name. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
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

/** A required one-line text: spaces collapsed, control and bidi characters removed, length in characters. */
export const requiredLine = (max: number, message: string) =>
  z
    .string()
    .transform((s) => cleanLine(s).replace(/\s+/g, " "))
    .pipe(z.string().refine((s) => s.length > 0 && chars(s) <= max, message));

/** An optional multi-line text; empty becomes null. */
export const optionalText = (max: number, message: string) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().refine((s) => chars(s) <= max, message))
    .transform((s) => s || null);

/** A row id from a hidden input: "" for a new row. */
export const idField = z
  .string()
  .refine((s) => s === "" || isRowIdText(s))
  .transform((s) => (s ? Number(s) : null));

/** An optional reference to another row: "" means none. */
export const optionalRef = (message: string) =>
  z
    .string()
    .refine((s) => s === "" || isRowIdText(s), message)
    .transform((s) => (s ? Number(s) : null));
