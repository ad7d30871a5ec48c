// The benchmark's result: its shape, the performance targets (docs/performance.md), and the printed table.
import type { Cell } from "./load";

export type ScaleProbe = {
  articles: number;
  firstRender: { median: number; p95: number; max: number; samples: number };
  listing: { page2: number; page100: number; deep: { page: number; ms: number }; categoryPages: number };
  search: { rareName: number; commonWord: number };
};

export type BenchResult = {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    os: string;
    node: string;
    nginx: string;
    loadAverageAtStart: number;
    /** The load average when the load cells were done: other work on a shared machine shows here. */
    loadAverageAfterLoad?: number;
  };
  dataset: { articles: number; comments: number };
  options: { durationSeconds: number; connections: number[]; rounds?: number; build: string };
  load: Cell[];
  memory: { idleMB: number; peakUnderLoadMB: number };
  /** alone*: the site without nginx (`npm start`, its own page cache); missing in runs before it had one. */
  publish: { homeMs: number; articleMs: number; aloneHomeMs?: number; aloneArticleMs?: number };
  scale: ScaleProbe[];
  seconds: number;
};

export const baselineOf = (r: BenchResult, c: number) => r.load.find((x) => x.via === "static" && x.connections === c);

/** Flat: the larger dataset's time within 1.5× (or 5 ms) of the smaller's. */
const flat = (small: number, large: number) => large <= Math.max(small * 1.5, small + 5);

export function targets(r: BenchResult): { name: string; value: string; met: boolean }[] {
  const out: { name: string; value: string; met: boolean }[] = [];
  const top = Math.max(...r.options.connections);
  const base = baselineOf(r, top);
  for (const target of ["article", "home"]) {
    const cell = r.load.find((x) => x.via === "nginx" && x.target === target && x.connections === top);
    if (!cell || !base) continue;
    out.push({
      name: `${target} via nginx, c=${top}: req/s ≥ 0.8× static`,
      value: `${(cell.rps / base.rps).toFixed(2)}×`,
      met: cell.rps >= 0.8 * base.rps,
    });
    out.push({
      name: `${target} via nginx, c=${top}: p99 ≤ 2× static`,
      value: `${cell.p99} ms vs ${base.p99} ms (${(cell.p99 / Math.max(base.p99, 1)).toFixed(1)}×)`,
      met: cell.p99 <= 2 * Math.max(base.p99, 1),
    });
  }
  for (const target of ["article", "home"]) {
    const cell = r.load.find((x) => x.via === "next" && x.target === target && x.connections === top);
    if (!cell || !base) continue;
    out.push({
      name: `${target} alone (npm start), c=${top}: req/s ≥ 0.25× static`,
      value: `${(cell.rps / base.rps).toFixed(2)}×`,
      met: cell.rps >= 0.25 * base.rps,
    });
    out.push({
      name: `${target} alone (npm start), c=${top}: p99 ≤ 250 ms`,
      value: `${cell.p99} ms`,
      met: cell.p99 <= 250,
    });
  }
  const trivial = r.load.find((x) => x.via === "next" && x.target === "robots.txt" && x.connections === 1);
  if (trivial)
    out.push({
      name: "trivial request (robots.txt) alone, c=1: ≤ 1 ms each",
      value: `${(1000 / Math.max(trivial.rps, 1)).toFixed(2)} ms (${trivial.rps} req/s, p99 ${trivial.p99} ms)`,
      met: trivial.rps >= 1000,
    });
  out.push({
    name: "publish visible on home (micro-cache) ≤ 2 s",
    value: `${r.publish.homeMs} ms`,
    met: r.publish.homeMs <= 2000,
  });
  out.push({
    name: "publish visible on article (micro-cache) ≤ 2 s",
    value: `${r.publish.articleMs} ms`,
    met: r.publish.articleMs <= 2000,
  });
  for (const [page, ms] of [
    ["home", r.publish.aloneHomeMs],
    ["article", r.publish.aloneArticleMs],
  ] as const) {
    if (ms !== undefined)
      out.push({ name: `publish visible on ${page} (alone) ≤ 2 s`, value: `${ms} ms`, met: ms <= 2000 });
  }
  for (const s of r.scale.filter((x) => x.articles >= 100_000)) {
    out.push({
      name: `first render of an uncached article ≤ 50 ms (${s.articles.toLocaleString("en")} articles, median)`,
      value: `${s.firstRender.median} ms (p95 ${s.firstRender.p95})`,
      met: s.firstRender.median <= 50,
    });
  }
  const [small, large] = r.scale;
  if (small && large) {
    out.push({
      name: "listing page 2 flat at 10×",
      value: `${small.listing.page2} → ${large.listing.page2} ms`,
      met: flat(small.listing.page2, large.listing.page2),
    });
    out.push({
      name: "listing page 100 flat at 10×",
      value: `${small.listing.page100} → ${large.listing.page100} ms`,
      met: flat(small.listing.page100, large.listing.page100),
    });
    out.push({
      name: "deepest listing page as fast as page 2",
      value: `page ${large.listing.deep.page}: ${large.listing.deep.ms} ms vs ${large.listing.page2} ms`,
      met: flat(large.listing.page2, large.listing.deep.ms),
    });
    out.push({
      name: "search (rare name) flat at 10×",
      value: `${small.search.rareName} → ${large.search.rareName} ms`,
      met: flat(small.search.rareName, large.search.rareName),
    });
    out.push({
      name: "search (common word) flat at 10×",
      value: `${small.search.commonWord} → ${large.search.commonWord} ms`,
      met: flat(small.search.commonWord, large.search.commonWord),
    });
  }
  out.push({
    name: "server RSS under load ≤ 300 MB",
    value: `${r.memory.peakUnderLoadMB} MB`,
    met: r.memory.peakUnderLoadMB <= 300,
  });
  return out;
}

