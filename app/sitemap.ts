import type { MetadataRoute } from "next";
import { getSitemapEntries } from "@/lib/feeds/sitemap-queries";
import { absoluteUrl } from "@/lib/site/config";
import { paths } from "@/lib/site/paths";

export const revalidate = 3600;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const e = await getSitemapEntries();
  const newest = e.articles[0]?.updatedAt;
  return [
    { url: absoluteUrl("/"), lastModified: newest, changeFrequency: "hourly", priority: 1 },
    ...e.categories.map((s) => ({ url: absoluteUrl(paths.category(s)), lastModified: newest })),
    ...e.authors.map((s) => ({ url: absoluteUrl(paths.author(s)) })),
    ...e.tags.map((s) => ({ url: absoluteUrl(paths.tag(s)) })),
    ...e.articles.map((a) => ({ url: absoluteUrl(paths.article(a.slug)), lastModified: a.updatedAt })),
  ];
}
