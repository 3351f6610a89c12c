#!/usr/bin/env bash
# Times POST /api/v1/imports of the UCDP GED Syria file against the packaged app: a first import
# into an empty database (with the bundled seed), then the same file again (nothing changes).
# Usage: src/bench/import.sh [csv] [database]
#   csv       default: src/test/resources/ucdp/ged-syria-2016-2019.csv.gz (gzipped is fine)
#   database  default: eventline_import_bench (dropped and re-created)
set -euo pipefail
cd "$(dirname "$0")/../.."

csv="${1:-src/test/resources/ucdp/ged-syria-2016-2019.csv.gz}"
database="${2:-eventline_import_bench}"
port="${PORT:-8091}"
case "$database" in postgres|test|template0|template1) echo "refusing to drop $database" >&2; exit 1;; esac

work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
if [[ "$csv" == *.gz ]]; then gunzip -c "$csv" > "$work/body.csv"; else cp "$csv" "$work/body.csv"; fi

[[ -f target/quarkus-app/quarkus-run.jar ]] || mvn -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $database" -c "create database $database"

# a key pair and a token of this run only
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
token=$(EVENTLINE_DEV_KEYS="$work" EVENTLINE_DEV_SUBJECT=import-bench src/tools/dev-token.sh editor)

QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
  sleep 0.5
done

import() {
  curl -s -o "$work/report.json" -w '%{time_total}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: text/csv' --data-binary "@$work/body.csv" \
    "http://127.0.0.1:$port/api/v1/imports?format=ucdp-ged"
}
rows=$(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))) - 1)" "$work/body.csv")
first=$(import); first_report=$(cat "$work/report.json")
second=$(import); second_report=$(cat "$work/report.json")
summary() { python3 -c "import json,sys; r=json.loads(sys.argv[1]); print('created %(created)d, updated %(updated)d, unchanged %(unchanged)d, rejected %(rejected)d' % r)" "$1"; }
printf '| run | rows | seconds | rows/s | report |\n|---|---:|---:|---:|---|\n'
printf '| first import | %d | %.1f | %.0f | %s |\n' "$rows" "$first" "$(echo "$rows / $first" | bc -l)" "$(summary "$first_report")"
printf '| same file again | %d | %.1f | %.0f | %s |\n' "$rows" "$second" "$(echo "$rows / $second" | bc -l)" "$(summary "$second_report")"
