// Public search over published articles. No cache: results follow publishing
// at once, and a search costs milliseconds (see scripts/bench/search.ts).
import { publishedArticle } from "@/lib/articles/access";
import { PAGE_SIZE, pageCount } from "@/lib/articles/pagination";
import { summarySelect, toSummary } from "@/lib/articles/select";
import type { LinkRef } from "@/lib/articles/types";
import { db } from "@/lib/db/client";
import { type Segment, markWords, snippet } from "./highlight";
import { htmlToText } from "./html-text";
import { ensureSearchIndex } from "./index";
import { type ParsedQuery, headlineExpression, matchExpression, matchedForms } from "./query";
import { SEARCH_TABLE } from "./tables";

const T = SEARCH_TABLE;

export type SearchHit = {
  id: number;
  slug: string;
  headline: Segment[];
  kicker: Segment[] | null;
  snippet: Segment[];
  publishedAt: string;
  category: LinkRef;
  author: LinkRef;
};

export type SearchResults = { total: number; page: number; totalPages: number; hits: SearchHit[] };

// The index holds published articles only (indexArticle drops anything else),
// so ranking and counting read the index alone: joining Article to re-check
// the status costs a row lookup per match (≈ 30× slower for a common word, see
// scripts/bench/search.ts). The public rule is still applied, by Prisma, to
// the articles actually shown.
//
// Ranking: articles whose headline holds every query word come first; within
// each group, BM25 with the headline weighing most, then kicker, excerpt and
// body; the newer article (higher id) first on ties. (Weights alone cannot promise headline-first: a
// body repeating a word many times would outscore a one-word headline.)
const RANKED = `
  SELECT rowid AS id FROM ${T} WHERE ${T} MATCH ?
  ORDER BY (rowid IN (SELECT rowid FROM ${T} WHERE ${T} MATCH ?)) DESC, bm25(${T}, 10.0, 4.0, 2.0, 1.0), rowid DESC
  LIMIT ? OFFSET ?`;

const COUNT = `SELECT count(*) AS n FROM ${T} WHERE ${T} MATCH ?`;

/**
 * One page of results for a parsed query. Null when the page is past the end
 * (the caller answers 404); page 1 of nothing is an empty result, not null.
 */
export async function searchArticles(query: ParsedQuery, page: number): Promise<SearchResults | null> {
  const match = matchExpression(query.terms);
  const inHeadline = headlineExpression(query.terms);
  if (!match || !inHeadline) return page === 1 ? { total: 0, page, totalPages: 1, hits: [] } : null;
  await ensureSearchIndex();

  const [countRow] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(COUNT, match);
  const total = Number(countRow?.n ?? 0);
  const totalPages = pageCount(total);
  if (page > totalPages) return null;
  const ranked = await db.$queryRawUnsafe<{ id: number | bigint }[]>(RANKED, match, inHeadline, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const ids = ranked.map((r) => Number(r.id));

  const rows = await db.article.findMany({ where: { id: { in: ids }, ...publishedArticle }, select: { ...summarySelect, body: true } });
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
      },
    ];
  });
  return { total, page, totalPages, hits };
}
