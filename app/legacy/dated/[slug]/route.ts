import { legacyDatedPath, legacyNotFound, movedPermanently } from "@/lib/wordpress/legacy";

export const dynamic = "force-dynamic";

/** WordPress's `/<year>/<month>/<day>/<slug>/` (rewritten here in next.config.js). */
export async function GET(_: Request, { params }: { params: Promise<{ slug: string }> }) {
  const path = await legacyDatedPath((await params).slug);
  return path ? movedPermanently(path) : legacyNotFound();
}
