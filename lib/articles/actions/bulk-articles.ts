"use server";

import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/session";
import { parseRowId } from "@/lib/site/boundary";
import { BULK_ACTIONS, type BulkAction, MAX_BULK, bulkArticles } from "../bulk";

const LIST_FILTERS = ["status", "category", "author", "q", "page"] as const;

/** The list's bulk form: checked `ids`, `bulkAction`, `bulkCategory`; back to the same filtered list. */
export async function bulkArticlesAction(form: FormData): Promise<void> {
  const back = new URLSearchParams();
  for (const key of LIST_FILTERS) {
    const v = form.get(key);
    if (typeof v === "string" && v && v.length <= 200) back.set(key, v);
  }
  const user = await currentStaff();
  const action = form.get("bulkAction");
  const ids = form
    .getAll("ids")
    .slice(0, MAX_BULK)
    .flatMap((v) => parseRowId(v) ?? []);
  // A row id or nothing: a number past the database's integer would fail the query itself.
  const category = parseRowId(form.get("bulkCategory"));
  let changed = 0;
  if (user && BULK_ACTIONS.includes(action as BulkAction) && ids.length > 0)
    changed = await bulkArticles(user, ids, action as BulkAction, category);
  back.set("bulk", String(changed));
  redirect(`/admin/articles?${back}`);
}
