import "server-only";
import path from "node:path";
import { config } from "@/lib/config";

/** Public URL prefix of stored media; app/media/[...path]/route.ts serves it. */
export const MEDIA_URL_PREFIX = "/media/";

/** The folder uploads are stored in: `MEDIA_DIR`, relative to the working directory, default `uploads/`. */
export function mediaRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), config().mediaDir);
}
