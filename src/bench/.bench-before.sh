#!/usr/bin/env bash
# Benchmarks the portal on a large generated portfolio (10,000 institutions in 150 countries,
# 100,000 agreements, 50,000 delegations, 1,000,000 statistics): starts the packaged portal on
# its own kept database (generated on the first run, a few minutes), signs in, and drives the
# dashboard, every list page, detail pages and search with wrk (2 threads, 16 connections).
# Prints, per page: p50/p95/p99 latency, requests per second, and the SQL statements that one
# request issues.
#
#   bash src/bench/benchmark.sh [seconds per page, default 15]
#
# Environment: ACCORD_BENCH_PORT (8090), ACCORD_BENCH_DATA (data/large: the generated database,
# kept between runs; delete it to generate afresh).
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${1:-15}"
PORT="${ACCORD_BENCH_PORT:-8090}"
DATA="${ACCORD_BENCH_DATA:-data/large}"
BASE="http://localhost:${PORT}"
WORK="$(mktemp -d)"
SERVER_LOG="target/benchmark-server.log"

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else
    echo "wrk is needed: sudo apt-get install -y wrk" >&2
    exit 1
  fi
fi

if [ ! -f target/accord.jar ]; then
  ./mvnw -B -q -DskipTests package
fi

mkdir -p target
ACCORD_DATA_DIR="$DATA" java -jar /tmp/accord-before.jar --server.port="$PORT" --accord.generate=large \
  --accord.diagnostics.statement-count-header=true --spring.jpa.properties.hibernate.generate_statistics=true \
  --logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn \
  > "$SERVER_LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "Starting the portal on ${BASE} (the first run generates the portfolio; see ${SERVER_LOG})..."
for _ in $(seq 1 1200); do
  if curl -sf "${BASE}/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 $SERVER 2>/dev/null; then echo "The portal stopped; see ${SERVER_LOG}" >&2; exit 1; fi
  sleep 1
done
grep -h "Generated the large portfolio\|already generated" "$SERVER_LOG" || true

COOKIES="$WORK/cookies"
csrf=$(curl -s -c "$COOKIES" -b "$COOKIES" "${BASE}/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -d "username=admin&password=demo&_csrf=${csrf}" "${BASE}/login"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$COOKIES" | tail -1)
[ -n "$SESSION" ] || { echo "Could not sign in" >&2; exit 1; }
HEADER="Cookie: JSESSIONID=${SESSION}"

page() { curl -s -H "$HEADER" "${BASE}$1"; }
# A busy partner (the dashboard's most active), a busy home institution, an agreement, a delegation.
PARTNER=$(page "/dashboard" | sed -n '/id="chart-top"/,$p' | grep -o 'href="/institutions/[0-9]*"' | head -1 | grep -o '[0-9]*')
HOME_ID=$(page "/dashboard" | grep -o '<option value="[0-9][0-9]*"' | head -1 | grep -o '[0-9][0-9]*')
AGREEMENT=$(page "/agreements?q=GEN-050000" | grep -o 'href="/agreements/[0-9]*"' | head -1 | grep -o '[0-9]*')
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
  "/search?q=generated%20university%2000042"
)

printf '\n%-58s %8s %8s %8s %8s %6s %6s\n' "page" "p50 ms" "p95 ms" "p99 ms" "req/s" "SQL" "errors"
for path in "${PAGES[@]}"; do
  statements=$(curl -s -o /dev/null -D - -H "$HEADER" "${BASE}${path}" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-sql-statements" { print $2 }')
  result=$(wrk -t2 -c16 -d"${DURATION}s" --timeout 10s -s src/bench/report.lua -H "$HEADER" "${BASE}${path}" | grep '^RESULT')
  read -r _ p50 p95 p99 rps errors total <<< "$result"
  printf '%-58s %8s %8s %8s %8s %6s %6s\n' "$path" "$p50" "$p95" "$p99" "$rps" "${statements:-?}" "$errors"
done
echo
echo "wrk -t2 -c16 -d${DURATION}s per page on $(nproc) cores; SQL = statements of one request (X-SQL-Statements)."
