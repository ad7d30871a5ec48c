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

/** Records a staff action for the administrators' activity log. Never fails the action it records. */
export async function logActivity(userId: number, action: ActivityAction, target: { type: string; id?: number; summary?: string }) {
  try {
    await db.activityLog.create({
      data: { userId, action, targetType: target.type, targetId: target.id ?? null, summary: target.summary?.slice(0, 300) ?? null },
    });
  } catch (error) {
    console.error("activity log:", error);
  }
}
