/** The public origin, used for canonical URLs, feeds and the sitemap. */
export function siteUrl(): string {
  const port = process.env.PORT || "3000";
  return (process.env.SITE_URL || `http://localhost:${port}`).replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}
