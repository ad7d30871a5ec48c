// `npm run bench`: the production site under load, against a static file.
//
//   npm run bench                         10,000 articles, 100,000 comments
//   npm run bench -- --articles 100000    (comments default to 10 per article)
//   npm run bench -- --compare bench/baseline.json   also print the change against a recorded run
//   options: --comments N, --duration S (per cell, default 5), --connections 1,16,64, --no-scale,
//            --rounds N (interleaved rounds per concurrency, default 5), --port P (first of three, default 3260)
//   npm run bench -- --only views         just the page-view case (1,000 beacons/s through the micro-cache)
//   npm run bench -- --database postgres --articles 1000000 [--comments N] [--pg URL]
//                                         PostgreSQL: the scale probe only (first renders, listings, search,
//                                         memory) on this dataset and on a 10,000-article one (docs/performance.md)
//
// Builds the site into .next-bench, makes data/bench.db (generated once per size and
// kept in data/bench-cache/), serves it with `npm start`'s command on 127.0.0.1:3260,
// starts nginx (deploy/nginx/ micro-cache on :3261, the article's HTML as a file on
// :3262), drives autocannon, and writes reports/bench/<time>.json. docs/performance.md
// explains the figures.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { compareRuns } from "./compare";
import { type Cell, background, hammer, percentile, round, timed } from "./load";
import { benchOptions } from "./options";
import { type Server, build, clearPageCache, startApp, startNginx, treeRss, waitFor } from "./servers";
import { type ProbeData, pgProbeData, sqliteProbeData } from "./probe-data";
import { type BenchResult, type PgScaleResult, printPgScale, printResult } from "./report";
import { type ViewsResult, viewsUnderLoad } from "./views";

const args = benchOptions(process.argv.slice(2));
const ARTICLES = args.articles;
const COMMENTS = args.comments;
const DURATION = args.duration;
/** Interleaved rounds of the static file, the micro-cache and the alone cells (the median is kept). */
const ROUNDS = args.rounds;
const CONNECTIONS = args.connections;
// The second dataset for the flatness check: 10× larger, or 10× smaller from 100,000 up.
const SCALE_ARTICLES = ARTICLES >= 100_000 ? ARTICLES / 10 : ARTICLES * 10;

const PORT = args.port;
const PORTS = { app: PORT, cache: PORT + 1, static: PORT + 2 };
const DIST = ".next-bench";
const SECRET = randomBytes(24).toString("base64url");
// The bearer token of /api/revalidate (INTERNAL_SECRET, lib/site/internal-secret.ts), not the session key.
const INTERNAL = randomBytes(24).toString("base64url");
const APP = `http://127.0.0.1:${PORTS.app}`;
const CACHE = `http://127.0.0.1:${PORTS.cache}`;
const STATIC = `http://127.0.0.1:${PORTS.static}`;

