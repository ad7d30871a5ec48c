// The page-view beacon under load (lib/views/beacon.mjs): readers' pages come from the
// micro-cache while their browsers send `/api/views?a=<id>` at a fixed rate. Measures that
// every beacon answered is stored (the in-memory totals reach the database in batches), and
// what the beacons cost the pages served meanwhile.
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { percentile, round, timed } from "./load";

export type ViewsResult = {
  /** Beacons asked for per second, and how many were sent and answered 200. */
  rate: number;
  sent: number;
  answered: number;
  /**
   * Views of the article in the database after the flush, minus those before: at least `answered`,
   * at most `sent` (beacons in flight when the load stops reach the server unseen by autocannon).
   */
  stored: number;
  beaconP99: number;
  /** The article page through the micro-cache, p99 ms, alone and under the beacons. */
  pageP99: { alone: number; withViews: number };
};

const UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function storedViews(dbFile: string, articleId: number): number {
  const sqlite = new Database(dbFile, { readonly: true, timeout: 10_000 });
  try {
    const row = sqlite
      .prepare("SELECT coalesce(sum(views), 0) AS n FROM ArticleViews WHERE articleId = ?")
      .get(articleId);
    return Number((row as { n: number }).n);
  } finally {
    sqlite.close();
  }
}

/** p99 of sequential fetches of `url` during `ms`. */
async function sample(url: string, ms: number): Promise<number> {
  const times: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) times.push((await timed(url)).ms);
  return round(percentile(times, 99));
}

/**
 * `rate` beacons per second for `seconds` against `cache` (nginx in front of the app), then
 * waits for the app's flush (it runs every SCHEDULER_INTERVAL_MS) and reads the database.
 */
export async function viewsUnderLoad(
  cache: string,
  dbFile: string,
  article: { id: number; path: string },
  seconds: number,
  rate = 1000,
): Promise<ViewsResult> {
  const page = cache + article.path;
  const before = storedViews(dbFile, article.id);
  const alone = await sample(page, 2000);
  const load = autocannon({
    url: `${cache}/api/views?a=${article.id}`,
    connections: 32,
    overallRate: rate,
    duration: seconds,
    headers: { "user-agent": UA },
  });
  await sleep(500);
  const withViews = await sample(page, Math.max(1000, seconds * 1000 - 1000));
  const r = await load;
  const answered = r.requests.total - r.non2xx - r.errors - r.timeouts;
  let stored = 0;
  for (let waited = 0; waited < 60_000; waited += 500) {
    stored = storedViews(dbFile, article.id) - before;
    if (stored >= answered) {
      await sleep(3000); // one more flush: the beacons still in flight at the end
      stored = storedViews(dbFile, article.id) - before;
      break;
    }
    await sleep(500);
  }
  return {
    rate,
    sent: r.requests.sent,
    answered,
    stored,
    beaconP99: r.latency.p99,
    pageP99: { alone, withViews },
  };
}
