#!/usr/bin/env python3
"""Eventline load benchmark: the packaged app against a generated database, every query with
randomised parameters through wrk, the same SQL through pgbench, one results table.

Usage (from the repository root, after src/bench/generate.sh):
    python3 src/bench/run.py [--db eventline_bench] [--duration 20] [--connections 16] [--warmup 30]
                             [--queries 1,2,...] [--no-sql] [--explain FILE] [--app-option=-Dkey=value ...]
                             [--replica [--replica-port 15433]]

It needs wrk and pgbench (apt-get install wrk; pgbench comes with PostgreSQL), builds the jar if
missing, starts it on --port with the seed off, and prints a Markdown table: query, req/s, p50,
p99, the SQL-only throughput, the ratio API/SQL, and at the end the app's peak RSS and the time
it took to be ready. Nothing here asserts a target: it measures.

With --replica it first makes a streaming replica of the local server (pg_basebackup -R into a
temporary directory, started on --replica-port, as the postgres user when run as root; the server
must admit replication connections from 127.0.0.1, as .ci/run sees to), gives it to the app as its
read replica, and adds a column: the transactions the replica ran during each query's run, which
shows which reads it served. On one machine the replica competes with the primary for the same
cores, so the rates prove the path, not a speed-up. The replica is stopped and deleted at the end.
"""
import argparse
import datetime
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
FIRST_DAY = datetime.date(2011, 1, 1)
LAST_WINDOW_START = datetime.date(2024, 12, 1)
FREQUENT_TYPES = ["air_strike", "shelling", "armed_clash"]
SEARCH_WORDS = ["hospital", "convoy", "market", "bridge", "school", "checkpoint"]
PAGE = 50



def psql(db, sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-Atc", sql],
                          check=True, capture_output=True, text=True).stdout.split()


def http_get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120) as response:
        return response.read()


class App:
    """The packaged application, started against the benchmark database, with its RSS sampled."""

    def __init__(self, db, port, heap, options=()):
        self.port = port
        self.peak_rss_kb = 0
        self.log = open(os.path.join(tempfile.gettempdir(), "eventline-bench-app.log"), "w")
        started = time.monotonic()
        self.process = subprocess.Popen(
            ["java", f"-Xmx{heap}", f"-Dquarkus.http.port={port}", "-Deventline.seed.enabled=false",
             "-Dquarkus.log.console.json.enabled=false",
             f"-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/{db}", *options, "-jar", JAR],
            stdout=self.log, stderr=subprocess.STDOUT)
        while True:
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=1).status == 200:
                    break
            except OSError:
                pass
            # a first start on freshly generated data renders every event's document before it is ready
            if self.process.poll() is not None or time.monotonic() - started > 3600:
                sys.exit("the app did not become ready; see " + self.log.name)
            time.sleep(0.05)
        self.ready_seconds = time.monotonic() - started
        self.sampling = True
        threading.Thread(target=self._sample_rss, daemon=True).start()

    def _sample_rss(self):
        while self.sampling:
            try:
                with open(f"/proc/{self.process.pid}/status") as status:
                    for line in status:
                        if line.startswith("VmRSS:"):
                            self.peak_rss_kb = max(self.peak_rss_kb, int(line.split()[1]))
            except OSError:
                return
            time.sleep(0.2)

    def heap_used_mb(self):
        metrics = http_get(self.port, "/q/metrics").decode()
        used = sum(float(value) for value in re.findall(r'^jvm_memory_used_bytes\{[^}]*area="heap"[^}]*\} ([0-9.eE+]+)$',
                                                         metrics, re.M))
        return used / 1024 / 1024

    def stop(self):
        self.sampling = False
        self.process.terminate()
        self.process.wait(timeout=60)


