import type { Metadata } from "next";
import Link from "next/link";
import { ArticleView } from "@/components/articles/article-view";
import { rowOr404 } from "@/lib/admin/path-row";
import { getArticlePreview } from "@/lib/articles/admin-queries";
import { canEditArticle } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";

export const metadata: Metadata = { title: ar.admin.articles.preview };

/** Unpublished work as readers will see it; staff only, never cached. */
export default async function PreviewArticle({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  const preview = await rowOr404(params, getArticlePreview, (p) => canEditArticle(user, p));
  return (
    <>
      <p role="status" className="mb-4 rounded bg-yellow-50 p-2 font-bold text-yellow-900">
        {ar.admin.articles.preview} — {ar.admin.status[preview.status]}{" "}
        <Link href={`/admin/articles/${preview.article.id}`} className="font-normal underline">
          {ar.admin.editor.backToEditor}
        </Link>
      </p>
      <ArticleView article={preview.article} related={[]} comments={[]} replyTo={null} preview />
    </>
  );
}
