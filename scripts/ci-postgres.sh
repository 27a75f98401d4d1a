#!/bin/sh
# Installs PostgreSQL from Debian's packages, starts it, creates the test role and database, and prints
# the line to export: eval "$(scripts/ci-postgres.sh)" sets DYAD_TEST_POSTGRES_URL for `swift test`.
# Safe to run twice. Runs as root (CI) or with sudo available.
set -eu
log() { echo "ci-postgres: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql from Debian packages"
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql libsqlite3-dev >&2
fi
# GRDB links the system SQLite; make sure its headers are there too.
dpkg -s libsqlite3-dev >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq libsqlite3-dev >&2

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
    as_root pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
    log "starting cluster $version/main"
    as_root pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')

# The test role may create databases: each test makes its own and drops it, so tests run in parallel safely.
as_root su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dyad_test') THEN
    CREATE ROLE dyad_test LOGIN CREATEDB PASSWORD 'dyad_test';
  END IF;
END $$;
SQL
if ! as_root su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname = 'dyad_test'\"" | grep -q 1; then
    as_root su postgres -c "createdb -p $port -O dyad_test dyad_test" >&2
fi
log "ready on port $port"
echo "export DYAD_TEST_POSTGRES_URL=postgres://dyad_test:dyad_test@127.0.0.1:$port/dyad_test"
