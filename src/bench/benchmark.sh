#!/usr/bin/env bash
# Benchmarks the portal against a floor, in one run on one database.
#
# The portal: the packaged jar on its own kept database, by default the large generated portfolio
# (10,000 institutions in 150 countries, 100,000 agreements, 50,000 delegations, 1,000,000
# statistics; generated on the first run, a few minutes), or the seeds alone
# (ACCORD_BENCH_PORTFOLIO=seeds). The floor (src/bench/Floor.java): the JDK's HTTP server and raw
# JDBC rendering the same 20 rows as the portal's /agreements, joined to their parties and escaped,
# on the same database. Signs in, then drives the dashboard, every list, record pages and search
# with wrk (2 threads, 16 connections) and prints, per page: p50/p95/p99 latency, requests per
# second, the ratio of those to the floor's requests per second, and the SQL statements of one
# request. Then the portal's resident memory after the run and its start time.
#
#   bash src/bench/benchmark.sh [seconds per page, default 15]
#
# Environment: ACCORD_BENCH_PORTFOLIO (large | seeds), ACCORD_BENCH_PORT (8090; the floor uses the
# next port), ACCORD_BENCH_DATA (data/large or data/bench-seeds: kept between runs; delete it to
# start afresh), ACCORD_BENCH_WARM_UP_ALL (seconds of load over all the pages in turn before any is
# measured, 180, then on until the JIT is quiet, see below; a running portal is measured, not one just
# started: on two cores the JIT's second tier needs minutes under load to compile the hot paths),
# ACCORD_BENCH_WARM_UP_MAX (900), ACCORD_BENCH_JIT_QUIET (3), ACCORD_BENCH_WARM_UP (seconds of
# load before each page is measured, 3; the floor gets ACCORD_BENCH_FLOOR_WARM_UP, 15),
# ACCORD_BENCH_ONLY (an extended regular expression: only the pages whose path matches it, for
# example 'search|suggestions|q='), ACCORD_BENCH_JAR (target/accord.jar), JAVA_OPTS (the JVM options of the portal;
# by default @src/main/jvm/accord.options, the ones the README and docker-compose.yml give).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=portal.sh
source src/bench/portal.sh

DURATION="${1:-15}"
PORTFOLIO="${ACCORD_BENCH_PORTFOLIO:-large}"
PORT="${ACCORD_BENCH_PORT:-8090}"
FLOOR_PORT=$((PORT + 1))
JAR="${ACCORD_BENCH_JAR:-target/accord.jar}"
JAVA_OPTS="${JAVA_OPTS-@src/main/jvm/accord.options}"
case "$PORTFOLIO" in
  large) DATA="${ACCORD_BENCH_DATA:-data/large}"; GENERATE=(--accord.generate=large) ;;
  seeds) DATA="${ACCORD_BENCH_DATA:-data/bench-seeds}"; GENERATE=() ;;
  *) echo "ACCORD_BENCH_PORTFOLIO is large or seeds" >&2; exit 1 ;;
esac
BASE="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d)"
SERVER_LOG="target/benchmark-server.log"
FLOOR_LOG="target/benchmark-floor.log"

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else
    echo "wrk is needed: sudo apt-get install -y wrk" >&2
    exit 1
  fi
fi

