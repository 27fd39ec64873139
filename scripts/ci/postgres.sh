#!/usr/bin/env bash
# Install (if missing) and start a local PostgreSQL server for the test suite,
# then print its DATABASE_URL as the only line on stdout; progress goes to
# stderr. Idempotent: a second run finds everything in place and prints the
# same URL. Used by `make test-postgres` and CI; needs root (or sudo) on Debian.
#
# PostgreSQL refuses to run as root, so the server runs as the `postgres` user
# through Debian's cluster tools (pg_createcluster / pg_ctlcluster), and the
# database role is made with psql as that user. The role gets CREATEDB because
# pytest-django creates (and drops) its own `test_<name>` database.
#
# Overrides: PG_PORT (5432), PG_CLUSTER (main), PG_USER / PG_PASSWORD / PG_DB (hcv).
set -euo pipefail

port="${PG_PORT:-5432}"
cluster="${PG_CLUSTER:-main}"
user="${PG_USER:-hcv}"
password="${PG_PASSWORD:-hcv}"
db="${PG_DB:-hcv}"

log() { echo ">>> postgres: $*" >&2; }

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { log "error: needs root or sudo to install and start PostgreSQL"; exit 1; }
    sudo="sudo"
fi
as_postgres() { $sudo runuser -u postgres -- "$@"; }

server_version() {
    # Highest installed server major version (the directory Debian's packages create).
    find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/postgres' 2>/dev/null \
        | awk -F/ '{print $5}' | sort -n | tail -n 1
}

if [ -z "$(server_version)" ] || ! command -v pg_ctlcluster >/dev/null 2>&1; then
    log "installing the postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version="$(server_version)"
[ -n "$version" ] || { log "error: no PostgreSQL server found after installing"; exit 1; }

if ! pg_lsclusters -h "$version" "$cluster" >/dev/null 2>&1 \
    || [ -z "$(pg_lsclusters -h "$version" "$cluster" 2>/dev/null)" ]; then
    log "creating cluster $version/$cluster on port $port"
    $sudo pg_createcluster --port "$port" "$version" "$cluster" >&2
fi
cluster_port="$(pg_lsclusters -h "$version" "$cluster" | awk '{print $3}')"
if [ "$cluster_port" != "$port" ]; then
    log "error: cluster $version/$cluster listens on port $cluster_port, not $port (set PG_PORT=$cluster_port)"
    exit 1
fi

status="$(pg_lsclusters -h "$version" "$cluster" | awk '{print $4}')"
if [ "$status" != "online" ]; then
    log "starting cluster $version/$cluster"
    # pg_ctlcluster switches to the cluster's owner (postgres) by itself.
    $sudo pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || { log "error: server not ready on 127.0.0.1:$port"; exit 1; }

# Role and database; names are fixed identifiers, the password a literal.
as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt -d postgres >&2 <<SQL
SELECT 'CREATE ROLE "$user" LOGIN CREATEDB'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user')\gexec
ALTER ROLE "$user" LOGIN CREATEDB PASSWORD '$password';
SELECT 'CREATE DATABASE "$db" OWNER "$user" ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')\gexec
SQL
# CI's cluster is thrown away with the machine: no crash safety is needed, and
# without fsync the suite's many database creations and flushes run far faster.
# A developer's own cluster keeps its settings (only CI=true changes them).
if [ "${CI:-}" = "true" ]; then
    as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt -d postgres >&2 <<SQL
ALTER SYSTEM SET fsync = off;
ALTER SYSTEM SET synchronous_commit = off;
ALTER SYSTEM SET full_page_writes = off;
SELECT pg_reload_conf();
SQL
    log "CI: fsync, synchronous_commit and full_page_writes off (throwaway cluster)"
fi
log "ready: PostgreSQL $version, cluster $cluster, 127.0.0.1:$port, database $db"
echo "postgres://$user:$password@127.0.0.1:$port/$db"
