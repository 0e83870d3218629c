#!/usr/bin/env bash
# Imports a large spreadsheet through the real pages and times it: starts the packaged portal
# with a small heap (-Xmx384m, to show that a large file does not need memory in proportion) on a
# fresh embedded database, signs in as the demo editor, uploads a CSV of exchange statistics for
# the seeded institutions, follows the preview's progress, confirms, follows the import's
# progress, and prints the times, the rows written and the portal's peak heap use.
#
#   bash src/bench/import-benchmark.sh [rows, default 50000]
#
# Environment: ACCORD_BENCH_PORT (8091), ACCORD_BENCH_JAR (target/accord.jar).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROWS="${1:-50000}"
PORT="${ACCORD_BENCH_PORT:-8091}"
BASE="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d)"
SERVER_LOG="target/import-benchmark-server.log"
JAR="${ACCORD_BENCH_JAR:-target/accord.jar}"

if [ ! -f "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
fi

mkdir -p target
ACCORD_DATA_DIR="$WORK/db" java -Xmx384m -jar "$JAR" --server.port="$PORT" > "$SERVER_LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 300); do
  if curl -sf "${BASE}/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 $SERVER 2>/dev/null; then echo "The portal stopped; see ${SERVER_LOG}" >&2; exit 1; fi
  sleep 1
done

# Figures for the seeded universities: every measure, year and partner country is another row.
FILE="$WORK/statistics-${ROWS}.csv"
awk -v rows="$ROWS" 'BEGIN {
  split("Chongqing University|Dalian University of Technology|Central South University|Shanghai Polytechnic University|University of Shanghai for Science and Technology", inst, "|");
  split("STUDENTS_SENT STUDENTS_RECEIVED_LONG_TERM STUDENTS_RECEIVED_SHORT_TERM VISITING_EXPERTS FOREIGN_TEACHERS", measure, " ");
  split("JP KR DE BG FR US GB IT ES NL SE FI DK NO PL CZ HU AT CH BE", country, " ");
  print "Institution,Measure,Value,Period kind,Year,Partner country";
  n = 0;
  for (y = 1901; y <= 2999 && n < rows; y++)
    for (i = 1; i <= 5 && n < rows; i++)
      for (m = 1; m <= 5 && n < rows; m++)
        for (c = 1; c <= 20 && n < rows; c++) {
          printf "%s,%s,%d,YEAR,%d,%s\n", inst[i], measure[m], (n * 7) % 500, y, country[c]; n++;
        }
}' > "$FILE"
echo "File: $(( $(wc -l < "$FILE") - 1 )) rows, $(du -h "$FILE" | cut -f1)"

COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -s -c "$COOKIES" -b "$COOKIES" "${BASE}/login" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -d "username=editor&password=demo&_csrf=${token}" "${BASE}/login"
token=$(curl -s -c "$COOKIES" -b "$COOKIES" "${BASE}/import" | csrf)

status() { curl -s -c "$COOKIES" -b "$COOKIES" "${BASE}/import/$1" | grep -o 'id="import-status">[^<]*' | sed 's/.*>//'; }
follow() {
  local id=$1 start=$2 state
  while true; do
    state=$(status "$id")
    case "$state" in "Being checked"|"Being imported") sleep 1 ;; *) break ;; esac
  done
  echo "$state after $(( $(date +%s%N) / 1000000 - start )) ms"
}

# The portal's heap in use, sampled every second: the largest sample is printed at the end.
( while kill -0 $SERVER 2>/dev/null; do
    jcmd $SERVER GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' >> "$WORK/heap"
    sleep 1
  done ) &
SAMPLER=$!

start=$(( $(date +%s%N) / 1000000 ))
location=$(curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{redirect_url}' \
  -F kind=STATISTICS -F "file=@${FILE};type=text/csv" -F "_csrf=${token}" "${BASE}/import")
id="${location##*/}"
echo -n "Upload and preview: "; follow "$id" "$start"
curl -s -c "$COOKIES" -b "$COOKIES" "${BASE}/import/${id}" | grep -o 'id="import-counts">[^<]*' | sed 's/.*>//;s/^ *//'

version=$(curl -s -c "$COOKIES" -b "$COOKIES" "${BASE}/import/${id}" | grep -o 'name="version" value="[0-9]*"' | grep -o '[0-9]*')
token=$(curl -s -c "$COOKIES" -b "$COOKIES" "${BASE}/import/${id}" | csrf)
start=$(( $(date +%s%N) / 1000000 ))
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -d "version=${version}&_csrf=${token}" "${BASE}/import/${id}/confirm"
echo -n "Import: "; follow "$id" "$start"
kill $SAMPLER 2>/dev/null || true
echo "Statistics list after the import: $(curl -s -c "$COOKIES" -b "$COOKIES" "${BASE}/statistics" | grep -o 'Showing [^<]*' | head -1)"
echo "Largest heap in use, sampled each second (limit 384 MB): $(( $(sort -n "$WORK/heap" | tail -1) / 1024 )) MB"
echo "Server log: ${SERVER_LOG}"
