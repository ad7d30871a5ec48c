#!/bin/sh
# The production server's command, written once: `npm start`, scripts/up.sh,
# the e2e server and the benchmark run it. PORT, HOSTNAME and NEXT_DIST_DIR
# come from the environment; scripts/serve.mjs says what it adds to Next.js.
#
# Memory (docs/performance.md, "A million articles"; raise them for a site that needs more):
# - The heap cap keeps V8 from growing the heap freely under load: 64
#   connections took the server to 424 MB RSS without it, 258 MB with it, at
#   the same req/s.
# - 8 MB semi-spaces (V8 picks 16 here) keep short-lived render garbage from
#   inflating RSS: an article hammered at 64 connections held 276 MB RSS with
#   V8's default, 231 MB with 8 (4 MB: 179 MB), at the same req/s within noise.
# - Two malloc arenas instead of glibc's one per thread (up to 8 per core):
#   compression and file writes run on libuv's threads, and each thread's arena
#   kept its freed memory (~90 MB of the 280–308 MB a million-article probe
#   peaked at); with two, the peak was 20–30 MB lower at the same speed.
set -eu
cd "$(dirname "$0")/.."
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec node --max-old-space-size=256 --max-semi-space-size=8 scripts/serve.mjs
