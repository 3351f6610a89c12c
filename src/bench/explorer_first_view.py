#!/usr/bin/env python3
"""Times the explorer's first view in headless chromium: from navigation to the first view drawn.

    python3 src/bench/explorer_first_view.py http://localhost:8080 [RUNS] [VIEW ...]

Talks to Debian's chromedriver over its WebDriver HTTP protocol (no Python packages needed). For
each view (a query string such as '?from=2016&to=2016', default: the whole period) it opens the
page RUNS times in one browser (the first load of the first view has an empty browser cache; the first
load of each view asks the API fresh questions, later loads may be answered from the browser's cache
for max-age=60) and prints the times of the page's performance marks: 'explorer-drawn', once the overview,
the first page of events, the timeline, the map and the list are drawn (the page is usable), and
'explorer-ready', once the event types' labels are in too; and how many events were loaded.
"""
import json
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = "/usr/bin/chromium"


def call(port, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())["value"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    base = sys.argv[1].rstrip("/")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    views = sys.argv[3:] or [""]
    port = free_port()
    driver = subprocess.Popen([CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                call(port, "GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        options = {"binary": CHROMIUM, "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                                                 "--window-size=1280,1000", "--disable-background-networking"]}
        session = call(port, "POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})["sessionId"]
        try:
            for view in views:
                drawn, ready = [], []
                for _ in range(runs):
                    call(port, "POST", f"/session/{session}/url", {"url": "about:blank"})
                    call(port, "POST", f"/session/{session}/url", {"url": base + "/" + view})
                    first, complete, loaded = wait_ready(port, session)
                    drawn.append(first)
                    ready.append(complete)
                print(f"view '/{view}': events loaded {loaded}; {summary('drawn', drawn)}; {summary('ready', ready)}")
        finally:
            call(port, "DELETE", f"/session/{session}")
    finally:
        driver.terminate()


def summary(name, times):
    warm = times[1:] or times
    return (f"{name} after {times[0]:.0f} ms on the first load, median {statistics.median(warm):.0f} ms on later loads"
            f" ({', '.join(f'{t:.0f}' for t in times)})")


def wait_ready(port, session):
    script = ("const ready = performance.getEntriesByName('explorer-ready')[0];"
              "const drawn = performance.getEntriesByName('explorer-drawn')[0];"
              "return ready ? [drawn ? drawn.startTime : ready.startTime, ready.startTime,"
              " document.querySelectorAll('.event-item').length] : null;")
    deadline = time.time() + 60
    while time.time() < deadline:
        value = call(port, "POST", f"/session/{session}/execute/sync", {"script": script, "args": []})
        if value:
            return value
        time.sleep(0.05)
    raise SystemExit("the explorer did not draw its first view within 60 s")


if __name__ == "__main__":
    main()
