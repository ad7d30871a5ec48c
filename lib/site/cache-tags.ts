// Cache tags, named in one place. Every cached public query declares its tags
// beside it; every mutation revalidates the tags of what it changed.
export const tags = {
  /** Anything derived from published articles: pages, listings, feeds, sitemap. */
  articles: "articles",
  /** Categories, tags and authors (navigation, listing headers). */
  taxonomy: "taxonomy",
  /** Approved comments of one article. */
  comments: (articleId: number) => `comments:${articleId}`,
} as const;
