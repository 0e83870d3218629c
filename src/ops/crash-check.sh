#!/usr/bin/env bash
# The portal killed (kill -9) in the middle of an import and of form saves, then started again on the
# same data (run by .ci/run): every save the portal acknowledged is there with its history, nothing
# half-written is, and the import is all or nothing.
#
#   bash src/ops/crash-check.sh [rows of the import, default 20000]
#
# Uses the packaged jar on its embedded PostgreSQL in a fresh data folder (so the restart also finds
# the PostgreSQL server that the killed portal left running, and stops it), psql to read the database
# afterwards as the portal's role, curl, and the demo editor account.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-20000}
PORT=${ACCORD_CRASH_PORT:-18095}
BASE="http://127.0.0.1:$PORT"
JAR=${ACCORD_BENCH_JAR:-target/accord.jar}
WORK=$(mktemp -d)
DATA="$WORK/db"
COOKIES="$WORK/cookies"
SERVER=
SAVER=
cleanup() {
  [ -n "$SAVER" ] && kill "$SAVER" 2>/dev/null || true
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_portal() {
  ACCORD_DATA_DIR="$DATA" java @src/main/jvm/accord.options -jar "$JAR" --server.port="$PORT" >>"$WORK/portal.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 180); do
    curl -fsS "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 1
  done
  echo "the portal did not start"; tail -n 60 "$WORK/portal.log"; return 1
}
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
sign_in() {
  rm -f "$COOKIES"
  local token
  token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
  curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -d "username=editor&password=demo&_csrf=$token" "$BASE/login"
}
status() { curl -s -b "$COOKIES" "$BASE/import/$1" | grep -o 'id="import-status">[^<]*' | sed 's/.*>//'; }
sql() {
  PGPASSWORD=$(sed -n 's/^accord\.password=//p' "$DATA/accord-credentials.properties") \
    psql -XAtq -h localhost -p "$(sed -n 4p "$DATA/postmaster.pid")" -U accord -d postgres -c "$1"
}

passed=0
failed=0
check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

start_portal
sign_in

# An import of figures (counted afterwards by the source the import records them with).
FILE="$WORK/figures.csv"
awk -v rows="$ROWS" 'BEGIN {
  split("Chongqing University|Dalian University of Technology|Central South University|Shanghai Polytechnic University|University of Shanghai for Science and Technology", inst, "|");
  split("STUDENTS_SENT STUDENTS_RECEIVED_LONG_TERM STUDENTS_RECEIVED_SHORT_TERM VISITING_EXPERTS FOREIGN_TEACHERS", measure, " ");
  split("JP KR DE BG FR US GB IT ES NL SE FI DK NO PL CZ HU AT CH BE", country, " ");
  print "Institution,Measure,Value,Period kind,Year,Partner country";
  n = 0;
  for (y = 1901; n < rows; y++)
    for (i = 1; i <= 5 && n < rows; i++)
      for (m = 1; m <= 5 && n < rows; m++)
        for (c = 1; c <= 20 && n < rows; c++) { printf "%s,%s,%d,YEAR,%d,%s\n", inst[i], measure[m], n % 97, y, country[c]; n++ }
}' >"$FILE"
token=$(curl -s -b "$COOKIES" "$BASE/import" | csrf)
location=$(curl -s -b "$COOKIES" -o /dev/null -w '%{redirect_url}' -F kind=STATISTICS -F "file=@$FILE;type=text/csv" \
  -F "_csrf=$token" "$BASE/import")
