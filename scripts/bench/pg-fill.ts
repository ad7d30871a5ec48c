// The PostgreSQL benchmark dataset's bulk part: generated articles, tags, comments and the
// search index, written by set-based SQL (INSERT … SELECT) rather than row by row, so a million
// articles take minutes. The text comes from pools drawn once in JS from the benchmark corpus
// (corpus.ts, the words of the SQLite generator in the same frequencies) and folded for the index
// by the site's own functions (lib/search/normalize.ts, html-text.ts); each article picks its
// headline, kicker, excerpt and 3–7 body paragraphs from the pools, and the index row is built
// from the same picks' folded text with the site's tsvector expression (lib/search/backends/
// postgres.ts), so it holds what the site's own indexing would write (pg-fill.pg.test.ts checks
// it against the site's rebuild).
import type { Client } from "pg";
import { htmlToText } from "../../lib/search/html-text";
import { indexText } from "../../lib/search/normalize";
import { SEARCH_TABLE } from "../../lib/search/tables";
import { between, names, pick, random, words } from "./corpus";

export type FillOptions = {
  articles: number;
  comments: number;
  /** Pool sizes; the defaults keep each word's share per article as in the SQLite generator. */
  pools?: Partial<typeof POOLS>;
  log?: (line: string) => void;
};

const POOLS = { paragraphs: 40_000, headlines: 100_000, excerpts: 100_000, kickers: 50_000, comments: 20_000 };
/** Rows per statement: big enough to keep round trips few, small enough to show progress. */
const CHUNK = 100_000;
// Same dates as the SQLite generator: one article every 10 minutes back from here, one comment a minute.
const NEWEST = "2026-11-27 12:00:00";

/** Secondary indexes are dropped while a table is filled and made again after: one sort each, not a million inserts. */
async function withoutIndexes(client: Client, table: string, fill: () => Promise<void>) {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = $1
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [table],
  );
  for (const r of rows) await client.query(`DROP INDEX "${r.name}"`);
  await fill();
  for (const r of rows) await client.query(r.def);
}

/**
 * A pool table (n, text, folded, vec) filled in chunks through arrays (one statement per chunk).
 * `vec` is the folded text's tsvector, made once per pool item: an article's body vector is its
 * paragraphs' vectors concatenated (`||` shifts each one's positions past the previous, which is
 * what to_tsvector of the joined text gives), so a million bodies are not parsed again.
 */
