#!/usr/bin/env bash
# Backs up Accord's database, with the portal running, into one file (pg_dump's custom format):
# every record, document, history entry and account. Usage: src/ops/backup.sh FILE [pg_dump options]
# The database is found as connection.sh says. The backup is reported to the portal (Admin →
# Operations shows the last one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=connection.sh
. "$here/connection.sh"

file=${1:?usage: backup.sh FILE [pg_dump options]}
shift
start=$(date +%s%N)
"$PG_BIN/pg_dump" --format=custom --file="$file.partial" "$@"
mv "$file.partial" "$file"
millis=$((($(date +%s%N) - start) / 1000000))
bytes=$(stat -c %s "$file")
psql -XAtq -v ON_ERROR_STOP=1 -v file="$(basename "$file")" -v bytes="$bytes" -v millis="$millis" <<'SQL'
insert into backup_report (file_name, size_bytes, duration_ms) values (:'file', :bytes, :millis);
SQL
echo "backed up $PGDATABASE (PostgreSQL $major) to $file: $bytes bytes in $millis ms"
