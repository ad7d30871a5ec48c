"use server";

import { refresh } from "next/cache";
import { staffAction } from "@/lib/auth/action";
import { canEditArticle } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { indexArticle } from "@/lib/search/index";
import { tags } from "@/lib/site/cache-tags";
import { parseRowId } from "@/lib/site/boundary";
import { expireTags } from "@/lib/site/revalidate";

/** Puts a revision's text back, keeping the current text as a revision of its own. */
export const restoreRevisionAction = staffAction(
  () => true,
  async (user, form: FormData) => {
    const id = parseRowId(form.get("revisionId"));
    if (!id) return { ok: false, message: ar.admin.refused };
    const revision = await db.revision.findUnique({
      where: { id },
      select: {
        headline: true,
        kicker: true,
        excerpt: true,
        body: true,
        article: {
          select: { id: true, authorId: true, status: true, headline: true, kicker: true, excerpt: true, body: true },
        },
      },
    });
    if (!revision || !canEditArticle(user, revision.article)) return { ok: false, message: ar.admin.refused };
    const current = revision.article;
    await db.$transaction([
      db.revision.create({
        data: {
          articleId: current.id,
          headline: current.headline,
          kicker: current.kicker,
          excerpt: current.excerpt,
          body: current.body,
          userId: user.id,
        },
      }),
      db.article.update({
        where: { id: current.id },
        data: { headline: revision.headline, kicker: revision.kicker, excerpt: revision.excerpt, body: revision.body },
      }),
    ]);
    if (current.status === "PUBLISHED") expireTags(tags.articles);
    await indexArticle(current.id); // the restored text is what search finds
    refresh();
    return { ok: true, message: ar.admin.editor.saved };
  },
);