async function pool(client: Client, name: string, items: { text: string; folded: string }[]) {
  await client.query(
    `CREATE TEMP TABLE ${name} (n int PRIMARY KEY, text text NOT NULL, folded text NOT NULL, vec tsvector NOT NULL)`,
  );
  for (let from = 0; from < items.length; from += 5_000) {
    const part = items.slice(from, from + 5_000);
    await client.query(
      `INSERT INTO ${name} SELECT n, text, folded, to_tsvector('simple', folded)
       FROM unnest($1::int[], $2::text[], $3::text[]) u(n, text, folded)`,
      [part.map((_, i) => from + i), part.map((p) => p.text), part.map((p) => p.folded)],
    );
  }
  await client.query(`ANALYZE ${name}`); // autovacuum never looks at temporary tables
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * Fills a migrated, seeded database (the seed's categories and authors are used) with
 * `articles` generated articles (one in twenty a draft), 200 tags, 0–3 tags per article,
 * `comments` comments (90 % approved, gathered on the newest stories) and the search index
 * rows of the generated published articles (the table must exist: the site's
 * searchBackend().create()). Returns how many articles were indexed.
 */
export async function fillPostgres(client: Client, options: FillOptions): Promise<number> {
  const log = options.log ?? (() => {});
  const sizes = { ...POOLS, ...options.pools };
  const ids = async (sql: string) => (await client.query<{ id: number }>(sql)).rows.map((r) => r.id);
  const categories = await ids(`SELECT id FROM "Category" ORDER BY id`);
  const authors = await ids(`SELECT id FROM "Author" ORDER BY id`);
  if (!categories.length || !authors.length) throw new Error("fillPostgres: seed the database first");
  // Fewer writes to wait for: the dataset is rebuilt from scratch if the server dies meanwhile.
  await client.query("SET synchronous_commit = off");
  // Indexes are built after the load, each in one sort: give the sorts memory.
  await client.query("SET maintenance_work_mem = '512MB'");
  await client.query("SET temp_buffers = '256MB'"); // the pools and picks below are temporary tables
  // A superuser can skip the per-row foreign key checks (the ids come from the tables themselves).
  const [role] = (
    await client.query<{ su: boolean }>(`SELECT rolsuper AS su FROM pg_roles WHERE rolname = current_user`)
  ).rows;
  if (role?.su) await client.query("SET session_replication_role = replica");

  let t = performance.now();
  const lap = (what: string) => {
    log(`${what} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
  };

  // Tags first (the rare name the search probe looks for is the first word of bench-tag-150).
  const tags = (
    await client.query<{ id: number }>(
      `INSERT INTO "Tag" (name, slug) SELECT * FROM unnest($1::text[], $2::text[]) RETURNING id`,
      [range(200).map((i) => `${names[i]} ${i}`), range(200).map((i) => `bench-tag-${i}`)],
    )
  ).rows.map((r) => r.id);

  const lines = (n: number, lo: number, hi: number) =>
    range(n).map(() => {
      const text = words(lo, hi);
      return { text, folded: indexText(text) };
    });
  await pool(
    client,
    "bench_para",
    range(sizes.paragraphs).map(() => {
      const html = `<p>${words(35, 70)}.</p>`; // the shape of corpus.ts paragraphs()
      return { text: html, folded: indexText(htmlToText(html)) };
    }),
  );
  await pool(client, "bench_head", lines(sizes.headlines, 6, 12));
  await pool(client, "bench_kick", lines(sizes.kickers, 4, 8));
  await pool(client, "bench_exc", lines(sizes.excerpts, 18, 30));
  await pool(
    client,
    "bench_comment",
    range(sizes.comments).map(() => ({ text: words(8, 40), folded: "" })),
  );
  await pool(
    client,
    "bench_name",
    names.map((text) => ({ text, folded: "" })),
  );
  lap(`text pools (${sizes.paragraphs.toLocaleString("en")} paragraphs) drawn and folded`);

  // Each article's picks, drawn in JS (deterministic, as the SQLite generator).
  await client.query(
    `CREATE TEMP TABLE bench_plan (i int PRIMARY KEY, head int, kick int, exc int, paras int[], author int, category int, tags int[])`,
  );
  for (let from = 0; from < options.articles; from += CHUNK) {
    const n = Math.min(CHUNK, options.articles - from);
    const cols = { head: [] as number[], kick: [] as (number | null)[], exc: [] as number[], paras: [] as string[] };
    const more = { author: [] as number[], category: [] as number[], tags: [] as string[] };
    for (let i = 0; i < n; i++) {
      cols.head.push(Math.floor(random() * sizes.headlines));
      cols.kick.push(random() < 0.4 ? Math.floor(random() * sizes.kickers) : null);
      cols.exc.push(Math.floor(random() * sizes.excerpts));
      cols.paras.push(`{${range(between(3, 7)).map(() => Math.floor(random() * sizes.paragraphs))}}`);
      more.author.push(pick(authors));
      more.category.push(pick(categories));
      more.tags.push(`{${range(between(0, 3)).map(() => pick(tags))}}`);
    }
    await client.query(
      `INSERT INTO bench_plan SELECT g.i, u.head, u.kick, u.exc, u.paras::int[], u.author, u.category, u.tags::int[]
       FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::int[], $7::int[], $8::text[])
         WITH ORDINALITY u(head, kick, exc, paras, author, category, tags, o)
       CROSS JOIN LATERAL (SELECT $1::int + u.o::int - 1 AS i) g`,
      [from, cols.head, cols.kick, cols.exc, cols.paras, more.author, more.category, more.tags],
    );
  }
  await client.query("ANALYZE bench_plan");
  lap("article picks");

  const paras = `FROM unnest(p.paras) WITH ORDINALITY u(n, o) JOIN bench_para pp ON pp.n = u.n`;
  await withoutIndexes(client, "Article", async () => {
    for (let from = 0; from < options.articles; from += CHUNK) {
      await client.query(
        `INSERT INTO "Article" (slug, headline, kicker, excerpt, body, status, "publishedAt", "createdAt", "updatedAt", "authorId", "categoryId")
         SELECT 'bench-' || p.i, h.text, k.text, e.text, (SELECT string_agg(pp.text, E'\\n' ORDER BY u.o) ${paras}),
           (CASE WHEN p.i % 20 = 19 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ArticleStatus", d.at, d.at, d.at, p.author, p.category
         FROM bench_plan p
           JOIN bench_head h ON h.n = p.head
           LEFT JOIN bench_kick k ON k.n = p.kick
           JOIN bench_exc e ON e.n = p.exc
           CROSS JOIN LATERAL (SELECT timestamp '${NEWEST}' - p.i * interval '10 minutes' AS at) d
         WHERE p.i >= $1 AND p.i < $2 ORDER BY p.i`,
        [from, from + CHUNK],
      );
      log(`  articles: ${Math.min(options.articles, from + CHUNK).toLocaleString("en")}`);
    }
  });
  await client.query(`ALTER TABLE bench_plan ADD COLUMN id int`);
  await client.query(`UPDATE bench_plan p SET id = a.id FROM "Article" a WHERE a.slug = 'bench-' || p.i`);
  await client.query("ANALYZE bench_plan");
  await client.query(
    `INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT DISTINCT p.id, t FROM bench_plan p, unnest(p.tags) t
     ON CONFLICT DO NOTHING`,
  );
  lap(`${options.articles.toLocaleString("en")} articles and their tags`);

  // Comments gather on the newest stories (rank drawn as random()², as the SQLite generator).
  await client.query(
    `CREATE TEMP TABLE bench_pub AS
     SELECT (row_number() OVER (ORDER BY "publishedAt" DESC, id DESC) - 1)::int AS rn, id FROM "Article" WHERE status = 'PUBLISHED'`,
  );
  await client.query(`ALTER TABLE bench_pub ADD PRIMARY KEY (rn)`);
  await client.query("ANALYZE bench_pub");
  const published = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM bench_pub`)).rows[0]!.n;
  await client.query(`SELECT setseed(0.42)`);
  await withoutIndexes(client, "Comment", async () => {
    for (let from = 0; from < options.comments; from += CHUNK * 5) {
      const to = Math.min(options.comments, from + CHUNK * 5);
      await client.query(
        `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", "authorIp", content, status, "createdAt", "updatedAt")
         SELECT pub.id, nm.text, 'reader' || x.c || '@example.com', '10.0.' || (x.c % 250) || '.' || (x.c % 200), cm.text,
           (CASE WHEN x.ok THEN 'APPROVED' ELSE 'PENDING' END)::"CommentStatus", x.at, x.at
         FROM (
           SELECT c, floor(random() ^ 2 * $3)::int AS rn, floor(random() * $4)::int AS nm, floor(random() * $5)::int AS cm,
             random() < 0.9 AS ok, timestamp '${NEWEST}' - c * interval '1 minute' AS at
           FROM generate_series($1::int, $2::int - 1) c
           OFFSET 0 -- evaluated once per row, before the joins
         ) x
         JOIN bench_pub pub ON pub.rn = x.rn
         JOIN bench_name nm ON nm.n = x.nm
         JOIN bench_comment cm ON cm.n = x.cm`,
        [from, to, published, names.length, sizes.comments],
      );
      log(`  comments: ${to.toLocaleString("en")}`);
    }
  });
  lap(`${options.comments.toLocaleString("en")} comments`);

  // The index rows: the site's expression (headline A, kicker B, excerpt C, body D) over the folded
  // picks, from the pools' vectors: tsvector_concat folded over the paragraphs in their order.
  await client.query(
    `CREATE AGGREGATE pg_temp.bench_concat(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')`,
  );
  let indexed = 0;
  await withoutIndexes(client, SEARCH_TABLE, async () => {
    for (let from = 0; from < options.articles; from += CHUNK) {
      const r = await client.query(
        `INSERT INTO ${SEARCH_TABLE} (id, doc)
         SELECT p.id, setweight(h.vec, 'A') || setweight(coalesce(k.vec, ''), 'B') || setweight(e.vec, 'C')
           || setweight((SELECT pg_temp.bench_concat(pp.vec ORDER BY u.o) ${paras}), 'D')
         FROM bench_plan p
           JOIN "Article" a ON a.id = p.id
           JOIN bench_head h ON h.n = p.head
           LEFT JOIN bench_kick k ON k.n = p.kick
           JOIN bench_exc e ON e.n = p.exc
         WHERE a.status = 'PUBLISHED' AND p.i >= $1 AND p.i < $2`,
        [from, from + CHUNK],
      );
      indexed += r.rowCount ?? 0;
      log(`  search index: ${Math.min(options.articles, from + CHUNK).toLocaleString("en")}`);
    }
  });
  lap(`search index (${indexed.toLocaleString("en")} articles)`);
  await client.query(
    "DROP TABLE bench_plan, bench_pub, bench_para, bench_head, bench_kick, bench_exc, bench_comment, bench_name",
  );
  await client.query("RESET session_replication_role");
  return indexed;
}
