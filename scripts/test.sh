#!/bin/sh
# `npm test`: unit tests, then end-to-end tests against a production build, on SQLite and then,
# when PG_TEST_URL names a PostgreSQL server (.ci/run starts one), on PostgreSQL too.
# The runners write JSON results to reports/ (not test-results/, which Playwright
# empties when it starts) for .ci/run's summary line.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/playwright-pg.json
{ [ -d lib/db/generated ] && [ -d lib/db/generated-pg ]; } || npx tsx scripts/db/generate.ts > /dev/null
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
unit=$?
CI=${CI:-1} npx playwright test
e2e=$?
pg=0
if [ -n "${PG_TEST_URL:-}" ]; then
  echo "e2e: the same suite on PostgreSQL"
  CI=${CI:-1} E2E_DATABASE=postgres npx playwright test
  pg=$?
fi
[ $unit -eq 0 ] && [ $e2e -eq 0 ] && [ $pg -eq 0 ]
