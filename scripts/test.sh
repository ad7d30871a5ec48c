#!/bin/sh
# `npm test`: unit tests, then end-to-end tests against a production build.
# Both runners write JSON results to reports/ (not test-results/, which Playwright
# empties when it starts) for .ci/run's summary line.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
[ -d lib/db/generated ] || npx prisma generate > /dev/null
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
unit=$?
CI=${CI:-1} npx playwright test
e2e=$?
[ $unit -eq 0 ] && [ $e2e -eq 0 ]
