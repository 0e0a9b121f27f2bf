"""The process that runs guarded SPARQL queries, so a runaway query can be stopped by killing it.

It imports only pyoxigraph and answers requests ``(graph_dir, query, row_cap)`` on a pipe with a
picklable result: the query form, variables, rows of terms (at most ``row_cap``), the boolean of an
ASK, the triples of a CONSTRUCT or DESCRIBE, and whether rows were left off. A term is a tuple:
``("uri", iri)``, ``("bnode", id)`` or ``("literal", value, datatype, language)``.
"""
from __future__ import annotations

from itertools import islice
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

Term = tuple


def term_tuple(term: Any) -> Term | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value)
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.datatype.value if term.datatype else None, term.language)
    return ("literal", str(term), None, None)  # an RDF-star quoted triple, shown as text


def run(store: ox.Store, query: str, row_cap: int) -> dict[str, Any]:
    """Run ``query`` (already checked read-only) and keep at most ``row_cap`` rows or triples."""
    result = store.query(query)
    if isinstance(result, ox.QueryBoolean):
        return {"form": "ASK", "boolean": bool(result)}
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[term_tuple(solution[name]) for name in names] for solution in islice(result, row_cap + 1)]
        return {"form": "SELECT", "vars": names, "rows": rows[:row_cap], "truncated": len(rows) > row_cap}
    triples = [tuple(term_tuple(t) for t in (q.subject, q.predicate, q.object)) for q in islice(result, row_cap + 1)]
    return {"form": "GRAPH", "triples": triples[:row_cap], "truncated": len(triples) > row_cap}


def serve(connection: Connection) -> None:
    """Answer requests until the pipe closes; a bad query answers ``{"error": first line}``."""
    stores: dict[str, ox.Store] = {}
    while True:
        try:
            graph_dir, query, row_cap = connection.recv()
        except EOFError:
            return
        try:
            if graph_dir not in stores:
                stores.clear()   # the store moved to a new generation: the old one is gone
                stores[graph_dir] = ox.Store.read_only(graph_dir)
            reply = run(stores[graph_dir], query, row_cap)
        except Exception as exc:  # noqa: BLE001 - any failure of the query goes back as one line
            reply = {"error": (str(exc).splitlines() or [type(exc).__name__])[0]}
        connection.send(reply)
