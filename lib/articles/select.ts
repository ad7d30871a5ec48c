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
  seoTitle: true,
  seoDescription: true,
  tags: { select: { tag: { select: { name: true, slug: true } } } },
} satisfies Prisma.ArticleSelect;

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
    imageCaption: row.imageCaption,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: row.tags.map((t) => t.tag),
  };
}
