# Shared by benchmark.sh and profile.sh (sourced, not run).

# Waits until the portal at $1 reports UP; fails when the process $2 has stopped.
wait_until_up() {
  for _ in $(seq 1 2400); do
    if curl -sf "$1/actuator/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then echo "The portal stopped; see its log in target/" >&2; return 1; fi
    sleep 0.5
  done
  return 1
}

# Signs in to the portal at $1 as the demo admin, keeping cookies in the file $2; prints the
# Cookie header that carries the session.
sign_in() {
  local csrf
  csrf=$(curl -s -c "$2" -b "$2" "$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$2" -b "$2" -o /dev/null -d "username=admin&password=demo&_csrf=${csrf}" "$1/login"
  local session
  session=$(awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$2" | tail -1)
  [ -n "$session" ] || { echo "Could not sign in" >&2; return 1; }
  echo "Cookie: ${session}"
}
