"""Read-only SPARQL with limits, for `kg sparql`, the web endpoint and the MCP tool.

A query is parsed with rdflib's SPARQL parser first, to know its form: SELECT, ASK, CONSTRUCT and
DESCRIBE run; an update, a ``SERVICE`` clause (it would make this process call another address)
or a query over the size limit is refused with a one-line reason. What passes runs in a separate
process (:mod:`kg.graph.sparql_worker`) so that one running past the time limit can be stopped by
killing that process; rows past the row cap are left off and the result says so.
"""
from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.graph import sparql_worker
from kg.graph.store import Store
from kg.ontology import SPARQL_PREFIXES

PREFIX_LINES = SPARQL_PREFIXES.count("\n")
FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


class QueryRefused(ValueError):
    """A query this store will not run; the message is one line saying why."""


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


def _contains(node: Any, name: str) -> bool:
    if isinstance(node, CompValue):
        if node.name == name:
            return True
        return any(_contains(child, name) for child in node.values())
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return any(_contains(child, name) for child in node)
    return False


def query_form(query: str, limits: Limits = Limits()) -> str:
    """The form of ``query`` (SELECT, ASK, CONSTRUCT, DESCRIBE) or QueryRefused saying why not."""
    if not query.strip():
        raise QueryRefused("empty query")
    if len(query) > limits.max_chars:
        raise QueryRefused(f"query of {len(query)} characters is over the limit of {limits.max_chars}")
    text = SPARQL_PREFIXES + query
    try:
        parsed = parseQuery(text)
    except ParseException as exc:
        try:
            parseUpdate(text)
        except ParseException:
            raise QueryRefused(f"bad SPARQL query: {_without_prefix_lines(str(exc).splitlines()[0])}") from None
        raise QueryRefused("updates are refused: this store is read-only (SELECT, ASK, CONSTRUCT, DESCRIBE)") from None
    if _contains(parsed, "ServiceGraphPattern"):
        raise QueryRefused("SERVICE is refused: queries run on this store only")
    return FORMS[parsed[1].name]


def _without_prefix_lines(message: str) -> str:
    """The parser's position counted in the query as written, not after the predeclared prefixes."""
    return re.sub(r"\s*\(at char \d+\), \(line:(\d+), col:(\d+)\)",
                  lambda m: f" (line {int(m[1]) - PREFIX_LINES}, column {m[2]})", message)


class GuardedSparql:
    """Runs checked queries on ``store``'s live graph in a worker process, one at a time."""

    def __init__(self, store: Store, limits: Limits = Limits()) -> None:
        self.store = store
        self.limits = limits
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None

    def query(self, query: str) -> QueryResult:
        form = query_form(query, self.limits)
        if self.store.current is None:
            raise QueryRefused(f"no store at {self.store.root}")
        graph_dir = str(Path(self.store.current) / "graph")
        if not self._lock.acquire(timeout=self.limits.timeout):
            raise QueryTimeout(f"the query runner stayed busy for {self.limits.timeout:g} s; try again")
        try:
            reply = self._ask_worker([graph_dir, SPARQL_PREFIXES + query, self.limits.row_cap])
        finally:
            self._lock.release()
        if "error" in reply:
            raise QueryRefused(f"bad SPARQL query: {reply['error']}")
        return QueryResult(form=form, vars=reply.get("vars", []),
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
