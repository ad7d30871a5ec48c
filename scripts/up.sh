#!/bin/sh
# One command from a fresh clone to a running site: install, migrate, seed an
# empty database, build, serve. Each step is skipped when nothing it depends on
# has changed, and nothing here ever deletes data.
set -eu
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# 0. Node.js 20.19+ or 22.12+ (package.json "engines"; docs/decisions/node-version.md).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit((a === 20 && b >= 19) || (a === 22 && b >= 12) || a > 22 ? 0 : 1)'; then
  echo "up: Node.js $(node -v 2>/dev/null || echo "(none)") cannot run this site: it needs 20.19 or later, or 22.12 or later" >&2
  exit 1
fi

PORT="${PORT:-3000}"
export PORT

fingerprint() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }

# 1. Dependencies, only when the lockfile changed since the last install.
lock=$(fingerprint package-lock.json)
if [ ! -f node_modules/.sahifa-lock ] || [ "$(cat node_modules/.sahifa-lock)" != "$lock" ]; then
  echo "up: installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock" > node_modules/.sahifa-lock
fi

# 2. A local .env with random secrets, made once: AUTH_SECRET signs staff
# sessions, INTERNAL_SECRET guards the internal endpoints (added to an older .env).
# Variables already set in the environment win over .env (scripts/load-env.sh).
. scripts/load-env.sh
if [ ! -f .env ]; then
  grep -v '^PORT=\|^SITE_URL=\|^AUTH_SECRET=\|^INTERNAL_SECRET=' .env.example > .env
  echo "up: wrote .env (edit it to configure the site)"
fi
ensure_secret AUTH_SECRET .env
ensure_secret INTERNAL_SECRET .env
load_env .env

# 3. Database: apply pending migrations, seed the demo content if it is empty.
npx tsx scripts/db/generate.ts > /dev/null
npm run --silent db:migrate
npm run --silent db:seed

# 4. Build, unless sources and build-time settings are unchanged since the last build.
sources=$( (find app components lib prisma public -type f ! -path 'lib/db/generated/*' ! -path 'lib/db/generated-pg/*' 2>/dev/null | sort | xargs cat; \
  cat next.config.js tsconfig.json postcss.config.mjs package-lock.json; echo "${SITE_URL:-}${DATABASE_URL:-}$PORT") | sha256sum | cut -d' ' -f1)
if [ ! -f .next/BUILD_ID ] || [ "$(cat .next/sahifa-sources 2>/dev/null)" != "$sources" ]; then
  echo "up: building"
  npx next build
  echo "$sources" > .next/sahifa-sources
else
  echo "up: build is up to date"
fi

echo "up: serving on http://localhost:$PORT"
# Our own small server around Next (scripts/serve.mjs): it records each
# connection's address where forwarded headers cannot forge it.
exec sh scripts/start.sh
