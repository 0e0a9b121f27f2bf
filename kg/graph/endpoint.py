"""A SPARQL 1.1 endpoint over HTTP: queries, updates and the graph store protocol, each failure one
:class:`kg.errors.EndpointError` naming the address and the request.

The URL given is the server's base; queries go to ``<url>/query``, updates to ``<url>/update`` and
graph store requests to ``<url>/store`` (Oxigraph's layout: ``oxigraph serve``).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx
import pyoxigraph as ox

from kg.errors import EndpointError

CONNECT_TIMEOUT = 10.0
REQUEST_TIMEOUT = 600.0     # an upload of a large change, or a big update, may take minutes
UPLOAD_BATCH = 50_000       # triples per graph store request


class SparqlEndpoint:
    """The three services of one endpoint, with one HTTP connection pool."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.query_url = f"{self.url}/query"
        self.update_url = f"{self.url}/update"
        self.store_url = f"{self.url}/store"
        self._client = httpx.Client(timeout=httpx.Timeout(REQUEST_TIMEOUT, connect=CONNECT_TIMEOUT))

    def select(self, query: str) -> list[dict[str, Any]]:
        """Rows of a SELECT as SPARQL JSON bindings (variable -> {"type", "value", ...})."""
        reply = self._send("query", self.query_url, content=query.encode(),
                           headers={"Content-Type": "application/sparql-query",
                                    "Accept": "application/sparql-results+json"})
        return reply.json()["results"]["bindings"]

    def update(self, request: str) -> None:
        """Run one SPARQL Update request (on Oxigraph: one transaction, all of it or nothing)."""
        self._send("update", self.update_url, content=request.encode(),
                   headers={"Content-Type": "application/sparql-update"})

    def add_triples(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        """Add ``triples`` to named graph ``graph`` (graph store protocol, in batches)."""
        batch: list[ox.Triple] = []
        for triple in triples:
            batch.append(triple)
            if len(batch) == UPLOAD_BATCH:
                self._post_triples(graph, batch)
                batch = []
        if batch:
            self._post_triples(graph, batch)

    def graph_triples(self, graph: str | None) -> list[ox.Triple]:
        """The triples of named graph ``graph`` (None: the default graph)."""
        params = {"default": ""} if graph is None else {"graph": graph}
        reply = self._send("graph store", self.store_url, method="GET", params=params,
                           headers={"Accept": "application/n-triples"})
        return [quad.triple for quad in ox.parse(reply.content, format=ox.RdfFormat.N_TRIPLES)]

    def named_graphs(self) -> list[str]:
        return [row["g"]["value"] for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]

    def _post_triples(self, graph: str, triples: list[ox.Triple]) -> None:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        self._send("graph store", self.store_url, content=body, params={"graph": graph},
                   headers={"Content-Type": "application/n-triples"})

    def _send(self, service: str, url: str, method: str = "POST", **kwargs: Any) -> httpx.Response:
        try:
            reply = self._client.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise EndpointError(self.url, f"{service} request failed: {type(exc).__name__}: {exc}") from None
        if reply.status_code >= 400:
            first = (reply.text.strip().splitlines() or [reply.reason_phrase])[0][:300]
            raise EndpointError(self.url, f"{service} request refused ({reply.status_code}): {first}")
        return reply
