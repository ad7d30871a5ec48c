import "server-only";
import { db } from "@/lib/db/client";
import { unlessPrisma } from "@/lib/db/errors";
import { LOCK_TTL_MS } from "./editor-timing";

/**
 * Takes or renews `userId`'s hold on an article (WordPress's post lock): free, lapsed or
 * already theirs, it becomes theirs for another LOCK_TTL_MS; held by someone else, it stays
 * theirs (unless `takeOver`) and the answer names them.
 */
export async function holdArticleLock(
  userId: number,
  articleId: number,
  takeOver = false,
): Promise<{ holder: string | null }> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + LOCK_TTL_MS);
  if (!takeOver) {
    // Renew only a hold that is ours or has lapsed; someone else's live hold is left alone.
    const renewed = await db.articleLock.updateMany({
      where: { articleId, OR: [{ userId }, { expiresAt: { lt: now } }] },
      data: { userId, expiresAt },
    });
    if (renewed.count === 0) {
      const other = await db.articleLock.findUnique({
        where: { articleId },
        select: { user: { select: { name: true } } },
      });
      if (other) return { holder: other.user.name };
      // Someone else opening it in the same instant makes this a duplicate (theirs); an article
      // deleted meanwhile has nothing left to hold. Any other error is not expected here.
      const created = await unlessPrisma(db.articleLock.create({ data: { articleId, userId, expiresAt } }), {
        P2002: "taken",
        P2003: "gone",
      } as const);
      if (created === "taken") {
        const first = await db.articleLock.findUnique({
          where: { articleId },
          select: { userId: true, user: { select: { name: true } } },
        });
        if (first && first.userId !== userId) return { holder: first.user.name };
      }
    }
    return { holder: null };
  }
  await db.articleLock.upsert({
    where: { articleId },
    create: { articleId, userId, expiresAt },
    update: { userId, expiresAt },
  });
  return { holder: null };
}
