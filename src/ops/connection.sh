# Sourced by backup.sh and restore.sh: which database Accord uses, and PostgreSQL's own tools of
# the server's major version to read and write it.
#  - a real server: SPRING_DATASOURCE_URL (jdbc:postgresql://HOST[:PORT]/DB), _USERNAME, _PASSWORD, as
#    the portal itself reads them;
#  - the embedded server of a running portal: its data folder (ACCORD_DATA_DIR, by default
#    data/postgres), whose postmaster.pid names the port.
# Sets PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD and PG_BIN (the folder of pg_dump and pg_restore).

fail() { echo "$(basename "$0"): $*" >&2; exit 1; }

if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  address=${SPRING_DATASOURCE_URL#jdbc:postgresql://}
  [ "$address" != "$SPRING_DATASOURCE_URL" ] || fail "SPRING_DATASOURCE_URL is not a jdbc:postgresql:// URL"
  host_port=${address%%/*}
  database=${address#*/}
  database=${database%%\?*}
  export PGHOST=${host_port%%:*}
  if [ "$host_port" != "$PGHOST" ]; then export PGPORT=${host_port##*:}; else export PGPORT=5432; fi
  export PGDATABASE=$database
  export PGUSER=${SPRING_DATASOURCE_USERNAME:?SPRING_DATASOURCE_USERNAME is not set}
  export PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
else
  data=${ACCORD_DATA_DIR:-data/postgres}
  [ -f "$data/postmaster.pid" ] || fail "no running embedded database in $data (start the portal first, \
or set SPRING_DATASOURCE_URL for a real server)"
  export PGHOST=localhost
  PGPORT=$(sed -n 4p "$data/postmaster.pid")
  export PGPORT
  # The portal's own role and its password, which the portal drew at its first start.
  [ -r "$data/accord-credentials.properties" ] || fail "cannot read $data/accord-credentials.properties"
  export PGDATABASE=postgres
  PGUSER=$(sed -n 's/^accord\.user=//p' "$data/accord-credentials.properties")
  PGPASSWORD=$(sed -n 's/^accord\.password=//p' "$data/accord-credentials.properties")
  export PGUSER PGPASSWORD
fi

command -v psql >/dev/null 2>&1 || fail "psql is not installed (apt-get install postgresql-client)"
server_version=$(psql -XAtq -c 'show server_version_num') || fail "cannot reach the database at $PGHOST:$PGPORT"
major=$((server_version / 10000))

# pg_dump refuses a server newer than itself, and a dump is best read by the same version: take the
# tools of the server's major version.
PG_BIN=
for candidate in ${ACCORD_PG_BIN:-} "/usr/lib/postgresql/$major/bin" \
    "$(dirname "$(command -v pg_dump 2>/dev/null || echo /nonexistent/pg_dump)")"; do
  if [ -x "$candidate/pg_dump" ] && [ -x "$candidate/pg_restore" ] \
      && "$candidate/pg_dump" --version | grep -Eq " $major(\.|[^0-9])"; then
    PG_BIN=$candidate
    break
  fi
done
[ -n "$PG_BIN" ] || fail "the database is PostgreSQL $major: its pg_dump and pg_restore are needed \
(postgresql-client-$major, or set ACCORD_PG_BIN to their folder). The embedded server's own bundle \
has no pg_dump."
