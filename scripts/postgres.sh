#!/usr/bin/env bash
# A local PostgreSQL server for development and CI (the PostgresStore tests), from Debian's packages.
#
#   bash scripts/postgres.sh start    install the server if missing, start cluster <version>/main, make sure
#                                     role `liqa` (password `liqa`, LOGIN CREATEDB) and database `liqa` exist,
#                                     and print the URL: postgres://liqa:liqa@127.0.0.1:5432/liqa
#   bash scripts/postgres.sh stop     stop that cluster (its data is kept)
#   bash scripts/postgres.sh status   list the clusters
#
# Every step checks first, so `start` can be run any number of times. Progress goes to stderr, the URL alone
# to stdout. Runs as root (CI and the dev machines do); as another user, the steps that need it use sudo.
set -euo pipefail

ROLE=liqa
PASSWORD=liqa
DATABASE=liqa
CLUSTER=main

say() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() {
  say "error: $*"
  exit 1
}

if [ "$(id -u)" = 0 ]; then
  as_root() { "$@"; }
  as_postgres() { runuser -u postgres -- "$@"; }
else
  as_root() { sudo -- "$@"; }
  as_postgres() { sudo -u postgres -- "$@"; }
fi

# The newest PostgreSQL version whose server binaries are installed, or nothing.
server_version() {
  local bin
  for bin in /usr/lib/postgresql/*/bin/postgres; do
    if [ -x "$bin" ]; then basename "$(dirname "$(dirname "$bin")")"; fi
  done | sort -V | tail -n 1
}

install_server() {
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -n "$(server_version)" ]; then return; fi
  say "PostgreSQL server not found: installing Debian's postgresql package"
  as_root apt-get update -qq || say 'apt-get update failed; trying the install with the package lists there are'
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
  [ -n "$(server_version)" ] || die 'the postgresql package installed no server binaries under /usr/lib/postgresql'
}

# One field of `pg_lsclusters` for <version> main: 3 = port, 4 = status. Empty when there is no such cluster.
cluster_field() {
  pg_lsclusters --no-header 2>/dev/null | awk -v v="$1" -v c="$CLUSTER" -v f="$2" '$1 == v && $2 == c { print $f }'
}

start() {
  install_server
  local version port
  version=$(server_version)
  if [ -z "$(cluster_field "$version" 3)" ]; then
    say "creating cluster $version/$CLUSTER"
    as_root pg_createcluster "$version" "$CLUSTER" >&2
  fi
  port=$(cluster_field "$version" 3)
  if [ "$(cluster_field "$version" 4)" != online ]; then
    say "starting cluster $version/$CLUSTER on port $port"
    as_root pg_ctlcluster "$version" "$CLUSTER" start
  fi
  pg_isready -q -h 127.0.0.1 -p "$port" -t 30 || die "the server on 127.0.0.1:$port does not accept connections"

  # The role and its password are (re)set each time, so a role left with another password is fixed too.
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres >&2 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
  ELSE
    ALTER ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DATABASE OWNER $ROLE' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DATABASE')
\gexec
SQL

  local url="postgres://$ROLE:$PASSWORD@127.0.0.1:$port/$DATABASE"
  # The way the tests connect: TCP on loopback with the password.
  psql -X -q -t -v ON_ERROR_STOP=1 "$url" -c 'SELECT 1' >/dev/null || die "cannot log in as $ROLE at 127.0.0.1:$port"
  [ "$port" = 5432 ] || say "note: cluster $version/$CLUSTER listens on port $port, not 5432"
  say "PostgreSQL $version ready"
  printf '%s\n' "$url"
}

stop() {
  local version
  version=$(server_version)
  if [ -z "$version" ] || [ -z "$(cluster_field "$version" 3)" ]; then
    say 'no cluster to stop'
  elif [ "$(cluster_field "$version" 4)" = online ]; then
    as_root pg_ctlcluster "$version" "$CLUSTER" stop
    say "stopped cluster $version/$CLUSTER"
  else
    say "cluster $version/$CLUSTER is not running"
  fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) pg_lsclusters ;;
*)
  printf 'usage: bash %s start|stop|status\n' "$0" >&2
  exit 2
  ;;
esac
