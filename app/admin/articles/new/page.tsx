import type { Metadata } from "next";
import { ArticleEditor } from "@/components/admin/article-editor";
import { saveArticleAction } from "@/lib/articles/actions/save-article";
import { loadEditor } from "@/lib/articles/editor-page";
import { requireStaff } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";

export const metadata: Metadata = { title: ar.admin.editor.newTitle };

export default async function NewArticle() {
  const user = await requireStaff();
  const props = await loadEditor(user, null);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{ar.admin.editor.newTitle}</h1>
      <ArticleEditor {...props} action={saveArticleAction} />
    </>
  );
}
