#!/usr/bin/env python3
"""Eventline load benchmark: one or more builds of the app against a generated database, every query with
randomised parameters through wrk, the same statements through pgbench, the results as Markdown tables.

Usage (from the repository root, after src/bench/generate.sh):
    python3 src/bench/run.py [--db eventline_bench] [--jar LABEL=PATH ...] [--duration 20] [--connections 16]
                             [--high-connections 64] [--queries 1,1b,2,...] [--no-sql] [--explain FILE]
                             [--app-option=-Dkey=value ...] [--replica [--replica-port 15433]] [--peer SPEC ...]

It needs wrk and pgbench (apt-get install wrk; pgbench comes with PostgreSQL). For each build (--jar, repeatable;
default: this checkout's target/quarkus-app/quarkus-run.jar labelled "app", built if missing):
  1. the answers check, before anything is measured: every build is started in turn and asked --check-draws
     draws of each query; they must return the same event ids in the same order and the same bodies (the cursor
     aside), or the run stops. The first build's answers give the "distinct pages" column: how many different
     answers N draws got (a query whose draws all get the same page measures a cache, not the query);
  2. then each build in turn: started on the same database, warmed up with mixed requests of every selected query
     in steps of --warmup-step seconds until its C2 compiler threads use less than --warmup-quiet cores over a step
     (at least --warmup-min, at most --warmup-max seconds), then for each query: 5 s unmeasured, --duration seconds
     measured at --connections (CPU of the app, of PostgreSQL and of wrk sampled from /proc meanwhile), 5 s at one
     connection (single-client latency), and with --high-connections the same run at that many connections;
     then the CSV export (query 9); then stopped. Every build gets the same draws, in the same order per wrk thread.
After the builds: each query's statements through pgbench (-M prepared, --connections clients), the very statements
the app sends (statements.py; the pool's validation round trips aside), with PostgreSQL's CPU per transaction.

The tables: throughput (req/s, p99, and at --high-connections req/s, p99 and p99 ratio; SQL-only q/s; build/SQL)
and latency/CPU (single-client p50 and mean; app and PostgreSQL CPU ms per request and their ratio). Nothing here
asserts a target: it measures.

Peers: --peer SPEC (repeatable) asks src/bench/peers.py for another server to measure on the same queries and
draws: peers.create(SPEC, context) with context a dict (db, port, duration, connections, threads) returns an
object with a label and measure(query_number, draws, duration, connections) -> Measured or None, and optionally
close(); see measured.py (Draw, Measured, Peer). Its figures become one more column group in both tables, and
the throughput table gets "best build/best peer" (req/s). postgraphile:documents and postgraphile:relations
(PostGraphile 5, peers.py) answer queries 1, 1a, 1b, 3 and 8 (n/a elsewhere): started on --port + 1, checked
equal to the first build's answers on the checked draws (or the run stops), warmed up --peer-warmup seconds,
then measured as a build is, its CPU being node's and PostgreSQL's; then stopped. The context dict carries
what that needs (queries, draws, the first build's answers, wrk's seeds, the run's durations).

With --replica it first makes a streaming replica of the local server (pg_basebackup -R into a
temporary directory, started on --replica-port, as the postgres user when run as root; the server
must admit replication connections from 127.0.0.1, as .ci/run sees to), gives it to the app as its
read replica, and adds a column: the transactions the replica ran during each query's run, which
shows which reads it served. On one machine the replica competes with the primary for the same
cores, so the rates prove the path, not a speed-up. The replica is stopped and deleted at the end.
"""
import argparse
import datetime
import importlib
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import procstat  # noqa: E402
import statements  # noqa: E402
from measured import Draw, Measured  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
FIRST_DAY = datetime.date(2011, 1, 1)
LAST_WINDOW_START = datetime.date(2024, 12, 1)
WINDOW_DAYS = (LAST_WINDOW_START - FIRST_DAY).days
FREQUENT_TYPES = ["air_strike", "shelling", "armed_clash"]
SEARCH_WORDS = ["hospital", "convoy", "market", "bridge", "school", "checkpoint"]
PAGE = statements.PAGE
NAMES = {
    "1": "1. 30-day window, newest first",
    "1a": "1a. 30-day window, oldest first (mostly one page)",
    "1b": "1b. 30-day window, wholly inside (within)",
    "2": "2. window + type, newest first",
    "2a": "2a. window + type, oldest first (few pages)",
    "3": "3. frequent actor, newest first",
    "4": "4. governorate in a month, newest first",
    "4a": "4a. governorate in a month, oldest first (fewer pages)",
    "5": "5. next page of query 1 (cursor)",
    "6": "6. full-text word",
    "7": "7. stats by month for a year, by type",
    "8": "8. one event by id",
}
EXPORT_NAME = "9. CSV export of 2016"
DEFAULT_QUERIES = "1,1b,2,3,4,5,6,7,8,9"


