// An import killed halfway (SIGKILL, no chance to clean up) and run again
// ends with exactly the export's rows, none twice. Real processes on a real
// SQLite file: the script as an operator runs it.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const POSTS = 3000; // 15 batches of 200 (lib/wordpress/import.ts BATCH)
const BATCH = 200;
const dir = mkdtempSync(path.join(tmpdir(), "sahifa-wp-resume-"));
const dbFile = path.join(dir, "resume.db");
const exportFile = path.join(dir, "export.xml");
const env = { ...process.env, DATABASE_URL: `file:${dbFile}` };
const tsx = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, ["--import", "tsx", script, ...args], { env, encoding: "utf8", timeout: 240_000 });

let sqlite: Database.Database;
const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;

beforeAll(() => {
  tsx("scripts/db/migrate.ts", "deploy");
  // 3 comments per post, one a reply; 10 authors, 20 categories, 200 tags.
  tsx("scripts/bench/wordpress-export.ts", exportFile, String(POSTS));
  sqlite = new Database(dbFile, { readonly: true, timeout: 10_000 });
}, 240_000);

afterAll(() => {
  sqlite?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the import and SIGKILLs it once some batches are in the database. */
async function killMidway(): Promise<NodeJS.Signals | null> {
  // node itself, not npx: the signal must reach the process that writes.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/import-wordpress.ts", exportFile], {
    env,
    stdio: "ignore",
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_, signal) => resolve(signal)));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && child.exitCode === null) {
    if (count("SELECT count(*) AS n FROM Article") >= 2 * BATCH) {
      child.kill("SIGKILL");
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return exited;
}

describe("an import killed halfway", () => {
  it("leaves only whole batches, and running it again completes it with no duplicates", async () => {
    expect(await killMidway()).toBe("SIGKILL");
    const kept = count("SELECT count(*) AS n FROM Article");
    expect(kept).toBeGreaterThanOrEqual(2 * BATCH);
    expect(kept).toBeLessThan(POSTS);
    // One transaction per batch: posts come whole, with their comments, or not at all.
    expect(kept % BATCH).toBe(0);
    expect(count("SELECT count(*) AS n FROM Comment")).toBe(kept * 3);

    const out = tsx("scripts/import-wordpress.ts", exportFile);
    expect(out).toContain(`Articles: ${POSTS - kept} new, 0 updated, ${kept} unchanged`);
    expect(out).toContain(`Comments: ${(POSTS - kept) * 3} new, 0 updated, ${kept * 3} unchanged`);

    expect(count("SELECT count(*) AS n FROM Article")).toBe(POSTS);
    expect(count("SELECT count(DISTINCT wpId) AS n FROM Article")).toBe(POSTS);
    // Each kept WordPress's post name (`خبر-<id>`): none was imported twice under `-2`.
    expect(count("SELECT count(*) AS n FROM Article WHERE slug = 'خبر-' || wpId")).toBe(POSTS);
    expect(count("SELECT count(*) AS n FROM Comment")).toBe(POSTS * 3);
    expect(count("SELECT count(DISTINCT wpId) AS n FROM Comment")).toBe(POSTS * 3);
    expect(count("SELECT count(*) AS n FROM Comment WHERE parentId IS NOT NULL")).toBe(POSTS);
    expect(count("SELECT count(*) AS n FROM ArticleTag")).toBe(POSTS);
    expect(count("SELECT count(*) AS n FROM Author")).toBe(10);
    expect(count("SELECT count(*) AS n FROM Category")).toBe(20);
    expect(count("SELECT count(*) AS n FROM Category WHERE parentId IS NOT NULL")).toBe(10);
    expect(count("SELECT count(*) AS n FROM Tag")).toBe(200);
  }, 400_000);
});
