import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import { tags } from "@/lib/site/cache-tags";
import type { PublicComment } from "./types";

/** Approved comments of an article, oldest first, public fields only. Tagged per article. */
export function getApprovedComments(articleId: number): Promise<PublicComment[]> {
  return unstable_cache(
    async () => {
      const rows = await db.comment.findMany({
        where: { articleId, status: "APPROVED" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          parentId: true,
          authorName: true,
          authorUrl: true,
          content: true,
          createdAt: true,
          userId: true,
        },
      });
      return rows.map(({ userId, createdAt, ...c }) => ({
        ...c,
        createdAt: createdAt.toISOString(),
        byStaff: userId !== null,
      }));
    },
    ["approved-comments", String(articleId)],
    { tags: [tags.comments(articleId)], revalidate: 3600 },
  )();
}

/** The name of an approved comment a reply may point at (for `?replytocom=`). */
export async function getReplyTarget(articleId: number, commentId: number) {
  return db.comment.findFirst({
    where: { id: commentId, articleId, status: "APPROVED" },
    select: { id: true, authorName: true },
  });
}

/**
 * The comments a browser wrote on an article that still wait for moderation, for
 * showing to that browser alone: never cached, public fields only.
 */
export async function getHeldComments(articleId: number, commenterId: string): Promise<PublicComment[]> {
  const rows = await db.comment.findMany({
    where: { commenterId, articleId, status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, parentId: true, authorName: true, authorUrl: true, content: true, createdAt: true },
  });
  return rows.map(({ createdAt, ...c }) => ({ ...c, createdAt: createdAt.toISOString(), byStaff: false }));
}

/** Whether a browser has a comment waiting anywhere (the page's script stops asking when not). */
export async function hasHeldComments(commenterId: string): Promise<boolean> {
  return (await db.comment.count({ where: { commenterId, status: "PENDING" }, take: 1 })) > 0;
}
