#!/bin/sh
# A throwaway PostgreSQL server for the test suite (Debian's packages; .ci/run uses it).
#   sh scripts/test/pg-server.sh start <dir> [port]   prints the PG_TEST_URL to use
#   sh scripts/test/pg-server.sh stop <dir>
# PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
set -eu
cmd="$1"; dir="$2"; port="${3:-54329}"
bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$bin/pg_ctl" ] || { echo "pg-server: no PostgreSQL binaries (apt-get install postgresql-15)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "'$bin/initdb' -D '$dir/data' -U app --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
    fi
    # fsync off: a test server's data is thrown away; it makes the suite's many commits cheap.
    as_pg "'$bin/pg_ctl' -D '$dir/data' -l '$dir/pg.log' -o \"-h 127.0.0.1 -p $port -k '$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" -w start >/dev/null"
    echo "postgresql://app@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null"
    ;;
  *) echo "usage: pg-server.sh start|stop <dir> [port]" >&2; exit 2 ;;
esac
