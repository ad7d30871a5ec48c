// `npm run db:restore <file>`: puts a backup made by db:backup back as the
// SQLite database. Stop the site first: this refuses while anything has the
// database open. The current database is kept beside it, never deleted.
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseUrl, sqliteFilePath } from "../../lib/db/url";
import { inspect, isSqliteFile } from "./sqlite-check";

const fail = (message: string): never => {
  console.error(`db:restore: ${message}`);
  process.exit(1);
};

const target =
  sqliteFilePath(databaseUrl()) ?? fail("restores the embedded SQLite database; for PostgreSQL use pg_restore/psql.");
const backup = process.argv[2] ? path.resolve(process.argv[2]) : fail("usage: npm run db:restore -- <backup file>");
if (!existsSync(backup)) fail(`${backup} does not exist`);
if (!isSqliteFile(backup)) fail(`${backup} is not an SQLite database`);
const checked = inspect(backup);
if (checked.integrity !== "ok") fail(`${backup} fails its integrity check: ${checked.integrity}`);
if (!checked.tables.includes("Article") || !checked.tables.includes("Comment"))
  fail(`${backup} is not a Sahifa database`);

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
if (existsSync(target)) {
  // Leaving WAL mode needs the only connection to the database: if the site
  // (or anything else) has it open, this fails and nothing is touched.
  // Otherwise it folds the -wal file into the database, which is kept below.
  const current = new Database(target, { timeout: 0 });
  try {
    const mode = current.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw new Error(`journal mode stays ${String(mode)}`);
  } catch (error) {
    current.close();
    fail(`${target} is in use (${(error as Error).message}); stop the site first`);
  }
  current.close();
  const kept = `${target}.before-restore-${stamp}`;
  renameSync(target, kept);
  console.log(`db:restore: the previous database is kept as ${kept}`);
}
for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });

copyFileSync(backup, `${target}.restoring`);
const restored = new Database(`${target}.restoring`);
restored.pragma("journal_mode = WAL"); // as the seed sets it: readers and the writer at once
restored.close();
renameSync(`${target}.restoring`, target);
console.log(
  `db:restore: ${target} restored from ${backup} (${checked.pages} pages, integrity ok). Start the site again.`,
);
