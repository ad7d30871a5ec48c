import sharp, { type Metadata } from "sharp";
import { ar } from "@/lib/i18n/ar";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./limits";
import { widthsFor } from "./sizes";

const e = ar.media.errors;

// Each upload is decoded once; libvips' operation cache would only hold memory.
sharp.cache(false);

// Raster formats people upload (libvips reports AVIF as "heif"). SVG and PDF are
// refused even though libvips can read them: they are documents, not photos.
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "gif", "heif"]);
// A small file can decode to a huge bitmap (a decompression bomb): cap the pixels.
export const MAX_PIXELS = 50_000_000;

/** One stored width of a picture. */
export type Variant = { width: number; height: number; data: Buffer };

export type ProcessedImage =
  | {
      ok: true;
      /** The widest file (= variants' last). */
      data: Buffer;
      ext: "webp";
      width: number;
      height: number;
      /** Every width of the size set the picture is wide enough for, narrowest first. */
      variants: Variant[];
    }
  | { ok: false; error: string };

/**
 * Decides what a file is by decoding it (its name and declared type are not
 * trusted), then makes the stored versions: turned upright, one per width of
 * the size set (lib/media/sizes.ts, at most 1600 px, never enlarged),
 * re-encoded as WebP with every piece of metadata (EXIF, GPS, ICC comments)
 * left behind, and only the first frame of an animation.
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
    // Decoded and turned upright once; each width is resized from that bitmap.
    const { data: pixels, info } = await sharp(input, { limitInputPixels: MAX_PIXELS, failOn: "error" })
      .autoOrient()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    const variants: Variant[] = [];
    for (const width of widthsFor(info.width)) {
      const out = await sharp(pixels, raw)
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ width: out.info.width, height: out.info.height, data: out.data });
    }
    const widest = variants[variants.length - 1]!;
    return { ok: true, data: widest.data, ext: "webp", width: widest.width, height: widest.height, variants };
  } catch {
    // Truncated or corrupt data that only shows up when the pixels are read.
    return { ok: false, error: e.notImage };
  }
}
