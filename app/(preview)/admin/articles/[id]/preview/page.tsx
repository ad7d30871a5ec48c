import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/articles/article-view";
import { getArticlePreview } from "@/lib/articles/admin-queries";
import { canEditArticle } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { parseRowId } from "@/lib/site/boundary";
import { ar } from "@/lib/i18n/ar";

export const metadata: Metadata = { title: ar.admin.articles.preview };

/** Unpublished work as readers will see it; staff only, never cached. */
export default async function PreviewArticle({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  const { id } = await params;
  const rowId = parseRowId(id);
  const preview = rowId ? await getArticlePreview(rowId) : null;
  if (!preview || !canEditArticle(user, { authorId: preview.authorId, status: preview.status })) notFound();
  return (
    <>
      <p role="status" className="mb-4 rounded bg-yellow-50 p-2 font-bold text-yellow-900">
        {ar.admin.articles.preview} — {ar.admin.status[preview.status]}{" "}
        <Link href={`/admin/articles/${id}`} className="font-normal underline">
          {ar.admin.editor.backToEditor}
        </Link>
      </p>
      <ArticleView article={preview.article} related={[]} comments={[]} replyTo={null} preview />
    </>
  );
}
