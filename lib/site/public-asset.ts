import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

const urls = new Map<string, string>();

/**
 * The address of a file in public/ with a hash of its contents, so it can be
 * cached for a year (next.config.js) and a changed file is fetched at once.
 */
export function publicAssetUrl(file: string): string {
  let url = urls.get(file);
  if (url === undefined) {
    const hash = createHash("sha256")
      .update(readFileSync(path.join(process.cwd(), "public", file)))
      .digest("base64url")
      .slice(0, 12);
    url = `/${file}?v=${hash}`;
    urls.set(file, url);
  }
  return url;
}
