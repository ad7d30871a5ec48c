import type { ImageRef } from "@/lib/media/sizes";

// Minimal public shapes. Dates are ISO strings: these objects go through
// Next's data cache (JSON) and into client payloads.
export type LinkRef = { name: string; slug: string };

export type ArticleSummary = {
  id: number;
  slug: string;
  headline: string;
  kicker: string | null;
  excerpt: string | null;
  publishedAt: string;
  featuredImage: string | null;
  /** The featured picture with its sizes and alt text; null when the article has none. */
  image: ImageRef | null;
  category: LinkRef;
  author: LinkRef;
};

export type ArticleFull = ArticleSummary & {
  body: string;
  updatedAt: string;
  /** The last change of its text after publishing, if any. */
  editedAt: string | null;
  imageCaption: string | null;
  /** False: the comment form is replaced by a notice and the action refuses. */
  commentsOpen: boolean;
  seoTitle: string | null; // null: the headline
  seoDescription: string | null; // null: the excerpt (or the body's start)
  tags: LinkRef[];
};

export type Listing<T> = {
  owner: T;
  items: ArticleSummary[];
  page: number;
  totalPages: number;
};

export type ListingKind = "category" | "author" | "tag";
