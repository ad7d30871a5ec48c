import "server-only";
import { config } from "@/lib/config";
import { type StaffUser, canEditOthersArticles, canPublish } from "@/lib/auth/roles";
import { SITE_TIMEZONE } from "@/lib/site/format-date";
import { editVersion } from "@/lib/forms/edit-version";
import { paths } from "@/lib/site/paths";
import { timeZoneLabel, utcToWallTime } from "@/lib/site/zoned-time";
import { editorOptions, type getArticleForEditor } from "./admin-queries";
import { newerAutosave } from "./autosave";
import { LOCK_HEARTBEAT_MS } from "./editor-timing";
import { holdArticleLock } from "./lock";

type Loaded = NonNullable<Awaited<ReturnType<typeof getArticleForEditor>>>;

/**
 * What the editor page needs, shaped for the client form (strings only). Its type is the editor's
 * (components/admin/article-editor.tsx, EditorArticle and EditingSession): the page that passes one to the
 * other checks they agree. Opening an article takes its edit lock (or learns who holds it); `restoreAutosave`
 * fills the form with this person's autosave of a public article instead of the public version.
 */
export async function loadEditor(user: StaffUser, article: Loaded | null, restoreAutosave = false) {
  const options = await editorOptions();
  // A breaking story whose time is up shows as not breaking: ticking the box starts afresh.
  const breaking =
    article?.breakingUntil && article.breakingUntil.getTime() > Date.now()
      ? utcToWallTime(article.breakingUntil, SITE_TIMEZONE, { seconds: true })
      : null;
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
    seoTitle: article?.seoTitle ?? "",
    seoDescription: article?.seoDescription ?? "",
    publishDate: article?.publishedAt ? utcToWallTime(article.publishedAt, SITE_TIMEZONE).date : "",
    publishTime: article?.publishedAt ? utcToWallTime(article.publishedAt, SITE_TIMEZONE).time : "",
    status: article?.status ?? "DRAFT",
    frontPage: {
      pinned: article?.pinned ?? false,
      breaking: breaking !== null,
      breakingDate: breaking?.date ?? "",
      breakingTime: breaking?.time ?? "",
      commentsOpen: article?.commentsOpen ?? true,
    },
  };
  const autosave = article ? await newerAutosave(user.id, article) : null;
  const restored = !!autosave && restoreAutosave;
  if (autosave && restored) {
    const { id: _id, intent: _intent, ...saved } = autosave.values;
    Object.assign(value, saved);
  }
  const savedAt = autosave ? utcToWallTime(autosave.savedAt, SITE_TIMEZONE) : null;
  const isPublic = article?.status === "PUBLISHED" || article?.status === "SCHEDULED";
  const session = {
    version: article ? editVersion(article.updatedAt, isPublic ? autosave?.savedAt : null) : "",
    timeZone: SITE_TIMEZONE,
    autosaveMs: config().autosaveIntervalMs,
    heartbeatMs: LOCK_HEARTBEAT_MS,
    lockHolder: article ? (await holdArticleLock(user.id, article.id)).holder : null,
    viewHref: article?.status === "PUBLISHED" ? paths.article(article.slug) : null,
    newerAutosave:
      savedAt && !restored
        ? { time: `${savedAt.date} ${savedAt.time}`, restoreHref: `/admin/articles/${article!.id}?autosave=1` }
        : null,
    restoredAutosave: restored,
  };
  return {
    session,
    article: value,
    categories: options.categories,
    authors: canEditOthersArticles(user) ? options.authors : null,
    canPublish: canPublish(user),
    zoneLabel: timeZoneLabel(SITE_TIMEZONE),
  };
}
