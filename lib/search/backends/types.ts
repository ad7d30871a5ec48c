// What lib/search/index.ts and queries.ts need from the database's full-text engine.
// Two small implementations: SQLite FTS5 (sqlite.ts) and PostgreSQL tsvector + GIN (postgres.ts).
// Both receive text already folded by lib/search/normalize.ts (Arabic folding and prefix
// expansion stay in JS, identical for both), and store published articles only.

/** One article's folded text, per field (indexText of headline, kicker, excerpt, body). */
export type IndexDoc = { id: number; headline: string; kicker: string; excerpt: string; body: string };

export interface SearchBackend {
  /** Creates the index table if missing (idempotent, safe with several app instances). */
  create(): Promise<void>;
  /** "count:sum of ids" of the index, compared with the published articles to spot a stale index. */
  fingerprint(): Promise<string>;
  /** Removes every entry. */
  clear(): Promise<void>;
  /** Adds or replaces entries. */
  write(docs: IndexDoc[]): Promise<void>;
  /** Replaces one article's entry (null: removes it) atomically. */
  replace(id: number, doc: IndexDoc | null): Promise<void>;
  remove(id: number): Promise<void>;
  /** Published articles (status) that have no entry. */
  missing(): Promise<number[]>;
  /** How many entries hold every term (a term matches through any of its forms), counting no further than `cap`. */
  count(terms: string[][], cap: number): Promise<number>;
  /**
   * Ids of one page of the newest `window` matches, ranked: headline-holds-every-term first,
   * then by weighted relevance, newer first on ties.
   */
  rank(terms: string[][], window: number, limit: number, offset: number): Promise<number[]>;
}

/** Field weights (headline weighs most): BM25 weights on SQLite, ts_rank weights on PostgreSQL. */
export const WEIGHTS = { headline: 10, kicker: 4, excerpt: 2, body: 1 } as const;

/**
 * How many of the newest matches a search ranks. Ranking every match would make a
 * common word cost in proportion to the archive (BM25 on 82,000 matches took 51 ms
 * at 100,000 articles, 5 ms at 10,000); the newest thousand are read from the index
 * in rowid order and stop there, so a search costs the same whatever the archive's
 * size. For a news site, the thousand newest matches are the ones readers look for.
 */
export const RANK_WINDOW = 1000;

/** Articles per INSERT while rebuilding. */
export const BATCH = 500;

export const asNumber = (v: number | bigint | string | null | undefined) => Number(v ?? 0);
