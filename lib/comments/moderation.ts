import "server-only";
import { logActivity } from "@/lib/admin/activity";
import type { StaffUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { CommentStatus } from "@/lib/db/generated/client";
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import { unlessPrisma } from "@/lib/db/errors";

export const MODERATION_PAGE_SIZE = 20;
export const COMMENT_STATUSES = ["PENDING", "APPROVED", "SPAM", "TRASH"] as const satisfies CommentStatus[];
export const MODERATION_ACTIONS = { approve: "APPROVED", unapprove: "PENDING", spam: "SPAM", trash: "TRASH" } as const;
export type ModerationAction = keyof typeof MODERATION_ACTIONS;

/** Staff view of comments: the only query that reads commenters' email and IP. */
export async function listForModeration(status: CommentStatus, page: number) {
  const [counts, total, rows] = await Promise.all([
    db.comment.groupBy({ by: ["status"], _count: { _all: true } }),
    db.comment.count({ where: { status } }),
    db.comment.findMany({
      where: { status },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MODERATION_PAGE_SIZE,
      take: MODERATION_PAGE_SIZE,
      omit: { authorEmail: false, authorIp: false },
      include: { article: { select: { headline: true, slug: true } }, parent: { select: { authorName: true } } },
    }),
  ]);
  const countOf = Object.fromEntries(
    COMMENT_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?._count._all ?? 0]),
  ) as Record<CommentStatus, number>;
  return { counts: countOf, rows, total, totalPages: Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE)) };
}

/** Moves comments to another status; public pages of the affected articles are refreshed. */
export async function moderate(user: StaffUser, ids: number[], action: ModerationAction) {
  const status = MODERATION_ACTIONS[action];
  const affected = await db.comment.findMany({
    where: { id: { in: ids } },
    select: { id: true, articleId: true, status: true },
  });
  if (affected.length === 0) return 0;
  await db.comment.updateMany({ where: { id: { in: affected.map((c) => c.id) } }, data: { status } });
  const touched = new Set(
    affected.filter((c) => c.status === "APPROVED" || status === "APPROVED").map((c) => c.articleId),
  );
  expireTags(...[...touched].map(tags.comments));
  await logActivity(
    user.id,
    `comment.${action}`,
    affected.map((c) => ({ type: "comment", id: c.id })),
  );
  return affected.length;
}

/** A reply from the newsroom: published at once under the staff member's name (and approves what it answers). */
export async function replyAsStaff(user: StaffUser, parentId: number, content: string) {
  const parent = await db.comment.findUnique({
    where: { id: parentId },
    select: { id: true, articleId: true, status: true },
  });
  if (!parent) return false;
  await db.$transaction([
    ...(parent.status !== "APPROVED"
      ? [db.comment.update({ where: { id: parent.id }, data: { status: "APPROVED" } })]
      : []),
    db.comment.create({
      data: {
        articleId: parent.articleId,
        parentId: parent.id,
        authorName: user.name,
        authorEmail: user.email,
        content,
        status: "APPROVED",
        userId: user.id,
      },
    }),
  ]);
  expireTags(tags.comments(parent.articleId));
  return true;
}

export async function editComment(id: number, data: { authorName: string; content: string }) {
  const comment = await unlessPrisma(
    db.comment.update({ where: { id }, data, select: { articleId: true, status: true } }),
    { P2025: null }, // deleted in the meantime
  );
  if (comment?.status === "APPROVED") expireTags(tags.comments(comment.articleId));
  return comment !== null;
}
