// Compares two benchmark results: `npm run bench:compare -- <baseline.json> <new.json>`
// (or `npm run bench -- --compare <baseline.json>` right after a run).
import { readFileSync } from "node:fs";
import { type BenchResult, targets } from "./report";

const delta = (before: number, after: number) => {
  if (!Number.isFinite(before) || before === 0) return "";
  const pct = ((after - before) / before) * 100;
  return `${pct >= 0 ? "+" : ""}${pct.toFixed(0)}%`;
};
const row = (label: string, before: number, after: number, unit: string) =>
  console.log(
    `  ${label.padEnd(44)} ${`${before}`.padStart(8)} → ${`${after}`.padStart(8)} ${unit.padEnd(5)} ${delta(before, after).padStart(6)}`,
  );

export function compareRuns(a: BenchResult, b: BenchResult, aName = "baseline", bName = "this run") {
  console.log(
    `\ncompared with ${aName} (${a.date}, ${a.dataset.articles.toLocaleString("en")} articles, load ${a.machine.loadAverageAtStart}) → ${bName} (${b.date}, ${b.dataset.articles.toLocaleString("en")} articles, load ${b.machine.loadAverageAtStart})`,
  );
  if (a.machine.cpu !== b.machine.cpu || a.machine.cores !== b.machine.cores)
    console.log(
      `  note: different machines (${a.machine.cpu} × ${a.machine.cores} vs ${b.machine.cpu} × ${b.machine.cores})`,
    );
  for (const cell of b.load) {
    const old = a.load.find(
      (x) => x.target === cell.target && x.via === cell.via && x.connections === cell.connections,
    );
    if (!old) continue;
    const label = `${cell.target} via ${cell.via}, c=${cell.connections}`;
    row(`${label}: req/s`, old.rps, cell.rps, "");
    row(`${label}: p99`, old.p99, cell.p99, "ms");
  }
  row("RSS peak under load", a.memory.peakUnderLoadMB, b.memory.peakUnderLoadMB, "MB");
  row("publish visible, home", a.publish.homeMs, b.publish.homeMs, "ms");
  row("publish visible, article", a.publish.articleMs, b.publish.articleMs, "ms");
  if (a.publish.aloneHomeMs !== undefined && b.publish.aloneHomeMs !== undefined)
    row("publish visible alone, home", a.publish.aloneHomeMs, b.publish.aloneHomeMs, "ms");
  for (const s of b.scale) {
    const old = a.scale.find((x) => x.articles === s.articles);
    if (!old) continue;
    const n = s.articles.toLocaleString("en");
    row(`${n}: first render of an article (median)`, old.firstRender.median, s.firstRender.median, "ms");
    row(`${n}: category page 100`, old.listing.page100, s.listing.page100, "ms");
    row(`${n}: search, common word`, old.search.commonWord, s.search.commonWord, "ms");
  }
  const before = new Map(targets(a).map((t) => [t.name, t.met]));
  for (const t of targets(b)) {
    if (before.get(t.name) === true && !t.met) console.log(`  REGRESSION: ${t.name} no longer met (${t.value})`);
  }
  console.log(
    "  (on a shared 2-core machine req/s and latency move by tens of % between runs: compare runs made under similar load, see the load averages above)",
  );
}

if (process.argv[1]?.endsWith("compare.ts")) {
  const [aFile, bFile] = process.argv.slice(2);
  if (!aFile || !bFile) {
    console.error("usage: npm run bench:compare -- <baseline.json> <new.json>");
    process.exit(2);
  }
  compareRuns(JSON.parse(readFileSync(aFile, "utf8")), JSON.parse(readFileSync(bFile, "utf8")), aFile, bFile);
}
