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
