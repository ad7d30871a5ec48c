// Builds a benchmark database: the demo seed (so the seed article and its
// comments exist), then `--articles` generated articles and `--comments`
// comments in batched inserts, then the search index, with the site's own code.
// Run as its own process (the site's db client reads DATABASE_URL once):
//   tsx scripts/bench/dataset.ts --db data/bench.db --articles 10000 --comments 100000
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { between, names, paragraphs, pick, random, words } from "./corpus";

const { values: args } = parseArgs({
  options: { db: { type: "string" }, articles: { type: "string" }, comments: { type: "string" } },
});
const FILE = path.resolve(args.db ?? "data/bench.db");
const ARTICLES = Number(args.articles ?? 10_000);
const COMMENTS = Number(args.comments ?? ARTICLES * 10);
const DATABASE_URL = `file:${FILE}`;
if (!path.basename(FILE).startsWith("bench"))
  throw new Error(`refusing to use ${FILE}: benchmark databases are named bench*.db`);

const BATCH = 5_000;
const MINUTE = 60_000;
const NEWEST = Date.UTC(2026, 10, 27, 12, 0); // just before the seed's sample stories

function run(script: string) {
  execFileSync("npx", ["tsx", script, ...(script.endsWith("migrate.ts") ? ["deploy"] : [])], {
    env: { ...process.env, DATABASE_URL },
    stdio: "ignore",
  });
}

function generate(sqlite: Database.Database) {
  const ids = (sql: string) => (sqlite.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  const categories = ids("SELECT id FROM Category");
  const authors = ids("SELECT id FROM Author");
  const insertTag = sqlite.prepare("INSERT INTO Tag (name, slug) VALUES (?, ?)");
  const tags = sqlite.transaction(() =>
    Array.from({ length: 200 }, (_, i) => Number(insertTag.run(`${names[i]} ${i}`, `bench-tag-${i}`).lastInsertRowid)),
  )();

  const article = sqlite.prepare(
    `INSERT INTO Article (slug, headline, kicker, excerpt, body, status, publishedAt, createdAt, updatedAt, authorId, categoryId)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const articleTag = sqlite.prepare("INSERT OR IGNORE INTO ArticleTag (articleId, tagId) VALUES (?, ?)");
  const articleBatch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const date = new Date(NEWEST - i * 10 * MINUTE).toISOString();
      // One in twenty is a draft, so the public rule is exercised.
      const status = i % 20 === 19 ? "DRAFT" : "PUBLISHED";
      const id = Number(
        article.run(
          `bench-${i}`,
          words(6, 12),
          random() < 0.4 ? words(4, 8) : null,
          words(18, 30),
          paragraphs(),
          status,
          date,
          date,
          date,
          pick(authors),
          pick(categories),
        ).lastInsertRowid,
      );
      for (let t = between(0, 3); t > 0; t--) articleTag.run(id, pick(tags));
    }
  });
  for (let i = 0; i < ARTICLES; i += BATCH) {
    articleBatch(i, Math.min(ARTICLES, i + BATCH));
    process.stdout.write(
      `\r  articles: ${Math.min(ARTICLES, i + BATCH).toLocaleString("en")} / ${ARTICLES.toLocaleString("en")}`,
    );
  }
  process.stdout.write("\n");

  const published = ids("SELECT id FROM Article WHERE status = 'PUBLISHED' ORDER BY publishedAt DESC");
  const comment = sqlite.prepare(
    `INSERT INTO Comment (articleId, parentId, authorName, authorEmail, authorIp, content, status, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const commentBatch = sqlite.transaction((from: number, to: number) => {
    let previous: { id: number; articleId: number } | null = null;
    for (let i = from; i < to; i++) {
      // Comments gather on the newest stories, as readers do.
      const articleId = published[Math.floor(random() ** 2 * published.length)]!;
      const parentId: number | null =
        previous && previous.articleId === articleId && random() < 0.5 ? previous.id : null;
      const date = new Date(NEWEST - i * MINUTE).toISOString();
      const status = random() < 0.9 ? "APPROVED" : "PENDING";
      const id: number = Number(
        comment.run(
          articleId,
          parentId,
          pick(names),
          `reader${i}@example.com`,
          `10.0.${i % 250}.${i % 200}`,
          words(8, 40),
          status,
          date,
          date,
        ).lastInsertRowid,
      );
      previous = { id, articleId };
    }
  });
  for (let i = 0; i < COMMENTS; i += BATCH) {
    commentBatch(i, Math.min(COMMENTS, i + BATCH));
    process.stdout.write(
      `\r  comments: ${Math.min(COMMENTS, i + BATCH).toLocaleString("en")} / ${COMMENTS.toLocaleString("en")}`,
    );
  }
  if (COMMENTS) process.stdout.write("\n");
}

async function main() {
  const t = performance.now();
  mkdirSync(path.dirname(FILE), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${FILE}${suffix}`, { force: true });
  run("scripts/db/migrate.ts");
  run("prisma/seed.ts");

  const sqlite = new Database(FILE);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF"); // a throwaway database: speed over durability while filling it
  generate(sqlite);
  sqlite.pragma("optimize");
  sqlite.close();

  process.env.DATABASE_URL = DATABASE_URL; // before the site's modules open their client
  const { rebuildSearchIndex } = await import("../../lib/search/index");
  const { db } = await import("../../lib/db/client");
  const indexed = await rebuildSearchIndex();
  await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();
  console.log(
    `  ${path.relative(process.cwd(), FILE)}: ${ARTICLES.toLocaleString("en")} generated articles (${indexed.toLocaleString("en")} published in the search index), ${COMMENTS.toLocaleString("en")} comments, in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
