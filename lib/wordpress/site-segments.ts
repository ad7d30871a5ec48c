// The first path segments of the site's own routes (app/, through route
// groups). An old WordPress `/<slug>/` link is never looked up under these, so
// an imported post named "search" cannot hide /search. site-segments.test.ts
// fails when a new top-level route is missing here.
export const SITE_SEGMENTS: ReadonlySet<string> = new Set([
  "admin",
  "api",
  "articles",
  "author",
  "category",
  "login",
  "media",
  "pages",
  "search",
  "sitemaps",
  "tag",
  // Next's own
  "_next",
  "_not-found",
]);
