import "server-only";
import { logActivity } from "@/lib/admin/activity";
import type { ActionResult } from "@/lib/auth/action";
import { type StaffUser, canEditArticle, canEditOthersArticles, canPublish, canPublishArticle } from "@/lib/auth/roles";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { db } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/db/generated/client";
import { ar } from "@/lib/i18n/ar";
import { readFrontPageForm } from "@/lib/frontpage/input";
import { pickedMedia } from "@/lib/media/queries";
import { chosenFile, uploadImage } from "@/lib/media/upload-image";
import { indexArticle } from "@/lib/search/index";
import { tags as cacheTags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import { type ArticleInput, type Intent, articleInput, readArticleForm } from "./article-input";
import { sanitizeBody } from "./sanitize";
import { resolveSlug, slugify, tagSlug } from "@/lib/text/slug";
import { editVersion } from "@/lib/forms/edit-version";
import { fieldErrors } from "@/lib/forms/errors";

const t = ar.admin.editor;
export type SaveResult = ActionResult & {
  id?: number;
  notice?: "published" | "scheduled" | "saved";
  version?: string; // lib/forms/edit-version.ts
};
/** `autosave`: the editor saving on its own: status kept, no revision, no image change. */
export type SaveMode = { autosave?: boolean };

/** The status an intent leads to; publishing with a future date schedules instead. */
function nextStatus(intent: Intent, publishAt: Date | null, current: ArticleStatus | null): ArticleStatus {
  switch (intent) {
    case "draft":
      return current === "PUBLISHED" || current === "SCHEDULED" ? current : "DRAFT";
    case "review":
      return "PENDING";
    case "publish":
      return publishAt && publishAt.getTime() > Date.now() ? "SCHEDULED" : "PUBLISHED";
    case "unpublish":
    case "restore":
      return "DRAFT";
    case "trash":
      return "TRASH";
  }
}

/** The byline for a new article: the staff member's own author profile, made on first use. */
async function ownAuthorId(user: StaffUser): Promise<number> {
  if (user.authorId) return user.authorId;
  const base = slugify(user.name) || `staff-${user.id}`;
  const taken = await db.author.findUnique({ where: { slug: base }, select: { id: true } });
  const author = await db.author.create({
    data: { name: user.name, slug: taken ? `${base}-${user.id}` : base, userId: user.id },
  });
  return author.id;
}

/** A free slug for the article: the one typed (never silently changed: null when taken), else from the headline. */
function uniqueSlug(typed: string, headline: string, exceptId: number | null): Promise<string | null> {
  return resolveSlug({
    typed,
    name: headline,
    fallback: `article-${Date.now().toString(36)}`,
    exceptId,
    find: (slug) => db.article.findUnique({ where: { slug }, select: { id: true } }),
    suffix: true,
  });
}

export async function saveArticle(user: StaffUser, form: FormData, mode: SaveMode = {}): Promise<SaveResult> {
  const values = readArticleForm(form);
  const parsed = articleInput.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: t.errors.form, errors: fieldErrors(parsed.error), values };
  }
  const input: ArticleInput = parsed.data;
  const front = readFrontPageForm(form);
  if (!front.ok) return { ok: false, message: t.errors.form, errors: front.errors, values };
  // Pinning and breaking news decide the front page: for those who may publish.
  const { pinned, breakingUntil, commentsOpen } = front.value;
  const frontPage = {
    ...(canPublish(user) ? { pinned, breakingUntil } : {}),
    commentsOpen,
  };
  const existing = input.id
    ? await db.article.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          authorId: true,
          status: true,
          headline: true,
          kicker: true,
          excerpt: true,
          body: true,
          publishedAt: true,
          slug: true,
        },
      })
    : null;
  if (input.id && !existing) return { ok: false, message: ar.admin.refused };
  if (existing && !canEditArticle(user, existing)) return { ok: false, message: ar.admin.refused };

  const status = mode.autosave
    ? (existing?.status ?? "DRAFT")
    : nextStatus(input.intent, input.publishAt, existing?.status ?? null);
  // Autosaves never touch what readers see (autosave.ts keeps a public article's apart).
  if (mode.autosave && (status === "PUBLISHED" || status === "SCHEDULED" || status === "TRASH"))
    return { ok: false, message: ar.admin.refused };
  const goesPublic = status === "PUBLISHED" || status === "SCHEDULED";
  const leavesPublic = existing?.status === "PUBLISHED" && status !== "PUBLISHED";
  if ((goesPublic && existing?.status !== status) || leavesPublic) {
    if (!canPublishArticle(user, existing)) return { ok: false, message: ar.admin.refused, values };
  }

  const body = sanitizeBody(input.body);
  if (goesPublic && body.replace(/<[^>]*>/g, "").trim() === "") {
    return { ok: false, message: t.errors.form, errors: { body: t.errors.body }, values };
  }
  const slug = await uniqueSlug(input.slug, input.headline, existing?.id ?? null);
  if (!slug) return { ok: false, message: t.errors.form, errors: { slug: t.errors.slugTaken }, values };

  const authorId =
    input.authorId && canEditOthersArticles(user)
      ? input.authorId
      : existing
        ? existing.authorId
        : await ownAuthorId(user);
  // The featured image: picked from the library (only a picture this user may use), or uploaded, stored only
  // once every other check has passed; either replaces the old one. An autosave leaves the picture as it is.
  const picked = mode.autosave ? null : await pickedMedia(user, form.get("mediaId"));
  if (picked === "refused") return { ok: false, message: ar.admin.refused, values };
  let image: { featuredImage: string | null; mediaId: number | null } | undefined =
    form.get("removeImage") === "on" && !mode.autosave ? { featuredImage: null, mediaId: null } : undefined;
  if (picked) image = { featuredImage: picked.url, mediaId: picked.id };
  const file = mode.autosave ? null : chosenFile(form.get("featuredImage"));
  if (file) {
    const upload = await uploadImage(user, file, { caption: input.imageCaption });
    if (!upload.ok) return { ok: false, message: t.errors.form, errors: { featuredImage: upload.error }, values };
    image = { featuredImage: upload.url, mediaId: upload.media.id };
  }
  const publishedAt = goesPublic
    ? (input.publishAt ?? existing?.publishedAt ?? new Date())
    : (input.publishAt ?? existing?.publishedAt ?? null);

  const data = {
    slug,
    headline: input.headline,
    kicker: input.kicker,
    excerpt: input.excerpt,
    body,
    status,
    publishedAt,
    authorId,
    categoryId: input.categoryId,
    ...image,
    imageCaption: input.imageCaption,
    ...frontPage,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    tags: {
      create: input.tags.map((name) => ({
        tag: { connectOrCreate: { where: { slug: tagSlug(name) }, create: { name, slug: tagSlug(name) } } },
      })),
    },
  };

  // Run again whole if another process held the write lock (nothing was written then).
  const saved = await withBusyRetry(() =>
    db.$transaction(async (tx) => {
      if (existing) {
        const changed =
          existing.headline !== data.headline ||
          existing.body !== body ||
          existing.kicker !== data.kicker ||
          existing.excerpt !== data.excerpt;
        // Autosaves overwrite a draft in place; the buttons keep the text they replace.
        if (changed && !mode.autosave) {
          await tx.revision.create({
            data: {
              articleId: existing.id,
              headline: existing.headline,
              kicker: existing.kicker,
              excerpt: existing.excerpt,
              body: existing.body,
              userId: user.id,
            },
          });
        }
        await tx.articleTag.deleteMany({ where: { articleId: existing.id } });
        // Saved for real: this person's autosaved copy has nothing more to offer.
        await tx.articleAutosave.deleteMany({ where: { articleId: existing.id, userId: user.id } });
        return tx.article.update({ where: { id: existing.id }, data, select: { id: true, updatedAt: true } });
      }
      return tx.article.create({ data, select: { id: true, updatedAt: true } });
    }),
  );

  const summary = input.headline;
  if (status !== existing?.status) {
    const action = { PUBLISHED: "article.publish", SCHEDULED: "article.schedule", TRASH: "article.trash" } as const;
    if (status in action)
      await logActivity(user.id, action[status as keyof typeof action], { type: "article", id: saved.id, summary });
    else if (existing?.status === "PUBLISHED")
      await logActivity(user.id, "article.unpublish", { type: "article", id: saved.id, summary });
    else if (existing?.status === "TRASH")
      await logActivity(user.id, "article.restore", { type: "article", id: saved.id, summary });
  }
  // Anything that was or is public changes pages, listings, feeds and the sitemap.
  if (status === "PUBLISHED" || existing?.status === "PUBLISHED") expireTags(cacheTags.articles);
  await indexArticle(saved.id); // search index: the published text, or no entry

  const updated = status === "PUBLISHED" && existing?.status === "PUBLISHED";
  const message = updated
    ? t.updated
    : ({ PUBLISHED: t.published, SCHEDULED: t.scheduled, TRASH: t.trashed }[status as string] ??
      (leavesPublic ? t.unpublished : t.saved));
  const notice = status === "PUBLISHED" ? "published" : status === "SCHEDULED" ? "scheduled" : "saved";
  return { ok: true, message, id: saved.id, notice, version: editVersion(saved.updatedAt) };
}
