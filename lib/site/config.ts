import { config } from "@/lib/config";

/** The public origin, used for canonical URLs, feeds and the sitemap. */
export function siteUrl(): string {
  return config().siteUrl;
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}