const pad = (s: string | number, n: number, left = false) => (left ? String(s).padEnd(n) : String(s).padStart(n));

export function printResult(r: BenchResult) {
  console.log(
    `\n${r.dataset.articles.toLocaleString("en")} articles, ${r.dataset.comments.toLocaleString("en")} comments; ${r.options.durationSeconds} s per cell (median of ${r.options.rounds ?? 1} interleaved rounds); ${r.machine.cpu} × ${r.machine.cores}, load average ${r.machine.loadAverageAtStart} at start, ${r.machine.loadAverageAfterLoad ?? "?"} after the load cells`,
  );
  console.log(
    [
      pad("page", 16, true),
      pad("served by", 10, true),
      pad("conn", 5),
      pad("req/s", 8),
      pad("p50 ms", 7),
      pad("p99 ms", 7),
      pad("× static", 9),
      pad("errors", 7),
    ].join(" "),
  );
  for (const c of r.load) {
    const base = baselineOf(r, c.connections);
    const ratio = base && c.via !== "static" ? (c.rps / base.rps).toFixed(2) : "";
    const bad = c.errors + c.non2xx;
    console.log(
      [
        pad(c.target, 16, true),
        pad(c.via, 10, true),
        pad(c.connections, 5),
        pad(c.rps, 8),
        pad(c.p50, 7),
        pad(c.p99, 7),
        pad(ratio, 9),
        pad(bad || "", 7),
      ].join(" "),
    );
  }
  console.log(`\nserver memory (RSS): ${r.memory.idleMB} MB idle, ${r.memory.peakUnderLoadMB} MB peak under load`);
  console.log(
    `publish → visible through the micro-cache: home ${r.publish.homeMs} ms, article ${r.publish.articleMs} ms; ` +
      `alone: home ${r.publish.aloneHomeMs ?? "?"} ms, article ${r.publish.aloneArticleMs ?? "?"} ms`,
  );
  for (const s of r.scale) {
    console.log(
      `${pad(s.articles.toLocaleString("en"), 9)} articles: first render of an article median ${s.firstRender.median} ms (p95 ${s.firstRender.p95}); ` +
        `category page 2 ${s.listing.page2} ms, page 100 ${s.listing.page100} ms, page ${s.listing.deep.page} ${s.listing.deep.ms} ms (of ${s.listing.categoryPages}); ` +
        `search rare ${s.search.rareName} ms, common ${s.search.commonWord} ms`,
    );
  }
  console.log("\ntargets:");
  for (const t of targets(r)) console.log(`  ${t.met ? "ok  " : "MISS"} ${t.name}: ${t.value}`);
}
