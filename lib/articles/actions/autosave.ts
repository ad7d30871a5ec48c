"use server";

import { canEditArticle } from "@/lib/auth/roles";
import { currentStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { rowId } from "@/lib/site/boundary";
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
  // Past 32 bits an id is an error on PostgreSQL: checked here, before the query.
  const id = rowId.safeParse(articleId).data;
  if (!user || id === undefined) return { holder: null };
  const article = await db.article.findUnique({ where: { id }, select: { authorId: true, status: true } });
  if (!article || !canEditArticle(user, article)) return { holder: null };
  return holdArticleLock(user.id, id, takeOver === true);
}
