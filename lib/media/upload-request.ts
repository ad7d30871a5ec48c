import "server-only";
import { currentStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import type { MediaItem } from "./library";
import { MAX_FILES_PER_REQUEST, MAX_REQUEST_BYTES, MAX_UPLOAD_MB } from "./limits";
import { chosenFile, uploadImage } from "./upload-image";

type Answer = { uploaded: MediaItem[]; errors: { name: string; error: string }[] } | { error: string };

const json = (body: Answer, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

/**
 * A request from one of this site's own pages: the browser says so
 * (Sec-Fetch-Site), or its Origin names this host. Cookies ride along on
 * cross-site posts, so a signed-in editor visiting another site must not
 * upload through it (server actions make the same check for themselves).
 */
export function fromThisSite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The library's upload endpoint: staff only, from this site only, at most
 * MAX_FILES_PER_REQUEST files in MAX_REQUEST_BYTES, every one decoded,
 * resized and re-encoded (lib/media/process-image.ts). Answers JSON: the
 * pictures added and an Arabic error per refused file.
 */
export async function handleUpload(request: Request): Promise<Response> {
  if (!fromThisSite(request)) return json({ error: ar.admin.refused }, 403);
  const user = await currentStaff();
  if (!user) return json({ error: ar.admin.refused }, 401);
  const declared = Number(request.headers.get("content-length") ?? NaN);
  // Read only with a declared length within bounds; a body without one is refused unread.
  if (!(declared > 0) || declared > MAX_REQUEST_BYTES)
    return json({ error: ar.media.errors.tooLarge(MAX_UPLOAD_MB) }, 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json({ error: ar.media.errors.notImage }, 400);
  }
  const files = form.getAll("file").map(chosenFile);
  if (files.length === 0 || files.length > MAX_FILES_PER_REQUEST)
    return json({ error: ar.media.library.tooMany(MAX_FILES_PER_REQUEST) }, 400);
  const uploaded: MediaItem[] = [];
  const errors: { name: string; error: string }[] = [];
  // One at a time: each decode holds a full bitmap in memory.
  for (const file of files) {
    const name = file?.name.slice(0, 200) ?? "";
    if (!file) {
      errors.push({ name, error: ar.media.errors.notImage });
      continue;
    }
    const result = await uploadImage(user, file);
    if (result.ok) uploaded.push(result.media);
    else errors.push({ name, error: result.error });
  }
  return json({ uploaded, errors });
}
