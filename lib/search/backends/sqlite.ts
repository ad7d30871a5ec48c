// The search index on SQLite: a contentless FTS5 table keyed by the article id (rowid).
import { db } from "@/lib/db/client";
import { headlineExpression, matchExpression } from "../query";
import { SEARCH_TABLE as T } from "../tables";
import { type IndexDoc, type SearchBackend, WEIGHTS, asNumber } from "./types";

// Contentless (content=''): the folded text is only needed to build the
// index, never read back (snippets come from the articles themselves), so it
// is not stored twice. contentless_delete lets rows be deleted and replaced.
// remove_diacritics 0: folding is done by normalize.ts alone, identically for
// the index and the query.
const CREATE = `CREATE VIRTUAL TABLE IF NOT EXISTS ${T} USING fts5(
  headline, kicker, excerpt, body,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
)`;

const values = (d: IndexDoc) => [d.id, d.headline, d.kicker, d.excerpt, d.body];
const insert = (n: number) =>
  `INSERT INTO ${T}(rowid, headline, kicker, excerpt, body) VALUES ${Array(n).fill("(?, ?, ?, ?, ?)").join(", ")}`;

// Ranking, among the newest `window` matches (FTS5 walks the index in rowid
// order and stops there): articles whose headline holds every query word come
// first; within each group, BM25 with the field weights; the newer article
// (higher id) first on ties. (Weights alone cannot promise headline-first: a
// body repeating a word many times would outscore a one-word headline.) Every
// headline match inside the window is among the newest `window` headline
// matches, since each headline match is a match.
const RANKED = `
  WITH recent AS MATERIALIZED (
    SELECT rowid AS id, bm25(${T}, ${WEIGHTS.headline}.0, ${WEIGHTS.kicker}.0, ${WEIGHTS.excerpt}.0, ${WEIGHTS.body}.0) AS score
    FROM ${T} WHERE ${T} MATCH ? ORDER BY rowid DESC LIMIT ?),
  headline AS MATERIALIZED (SELECT rowid AS id FROM ${T} WHERE ${T} MATCH ? ORDER BY rowid DESC LIMIT ?)
  SELECT id FROM recent ORDER BY (id IN headline) DESC, score, id DESC
  LIMIT ? OFFSET ?`;

export const sqliteSearch: SearchBackend = {
  async create() {
    await db.$executeRawUnsafe(CREATE);
  },
  async fingerprint() {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint; s: number | bigint | null }[]>(
      `SELECT count(*) AS n, sum(rowid) AS s FROM ${T}`,
    );
    return `${asNumber(row?.n)}:${asNumber(row?.s)}`;
  },
  async clear() {
    await db.$executeRawUnsafe(`INSERT INTO ${T}(${T}) VALUES ('delete-all')`);
  },
  async write(docs) {
    if (docs.length) await db.$executeRawUnsafe(insert(docs.length), ...docs.flatMap(values));
  },
  async replace(id, doc) {
    await db.$transaction([
      db.$executeRawUnsafe(`DELETE FROM ${T} WHERE rowid = ?`, id),
      ...(doc ? [db.$executeRawUnsafe(insert(1), ...values(doc))] : []),
    ]);
  },
  async remove(id) {
    await db.$executeRawUnsafe(`DELETE FROM ${T} WHERE rowid = ?`, id);
  },
  async missing() {
    const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
      `SELECT a.id AS id FROM Article a WHERE a.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM ${T} WHERE rowid = a.id)`,
    );
    return rows.map((r) => asNumber(r.id));
  },
  async count(terms, cap) {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${T} WHERE ${T} MATCH ? LIMIT ?)`,
      matchExpression(terms),
      cap,
    );
    return asNumber(row?.n);
  },
  async rank(terms, window, limit, offset) {
    const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
      RANKED,
      matchExpression(terms),
      window,
      headlineExpression(terms),
      window,
      limit,
      offset,
    );
    return rows.map((r) => asNumber(r.id));
  },
};
