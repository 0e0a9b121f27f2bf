"""The writer lock of a store kept at a SPARQL endpoint: one writer at a time across machines.

A writer inserts a lock node of its own into the endpoint's store graph with a conditional update
(only when no lock node is there), then reads the lock nodes back: it holds the lock when its node
is the only one. Two writers that insert at once may both see two nodes; then both withdraw and try
again, so at most one ever proceeds. A lock node carries an expiry the server computes (so clocks
of the machines do not matter), renewed by a thread while the writer works; a writer that dies stops
renewing it, and the next writer deletes it once expired (after ``$KG_WRITER_LEASE`` seconds, 60 by default).
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

from kg.errors import StoreBusyError
from kg.graph.endpoint import SparqlEndpoint
from kg.ontology import ID

STORE_GRAPH = ID["graph/store"]            # the manifest, the live state's id and the writer locks
WRITER_LOCK = ID["store/WriterLock"]
EXPIRES = ID["store/expires"]
HOLDER = ID["store/holder"]
LEASE_VARIABLE = "KG_WRITER_LEASE"   # seconds a dead writer's lock keeps others out (default 60)
POLL_SECONDS = 1.0


def lease_seconds() -> int:
    return max(2, int(os.environ.get(LEASE_VARIABLE, "60")))


class EndpointLock:
    """One writer's lock node (``node``) at ``endpoint``."""

    def __init__(self, endpoint: SparqlEndpoint) -> None:
        self.endpoint = endpoint
        self.node = ID[f"store/lock/{uuid.uuid4().hex}"]
        self._stop = threading.Event()
        self.lease = lease_seconds()
        self._duration = f'"PT{self.lease}S"^^<http://www.w3.org/2001/XMLSchema#dayTimeDuration>'

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
        self.endpoint.update(f"""
DELETE {{ GRAPH <{STORE_GRAPH}> {{ ?lock ?p ?o }} }}
WHERE {{ GRAPH <{STORE_GRAPH}> {{ ?lock a <{WRITER_LOCK}> ; <{EXPIRES}> ?expires ; ?p ?o }} FILTER(?expires < NOW()) }} ;
INSERT {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> a <{WRITER_LOCK}> ; <{EXPIRES}> ?expires ; <{HOLDER}> "{holder}" }} }}
WHERE {{ FILTER NOT EXISTS {{ GRAPH <{STORE_GRAPH}> {{ ?lock a <{WRITER_LOCK}> }} }} BIND(NOW() + {self._duration} AS ?expires) }}""")
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
DELETE {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> <{EXPIRES}> ?old }} }}
INSERT {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> <{EXPIRES}> ?expires }} }}
WHERE {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> <{EXPIRES}> ?old }} BIND(NOW() + {self._duration} AS ?expires) }}""")
            except Exception:   # noqa: BLE001 - a missed renewal is retried; the commit checks the lock itself
                continue

    def _release(self) -> None:
        self.endpoint.update(f"DELETE WHERE {{ GRAPH <{STORE_GRAPH}> {{ <{self.node}> ?p ?o }} }}")