const log = (s: string) => console.log(`bench: ${s}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fingerprint of the files a generator's output depends on. */
function versionOf(inputs: string[], extra: string[] = []) {
  const version = createHash("sha256");
  for (const f of inputs) version.update(readFileSync(f));
  for (const e of extra) version.update(e);
  return version.digest("hex").slice(0, 10);
}

/** A dataset of this size, generated once (per generator version) and copied for each run. */
function dataset(file: string, articles: number, comments: number) {
  const inputs = [
    "scripts/bench/dataset.ts",
    "scripts/bench/corpus.ts",
    "prisma/seed.ts",
    "prisma/schema.prisma",
    ...readdirSync("prisma/seed-data").map((f) => `prisma/seed-data/${f}`),
  ];
  const version = versionOf(inputs, readdirSync("prisma/migrations").sort());
  const cached = path.resolve(`data/bench-cache/bench-${articles}a-${comments}c-${version}.db`);
  if (!existsSync(cached)) {
    log(
      `generating ${articles.toLocaleString("en")} articles, ${comments.toLocaleString("en")} comments (kept in ${path.relative(".", cached)})`,
    );
    mkdirSync(path.dirname(cached), { recursive: true });
    for (const old of readdirSync(path.dirname(cached)).filter((f) => f.startsWith(`bench-${articles}a-${comments}c-`)))
      rmSync(path.join(path.dirname(cached), old));
    execFileSync(
      "npx",
      [
        "tsx",
        "scripts/bench/dataset.ts",
        "--db",
        cached,
        "--articles",
        String(articles),
        "--comments",
        String(comments),
      ],
      { stdio: "inherit" },
    );
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(cached, file);
}

/**
 * A PostgreSQL dataset of this size: its own database on the server (`sahifa_bench_<n>a_<m>c`),
 * generated once per generator version (kept between runs, the version in the database's
 * comment) and brought up to the current migrations when reused. Returns its URL.
 */
async function pgDataset(
  server: string,
  articles: number,
  comments: number,
): Promise<{ url: string; generated: string }> {
  const inputs = [
    "scripts/bench/pg-dataset.ts",
    "scripts/bench/pg-fill.ts",
    "scripts/bench/corpus.ts",
    "prisma/seed.ts",
    ...readdirSync("prisma/seed-data").map((f) => `prisma/seed-data/${f}`),
    // What the index rows hold: the folding and the table the site reads.
    "lib/search/normalize.ts",
    "lib/search/html-text.ts",
    "lib/search/tables.ts",
  ];
  const version = `sahifa bench ${versionOf(inputs)}`;
  const name = `sahifa_bench_${articles}a_${comments}c`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    const [row] = (
      await admin.query<{ note: string | null }>(
        "SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1",
        [name],
      )
    ).rows;
    if (row?.note?.startsWith(`${version};`)) {
      const generated = row.note.slice(version.length + 2);
      log(`reusing ${name} (${generated}); applying pending migrations`);
      execFileSync("npx", ["tsx", "scripts/db/migrate.ts", "deploy"], {
        env: { ...process.env, DATABASE_URL: url.toString() },
        stdio: "ignore",
      });
      return { url: url.toString(), generated };
    }
    log(
      `generating ${articles.toLocaleString("en")} articles, ${comments.toLocaleString("en")} comments into the database ${name}`,
    );
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const t = performance.now();
    execFileSync(
      "npx",
      [
        ...["tsx", "scripts/bench/pg-dataset.ts", "--url", url.toString()],
        ...["--articles", String(articles), "--comments", String(comments)],
      ],
      { stdio: "inherit" },
    );
    const seconds = Math.round((performance.now() - t) / 1000);
    // Marked complete only now: an interrupted generation is started again next time.
    const generated = `generated in ${seconds} s on ${new Date().toISOString()}`;
    await admin.query(`COMMENT ON DATABASE "${name}" IS '${version}; ${generated}'`);
    return { url: url.toString(), generated };
  } finally {
    await admin.end();
  }
}

const sqliteUrl = (dbFile: string) => `file:${path.resolve(dbFile)}`;

function appEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST,
    DATABASE_URL: databaseUrl,
    PORT: String(PORTS.app),
    HOSTNAME: "127.0.0.1",
    SITE_URL: APP,
    AUTH_SECRET: SECRET,
    INTERNAL_SECRET: INTERNAL,
    CLIENT_IP_HEADER: "x-real-ip",
    // Page views reach the database on each scheduler tick: every 2 s here, so the views case ends soon.
    SCHEDULER_INTERVAL_MS: "2000",
  };
}

async function expireAll() {
  const res = await fetch(`${APP}/api/revalidate`, {
    method: "POST",
    headers: { authorization: `Bearer ${INTERNAL}`, "content-type": "application/json" },
    body: JSON.stringify({ tags: ["articles", "taxonomy"] }),
  });
  if (!res.ok) throw new Error(`revalidate answered ${res.status}`);
}

/** A fresh server on this database (a SQLite file, or a PostgreSQL URL). */
async function serve(database: string): Promise<Server> {
  clearPageCache(DIST);
  const pg = /^postgres(ql)?:/.test(database);
  const app = startApp(
    appEnv(pg ? database : sqliteUrl(database)),
    `reports/bench/.server-${path.basename(pg ? new URL(database).pathname : database)}.log`,
  );
  await waitFor(`${APP}/robots.txt`);
  await expireAll(); // pages prerendered at build time came from the build's copy of the data
  return app;
}

const enc = (s: string) => encodeURIComponent(s);

/** Sequential first renders of pages nobody asked for yet (one request each, no other load). */
async function firstRenders(urls: string[]) {
  const times: number[] = [];
  for (const url of urls) {
    const r = await timed(url);
    if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
    times.push(r.ms);
  }
  return {
    median: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(Math.max(...times)),
    samples: times.length,
  };
}

async function repeated(url: string, n: number) {
  await timed(url); // warm (the process's first search checks the index)
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push((await timed(url)).ms);
  return round(percentile(times, 50));
}

/**
 * Server-side timings that should not grow with the dataset. `lastPage`: also the listing's
 * last pages (the PostgreSQL run; the SQLite run's deepest page stops at page 1,000).
 */
async function scaleProbe({ published, category, rare }: ProbeData, articles: number, lastPage = false) {
  const pages = Math.ceil(category.n / 10);
  // Fresh articles spread over the whole range, oldest first (nobody asked for them yet).
  const step = Math.floor(published.length / 25);
  const fresh = Array.from({ length: 25 }, (_, i) => published[published.length - 1 - i * step]!).map(
    (s) => `${APP}/articles/${enc(s)}`,
  );
  // Five pages from `from`, kept inside the listing (a small dataset has fewer than 100 pages).
  const listing = (from: number) =>
    Array.from(
      { length: 5 },
      (_, i) => `${APP}/category/${enc(category.slug)}?page=${Math.max(2, Math.min(from, pages - 4)) + i}`,
    );
  const deep = Math.max(2, Math.min(1000, pages - 5));
  // Both datasets are probed the same way: a fresh server, warmed on pages the
  // probe does not time (the JIT and SQLite's page cache start cold).
  const others = published.slice(0, 20).map((s) => `${APP}/articles/${enc(s)}`);
  await firstRenders([
    ...others,
    `${APP}/`,
    `${APP}/category/${enc(category.slug)}`,
    ...listing(50),
    `${APP}/search?q=${enc("المغرب")}`,
  ]);
  const firstRender = await firstRenders(fresh);
  const page2 = (await firstRenders(listing(2))).median;
  const page100 = (await firstRenders(listing(100))).median;
  const deepPage = (await firstRenders(listing(deep))).median;
  // The last five pages; in a listing shorter than 1,010 pages the deep probe was already there
  // (its pages are cached now), so its figure stands for both.
  const last = !lastPage
    ? undefined
    : deep + 4 >= pages - 4
      ? { page: deep, ms: deepPage }
      : { page: pages - 4, ms: (await firstRenders(listing(pages))).median };
  return {
    articles,
    firstRender,
    listing: { page2, page100, deep: { page: deep, ms: deepPage }, ...(last && { last }), categoryPages: pages },
    search: {
      rareName: await repeated(`${APP}/search?q=${enc(rare)}`, 5),
      commonWord: await repeated(`${APP}/search?q=${enc(COMMON_WORD)}`, 5),
    },
  };
}
const COMMON_WORD = "الأمن";

/**
 * A publish under load on both paths: how long until the micro-cache, and the
 * site alone (its own page cache), serve it on the home and article pages.
 */
async function publishUnderLoad(dbFile: string, seedSlug: string, articlePath: string) {
  const paths = ["/", articlePath];
  const load = Promise.all([background(CACHE, paths, 8, 6), background(APP, paths, 8, 6)]);
  await sleep(1500);
  const marker = `عاجل-${Date.now().toString(36)}`;
  const sqlite = new Database(dbFile);
  const t0 = performance.now();
  const now = new Date().toISOString();
  const seed = sqlite.prepare("SELECT authorId, categoryId FROM Article WHERE slug = ?").get(seedSlug) as {
    authorId: number;
    categoryId: number;
  };
  sqlite
    .prepare(
      "INSERT INTO Article (slug, headline, body, status, publishedAt, createdAt, updatedAt, authorId, categoryId) VALUES (?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?)",
    )
    .run(`bench-${marker}`, `خبر ${marker}`, "<p>نص</p>", now, now, now, seed.authorId, seed.categoryId);
  sqlite
    .prepare("UPDATE Article SET headline = headline || ' ' || ?, updatedAt = ? WHERE slug = ?")
    .run(marker, now, seedSlug);
  sqlite.close();
  // What a staff save does after writing (lib/site/revalidate.ts expireTags).
  const res = await fetch(`${APP}/api/revalidate`, {
    method: "POST",
    headers: { authorization: `Bearer ${INTERNAL}`, "content-type": "application/json" },
    body: JSON.stringify({ tags: ["articles"] }),
  });
  if (!res.ok) throw new Error(`revalidate answered ${res.status}`);
  const visible = async (url: string) => {
    for (;;) {
      if ((await timed(url)).body.includes(marker)) return round(performance.now() - t0, 0);
      if (performance.now() - t0 > 15_000) return Infinity;
      await sleep(25);
    }
  };
  const [home, article, aloneHome, aloneArticle] = await Promise.all([
    visible(`${CACHE}/`),
    visible(CACHE + articlePath),
    visible(`${APP}/`),
    visible(APP + articlePath),
  ]);
  await load;
  return { homeMs: home, articleMs: article, aloneHomeMs: aloneHome, aloneArticleMs: aloneArticle };
}

function machine(): BenchResult["machine"] {
  const lscpu = (() => {
    try {
      return execFileSync("lscpu", { encoding: "utf8" });
    } catch {
      return "";
    }
  })();
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, "m").exec(lscpu)?.[1]?.trim();
  // nginx -v writes to stderr.
  const nginx = spawnSync("nginx", ["-v"], { encoding: "utf8" }).stderr ?? "";
  return {
    cpu: field("Model name") ?? os.cpus()[0]?.model ?? "?",
    cores: os.cpus().length,
    memoryGB: round(os.totalmem() / 2 ** 30),
    os: `${os.platform()} ${os.release()}`,
    node: process.version,
    nginx: /nginx\/(\S+)/.exec(nginx)?.[1] ?? "?",
    loadAverageAtStart: round(os.loadavg()[0]!, 2),
  };
}

async function main() {
  const started = new Date();
  const info = machine();
  mkdirSync("reports/bench", { recursive: true });
  dataset("data/bench.db", ARTICLES, COMMENTS);
  const seedSlug = (() => {
    const sqlite = new Database("data/bench.db", { readonly: true });
    const row = sqlite.prepare("SELECT slug FROM Article ORDER BY id LIMIT 1").get() as { slug: string };
    sqlite.close();
    return row.slug;
  })();

  log(`building into ${DIST}`);
  const built = build(DIST, appEnv(sqliteUrl("data/bench.db")));
  log(`build ${built}`);

  let app = await serve("data/bench.db");
  let nginx: Server | null = null;
  const cleanup = async () => {
    await nginx?.stop();
    await app.stop();
  };
  process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    const targets = {
      article: `/articles/${enc(seedSlug)}`,
      home: "/",
      "category page 2": `/category/${enc("وطنية")}?page=2`,
    };
    // Render each page once, and keep the article's HTML for the static baseline.
    for (const p of Object.values(targets)) await timed(APP + p);
    const articleHtml = (await timed(APP + targets.article)).body;
    nginx = startNginx(path.resolve(".bench-nginx"), PORTS, articleHtml);
    await waitFor(`${STATIC}/article.html`);
    await waitFor(`${CACHE}/`);

    const viewed = (() => {
      const sqlite = new Database("data/bench.db", { readonly: true });
      const row = sqlite.prepare("SELECT id FROM Article WHERE slug = ?").get(seedSlug) as { id: number };
      sqlite.close();
      return { id: row.id, path: targets.article };
    })();
    if (args.only === "views") {
      log("page views under load (only)");
      const views = await viewsUnderLoad(CACHE, "data/bench.db", viewed, DURATION);
      console.log(JSON.stringify(views, null, 2));
      return;
    }

    const cells: Cell[] = [];
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(app.child.pid!))), 250);
    const idleRss = treeRss(app.child.pid!);
    for (const [name, p] of Object.entries(targets)) {
      await hammer(name, "next", APP + p, 16, 1); // warm-up
      await hammer(name, "nginx", CACHE + p, 16, 1);
    }
    for (const c of CONNECTIONS) {
      // autocannon shares the two cores with nginx and the site, so one cell moves
      // by tens of percent: every cell is measured in ROUNDS interleaved rounds
      // (file, micro-cache, site alone) and keeps its median round.
      const rounds = new Map<string, Cell[]>();
      for (let r = 0; r < ROUNDS; r++) {
        const round: [string, Cell["via"], string][] = [
          ["static file", "static", `${STATIC}/article.html`],
          ...Object.entries(targets).map(([n, p]): [string, Cell["via"], string] => [n, "nginx", CACHE + p]),
          ...Object.entries(targets).map(([n, p]): [string, Cell["via"], string] => [n, "next", APP + p]),
          // A trivial request on the site alone, at one connection: what every request costs at least.
          ...(c === 1 ? [["robots.txt", "next", `${APP}/robots.txt`] as [string, Cell["via"], string]] : []),
        ];
        for (const [name, via, url] of round) {
          const cell = await hammer(name, via, url, c, DURATION);
          rounds.set(name + via, [...(rounds.get(name + via) ?? []), cell]);
          log(`c=${c} round ${r + 1}: ${name} via ${via} ${cell.rps} req/s`);
        }
      }
      for (const runs of rounds.values()) cells.push(runs.sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]!);
    }
    clearInterval(sampler);
    info.loadAverageAfterLoad = round(os.loadavg()[0]!, 2);

    log("publishing under load");
    const publish = await publishUnderLoad("data/bench.db", seedSlug, targets.article);
    log("page views under load");
    const views: ViewsResult = await viewsUnderLoad(CACHE, "data/bench.db", viewed, DURATION);

    log("first renders, listing depth and search");
    await nginx.stop();
    nginx = null;
    await app.stop();
    app = await serve("data/bench.db");
    const scale = [await scaleProbe(sqliteProbeData("data/bench.db"), ARTICLES)];
    if (!args.noScale) {
      await app.stop();
      // Same number of comments: the flatness check is about articles (listings, search).
      dataset("data/bench-scale.db", SCALE_ARTICLES, COMMENTS);
      app = await serve("data/bench-scale.db");
      scale.push(await scaleProbe(sqliteProbeData("data/bench-scale.db"), SCALE_ARTICLES));
      scale.sort((a, b) => a.articles - b.articles);
    }

    const result: BenchResult = {
      date: started.toISOString(),
      machine: info,
      dataset: { articles: ARTICLES, comments: COMMENTS },
      options: { durationSeconds: DURATION, connections: CONNECTIONS, rounds: ROUNDS, build: built },
      load: cells,
      memory: { idleMB: round(idleRss / 2 ** 20, 0), peakUnderLoadMB: round(peakRss / 2 ** 20, 0) },
      publish,
      views,
      scale,
      seconds: round((Date.now() - started.getTime()) / 1000, 0),
    };
    const out = `reports/bench/${started.toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    printResult(result);
    log(`wrote ${out}`);
    if (args.compare) compareRuns(JSON.parse(readFileSync(args.compare, "utf8")), result, args.compare, out);
  } finally {
    await cleanup();
  }
}

