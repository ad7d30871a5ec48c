import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { findMediaFile } from "@/lib/media/serve";
import { MEDIA_POLICY } from "@/lib/site/security-headers";

export const dynamic = "force-dynamic";

// Uploaded files get random names and never change, so browsers and proxies may keep them for a year.
const headers = (contentType: string, size: number, mtime: Date) => ({
  "Content-Type": contentType,
  "Content-Length": String(size),
  "Last-Modified": mtime.toUTCString(),
  "Cache-Control": "public, max-age=31536000, immutable",
  "X-Content-Type-Options": "nosniff",
  // Opened on its own, a file is inert even if a browser misjudged it (proxy.ts keeps this policy).
  "Content-Security-Policy": MEDIA_POLICY,
});

/** Serves files stored under MEDIA_DIR, and nothing else. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const found = await findMediaFile((await params).path);
  if (!found)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  const body = Readable.toWeb(createReadStream(found.file)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: headers(found.contentType, found.size, found.mtime) });
}