def psql(db, sql):
    return subprocess.run(["psql", "-X", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-Atc", sql],
                          check=True, capture_output=True, text=True).stdout.split()


def most_frequent_actors(db, count=3):
    """The slugs of the actors with the most events, most first."""
    return psql(db, "select a.slug from actor a join event_actor ea on ea.actor_id = a.id "
                    f"group by a.slug order by count(*) desc limit {count}")


def http_get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120) as response:
        return response.read()


class App:
    """One build of the application, started against the benchmark database, with its RSS sampled."""

    def __init__(self, label, jar, db, port, heap, options=()):
        self.label = label
        self.port = port
        self.peak_rss_kb = 0
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                sys.exit(f"something already listens on port {port} (another benchmark?): choose another --port")
        self.log = open(os.path.join(tempfile.gettempdir(), f"eventline-bench-app-{label}.log"), "w")
        started = time.monotonic()
        self.process = subprocess.Popen(
            ["java", f"-Xmx{heap}", f"-Dquarkus.http.port={port}", "-Deventline.seed.enabled=false",
             "-Dquarkus.log.console.json.enabled=false",
             f"-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/{db}", *options, "-jar", jar],
            stdout=self.log, stderr=subprocess.STDOUT)
        while True:
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=1).status == 200:
                    break
            except OSError:
                pass
            # a first start on freshly generated data renders every event's document before it is ready
            if self.process.poll() is not None or time.monotonic() - started > 3600:
                sys.exit(f"the build {label} did not become ready; see " + self.log.name)
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



# ---------------------------------------------------------------------------------------------------------------
# the draws: every build and every peer gets the same
# ---------------------------------------------------------------------------------------------------------------

def windows(rng, count, days=30):
    for _ in range(count):
        start = FIRST_DAY + datetime.timedelta(days=rng.randrange(WINDOW_DAYS))
        yield start, start + datetime.timedelta(days=days - 1)


def query_draws(rng, frequent_actors, governorates, event_ids):
    """Randomised requests of each query. Query 5's are query 1's first pages, whose next page each build
    reaches by its own cursor (next_pages)."""
    def window_draws(extra, extra_params):
        return [Draw(f"/api/v1/events?from={a}&to={b}{extra}&limit={PAGE}", {"from": str(a), "to": str(b), **extra_params})
                for a, b in windows(rng, 2000)]

    draws = {
        "1": window_draws("&sort=-date", {"sort": "-date"}),
        "1a": window_draws("", {}),
        "1b": window_draws("&date_match=within", {"date_match": "within"}),
    }
    for number, sort in (("2", "-date"), ("2a", None)):
        draws[number] = []
        for a, b in windows(rng, 2000):
            kind = rng.choice(FREQUENT_TYPES)
            draws[number].append(Draw(f"/api/v1/events?from={a}&to={b}&type={kind}" + (f"&sort={sort}" if sort else "")
                                      + f"&limit={PAGE}", {"from": str(a), "to": str(b), "type": kind,
                                                           **({"sort": sort} if sort else {})}))
    draws["3"] = []
    for _ in range(200):
        actor = rng.choice(frequent_actors)
        draws["3"].append(Draw(f"/api/v1/events?actor={actor}&sort=-date&limit={PAGE}", {"actor": actor, "sort": "-date"}))
    for number, sort in (("4", "-date"), ("4a", None)):
        draws[number] = []
        for _ in range(2000):
            month = FIRST_DAY.replace(year=rng.randrange(2011, 2025), month=rng.randrange(1, 13))
            place = rng.choice(governorates)
            draws[number].append(Draw(f"/api/v1/events?location={place}&from={month:%Y-%m}&to={month:%Y-%m}"
                                      + (f"&sort={sort}" if sort else "") + f"&limit={PAGE}",
                                      {"location": place, "from": f"{month:%Y-%m}", "to": f"{month:%Y-%m}",
                                       **({"sort": sort} if sort else {})}))
    draws["5"] = [Draw(draw.path, {**draw.params, "page": 2}) for draw in rng.sample(draws["1"], 300)]
    draws["6"] = []
    for _ in range(200):
        word = rng.choice(SEARCH_WORDS)
        draws["6"].append(Draw(f"/api/v1/events?q={word}&limit={PAGE}", {"q": word}))
    draws["7"] = [Draw(f"/api/v1/stats/timeline?from={y}&to={y}&interval=month&group_by=type",
                       {"year": y, "interval": "month", "group_by": "type"}) for y in range(2011, 2025)]
    draws["8"] = [Draw(f"/api/v1/events/{event_id}", {"id": event_id}) for event_id in event_ids]
    return draws


