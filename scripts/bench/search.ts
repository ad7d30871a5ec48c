// Search benchmark: `npm run bench:search`.
//
// Builds a separate SQLite database (BENCH_DB, default data/bench-search.db;
// never the site's database) with BENCH_ARTICLES generated Arabic articles
// (default 100,000), builds the search index with the site's own code, then
// times the site's own search (count + ranked page + articles + snippets) for a
// fixed set of queries and prints median and p95.
//
// Articles are made of words from scripts/bench/corpus.ts.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { names, paragraphs as body, pick, random, words } from "./corpus";

const ARTICLES = Number(process.env.BENCH_ARTICLES || 100_000);
const FILE = path.resolve(process.env.BENCH_DB || "data/bench-search.db");
const ROUNDS = Number(process.env.BENCH_ROUNDS || 15);
const DATABASE_URL = `file:${FILE}`;

if (
  FILE === path.resolve("data/sahifa.db") ||
  FILE === path.resolve(process.env.DATABASE_URL?.replace(/^file:/, "") ?? "\0")
) {
  throw new Error(`refusing to use ${FILE}: the benchmark needs its own database`);
}

// ---- build the database ------------------------------------------------------------------------
function build() {
  mkdirSync(path.dirname(FILE), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${FILE}${suffix}`, { force: true });
  execFileSync("npx", ["tsx", "scripts/db/migrate.ts", "deploy"], {
    env: { ...process.env, DATABASE_URL },
    stdio: "ignore",
  });

  const sqlite = new Database(FILE);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  const now = new Date().toISOString();
  const categories = ["وطنية", "دولية", "اقتصاد", "رياضة", "ثقافة", "مجتمع"].map((name, i) =>
    Number(
      sqlite.prepare("INSERT INTO Category (name, slug, position) VALUES (?, ?, ?)").run(name, name, i).lastInsertRowid,
    ),
  );
  const authors = Array.from({ length: 20 }, (_, i) =>
    Number(
      sqlite.prepare("INSERT INTO Author (name, slug, createdAt) VALUES (?, ?, ?)").run(`كاتب ${i}`, `author-${i}`, now)
        .lastInsertRowid,
    ),
  );
  const insert = sqlite.prepare(
    `INSERT INTO Article (slug, headline, kicker, excerpt, body, status, publishedAt, createdAt, updatedAt, authorId, categoryId)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.UTC(2026, 0, 1);
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const paragraphs = body();
      const date = new Date(start - i * 600_000).toISOString();
      // One in ten is a draft, so the public rule is exercised.
      insert.run(
        `bench-${i}`,
        words(6, 12),
        random() < 0.4 ? words(4, 8) : null,
        words(18, 30),
        paragraphs,
        i % 10 === 9 ? "DRAFT" : "PUBLISHED",
        date,
        date,
        date,
        pick(authors),
        pick(categories),
      );
    }
  });
  for (let i = 0; i < ARTICLES; i += 5_000) {
    batch(i, Math.min(ARTICLES, i + 5_000));
    process.stdout.write(`\r  articles: ${Math.min(ARTICLES, i + 5_000)} / ${ARTICLES}`);
  }
  process.stdout.write("\n");
  sqlite.close();
}

// ---- measure ----------------------------------------------------------------------------------
const ms = (t: number) => `${t.toFixed(1)} ms`;
function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const loadAtStart = os.loadavg()[0]!.toFixed(2);

async function main() {
  console.log(`search benchmark: ${ARTICLES.toLocaleString("en")} articles in ${path.relative(process.cwd(), FILE)}`);
  let t = performance.now();
  build();
  console.log(`  generated and stored in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  process.env.DATABASE_URL = DATABASE_URL; // before the site's modules open their client
  const { db } = await import("../../lib/db/client");
  const index = await import("../../lib/search/index");
  const { searchArticles } = await import("../../lib/search/queries");
  const { parseQuery } = await import("../../lib/search/query");

  t = performance.now();
  const indexed = await index.rebuildSearchIndex();
  const buildSeconds = (performance.now() - t) / 1000;
  await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  console.log(
    `  index built: ${indexed.toLocaleString("en")} published articles in ${buildSeconds.toFixed(1)} s; database ${(statSync(FILE).size / 2 ** 20).toFixed(0)} MB`,
  );

  // First use in a new process: the index is checked against the articles (no rebuild needed).
  (globalThis as { sahifaSearchReady?: unknown }).sahifaSearchReady = undefined;
  t = performance.now();
  await index.ensureSearchIndex();
  const checkMs = performance.now() - t;

  const rare = names[Math.floor(0.9 * names.length)]!;
  const queries: [label: string, q: string, page?: number][] = [
    ["very common word", "الأمن"],
    ["common word, bare", "أمن"],
    ["two common words", "الولايات المتحدة"],
    ["three words", "وزارة الخارجية الأمريكية"],
    ["hamza/ta marbuta variant", "الامريكيه"],
    ["with tashkeel", "الْمُوَاطِنِينَ"],
    ["with prefix ل + ال", "للمواطنين"],
    ["name", "حموشي"],
    ["name + word", "بومبيو الإرهاب"],
    ["rare word", rare],
    ["number", "2018"],
    ["no match", "كلمةغيرموجودة"],
    ["FTS syntax", 'NEAR("أمن" a*) OR -x:^y'],
    ["5,000 characters", "أمن ".repeat(1250)],
    ["common word, page 20", "المغرب", 20],
  ];

  const all: number[] = [];
  const rows: string[][] = [];
  for (const [label, q, page = 1] of queries) {
    const parsed = parseQuery(q);
    const first = await searchArticles(parsed, page); // warm-up, and the result count
    const times: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const s = performance.now();
      await searchArticles(parsed, page);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push([
      label,
      `${(first?.total ?? 0).toLocaleString("en")}${first?.more ? "+" : ""}`,
      ms(percentile(times, 50)),
      ms(percentile(times, 95)),
    ]);
  }
  all.sort((a, b) => a - b);

  // Keeping the index in step: one article re-indexed after a save.
  const ids = (await db.article.findMany({ where: { status: "PUBLISHED" }, select: { id: true }, take: 50 })).map(
    (a) => a.id,
  );
  const updates: number[] = [];
  for (const id of ids) {
    const s = performance.now();
    await index.indexArticle(id);
    updates.push(performance.now() - s);
  }
  updates.sort((a, b) => a - b);
  t = performance.now();
  await index.indexNewlyPublished();
  const catchUpMs = performance.now() - t;
  await db.$disconnect();

  const sqliteVersion = (new Database(":memory:").prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
  const widths = [26, 10, 10, 10];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" ");
  console.log(
    `\nqueries (${ROUNDS} timed runs each, after one warm-up; time = count + ranked page + articles + snippets):`,
  );
  console.log(line(["query", "results", "median", "p95"]));
  for (const r of rows) console.log(line(r));
  console.log(`\nall queries: median ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))} (${all.length} runs)`);
  console.log(
    `re-index one article (save path): median ${ms(percentile(updates, 50))}, p95 ${ms(percentile(updates, 95))}`,
  );
  console.log(
    `index check on a process's first search: ${ms(checkMs)}; scheduled-publish catch-up scan: ${ms(catchUpMs)}`,
  );
  console.log(
    `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, SQLite ${sqliteVersion}; load average at start ${loadAtStart}, now ${os.loadavg()[0]!.toFixed(2)} (other work on the machine slows every figure)`,
  );
  if (existsSync(FILE) && !process.env.BENCH_KEEP) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${FILE}${suffix}`, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
