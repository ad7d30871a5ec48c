import { z } from "zod";
import { isRowIdText } from "@/lib/site/boundary";
import { chars, cleanLine, cleanText } from "@/lib/text/clean";

// Field schemas shared by the dashboard's small forms (taxonomy, people): fields trimmed the same way.

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
