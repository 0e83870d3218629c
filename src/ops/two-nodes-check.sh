#!/usr/bin/env bash
# Two portal nodes behind HAProxy on one PostgreSQL (run by .ci/run): signs in through the balancer,
# saves a record, reads it from both nodes with the same session, then kills one node (kill -9)
# under load and counts the requests that failed for the client.
# Usage: src/ops/two-nodes-check.sh PG_PORT   (as root, with the system PostgreSQL running)
set -euo pipefail
cd "$(dirname "$0")/../.."
pg_port=${1:?usage: two-nodes-check.sh PG_PORT}
password="nodes-$(date +%s)-$RANDOM"
su postgres -c "psql -q -p $pg_port" <<SQL
set client_min_messages = warning;
drop database if exists accord_nodes;
drop role if exists accord_nodes;
create role accord_nodes login password '$password';
create database accord_nodes owner accord_nodes;
SQL

logs=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  su postgres -c "psql -q -p $pg_port -c 'drop database if exists accord_nodes with (force)' -c 'drop role if exists accord_nodes'" >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_node() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/accord_nodes" SPRING_DATASOURCE_USERNAME=accord_nodes \
  SPRING_DATASOURCE_PASSWORD="$password" ACCORD_ADMIN_USERNAME=nodes-admin ACCORD_ADMIN_PASSWORD="$password" \
  ACCORD_SESSIONS=jdbc \
    java @src/main/jvm/accord.options -jar target/accord.jar --server.port="$1" >"$logs/node-$1.log" 2>&1 &
  pids+=($!)
}
wait_ready() {
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && return 0
    sleep 1
  done
  echo "node on $1 did not become ready"; tail -n 40 "$logs/node-$1.log"; return 1
}
start_node 18091
wait_ready 18091
start_node 18092
wait_ready 18092
ACCORD_BALANCER_PORT=18090 ACCORD_NODE_A=127.0.0.1:18091 ACCORD_NODE_B=127.0.0.1:18092 \
  haproxy -f src/ops/haproxy.cfg >"$logs/haproxy.log" 2>&1 &
pids+=($!)
balancer=http://127.0.0.1:18090
for _ in $(seq 1 30); do curl -fsS "$balancer/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done

passed=0
failed=0
check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
cookies=$(mktemp)
token() { curl -fsS -c "$cookies" -b "$cookies" "$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
signed_in() {
  local next
  next=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" --data-urlencode "username=nodes-admin" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$(token "$balancer/login")" "$balancer/login")
  [[ "$next" != *error* ]]
}
check "signs in through the balancer" signed_in
saved() {
  local status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$cookies" -b "$cookies" \
    --data-urlencode "nameEn=Balanced University" --data-urlencode "kind=UNIVERSITY" \
    --data-urlencode "countryCode=FR" --data-urlencode "confirmedNew=true" \
    --data-urlencode "_csrf=$(token "$balancer/institutions/new")" "$balancer/institutions")
  [ "$status" = 302 ]
}
check "saves a form through the balancer (token and post on alternating nodes)" saved
both_nodes_show() {
  local a b
  a=$(curl -fsS -b "$cookies" "http://127.0.0.1:18091/institutions?q=Balanced") &&
    b=$(curl -fsS -b "$cookies" "http://127.0.0.1:18092/institutions?q=Balanced") &&
    grep -q "Balanced University" <<<"$a" && grep -q "Balanced University" <<<"$b"
}
check "the same session reads the record on each node" both_nodes_show

session=$(awk '$6 == "SESSION" {print $7}' "$cookies" | tail -n 1)
# Speed through the balancer beside one node alone (both nodes share this machine's cores).
rate() { wrk -t2 -c8 -d8s -H "Cookie: SESSION=$session" "$1/institutions" | awk '/Requests\/sec/ {print $2}'; }
one=$(rate http://127.0.0.1:18092)
two=$(rate "$balancer")
echo "/institutions, 8 connections: one node $one req/s, two nodes through HAProxy $two req/s"
wrk -t2 -c8 -d12s -H "Cookie: SESSION=$session" "$balancer/institutions" >"$logs/wrk.txt" 2>&1 &
wrk_pid=$!
sleep 4
kill -9 "${pids[0]}"
echo "killed node A (kill -9) under load"
wait $wrk_pid || true
cat "$logs/wrk.txt"
requests=$(awk '/requests in/ {print $1}' "$logs/wrk.txt")
non2xx=$(awk -F': ' '/Non-2xx/ {print $2}' "$logs/wrk.txt"); non2xx=${non2xx:-0}
socket=$(awk '/Socket errors/ {gsub(/[^0-9 ]/, " "); s=0; for (i=1;i<=NF;i++) s+=$i; print s}' "$logs/wrk.txt"); socket=${socket:-0}
echo "two nodes, one killed: $requests requests, $non2xx answered with an error, $socket socket errors"
few_failures() { [ $((non2xx + socket)) -le 8 ]; }
check "at most the requests in flight at the kill failed (8 connections)" few_failures
echo "two-node check: $passed of $((passed + failed)) checks passed"
[ "$failed" -eq 0 ]
