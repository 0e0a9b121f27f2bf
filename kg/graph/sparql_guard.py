"""Read-only SPARQL with limits, for `kg sparql`, the web endpoint and the MCP tool.

Queries are checked and run in a separate process (:mod:`kg.graph.sparql_worker`): rdflib's parser
tells the query's form, and SELECT, ASK, CONSTRUCT and DESCRIBE run on the store's Oxigraph
database; an update, a ``SERVICE`` clause (it would make this process call another address) or a
query over the size limit is refused with a one-line reason (:mod:`kg.graph.sparql_check`). A query
that runs past the time limit is stopped by killing that process; rows past the row cap are left
off and the result says so.
"""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.graph import sparql_worker
from kg.graph.sparql_check import QueryRefused, check_size, query_form
from kg.graph.store import Store

__all__ = ["GuardedSparql", "Limits", "QueryRefused", "QueryResult", "QueryTimeout", "query_form"]
STARTUP_TIMEOUT = 60.0   # seconds for a new query process to load (not counted against a query)


class QueryTimeout(QueryRefused):
    """A query stopped by the time limit (or not started because the runner stayed busy)."""


@dataclass(frozen=True)
class Limits:
    max_chars: int = 20_000
    timeout: float = 10.0
    row_cap: int = 10_000


@dataclass
class QueryResult:
    """Rows (lists of term tuples, see :mod:`kg.graph.sparql_worker`), a boolean or triples."""

    form: str
    vars: list[str]
    rows: list[list[tuple | None]]
    boolean: bool | None = None
    triples: list[tuple] | None = None
    truncated: bool = False


class GuardedSparql:
    """Runs checked queries on ``store``'s live graph in a worker process, one at a time."""

    def __init__(self, store: Store, limits: Limits = Limits()) -> None:
        self.store = store
        self.limits = limits
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None

    def query(self, query: str) -> QueryResult:
        check_size(query, self.limits.max_chars)
        graph_dir = self.store.sparql_target()
        if graph_dir is None:
            raise QueryRefused(f"no store at {self.store.location}")
        if not self._lock.acquire(timeout=self.limits.timeout):
            raise QueryTimeout(f"the query runner stayed busy for {self.limits.timeout:g} s; try again")
        try:
            reply = self._ask_worker([graph_dir, query, self.limits.row_cap, self.limits.max_chars])
        finally:
            self._lock.release()
        if "refused" in reply:
            raise QueryRefused(reply["refused"])
        if "error" in reply:
            raise QueryRefused(f"bad SPARQL query: {reply['error']}")
        return QueryResult(form=reply["form"], vars=reply.get("vars", []),
                           rows=reply.get("rows", []), boolean=reply.get("boolean"), triples=reply.get("triples"),
                           truncated=reply.get("truncated", False))

    def _ask_worker(self, request: list) -> dict[str, Any]:
        if self._process is None or self._process.poll() is not None:
            self._start()
        try:
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
            ready, _, _ = select.select([self._process.stdout], [], [], self.limits.timeout)
            if not ready:
                self.close()
                raise QueryTimeout(f"query stopped after the time limit of {self.limits.timeout:g} s")
            line = self._process.stdout.readline()
        except OSError:
            line = ""
        if not line:
            self.close()
            raise QueryRefused("the query process stopped; try again")
        return json.loads(line)

    def _start(self) -> None:
        root = str(Path(sparql_worker.__file__).resolve().parents[2])   # so the worker imports this kg
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        self._process = subprocess.Popen([sys.executable, "-m", "kg.graph.sparql_worker"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True, encoding="utf-8", env=env)
        ready, _, _ = select.select([self._process.stdout], [], [], STARTUP_TIMEOUT)
        if not ready or self._process.stdout.readline().strip() != "ready":
            self.close()
            raise QueryRefused("the query process did not start")

    @property
    def worker_pid(self) -> int | None:
        return self._process.pid if self._process is not None and self._process.poll() is None else None

    def close(self) -> None:
        """End the worker process (a running query with it)."""
        if self._process is not None:
            self._process.kill()
            self._process.wait(5)
            self._process.stdin.close()
            self._process.stdout.close()
        self._process = None
