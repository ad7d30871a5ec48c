import "server-only";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { mediaRoot } from "./config";

// The only types ever served, by extension: anything else under the folder is
// not found. (Stored uploads are WebP; the rest cover files put there by hand.)
const CONTENT_TYPES: Record<string, string> = {
  webp: "image/webp",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  avif: "image/avif",
};

// One path segment: letters, digits, - and _, at most one extension. No dot
// files, no "." or "..", no separators or encoded tricks.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}(\.[A-Za-z0-9]{1,10})?$/;

/** The content type for a request path, or null when the path is not one that could be served. */
export function mediaRequest(segments: string[]): { relative: string; contentType: string } | null {
  if (segments.length === 0 || segments.length > 4 || !segments.every((s) => SEGMENT.test(s))) return null;
  const ext = segments.at(-1)!.split(".")[1]?.toLowerCase();
  const contentType = ext ? CONTENT_TYPES[ext] : undefined;
  return contentType ? { relative: segments.join("/"), contentType } : null;
}

/** The file on disk for a request path, only when it is a regular file really inside MEDIA_DIR (symlinks resolved). */
export async function findMediaFile(
  segments: string[],
): Promise<{ file: string; size: number; mtime: Date; contentType: string } | null> {
  const request = mediaRequest(segments);
  if (!request) return null;
  try {
    const root = await realpath(mediaRoot());
    const file = await realpath(path.join(/* turbopackIgnore: true */ root, request.relative));
    if (!file.startsWith(root + path.sep)) return null;
    const info = await stat(file);
    return info.isFile() ? { file, size: info.size, mtime: info.mtime, contentType: request.contentType } : null;
  } catch {
    return null; // missing file or folder
  }
}
