#!/usr/bin/env python3
"""Where the app's CPU goes for one kind of request: a Java Flight Recorder profile under wrk, summed
by owner, beside the CPU of each group of the app's threads.

Usage (the app already running on --port, warmed up; run.py's warm-up or a minute of the same load):
    python3 src/bench/profile.py --pid PID --port 18080 --paths FILE [--duration 30] [--connections 16]

FILE lists request paths, one per line (wrk/paths.lua picks them at random). It prints:
- requests per second and the app's CPU per request, user and kernel apart (/proc);
- CPU per request of each thread group (Vert.x event loops, worker threads, GC, JIT compilers...);
- the Java samples (jdk.ExecutionSample) by owner: each sample is charged to the first frame, from
  the top of its stack, that is not the JDK's own (java.*, jdk.*, sun.*), so a HashMap lookup in
  Hibernate counts as Hibernate's; then the frames of the app's own code (org.eventline) that
  include most samples. Samples are of running Java code: kernel time (sockets, futexes) is only
  in the /proc figures.
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TICK = os.sysconf("SC_CLK_TCK")
OWNERS = [  # (prefix of a frame, owner), first match wins
    ("org.eventline.web.Sha256", "ETag and fingerprint hashing (SHA-256)"),
    ("sun.security.provider", "ETag and fingerprint hashing (SHA-256)"),
    ("org.eventline.", "Eventline's own code"),
    ("org.postgresql.", "PostgreSQL JDBC driver"),
    ("io.agroal.", "connection pool (Agroal)"),
    ("org.hibernate.", "Hibernate ORM"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("io.micrometer.", "metrics (Micrometer)"),
    ("io.quarkus.security.", "security checks"),
    ("io.quarkus.vertx.http.runtime.security.", "security checks"),
    ("io.smallrye.jwt.", "security checks"),
    ("io.quarkus.arc.", "CDI (ArC): request scope, proxies, interceptors"),
    ("org.jboss.resteasy.reactive.", "REST framework (Quarkus REST)"),
    ("jakarta.ws.rs.", "REST framework (Quarkus REST)"),
    ("io.quarkus.resteasy.reactive.", "REST framework (Quarkus REST)"),
    ("org.jboss.threads.", "hand-off to worker threads"),
    ("io.quarkus.vertx.core.runtime.", "hand-off to worker threads"),
    ("io.netty.", "HTTP server (Vert.x, Netty)"),
    ("io.vertx.", "HTTP server (Vert.x, Netty)"),
    ("io.quarkus.vertx.http.", "HTTP server (Vert.x, Netty)"),
    ("org.jboss.logmanager.", "logging"),
    ("org.jboss.logging.", "logging"),
    ("com.arjuna.", "transactions (Narayana)"),
    ("io.quarkus.narayana.", "transactions (Narayana)"),
    ("org.jboss.tm.", "transactions (Narayana)"),
    ("io.quarkus.hibernate.orm.", "Hibernate ORM"),
    ("org.infinispan.quarkus.hibernate.", "Hibernate ORM"),
]
JDK = ("java.", "jdk.", "sun.", "javax.")
THREAD_GROUPS = [  # (pattern of a thread name, group)
    # /proc keeps the first 15 characters of a thread's name
    (r"^vert\.x-eventl", "Vert.x event loops (HTTP)"),
    (r"^executor-thread", "worker threads (resources, JDBC)"),
    (r"^vert\.x-worker", "worker threads (resources, JDBC)"),
    (r"^(GC Thread|G1 |VM Periodic|GC )", "garbage collector"),
    (r"^C[12] CompilerThre", "JIT compilers"),
    (r"^JFR|^JFR ", "the profiler itself (JFR)"),
]


def thread_ticks(pid):
    """CPU ticks by thread group, from /proc/PID/task/*/stat."""
    groups = collections.Counter()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as stat:
                text = stat.read()
        except OSError:
            continue
        name = text[text.index("(") + 1:text.rindex(")")]
        fields = text[text.rindex(")") + 2:].split()
        group = next((label for pattern, label in THREAD_GROUPS if re.match(pattern, name)), "other threads")
        groups[group] += int(fields[11]) + int(fields[12])
    return groups


def process_ticks(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]), int(fields[12])


def owner(frames):
    for frame in frames:
        if frame.startswith(JDK) and not frame.startswith("sun.security.provider"):
            continue
        return next((label for prefix, label in OWNERS if frame.startswith(prefix)), "other: " + frame.rsplit(".", 2)[0])
    return "JDK only"


def samples(recording):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
                          capture_output=True, text=True, check=True).stdout
    for event in text.split("jdk.ExecutionSample"):
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        if frames:
            yield frames


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--paths", required=True)
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    recording = os.path.join(tempfile.gettempdir(), f"eventline-profile-{args.pid}.jfr")
    subprocess.run(["jcmd", str(args.pid), "JFR.start", "name=bench", "settings=profile", f"filename={recording}"],
                   check=True, capture_output=True)
    threads_before, (user_before, kernel_before) = thread_ticks(args.pid), process_ticks(args.pid)
    output = subprocess.run(["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s",
                             "-s", os.path.join(ROOT, "src/bench/wrk/paths.lua"), f"http://127.0.0.1:{args.port}",
                             "--", args.paths], capture_output=True, text=True).stdout
    threads_after, (user_after, kernel_after) = thread_ticks(args.pid), process_ticks(args.pid)
    subprocess.run(["jcmd", str(args.pid), "JFR.stop", "name=bench"], check=True, capture_output=True)
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([0-9.]+)", output).group(1))
    per_request = lambda ticks: ticks / TICK * 1000 / requests  # noqa: E731 (ms of CPU per request)
    print(f"{requests:,} requests, {rate:,.0f} req/s, {args.connections} connections, {args.duration} s")
    print(f"app CPU per request: {per_request(user_after - user_before + kernel_after - kernel_before):.3f} ms "
          f"(user {per_request(user_after - user_before):.3f}, kernel {per_request(kernel_after - kernel_before):.3f})")
    print("\n| thread group | CPU ms per request |\n|---|---:|")
    for group in sorted(threads_after, key=lambda g: threads_before.get(g, 0) - threads_after[g]):
        used = threads_after[group] - threads_before.get(group, 0)
        if used > 0:
            print(f"| {group} | {per_request(used):.3f} |")
    owners, inclusive, total = collections.Counter(), collections.Counter(), 0
    for frames in samples(recording):
        total += 1
        owners[owner(frames)] += 1
        for frame in set(f for f in frames if f.startswith("org.eventline.")):
            inclusive[frame] += 1
    print(f"\n{total:,} Java samples\n\n| owner (first non-JDK frame) | share of samples |\n|---|---:|")
    for name, count in owners.most_common():
        print(f"| {name} | {100 * count / total:.1f} % |")
    print("\n| Eventline frame (with what it calls) | share of samples |\n|---|---:|")
    for frame, count in inclusive.most_common(args.top):
        print(f"| `{frame}` | {100 * count / total:.1f} % |")
    os.unlink(recording)


if __name__ == "__main__":
    sys.exit(main())
