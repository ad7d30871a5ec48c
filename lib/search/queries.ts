// Public search over published articles. No cache: results follow publishing
// at once, and a search costs milliseconds (see scripts/bench/search.ts).
import { publishedArticle } from "@/lib/articles/access";
import { PAGE_SIZE, pageCount } from "@/lib/articles/pagination";
import { summarySelect, toSummary } from "@/lib/articles/select";
import type { LinkRef } from "@/lib/articles/types";
import { db } from "@/lib/db/client";
import type { ImageRef } from "@/lib/media/sizes";
import { type Segment, markWords, snippet } from "./highlight";
import { htmlToText } from "./html-text";
import { ensureSearchIndex } from "./index";
import { searchBackend } from "./backend";
import { RANK_WINDOW } from "./backends/types";
import { type ParsedQuery, matchedForms } from "./query";

export type SearchHit = {
  id: number;
  slug: string;
  headline: Segment[];
  kicker: Segment[] | null;
  snippet: Segment[];
  publishedAt: string;
  category: LinkRef;
  author: LinkRef;
  image: ImageRef | null;
};

/** `total`: the results a reader can page through; `more`: further, older matches exist beyond the ranked window. */
export type SearchResults = { total: number; more: boolean; page: number; totalPages: number; hits: SearchHit[] };

// The index holds published articles only (indexArticle drops anything else),
// so ranking and counting read the index alone: joining Article to re-check
// the status costs a row lookup per match (≈ 30× slower for a common word, see
// scripts/bench/search.ts). The public rule is still applied, by Prisma, to
// the articles actually shown. Ranking: see SearchBackend.rank and RANK_WINDOW.

/**
 * One page of results for a parsed query. Null when the page is past the end
 * (the caller answers 404); page 1 of nothing is an empty result, not null.
 */
export async function searchArticles(
  query: ParsedQuery,
  page: number,
  window = RANK_WINDOW,
): Promise<SearchResults | null> {
  if (query.terms.length === 0) return page === 1 ? { total: 0, more: false, page, totalPages: 1, hits: [] } : null;
  await ensureSearchIndex();

  const backend = searchBackend();
  const counted = await backend.count(query.terms, window + 1);
  const total = Math.min(counted, window);
  const totalPages = pageCount(total);
  if (page > totalPages) return null;
  const ids = await backend.rank(query.terms, window, PAGE_SIZE, (page - 1) * PAGE_SIZE);

  const rows = await db.article.findMany({
    where: { id: { in: ids }, ...publishedArticle },
    select: { ...summarySelect, body: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const forms = matchedForms(query.terms);
  const hits = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return []; // not public (any more): never shown
    const summary = toSummary(row);
    return [
      {
        id,
        slug: summary.slug,
        headline: markWords(summary.headline, forms),
        kicker: summary.kicker ? markWords(summary.kicker, forms) : null,
        snippet: snippet([summary.excerpt, htmlToText(row.body)], forms),
        publishedAt: summary.publishedAt,
        category: summary.category,
        author: summary.author,
        image: summary.image,
      },
    ];
  });
  return { total, more: counted > window, page, totalPages, hits };
}
