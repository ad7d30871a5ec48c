#!/bin/sh
# The server Playwright tests against: a fresh demo database, a production
# build in its own folder, `next start`. Started by playwright.config.ts.
set -eu
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
db="${E2E_DB:-data/e2e.db}"
dist="${NEXT_DIST_DIR:-.next-e2e}"
rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
npx prisma generate > /dev/null
npx tsx scripts/db/migrate.ts deploy
npx tsx prisma/seed.ts
# Cached pages and query results belong to the previous database: start clean
# (only the compiler's own cache is kept, it makes the build faster).
find "$dist" -mindepth 1 -maxdepth 1 ! -name cache -exec rm -rf {} + 2>/dev/null || true
rm -rf "$dist/cache/fetch-cache"
npx next build
exec npx next start -p "$PORT"