def next_pages(port, draws):
    """Query 5's paths on one build: each first page's next page, by the cursor this build gave."""
    paths = []
    for draw in draws:
        cursor = json.loads(http_get(port, draw.path))["next_cursor"]
        if cursor:
            paths.append(draw.path + "&cursor=" + urllib.request.quote(cursor, safe=""))
    return paths


def request_paths(port, draws):
    return {number: next_pages(port, items) if number == "5" else [draw.path for draw in items]
            for number, items in draws.items()}


# ---------------------------------------------------------------------------------------------------------------
# the answers check
# ---------------------------------------------------------------------------------------------------------------

def answer(body):
    """(ids in order or None, the body without its cursor) of one answer."""
    document = json.loads(body)
    if isinstance(document, dict) and "items" in document:
        ids = tuple(item.get("id") for item in document["items"])
        document = {key: value for key, value in document.items() if key != "next_cursor"}
    else:
        ids = None
    return ids, json.dumps(document, sort_keys=True)


def sample_answers(port, draws, selected, count):
    """The answers of each selected query's first `count` draws (query 5: the next page by this build's cursor)."""
    answers = {}
    for number in selected:
        if number not in draws:
            continue
        paths = next_pages(port, draws[number][:count]) if number == "5" else [d.path for d in draws[number][:count]]
        answers[number] = [(path.split("&cursor=")[0], answer(http_get(port, path))) for path in paths]
    return answers


def compare_answers(reference_label, reference, label, other, allow_body_differences):
    for number, pairs in reference.items():
        for (path, (ids, body)), (_, (other_ids, other_body)) in zip(pairs, other[number]):
            if ids != other_ids:
                sys.exit(f"ANSWERS DIFFER: query {number}, {path}: {reference_label} gave ids {list(ids or [])[:5]}..., "
                         f"{label} gave {list(other_ids or [])[:5]}...")
            if body != other_body:
                message = f"answers differ: query {number}, {path}: same ids, different bodies ({reference_label} vs {label})"
                if not allow_body_differences:
                    sys.exit("ANSWERS DIFFER: " + message)
                print("warning: " + message, file=sys.stderr)
        if len(pairs) != len(other[number]):
            sys.exit(f"ANSWERS DIFFER: query {number}: {len(pairs)} next pages on {reference_label}, "
                     f"{len(other[number])} on {label}")


def distinct_pages(answers):
    """How many different answers the sampled draws of each query got."""
    return {number: (len({ids if ids is not None else body for _, (ids, body) in pairs}), len(pairs))
            for number, pairs in answers.items()}


# ---------------------------------------------------------------------------------------------------------------
# wrk runs
# ---------------------------------------------------------------------------------------------------------------

