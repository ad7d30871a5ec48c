import "server-only";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { db } from "@/lib/db/client";
import { publishedArticle } from "@/lib/articles/access";
import { ar } from "@/lib/i18n/ar";
import { canModerateComments, type StaffUser } from "@/lib/auth/roles";
import { FLOOD_SECONDS, type Poster, decideStatus, normalizeForDuplicate } from "./rules";
import type { ValidComment } from "./validation";

const e = ar.comments.errors;

export type SubmitOutcome =
  | { ok: true; status: "APPROVED" | "PENDING"; commentId: number; articleSlug: string }
  | { ok: false; field: "form" | "content"; message: string };

/** Stores a validated comment after the anti-abuse checks, deciding whether it waits for moderation. */
export async function submitComment(input: {
  articleId: number;
  comment: ValidComment;
  ip: string | null;
  userAgent: string | null;
  /** The signed commenter id of the posting browser (a fresh one when it had none). */
  commenterId: string;
  /** The signed-in staff member, if any. */
  staff: StaffUser | null;
}): Promise<SubmitOutcome> {
  const { articleId, comment, ip, commenterId, staff } = input;
  const article = await db.article.findFirst({
    where: { id: articleId, ...publishedArticle },
    select: { id: true, slug: true, commentsOpen: true },
  });
  if (!article) return { ok: false, field: "form", message: e.articleClosed };
  if (!article.commentsOpen) return { ok: false, field: "form", message: ar.comments.closed };

  if (comment.parentId !== null) {
    const parent = await db.comment.findFirst({
      where: { id: comment.parentId, articleId, status: "APPROVED" },
      select: { id: true },
    });
    if (!parent) return { ok: false, field: "form", message: e.parentInvalid };
  }

  if (ip) {
    const since = new Date(Date.now() - FLOOD_SECONDS * 1000);
    const recent = await db.comment.findFirst({
      where: { authorIp: ip, createdAt: { gt: since } },
      select: { id: true },
    });
    if (recent) return { ok: false, field: "form", message: e.flood };
  }

  const text = normalizeForDuplicate(comment.content);
  const sameAuthor = await db.comment.findMany({
    where: {
      articleId,
      status: { not: "TRASH" },
      OR: [{ authorEmail: comment.email }, { authorName: comment.name }],
    },
    select: { content: true },
    orderBy: { id: "desc" },
    take: 50,
  });
  if (sameAuthor.some((c) => normalizeForDuplicate(c.content) === text)) {
    return { ok: false, field: "content", message: e.duplicate };
  }

  // The same two queries whoever posts, so neither the answer nor its timing
  // tells a stranger whether an address has commented or belongs to the staff.
  const [approvedBefore, staffAddress] = await Promise.all([
    db.comment
      .count({
        where: { authorName: comment.name, authorEmail: comment.email, commenterId, status: "APPROVED" },
        take: 1,
      })
      .then((n) => n > 0),
    db.user.count({ where: { email: comment.email }, take: 1 }).then((n) => n > 0),
  ]);
  const poster: Poster = !staffAddress
    ? "reader"
    : staff?.email !== comment.email
      ? "staff-address"
      : canModerateComments(staff)
        ? "moderator"
        : "staff";
  const status = decideStatus({ content: comment.content, approvedBefore, poster });

  // A reader's comment is never dropped because another process held the write lock.
  const created = await withBusyRetry(() =>
    db.comment.create({
      data: {
        articleId,
        parentId: comment.parentId,
        authorName: comment.name,
        authorEmail: comment.email,
        authorUrl: comment.url,
        authorIp: ip,
        userAgent: input.userAgent,
        commenterId,
        userId: poster === "staff" || poster === "moderator" ? staff!.id : null,
        content: comment.content,
        status,
      },
      select: { id: true },
    }),
  );
  return { ok: true, status, commentId: created.id, articleSlug: article.slug };
}
