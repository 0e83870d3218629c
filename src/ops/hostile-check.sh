#!/usr/bin/env bash
# Hostile files and racing sign-ins against the packaged portal, with the figures the hardening
# issue asks for: per hostile file the time until the portal refused it and the message it gave;
# every request tried and every 5xx seen; the portal's heap at its peak (sampled by jstat every
# 100 ms, young + old generation in use) against its -Xmx.
#
#   bash src/ops/hostile-check.sh
#
# Uses the packaged jar (ACCORD_BENCH_JAR, target/accord.jar) on its embedded PostgreSQL in a fresh
# data folder, python3 to write the files, curl, jstat and the demo editor account. Exits 1 when a
# file is not refused within 60 s or a request is answered with a 5xx.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${ACCORD_HOSTILE_PORT:-18096}
BASE="http://127.0.0.1:$PORT"
JAR=${ACCORD_BENCH_JAR:-target/accord.jar}
WORK=$(mktemp -d)
COOKIES="$WORK/cookies"
SERVER=
SAMPLER=
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ACCORD_DATA_DIR="$WORK/db" java @src/main/jvm/accord.options -jar "$JAR" --server.port="$PORT" >"$WORK/portal.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 180); do
  curl -fsS "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$SERVER" 2>/dev/null || { tail -n 40 "$WORK/portal.log"; exit 1; }
  sleep 1
done

# Heap in use, every 100 ms: survivors + eden + old (KB).
jstat -gc "$SERVER" 100 | awk 'NR > 1 { print int(($3 + $4 + $6 + $8) / 1024); fflush() }' >"$WORK/heap" &
SAMPLER=$!

requests=0
errors=0
count() { # the HTTP status of one answer
  requests=$((requests + 1))
  if [ "$1" -ge 500 ] || [ "$1" = 000 ]; then errors=$((errors + 1)); echo "  answered $1"; fi
}
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -d "username=editor&password=demo&_csrf=$token" "$BASE/login"

