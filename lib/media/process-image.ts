import "server-only";
import sharp, { type Metadata } from "sharp";
import { ar } from "@/lib/i18n/ar";
import { MAX_IMAGE_WIDTH, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./limits";

const e = ar.media.errors;

// Each upload is decoded once; libvips' operation cache would only hold memory.
sharp.cache(false);

// Raster formats people upload (libvips reports AVIF as "heif"). SVG and PDF are
// refused even though libvips can read them: they are documents, not photos.
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "gif", "heif"]);
// A small file can decode to a huge bitmap (a decompression bomb): cap the pixels.
export const MAX_PIXELS = 50_000_000;

export type ProcessedImage =
  { ok: true; data: Buffer; ext: "webp"; width: number; height: number } | { ok: false; error: string };

/**
 * Decides what a file is by decoding it (its name and declared type are not
 * trusted), then makes the stored version: turned upright, at most
 * MAX_IMAGE_WIDTH wide, re-encoded as WebP with every piece of metadata (EXIF,
 * GPS, ICC comments) left behind, and only the first frame of an animation.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: e.tooLarge(MAX_UPLOAD_MB) };
  if (input.byteLength === 0) return { ok: false, error: e.notImage };
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, error: e.notImage };
  }
  if (!meta.format || !ACCEPTED_FORMATS.has(meta.format) || !meta.width || !meta.height)
    return { ok: false, error: e.notImage };
  if (meta.width * meta.height > MAX_PIXELS) return { ok: false, error: e.tooManyPixels };
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_PIXELS, failOn: "error" })
      .autoOrient()
      .resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, data, ext: "webp", width: info.width, height: info.height };
  } catch {
    // Truncated or corrupt data that only shows up when the pixels are read.
    return { ok: false, error: e.notImage };
  }
}
