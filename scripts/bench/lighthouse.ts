// `npm run lighthouse`: Lighthouse (mobile, its defaults) on the home page and
// the seed article of a production build, with Debian's Chromium
// (CHROME_PATH, default /usr/bin/chromium). Each page is audited --runs times
// (default 3) and the run with the median Performance score is reported, as
// Lighthouse's own guidance on variability advises. Prints the four category
// scores, the audits that cost points, and the JavaScript each page ships. As
// a reference it also audits the home page as served plus the
// Cross-Origin-Opener-Policy header that only session pages carry
// (lib/site/security-headers.ts): the figure behind leaving it off reader pages.
//
//   npm run lighthouse                         builds into .next-bench, serves the demo seed on :3260
//   npm run lighthouse -- --url http://host/   audits a running site instead (its home and seed article)
import { execFile, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import Database from "better-sqlite3";
import { build, clearPageCache, startApp, waitFor } from "./servers";

const { values: args } = parseArgs({ options: { url: { type: "string" }, runs: { type: "string", default: "3" } } });
const RUNS = Math.max(1, Number(args.runs) || 3);
const PORT = 3260; // the benchmark's port: one build serves both (SITE_URL is part of a build)
const DB = path.resolve("data/bench-lighthouse.db");
const DIST = ".next-bench";
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;

type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { items?: { url?: string; resourceType?: string; transferSize?: number }[] };
};
type Report = {
  categories: Record<keyof typeof TARGETS, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
};

// Asynchronous: the reference page below is served from this process while Lighthouse runs.
async function audit(url: string): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), "sahifa-lh-"));
  try {
    const { stdout: out } = await promisify(execFile)(
      "npx",
      [
        "lighthouse",
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=${dir}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 256 * 2 ** 20, encoding: "utf8" },
    );
    return JSON.parse(out) as Report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarize(name: string, report: Report) {
  const scores = Object.fromEntries(
    Object.entries(report.categories).map(([k, c]) => [k, Math.round(c.score * 100)]),
  ) as Record<keyof typeof TARGETS, number>;
  const misses = Object.entries(TARGETS).filter(([k, t]) => scores[k as keyof typeof TARGETS] < t);
  console.log(
    `\n${name}: ${Object.entries(scores)
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ", ",
      )}${misses.length ? `  (below target: ${misses.map(([k, t]) => `${k} < ${t}`).join(", ")})` : "  (all targets met)"}`,
  );
  for (const [key, category] of Object.entries(report.categories)) {
    for (const ref of category.auditRefs.filter((r) => r.weight > 0)) {
      const a = report.audits[ref.id];
      if (a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
        console.log(
          `  ${key}: ${a.title} (${Math.round(a.score * 100)}${a.displayValue ? `, ${a.displayValue}` : ""})`,
        );
    }
  }
  const scripts = (report.audits["network-requests"]?.details?.items ?? []).filter((r) => r.resourceType === "Script");
  const bytes = scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  console.log(
    `  JavaScript shipped: ${(bytes / 1024).toFixed(1)} kB over the wire (compressed) in ${scripts.length} files`,
  );
  return { scores, scriptBytes: bytes, scriptFiles: scripts.length };
}

/** The run with the median Performance score of `RUNS` audits of `url`. */
async function medianAudit(url: string): Promise<Report> {
  const reports: Report[] = [];
  for (let i = 0; i < RUNS; i += 1) reports.push(await audit(url));
  reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  console.log(
    `  (${url}: Performance over ${RUNS} runs: ${reports.map((r) => Math.round(r.categories.performance.score * 100)).join(", ")})`,
  );
  return reports[Math.floor(reports.length / 2)]!;
}

/** Passes every request through to `base`, adding one response header. */
async function withHeader(base: string, header: string, value: string) {
  const hopByHop = new Set(["connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length"]);
  const server = createServer(async (req, res) => {
    try {
      const upstream = await fetch(base + req.url, { redirect: "manual" });
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of upstream.headers) if (!hopByHop.has(name)) headers[name] = value;
      // fetch() joins repeated headers with ", "; the two CSPs must stay two policies.
      const policies = upstream.headers.get("content-security-policy");
      if (policies) headers["content-security-policy"] = policies.split(/, (?=(?:default-src|script-src))/);
      headers[header] = value;
      res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

async function main() {
  let base = args.url?.replace(/\/$/, "");
  let stop = async () => {};
  if (!base) {
    rmSync(DB, { force: true });
    const env = { ...process.env, DATABASE_URL: `file:${DB}` };
    execFileSync("npx", ["tsx", "scripts/db/migrate.ts", "deploy"], { env, stdio: "ignore" });
    execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
    const secret = randomBytes(24).toString("base64url");
    const appEnv: NodeJS.ProcessEnv = {
      ...env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST,
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      SITE_URL: `http://127.0.0.1:${PORT}`,
      AUTH_SECRET: secret,
    };
    console.log(`lighthouse: build ${build(DIST, appEnv)}`);
    clearPageCache(DIST);
    const app = startApp(appEnv, "reports/bench/.server-lighthouse.log");
    stop = app.stop;
    base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/robots.txt`);
    // Pages prerendered at build time hold the build's data: expire them.
    await fetch(`${base}/api/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ tags: ["articles", "taxonomy"] }),
    });
  }
  try {
    const seedSlug = args.url
      ? /href="(\/articles\/[^"]+)"/.exec(await (await fetch(`${base}/`)).text())?.[1]
      : `/articles/${encodeURIComponent((new Database(DB, { readonly: true }).prepare("SELECT slug FROM Article ORDER BY id LIMIT 1").get() as { slug: string }).slug)}`;
    const pages = { home: `${base}/`, article: `${base}${seedSlug}` };
    for (const url of Object.values(pages)) await (await fetch(url)).text(); // rendered once, as a visitor would find them
    for (const [name, url] of Object.entries(pages)) summarize(`${name} (${url})`, await medianAudit(url));
    const reference = await withHeader(base, "cross-origin-opener-policy", "same-origin");
    try {
      summarize(
        "reference, not a target: the home page as served plus Cross-Origin-Opener-Policy: same-origin",
        await medianAudit(reference.url),
      );
    } finally {
      reference.close();
    }
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
