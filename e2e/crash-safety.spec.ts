import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { actionFields, postComment, readerAddress, trustedCommenter } from "./comment-form";
import { type Server, SUITE_PORT, cleanUp, databaseCopy, npmScript, startServer } from "./servers";
import { SEED, articlePath, e2eOnPostgres, unique } from "./support";

// Crash safety of the embedded database, on servers of the test's own (each
// with its own database and build copy): SIGKILL in the middle of a comment
// load loses nothing that was acknowledged and leaves an intact database; a
// backup taken during a load is intact, holds what was acknowledged before it,
// and a site restored from it serves it.
test.skip(e2eOnPostgres(), "SQLite's own guarantees (PostgreSQL has pg_dump and its own crash recovery)");
test.describe.configure({ mode: "serial", timeout: 300_000 });

const NAME = "crash";
const RESTORED = "restored";
let server: Server | undefined;
let restored: Server | undefined;
let fields: [string, string][];
let db = "";
let loads = 0;

/** Comment writers posting in a loop from distinct addresses; `acked` holds every text the site confirmed. */
function commentLoad(base: string, workers: number) {
  loads += 1;
  const tag = unique(`حمل ${loads}`);
  const acked: string[] = [];
  let sent = 0;
  let errors = 0;
  let running = true;
  const worker = async () => {
    while (running) {
      const i = sent++;
      const content = `${tag} تعليق ${i} — نصّ عربيّ`;
      try {
        const reply = await postComment(base, fields, { content, headers: readerAddress(40 + loads, i) });
        if (reply.outcome !== "other") acked.push(content);
      } catch {
        errors += 1; // the server went away mid-request: not acknowledged
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, worker));
  return {
    tag,
    acked,
    stats: () => ({ sent, acked: acked.length, errors }),
    until: async (predicate: () => boolean, timeout = 120_000) => {
      const end = Date.now() + timeout;
      while (!predicate() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      expect(predicate()).toBe(true);
    },
    stop: async () => {
      running = false;
      await done;
    },
  };
}

function stored(file: string, tag: string): Set<string> {
  const conn = new Database(file, { readonly: true, timeout: 10_000 });
  try {
    return new Set(conn.prepare("SELECT content FROM Comment WHERE content LIKE ?").pluck().all(`${tag}%`) as string[]);
  } finally {
    conn.close();
  }
}

function integrity(file: string): string {
  const conn = new Database(file, { timeout: 10_000 });
  try {
    return conn.pragma("integrity_check", { simple: true }) as string;
  } finally {
    conn.close();
  }
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  db = await databaseCopy(NAME);
  server = await startServer({
    name: NAME,
    port: SUITE_PORT + 50,
    db,
    env: { CLIENT_IP_HEADER: "x-forwarded-for", SCHEDULER: "off" },
  });
  fields = await actionFields(server.url);
});

test.afterAll(async () => {
  await server?.stop("SIGKILL");
  await restored?.stop("SIGKILL");
  cleanUp(NAME);
  cleanUp(RESTORED);
});

test("SIGKILL in the middle of a write load: the database is intact and every acknowledged comment is there", async () => {
  const load = commentLoad(server!.url, 12);
  await load.until(() => load.acked.length >= 30);
  const before = load.stats();
  await server!.stop("SIGKILL");
  const at = load.stats();
  await load.stop();
  const acked = [...load.acked];
  console.log(
    `killed with ${at.acked} acknowledged of ${at.sent} sent (${at.sent - at.acked} in flight or refused); ${before.acked} acknowledged when the kill was decided`,
  );
  expect(server!.process.signalCode).toBe("SIGKILL");

  server = await startServer({
    name: NAME,
    port: SUITE_PORT + 50,
    db,
    dist: server!.dist,
    env: { CLIENT_IP_HEADER: "x-forwarded-for", SCHEDULER: "off" },
  });
  expect(integrity(db)).toBe("ok");
  const rows = stored(db, load.tag);
  expect(acked.filter((t) => !rows.has(t))).toEqual([]);
  console.log(`after restart: ${rows.size} rows of the load stored, all ${acked.length} acknowledged among them`);
  // The restarted site takes comments again.
  const after = await postComment(server!.url, fields, {
    content: unique("بعد الإقلاع"),
    headers: readerAddress(99, 1),
  });
  expect(after.outcome).toBe("held");
});

test("db:backup during a write load gives an intact copy with everything acknowledged before it; a site restored from it serves it", async () => {
  const marker = unique("تعليق قبل النسخة");
  // Someone already approved, from their own browser: published at once, so the restored site must show it on
  // the article page.
  const approve = async (content: string) => {
    const conn = new Database(db, { timeout: 10_000 });
    try {
      conn.prepare("UPDATE Comment SET status = 'APPROVED' WHERE content = ?").run(content);
    } finally {
      conn.close();
    }
  };
  const trusted = await trustedCommenter(server!.url, fields, approve, readerAddress(99, 4));
  expect(
    (
      await postComment(server!.url, fields, {
        content: marker,
        name: trusted.name,
        email: trusted.email,
        headers: { ...readerAddress(99, 2), cookie: trusted.cookie },
      })
    ).outcome,
  ).toBe("published");

  const load = commentLoad(server!.url, 8);
  await load.until(() => load.acked.length >= 20);
  const ackedBefore = [...load.acked];
  const dest = `data/backups/e2e-${SUITE_PORT}-during-load.db`;
  rmSync(dest, { force: true });
  const started = Date.now();
  const output = await npmScript("db:backup", [dest], db);
  const took = Date.now() - started;
  const during = load.stats();
  await load.stop();
  console.log(
    `backup in ${took} ms while the load ran (${during.acked - ackedBefore.length} more comments acknowledged meanwhile): ${output.trim()}`,
  );
  expect(output).toContain(dest.split("/").pop()!);
  expect(output).toMatch(/\d+ bytes, \d+ pages of \d+ bytes, integrity ok/);
  expect(integrity(dest)).toBe("ok");
  const copied = stored(dest, load.tag);
  expect(ackedBefore.filter((t) => !copied.has(t))).toEqual([]);
  expect(stored(dest, marker).size).toBe(1);

  // Restoring over a database the running site has open is refused, and changes nothing.
  const rowsBefore = stored(db, load.tag).size;
  const refused = await npmScript("db:restore", [dest], db).then(
    () => "restored",
    (e: { stderr?: string }) => e.stderr ?? "failed",
  );
  expect(refused).toContain("stop the site first");
  expect(stored(db, load.tag).size).toBe(rowsBefore);
  expect(readdirSync("data").filter((f) => f.includes(`${NAME}.db.before-restore`))).toEqual([]);
  // Files that are not SQLite databases are refused.
  const notDb = await npmScript("db:restore", ["package.json"], `data/e2e-${SUITE_PORT}-${RESTORED}.db`).then(
    () => "restored",
    (e: { stderr?: string }) => e.stderr ?? "",
  );
  expect(notDb).toContain("is not an SQLite database");

  // The documented restore: into a fresh path, then start the site on it.
  cleanUp(RESTORED);
  const fresh = `data/e2e-${SUITE_PORT}-${RESTORED}.db`;
  await npmScript("db:restore", [dest], fresh);
  expect(existsSync(fresh)).toBe(true);
  restored = await startServer({
    name: RESTORED,
    port: SUITE_PORT + 60,
    db: fresh,
    env: { CLIENT_IP_HEADER: "x-forwarded-for", SCHEDULER: "off" },
  });
  const page = await fetch(restored.url + articlePath());
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain(SEED.headline);
  expect(html).toContain(marker);
  // And takes writes.
  const restoredFields = await actionFields(restored.url);
  expect(
    (
      await postComment(restored.url, restoredFields, {
        content: unique("بعد الاستعادة"),
        headers: readerAddress(99, 3),
      })
    ).outcome,
  ).toBe("held");
  rmSync(dest, { force: true });
});
