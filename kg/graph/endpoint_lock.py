"""The writer lock of a store kept at a SPARQL endpoint: one writer at a time across machines.

A writer inserts a lock node of its own into the endpoint's store graph with a conditional update
(only when no lock node is there), then reads the lock nodes back: it holds the lock when its node
is the only one. Two writers that insert at once may both see two nodes; then both withdraw and try
again, so at most one ever proceeds. A lock node carries the server's time of its last renewal (so
the clocks of the machines do not matter), renewed by a thread while the writer works; a writer that
dies stops renewing it, and the next writer deletes it once it is older than the lease
(``$KG_WRITER_LEASE`` seconds, 60 by default).
"""
from __future__ import annotations

import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from kg.errors import StoreBusyError
from kg.graph.endpoint import SparqlEndpoint
from kg.ontology import ID

STORE_GRAPH = ID["graph/store"]            # the manifest, the live state's id and the writer locks
WRITER_LOCK = ID["store/WriterLock"]
RENEWED = ID["store/renewed"]
HOLDER = ID["store/holder"]
LEASE_VARIABLE = "KG_WRITER_LEASE"   # seconds a dead writer's lock keeps others out (default 60)
POLL_SECONDS = 1.0
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"


def lease_seconds() -> int:
    return max(2, int(os.environ.get(LEASE_VARIABLE, "60")))


class EndpointLock:
    """One writer's lock node (``node``) at ``endpoint``."""

    def __init__(self, endpoint: SparqlEndpoint) -> None:
        self.endpoint = endpoint
        self.node = ID[f"store/lock/{uuid.uuid4().hex}"]
        self._stop = threading.Event()
        self.lease = lease_seconds()

    @property
    def condition(self) -> str:
        """A graph pattern true only while this writer holds the lock: a write request that puts it in
        each of its WHERE clauses does nothing once the lock is lost."""
        return f"GRAPH <{STORE_GRAPH}> {{ <{self.node}> a <{WRITER_LOCK}> }}"

    @contextmanager
    def held(self, wait: bool, on_wait: Callable[[str], None] | None, location: str) -> Iterator[None]:
        """Hold the lock for the block (waiting as :meth:`kg.graph.store.Store.writer` does)."""
        told = False
        while not self._try_acquire():
            if not wait:
                raise StoreBusyError(location)
            if not told and on_wait is not None:
                on_wait(f"waiting for another ingest into {location} ...")
                told = True
            time.sleep(POLL_SECONDS * (1 + random.random()))
        renewer = threading.Thread(target=self._renew_until_stopped, daemon=True)
        renewer.start()
        try:
            yield
        finally:
            self._stop.set()
            renewer.join()
            self._release()

    def _try_acquire(self) -> bool:
        holder = f"{socket.gethostname()} pid {os.getpid()}".replace('"', "")
        now = self.endpoint.select("SELECT (NOW() AS ?now) WHERE {}")[0]["now"]["value"]
        cutoff = (_parse_time(now) - timedelta(seconds=self.lease)).isoformat()
        self.endpoint.update(f"""
DELETE {{ GRAPH <{STORE_GRAPH}> {{ ?lock ?p ?o }} }}
WHERE {{ GRAPH <{STORE_GRAPH}> {{ ?lock a <{WRITER_LOCK}> ; <{RENEWED}> ?renewed ; ?p ?o }}
        FILTER(?renewed < "{cutoff}"^^<{XSD_DATETIME}>) }} ;
INSERT {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> a <{WRITER_LOCK}> ; <{RENEWED}> ?now ; <{HOLDER}> "{holder}" }} }}
WHERE {{ FILTER NOT EXISTS {{ GRAPH <{STORE_GRAPH}> {{ ?lock a <{WRITER_LOCK}> }} }} BIND(NOW() AS ?now) }}""")
        nodes = {row["lock"]["value"] for row in
                 self.endpoint.select(f"SELECT ?lock WHERE {{ GRAPH <{STORE_GRAPH}> {{ ?lock a <{WRITER_LOCK}> }} }}")}
        if nodes == {str(self.node)}:
            return True
        if str(self.node) in nodes:   # another writer inserted at the same moment: both step back
            self._release()
        return False

    def _renew_until_stopped(self) -> None:
        while not self._stop.wait(self.lease / 4):
            try:
                self.endpoint.update(f"""
DELETE {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> <{RENEWED}> ?old }} }}
INSERT {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> <{RENEWED}> ?now }} }}
WHERE {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> <{RENEWED}> ?old }} BIND(NOW() AS ?now) }}""")
            except Exception:   # noqa: BLE001, S112 - a missed renewal is retried; the commit checks the lock itself
                continue

    def _release(self) -> None:
        self.endpoint.update(f"DELETE WHERE {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> ?p ?o }} }}")


def _parse_time(value: str) -> datetime:
    """An xsd:dateTime as the server prints it (up to nanoseconds, ``Z`` or an offset)."""
    head, dot, rest = value.partition(".")
    if dot:
        digits = len(rest) - len(rest.lstrip("0123456789"))
        rest = rest[:min(digits, 6)] + rest[digits:]
    return datetime.fromisoformat((head + dot + rest).replace("Z", "+00:00"))
