import "server-only";
import type { EditorArticle } from "@/components/admin/article-editor";
import { type StaffUser, canEditOthersArticles, canPublish } from "@/lib/auth/roles";
import { SITE_TIMEZONE } from "@/lib/site/format-date";
import { timeZoneLabel, utcToWallTime } from "@/lib/site/zoned-time";
import { editorOptions, getArticleForEditor } from "./admin-queries";

type Loaded = NonNullable<Awaited<ReturnType<typeof getArticleForEditor>>>;

/** What the editor page needs, shaped for the client form (strings only). */
export async function loadEditor(user: StaffUser, article: Loaded | null) {
  const options = await editorOptions();
  const value: EditorArticle = {
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
    publishDate: article?.publishedAt ? utcToWallTime(article.publishedAt, SITE_TIMEZONE).date : "",
    publishTime: article?.publishedAt ? utcToWallTime(article.publishedAt, SITE_TIMEZONE).time : "",
    status: article?.status ?? "DRAFT",
  };
  return {
    article: value,
    categories: options.categories,
    authors: canEditOthersArticles(user) ? options.authors : null,
    canPublish: canPublish(user),
    zoneLabel: timeZoneLabel(SITE_TIMEZONE),
  };
}
