"use server";

import { canEditArticle } from "@/lib/auth/roles";
import { currentStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { type AutosaveResult, autosaveArticle } from "../autosave";
import { holdArticleLock } from "../lock";

/** The editor's autosave (no page refresh: the person is typing). */
export async function autosaveArticleAction(form: FormData): Promise<AutosaveResult> {
  const user = await currentStaff();
  if (!user || !(form instanceof FormData)) return { ok: false, message: ar.admin.refused };
  return autosaveArticle(user, form);
}

/** The editor's heartbeat: keeps this person's hold on the article, or names who holds it. */
export async function articleLockAction(articleId: unknown, takeOver: unknown): Promise<{ holder: string | null }> {
  const user = await currentStaff();
  if (!user || typeof articleId !== "number" || !Number.isInteger(articleId) || articleId <= 0) return { holder: null };
  const article = await db.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true } });
  if (!article || !canEditArticle(user, article)) return { holder: null };
  return holdArticleLock(user.id, articleId, takeOver === true);
}
