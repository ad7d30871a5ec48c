import "server-only";
import { db } from "@/lib/db/client";

export type ActivityAction =
  | "article.publish"
  | "article.schedule"
  | "article.unpublish"
  | "article.trash"
  | "article.restore"
  | "article.delete"
  | "comment.approve"
  | "comment.unapprove"
  | "comment.spam"
  | "comment.trash"
  | "user.role"
  | "user.create"
  | "user.deactivate"
  | "user.reactivate"
  | "user.password"
  | "category.delete"
  | "tag.delete"
  | "author.delete";

type Target = { type: string; id?: number; summary?: string };

/**
 * Records a staff action for the administrators' activity log, one row per
 * target in a single insert (bulk moderation touches up to a page of comments).
 * Never fails the action it records.
 */
export async function logActivity(userId: number, action: ActivityAction, target: Target | Target[]) {
  const targets = Array.isArray(target) ? target : [target];
  if (targets.length === 0) return;
  try {
    await db.activityLog.createMany({
      data: targets.map((t) => ({
        userId,
        action,
        targetType: t.type,
        targetId: t.id ?? null,
        summary: t.summary?.slice(0, 300) ?? null,
      })),
    });
  } catch (error) {
    console.error("activity log:", error);
  }
}
