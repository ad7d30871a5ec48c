import {
  SITEMAP_CHUNK,
  countSitemapArticles,
  getSitemapArticles,
  getSitemapListings,
} from "@/lib/feeds/sitemap-queries";
import { articleUrls, listingUrls, sitemapIndex, urlset, xmlResponse } from "@/lib/feeds/sitemap-xml";
import { absoluteUrl } from "@/lib/site/config";

export const revalidate = 3600;

/** Every published article and listing; past 50,000 articles, an index of chunked sitemaps instead. */
export async function GET() {
  const total = await countSitemapArticles();
  if (total > SITEMAP_CHUNK) {
    const chunks = Math.ceil(total / SITEMAP_CHUNK);
    return xmlResponse(
      sitemapIndex(
        Array.from({ length: chunks + 1 }, (_, i) => absoluteUrl(`/sitemaps/${i === 0 ? "listings" : i - 1}.xml`)),
      ),
    );
  }
  const [listings, articles] = await Promise.all([getSitemapListings(), getSitemapArticles(0)]);
  return xmlResponse(urlset([...listingUrls(listings, articles[0]?.updatedAt), ...articleUrls(articles)]));
}
