import "server-only";
import type { StaffUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { logger } from "@/lib/log/logger";
import { type MediaItem, addToLibrary } from "./library";
import { MAX_UPLOADS_PER_DAY, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./limits";
import { processImage } from "./process-image";

export type UploadResult = { ok: true; url: string; media: MediaItem } | { ok: false; error: string };

/**
 * The file chosen in a form's file input, or null when none was (the browser
 * then still sends an empty file part).
 */
export function chosenFile(value: FormDataEntryValue | null): File | null {
  return typeof value === "object" && value !== null && value.size > 0 ? value : null;
}

/** Whether the staff member may still add pictures today (a bound on what one account can store). */
export async function underDailyQuota(user: StaffUser): Promise<boolean> {
  const since = new Date(Date.now() - 24 * 3600_000);
  const count = await db.media.count({ where: { uploaderId: user.id, createdAt: { gte: since } } });
  return count < MAX_UPLOADS_PER_DAY;
}

/**
 * Checks, resizes into the size set, stores and adds an uploaded picture to the
 * library as the staff member's own; the caller decides who may upload.
 */
export async function uploadImage(
  user: StaffUser,
  file: File,
  info: { alt?: string; caption?: string | null } = {},
): Promise<UploadResult> {
  // Refused before reading it into memory a second time.
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: ar.media.errors.tooLarge(MAX_UPLOAD_MB) };
  if (!(await underDailyQuota(user))) return { ok: false, error: ar.media.errors.quota(MAX_UPLOADS_PER_DAY) };
  const processed = await processImage(Buffer.from(await file.arrayBuffer()));
  if (!processed.ok) return processed;
  try {
    const media = await addToLibrary(processed, { uploaderId: user.id, ...info });
    return { ok: true, url: media.url, media };
  } catch (error) {
    logger.error({ err: error }, "media: could not store an upload");
    return { ok: false, error: ar.media.errors.storeFailed };
  }
}
