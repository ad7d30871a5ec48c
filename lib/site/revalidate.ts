import "server-only";
import { revalidateTag } from "next/cache";

/**
 * Expires cached data at once: the next request renders fresh instead of
 * being served stale while revalidating (news must not lag a publish).
 */
export function expireTags(...names: string[]) {
  for (const name of names) revalidateTag(name, { expire: 0 });
}
