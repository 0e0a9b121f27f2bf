"""What a SPARQL query is, told by rdflib's parser: its form (SELECT, ASK, CONSTRUCT, DESCRIBE), or
a one-line reason it will not run (an update, a ``SERVICE`` clause, a bad or oversized query).

It runs inside the query process (:mod:`kg.graph.sparql_worker`), so a query that is slow or deep
to parse is bounded by the same time limit as one slow to run.
"""
from __future__ import annotations

import re
from typing import Any

from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.ontology import SPARQL_PREFIXES

PREFIX_LINES = SPARQL_PREFIXES.count("\n")
FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
READ_ONLY = "updates are refused: this store is read-only (SELECT, ASK, CONSTRUCT, DESCRIBE)"


class QueryRefused(ValueError):
    """A query this store will not run; the message is one line saying why."""


def _contains(node: Any, name: str) -> bool:
    if isinstance(node, CompValue):
        if node.name == name:
            return True
        return any(_contains(child, name) for child in node.values())
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return any(_contains(child, name) for child in node)
    return False


def _without_prefix_lines(message: str) -> str:
    """The parser's position counted in the query as written, not after the predeclared prefixes."""
    return re.sub(r"\s*\(at char \d+\), \(line:(\d+), col:(\d+)\)",
                  lambda m: f" (line {int(m[1]) - PREFIX_LINES}, column {m[2]})", message)


def check_size(query: str, max_chars: int) -> None:
    if not query.strip():
        raise QueryRefused("empty query")
    if len(query) > max_chars:
        raise QueryRefused(f"query of {len(query)} characters is over the limit of {max_chars}")


def query_form(query: str, max_chars: int = 20_000) -> str:
    """The form of ``query`` (prefixes ckg, besluit, ... predeclared), or QueryRefused saying why not."""
    check_size(query, max_chars)
    text = SPARQL_PREFIXES + query
    try:
        parsed = parseQuery(text)
    except ParseException as exc:
        try:
            parseUpdate(text)
        except ParseException:
            raise QueryRefused(f"bad SPARQL query: {_without_prefix_lines(str(exc).splitlines()[0])}") from None
        raise QueryRefused(READ_ONLY) from None
    except RecursionError:
        raise QueryRefused("the query nests or repeats too deeply to check; split it") from None
    if _contains(parsed, "ServiceGraphPattern"):
        raise QueryRefused("SERVICE is refused: queries run on this store only")
    return FORMS[parsed[1].name]
