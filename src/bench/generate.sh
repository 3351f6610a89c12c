#!/usr/bin/env bash
# Fills a fresh database with synthetic Eventline data for the benchmark.
#
#   src/bench/generate.sh [EVENTS] [DATABASE]      (defaults: 1000000 eventline_bench)
#
# Environment: SEED (default 20161014; same seed, same data), ORDER (date: events stored roughly
# in date order, as a chronological import leaves them; random: no physical date order).
#
# 1. (re)creates DATABASE on 127.0.0.1:5432 as postgres (connecting to template1, never to the
#    databases postgres or test);
# 2. creates the schema with the project's own Flyway migrations, by starting the packaged app
#    once against DATABASE with the seed off and stopping it once it has started (builds the jar
#    with mvn if target/quarkus-app/quarkus-run.jar is missing);
# 3. runs src/bench/generate.sql (set-based SQL, one transaction);
# 4. VACUUM (ANALYZE), then prints the row counts and the database size.
set -euo pipefail

EVENTS="${1:-1000000}"
DB="${2:-eventline_bench}"
SEED="${SEED:-20161014}"
ORDER="${ORDER:-date}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"

die() { echo "generate.sh: $*" >&2; exit 1; }
[[ "$EVENTS" =~ ^[1-9][0-9]*$ ]] || die "EVENTS must be a positive integer, not '$EVENTS'"
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "DATABASE must be a plain lowercase name, not '$DB'"
case "$DB" in postgres|test|template0|template1) die "refusing to overwrite the database '$DB'";; esac
[[ "$SEED" =~ ^[0-9]+$ ]] || die "SEED must be a non-negative integer"
[[ "$ORDER" == date || "$ORDER" == random ]] || die "ORDER must be date or random"

PSQL=(psql -X -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
clock() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(clock)" 'BEGIN { printf "%.1f", b - a }'; }
started_all=$(clock)

APP_PID=""
APP_LOG=""
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    [[ -n "$APP_LOG" ]] && rm -f "$APP_LOG"
}
trap cleanup EXIT

# Starts the packaged app against the database with the seed off, waits until it has started
# (Flyway has migrated; events stored without a document have been rendered), and stops it.
start_and_stop_app() {
    APP_LOG=$(mktemp -t eventline-bench-app.XXXXXX)
    java -Xmx256m -Dquarkus.http.port=0 -Deventline.seed.enabled=false \
         -Dquarkus.log.console.json.enabled=false -Dquarkus.shutdown.delay-enabled=false \
         -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
         -jar "$JAR" >"$APP_LOG" 2>&1 &
    APP_PID=$!
    local deadline=$((SECONDS + 180))
    until grep -q "started in" "$APP_LOG"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            cat "$APP_LOG" >&2
            die "the app stopped before it had started (log above)"
        fi
        if ((SECONDS > deadline)); then
            cat "$APP_LOG" >&2
            die "the app did not start within 180 s (log above)"
        fi
        sleep 0.2
    done
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

echo "Eventline benchmark data: $EVENTS events into '$DB' (seed $SEED, order $ORDER)"

# --- 0. the packaged app (it carries the migrations Flyway applies) ---------------------------
if [[ ! -f "$JAR" ]]; then
    t=$(clock)
    (cd "$ROOT" && mvn -B -q package -DskipTests)
    echo "  build the jar                                      $(since "$t") s"
fi

# --- 1. database ------------------------------------------------------------------------------
t=$(clock)
"${PSQL[@]}" -d template1 -c "drop database if exists \"$DB\" with (force)"
"${PSQL[@]}" -d template1 -c "create database \"$DB\""
echo "  drop and create the database                       $(since "$t") s"

# --- 2. schema, by Flyway inside the app ------------------------------------------------------
t=$(clock)
start_and_stop_app
migrations=$(find "$ROOT/src/main/resources/db/migration" -name 'V*.sql' | wc -l)
applied=$("${PSQL[@]}" -d "$DB" -Atc "select count(*) from flyway_schema_history where success and version is not null")
if [[ "$applied" != "$migrations" ]]; then
    # a jar older than the source: the app applies the missing migrations when it next starts
    echo "  warning: the jar's Flyway applied $applied migrations, the source has $migrations (the jar is older than" \
         "the source; a newer app migrates the rest at its start)" >&2
fi
echo "  schema: $applied Flyway migrations (app started and stopped)  $(since "$t") s"

# --- 3. data ----------------------------------------------------------------------------------
t=$(clock)
echo "  generate.sql:"
"${PSQL[@]}" -d "$DB" -v events="$EVENTS" -v seed="$SEED" -v order="$ORDER" -f "$ROOT/src/bench/generate.sql"
echo "  generate.sql as a whole                            $(since "$t") s"

# --- 4. vacuum and statistics -----------------------------------------------------------------
t=$(clock)
"${PSQL[@]}" -d "$DB" -c "vacuum (analyze)"
echo "  vacuum (analyze)                                   $(since "$t") s"

# --- 5. the documents as the app renders them ---------------------------------------------------
# generate.sql renders every event's JSON in SQL (documents.sql); here the app renders a sample of
# 2,000 events itself (its start-up backfill renders events stored without a document) and the two
# are compared as jsonb (same fields and values; key order and number spelling aside).
t=$(clock)
"${PSQL[@]}" -d "$DB" -c "
create table bench_document_check as
select id, document::jsonb as expected from event order by md5(id::text) limit 2000;
update event set document = null where id in (select id from bench_document_check)"
start_and_stop_app
read -r same checked < <("${PSQL[@]}" -d "$DB" -AtF ' ' -c "
select count(*) filter (where e.document::jsonb = c.expected), count(*)
  from bench_document_check c join event e on e.id = c.id")
if [[ "$same" != "$checked" ]]; then
    "${PSQL[@]}" -d "$DB" -Atc "
select 'app:  ' || e.document || chr(10) || 'sql:  ' || c.expected::text
  from bench_document_check c join event e on e.id = c.id where e.document::jsonb <> c.expected limit 1" >&2
    die "$((checked - same)) of $checked documents rendered in SQL differ from the app's (first one above)"
fi
"${PSQL[@]}" -d "$DB" -c "drop table bench_document_check" -c "vacuum (analyze) event"
echo "  documents: the app rendered $checked, all equal to SQL's  $(since "$t") s"
echo "  total                                              $(since "$started_all") s"

echo
"${PSQL[@]}" -d "$DB" -P footer=off -c "
select t as table, to_char(n, 'FM999,999,999') as rows
  from (values ('event', (select count(*) from event)),
               ('event_location', (select count(*) from event_location)),
               ('event_actor', (select count(*) from event_actor)),
               ('event_source', (select count(*) from event_source)),
               ('event_relation', (select count(*) from event_relation)),
               ('claim', (select count(*) from claim)),
               ('quote', (select count(*) from quote)),
               ('actor', (select count(*) from actor)),
               ('location', (select count(*) from location)),
               ('location_closure', (select count(*) from location_closure)),
               ('source', (select count(*) from source))) v(t, n)"
"${PSQL[@]}" -d "$DB" -Atc "select 'database size: ' || pg_size_pretty(pg_database_size(current_database()))"
