import "server-only";
import { cookies } from "next/headers";
import { formatLongDateTime } from "@/lib/site/format-date";
import { HELD_HINT_COOKIE } from "./commenter-cookie";
import { currentCommenterId } from "./commenter";
import { getHeldComments, hasHeldComments } from "./queries";
import type { PublicComment } from "./types";

/** This browser's comments on an article that wait for moderation (none without its signed cookie). */
export async function heldCommentsOfThisBrowser(articleId: number): Promise<PublicComment[]> {
  const commenterId = await currentCommenterId();
  return commenterId ? getHeldComments(articleId, commenterId) : [];
}

/** What public/comments.js receives: the author's own words, never their email or address. */
export type HeldCommentJson = {
  id: number;
  parentId: number | null;
  authorName: string;
  content: string;
  createdAt: string;
  date: string;
};

/**
 * For the page's script, on a cached article page: this browser's held
 * comments there. When the browser has none left anywhere (all moderated),
 * the hint cookie that makes the script ask is removed.
 */
export async function heldCommentsJson(articleId: number): Promise<HeldCommentJson[]> {
  const commenterId = await currentCommenterId();
  const held = commenterId ? await getHeldComments(articleId, commenterId) : [];
  if (held.length === 0 && !(commenterId && (await hasHeldComments(commenterId)))) {
    (await cookies()).delete(HELD_HINT_COOKIE);
  }
  return held.map((c) => ({
    id: c.id,
    parentId: c.parentId,
    authorName: c.authorName,
    content: c.content,
    createdAt: c.createdAt,
    date: formatLongDateTime(c.createdAt),
  }));
}
