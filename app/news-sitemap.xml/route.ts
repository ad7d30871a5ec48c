import { getNewsSitemapArticles } from "@/lib/feeds/sitemap-queries";
import { newsUrlset, xmlResponse } from "@/lib/feeds/sitemap-xml";

export const revalidate = 300;

/** Google News sitemap: articles of the last 48 hours. */
export async function GET() {
  // Rounded to the hour so the cached result is reused, not keyed per request.
  const since = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 48 * 3_600_000);
  return xmlResponse(newsUrlset(await getNewsSitemapArticles(since.toISOString())));
}
