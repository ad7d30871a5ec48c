import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { MEDIA_URL_PREFIX, mediaRoot } from "./config";
import { variantUrl } from "./sizes";

/**
 * Writes a processed image under MEDIA_DIR/<year>/<month>/ with a random name
 * (nothing of the uploader's file name survives, and names cannot be guessed
 * or collide) and returns its public path, e.g. `/media/2026/01/3f9c….webp`.
 */
export async function storeImage(data: Buffer, ext: string, now = new Date()): Promise<string> {
  const folders = [String(now.getUTCFullYear()), String(now.getUTCMonth() + 1).padStart(2, "0")];
  const name = `${randomBytes(16).toString("hex")}.${ext}`;
  const folder = path.join(/* turbopackIgnore: true */ mediaRoot(), ...folders);
  await mkdir(folder, { recursive: true });
  // "wx": never overwrite an existing file.
  await writeFile(path.join(/* turbopackIgnore: true */ folder, name), data, { flag: "wx", mode: 0o644 });
  return MEDIA_URL_PREFIX + [...folders, name].join("/");
}

/** The file on disk behind a public /media/ path. */
const fileOf = (url: string) =>
  path.join(/* turbopackIgnore: true */ mediaRoot(), ...url.slice(MEDIA_URL_PREFIX.length).split("/"));

/**
 * Writes every width of a picture: the widest under a random name (its public
 * path is returned), the others beside it as `<name>-<width>.webp`. Nothing is
 * left behind when a write fails.
 */
export async function storeVariants(variants: { width: number; data: Buffer }[], now = new Date()): Promise<string> {
  const widths = variants.map((v) => v.width);
  const url = await storeImage(variants[variants.length - 1]!.data, "webp", now);
  try {
    for (const v of variants.slice(0, -1))
      await writeFile(fileOf(variantUrl(url, v.width, widths)), v.data, { flag: "wx", mode: 0o644 });
  } catch (error) {
    await removeVariants(url, widths);
    throw error;
  }
  return url;
}

/** Deletes a picture's files, every width; files already gone are not an error. */
export async function removeVariants(url: string, widths: readonly number[]): Promise<void> {
  if (!url.startsWith(MEDIA_URL_PREFIX) || url.includes("..")) return;
  for (const w of widths.length ? widths : [0]) await rm(fileOf(variantUrl(url, w, widths)), { force: true });
  await rm(fileOf(url), { force: true });
}