/** The reference the PostgreSQL run's listings and search are compared with. */
const PG_REFERENCE_ARTICLES = 10_000;

/**
 * The PostgreSQL run: the scale probe on this dataset and on a 10,000-article one (same comments
 * per article), each on a freshly started, warmed server, with the server's memory sampled while
 * probing. The load cells are left out: they are answered from the in-process page cache and do
 * not depend on the engine.
 */
async function postgresScale() {
  const started = new Date();
  const info = machine();
  const server = args.pg!; // benchOptions makes sure of it
  mkdirSync("reports/bench", { recursive: true });
  const admin = new Client({ connectionString: server });
  await admin.connect();
  const postgres = (await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  await admin.end();

  const sizes = [...new Set([PG_REFERENCE_ARTICLES, ARTICLES])].sort((a, b) => a - b);
  const datasets: (PgScaleResult["datasets"][number] & { url: string })[] = [];
  for (const articles of sizes) {
    const comments = Math.round((COMMENTS / ARTICLES) * articles);
    datasets.push({ articles, comments, ...(await pgDataset(server, articles, comments)) });
  }
  log(`building into ${DIST}`);
  const built = build(DIST, appEnv(datasets[0]!.url));
  log(`build ${built}`);

  const scale: PgScaleResult["scale"] = [];
  for (const d of datasets) {
    log(`probing ${d.articles.toLocaleString("en")} articles`);
    const data = await pgProbeData(d.url);
    const app = await serve(d.url);
    let peak = treeRss(app.child.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(app.child.pid!))), 250);
    try {
      const probe = await scaleProbe(data, d.articles, true);
      scale.push({ ...probe, peakRssMB: round(peak / 2 ** 20, 0) });
    } finally {
      clearInterval(sampler);
      await app.stop();
    }
  }
  const result: PgScaleResult = {
    date: started.toISOString(),
    database: `PostgreSQL ${postgres}`,
    machine: { ...info, loadAverageAfterLoad: round(os.loadavg()[0]!, 2) },
    datasets: datasets.map(({ articles, comments, generated }) => ({ articles, comments, generated })),
    build: built,
    scale,
    seconds: round((Date.now() - started.getTime()) / 1000, 0),
  };
  const out = `reports/bench/${started.toISOString().replace(/[:.]/g, "-")}-pg.json`;
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  printPgScale(result);
  log(`wrote ${out}`);
}

(args.database === "postgres" ? postgresScale() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
