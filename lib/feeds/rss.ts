import { Feed } from "feed";
import { articleDescription } from "@/lib/articles/metadata";
import { ar } from "@/lib/i18n/ar";
import { absoluteUrl, siteUrl } from "@/lib/site/config";
import { paths } from "@/lib/site/paths";
import type { FeedEntry } from "./queries";

/** RSS 2.0 built by the `feed` library; nothing but published article fields goes in. */
export function renderRss(options: { title: string | null; selfPath: string; entries: FeedEntry[] }): Response {
  const feed = new Feed({
    title: options.title ? `${ar.siteName} — ${options.title}` : ar.siteName,
    description: ar.siteTagline,
    id: siteUrl(),
    link: siteUrl(),
    language: "ar",
    feedLinks: { rss: absoluteUrl(options.selfPath) },
    updated: options.entries[0] ? new Date(options.entries[0].updatedAt) : undefined,
    generator: ar.siteName,
    copyright: ar.footer(new Date().getFullYear()),
  });
  for (const e of options.entries) {
    const link = absoluteUrl(paths.article(e.slug));
    feed.addItem({
      title: e.headline,
      id: link,
      guid: link,
      link,
      date: new Date(e.publishedAt),
      description: articleDescription({ excerpt: e.excerpt, body: e.body }),
      author: [{ name: e.author }],
      category: [{ name: e.category }],
      // <enclosure url length type>: the picture feed readers show beside the item.
      ...(e.image ? { image: { ...e.image, url: new URL(e.image.url, siteUrl()).toString() } } : {}),
    });
  }
  return new Response(feed.rss2(), {
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
  });
}
