import type { Prisma } from "@/lib/db/generated/client";
import { sanitizeBody } from "./sanitize";
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
  category: { select: { name: true, slug: true } },
  author: { select: { name: true, slug: true } },
} satisfies Prisma.ArticleSelect;

export const fullSelect = {
  ...summarySelect,
  body: true,
  updatedAt: true,
  imageCaption: true,
  commentsOpen: true,
  tags: { select: { tag: { select: { name: true, slug: true } } } },
  // The newest text edit (a revision is kept at each save that changes the text).
  revisions: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
} satisfies Prisma.ArticleSelect;

/** Saves within this long of publishing are the publishing itself, not an update worth announcing. */
const EDIT_GRACE_MS = 5 * 60 * 1000;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;
type FullRow = Prisma.ArticleGetPayload<{ select: typeof fullSelect }>;

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    kicker: row.kicker,
    excerpt: row.excerpt,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    featuredImage: row.featuredImage,
    category: row.category,
    author: row.author,
  };
}

export function toFull(row: FullRow): ArticleFull {
  return {
    ...toSummary(row),
    // Sanitized on the way out too: stored HTML may predate today's rules (imports).
    body: sanitizeBody(row.body),
    updatedAt: row.updatedAt.toISOString(),
    editedAt: editedAfterPublishing(row),
    imageCaption: row.imageCaption,
    commentsOpen: row.commentsOpen,
    tags: row.tags.map((t) => t.tag),
  };
}

/** When the text was last changed after the article went out, or null (the article's `آخر تحديث`). */
function editedAfterPublishing(row: FullRow): string | null {
  const edited = row.revisions[0]?.createdAt;
  const published = row.publishedAt ?? row.createdAt;
  return edited && edited.getTime() > published.getTime() + EDIT_GRACE_MS ? edited.toISOString() : null;
}
