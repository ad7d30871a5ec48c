import type { Metadata } from "next";
import type { BreadcrumbList, NewsArticle, WithContext } from "schema-dts";
import { ar } from "@/lib/i18n/ar";
import { absoluteUrl, siteUrl } from "@/lib/site/config";
import { paths } from "@/lib/site/paths";
import type { ArticleFull } from "./types";

const plain = (html: string, max = 200) => {
  const text = html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

export function articleDescription(article: Pick<ArticleFull, "excerpt" | "body">): string {
  return article.excerpt ?? plain(article.body);
}

export function articleMetadata(article: ArticleFull): Metadata {
  const url = paths.article(article.slug);
  // The newsroom's own words for search engines and social cards, when it wrote them.
  const title = article.seoTitle || article.headline;
  const description = article.seoDescription || articleDescription(article);
  const image = article.image;
  const images = image
    ? [{ url: new URL(image.url, siteUrl()).toString(), width: image.width, height: image.height, alt: image.alt }]
    : undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title,
      description,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: [absoluteUrl(paths.author(article.author.slug))],
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
      images,
    },
    twitter: { card: images ? "summary_large_image" : "summary", title, description, images },
  };
}

export function articleJsonLd(article: ArticleFull): WithContext<NewsArticle> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description: articleDescription(article),
    inLanguage: "ar",
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    mainEntityOfPage: absoluteUrl(paths.article(article.slug)),
    articleSection: article.category.name,
    keywords: article.tags.map((t) => t.name).join(", ") || undefined,
    image: article.image ? [new URL(article.image.url, siteUrl()).toString()] : undefined,
    author: [{ "@type": "Person", name: article.author.name, url: absoluteUrl(paths.author(article.author.slug)) }],
    publisher: { "@type": "NewsMediaOrganization", name: ar.siteName, url: siteUrl() },
  };
}

/** Metadata of a listing page; page 1's canonical has no `?page`. */
export function listingMetadata(
  title: string,
  description: string,
  href: (page: number) => string,
  page: number,
): Metadata {
  const canonical = href(page);
  const fullTitle = page > 1 ? `${title} — ${ar.pageN(page)}` : title;
  return {
    title: fullTitle,
    description,
    alternates: { canonical },
    openGraph: { type: "website", url: canonical, title: fullTitle, description },
    twitter: { card: "summary", title: fullTitle, description },
  };
}

/** Home › listing (› page N) for search engines' breadcrumb display. */
export function breadcrumbJsonLd(title: string, href: string, page: number): WithContext<BreadcrumbList> {
  const items = [
    { name: ar.home, url: absoluteUrl("/") },
    { name: title, url: absoluteUrl(href) },
    ...(page > 1 ? [{ name: ar.pageN(page), url: absoluteUrl(`${href}?page=${page}`) }] : []),
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}
