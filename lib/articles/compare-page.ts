import "server-only";
import { type StaffUser, canEditArticle } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ar } from "@/lib/i18n/ar";
import { SITE_TIMEZONE } from "@/lib/site/format-date";
import { utcToWallTime } from "@/lib/site/zoned-time";
import { type ComparedText, compareArticles } from "./compare";

const textSelect = { headline: true, kicker: true, excerpt: true, body: true } as const;

/**
 * Two versions of an article side by side: `from` and `to` are revision ids or "current".
 * By default the newest revision against the current text. Null when the article is not
 * this person's to edit (or does not exist).
 */
export async function loadComparison(user: StaffUser, articleId: number, from?: string, to?: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      authorId: true,
      status: true,
      ...textSelect,
      revisions: {
        orderBy: { id: "desc" },
        take: 50,
        select: { id: true, createdAt: true, ...textSelect, user: { select: { name: true } } },
      },
    },
  });
  if (!article || !canEditArticle(user, article)) return null;
  const versions = new Map<string, ComparedText & { label: string }>([
    ["current", { ...article, label: ar.admin.editor.compareCurrent }],
  ]);
  for (const r of article.revisions) {
    const at = utcToWallTime(r.createdAt, SITE_TIMEZONE);
    versions.set(String(r.id), { ...r, label: `${at.date} ${at.time} · ${r.user?.name ?? "—"}` });
  }
  const fromKey =
    from && versions.has(from) ? from : article.revisions[0] ? String(article.revisions[0].id) : "current";
  const toKey = to && versions.has(to) ? to : "current";
  return {
    articleId: article.id,
    options: [...versions].map(([value, v]) => ({ value, label: v.label })),
    from: fromKey,
    to: toKey,
    diff: compareArticles(versions.get(fromKey)!, versions.get(toKey)!),
  };
}
