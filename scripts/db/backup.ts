// `npm run db:backup [dest]`: a consistent copy of the SQLite database while
// the site keeps running, through SQLite's online backup API (better-sqlite3's
// db.backup()). The copy is a single self-contained file (rollback journal,
// no -wal beside it), checked with PRAGMA integrity_check before we say so.
// PostgreSQL: use pg_dump.
import { mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseUrl, sqliteFilePath } from "../../lib/db/url";
import { inspect } from "./sqlite-check";

const source = sqliteFilePath(databaseUrl());
if (!source) {
  console.error("db:backup copies the embedded SQLite database; for PostgreSQL use pg_dump (see docs/operations.md).");
  process.exit(1);
}

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const dest = path.resolve(process.argv[2] || path.join("data", "backups", `sahifa-${stamp}.db`));
mkdirSync(path.dirname(dest), { recursive: true });
// Written beside the destination and renamed at the end, so a half-made copy never has the final name.
const partial = `${dest}.partial`;
rmSync(partial, { force: true });

async function copyOnline(from: string, to: string) {
  const db = new Database(from, { fileMustExist: true, timeout: 10_000 });
  try {
    // Every remaining page in one step (better-sqlite3 caps the number at
    // 2^31-1), under one read snapshot: in WAL mode writers carry on meanwhile,
    // and the copy cannot be restarted over and over by a steady stream of comments.
    await db.backup(to, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
}

copyOnline(source, partial).then(finish, (error: Error) => {
  console.error(`db:backup: ${error.message}`);
  process.exit(1);
});

function finish() {
  const copy = new Database(partial);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  const checked = inspect(partial);
  if (checked.integrity !== "ok") {
    console.error(`db:backup: the copy failed its integrity check (${checked.integrity}); kept as ${partial}`);
    process.exit(1);
  }
  renameSync(partial, dest);
  console.log(`db:backup: ${dest}`);
  console.log(`  ${statSync(dest).size} bytes, ${checked.pages} pages of ${checked.pageSize} bytes, integrity ok`);
}