if [ ! -f "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
fi

mkdir -p target
# Started as in production (src/main/jvm/start.sh: the jar extracted, with a class-data-sharing
# archive, made before the timed start when the jar changed).
ACCORD_DATA_DIR="$DATA" JAVA_OPTS="$JAVA_OPTS" bash src/main/jvm/start.sh --prepare "$JAR" --server.port="$PORT" \
  "${GENERATE[@]}"
started_at=$(date +%s%N)
ACCORD_DATA_DIR="$DATA" JAVA_OPTS="$JAVA_OPTS" bash src/main/jvm/start.sh "$JAR" --server.port="$PORT" "${GENERATE[@]}" \
  --accord.diagnostics.count-statements=true \
  > "$SERVER_LOG" 2>&1 &
SERVER=$!
FLOOR=
trap 'kill $SERVER $FLOOR 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "Starting the portal on ${BASE} with ${PORTFOLIO} data (the first large run generates it; see ${SERVER_LOG})..."
wait_until_up "$BASE" $SERVER
ready_ms=$(( ($(date +%s%N) - started_at) / 1000000 ))
grep -h "Generated the large portfolio\|already generated" "$SERVER_LOG" || true

# The floor, on the portal's embedded database (the port the portal logged), as the portal's role.
DB_PORT=$(sed -n 's/.*Embedded PostgreSQL is listening on port \([0-9]*\).*/\1/p' "$SERVER_LOG" | tail -1)
DRIVER=$(jar tf "$JAR" | grep '^BOOT-INF/lib/postgresql-.*\.jar$' | head -1)
JAR_PATH=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
(cd "$WORK" && jar xf "$JAR_PATH" "$DRIVER")
java -Dsun.net.httpserver.nodelay=true -cp "$WORK/$DRIVER" src/bench/Floor.java "$FLOOR_PORT" \
  "jdbc:postgresql://localhost:${DB_PORT}/postgres" accord \
  "$(sed -n 's/^accord\.password=//p' "$DATA/accord-credentials.properties")" > "$FLOOR_LOG" 2>&1 &
FLOOR=$!
for _ in $(seq 1 100); do
  if curl -sf "http://localhost:${FLOOR_PORT}/agreements" >/dev/null 2>&1; then break; fi
  sleep 0.2
done

HEADER=$(sign_in "$BASE" "$WORK/cookies")

page() { curl -s -H "$HEADER" "${BASE}$1"; }
# A busy partner (the dashboard's most active), a busy home institution, an agreement, a delegation.
PARTNER=$(page "/dashboard" | sed -n '/id="chart-top"/,$p' | grep -o 'href="/institutions/[0-9]*"' | head -1 | grep -o '[0-9]*')
HOME_ID=$(page "/dashboard" | grep -o '<option value="[0-9][0-9]*"' | head -1 | grep -o '[0-9][0-9]*')
if [ "$PORTFOLIO" = large ]; then
  AGREEMENT=$(page "/agreements?q=GEN-050000" | grep -o 'href="/agreements/[0-9]*"' | head -1 | grep -o '[0-9]*')
else
  AGREEMENT=$(page "/agreements" | grep -o 'href="/agreements/[0-9]*"' | head -1 | grep -o '[0-9]*')
fi
DELEGATION=$(page "/delegations" | grep -o 'href="/delegations/[0-9]*"' | head -1 | grep -o '[0-9]*')

PAGES=(
  "/dashboard"
  "/dashboard?home=${HOME_ID}&country=JP&from=2015&to=2024"
  "/"
  "/institutions"
  "/agreements"
  "/offices"
  "/delegations"
  "/statistics"
  "/sources"
  "/agreements/renewals"
  "/institutions/${PARTNER}"
  "/institutions/${HOME_ID}"
  "/agreements/${AGREEMENT}"
  "/delegations/${DELEGATION}"
  "/search?q=kyoto"
  "/search?q=university%20kyoto"
  "/search?q=hirosaky"
  "/search?q=%E5%BE%B7%E5%9B%BD"
  "/search?q=generated%20university%2000042"
  "/search?q=university"
  "/institutions/suggestions?q=hiros"
  "/institutions/suggestions?q=generated%20univ"
  "/institutions/suggestions?q=univ"
  "/institutions?q=japan"
  "/institutions?q=%E5%BE%B7%E5%9B%BD"
  "/agreements?q=kyoto"
  # What bounds every ratio above: the stack's own cost with no data, a static file through the
  # filter chain (Tomcat, Spring Security, sessions) and a form page of the layout (Thymeleaf too).
  "/assets/favicon.svg"
  "/account/password"
)
if [ -n "${ACCORD_BENCH_ONLY:-}" ]; then
  mapfile -t PAGES < <(printf '%s\n' "${PAGES[@]}" | grep -E -- "$ACCORD_BENCH_ONLY")
fi

run() { wrk -t2 -c16 -d"${DURATION}s" --timeout 10s -s src/bench/report.lua "$@" | grep '^RESULT'; }
row() { printf '%-58s %8s %8s %8s %8s %6s %6s %6s %6s\n' "$@"; }
# Seconds the portal's JIT has spent compiling so far (jstat's Time): its growth while a page is
# measured is CPU the page's numbers share with the compiler.
jit_seconds() { { jstat -compiler "$SERVER" 2>/dev/null || true; } | awk 'NR == 2 { print $4 }'; }
# The seconds compiled since a reading of jit_seconds ("?" without jstat).
jit_since() { awk -v a="$1" -v b="$(jit_seconds)" 'BEGIN { if (a == "" || b == "") print "?"; else printf "%.1f", b - a }'; }

# Each server is warmed up (its JIT compiles the hot paths) before it is measured: the portal first
# on all its pages in turn, then on each page before it is measured.
# The JIT's second tier goes on compiling for minutes under load over all the pages (measured: more
# than one core's worth of compiling in every 30 s for the first 270 s of a rotating load), and a page
# measured meanwhile shares the cores with it. So after ACCORD_BENCH_WARM_UP_ALL seconds the load goes
# on, 30 s at a time, until the JIT compiled less than ACCORD_BENCH_JIT_QUIET seconds (3) in the last
# 30 s, or ACCORD_BENCH_WARM_UP_MAX seconds (900) have passed.
WARM_UP_ALL="${ACCORD_BENCH_WARM_UP_ALL:-180}"
WARM_UP_MAX="${ACCORD_BENCH_WARM_UP_MAX:-900}"
JIT_QUIET="${ACCORD_BENCH_JIT_QUIET:-3}"
if [ "$WARM_UP_ALL" -gt 0 ]; then
  printf '%s\n' "${PAGES[@]}" > "$WORK/paths"
  echo "Warming the portal up on its ${#PAGES[@]} pages in turn for ${WARM_UP_ALL} s at least, until its JIT is quiet..."
  warm_all() { ACCORD_BENCH_PATHS="$WORK/paths" wrk -t2 -c16 -d"$1s" --timeout 10s -s src/bench/rotate.lua \
    -H "$HEADER" "$BASE" >/dev/null; }
  warm_all "$WARM_UP_ALL"
  warmed=$WARM_UP_ALL
  jit=?
  while [ "$warmed" -lt "$WARM_UP_MAX" ]; do
    jit_before=$(jit_seconds)
    warm_all 30
    warmed=$(( warmed + 30 ))
    jit=$(jit_since "$jit_before")
    if [ "$jit" = "?" ] || awk -v j="$jit" -v q="$JIT_QUIET" 'BEGIN { exit !(j < q) }'; then
      break
    fi
  done
  echo "Warmed up for ${warmed} s; the JIT compiled for ${jit} s in the last 30 s of it."
fi
WARM_UP="${ACCORD_BENCH_WARM_UP:-3}"
warm() { wrk -t2 -c16 -d"${WARM_UP}s" --timeout 10s "$@" >/dev/null; }
# The floor runs from source on a fresh JVM: its JIT needs longer than the portal's pages (measured:
# 2,554 req/s after 3 s of warm-up, 4,037 at the end of the same run).
WARM_UP="${ACCORD_BENCH_FLOOR_WARM_UP:-15}" warm "http://localhost:${FLOOR_PORT}/agreements"
read -r _ fp50 fp95 fp99 floor_rps ferrors _ <<< "$(run "http://localhost:${FLOOR_PORT}/agreements")"
echo
row "page" "p50 ms" "p95 ms" "p99 ms" "req/s" "ratio" "SQL" "errors" "JIT s"
row "floor: /agreements, JDK HTTP server + raw JDBC" "$fp50" "$fp95" "$fp99" "$floor_rps" "-" "2" "$ferrors" "-"
# The pages are measured first, their ratios computed once the floor has been measured again at the
# end: the larger of its two results divides them, so that a machine busy at one end of the run does
# not flatter the portal.
RESULTS=()
for path in "${PAGES[@]}"; do
  statements=$(curl -s -o /dev/null -D - -H "$HEADER" -H "X-SQL-Statements: count" "${BASE}${path}" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-sql-statements" { print $2 }')
  warm -H "$HEADER" "${BASE}${path}"
  jit_before=$(jit_seconds)
  read -r _ p50 p95 p99 rps errors _ <<< "$(run -H "$HEADER" "${BASE}${path}")"
  jit=$(jit_since "$jit_before")
  RESULTS+=("$path|$p50|$p95|$p99|$rps|${statements:-?}|$errors|$jit")
done
read -r _ gp50 gp95 gp99 floor_again gerrors _ <<< "$(run "http://localhost:${FLOOR_PORT}/agreements")"
floor_best=$(awk -v a="$floor_rps" -v b="$floor_again" 'BEGIN { print (a > b) ? a : b }')
for result in "${RESULTS[@]}"; do
  IFS='|' read -r path p50 p95 p99 rps statements errors jit <<< "$result"
  ratio=$(awk -v a="$rps" -v b="$floor_best" 'BEGIN { printf "%.3f", (b > 0) ? a / b : 0 }')
  row "$path" "$p50" "$p95" "$p99" "$rps" "$ratio" "$statements" "$errors" "$jit"
done
row "floor again, at the end" "$gp50" "$gp95" "$gp99" "$floor_again" "-" "2" "$gerrors" "-"
rss_mb=$(( $(ps -o rss= -p $SERVER) / 1024 ))
started=$(sed -n 's/.*Started AccordApplication in \([0-9.]*\) seconds.*/\1/p' "$SERVER_LOG" | tail -1)
echo
echo "portfolio: ${PORTFOLIO}; wrk -t2 -c16 -d${DURATION}s per page on $(nproc) cores, client and servers sharing them."
echo "ratio = the page's req/s / the floor's (the better of its two results, ${floor_best} req/s) in this run;" \
  "SQL = statements of one request (X-SQL-Statements); JIT s = seconds the portal's JIT compiled while the page was measured."
echo "/assets/favicon.svg and /account/password read no records: they are the most a page can reach on this stack."
echo "portal: RSS after the run ${rss_mb} MB; started in ${started:-?} s (Spring), ready after ${ready_ms} ms;" \
  "JVM options: $(for o in $JAVA_OPTS; do if [[ $o == @* ]]; then tr '\n' ' ' < "${o#@}"; else printf '%s ' "$o"; fi; done)"
