// Imports a WordPress export (Tools → Export → All content, WXR 1.1/1.2):
//
//   npm run import:wordpress -- export.xml [--utc-offset=+01:00] [--create-staff]
//
// Uses DATABASE_URL like the site. The file is read twice, streaming: first
// checked (a malformed file is refused with its line, nothing written), then
// imported one post per transaction. Safe to run again: rows are matched on
// their WordPress ids. --utc-offset is the site's timezone, used only for
// posts without a GMT date and only until a post with both dates is seen.
// --create-staff also gives each exported author a switched-off staff account
// (lib/wordpress/staff.ts); without it authors are byline profiles only.
// Interrupted (killed, crashed), it is simply run again: every finished batch
// is in place and is matched, the unfinished one was rolled back.
import { existsSync } from "node:fs";
import { SingleBar, Presets } from "cli-progress";
import { importWordpress } from "@/lib/wordpress/import";
import { importSummary } from "@/lib/wordpress/report";
import { WxrError } from "@/lib/wordpress/wxr";
import { rebuildSearchIndex } from "@/lib/search/index";
import { config } from "@/lib/config";
import { tags } from "@/lib/site/cache-tags";
import { internalSecret } from "@/lib/site/internal-secret";
import { db } from "@/lib/db/client";

/**
 * Tells the running site to expire its cached pages, as a staff save does,
 * so home, listings, footer and sitemap show the import at once. The site is SITE_URL (lib/config.ts);
 * the request carries the internal secret (INTERNAL_SECRET, or derived from AUTH_SECRET), as the scheduler's do.
 */
async function expireRunningSite(): Promise<string> {
  const { siteUrl } = config();
  const secret = internalSecret();
  const sites = [siteUrl];
  if (!secret)
    return "No INTERNAL_SECRET or AUTH_SECRET set: a running site shows the import on its cached pages within the hour.";
  const answers = await Promise.all(
    sites.map((site) =>
      fetch(new URL("/api/revalidate", site), {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({ tags: [tags.articles, tags.taxonomy, tags.pages] }),
        signal: AbortSignal.timeout(10_000),
      }).then(
        (res) => (res.ok ? `${site}: cached pages renewed` : `${site}: answered ${res.status}`),
        () => `${site}: not running (its pages are rendered from the database when it starts)`,
      ),
    ),
  );
  return answers.join("\n");
}

function parseOffset(arg: string | undefined): number {
  if (!arg) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(arg);
  if (!m) throw new Error(`--utc-offset: expected +HH:MM, got "${arg}"`);
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  const offsetArg = args.find((a) => a.startsWith("--utc-offset="))?.split("=")[1];
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--create-staff" && !a.startsWith("--utc-offset="));
  if (!file || !existsSync(file) || unknown.length) {
    if (unknown.length) console.error(`Unknown option ${unknown.join(" ")}`);
    console.error("Usage: npm run import:wordpress -- <export.xml> [--utc-offset=+01:00] [--create-staff]");
    process.exit(2);
  }
  const quiet = !process.stderr.isTTY;
  const bar = new SingleBar(
    {
      format: "{phase} [{bar}] {percentage}% | {mb}/{totalMb} MB | {posts} posts | ETA {eta_formatted}",
      hideCursor: true,
      noTTYOutput: false,
    },
    Presets.shades_classic,
  );
  let phase = "";
  const mb = (b: number) => (b / 1_048_576).toFixed(1);
  try {
    const report = await importWordpress(file, {
      offsetMinutes: parseOffset(offsetArg),
      createStaff: args.includes("--create-staff"),
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
    console.log(importSummary(report));
    const indexed = await rebuildSearchIndex();
    console.log(`Search index rebuilt (${indexed} published articles).`);
    console.log(await expireRunningSite());
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
