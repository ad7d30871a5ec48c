import "server-only";
import { logActivity } from "@/lib/admin/activity";
import type { StaffUser } from "@/lib/auth/roles";
import { containsText } from "@/lib/db/contains-text";
import { db } from "@/lib/db/client";
import type { CommentStatus, Prisma } from "@/lib/db/generated/client";
import { tags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import { unlessPrisma } from "@/lib/db/errors";

export const MODERATION_PAGE_SIZE = 20;
export const COMMENT_STATUSES = ["PENDING", "APPROVED", "SPAM", "TRASH"] as const satisfies CommentStatus[];
export const MODERATION_ACTIONS = { approve: "APPROVED", unapprove: "PENDING", spam: "SPAM", trash: "TRASH" } as const;
export type ModerationAction = keyof typeof MODERATION_ACTIONS;

export type ModerationFilters = { articleId?: number | null; q?: string };

/** Staff view of comments: the only query that reads commenters' email and IP. */
export async function listForModeration(status: CommentStatus, page: number, filters: ModerationFilters = {}) {
  const q = filters.q?.trim().slice(0, 200);
  const filter: Prisma.CommentWhereInput = {
    ...(filters.articleId ? { articleId: filters.articleId } : {}),
    ...(q
      ? {
          OR: [
            { content: containsText(q) },
            { authorName: containsText(q) },
            { authorEmail: containsText(q) },
            { authorIp: containsText(q) },
          ],
        }
      : {}),
  };
  const [counts, total, rows] = await Promise.all([
    db.comment.groupBy({ by: ["status"], where: filter, _count: { _all: true } }),
    db.comment.count({ where: { ...filter, status } }),
    db.comment.findMany({
      where: { ...filter, status },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MODERATION_PAGE_SIZE,
      take: MODERATION_PAGE_SIZE,
      omit: { authorEmail: false, authorIp: false },
      include: {
        article: { select: { id: true, headline: true, slug: true } },
        parent: { select: { authorName: true } },
      },
    }),
  ]);
  const countOf = Object.fromEntries(
    COMMENT_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?._count._all ?? 0]),
  ) as Record<CommentStatus, number>;
  return { counts: countOf, rows, total, totalPages: Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE)) };
}

/** Moves comments to another status; public pages of the affected articles are refreshed. Returns what each was before. */
export async function moderate(
  user: StaffUser,
  ids: number[],
  action: ModerationAction,
): Promise<{ id: number; status: CommentStatus }[]> {
  const status = MODERATION_ACTIONS[action];
  const affected = await db.comment.findMany({
    where: { id: { in: ids } },
    select: { id: true, articleId: true, status: true },
  });
  if (affected.length === 0) return [];
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
  return affected.map(({ id, status }) => ({ id, status }));
}

// `تراجع`: what an action changed, written as "<id>:<status letter>,…" in the list's URL.
const LETTER: Record<CommentStatus, string> = { PENDING: "P", APPROVED: "A", SPAM: "S", TRASH: "T" };
const BY_LETTER = Object.fromEntries(Object.entries(LETTER).map(([s, l]) => [l, s as CommentStatus]));
const ACTION_TO: Record<CommentStatus, ModerationAction> = {
  PENDING: "unapprove",
  APPROVED: "approve",
  SPAM: "spam",
  TRASH: "trash",
};
const MAX_UNDO = 200;

export function undoToken(before: { id: number; status: CommentStatus }[]): string {
  return before
    .slice(0, MAX_UNDO)
    .map((c) => `${c.id}:${LETTER[c.status]}`)
    .join(",");
}

/** Puts the comments of an undo token back to the statuses they had. Malformed parts are ignored. */
export async function undoModeration(user: StaffUser, token: string): Promise<number> {
  const groups = new Map<CommentStatus, number[]>();
  for (const part of token
    .slice(0, MAX_UNDO * 14)
    .split(",")
    .slice(0, MAX_UNDO)) {
    const m = /^([1-9]\d{0,9}):([PAST])$/.exec(part);
    const status = m ? BY_LETTER[m[2]!] : undefined;
    if (!m || !status || Number(m[1]) > 2_147_483_647) continue;
    groups.set(status, [...(groups.get(status) ?? []), Number(m[1])]);
  }
  let n = 0;
  for (const [status, ids] of groups) n += (await moderate(user, ids, ACTION_TO[status])).length;
  return n;
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
