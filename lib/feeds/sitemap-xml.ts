import { ar } from "@/lib/i18n/ar";
import { absoluteUrl } from "@/lib/site/config";
import { paths } from "@/lib/site/paths";

export { xmlResponse } from "./xml";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

type Url = { loc: string; lastmod?: string };

export function urlset(urls: Url[]) {
  return { urlset: { "@_xmlns": SITEMAP_NS, url: urls } };
}

export function sitemapIndex(locs: string[]) {
  return { sitemapindex: { "@_xmlns": SITEMAP_NS, sitemap: locs.map((loc) => ({ loc })) } };
}

export const articleUrls = (articles: { slug: string; updatedAt: string }[]): Url[] =>
  articles.map((a) => ({ loc: absoluteUrl(paths.article(a.slug)), lastmod: a.updatedAt }));

export function listingUrls(l: { categories: string[]; authors: string[]; tags: string[] }, newest?: string): Url[] {
  return [
    { loc: absoluteUrl("/"), lastmod: newest },
    ...l.categories.map((s) => ({ loc: absoluteUrl(paths.category(s)), lastmod: newest })),
    ...l.authors.map((s) => ({ loc: absoluteUrl(paths.author(s)) })),
    ...l.tags.map((s) => ({ loc: absoluteUrl(paths.tag(s)) })),
  ];
}

/** Google News sitemap entries (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap). */
export function newsUrlset(articles: { slug: string; headline: string; publishedAt: string }[]) {
  return {
    urlset: {
      "@_xmlns": SITEMAP_NS,
      "@_xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9",
      url: articles.map((a) => ({
        loc: absoluteUrl(paths.article(a.slug)),
        "news:news": {
          "news:publication": { "news:name": ar.siteName, "news:language": "ar" },
          "news:publication_date": a.publishedAt,
          "news:title": a.headline,
        },
      })),
    },
  };
}
