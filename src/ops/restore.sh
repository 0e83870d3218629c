#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database (create it first, owned by the portal's
# user), after which the portal starts on it as usual. Usage: src/ops/restore.sh FILE
# The database is found as connection.sh says; it must hold nothing of Accord yet.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=connection.sh
. "$here/connection.sh"

file=${1:?usage: restore.sh FILE}
[ -r "$file" ] || fail "cannot read $file"
if [ "$(psql -XAtq -c "select to_regclass('public.flyway_schema_history') is not null")" = t ]; then
  fail "$PGDATABASE already holds Accord's tables: restore into an empty database"
fi
start=$(date +%s%N)
"$PG_BIN/pg_restore" --exit-on-error --single-transaction --no-owner --no-privileges \
  --dbname="$PGDATABASE" "$file"
millis=$((($(date +%s%N) - start) / 1000000))
echo "restored $file into $PGDATABASE (PostgreSQL $major) in $millis ms"
