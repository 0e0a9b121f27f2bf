"""The process that checks and runs guarded SPARQL queries, so one that runs (or parses) past the
time limit is stopped by ending the process.

``python -m kg.graph.sparql_worker`` prints ``ready`` once loaded, then answers JSON requests
``[graph_dir, query, row_cap, max_chars]`` (``graph_dir``: a database folder, or the query URL of a
SPARQL endpoint), one a line on stdin, with one JSON line on stdout: the
form, the variables and rows of terms (at most ``row_cap``), the boolean of an ASK, the triples of a
CONSTRUCT or DESCRIBE, whether rows were left off; ``{"refused": reason}`` for a query
:mod:`kg.graph.sparql_check` refuses, ``{"error": first line}`` for one the store fails on. A term
is a list: ``["uri", iri]``, ``["bnode", id]`` or ``["literal", value, datatype, language]``.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from itertools import islice
from typing import Any, TextIO

import pyoxigraph as ox

from kg.graph.sparql_check import QueryRefused, query_form
from kg.graph.store import is_endpoint
from kg.ontology import SPARQL_PREFIXES

RECURSION_LIMIT = 6000   # rdflib's parser recurses once per repeated element; this process may go deep


def term_tuple(term: Any) -> list | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ["uri", term.value]
    if isinstance(term, ox.BlankNode):
        return ["bnode", term.value]
    if isinstance(term, ox.Literal):
        return ["literal", term.value, term.datatype.value if term.datatype else None, term.language]
    return ["literal", str(term), None, None]  # an RDF-star quoted triple, shown as text


def run(store: ox.Store, query: str, row_cap: int) -> dict[str, Any]:
    """Run ``query`` (checked, prefixes included) and keep at most ``row_cap`` rows or triples."""
    result = store.query(query)
    if isinstance(result, ox.QueryBoolean):
        return {"boolean": bool(result)}
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[term_tuple(solution[name]) for name in names] for solution in islice(result, row_cap + 1)]
        return {"vars": names, "rows": rows[:row_cap], "truncated": len(rows) > row_cap}
    triples = [[term_tuple(t) for t in (q.subject, q.predicate, q.object)] for q in islice(result, row_cap + 1)]
    return {"triples": triples[:row_cap], "truncated": len(triples) > row_cap}


class EndpointQueries:
    """A SPARQL endpoint answering with pyoxigraph's result types, so :func:`run` reads it as a database."""

    def __init__(self, query_url: str) -> None:
        self.query_url = query_url

    def query(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | Iterator[ox.Quad]:
        import httpx   # here: httpx (and the CLI it brings) costs every `kg` command time it rarely needs
        reply = httpx.post(self.query_url, content=query.encode(), timeout=None,
                           headers={"Content-Type": "application/sparql-query",
                                    "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
        if reply.status_code >= 400:
            raise ValueError((reply.text.strip().splitlines() or [f"the endpoint answered {reply.status_code}"])[0])
        if reply.headers.get("content-type", "").startswith("application/n-triples"):
            return ox.parse(reply.content, format=ox.RdfFormat.N_TRIPLES)
        return ox.parse_query_results(reply.content, format=ox.QueryResultsFormat.JSON)


def answer(stores: dict[str, ox.Store | EndpointQueries], request: list) -> dict[str, Any]:
    graph_dir, query, row_cap, max_chars = request
    try:
        form = query_form(query, int(max_chars))
    except QueryRefused as exc:
        return {"refused": str(exc)}
    if graph_dir not in stores:
        stores.clear()   # the store moved to a new generation: the old one is gone
        stores[graph_dir] = EndpointQueries(graph_dir) if is_endpoint(graph_dir) else ox.Store.read_only(graph_dir)
    return {"form": form, **run(stores[graph_dir], SPARQL_PREFIXES + query, int(row_cap))}


def serve(requests: TextIO, replies: TextIO) -> None:
    """Answer requests until the input closes."""
    stores: dict[str, ox.Store] = {}
    replies.write("ready\n")
    replies.flush()
    for line in requests:
        try:
            reply = answer(stores, json.loads(line))
        except Exception as exc:  # noqa: BLE001 - any failure of the query goes back as one line
            reply = {"error": (str(exc).splitlines() or [type(exc).__name__])[0]}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


if __name__ == "__main__":
    sys.setrecursionlimit(RECURSION_LIMIT)
    serve(sys.stdin, sys.stdout)
