import "server-only";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { db } from "@/lib/db/client";
import { publishedArticle } from "@/lib/articles/access";
import { ar } from "@/lib/i18n/ar";
import { FLOOD_SECONDS, decideStatus, normalizeForDuplicate } from "./rules";
import type { ValidComment } from "./validation";

const e = ar.comments.errors;

export type SubmitOutcome =
  | { ok: true; status: "APPROVED" | "PENDING"; commentId: number }
  | { ok: false; field: "form" | "content"; message: string };

/** Stores a validated comment after the anti-abuse checks, deciding whether it waits for moderation. */
export async function submitComment(input: {
  articleId: number;
  comment: ValidComment;
  ip: string | null;
  userAgent: string | null;
}): Promise<SubmitOutcome> {
  const { articleId, comment, ip } = input;
  const article = await db.article.findFirst({
    where: { id: articleId, ...publishedArticle },
    select: { id: true, commentsOpen: true },
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

  const approvedBefore =
    (await db.comment.count({
      where: { authorName: comment.name, authorEmail: comment.email, status: "APPROVED" },
      take: 1,
    })) > 0;
  const status = decideStatus({ content: comment.content, approvedBefore });

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
        content: comment.content,
        status,
      },
      select: { id: true },
    }),
  );
  return { ok: true, status, commentId: created.id };
}
