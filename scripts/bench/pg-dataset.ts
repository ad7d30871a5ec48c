// Builds a PostgreSQL benchmark database: the project's migrations (scripts/db/migrate.ts), the
// demo seed (prisma/seed.ts) indexed for search by the site's code, then the generated articles,
// tags, comments and search index in set-based SQL (pg-fill.ts), and VACUUM ANALYZE (fresh
// statistics, and the visibility map that index-only scans need).
// Run as its own process on an empty database (the site's db client reads DATABASE_URL once):
//   tsx scripts/bench/pg-dataset.ts --url postgresql://…/sahifa_bench_10000a_100000c --articles 10000 --comments 100000
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { fillPostgres } from "./pg-fill";

const { values: args } = parseArgs({
  options: { url: { type: "string" }, articles: { type: "string" }, comments: { type: "string" } },
});
const URL_ = args.url ?? "";
const ARTICLES = Number(args.articles ?? 10_000);
const COMMENTS = Number(args.comments ?? ARTICLES * 10);
if (!/^postgres(ql)?:\/\/.+\/sahifa_bench_\w+$/.test(URL_))
  throw new Error(`refusing to use ${URL_ || "no --url"}: benchmark databases are named sahifa_bench_*`);

function run(script: string, ...rest: string[]) {
  execFileSync("npx", ["tsx", script, ...rest], { env: { ...process.env, DATABASE_URL: URL_ }, stdio: "ignore" });
}

async function main() {
  const t = performance.now();
  const seconds = () => ((performance.now() - t) / 1000).toFixed(1);
  run("scripts/db/migrate.ts", "deploy");
  run("prisma/seed.ts");
  console.log(`  migrated and seeded in ${seconds()} s`);

  process.env.DATABASE_URL = URL_; // before the site's modules open their client
  const { searchBackend } = await import("../../lib/search/backend");
  const { rebuildSearchIndex } = await import("../../lib/search/index");
  const { db } = await import("../../lib/db/client");
  // The seed's articles, through the site's own indexing (this also creates the table). First:
  // the site checks the index against the articles before indexing anything, and would index
  // all of them again in JS if it found the generated ones there without the seed's.
  await rebuildSearchIndex();

  const client = new Client({ connectionString: URL_ });
  await client.connect();
  try {
    const indexed = await fillPostgres(client, {
      articles: ARTICLES,
      comments: COMMENTS,
      log: (line) => console.log(`  ${line}`),
    });
    // The check the site makes at start (lib/search/index.ts): the index holds exactly the published articles.
    const published = await db.article.aggregate({
      where: { status: "PUBLISHED" },
      _count: { _all: true },
      _sum: { id: true },
    });
    const expected = `${published._count._all}:${published._sum.id ?? 0}`;
    const actual = await searchBackend().fingerprint();
    if (actual !== expected)
      throw new Error(`search index ${actual} does not match the published articles ${expected}`);
    const v = performance.now();
    await client.query("VACUUM (ANALYZE)");
    console.log(`  VACUUM (ANALYZE) in ${((performance.now() - v) / 1000).toFixed(1)} s`);
    console.log(
      `  ${ARTICLES.toLocaleString("en")} generated articles (${indexed.toLocaleString("en")} published in the search index), ${COMMENTS.toLocaleString("en")} comments, in ${seconds()} s`,
    );
  } finally {
    await client.end();
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
