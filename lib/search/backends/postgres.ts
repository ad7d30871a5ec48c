// The search index on PostgreSQL: one tsvector per published article (the 'simple'
// configuration: no stemming, no stop words, only lower-casing, since the text is folded and
// prefix-expanded in JS already), fields weighted A–D, behind a GIN index.
import { db } from "@/lib/db/client";
import { tsqueryExpression } from "../query";
import { SEARCH_TABLE as T } from "../tables";
import { type IndexDoc, type SearchBackend, WEIGHTS, asNumber } from "./types";

const vector = (p: number) =>
  ["A", "B", "C", "D"].map((w, i) => `setweight(to_tsvector('simple', $${p + i + 1}::text), '${w}')`).join(" || ");
const upsert = (n: number) =>
  `INSERT INTO ${T} (id, doc) VALUES ${Array.from({ length: n }, (_, i) => `($${i * 5 + 1}::int, ${vector(i * 5 + 1)})`).join(", ")}
   ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`;
const values = (d: IndexDoc) => [d.id, d.headline, d.kicker, d.excerpt, d.body];

// ts_rank's weights array is {D, C, B, A}, each at most 1: the same proportions as BM25's on SQLite.
const RANK_WEIGHTS = `'{${[WEIGHTS.body, WEIGHTS.excerpt, WEIGHTS.kicker, WEIGHTS.headline].map((w) => w / WEIGHTS.headline).join(",")}}'`;

// Among the newest `window` matches: headline-holds-every-word first (the same query with
// every lexeme restricted to weight A), then relevance, then the newer article.
const RANKED = `
  WITH recent AS MATERIALIZED (
    SELECT id, doc FROM ${T} WHERE doc @@ to_tsquery('simple', $1) ORDER BY id DESC LIMIT $3)
  SELECT id FROM recent, to_tsquery('simple', $1) q, to_tsquery('simple', $2) h
  ORDER BY (doc @@ h) DESC, ts_rank(${RANK_WEIGHTS}, doc, q) DESC, id DESC
  LIMIT $4 OFFSET $5`;

// Two app instances may prepare the index at once: the lock makes CREATE … IF NOT EXISTS safe.
const LOCK = `SELECT pg_advisory_xact_lock(hashtext('${T}'))`;

export const postgresSearch: SearchBackend = {
  async create() {
    await db.$transaction([
      db.$executeRawUnsafe(LOCK),
      db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS ${T} (id integer PRIMARY KEY, doc tsvector NOT NULL)`),
      db.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS ${T}_doc ON ${T} USING gin (doc)`),
    ]);
  },
  async fingerprint() {
    const [row] = await db.$queryRawUnsafe<{ n: bigint | number; s: bigint | number | null }[]>(
      `SELECT count(*) AS n, sum(id)::bigint AS s FROM ${T}`,
    );
    return `${asNumber(row?.n)}:${asNumber(row?.s)}`;
  },
  async clear() {
    await db.$executeRawUnsafe(`DELETE FROM ${T}`);
  },
  // Upserts: two instances filling the index at once must not collide on the key.
  async write(docs) {
    if (docs.length) await db.$executeRawUnsafe(upsert(docs.length), ...docs.flatMap(values));
  },
  async replace(id, doc) {
    if (doc) await db.$executeRawUnsafe(upsert(1), ...values(doc));
    else await this.remove(id);
  },
  async remove(id) {
    await db.$executeRawUnsafe(`DELETE FROM ${T} WHERE id = $1::int`, id);
  },
  async missing() {
    const rows = await db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT a.id FROM "Article" a WHERE a.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM ${T} s WHERE s.id = a.id)`,
    );
    return rows.map((r) => asNumber(r.id));
  },
  async count(terms, cap) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${T} WHERE doc @@ to_tsquery('simple', $1) LIMIT $2) s`,
      tsqueryExpression(terms),
      cap,
    );
    return asNumber(row?.n);
  },
  async rank(terms, window, limit, offset) {
    const rows = await db.$queryRawUnsafe<{ id: number }[]>(
      RANKED,
      tsqueryExpression(terms),
      tsqueryExpression(terms, true),
      window,
      limit,
      offset,
    );
    return rows.map((r) => asNumber(r.id));
  },
};
