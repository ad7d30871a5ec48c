import "server-only";
import { logActivity } from "@/lib/admin/activity";
import type { ActionResult } from "@/lib/auth/action";
import { type StaffUser, canEditArticle, canEditOthersArticles, canPublishArticle } from "@/lib/auth/roles";
import { withBusyRetry } from "@/lib/db/busy-retry";
import { db } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/db/generated/client";
import { ar } from "@/lib/i18n/ar";
import { chosenFile, uploadImage } from "@/lib/media/upload-image";
import { indexArticle } from "@/lib/search/index";
import { tags as cacheTags } from "@/lib/site/cache-tags";
import { expireTags } from "@/lib/site/revalidate";
import { type ArticleInput, type Intent, articleInput, readArticleForm } from "./article-input";
import { sanitizeBody } from "./sanitize";
import { resolveSlug, slugify, tagSlug } from "@/lib/text/slug";
import { fieldErrors } from "@/lib/forms/errors";

const t = ar.admin.editor;
export type SaveResult = ActionResult & { id?: number; notice?: "published" | "scheduled" | "saved" };

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

export async function saveArticle(user: StaffUser, form: FormData): Promise<SaveResult> {
  const values = readArticleForm(form);
  const parsed = articleInput.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: t.errors.form, errors: fieldErrors(parsed.error), values };
  }
  const input: ArticleInput = parsed.data;
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

  const status = nextStatus(input.intent, input.publishAt, existing?.status ?? null);
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
  // The featured image is stored only once every other check has passed; a new upload replaces the old one.
  let featuredImage: string | null | undefined = form.get("removeImage") === "on" ? null : undefined;
  const file = chosenFile(form.get("featuredImage"));
  if (file) {
    const upload = await uploadImage(file);
    if (!upload.ok) return { ok: false, message: t.errors.form, errors: { featuredImage: upload.error }, values };
    featuredImage = upload.url;
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
    featuredImage,
    imageCaption: input.imageCaption,
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
        if (changed) {
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
        return tx.article.update({ where: { id: existing.id }, data, select: { id: true } });
      }
      return tx.article.create({ data, select: { id: true } });
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

  const message =
    { PUBLISHED: t.published, SCHEDULED: t.scheduled, TRASH: t.trashed }[status as string] ??
    (leavesPublic ? t.unpublished : t.saved);
  const notice = status === "PUBLISHED" ? "published" : status === "SCHEDULED" ? "scheduled" : "saved";
  return { ok: true, message, id: saved.id, notice };
}