python3 - "$WORK" <<'PY'
import io, sys, zipfile
work = sys.argv[1]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
WORKBOOK = ('<workbook ' + NS + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Partners" sheetId="1" r:id="rId7"/></sheets></workbook>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId7" Type="worksheet" Target="worksheets/partners.xml"/></Relationships>')
HEADER = '<worksheet ' + NS + '><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'

def workbook(name, sheet=None, shared=None):
    with zipfile.ZipFile(f"{work}/{name}", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", RELS)
        if shared is not None:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
                shared(f)
        with z.open("xl/worksheets/partners.xml", "w", force_zip64=True) as f:
            sheet(f) if sheet else f.write((HEADER + "</sheetData></worksheet>").encode())

def cells(*rows):
    def write(f):
        f.write(('<worksheet ' + NS + '><sheetData>').encode())
        for r, row in enumerate(rows, 1):
            f.write(f'<row r="{r}">'.encode())
            for c, value in enumerate(row):
                ref = chr(65 + c) + str(r)
                if isinstance(value, str):
                    f.write(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'.encode())
                else:
                    f.write(f'<c r="{ref}"><v>{value[0]}</v></c>'.encode())
            f.write(b'</row>')
        f.write(b'</sheetData></worksheet>')
    return write

# A number that BigDecimal.toPlainString() would write out as a billion digits.
workbook("number.xlsx", cells(("Institution", "Measure", "Value", "Period kind", "Year"),
                              ("Chongqing University", "STUDENTS_SENT", ("1E999999999",), "CALENDAR_YEAR", (2024,))))
# One part that unpacks to 260 MB of spaces.
def spaces(f):
    f.write(HEADER.encode())
    block = b" " * (1024 * 1024)
    for _ in range(260):
        f.write(block)
    f.write(b"</sheetData></worksheet>")
workbook("unpacks-260mb.xlsx", spaces)
# A million and one empty shared strings.
def strings(f):
    f.write(('<sst ' + NS + '>').encode())
    block = b"<si><t/></si>" * 1000
    for _ in range(1002):
        f.write(block)
    f.write(b"</sst>")
workbook("shared-strings.xlsx", None, strings)
# 1,001 parts.
with zipfile.ZipFile(f"{work}/parts.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", WORKBOOK)
    z.writestr("xl/_rels/workbook.xml.rels", RELS)
    z.writestr("xl/worksheets/partners.xml", HEADER + "</sheetData></worksheet>")
    for i in range(1001):
        z.writestr(f"xl/media/image{i}.png", b"x")
# A cell of 200,000 characters.
workbook("long-cell.xlsx", cells(("Name", "Country", "Note"), ("Long Note College", "JP", "x" * 200_000)))
# 100,001 empty rows.
with open(f"{work}/empty-rows.csv", "w") as f:
    f.write("Name,Country\n" + ",\n" * 100_001)
# A cell of 2 MB of spaces between two characters.
with open(f"{work}/spaces.csv", "w") as f:
    f.write("Name,Country,City\n" + "Spaces College,JP," + "1" + " " * 2_000_000 + "x\n")
# Not a workbook at all, named as one.
with open(f"{work}/not-a-workbook.xlsx", "wb") as f:
    f.write(b"PK\x03\x04" + b"\x00" * 2000)
PY

refuse() { # file, kind: uploads it, then waits until its import is no longer being checked
  local file=$1 kind=$2 started location code batch state message elapsed
  token=$(curl -s -b "$COOKIES" "$BASE/import" | csrf)
  started=$(date +%s%N)
  read -r code location < <(curl -s -b "$COOKIES" -o "$WORK/answer" -w '%{http_code} %{redirect_url}\n' \
    -F "kind=$kind" -F "file=@$WORK/$file;type=application/octet-stream" -F "_csrf=$token" "$BASE/import")
  count "$code"
  state="refused at upload"
  if [ -n "$location" ]; then
    batch=${location##*/}
    for _ in $(seq 1 600); do
      code=$(curl -s -b "$COOKIES" -o "$WORK/answer" -w '%{http_code}' "$BASE/import/$batch")
      count "$code"
      state=$(grep -o 'id="import-status">[^<]*' "$WORK/answer" | sed 's/.*>//')
      [ "$state" != "Being checked" ] && break
      sleep 0.1
    done
  fi
  elapsed=$((($(date +%s%N) - started) / 1000000))
  message=$(tr '\n' ' ' <"$WORK/answer" | sed -n 's/.*\(id="import-message"\|class="invalid-feedback[^"]*"\)[^>]*>//p' |
    sed 's/<\/div>.*//;s/<[^>]*>//g;s/  */ /g;s/This file cannot be imported. Nothing was written. //' | cut -c1-110)
  printf '%-22s %7s KB %8s ms  %-18s %s\n' "$file" "$(($(stat -c %s "$WORK/$file") / 1024))" "$elapsed" "$state" "$message"
  if [ "$state" = "Being checked" ]; then errors=$((errors + 1)); fi
}

echo "hostile file             packed   refused after  status           message"
refuse number.xlsx STATISTICS
refuse unpacks-260mb.xlsx INSTITUTIONS
refuse shared-strings.xlsx INSTITUTIONS
refuse parts.xlsx INSTITUTIONS
refuse long-cell.xlsx INSTITUTIONS
refuse empty-rows.csv INSTITUTIONS
refuse spaces.csv INSTITUTIONS
refuse not-a-workbook.xlsx INSTITUTIONS

# Twenty wrong passwords for one account at once, from a fresh client each.
racers=()
for i in $(seq 1 20); do
  (
    jar="$WORK/race-$i"
    t=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | csrf)
    curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}\n' -d "username=viewer&password=wrong-$i&_csrf=$t" \
      "$BASE/login" >"$WORK/race-code-$i"
  ) &
  racers+=($!)
done
wait "${racers[@]}" || true
for i in $(seq 1 20); do count "$(cat "$WORK/race-code-$i" 2>/dev/null || echo 000)"; done
echo "twenty wrong passwords at once: $(cat "$WORK"/race-code-* | sort | uniq -c | tr -s ' ' | tr '\n' ';')"

sleep 0.5
peak=$(sort -n "$WORK/heap" | tail -1)
echo "requests: $requests, answered 5xx or not at all: $errors"
echo "heap in use at its peak: ${peak} MB (of -Xmx$(sed -n 's/^-Xmx//p' src/main/jvm/accord.options); $(wc -l <"$WORK/heap") samples)"
echo "portal resident memory at the end: $(($(awk '/VmRSS/ {print $2}' /proc/$SERVER/status) / 1024)) MB"
[ "$errors" = 0 ]
