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


class Peer(Protocol):
    """Another server measured on the same queries and draws (e.g. PostGraphile), one column group in the tables."""
    label: str

    def measure(self, query_number: str, draws: list, duration: int, connections: int) -> Optional[Measured]:
        """The figures of one query (None: the peer has no equivalent), draws being a list of Draw."""
        ...
