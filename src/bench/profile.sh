#!/usr/bin/env bash
# Where a page's time goes: starts the packaged portal (as benchmark.sh does, on the same kept data),
# signs in, records a JFR profile while wrk drives one page, and prints the hottest methods (top
# frames) and the hottest packages (any frame) of the execution samples, in per cent.
#
#   bash src/bench/profile.sh /agreements [seconds, default 20]
#
# Environment: as benchmark.sh (ACCORD_BENCH_PORTFOLIO, ACCORD_BENCH_DATA, ACCORD_BENCH_JAR, JAVA_OPTS).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=portal.sh
source src/bench/portal.sh

PAGE="${1:?a page, for example /agreements}"
DURATION="${2:-20}"
PORT="${ACCORD_BENCH_PORT:-8092}"
JAR="${ACCORD_BENCH_JAR:-target/accord.jar}"
case "${ACCORD_BENCH_PORTFOLIO:-large}" in
  large) DATA="${ACCORD_BENCH_DATA:-data/large}"; GENERATE=(--accord.generate=large) ;;
  *) DATA="${ACCORD_BENCH_DATA:-data/bench-seeds}"; GENERATE=() ;;
esac
BASE="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d)"
mkdir -p target
# shellcheck disable=SC2086
ACCORD_DATA_DIR="$DATA" java ${JAVA_OPTS-@src/main/jvm/accord.options} -jar "$JAR" --server.port="$PORT" "${GENERATE[@]}" \
  > target/profile-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_until_up "$BASE" $SERVER
HEADER=$(sign_in "$BASE" "$WORK/cookies")
wrk -t2 -c16 -d10s -H "$HEADER" "${BASE}${PAGE}" >/dev/null   # warm up
jcmd $SERVER JFR.start name=page settings=profile filename="$PWD/target/profile.jfr" >/dev/null
wrk -t2 -c16 -d"${DURATION}s" -H "$HEADER" "${BASE}${PAGE}" | grep 'Requests/sec'
jcmd $SERVER JFR.stop name=page >/dev/null
jfr print --events jdk.ExecutionSample --stack-depth 64 target/profile.jfr > target/profile-samples.txt
awk '
  /jdk.ExecutionSample/ { n++; first = 1; delete seen; next }
  /line:/ {
    sub(/^[ \t]+/, ""); sub(/\(.*$/, "")
    if (first) { top[$0]++; first = 0; split($0, t, "."); self[t[1] "." t[2] "." t[3]]++ }
    pkg = $0; sub(/\.[^.]*\.[^.]*$/, "", pkg)
    split(pkg, p, "."); key = p[1] "." p[2] "." p[3]
    if (!(key in seen)) { seen[key] = 1; pkgs[key]++ }
  }
  END {
    printf "%d samples\n\nhottest methods (top frame)\n", n
    for (m in top) printf "%6.1f%%  %s\n", 100 * top[m] / n, m | "sort -rn | head -25"
    close("sort -rn | head -25")
    printf "\nself time by package (top frame)\n"
    for (k in self) printf "%6.1f%%  %s\n", 100 * self[k] / n, k | "sort -rn | head -20"
    close("sort -rn | head -20")
    printf "\npackages on the stack (share of samples)\n"
    for (k in pkgs) printf "%6.1f%%  %s\n", 100 * pkgs[k] / n, k | "sort -rn | head -40"
  }' target/profile-samples.txt
