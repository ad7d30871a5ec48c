import { legacyAuthorPath, movedPermanently } from "@/lib/wordpress/legacy";

export const dynamic = "force-dynamic";

/** WordPress's `/author/<login>/` (rewritten here in next.config.js). */
export async function GET(_: Request, { params }: { params: Promise<{ login: string }> }) {
  return movedPermanently(await legacyAuthorPath((await params).login));
}
