"""CPU time of processes and threads from /proc (Linux): the app, PostgreSQL, wrk, the JIT's C2 threads."""
import os
import re
import threading

TICK = os.sysconf("SC_CLK_TCK")
# a backend's title: "postgres: 15/main: USER DATABASE HOST(PORT) STATE" (or [local])
BACKEND = re.compile(r"^postgres: (?:\S+: )?\S+ (\S+) (?:\S+\(\d+\)|\[local\])")


def stat_fields(path):
    """The fields of a /proc stat file after the command name (which may hold spaces): [state, ppid, ...]."""
    with open(path) as file:
        text = file.read()
    return text[text.rindex(")") + 2:].split()


def command_name(path):
    with open(path) as file:
        text = file.read()
    return text[text.index("(") + 1:text.rindex(")")]


def cpu_ticks(path):
    """utime + stime of a process (all its threads, live or ended) or of one thread."""
    fields = stat_fields(path)
    return int(fields[11]) + int(fields[12])


def c2_ticks(pid):
    """CPU ticks of each of the JVM's C2 compiler threads, by thread id."""
    ticks = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            if command_name(f"/proc/{pid}/task/{tid}/stat").startswith("C2 CompilerThre"):
                ticks[tid] = cpu_ticks(f"/proc/{pid}/task/{tid}/stat")
        except OSError:
            pass  # the thread ended
    return ticks


def c2_seconds_between(before, after):
    """CPU seconds the C2 threads used between two c2_ticks samples (a thread started since counts from zero)."""
    return sum(ticks - before.get(tid, 0) for tid, ticks in after.items() if ticks >= before.get(tid, 0)) / TICK


def postgres_pids(database):
    """Every PostgreSQL server process except the backends of other databases (other people's tests)."""
    pids = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            if command_name(f"/proc/{pid}/stat") != "postgres":
                continue
            with open(f"/proc/{pid}/cmdline") as file:
                title = file.read().replace("\0", " ").strip()
        except OSError:
            continue
        backend = BACKEND.match(title)
        if backend is None or backend.group(1) == database:
            pids.append(pid)
    return pids


class CpuMeter:
    """CPU seconds used by groups of processes over an interval. Each group is a function giving its pids;
    they are sampled every 0.2 s, so a process that ends during the interval (a pgbench backend) still counts
    up to its last sample, and one that starts counts from zero."""

    def __init__(self, groups, interval=0.2):
        self.groups = groups
        self.interval = interval
        self.first = {}
        self.last = {}
        self.stopped = threading.Event()

    def _sample(self, into):
        for group, pids in self.groups.items():
            for pid in pids():
                try:
                    into[(group, str(pid))] = cpu_ticks(f"/proc/{pid}/stat")
                except OSError:
                    pass

    def _run(self):
        while not self.stopped.wait(self.interval):
            self._sample(self.last)

    def __enter__(self):
        self._sample(self.first)
        self.last = dict(self.first)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exception):
        self.stopped.set()
        self.thread.join()
        self._sample(self.last)

    def seconds(self, group):
        return sum(ticks - self.first.get(key, 0) for key, ticks in self.last.items() if key[0] == group) / TICK
