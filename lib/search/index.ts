// The full-text index of published articles: the folded text
// (lib/search/normalize.ts) of each published article, keyed by the article
// id, in the database's own full-text engine (lib/search/backends/: SQLite
// FTS5 or PostgreSQL tsvector). Created at run time, not in a migration (see
// tables.ts), and kept in step with the articles by the save paths, which
// call indexArticle() after every change.
//
// No "server-only" guard: the benchmark script (scripts/bench/search.ts)
// drives this module from plain Node, as the seed does with lib/db.
import { publishedArticle } from "@/lib/articles/access";
import { db } from "@/lib/db/client";
import { searchBackend } from "./backend";
import { BATCH, type IndexDoc } from "./backends/types";
import { htmlToText } from "./html-text";
import { indexText } from "./normalize";

const docSelect = { id: true, headline: true, kicker: true, excerpt: true, body: true } as const;
type DocRow = { id: number; headline: string; kicker: string | null; excerpt: string | null; body: string };

function toDoc(a: DocRow): IndexDoc {
  return {
    id: a.id,
    headline: indexText(a.headline),
    kicker: indexText(a.kicker),
    excerpt: indexText(a.excerpt),
    body: indexText(htmlToText(a.body)),
  };
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
  const backend = searchBackend();
  await backend.create();
  // Same ids on both sides? Count and sum of ids tell, without reading any text.
  const [indexed, published] = await Promise.all([
    backend.fingerprint(),
    db.article.aggregate({ where: { status: "PUBLISHED" }, _count: { _all: true }, _sum: { id: true } }),
  ]);
  if (indexed !== `${published._count._all}:${published._sum.id ?? 0}`) await fill();
}

/** Empties the index and indexes every published article again. Returns how many. */
async function fill(): Promise<number> {
  const backend = searchBackend();
  await backend.clear();
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await db.article.findMany({
      where: { ...publishedArticle, id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: docSelect,
    });
    if (rows.length === 0) break;
    await backend.write(rows.map(toDoc));
    count += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  return count;
}

/** Rebuilds the whole index (imports, the benchmark). */
export async function rebuildSearchIndex(): Promise<number> {
  await searchBackend().create();
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
    await searchBackend().replace(id, row && toDoc(row));
  } catch (error) {
    console.error(`search: could not index article ${id}`, error);
    state.sahifaSearchReady = undefined;
  }
}

/** Drops an article from the index (a hard delete). */
export async function removeFromIndex(id: number): Promise<void> {
  try {
    await ensureSearchIndex();
    await searchBackend().remove(id);
  } catch (error) {
    console.error(`search: could not remove article ${id}`, error);
    state.sahifaSearchReady = undefined;
  }
}

/** Indexes published articles that have no entry yet (scheduled articles that just went live). */
export async function indexNewlyPublished(): Promise<void> {
  try {
    await ensureSearchIndex();
    for (const id of await searchBackend().missing()) await indexArticle(id);
  } catch (error) {
    console.error("search: could not index newly published articles", error);
    state.sahifaSearchReady = undefined;
  }
}
