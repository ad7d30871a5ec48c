// Cache tags, named in one place. Every cached public query declares its tags
// beside it; every mutation revalidates the tags of what it changed.
export const tags = {
  /** Anything derived from published articles: pages, listings, feeds, sitemap. */
  articles: "articles",
  /** Categories, tags and authors (navigation, listing headers). */
  taxonomy: "taxonomy",
  /** The breaking-news strip on every public page (also expired when a strip's end time passes). */
  breaking: "breaking",
  /** The most-read lists (refreshed by time: views arrive continuously). */
  views: "views",
  /** The paper's own pages (footer links, /<slug>). */
  pages: "pages",
  /** Approved comments of one article. */
  comments: (articleId: number) => `comments:${articleId}`,
} as const;
