#!/usr/bin/env bash
# What one request costs in CPU, in the portal's JVM and in PostgreSQL apart: for each page given,
# drives it with wrk (2 threads, 16 connections) and divides the CPU time that each process used
# meanwhile (from /proc) by the requests served. Unlike requests per second, CPU per request hardly
# moves when the machine is busy with something else, so two jars can be compared on a noisy machine.
#
#   bash src/bench/cpu-per-request.sh [seconds per page, default 10] /page [/page ...]
#
# Starts the packaged portal (ACCORD_BENCH_JAR, target/accord.jar) on the large portfolio
# (ACCORD_BENCH_DATA, data/large; run benchmark.sh once to generate it) with the JVM options of
# src/main/jvm/accord.options (JAVA_OPTS), warms each page up (ACCORD_BENCH_WARM_UP seconds, 120: after a
# start, the JIT's second tier compiles for that long under one page's load on two cores, and its work
# would be counted; /search?q=德国 cost 4.9, 3.5, 3.0 and 2.2 ms of JVM time per request after 15, 38,
# 61 and 84 s), then measures it.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=portal.sh
source src/bench/portal.sh

DURATION=10
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then DURATION=$1; shift; fi
[ $# -gt 0 ] || { echo "usage: $0 [seconds] /page [/page ...]" >&2; exit 1; }
PORT="${ACCORD_BENCH_PORT:-8093}"
JAR="${ACCORD_BENCH_JAR:-target/accord.jar}"
DATA="${ACCORD_BENCH_DATA:-data/large}"
BASE="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d)"
mkdir -p target
# shellcheck disable=SC2086
ACCORD_DATA_DIR="$DATA" java ${JAVA_OPTS-@src/main/jvm/accord.options} -jar "$JAR" --server.port="$PORT" \
  > target/cpu-per-request-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_until_up "$BASE" $SERVER
HEADER=$(sign_in "$BASE" "$WORK/cookies")
DATA_DIR=$(cd "$DATA" && pwd)

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# The embedded PostgreSQL's processes: its postmaster (the pid in the data folder) and its children.
pg_ticks() {
  local postmaster total=0 pid
  postmaster=$(head -1 "$DATA_DIR/postmaster.pid")
  for pid in $postmaster $(pgrep -P "$postmaster"); do total=$((total + $(ticks "$pid"))); done
  echo $total
}
HZ=$(getconf CLK_TCK)

printf '%-50s %8s %12s %12s\n' "page" "req/s" "JVM ms/req" "PG ms/req"
for path in "$@"; do
  wrk -t2 -c16 -d"${ACCORD_BENCH_WARM_UP:-120}s" -H "$HEADER" "${BASE}${path}" >/dev/null
  jvm0=$(ticks $SERVER); pg0=$(pg_ticks)
  requests=$(wrk -t2 -c16 -d"${DURATION}s" -H "$HEADER" "${BASE}${path}" | awk '/requests in/ { print $1 }')
  jvm1=$(ticks $SERVER); pg1=$(pg_ticks)
  awk -v p="$path" -v n="$requests" -v d="$DURATION" -v j=$((jvm1 - jvm0)) -v g=$((pg1 - pg0)) -v hz="$HZ" \
    'BEGIN { printf "%-50s %8.0f %12.2f %12.2f\n", p, n / d, 1000 * j / hz / n, 1000 * g / hz / n }'
done
