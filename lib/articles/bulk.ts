import "server-only";
import { logActivity } from "@/lib/admin/activity";
import { type StaffUser, canEditArticle, canPublishArticle } from "@/lib/auth/roles";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { db } from "@/lib/db/client";
import { indexArticle } from "@/lib/search/index";
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";

export const BULK_ACTIONS = ["trash", "restore", "category"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
/** At most a few pages of the list at once. */
export const MAX_BULK = 100;

/**
 * Trash, restore (to draft) or move to a category the articles in `ids` that this staff
 * member may change; the others are left as they are. Returns how many changed.
 */
export async function bulkArticles(
  user: StaffUser,
  ids: number[],
  action: BulkAction,
  categoryId: number | null,
): Promise<number> {
  if (action === "category" && !(categoryId && (await db.category.findUnique({ where: { id: categoryId } })))) return 0;
  const rows = await db.article.findMany({
    where: { id: { in: ids.slice(0, MAX_BULK) } },
    select: { id: true, authorId: true, status: true, headline: true },
  });
  const allowed = rows.filter((a) => {
    if (!canEditArticle(user, a)) return false;
    // Taking a published article down is a publishing decision, as in the editor.
    if (action === "trash" && a.status === "PUBLISHED") return canPublishArticle(user, a);
    if (action === "trash") return a.status !== "TRASH";
    if (action === "restore") return a.status === "TRASH";
    return true;
  });
  if (allowed.length === 0) return 0;
  const where = { id: { in: allowed.map((a) => a.id) } };
  const data =
    action === "trash"
      ? { status: "TRASH" as const }
      : action === "restore"
        ? { status: "DRAFT" as const }
        : { categoryId: categoryId! };
  await withBusyRetry(() => db.article.updateMany({ where, data }));

  if (action !== "category")
    await logActivity(
      user.id,
      action === "trash" ? "article.trash" : "article.restore",
      allowed.map((a) => ({ type: "article", id: a.id, summary: a.headline })),
    );
  if (allowed.some((a) => a.status === "PUBLISHED")) {
    expireTags(tags.articles);
    // Trashed articles leave the search index; moved ones keep their entry (the category is not indexed).
    if (action === "trash") for (const a of allowed.filter((r) => r.status === "PUBLISHED")) await indexArticle(a.id);
  }
  return allowed.length;
}
