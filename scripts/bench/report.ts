// The benchmark's result: its shape, the performance targets (docs/performance.md), and the printed table.
import type { Cell } from "./load";
import type { ViewsResult } from "./views";

export type ScaleProbe = {
  articles: number;
  firstRender: { median: number; p95: number; max: number; samples: number };
  listing: {
    page2: number;
    page100: number;
    deep: { page: number; ms: number };
    /** The listing's last five pages (PostgreSQL runs only). */
    last?: { page: number; ms: number };
    categoryPages: number;
  };
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
  /** Absent from runs recorded before the page-view case existed. */
  views?: ViewsResult;
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
  if (r.views) {
    out.push({
      name: `page views at ${r.views.rate}/s: every answered beacon stored`,
      value: `${r.views.stored} stored, ${r.views.answered} answered, ${r.views.sent} sent`,
      // Beacons cut off when the load stops were counted by the server but not seen answered.
      met:
        r.views.answered >= r.views.rate * r.options.durationSeconds * 0.95 &&
        r.views.stored >= r.views.answered &&
        r.views.stored <= r.views.sent,
    });
    out.push({
      name: "article p99 (micro-cache) under the beacons ≤ 2× without",
      value: `${r.views.pageP99.withViews} ms vs ${r.views.pageP99.alone} ms`,
      met: r.views.pageP99.withViews <= 2 * Math.max(r.views.pageP99.alone, 5),
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

/** `npm run bench -- --database postgres`: the scale probe on a large dataset and the 10,000-article reference. */
export type PgScaleResult = {
  date: string;
  database: string;
  machine: BenchResult["machine"];
  /** `generated`: how long its generation took, and when (datasets are kept between runs). */
  datasets: { articles: number; comments: number; generated: string }[];
  build: string;
  /** Smallest dataset first; each with its server's peak RSS while it was probed. */
  scale: (ScaleProbe & { peakRssMB: number })[];
  seconds: number;
};

/** The targets of the large PostgreSQL dataset: each probe within 2× of the reference's, first render ≤ 50 ms. */
export function pgScaleTargets(r: PgScaleResult): { name: string; value: string; met: boolean }[] {
  const out: { name: string; value: string; met: boolean }[] = [];
  const small = r.scale[0]!;
  const large = r.scale[r.scale.length - 1]!;
  const n = (s: ScaleProbe) => s.articles.toLocaleString("en");
  out.push({
    name: `first render of an uncached article ≤ 50 ms (${n(large)} articles, median)`,
    value: `${large.firstRender.median} ms (p95 ${large.firstRender.p95})`,
    met: large.firstRender.median <= 50,
  });
  if (small !== large) {
    const within = (name: string, a: number, b: number) =>
      out.push({
        name: `${name} within 2× of ${n(small)} articles`,
        value: `${a} → ${b} ms (${(b / Math.max(a, 1)).toFixed(2)}×)`,
        met: b <= 2 * a,
      });
    within("category page 2", small.listing.page2, large.listing.page2);
    within(`category page 1,000 (page ${large.listing.deep.page})`, small.listing.deep.ms, large.listing.deep.ms);
    if (small.listing.last && large.listing.last)
      within(`deepest category page (page ${large.listing.last.page}+)`, small.listing.last.ms, large.listing.last.ms);
    within("search, rare name", small.search.rareName, large.search.rareName);
    within("search, common word", small.search.commonWord, large.search.commonWord);
  }
  for (const s of r.scale)
    out.push({
      name: `server RSS while probing ≤ 300 MB (${n(s)} articles)`,
      value: `${s.peakRssMB} MB`,
      met: s.peakRssMB <= 300,
    });
  return out;
}

export function printPgScale(r: PgScaleResult) {
  console.log(
    `\n${r.database}; ${r.datasets.map((d) => `${d.articles.toLocaleString("en")} articles / ${d.comments.toLocaleString("en")} comments`).join(", ")}; ${r.machine.cpu} × ${r.machine.cores}, load average ${r.machine.loadAverageAtStart} at start, ${r.machine.loadAverageAfterLoad ?? "?"} at the end`,
  );
  for (const s of r.scale) {
    console.log(
      `${pad(s.articles.toLocaleString("en"), 9)} articles: first render of an article median ${s.firstRender.median} ms (p95 ${s.firstRender.p95}); ` +
        `category page 2 ${s.listing.page2} ms, page 100 ${s.listing.page100} ms, page ${s.listing.deep.page} ${s.listing.deep.ms} ms, ` +
        `last pages (${s.listing.last?.page}+ of ${s.listing.categoryPages}) ${s.listing.last?.ms} ms; ` +
        `search rare ${s.search.rareName} ms, common ${s.search.commonWord} ms; server RSS peak ${s.peakRssMB} MB`,
    );
  }
  for (const d of r.datasets) console.log(`${pad(d.articles.toLocaleString("en"), 9)} articles: ${d.generated}`);
  console.log("\ntargets:");
  for (const t of pgScaleTargets(r)) console.log(`  ${t.met ? "ok  " : "MISS"} ${t.name}: ${t.value}`);
}
