"""What one server measured on one query, and what a peer server (src/bench/peers.py) offers run.py."""
from dataclasses import dataclass, field
from typing import Optional, Protocol


@dataclass
class Draw:
    """One randomised request: the API path, and its parameters for a server that does not speak the API
    (from, to, date_match, sort, type, actor, location, q, year, id; page=2 for the next page of query 1)."""
    path: str
    params: dict = field(default_factory=dict)


@dataclass
class Measured:
    """One server's figures for one query. Times in ms; CPU in ms per request, from /proc (utime + stime) over
    the measured run divided by the requests it answered. None: not measured."""
    rate: float                                   # requests/s at the run's connections
    p50: float
    p99: float
    errors: int                                   # non-2xx/3xx answers and socket errors
    cpu_ms_per_request_server: Optional[float]    # the server's process (the app's JVM, PostGraphile's node)
    cpu_ms_per_request_postgres: Optional[float]  # every PostgreSQL process but other databases' backends
    single_client_p50: Optional[float]            # one connection, one request at a time
    single_client_mean: Optional[float] = None
    high_rate: Optional[float] = None             # at --high-connections
    high_p99: Optional[float] = None
    cpu_ms_per_request_client: Optional[float] = None  # wrk
    replica_transactions: Optional[int] = None    # with --replica

    @classmethod
    def of_runs(cls, figures, meter, server_group, single=None, high=None, **more):
        """From wrk's figures of the measured run and the CPU meter over it (server_group: the meter's group for the
        server's processes), with the single-client run's and the high-connection run's figures when made."""
        requests = max(figures["requests"], 1)

        def per_request(group):
            return meter.seconds(group) * 1000 / requests

        return cls(rate=figures["rate"], p50=figures["p50"], p99=figures["p99"], errors=figures["errors"],
                   cpu_ms_per_request_server=per_request(server_group),
                   cpu_ms_per_request_postgres=per_request("postgres"),
                   cpu_ms_per_request_client=per_request("wrk"),
                   single_client_p50=single["p50"] if single else None,
                   single_client_mean=single["mean"] if single else None,
                   high_rate=high["rate"] if high else None, high_p99=high["p99"] if high else None, **more)


class Peer(Protocol):
    """Another server measured on the same queries and draws (e.g. PostGraphile), one column group in the tables."""
    label: str

    def measure(self, query_number: str, draws: list, duration: int, connections: int) -> Optional[Measured]:
        """The figures of one query (None: the peer has no equivalent), draws being a list of Draw."""
        ...
