// Imports a WordPress export (Tools → Export → All content, WXR 1.1/1.2):
//
//   npm run import:wordpress -- export.xml [--utc-offset=+01:00]
//
// Uses DATABASE_URL like the site. The file is read twice, streaming: first
// checked (a malformed file is refused with its line, nothing written), then
// imported one post per transaction. Safe to run again: rows are matched on
// their WordPress ids. --utc-offset is the site's timezone, used only for
// posts without a GMT date and only until a post with both dates is seen.
import { existsSync } from "node:fs";
import { SingleBar, Presets } from "cli-progress";
import { importWordpress, type ImportReport } from "@/lib/wordpress/import";
import { WxrError } from "@/lib/wordpress/wxr";
import { rebuildSearchIndex } from "@/lib/search/index";
import { db } from "@/lib/db/client";

function parseOffset(arg: string | undefined): number {
  if (!arg) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(arg);
  if (!m) throw new Error(`--utc-offset: expected +HH:MM, got "${arg}"`);
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function summary(r: ImportReport): string {
  const t = (x: { created: number; updated: number; unchanged: number }) => `${x.created} new, ${x.updated} updated, ${x.unchanged} unchanged`;
  const lines = [
    `Articles: ${t(r.articles)}`,
    `Comments: ${t(r.comments)}`,
    `New authors: ${r.authors}, new categories: ${r.categories}, new tags: ${r.tags}`,
  ];
  if (r.skipped.length) {
    lines.push(`Skipped ${r.skipped.length}:`);
    const byReason = new Map<string, number[]>();
    for (const s of r.skipped) {
      const key = `${s.kind}: ${s.reason}`;
      byReason.set(key, [...(byReason.get(key) ?? []), s.wpId]);
    }
    for (const [reason, ids] of byReason) lines.push(`  ${reason} — ${ids.length} (wp ids ${ids.slice(0, 20).join(", ")}${ids.length > 20 ? ", …" : ""})`);
  }
  return lines.join("\n");
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  const offsetArg = args.find((a) => a.startsWith("--utc-offset="))?.split("=")[1];
  if (!file || !existsSync(file)) {
    console.error("Usage: npm run import:wordpress -- <export.xml> [--utc-offset=+01:00]");
    process.exit(2);
  }
  const quiet = !process.stderr.isTTY;
  const bar = new SingleBar(
    { format: "{phase} [{bar}] {percentage}% | {mb}/{totalMb} MB | {posts} posts | ETA {eta_formatted}", hideCursor: true, noTTYOutput: false },
    Presets.shades_classic,
  );
  let phase = "";
  const mb = (b: number) => (b / 1_048_576).toFixed(1);
  try {
    const report = await importWordpress(file, {
      offsetMinutes: parseOffset(offsetArg),
      onProgress(p, done, total, r) {
        if (quiet) return;
        const label = p === "check" ? "Checking " : "Importing";
        const posts = p === "check" ? "…" : String(r.articles.created + r.articles.updated + r.articles.unchanged);
        if (phase !== p) {
          if (phase) bar.stop();
          phase = p;
          bar.start(total, 0, { phase: label, mb: "0", totalMb: mb(total), posts });
        }
        bar.update(done, { phase: label, mb: mb(done), totalMb: mb(total), posts });
      },
    });
    if (phase) bar.stop();
    console.log(summary(report));
    const indexed = await rebuildSearchIndex();
    console.log(`Search index rebuilt (${indexed} published articles).`);
    console.log("A running site shows the imported articles at once on new URLs; cached listings (home, categories) refresh within the hour or on restart.");
  } catch (e) {
    if (phase) bar.stop();
    if (e instanceof WxrError) {
      console.error(`Refused ${file}: ${e.message}. Nothing was imported.`);
      process.exitCode = 1;
    } else throw e;
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
