import { articleDescription } from "@/lib/articles/metadata";
import { ar } from "@/lib/i18n/ar";
import { absoluteUrl, siteUrl } from "@/lib/site/config";
import { paths } from "@/lib/site/paths";
import type { FeedEntry } from "./queries";
import { xmlResponse } from "./xml";

type RssOptions = { title: string | null; selfPath: string; entries: FeedEntry[] };

/**
 * The RSS 2.0 document, as a tree for lib/feeds/xml.ts: every text escaped,
 * none in CDATA, so whatever staff type stays text. Nothing but published
 * article fields goes in.
 */
export function rssDocument(options: RssOptions, now = new Date()) {
  const newest = options.entries[0];
  return {
    rss: {
      "@_version": "2.0",
      "@_xmlns:atom": "http://www.w3.org/2005/Atom",
      channel: {
        title: options.title ? `${ar.siteName} — ${options.title}` : ar.siteName,
        link: `${siteUrl()}/`,
        description: ar.siteTagline,
        lastBuildDate: (newest ? new Date(newest.updatedAt) : now).toUTCString(),
        docs: "https://validator.w3.org/feed/docs/rss2.html",
        generator: ar.siteName,
        language: "ar",
        copyright: ar.footer(now.getFullYear()),
        "atom:link": { "@_href": absoluteUrl(options.selfPath), "@_rel": "self", "@_type": "application/rss+xml" },
        item: options.entries.map((e) => {
          const link = absoluteUrl(paths.article(e.slug));
          return {
            title: e.headline,
            link,
            guid: { "@_isPermaLink": "false", "#text": link },
            pubDate: new Date(e.publishedAt).toUTCString(),
            description: articleDescription({ excerpt: e.excerpt, body: e.body }),
            author: e.author,
            category: e.category,
          };
        }),
      },
    },
  };
}

export function renderRss(options: RssOptions): Response {
  return xmlResponse(rssDocument(options), "application/rss+xml");
}
