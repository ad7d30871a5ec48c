import {
  SITEMAP_CHUNK,
  countSitemapArticles,
  getSitemapArticles,
  getSitemapListings,
} from "@/lib/feeds/sitemap-queries";
import { articleUrls, listingUrls, urlset, xmlResponse } from "@/lib/feeds/sitemap-xml";

export const revalidate = 3600;
export const generateStaticParams = async () => [];

/** `/sitemaps/listings.xml` and `/sitemaps/<n>.xml`, listed by /sitemap.xml once the archive passes 50,000 articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ chunk: string }> }) {
  const { chunk } = await params;
  if (chunk === "listings.xml") return xmlResponse(urlset(listingUrls(await getSitemapListings())));
  const n = /^(0|[1-9]\d{0,5})\.xml$/.exec(chunk)?.[1];
  if (n === undefined || Number(n) * SITEMAP_CHUNK >= Math.max(1, await countSitemapArticles())) {
    return new Response("غير موجود", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return xmlResponse(urlset(articleUrls(await getSitemapArticles(Number(n)))));
}
