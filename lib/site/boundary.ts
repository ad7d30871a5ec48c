import { z } from "zod";

// Shapes of what arrives from a request (path segments, bound server-action
// arguments, form fields), checked where it enters, before it reaches a query:
// a value of the wrong type or range is refused there, never handed to Prisma
// (an object where an id belongs is a query operator to it; a number past
// 32 bits is an error on PostgreSQL).

/** Ids are 32-bit integers in both databases. */
export const MAX_ROW_ID = 2_147_483_647;

/** A row id as a number (a bound server-action argument). */
export const rowId = z.int().min(1).max(MAX_ROW_ID);

/** A row id written in decimal digits (a path segment, a form field): no sign, no leading zero. */
export const rowIdText = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(rowId);

/** Whether a decimal string is a row id (see rowIdText). */
export const isRowIdText = (s: string) => rowIdText.safeParse(s).success;

/**
 * A row id sent as text (a path segment, a form field as `form.get` gives it), or null when it is not one,
 * nor a string at all (a file, a missing field): the page is then not found, the action refused.
 */
export const parseRowId = (value: unknown): number | null => rowIdText.safeParse(value).data ?? null;

/** A query parameter or header as Next.js and Node give it (repeated, it is a list): its first value. */
export const firstValue = <T>(value: T | T[]): T | undefined => (Array.isArray(value) ? value[0] : value);

/** A server action's form argument: a FormData, not whatever a forged request decoded to. */
export const formArgument = z.instanceof(FormData);
