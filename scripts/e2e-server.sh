#!/bin/sh
# The server Playwright tests against: a fresh demo database, a production
# build in its own folder, served by scripts/serve.mjs (as in production). Started by playwright.config.ts.
set -eu
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
dist="${NEXT_DIST_DIR:-.next-e2e}"
npx tsx scripts/db/generate.ts > /dev/null
# DATABASE_URL (playwright.config.ts, e2e/database.ts): this port's SQLite file or PostgreSQL database, made anew.
npx tsx scripts/db/reset.ts --force > /dev/null
# Cached pages and query results belong to the previous database: start clean
# (only the compiler's own cache is kept, it makes the build faster).
find "$dist" -mindepth 1 -maxdepth 1 ! -name cache -exec rm -rf {} + 2>/dev/null || true
rm -rf "$dist/cache/fetch-cache"
npx next build
exec sh scripts/start.sh
