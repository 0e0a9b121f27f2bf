"""The one way code reads the graph with SPARQL: prefixes predeclared, variables bound by VALUES, rows as
plain Python values (numbers and booleans as such, IRIs, dates and text as strings, unbound as None)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from rdflib import Graph

from kg.ontology import SPARQL_PREFIXES

Row = dict[str, Any]
Binding = str | Iterable[str]

_WHERE = re.compile(r"\bWHERE\s*\{", re.I)
_SELECT = re.compile(r"\bSELECT(\s+DISTINCT|\s+REDUCED)?", re.I)


def select(graph: Graph, query: str, bindings: Mapping[str, Binding] | None = None) -> list[Row]:
    """Rows of a SELECT ``query`` (project prefixes predeclared).

    ``bindings`` maps a variable name to an IRI, or to several IRIs: the query then runs once for all of
    them (one VALUES block, so thirty nodes cost one query, not thirty) and that variable is added to each
    row, so callers can group the rows by it.
    """
    if bindings:
        query = _bind(query, bindings)
    result = graph.query(SPARQL_PREFIXES + query)
    names = [str(v) for v in result.vars]
    return [{name: python_value(row[i]) for i, name in enumerate(names)} for row in result]


def python_value(term: Any) -> Any:
    """A term as a plain value: int, float and bool kept, anything else as its string, None for unbound."""
    if term is None:
        return None
    value = term.toPython() if hasattr(term, "toPython") else term
    return value if isinstance(value, (int, float, bool)) else str(value)


def _bind(query: str, bindings: Mapping[str, Binding]) -> str:
    """The query with a VALUES block for ``bindings`` opening its WHERE clause; a variable bound to
    several IRIs is projected too."""
    many = {name: list(value) for name, value in bindings.items() if not isinstance(value, str)}
    values = _values_block(list(bindings), [many[name] if name in many else [bindings[name]] for name in bindings])
    where = _WHERE.search(query)
    if where is None:
        raise ValueError("a query with bindings needs a WHERE clause")
    head, body = query[:where.start()], query[where.end():]
    for name in many:
        if not re.search(rf"\?{name}\b", head):
            head = _SELECT.sub(lambda m: f"{m.group(0)} ?{name}", head, count=1)
    return f"{head}WHERE {{ {values} {body}"


def _values_block(names: list[str], columns: list[list[str]]) -> str:
    """VALUES for the cross product of each name's IRIs (one name usually has several, the rest one)."""
    if not all(columns):   # a name bound to no IRI at all: no solutions
        return f"VALUES ({' '.join('?' + n for n in names)}) {{ }}"
    combos: list[list[str]] = [[]]
    for column in columns:
        combos = [combo + [iri] for combo in combos for iri in column]
    rows = " ".join("(" + " ".join(f"<{iri}>" for iri in combo) + ")" for combo in combos)
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {rows} }}"


def group_by(rows: list[Row], name: str, keys: Iterable[str]) -> dict[str, list[Row]]:
    """``rows`` grouped by the value of ``name`` (which is taken out of each row), every key present."""
    grouped: dict[str, list[Row]] = {key: [] for key in keys}
    for row in rows:
        grouped.setdefault(row.pop(name), []).append(row)
    return grouped
