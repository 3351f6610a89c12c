#!/usr/bin/env python3
"""Checks that the pgbench scripts send the statements the app sends: starts a build with PostgreSQL logging
every statement of the database (log_min_duration_statement = 0 for the database, reset at the end), makes one
request of each query, and compares each statement of statements.py (rendered with $1, $2, ...) with those the
app ran. Run it on a small database (the log grows by a few KB a request):

    python3 src/bench/sql_parity.py [--db eventline_bench_small] [--jar target/quarkus-app/quarkus-run.jar]
                                    [--log /var/log/postgresql/postgresql-15-main.log]

It prints one line per query, OK or the difference, and exits 1 on a difference.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402
import statements as s  # noqa: E402

WINDOW = {"from": "", "to": ""}
# each query's request and its statements in statements.py, rendered as the driver sends them
EXPECTED = {
    "1": ("?from=2016-03-05&to=2016-04-03&sort=-date", [s.template(s.page, WINDOW, descending=True)]),
    "1a": ("?from=2016-03-05&to=2016-04-03", [s.template(s.page, WINDOW)]),
    "1b": ("?from=2016-03-05&to=2016-04-03&date_match=within", [s.template(s.page, WINDOW, within=True)]),
    "2": ("?from=2016-03-05&to=2016-04-03&type=shelling&sort=-date",
          [s.template(s.page, {**WINDOW, "type": "", "types": ""}, one_type=True, descending=True)]),
    "2a": ("?from=2016-03-05&to=2016-04-03&type=shelling",
           [s.template(s.page, {**WINDOW, "type": "", "types": ""}, one_type=True)]),
    "3": ("?actor={actor}&sort=-date", [s.template(s.actor_by_slug, {"slug": "", "one": ""}),
                                        s.template(s.page, {"key": ""}, timeline="event_actor_timeline", descending=True)]),
    "4": ("?location={place}&from=2016-03&to=2016-03&sort=-date",
          [s.template(s.location_by_slug, {"slug": "", "one": ""}),
           s.template(s.page, {**WINDOW, "key": ""}, timeline="event_place_timeline", descending=True)]),
    "4a": ("?location={place}&from=2016-03&to=2016-03", [s.template(s.location_by_slug, {"slug": "", "one": ""}),
                                                          s.template(s.page, {**WINDOW, "key": ""}, timeline="event_place_timeline")]),
    "5": ("?from=2016-03-05&to=2016-04-03&sort=-date&cursor=",
          [s.template(s.page, {**WINDOW, "after_date": "", "after_id": ""}, descending=True, after=True)]),
    "6": ("?q=hospital", [s.template(s.page, {"text": ""}, text=True)]),
    "7": ("/stats/timeline?from=2016&to=2016&interval=month&group_by=type", [s.template(s.day_counts, {"first": "", "last": ""})]),
    "8": ("/events/{event}", [s.template(s.by_id, {"id": ""})]),
}


def executed(log_text):
    """The statements the server executed after each marker, by marker."""
    found, current = {}, None
    for entry in re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ )", log_text):
        marker = re.search(r"statement: select 'parity (\S+)'", entry)
        if marker:
            current = found.setdefault(marker.group(1), [])
            continue
        statement = re.search(r"LOG:  duration: [0-9.]+ ms  execute [^:]*: (.*)", entry, re.S)
        if statement and current is not None:
            current.append(statement.group(1).replace("\n\t", "\n").strip())
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="eventline_bench_small")
    parser.add_argument("--jar", default=run.JAR)
    parser.add_argument("--port", type=int, default=18190)
    parser.add_argument("--log", default="/var/log/postgresql/postgresql-15-main.log")
    args = parser.parse_args()
    actor = run.psql(args.db, "select a.slug from actor a join event_actor ea on ea.actor_id = a.id "
                              "group by a.slug order by count(*) desc limit 1")[0]
    place = run.psql(args.db, "select slug from location where kind = 'governorate' order by slug limit 1")[0]
    event = run.psql(args.db, "select id from event limit 1")[0]
    run.psql("postgres", f"alter database {args.db} set log_min_duration_statement = 0")
    offset = os.path.getsize(args.log)
    try:
        app = run.App("parity", args.jar, args.db, args.port, "300m")
        try:
            for number, (request, _) in EXPECTED.items():
                path = "/api/v1" + (request if request.startswith("/") else "/events" + request)
                path = path.format(actor=actor, place=place, event=event)
                if number == "5":
                    first = path.split("&cursor=")[0]
                    path = first + "&cursor=" + run.urllib.request.quote(
                        run.json.loads(run.http_get(args.port, first))["next_cursor"], safe="")
                run.psql(args.db, f"select 'parity {number}'")
                run.http_get(args.port, path)
            run.psql(args.db, "select 'parity end'")
        finally:
            app.stop()
    finally:
        run.psql("postgres", f"alter database {args.db} reset log_min_duration_statement")
    with open(args.log) as log:
        log.seek(offset)
        found = executed(log.read())
    failed = False
    for number, (_, expected) in EXPECTED.items():
        for statement in expected:
            if statement in found.get(number, []):
                print(f"{number}: OK")
                continue
            failed = True
            closest = max(found.get(number) or [""], key=lambda text: difflib.SequenceMatcher(None, text, statement).ratio())
            print(f"{number}: DIFFERS from what the app ran:")
            print("\n".join(difflib.unified_diff(closest.splitlines(), statement.splitlines(), "app", "statements.py",
                                                 lineterm="", n=0)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
