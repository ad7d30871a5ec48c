// Resets the demo database: deletes the SQLite file, migrates, seeds again.
// Local use only; refuses anything but a `file:` database.
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";
import { databaseUrl, sqliteFilePath } from "../../lib/db/url";

const file = sqliteFilePath(databaseUrl());
if (!file) {
  console.error("db:reset only resets the embedded SQLite database; drop a PostgreSQL database with its own tools.");
  process.exit(1);
}
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
// Cached pages and query results describe the old database.
rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
rmSync(".next/server/route-cache", { recursive: true, force: true });
rmSync(".next/sahifa-sources", { force: true });
execSync("npx tsx scripts/db/migrate.ts deploy && npx tsx prisma/seed.ts", { stdio: "inherit" });
console.log("db:reset: done. Restart the site (npm run up) to serve the fresh data.");
