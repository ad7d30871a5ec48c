import type { Prisma } from "@/lib/db/generated/client";
import { sanitizeForDisplay } from "./sanitize";
import { type ImageRef, parseWidths } from "@/lib/media/sizes";
import type { ArticleFull, ArticleSummary } from "./types";

export const summarySelect = {
  id: true,
  slug: true,
  headline: true,
  kicker: true,
  excerpt: true,
  publishedAt: true,
  createdAt: true,
  featuredImage: true,
  media: { select: { url: true, widths: true, width: true, height: true, alt: true, caption: true } },
  category: { select: { name: true, slug: true } },
  author: { select: { name: true, slug: true } },
} satisfies Prisma.ArticleSelect;

export const fullSelect = {
  ...summarySelect,
  body: true,
  updatedAt: true,
  imageCaption: true,
  commentsOpen: true,
  seoTitle: true,
  seoDescription: true,
  tags: { select: { tag: { select: { name: true, slug: true } } } },
  // The newest text edit (a revision is kept at each save that changes the text).
  revisions: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
} satisfies Prisma.ArticleSelect;

/** Saves within this long of publishing are the publishing itself, not an update worth announcing. */
const EDIT_GRACE_MS = 5 * 60 * 1000;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;
type FullRow = Prisma.ArticleGetPayload<{ select: typeof fullSelect }>;

/**
 * The featured picture as pages draw it: the library's sizes and alt text, or,
 * for a picture that predates the library (an old upload, an import), its one
 * file at an assumed 16:9 (cards crop to a fixed shape, so nothing shifts).
 */
function imageOf(row: Pick<SummaryRow, "featuredImage" | "media" | "headline">): ImageRef | null {
  if (row.media && row.media.url === row.featuredImage)
    return {
      url: row.media.url,
      widths: parseWidths(row.media.widths),
      width: row.media.width,
      height: row.media.height,
      alt: row.media.alt || row.headline,
    };
  if (!row.featuredImage) return null;
  return { url: row.featuredImage, widths: [], width: 1600, height: 900, alt: row.headline };
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    kicker: row.kicker,
    excerpt: row.excerpt,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    featuredImage: row.featuredImage,
    image: imageOf(row),
    category: row.category,
    author: row.author,
  };
}

export function toFull(row: FullRow): ArticleFull {
  return {
    ...toSummary(row),
    // Sanitized on the way out too: stored HTML may predate today's rules (imports).
    body: sanitizeForDisplay(row.body),
    updatedAt: row.updatedAt.toISOString(),
    editedAt: editedAfterPublishing(row),
    imageCaption: row.imageCaption ?? row.media?.caption ?? null,
    commentsOpen: row.commentsOpen,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: row.tags.map((t) => t.tag),
  };
}

/** When the text was last changed after the article went out, or null (the article's `آخر تحديث`). */
function editedAfterPublishing(row: FullRow): string | null {
  const edited = row.revisions[0]?.createdAt;
  const published = row.publishedAt ?? row.createdAt;
  return edited && edited.getTime() > published.getTime() + EDIT_GRACE_MS ? edited.toISOString() : null;
}
