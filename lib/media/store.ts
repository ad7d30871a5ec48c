import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MEDIA_URL_PREFIX, mediaRoot } from "./config";

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
