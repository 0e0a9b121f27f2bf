"""SPARQL results as the protocol's formats (JSON, CSV, N-Triples) and as Python values.

Terms come from :mod:`kg.graph.sparql_worker` as tuples: ``("uri", iri)``, ``("bnode", id)`` or
``("literal", value, datatype, language)``.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from rdflib import BNode, Literal, URIRef

from kg.graph.sparql_guard import QueryResult
from kg.sparql import python_value

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def rdflib_term(term: tuple | None) -> URIRef | BNode | Literal | None:
    if term is None:
        return None
    if term[0] == "uri":
        return URIRef(term[1])
    if term[0] == "bnode":
        return BNode(term[1])
    _, value, datatype, language = term
    if language:
        return Literal(value, lang=language)
    return Literal(value, datatype=URIRef(datatype) if datatype and datatype != XSD_STRING else None)


def python_rows(result: QueryResult) -> list[dict[str, Any]]:
    """SELECT rows as dicts of plain values, as :func:`kg.sparql.select` gives them (what `kg sparql --json` prints)."""
    return [{name: python_value(rdflib_term(term)) for name, term in zip(result.vars, row)} for row in result.rows]


def _json_term(term: tuple) -> dict[str, str]:
    if term[0] in ("uri", "bnode"):
        return {"type": term[0], "value": term[1]}
    _, value, datatype, language = term
    out = {"type": "literal", "value": value}
    if language:
        out["xml:lang"] = language
    elif datatype and datatype not in (XSD_STRING, RDF_LANG_STRING):
        out["datatype"] = datatype
    return out


def results_json(result: QueryResult) -> dict[str, Any]:
    """SPARQL 1.1 Query Results JSON as a dict; a result cut at the row cap carries ``results.truncated``."""
    if result.form == "ASK":
        return {"head": {}, "boolean": bool(result.boolean)}
    bindings = [{name: _json_term(term) for name, term in zip(result.vars, row) if term is not None}
                for row in result.rows]
    body: dict[str, Any] = {"head": {"vars": result.vars}, "results": {"bindings": bindings}}
    if result.truncated:
        body["results"]["truncated"] = True
    return body


def to_json(result: QueryResult) -> str:
    return json.dumps(results_json(result), ensure_ascii=False)


def _csv_value(term: tuple | None) -> str:
    if term is None:
        return ""
    return f"_:{term[1]}" if term[0] == "bnode" else term[1]


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV (an ASK gives one column ``boolean``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        return out.getvalue()
    writer.writerow(result.vars)
    writer.writerows([_csv_value(term) for term in row] for row in result.rows)
    return out.getvalue()


def to_ntriples(result: QueryResult) -> str:
    """The triples of a CONSTRUCT or DESCRIBE, one N-Triples line each."""
    return "".join(" ".join(rdflib_term(t).n3() for t in triple) + " .\n" for triple in result.triples or [])
