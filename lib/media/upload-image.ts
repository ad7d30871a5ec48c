import "server-only";
import { ar } from "@/lib/i18n/ar";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./limits";
import { processImage } from "./process-image";
import { storeImage } from "./store";

export type UploadResult = { ok: true; url: string } | { ok: false; error: string };

/**
 * The file chosen in a form's file input, or null when none was (the browser
 * then still sends an empty file part).
 */
export function chosenFile(value: FormDataEntryValue | null): File | null {
  return typeof value === "object" && value !== null && value.size > 0 ? value : null;
}

/** Checks, resizes and stores an uploaded image; the caller decides who may upload. */
export async function uploadImage(file: File): Promise<UploadResult> {
  // Refused before reading it into memory a second time.
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: ar.media.errors.tooLarge(MAX_UPLOAD_MB) };
  const processed = await processImage(Buffer.from(await file.arrayBuffer()));
  if (!processed.ok) return processed;
  try {
    return { ok: true, url: await storeImage(processed.data, processed.ext) };
  } catch (error) {
    console.error("media: could not store an upload", error);
    return { ok: false, error: ar.media.errors.storeFailed };
  }
}