class Replica:
    """A temporary streaming replica of the local PostgreSQL server, for --replica."""

    BIN = "/usr/lib/postgresql/15/bin"

    def __init__(self, port):
        self.port = port
        self.directory = tempfile.mkdtemp(prefix="eventline-bench-replica-")
        self.data = os.path.join(self.directory, "data")
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres", "postgres")
        self._run("pg_basebackup", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-D", self.data, "-R", "-X", "stream",
                  "-c", "fast")
        # settings a hot standby must hold at least as high as its primary, and Debian keeps the
        # primary's configuration outside its data directory
        names = ["max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions",
                 "max_locks_per_transaction", "shared_buffers", "work_mem"]
        settings = [f"{name} = '{psql('postgres', 'show ' + name)[0]}'" for name in names]
        self._write("postgresql.conf", "\n".join([f"port = {port}", "listen_addresses = '127.0.0.1'",
                                                  f"unix_socket_directories = '{self.directory}'", "hot_standby = on",
                                                  *settings]) + "\n")
        self._write("pg_hba.conf", "local all all trust\nhost all all 127.0.0.1/32 trust\n")
        self._run("pg_ctl", "-D", self.data, "-l", os.path.join(self.directory, "server.log"), "-w", "-t", "120", "start")

    def url(self, db):
        return f"jdbc:postgresql://127.0.0.1:{self.port}/{db}"

    def transactions(self, db):
        """Transactions the replica has run in the database so far (its own statistics: reads served there)."""
        out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", db, "-Atc",
                              "select pg_stat_clear_snapshot(), xact_commit + xact_rollback from pg_stat_database"
                              " where datname = current_database()"], check=True, capture_output=True, text=True)
        return int(out.stdout.strip().split("|")[-1])

    def remove(self):
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)

    def _write(self, name, text):
        path = os.path.join(self.data, name)
        with open(path, "w") as file:
            file.write(text)
        if os.geteuid() == 0:
            shutil.chown(path, "postgres", "postgres")

    def _run(self, program, *arguments):
        command = ([ "runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []) + [os.path.join(self.BIN, program),
                                                                                        *arguments]
        subprocess.run(command, check=True, cwd=self.directory)


def windows(rng, count, days=30):
    span = (LAST_WINDOW_START - FIRST_DAY).days
    for _ in range(count):
        start = FIRST_DAY + datetime.timedelta(days=rng.randrange(span))
        yield start, start + datetime.timedelta(days=days - 1)


def query_paths(rng, db, port, frequent_actors, governorates):
    """Randomised request paths for queries 1-8 (query 5 needs real cursors, fetched from the app)."""
    q1 = [f"/api/v1/events?from={a}&to={b}&limit={PAGE}" for a, b in windows(rng, 2000)]
    q2 = [f"/api/v1/events?from={a}&to={b}&type={rng.choice(FREQUENT_TYPES)}&limit={PAGE}" for a, b in windows(rng, 2000)]
    q3 = [f"/api/v1/events?actor={rng.choice(frequent_actors)}&sort=-date&limit={PAGE}" for _ in range(200)]
    q4 = []
    for _ in range(2000):
        month = FIRST_DAY.replace(year=rng.randrange(2011, 2025), month=rng.randrange(1, 13))
        q4.append(f"/api/v1/events?location={rng.choice(governorates)}&from={month:%Y-%m}&to={month:%Y-%m}&limit={PAGE}")
    q5 = []
    for path in rng.sample(q1, 300):
        cursor = json.loads(http_get(port, path))["next_cursor"]
        if cursor:
            q5.append(path + "&cursor=" + cursor)
    q6 = [f"/api/v1/events?q={rng.choice(SEARCH_WORDS)}&limit={PAGE}" for _ in range(200)]
    q7 = [f"/api/v1/stats/timeline?from={y}&to={y}&interval=month&group_by=type" for y in range(2011, 2025)]
    ids = psql(db, "select id from event tablesample system (1) limit 5000")
    q8 = [f"/api/v1/events/{event_id}" for event_id in ids]
    return {1: q1, 2: q2, 3: q3, 4: q4, 5: q5, 6: q6, 7: q7, 8: q8}


# The longest span of each envelope length class (DateSpanClass, V012); the last class has no bound.
SPAN_CLASSES = [0, 7, 31, 92, 366, None]


def page_sql(conditions, timeline="event", key=None, start=None, to=None, after=None, descending=False, join_event=True,
             one_type=None):
    """The statement of EventPageQuery: one ordered range scan per span class of the timeline, reading
    positions only, merged, then the page's documents. start and to are SQL date expressions (the window),
    after a keyset position, all optional; join_event=False when the conditions are on the timeline's days."""
    t = "e" if timeline == "event" else "t"
    event_column = "id" if timeline == "event" else "event_id"
    if timeline == "event":
        source = "event e"
    else:
        source = f"{timeline} t" + (f" join event e on e.id = t.event_id" if join_event else "")
    key_column = {"event_actor_timeline": "actor_id", "event_place_timeline": "location_id"}.get(timeline)
    direction = " desc" if descending else ""
    branches = []
    for code, span in enumerate(SPAN_CLASSES):
        where = [f"{t}.date_span_class = {code}"]
        if key:
            where.append(f"t.{key_column} = {key}")
        elif one_type:
            where.append(f"e.type_code = {one_type}")
        if start and span is not None:
            where.append(f"{t}.date_start >= ({start}) - {span}")
        if to:
            where.append(f"{t}.date_start <= {to}")
        if after:
            where.append(f"({t}.date_start, {t}.{event_column}) {'<' if descending else '>'} {after}")
        branches.append(f"(select {t}.{event_column} as id, {t}.date_start from {source} where {' and '.join(where)}"
                        f" and {conditions} order by {t}.date_start{direction}, {t}.{event_column}{direction} limit {PAGE + 1})")
    return (f"select d.id, d.date_start, d.document from ({' union all '.join(branches)}) page join event d on d.id = page.id"
            f" order by page.date_start{direction}, page.id{direction} limit {PAGE + 1};\n")


def overlap(start, to, index_range=False, alias="e"):
    """EventConditions' overlap of the window: comparisons; for aggregates, with the redundant range for the indexes."""
    return (f"({alias}.date_end is null or {alias}.date_end >= {start})"
            + (f" and ({alias}.date_start >= ({start}) - 366 or {alias}.date_span_class = 5)" if index_range else "")
            + f" and {alias}.date_start <= {to}")


def sql_scripts(frequent_actors, governorates, events):
    """pgbench scripts issuing the app's statements for queries 1-8, with the same randomisation."""
    span = (LAST_WINDOW_START - FIRST_DAY).days
    window = f"\\set d random(0, {span - 1})\n"
    start, end = "'2011-01-01'::date + :d::int", "'2011-01-01'::date + :d::int + 29"
    actor = "(select id from actor where slug = 'ACTOR')"
    governorate = "(select id from location where slug = 'GOVERNORATE')"
    month_start = "('2011-01-01'::date + make_interval(months => :m::int))::date"
    month_end = "(('2011-01-01'::date + make_interval(months => :m::int + 1))::date - 1)"
    year_start, year_end = "make_date(:y::int, 1, 1)", "make_date(:y::int, 12, 31)"

    def day_counts(key):
        # DayCountQuery: per-day counts inside the year, plus the events that began before it and overlap it
        earlier = "".join(
            f" union all select cast(date_trunc('month', {year_start}) as date), {key.replace('d.', 'e.')}, 1 from event e"
            f" where e.date_span_class = {code} and e.date_start < {year_start}"
            f" and (e.date_end is null or e.date_end >= {year_start})"
            + (f" and e.date_start >= {year_start} - {span}" if span is not None else "")
            for code, span in enumerate(SPAN_CLASSES) if code > 0)
        return (f"select bucket, key, sum(events) from (select cast(date_trunc('month', d.day) as date) as bucket, {key} as key,"
                f" d.events from event_day_count d where d.events > 0 and d.day >= {year_start} and d.day <= {year_end}"
                f"{earlier}) counts group by 1, 2 order by 1, 2;\n")

    scripts = {
        1: window + page_sql(overlap(start, end), start=start, to=end),
        2: window + "\\set t random(1, 3)\n"
           + page_sql(overlap(start, end) + " and e.type_code = any(array[(array['air_strike','shelling','armed_clash'])[:t::int]])",
                      start=start, to=end, one_type="(array['air_strike','shelling','armed_clash'])[:t::int]"),
        3: "select * from actor where slug = 'ACTOR';\n"
           + page_sql("true", timeline="event_actor_timeline", key=actor, descending=True, join_event=False),
        4: "\\set m random(0, 167)\n" + "select * from location where slug = 'GOVERNORATE';\n"
           + page_sql(overlap(month_start, month_end, alias="t"), timeline="event_place_timeline", key=governorate,
                      start=month_start, to=month_end, join_event=False),
        5: window + page_sql(overlap(start, end), start=start, to=end,
                                    after=f"({start}, '00000000-0000-0000-0000-000000000000'::uuid)"),
        6: "\\set w random(1, 6)\n"
           + page_sql("e.search_document @@ websearch_to_tsquery('english', "
                      "(array['hospital','convoy','market','bridge','school','checkpoint'])[:w::int])"),
        7: "\\set y random(2011, 2024)\n" + day_counts("cast(null as text)") + day_counts("d.type_code"),
        8: f"\\set r random(1, {events})\n"
           + "select document from event where external_key = 'bench:' || :r::int;\n",
    }
    return scripts


def run_wrk(port, paths, duration, connections, threads):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths))
    base = ["wrk", f"-t{threads}", f"-c{connections}", "--latency", "-s", os.path.join(ROOT, "src/bench/wrk/paths.lua"),
            f"http://127.0.0.1:{port}"]
    subprocess.run(base[:1] + ["-d5s"] + base[1:] + ["--", listing.name], capture_output=True, text=True)  # warm-up
    output = subprocess.run(base[:1] + [f"-d{duration}s"] + base[1:] + ["--", listing.name],
                            capture_output=True, text=True).stdout
    os.unlink(listing.name)
    rate = float(re.search(r"Requests/sec:\s+([0-9.]+)", output).group(1))
    p50 = latency(re.search(r"\s50%\s+([0-9.]+\w+)", output).group(1))
    p99 = latency(re.search(r"\s99%\s+([0-9.]+\w+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, p50, p99, int(errors.group(1)) if errors else 0


def latency(text):
    value, unit = re.match(r"([0-9.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_pgbench(db, script, duration, connections, threads):
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as file:
        file.write(script)
    output = subprocess.run(["pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-M", "prepared", f"-c{connections}",
                             f"-j{threads}", f"-T{duration}", "-f", file.name, db], capture_output=True, text=True)
    os.unlink(file.name)
    match = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", output.stdout)
    if not match:
        print(output.stdout[-500:], output.stderr[-1500:], file=sys.stderr)
        return None
    return float(match.group(1))


def explain_plans(db, scripts, selected, names, rng, path):
    """EXPLAIN (ANALYZE, BUFFERS) of each query's statements with one draw of its parameters, run twice
    so that the plan written down is the warm one, into a text file."""
    with open(path, "w") as out:
        for number in [q for q in selected if q in scripts]:
            values = {}
            statements = []
            for line in scripts[number].splitlines():
                draw = re.match(r"\\set (\w+) random\((\d+), (\d+)\)", line)
                if draw:
                    values[draw.group(1)] = str(rng.randint(int(draw.group(2)), int(draw.group(3))))
                elif line.strip():
                    statements.append(re.sub(r"(?<!:):(\w+)", lambda m: values.get(m.group(1), m.group(0)), line))
            out.write(f"## {names[number]}\n\n")
            for statement in statements:
                explain = "explain (analyze, buffers) " + statement
                psql_lines(db, explain)
                out.write(statement + "\n\n" + "\n".join(psql_lines(db, explain)) + "\n\n")


def psql_lines(db, sql):
    """The output's lines, in a session set as the app's are (no JIT)."""
    return subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-c", sql],
                          check=True, capture_output=True, text=True, env={**os.environ, "PGOPTIONS": "-c jit=off"}).stdout.splitlines()


def export_year(app, year):
    """Query 9: one year as CSV, streamed; rows per second and the heap before and after."""
    heap_before = app.heap_used_mb()
    started = time.monotonic()
    peak_heap = [heap_before]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak_heap[0] = max(peak_heap[0], app.heap_used_mb())
            time.sleep(0.5)

    threading.Thread(target=sample, daemon=True).start()
    rows = -1
    with urllib.request.urlopen(f"http://127.0.0.1:{app.port}/api/v1/events?from={year}&to={year}&format=csv",
                                timeout=600) as response:
        for _ in response:
            rows += 1  # lines; a field with a line break would count twice, the generator writes none
    seconds = time.monotonic() - started
    done.set()
    return rows, seconds, heap_before, peak_heap[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="eventline_bench")
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--heap", default="300m", help="the app's -Xmx")
    parser.add_argument("--queries", default="1,2,3,4,5,6,7,8,9")
    parser.add_argument("--no-sql", action="store_true", help="skip the pgbench runs")
    parser.add_argument("--warmup", type=int, default=30, help="seconds of mixed requests before measuring")
    parser.add_argument("--explain", metavar="FILE", help="also write EXPLAIN (ANALYZE, BUFFERS) of queries 1-8 to FILE")
    parser.add_argument("--replica", action="store_true",
                        help="serve the reads from a temporary streaming replica of the local server (see above)")
    parser.add_argument("--replica-port", type=int, default=15433)
    parser.add_argument("--app-option", action="append", default=[],
                        help="a JVM option for the app, e.g. -Dquarkus.datasource.jdbc.max-size=4 (repeatable)")
    args = parser.parse_args()
    for tool in ("wrk", "pgbench", "psql", "java"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing (wrk: apt-get install wrk)")
    if not os.path.exists(JAR):
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)

    events = int(psql(args.db, "select count(*) from event")[0])
    frequent_actors = psql(args.db, "select a.slug from actor a join event_actor ea on ea.actor_id = a.id "
                                    "group by a.slug order by count(*) desc limit 3")
    governorates = psql(args.db, "select slug from location where kind = 'governorate' order by slug")
    rng = random.Random(20161014)
    replica = Replica(args.replica_port) if args.replica else None
    options = list(args.app_option)
    if replica:
        options.append(f"-Dquarkus.datasource.replica.jdbc.url={replica.url(args.db)}")
    try:
        app = App(args.db, args.port, args.heap, options)
    except BaseException:
        if replica:
            replica.remove()
        raise
    selected = [int(q) for q in args.queries.split(",")]
    names = {1: "1. 30-day window, page of 50", 2: "2. window + type", 3: "3. frequent actor, newest first",
             4: "4. governorate in a month", 5: "5. next page (cursor)", 6: "6. full-text word",
             7: "7. stats by month for a year, by type", 8: "8. one event by id"}
    rows = []
    try:
        paths = query_paths(rng, args.db, args.port, frequent_actors, governorates)
        scripts = sql_scripts(frequent_actors, governorates, events)
        # the JIT compiles the hot paths over the first tens of seconds: a service is measured warm
        if args.explain:
            substituted = {number: script.replace("ACTOR", frequent_actors[0]).replace("GOVERNORATE", governorates[0])
                           for number, script in scripts.items()}
            explain_plans(args.db, substituted, selected, names, rng, args.explain)
        everything = [path for number in selected if number in paths for path in paths[number]]
        if everything and args.warmup > 0:
            print(f"warming up for {args.warmup} s on every query", file=sys.stderr)
            run_wrk(args.port, everything, args.warmup, args.connections, args.threads)
        for number in [q for q in selected if q in names]:
            if not paths[number]:
                print(f"{names[number]}: no request to make on this data, skipped", file=sys.stderr)
                continue
            served_before = replica.transactions(args.db) if replica else None
            rate, p50, p99, errors = run_wrk(args.port, paths[number], args.duration, args.connections, args.threads)
            on_replica = replica.transactions(args.db) - served_before if replica else None
            sql = None
            if not args.no_sql:
                script = scripts[number].replace("ACTOR", frequent_actors[0]).replace("GOVERNORATE", governorates[0])
                sql = run_pgbench(args.db, script, args.duration, args.connections, args.threads)
            rows.append((names[number], rate, p50, p99, sql, errors, on_replica))
            print(f"{names[number]}: {rate:.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, SQL {sql}, errors {errors}"
                  + (f", replica transactions {on_replica}" if replica else ""), file=sys.stderr)
        if replica:
            readiness = json.loads(http_get(args.port, "/q/health/ready"))
            check = next(c for c in readiness["checks"] if c["name"] == "Read replica")
            print(f"readiness after the runs: reads on the {check['data']['reads']} ({check['data']['replica']})",
                  file=sys.stderr)
        if 9 in selected:
            export_year(app, 2015)  # warms the export path (JIT), not measured
        export = export_year(app, 2016) if 9 in selected else None
    finally:
        app.stop()
        if replica:
            replica.remove()

    print(f"\n{events:,} events; {args.connections} connections, {args.threads} wrk threads, {args.duration} s per query; "
          f"{os.cpu_count()} cores; {datetime.date.today()}\n")
    replica_header = " replica transactions |" if args.replica else ""
    print("| query | req/s | p50 ms | p99 ms | SQL-only q/s | API/SQL | non-2xx |" + replica_header)
    print("|---|---:|---:|---:|---:|---:|---:|" + ("---:|" if args.replica else ""))
    for name, rate, p50, p99, sql, errors, on_replica in rows:
        ratio = f"{rate / sql:.2f}" if sql else "n/a"
        replica_cell = f" {on_replica:,} |" if args.replica else ""
        print((f"| {name} | {rate:.0f} | {p50:.1f} | {p99:.1f} | {sql:.0f} | {ratio} | {errors} |" if sql else
               f"| {name} | {rate:.0f} | {p50:.1f} | {p99:.1f} | n/a | n/a | {errors} |") + replica_cell)
    if export:
        count, seconds, heap_before, heap_peak = export
        print(f"| 9. CSV export of 2016 | {count:,} rows in {seconds:.1f} s = {count / seconds:,.0f} rows/s | "
              f"heap {heap_before:.0f} MB before, {heap_peak:.0f} MB peak | | | | |")
    print(f"\napp peak RSS {app.peak_rss_kb / 1024:.0f} MB (-Xmx{args.heap}); ready {app.ready_seconds:.1f} s after start")


if __name__ == "__main__":
    main()
