// Resets the demo database: drops it (SQLite: deletes the file; PostgreSQL: DROP DATABASE),
// migrates, seeds again. Local use only: a PostgreSQL database is dropped only with --force.
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";
import { Client } from "pg";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "../../lib/db/url";

async function dropPostgres(url: string) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!name || name === "postgres") throw new Error(`db:reset: refusing to drop "${name || "(none)"}"`);
  u.pathname = "/postgres"; // the maintenance database
  const admin = new Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    // FORCE: a server left running from an earlier run must not block the reset.
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function main() {
  const url = databaseUrl();
  if (isPostgresUrl(url)) {
    if (!process.argv.includes("--force")) {
      console.error(
        "db:reset drops the whole PostgreSQL database in DATABASE_URL: run it with --force if that is meant.",
      );
      process.exit(1);
    }
    await dropPostgres(url); // migrate.ts creates it again
  } else {
    const file = sqliteFilePath(url);
    if (!file) throw new Error(`db:reset: unsupported DATABASE_URL ${url}`);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  }
  // Cached pages and query results describe the old database.
  const dist = process.env.NEXT_DIST_DIR || ".next";
  rmSync(`${dist}/cache/fetch-cache`, { recursive: true, force: true });
  rmSync(`${dist}/server/route-cache`, { recursive: true, force: true });
  rmSync(`${dist}/sahifa-sources`, { force: true });
  execSync("npx tsx scripts/db/migrate.ts deploy && npx tsx prisma/seed.ts", { stdio: "inherit" });
  console.log("db:reset: done. Restart the site (npm run up) to serve the fresh data.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
