import type { Metadata } from "next";
import Link from "next/link";
import { ArticleEditor } from "@/components/admin/article-editor";
import { RevisionList } from "@/components/admin/revision-list";
import { rowOr404 } from "@/lib/admin/path-row";
import { saveArticleAction } from "@/lib/articles/actions/save-article";
import { getArticleForEditor } from "@/lib/articles/admin-queries";
import { loadEditor } from "@/lib/articles/editor-page";
import { canEditArticle } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { paths } from "@/lib/site/paths";

export const metadata: Metadata = { title: ar.admin.editor.editTitle };

const notices: Record<string, string> = {
  saved: ar.admin.editor.saved,
  published: ar.admin.editor.published,
  scheduled: ar.admin.editor.scheduled,
};

export default async function EditArticle({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; autosave?: string }>;
}) {
  const user = await requireStaff();
  // Someone else's article looks the same as a missing one.
  const article = await rowOr404(params, getArticleForEditor, (a) => canEditArticle(user, a));
  const query = await searchParams;
  const props = await loadEditor(user, article, query.autosave === "1");
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{ar.admin.editor.editTitle}</h1>
        <Link
          href={article.status === "PUBLISHED" ? paths.article(article.slug) : `/admin/articles/${article.id}/preview`}
          className="text-brand underline"
        >
          {article.status === "PUBLISHED" ? ar.admin.articles.view : ar.admin.articles.preview}
        </Link>
      </div>
      <ArticleEditor
        // The autosaved version is another set of starting values: a fresh form (kept across its save).
        key={query.autosave === "1" ? "autosave" : "article"}
        {...props}
        action={saveArticleAction}
        notice={notices[query.saved ?? ""]}
      />
      <RevisionList articleId={article.id} revisions={article.revisions} />
    </>
  );
}
