// The full-text index of published articles: an SQLite FTS5 table holding the
// folded text (lib/search/normalize.ts) of each published article, keyed by
// the article id (rowid). Created at run time, not in a migration (see
// tables.ts), and kept in step with the articles by the save paths, which
// call indexArticle() after every change.
//
// No "server-only" guard: the benchmark script (scripts/bench/search.ts)
// drives this module from plain Node, as the seed does with lib/db.
import { publishedArticle } from "@/lib/articles/access";
import { db } from "@/lib/db/client";
import { htmlToText } from "./html-text";
import { indexText } from "./normalize";
import { SEARCH_TABLE } from "./tables";

const T = SEARCH_TABLE;

// Contentless (content=''): the folded text is only needed to build the
// index, never read back (snippets come from the articles themselves), so it
// is not stored twice. contentless_delete lets rows be deleted and replaced.
// remove_diacritics 0: folding is done by normalize.ts alone, identically for
// the index and the query.
const CREATE = `CREATE VIRTUAL TABLE IF NOT EXISTS ${T} USING fts5(
  headline, kicker, excerpt, body,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
)`;

const docSelect = { id: true, headline: true, kicker: true, excerpt: true, body: true } as const;
type DocRow = { id: number; headline: string; kicker: string | null; excerpt: string | null; body: string };

const BATCH = 500; // articles per INSERT while rebuilding (5 bound values each, far below SQLite's limit)

function values(a: DocRow): (string | number)[] {
  return [a.id, indexText(a.headline), indexText(a.kicker), indexText(a.excerpt), indexText(htmlToText(a.body))];
}

async function writeDocs(rows: DocRow[]) {
  if (rows.length === 0) return;
  const sql = `INSERT INTO ${T}(rowid, headline, kicker, excerpt, body) VALUES ${rows.map(() => "(?, ?, ?, ?, ?)").join(", ")}`;
  await db.$executeRawUnsafe(sql, ...rows.flatMap(values));
}

// Once per process (Next may load this module in several bundles: keep it global).
const state = globalThis as unknown as { sahifaSearchReady?: Promise<void> };

/**
 * Creates the index if missing and fills it when it does not hold exactly the
 * published articles (a new or freshly seeded database, articles written by
 * another tool). Runs once per process, before the first search or update.
 */
export function ensureSearchIndex(): Promise<void> {
  state.sahifaSearchReady ??= prepare().catch((error) => {
    state.sahifaSearchReady = undefined; // try again on the next call
    throw error;
  });
  return state.sahifaSearchReady;
}

async function prepare() {
  await db.$executeRawUnsafe(CREATE);
  // Same ids on both sides? Count and sum of ids tell, without reading any text.
  const fingerprint = async (sql: string) => {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint; s: number | bigint | null }[]>(sql);
    return `${row?.n ?? 0}:${row?.s ?? 0}`;
  };
  const [indexed, published] = await Promise.all([
    fingerprint(`SELECT count(*) AS n, sum(rowid) AS s FROM ${T}`),
    fingerprint(`SELECT count(*) AS n, sum(id) AS s FROM Article WHERE status = 'PUBLISHED'`),
  ]);
  if (indexed !== published) await fill();
}

/** Empties the index and indexes every published article again. Returns how many. */
async function fill(): Promise<number> {
  await db.$executeRawUnsafe(`INSERT INTO ${T}(${T}) VALUES ('delete-all')`);
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await db.article.findMany({ where: { ...publishedArticle, id: { gt: after } }, orderBy: { id: "asc" }, take: BATCH, select: docSelect });
    if (rows.length === 0) break;
    await writeDocs(rows);
    count += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  return count;
}

/** Rebuilds the whole index (imports, the benchmark). */
export async function rebuildSearchIndex(): Promise<number> {
  await db.$executeRawUnsafe(CREATE);
  const count = await fill();
  state.sahifaSearchReady = Promise.resolve();
  return count;
}

/**
 * Brings one article's entry up to date after it changed: its current text
 * if it is published, no entry otherwise (draft, scheduled, trashed, gone).
 * Never throws: the article is saved whatever happens here; on failure the
 * next search checks the index against the articles again.
 */
export async function indexArticle(id: number): Promise<void> {
  try {
    await ensureSearchIndex();
    const row = await db.article.findFirst({ where: { id, ...publishedArticle }, select: docSelect });
    await db.$transaction([
      db.$executeRawUnsafe(`DELETE FROM ${T} WHERE rowid = ?`, id),
      ...(row ? [db.$executeRawUnsafe(`INSERT INTO ${T}(rowid, headline, kicker, excerpt, body) VALUES (?, ?, ?, ?, ?)`, ...values(row))] : []),
    ]);
  } catch (error) {
    console.error(`search: could not index article ${id}`, error);
    state.sahifaSearchReady = undefined;
  }
}

/** Drops an article from the index (a hard delete). */
export async function removeFromIndex(id: number): Promise<void> {
  try {
    await ensureSearchIndex();
    await db.$executeRawUnsafe(`DELETE FROM ${T} WHERE rowid = ?`, id);
  } catch (error) {
    console.error(`search: could not remove article ${id}`, error);
    state.sahifaSearchReady = undefined;
  }
}

/** Indexes published articles that have no entry yet (scheduled articles that just went live). */
export async function indexNewlyPublished(): Promise<void> {
  try {
    await ensureSearchIndex();
    const missing = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
      `SELECT a.id AS id FROM Article a WHERE a.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM ${T} WHERE rowid = a.id)`,
    );
    for (const { id } of missing) await indexArticle(Number(id));
  } catch (error) {
    console.error("search: could not index newly published articles", error);
    state.sahifaSearchReady = undefined;
  }
}
