import type { z } from "zod";

/**
 * Which save an editor's form is in step with: the row's last change, or this person's autosaved copy
 * when that is newer (a published article or page keeps its autosave apart). The form carries it and
 * sends it back with each autosave; the autosave answers the new one. An autosave carrying another
 * value was made before a later save (a request replayed, or a form left open while someone else
 * saved) and is refused, so an older copy never overwrites a newer one.
 */
export function editVersion(updatedAt: Date, autosavedAt?: Date | null): string {
  return String(Math.max(updatedAt.getTime(), autosavedAt?.getTime() ?? 0));
}

/** Whether the form's `version` field is the current one. */
export function isCurrentVersion(form: FormData, current: string): boolean {
  return form.get("version") === current;
}

/** An autosave made before a later save (or replayed): it would put older text over newer. */
export function isStale(form: FormData, updatedAt: Date, copySavedAt?: Date | null): boolean {
  return !isCurrentVersion(form, editVersion(updatedAt, copySavedAt));
}

/** The fields of an autosaved copy (stored as JSON), as far as they still fit the form; nothing if unreadable. */
export function readAutosaved<T extends z.ZodObject>(json: string, shape: T): Partial<z.infer<T>> {
  try {
    const parsed = shape.partial().safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as Partial<z.infer<T>>) : {};
  } catch {
    return {}; // an unreadable copy offers nothing to restore
  }
}
