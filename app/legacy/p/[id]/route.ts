import { legacyPostPath, legacyNotFound, movedPermanently } from "@/lib/wordpress/legacy";

export const dynamic = "force-dynamic";

/** WordPress's `/?p=<id>` (rewritten here in next.config.js). */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const path = await legacyPostPath((await params).id);
  return path ? movedPermanently(path) : legacyNotFound();
}
