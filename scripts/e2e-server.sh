#!/bin/sh
# The server Playwright tests against: a fresh demo database, a production
# build in its own folder, `next start`. Started by playwright.config.ts.
set -eu
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm data/e2e.db-journal
npx prisma generate > /dev/null
npx tsx scripts/db/migrate.ts deploy
npx tsx prisma/seed.ts
# Cached query results belong to the previous database: start clean.
# Cached pages and query results belong to the previous database: start clean
# (only the compiler's own cache is kept, it makes the build faster).
find .next-e2e -mindepth 1 -maxdepth 1 ! -name cache -exec rm -rf {} + 2>/dev/null || true
rm -rf .next-e2e/cache/fetch-cache
npx next build
exec npx next start -p "$PORT"