class Wrk:
    """wrk on a list of paths, picked at random with a fixed seed per thread (the same sequence for every build)."""

    def __init__(self, port, paths, threads, seed):
        self.port = port
        self.threads = threads
        self.seed = seed
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
            listing.write("\n".join(paths))
        self.listing = listing.name

    def run(self, duration, connections, threads=None, meter_groups=None):
        """(parsed figures, CpuMeter or None) of one run."""
        threads = min(threads or self.threads, connections)
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", "-s",
                   os.path.join(ROOT, "src/bench/wrk/paths.lua"), f"http://127.0.0.1:{self.port}", "--", self.listing,
                   str(self.seed)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        meter = None
        if meter_groups is not None:
            meter = procstat.CpuMeter({**meter_groups, "wrk": lambda: [process.pid]})
            with meter:
                output, _ = process.communicate()
        else:
            output, _ = process.communicate()
        return parse_wrk(output), meter

    def close(self):
        os.unlink(self.listing)


def parse_wrk(output):
    def latency(text):
        value, unit = re.match(r"([0-9.]+)(\w+)", text).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rate": float(re.search(r"Requests/sec:\s+([0-9.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "mean": latency(re.search(r"Latency\s+([0-9.]+\w+)", output).group(1)),
        "p50": latency(re.search(r"\s50%\s+([0-9.]+\w+)", output).group(1)),
        "p99": latency(re.search(r"\s99%\s+([0-9.]+\w+)", output).group(1)),
        "errors": (int(non_2xx.group(1)) if non_2xx else 0) + (sum(map(int, socket.groups())) if socket else 0),
    }


def warm_up(app, wrk, args):
    """Mixed requests in steps until the C2 compiler threads are quiet: (seconds, C2 cores over the last step)."""
    started = time.monotonic()
    while True:
        before, step_started = procstat.c2_ticks(app.process.pid), time.monotonic()
        wrk.run(args.warmup_step, args.connections)
        c2_cores = procstat.c2_seconds_between(before, procstat.c2_ticks(app.process.pid)) / (time.monotonic() - step_started)
        elapsed = time.monotonic() - started
        print(f"  warm-up {elapsed:.0f} s: C2 {c2_cores:.3f} cores over the last step", file=sys.stderr)
        if elapsed >= args.warmup_max or (elapsed >= args.warmup_min and c2_cores < args.warmup_quiet):
            return elapsed, c2_cores


def measure_query(app, paths, args, seed, replica=None):
    """One query on one running build: unmeasured seconds, the measured run with its CPU split, one client,
    and the run at --high-connections."""
    wrk = Wrk(app.port, paths, args.threads, seed)
    try:
        if args.query_warmup > 0:
            wrk.run(args.query_warmup, args.connections)
        served_before = replica.transactions(args.db) if replica else None
        figures, meter = wrk.run(args.duration, args.connections, meter_groups={
            "app": lambda: [app.process.pid], "postgres": lambda: procstat.postgres_pids(args.db)})
        on_replica = replica.transactions(args.db) - served_before if replica else None
        single, _ = wrk.run(args.single_duration, 1, threads=1) if args.single_duration > 0 else (None, None)
        high, _ = wrk.run(args.duration, args.high_connections) if args.high_connections else (None, None)
    finally:
        wrk.close()
    return Measured.of_runs(figures, meter, "app", single, high, replica_transactions=on_replica)


# ---------------------------------------------------------------------------------------------------------------
# SQL only
# ---------------------------------------------------------------------------------------------------------------

def run_pgbench(db, script, strings, duration, connections, threads):
    """(transactions/s, PostgreSQL CPU ms per transaction) of a script, or None."""
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as file:
        file.write(script + "\n")
    defines = [f"-D{name}={value}" for name, value in strings.items()]
    with procstat.CpuMeter({"postgres": lambda: procstat.postgres_pids(db)}) as meter:
        output = subprocess.run(["pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-M", "prepared",
                                 f"-c{connections}", f"-j{threads}", f"-T{duration}", *defines, "-f", file.name, db],
                                capture_output=True, text=True)
    os.unlink(file.name)
    rate = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", output.stdout)
    count = re.search(r"number of transactions actually processed: (\d+)", output.stdout)
    failed = re.search(r"number of failed transactions: (\d+)", output.stdout)
    if not rate or not count or (failed and int(failed.group(1)) > 0):
        print(output.stdout[-500:], output.stderr[-1500:], file=sys.stderr)
        return None
    return float(rate.group(1)), meter.seconds("postgres") * 1000 / max(int(count.group(1)), 1)


def explain_plans(db, selected, rng, path, context):
    """EXPLAIN (ANALYZE, BUFFERS) of each query's statements with one draw of its parameters, run twice
    so that the plan written down is the warm one, into a text file."""
    with open(path, "w") as out:
        for number in selected:
            if number not in NAMES:
                continue
            out.write(f"## {NAMES[number]}\n\n")
            for statement in statements.explain_statements(number, rng, **context):
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


# ---------------------------------------------------------------------------------------------------------------
# the tables
# ---------------------------------------------------------------------------------------------------------------

def number(value, digits=0):
    return "n/a" if value is None else f"{value:,.{digits}f}"


def ratio(a, b, digits=2):
    return "n/a" if a is None or not b else f"{a / b:.{digits}f}"


def best_rate(measured, labels):
    """The highest req/s among these labels' figures, or None."""
    return max((measured[label].rate for label in labels if label in measured), default=None)


def print_tables(rows, labels, peers, args):
    """rows: [(query number, distinct pages, {label: Measured}, SQL-only (q/s, PG CPU ms/q) or None)]."""
    high = args.high_connections
    groups = list(labels) + [peer.label for peer in peers]
    header = ["query", "distinct pages"]
    for label in groups:
        header += [f"{label} req/s", f"{label} p99 ms"]
        if high:
            header += [f"{label} req/s @{high}", f"{label} p99 ms @{high}", f"{label} p99 {high}/{args.connections}"]
        if args.replica and label in labels:
            header.append(f"{label} replica transactions")
    if len(labels) > 1:
        header.append(f"req/s {labels[-1]}/{labels[0]}")
    if peers:
        header.append("req/s best build/best peer")
    header.append("SQL-only q/s")
    header += [f"{label}/SQL" for label in groups]
    print(f"\n**Throughput** ({args.connections} connections" + (f", and {high}" if high else "") + ")\n")
    print("| " + " | ".join(header) + " |")
    print("|---|" + "---:|" * (len(header) - 1))
    for query, distinct, measured, sql in rows:
        cells = [NAMES[query], f"{distinct[0]} of {distinct[1]}" if distinct else "n/a"]
        for label in groups:
            m = measured.get(label)
            cells += [number(m and m.rate), number(m and m.p99, 1)]
            if high:
                cells += [number(m and m.high_rate), number(m and m.high_p99, 1), ratio(m and m.high_p99, m and m.p99)]
            if args.replica and label in labels:
                cells.append(number(m and m.replica_transactions))
        if len(labels) > 1:
            first, last = measured.get(labels[0]), measured.get(labels[-1])
            cells.append(ratio(last and last.rate, first and first.rate))
        if peers:
            cells.append(ratio(best_rate(measured, labels), best_rate(measured, [peer.label for peer in peers])))
        cells.append(number(sql and sql[0]))
        cells += [ratio(measured.get(label) and measured[label].rate, sql and sql[0]) for label in groups]
        print("| " + " | ".join(cells) + " |")
    header = ["query"]
    for label in groups:
        header += [f"{label} 1-client p50 (mean) ms", f"{label} server CPU ms/req", f"{label} PG CPU ms/req",
                   f"{label} server/PG"]
    header.append("SQL-only PG CPU ms/q")
    print(f"\n**Latency and CPU** (one client for the latency; CPU from /proc over the {args.connections}-connection run, "
          "per request answered)\n")
    print("| " + " | ".join(header) + " |")
    print("|---|" + "---:|" * (len(header) - 1))
    for query, _, measured, sql in rows:
        cells = [NAMES[query]]
        for label in groups:
            m = measured.get(label)
            cells += [f"{number(m and m.single_client_p50, 2)} ({number(m and m.single_client_mean, 2)})",
                      number(m and m.cpu_ms_per_request_server, 3), number(m and m.cpu_ms_per_request_postgres, 3),
                      ratio(m and m.cpu_ms_per_request_server, m and m.cpu_ms_per_request_postgres)]
        cells.append(number(sql and sql[1], 3))
        print("| " + " | ".join(cells) + " |")


# ---------------------------------------------------------------------------------------------------------------

def parse_jars(values):
    jars = []
    for value in values or [f"app={JAR}"]:
        label, separator, path = value.partition("=")
        if not separator or not label or not path:
            sys.exit(f"--jar takes LABEL=PATH, not {value}")
        if not os.path.exists(path):
            if path == JAR:
                subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
            else:
                sys.exit(f"no jar at {path}")
        jars.append((label, path))
    if len({label for label, _ in jars}) != len(jars):
        sys.exit("each --jar needs its own label")
    return jars


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="eventline_bench")
    parser.add_argument("--jar", action="append", metavar="LABEL=PATH",
                        help="a build to measure (repeatable, measured in this order; default app=" + JAR + ")")
    parser.add_argument("--duration", type=int, default=20, help="seconds of each measured run")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--high-connections", type=int, metavar="N",
                        help="also run each query at N connections: req/s, p99 and p99@N / p99 at --connections")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--heap", default="300m", help="the app's -Xmx")
    parser.add_argument("--queries", default=DEFAULT_QUERIES, help=f"of {', '.join(NAMES)}, 9 (default {DEFAULT_QUERIES})")
    parser.add_argument("--no-sql", action="store_true", help="skip the pgbench runs")
    parser.add_argument("--sql-connections", type=int, metavar="N",
                        help="pgbench clients (default --connections; 4 is the app's pool)")
    parser.add_argument("--warmup", type=int, metavar="SECONDS",
                        help="a fixed warm-up instead of waiting for the JIT (0: none); the C2 use is still printed")
    parser.add_argument("--warmup-min", type=int, default=60)
    parser.add_argument("--warmup-max", type=int, default=300)
    parser.add_argument("--warmup-step", type=int, default=10)
    parser.add_argument("--warmup-quiet", type=float, default=0.02, help="C2 cores under which the JIT counts as quiet")
    parser.add_argument("--query-warmup", type=int, default=5, help="unmeasured seconds before each query's run")
    parser.add_argument("--single-duration", type=int, default=5, help="seconds of the one-connection run (0: none)")
    parser.add_argument("--check-draws", type=int, default=20,
                        help="draws per query whose answers every build must give alike; also the distinct pages' N")
    parser.add_argument("--allow-body-differences", action="store_true",
                        help="only warn when builds give the same ids with different bodies")
    parser.add_argument("--explain", metavar="FILE", help="also write EXPLAIN (ANALYZE, BUFFERS) of queries 1-8 to FILE")
    parser.add_argument("--replica", action="store_true",
                        help="serve the reads from a temporary streaming replica of the local server (see above)")
    parser.add_argument("--replica-port", type=int, default=15433)
    parser.add_argument("--app-option", action="append", default=[],
                        help="a JVM option for the app, e.g. -Dquarkus.datasource.jdbc.max-size=4 (repeatable)")
    parser.add_argument("--peer", action="append", default=[], metavar="SPEC",
                        help="another server to measure on the same draws, made by src/bench/peers.py (repeatable): "
                             "postgraphile:documents, postgraphile:relations")
    parser.add_argument("--peer-warmup", type=int, default=30, help="seconds of mixed requests before a peer is measured")
    args = parser.parse_args()
    if args.warmup is not None:
        args.warmup_min = args.warmup_max = args.warmup
    for tool in ("wrk", "pgbench", "psql", "java"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing (wrk: apt-get install wrk)")
    jars = parse_jars(args.jar)
    labels = [label for label, _ in jars]
    selected = [q.strip() for q in args.queries.split(",") if q.strip()]
    unknown = [q for q in selected if q not in NAMES and q != "9"]
    if unknown:
        sys.exit(f"unknown queries {unknown}; known: {', '.join(NAMES)}, 9")
    queries = [q for q in selected if q in NAMES]

    events = int(psql(args.db, "select count(*) from event")[0])
    frequent_actors = most_frequent_actors(args.db)
    governorates = psql(args.db, "select slug from location where kind = 'governorate' order by slug")
    event_ids = sorted(psql(args.db, "select id from event tablesample system (1) repeatable (20161014) limit 1000"))
    rng = random.Random(20161014)
    draws = query_draws(rng, frequent_actors, governorates, event_ids)
    statement_context = dict(frequent_types=FREQUENT_TYPES, frequent_actors=frequent_actors, governorates=governorates,
                             words=SEARCH_WORDS, event_ids=event_ids)
    if args.explain:
        slugs = "','".join(frequent_actors + governorates)
        ids_by_slug = dict(line.split("|") for line in psql_lines(
            args.db, f"select slug, id from actor where slug in ('{slugs}') union all "
                     f"select slug, id from location where slug in ('{slugs}')"))
        explain_plans(args.db, queries, random.Random(20161014), args.explain,
                      {**statement_context, "ids_by_slug": ids_by_slug, "window_days": WINDOW_DAYS, "within_from": 0})

    replica = Replica(args.replica_port) if args.replica else None
    options = list(args.app_option)
    if replica:
        options.append(f"-Dquarkus.datasource.replica.jdbc.url={replica.url(args.db)}")
    peers = []
    results = {label: {} for label in labels}
    summaries = {}
    try:
        # 1. the same answers from every build, before anything is measured
        answers = {}
        for label, jar in jars:
            print(f"{label}: checking {args.check_draws} draws per query", file=sys.stderr)
            app = App(label, jar, args.db, args.port, args.heap, options)
            try:
                answers[label] = sample_answers(args.port, draws, queries, args.check_draws)
            finally:
                app.stop()
            if label != labels[0]:
                compare_answers(labels[0], answers[labels[0]], label, answers[label], args.allow_body_differences)
        if len(labels) > 1:
            print(f"answers alike on {len(labels)} builds: {args.check_draws} draws of each query", file=sys.stderr)
        distinct = distinct_pages(answers[labels[0]])
        for query in queries:
            print(f"{NAMES[query]}: {distinct[query][0]} distinct answers among {distinct[query][1]} draws", file=sys.stderr)

        # 2. each build measured in turn
        for index, (label, jar) in enumerate(jars):
            app = App(label, jar, args.db, args.port, args.heap, options)
            try:
                paths = request_paths(args.port, draws)
                mixed = [path for query in queries for path in paths[query]]
                warmed = (0.0, None)
                if mixed and args.warmup_max > 0:
                    print(f"{label}: warming up on every query until C2 uses < {args.warmup_quiet} cores over "
                          f"{args.warmup_step} s ({args.warmup_min}-{args.warmup_max} s)", file=sys.stderr)
                    mixed_wrk = Wrk(args.port, mixed, args.threads, 1)
                    try:
                        warmed = warm_up(app, mixed_wrk, args)
                    finally:
                        mixed_wrk.close()
                    print(f"{label}: warmed up in {warmed[0]:.0f} s, C2 {warmed[1]:.3f} cores over the last step",
                          file=sys.stderr)
                for query_index, query in enumerate(queries):
                    if not paths[query]:
                        print(f"{NAMES[query]}: no request to make on this data, skipped", file=sys.stderr)
                        continue
                    m = measure_query(app, paths[query], args, 100 + query_index, replica)
                    results[label][query] = m
                    print(f"{label} {NAMES[query]}: {m.rate:.0f} req/s, p50 {m.p50:.1f} ms, p99 {m.p99:.1f} ms, "
                          f"1-client p50 {number(m.single_client_p50, 2)} ms, CPU ms/req app {m.cpu_ms_per_request_server:.3f} "
                          f"PG {m.cpu_ms_per_request_postgres:.3f} wrk {m.cpu_ms_per_request_client:.3f}, errors {m.errors}"
                          + (f"; @{args.high_connections}: {m.high_rate:.0f} req/s, p99 {m.high_p99:.1f} ms"
                             if args.high_connections else "")
                          + (f", replica transactions {m.replica_transactions}" if replica else ""), file=sys.stderr)
                if replica and index == len(jars) - 1:
                    readiness = json.loads(http_get(args.port, "/q/health/ready"))
                    check = next(c for c in readiness["checks"] if c["name"] == "Read replica")
                    print(f"readiness after the runs: reads on the {check['data']['reads']} ({check['data']['replica']})",
                          file=sys.stderr)
                export = None
                if "9" in selected:
                    export_year(app, 2015)  # warms the export path (JIT), not measured
                    export = export_year(app, 2016)
            finally:
                app.stop()
            summaries[label] = (app, warmed, export)

        # 3. peers on the same draws, if any
        if args.peer:
            import peers as peer_module
            context = {"db": args.db, "port": args.port + 1, "duration": args.duration,
                       "connections": args.connections, "threads": args.threads, "queries": queries, "draws": draws,
                       "answers": answers[labels[0]], "reference": labels[0],
                       "seeds": {query: 100 + index for index, query in enumerate(queries)},
                       "query_warmup": args.query_warmup, "single_duration": args.single_duration,
                       "high_connections": args.high_connections, "warmup": args.peer_warmup}
            for spec in args.peer:
                peer = peer_module.create(spec, context)
                peers.append(peer)
                try:
                    for query in queries:
                        m = peer.measure(query, draws[query], args.duration, args.connections)
                        if m:
                            results.setdefault(peer.label, {})[query] = m
                            print(f"{peer.label} {NAMES[query]}: {m.rate:.0f} req/s, p50 {m.p50:.1f} ms, p99 {m.p99:.1f} ms, "
                                  f"1-client p50 {number(m.single_client_p50, 2)} ms, CPU ms/req server "
                                  f"{number(m.cpu_ms_per_request_server, 3)} PG {number(m.cpu_ms_per_request_postgres, 3)}, "
                                  f"errors {m.errors}", file=sys.stderr)
                finally:
                    if hasattr(peer, "close"):
                        peer.close()
    finally:
        if replica:
            replica.remove()

    # 4. the same statements through pgbench, no app running
    sql = {}
    if not args.no_sql:
        scripts, strings = statements.pgbench_scripts(WINDOW_DAYS, within_from=0, **statement_context)
        for query in queries:
            sql[query] = run_pgbench(args.db, scripts[query], strings, args.duration,
                                     args.sql_connections or args.connections, args.threads)
            print(f"SQL only, {NAMES[query]}: " + (f"{sql[query][0]:.0f} q/s, PG CPU {sql[query][1]:.3f} ms/q"
                                                   if sql[query] else "failed"), file=sys.stderr)

    print(f"\n{events:,} events; {args.connections} connections, {args.threads} wrk threads, "
          f"{args.sql_connections or args.connections} pgbench clients, {args.duration} s per query "
          f"(one client: {args.single_duration} s); {os.cpu_count()} cores; {datetime.date.today()}")
    rows = [(query, distinct.get(query), {label: results[label][query] for label in results if query in results[label]},
             sql.get(query)) for query in queries]
    print_tables(rows, labels, peers, args)
    print()
    for label in labels:
        app, (warm_seconds, c2_cores), export = summaries[label]
        warmed = (f"warmed up {warm_seconds:.0f} s (C2 {c2_cores:.3f} cores over the last step)" if c2_cores is not None
                  else "no warm-up")
        line = (f"- {label}: {warmed}; ready {app.ready_seconds:.1f} s after start; peak RSS "
                f"{app.peak_rss_kb / 1024:.0f} MB (-Xmx{args.heap})")
        if export:
            count, seconds, heap_before, heap_peak = export
            line += (f"; {EXPORT_NAME}: {count:,} rows in {seconds:.1f} s = {count / seconds:,.0f} rows/s, "
                     f"heap {heap_before:.0f} MB before, {heap_peak:.0f} MB peak")
        print(line)
    for peer in peers:
        if hasattr(peer, "summary"):
            print(f"- {peer.label}: {peer.summary()}")


if __name__ == "__main__":
    main()