batch=${location##*/}
while [ "$(status "$batch")" = "Being checked" ]; do sleep 1; done
version=$(curl -s -b "$COOKIES" "$BASE/import/$batch" | grep -o 'name="version" value="[0-9]*"' | grep -o '[0-9]*') ||
  { echo "the import is not ready: $(status "$batch")"; exit 1; }
token=$(curl -s -b "$COOKIES" "$BASE/import/$batch" | csrf)

# Form saves, one after another, each answer written down: 302 = acknowledged (committed).
(
  n=0
  while true; do
    n=$((n + 1))
    token=$(curl -s -m 5 -b "$COOKIES" "$BASE/institutions/new" | csrf) || token=
    code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' -b "$COOKIES" --data-urlencode "nameEn=Crash Check $n" \
      --data-urlencode "kind=UNIVERSITY" --data-urlencode "countryCode=FR" --data-urlencode "confirmedNew=true" \
      --data-urlencode "_csrf=$token" "$BASE/institutions") || true
    echo "$n ${code:-000}" >>"$WORK/saves"
  done
) &
SAVER=$!

sleep 2
curl -s -b "$COOKIES" -o /dev/null -d "version=$version&_csrf=$token" "$BASE/import/$batch/confirm"
for _ in $(seq 1 100); do
  [ "$(status "$batch")" = "Being imported" ] && break
  sleep 0.1
done
sleep 3
at_kill=$(status "$batch")
kill -9 "$SERVER"
echo "killed the portal (kill -9) while it saved forms, the import of $ROWS figures being: $at_kill"
sleep 1
kill "$SAVER" 2>/dev/null || true
wait "$SAVER" 2>/dev/null || true
SAVER=
wait "$SERVER" 2>/dev/null || true

tried=$(wc -l <"$WORK/saves")
acknowledged=$(awk '$2 == 302' "$WORK/saves" | wc -l)
errors=$(awk '$2 >= 500' "$WORK/saves" | wc -l)
echo "form saves tried: $tried, acknowledged: $acknowledged, answered 5xx: $errors, unanswered: $((tried - acknowledged - errors))"

start_portal
echo "started again on the same data"
sign_in

stored=$(sql "select count(*) from institution where name_en like 'Crash Check %'")
acknowledged_names=$(awk '$2 == 302 {printf "%s\x27Crash Check %s\x27", (n++ ? "," : ""), $1}' "$WORK/saves")
found=$(sql "select count(*) from institution where name_en in (${acknowledged_names:-''})")
without_history=$(sql "select count(*) from institution i where i.name_en like 'Crash Check %' and not exists
  (select from record_change c where c.record_type = 'INSTITUTION' and c.record_id = i.id and c.action = 'CREATED')")
figures=$(sql "select count(*) from exchange_statistic s join import_batch b on b.source_id = s.source_id where b.id = $batch")
echo "records: $stored saved institutions found ($found of the $acknowledged acknowledged), $without_history without their history; figures of the import: $figures of $ROWS"
check "every acknowledged save is there" [ "$found" = "$acknowledged" ]
check "at most the save in flight is there unacknowledged" [ $((stored - acknowledged)) -le 1 ]
check "no saved record lacks its history" [ "$without_history" = 0 ]
all_or_nothing() { [ "$figures" = 0 ] || [ "$figures" = "$ROWS" ]; }
check "the import is all or nothing" all_or_nothing
check "no save answered with a 5xx" [ "$errors" = 0 ]
final=
for _ in $(seq 1 100); do
  final=$(status "$batch")
  case "$final" in "Being imported") sleep 1 ;; *) break ;; esac
done
echo "the import's status after the restart: $final"
consistent() { { [ "$figures" = 0 ] && [ "$final" = "Not imported" ]; } || { [ "$figures" = "$ROWS" ] && [ "$final" = "Imported" ]; }; }
check "the import says what happened to it" consistent
pages=0
page_errors=0
for page in / /institutions /statistics "/import/$batch" /dashboard; do
  pages=$((pages + 1))
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$COOKIES" "$BASE$page")
  [ "$code" -ge 500 ] && page_errors=$((page_errors + 1))
done
check "pages answer after the restart ($pages tried)" [ "$page_errors" = 0 ]
echo "crash check: $passed of $((passed + failed)) checks passed; requests tried $((tried + pages)), 5xx $((errors + page_errors)), records lost $((acknowledged - found))"
[ "$failed" -eq 0 ]
