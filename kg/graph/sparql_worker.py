"""The process that runs guarded SPARQL queries, so a runaway query can be stopped by ending it.

``python -m kg.graph.sparql_worker`` imports only pyoxigraph and answers JSON requests
``[graph_dir, query, row_cap]``, one a line on stdin, with one JSON line on stdout: the variables
and rows of terms (at most ``row_cap``), the boolean of an ASK, the triples of a CONSTRUCT or
DESCRIBE, whether rows were left off, or ``{"error": first line}``. A term is a list:
``["uri", iri]``, ``["bnode", id]`` or ``["literal", value, datatype, language]``.
"""
from __future__ import annotations

import json
import sys
from itertools import islice
from typing import Any, TextIO

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


def serve(requests: TextIO, replies: TextIO) -> None:
    """Answer requests until the input closes."""
    stores: dict[str, ox.Store] = {}
    for line in requests:
        try:
            graph_dir, query, row_cap = json.loads(line)
            if graph_dir not in stores:
                stores.clear()   # the store moved to a new generation: the old one is gone
                stores[graph_dir] = ox.Store.read_only(graph_dir)
            reply = run(stores[graph_dir], query, int(row_cap))
        except Exception as exc:  # noqa: BLE001 - any failure of the query goes back as one line
            reply = {"error": (str(exc).splitlines() or [type(exc).__name__])[0]}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
