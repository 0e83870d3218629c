#!/usr/bin/env bash
# Starts the portal's jar as it runs in production, with the JVM options of accord.options beside
# this script (or JAVA_OPTS):
#   bash src/main/jvm/start.sh target/accord.jar [portal arguments]
#   bash src/main/jvm/start.sh --prepare target/accord.jar [portal arguments]   (only the archive)
#
# The jar is first extracted (its libraries become plain jars, which load faster than from inside
# the jar) and a class-data-sharing archive is made of the classes a start loads, by a training
# start that stops as soon as the application context is ready (Spring Boot's
# spring.context.exit=onRefresh; it migrates the database as any start does, and runs no
# generator). Both are kept in ACCORD_CDS_DIR (default: a cds folder beside the jar) and made again
# when the jar changes. Measured on the large portfolio with C1 alone: Spring started in 12.7 s from the jar,
# 9-11.7 s extracted, 6.2-7.2 s extracted with the archive (README, "Memory and speed").
set -euo pipefail
PREPARE_ONLY=
if [ "${1:-}" = "--prepare" ]; then PREPARE_ONLY=1; shift; fi
JAR="${1:?usage: start.sh path/to/accord.jar [portal arguments]}"
shift
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck disable=SC2206
OPTIONS=(${JAVA_OPTS-@${HERE}/accord.options})
CDS_DIR="${ACCORD_CDS_DIR:-$(cd "$(dirname "$JAR")" && pwd)/cds}"
STAMP="$(stat -c '%s-%Y' "$JAR")"
APP="${CDS_DIR}/${STAMP}/$(basename "$JAR")"
ARCHIVE="${CDS_DIR}/${STAMP}/accord.jsa"

if [ ! -f "$ARCHIVE" ]; then
  # Only what this script made for earlier jars goes (folders named like a stamp).
  find "$CDS_DIR" -mindepth 1 -maxdepth 1 -type d -regex '.*/[0-9]+-[0-9]+' -exec rm -rf {} + 2>/dev/null || true
  if mkdir -p "${CDS_DIR}/${STAMP}" \
    && java -Djarmode=tools -jar "$JAR" extract --force --destination "${CDS_DIR}/${STAMP}" >/dev/null; then
    echo "start.sh: training start for the class-data-sharing archive (${ARCHIVE})..." >&2
    # A failed training start leaves no archive (its output: training.log beside it); the
    # portal then starts without one.
    java "${OPTIONS[@]}" -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -Dspring.context.exit=onRefresh -jar "$APP" "$@" >"${CDS_DIR}/${STAMP}/training.log" 2>&1 || rm -f "$ARCHIVE"
  else
    echo "start.sh: could not extract the jar into ${CDS_DIR}; starting it as it is" >&2
  fi
fi

[ -z "$PREPARE_ONLY" ] || exit 0
if [ -f "$ARCHIVE" ]; then
  exec java "${OPTIONS[@]}" -XX:SharedArchiveFile="$ARCHIVE" -Xlog:cds=off -jar "$APP" "$@"
fi
if [ -f "$APP" ]; then
  exec java "${OPTIONS[@]}" -jar "$APP" "$@"
fi
exec java "${OPTIONS[@]}" -jar "$JAR" "$@"
