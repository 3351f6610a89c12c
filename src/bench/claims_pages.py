#!/usr/bin/env python3
"""Times pages of GET /api/v1/claims against a running app, one request at a time.

    python3 src/bench/claims_pages.py --port 8080 [--requests 200] [--seed 14]

For each query shape, draws --requests parameter sets (the same ones for the same seed, so two
builds are compared on the same requests), sends each once to warm up, then times each once more
and prints p50 and p90 in ms. Shapes: the first page with no filter; a 30-day window; one claimant
with measure=killed and a year, for claimants of decreasing frequency in the benchmark data
(generate.sql: monitor-1 35 % of the claims, army-a 5 %, person-11 0.2 %); the page after a
30-day window's first page (its cursor); event filters alone (a type, a governorate with every
place inside it) in a 30-day window. Pages of 50, as the README's examples.
"""
import argparse
import datetime
import json
import random
import statistics
import time
import urllib.parse
import urllib.request

CLAIMANTS = ["monitor-1", "army-a", "person-11"]


def get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as answer:
        return answer.read()


def window(rng):
    start = datetime.date(2011, 1, 1) + datetime.timedelta(days=rng.randrange(14 * 365 - 30))
    return f"from={start}&to={start + datetime.timedelta(days=29)}"


def shapes(rng, port, count):
    paths = {
        "first page, no filter": ["/api/v1/claims?limit=50"] * count,
        "30-day window": [f"/api/v1/claims?limit=50&{window(rng)}" for _ in range(count)],
    }
    for claimant in CLAIMANTS:
        paths[f"claimant {claimant} + killed + a year"] = [
            f"/api/v1/claims?limit=50&attributed_to={claimant}&measure=killed&from={year}&to={year}"
            for year in (rng.randrange(2011, 2025) for _ in range(count))]
    following = []
    for _ in range(count):
        query = f"/api/v1/claims?limit=50&{window(rng)}"
        cursor = json.loads(get(port, query))["next_cursor"]
        following.append(query + "&cursor=" + urllib.parse.quote(cursor))
    paths["next page (cursor) of a 30-day window"] = following
    # event filters with no claim filter: the claims' events are joined for them
    paths["type air_strike + 30-day window"] = [f"/api/v1/claims?limit=50&type=air_strike&{window(rng)}" for _ in range(count)]
    paths["governorate + 30-day window"] = [f"/api/v1/claims?limit=50&location=gov-{rng.randrange(1, 15)}&{window(rng)}"
                                            for _ in range(count)]
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--only", help="run only the shapes whose name contains this")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    for name, paths in shapes(rng, options.port, options.requests).items():
        if options.only and options.only not in name:
            continue
        for path in paths:
            get(options.port, path)
        times = []
        for path in paths:
            started = time.perf_counter()
            get(options.port, path)
            times.append((time.perf_counter() - started) * 1000)
        deciles = statistics.quantiles(times, n=10)
        print(f"{name:45} p50 {statistics.median(times):6.1f} ms  p90 {deciles[8]:6.1f} ms  ({len(times)} requests)")


if __name__ == "__main__":
    main()
