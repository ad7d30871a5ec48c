import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { parsePage } from "@/lib/articles/pagination";
import { ar } from "@/lib/i18n/ar";
import { firstValue } from "@/lib/site/boundary";
import { type ParsedQuery, parseQuery } from "./query";
import { type SearchResults, searchArticles } from "./queries";

type Param = string | string[] | undefined;
export type SearchParams = { q?: Param; page?: Param };

/** `/search?q=…&page=N`; page 1 carries no `page`. */
export function searchHref(q: string, page = 1): string {
  const base = `/search?q=${encodeURIComponent(q)}`;
  return page > 1 ? `${base}&page=${page}` : base;
}

export type SearchPageData = { query: ParsedQuery; results: SearchResults | null; page: number };

/**
 * What /search shows, or null for a 404 (a bad `page`, or a page past the
 * end). A query with no searchable words is a page with a message, not an error.
 * Cached per request: metadata and page share one search.
 */
export const loadSearchPage = cache(
  async (q: string | undefined, pageParam: string | undefined): Promise<SearchPageData | null> => {
    const page = parsePage(pageParam);
    if (page === null) return null;
    const query = parseQuery(q);
    if (query.terms.length === 0) return page === 1 ? { query, results: null, page } : null;
    const results = await searchArticles(query, page);
    return results && { query, results, page };
  },
);

export function readSearchParams(params: SearchParams): [string | undefined, string | undefined] {
  return [firstValue(params.q), firstValue(params.page)];
}

export function searchMetadata(data: SearchPageData | null): Metadata {
  const t = ar.searchPage;
  const q = data?.query.text ?? "";
  const page = data?.page ?? 1;
  const title = (q ? t.resultsFor(q) : t.title) + (page > 1 ? ` — ${ar.pageN(page)}` : "");
  const description = q ? t.descriptionFor(q) : t.description;
  const canonical = q ? searchHref(q, page) : "/search";
  return {
    title,
    description,
    alternates: { canonical },
    // Result pages are endless and change by the minute: not for search engines' indexes.
    robots: { index: false, follow: true },
    openGraph: { type: "website", url: canonical, title, description },
    twitter: { card: "summary", title, description },
  };
}
