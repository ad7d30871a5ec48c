import "server-only";
import { type StaffUser, canEditOthersArticles, canPublish } from "@/lib/auth/roles";
import { editorOptions, type getArticleForEditor } from "./admin-queries";

type Loaded = NonNullable<Awaited<ReturnType<typeof getArticleForEditor>>>;

/**
 * What the editor page needs, shaped for the client form (strings only). Its type is the editor's
 * (components/admin/article-editor.tsx, EditorArticle): the page that passes one to the other checks they agree.
 */
export async function loadEditor(user: StaffUser, article: Loaded | null) {
  const options = await editorOptions();
  const value = {
    id: article?.id ?? null,
    headline: article?.headline ?? "",
    kicker: article?.kicker ?? "",
    slug: article?.slug ?? "",
    excerpt: article?.excerpt ?? "",
    body: article?.body ?? "",
    categoryId: article ? String(article.categoryId) : "",
    authorId: article ? String(article.authorId) : user.authorId ? String(user.authorId) : "",
    tags: article?.tags.map((t) => t.tag.name).join("، ") ?? "",
    featuredImage: article?.featuredImage ?? "",
    imageCaption: article?.imageCaption ?? "",
    publishAt: article?.publishedAt?.toISOString() ?? "",
    status: article?.status ?? "DRAFT",
  };
  return {
    article: value,
    categories: options.categories,
    authors: canEditOthersArticles(user) ? options.authors : null,
    canPublish: canPublish(user),
  };
}
