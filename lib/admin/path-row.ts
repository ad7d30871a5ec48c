import "server-only";
import { notFound } from "next/navigation";
import { parseRowId } from "@/lib/site/boundary";

/**
 * The row a dashboard `[id]` path names, loaded by `load`. A segment that is not a row id, a row that does not
 * exist and one `allowed` refuses (someone else's article or byline) are all the same 404, so a path tells a
 * stranger nothing.
 */
export async function rowOr404<T>(
  params: Promise<{ id: string }>,
  load: (id: number) => Promise<T | null>,
  allowed: (row: T) => boolean = () => true,
): Promise<T> {
  const id = parseRowId((await params).id);
  const row = id === null ? null : await load(id);
  if (row === null || !allowed(row)) notFound();
  return row;
}
