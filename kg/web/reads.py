"""What the pages show, read from the graph through :class:`kg.api.KnowledgeGraph`.

Every function takes the KnowledgeGraph and returns plain dicts and lists for the templates and the
JSON API. IRIs that come from a request are checked by :func:`checked_iri` before they enter a query.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from importlib.resources import files
from typing import Any

import pyoxigraph
from rdflib import Literal

from kg.api import KnowledgeGraph
from kg.ontology import ID
from kg.views.lookup import describe_organisation, describe_person
from kg.views.netx import NODE_TYPES, TYPE_COLOURS, prefixed

SAFE_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
LABEL = """OPTIONAL { ?n foaf:name ?l1 } OPTIONAL { ?n skos:prefLabel ?l2 } OPTIONAL { ?n dct:title ?l3 }
           OPTIONAL { ?n prov:value ?l4 } OPTIONAL { ?n ckg:roleLabel ?l5 } OPTIONAL { ?n rdfs:label ?l6 }
           OPTIONAL { ?n dct:date ?day ; besluit:isGehoudenDoor/skos:prefLabel ?heldBy }
           BIND(COALESCE(?l1, ?l2, ?l3, ?l4, ?l5, ?l6, CONCAT(?heldBy, ", ", STR(?day))) AS ?label)"""
SPAN = "OPTIONAL { ?n ckg:lineStart ?start ; ckg:lineEnd ?end } OPTIONAL { ?n prov:wasDerivedFrom/dct:title ?source }"
MAX_NEIGHBOURS = 80


class UnknownNode(LookupError):
    """An IRI the graph holds nothing about."""


def checked_iri(iri: str) -> str:
    """``iri`` if it is safe to put between angle brackets in a query, else UnknownNode. Oxigraph's own
    IRI parser has the last word: a control character or a bad percent escape the pattern lets through
    would fail the query itself, and the request with a 500."""
    if len(iri) > 1000 or not SAFE_IRI.match(iri):
        raise UnknownNode(f"not a node IRI: {iri[:80]!r}")
    try:
        pyoxigraph.NamedNode(iri)
    except ValueError:
        raise UnknownNode(f"not a node IRI: {iri[:80]!r}") from None
    return iri


def node_iri(path: str) -> str:
    """The node IRI a page path (the part after the id/ namespace) stands for."""
    return checked_iri(str(ID) + path)


def node_path(iri: str) -> str | None:
    """The page path of a node IRI (the part after the id/ namespace); None for an IRI outside it."""
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else None


def _one(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return rows[0] if rows else {}


def _cited(row: dict[str, Any]) -> dict[str, Any]:
    """A row's source and lines, as the templates link them."""
    if row.get("source") and row.get("start") is not None:
        row["lines"] = [int(row["start"]), int(row["end"])]
    return row


def node_kind(kg: KnowledgeGraph, iri: str) -> str | None:
    """The page kind of a node (meeting, person, ...; 'node' for other typed nodes), None if unknown."""
    types = {prefixed(r["t"]) for r in kg.sparql(f"SELECT ?t WHERE {{ <{iri}> a ?t }}")}
    if not types:
        if not kg.sparql(f"SELECT ?p WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }} LIMIT 1"):
            return None
        return "node"
    kinds = [kind for rdf_type, kind in NODE_TYPES.items() if rdf_type in types]   # in NODE_TYPES' order
    if "ckg:Strategy" in types or "ckg:Paper" in types:
        return "paper"
    return kinds[0] if kinds else "node"


def describe_node(kg: KnowledgeGraph, iri: str) -> dict[str, Any]:
    """Any node: its label, types, literal values and the nodes it links to and from."""
    head = _one(kg.sparql(f"SELECT ?label ?source ?start ?end WHERE {{ BIND(<{iri}> AS ?n) {LABEL} {SPAN} }}"))
    out_rows = kg.sparql(f"""SELECT ?p ?n ?label ?linked WHERE {{ <{iri}> ?p ?n . BIND(isIRI(?n) AS ?linked) {LABEL} }}
                             ORDER BY ?p ?n""")
    in_rows = kg.sparql(f"""SELECT ?p ?n ?label WHERE {{ ?n ?p <{iri}> . {LABEL} }} ORDER BY ?p ?n LIMIT 500""")
    values = [{"predicate": prefixed(r["p"]), "value": r["n"]} for r in out_rows if not r["linked"]]
    links = [{"predicate": prefixed(r["p"]), "iri": r["n"], "label": r["label"] or prefixed(r["n"])}
             for r in out_rows if r["linked"] and not r["p"].endswith("#type")]
    backlinks = [{"predicate": prefixed(r["p"]), "iri": r["n"], "label": r["label"] or prefixed(r["n"])}
                 for r in in_rows]
    types = [prefixed(r["n"]) for r in out_rows if r["p"].endswith("#type")]
    return _cited({"iri": iri, "label": head.get("label") or prefixed(iri), "types": types, "values": values,
                   "links": links, "backlinks": backlinks, "source": head.get("source"),
                   "start": head.get("start"), "end": head.get("end")})


# -- browse ---------------------------------------------------------------------------------------
def bodies(kg: KnowledgeGraph) -> list[dict[str, Any]]:
    return kg.sparql("""SELECT ?iri ?label (COUNT(DISTINCT ?m) AS ?meetings) (MIN(?d) AS ?first) (MAX(?d) AS ?last)
        WHERE { ?iri a besluit:Bestuursorgaan ; skos:prefLabel ?label .
                OPTIONAL { ?m besluit:isGehoudenDoor ?iri ; dct:date ?d } }
        GROUP BY ?iri ?label ORDER BY ?label""")


def body(kg: KnowledgeGraph, iri: str) -> dict[str, Any]:
    meetings = kg.sparql(f"""SELECT ?iri ?date (COUNT(DISTINCT ?i) AS ?items) (COUNT(DISTINCT ?a) AS ?agenda)
        WHERE {{ ?iri besluit:isGehoudenDoor <{iri}> ; dct:date ?date .
                 OPTIONAL {{ ?iri ckg:hasMinuteItem ?i }} OPTIONAL {{ ?iri besluit:behandelt ?a }} }}
        GROUP BY ?iri ?date ORDER BY ?date""")
    label = _one(kg.sparql(f"SELECT ?label WHERE {{ <{iri}> skos:prefLabel ?label }}")).get("label")
    return {"iri": iri, "label": label, "meetings": meetings}


def meeting(kg: KnowledgeGraph, iri: str) -> dict[str, Any]:
    """A meeting: its body, date, chair, attendance, minute items (with resolutions and presenters)
    and agenda items, in the order printed."""
    head = _one(kg.sparql(f"""SELECT ?date ?body ?bodyLabel ?venue ?time WHERE {{
        <{iri}> dct:date ?date ; besluit:isGehoudenDoor ?body . ?body skos:prefLabel ?bodyLabel .
        OPTIONAL {{ <{iri}> ckg:venue ?venue }} OPTIONAL {{ <{iri}> ckg:startTime ?time }} }}"""))
    attendance: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in kg.sparql(f"""SELECT ?capacity ?iri ?name WHERE {{
            {{ <{iri}> besluit:heeftVoorzitter ?iri . BIND("chair" AS ?capacity) }}
            UNION {{ <{iri}> besluit:heeftAanwezigeBijStart ?iri . BIND("present" AS ?capacity) }}
            UNION {{ <{iri}> ckg:apologies ?iri . BIND("apologies" AS ?capacity) }}
            ?iri foaf:name ?name }} ORDER BY ?name"""):
        attendance[row["capacity"]].append(row)
    records = kg.sparql(f"""SELECT ?iri ?title ?kind ?source ?start ?end WHERE {{ ?iri ckg:recordOf <{iri}> ;
        dct:title ?title ; ckg:documentType ?kind ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
        prov:wasDerivedFrom/dct:title ?source }} ORDER BY ?source ?start""")
    return {"iri": iri, **head, "attendance": dict(attendance), "records": [_cited(r) for r in records],
            "items": _items(kg, iri, "ckg:hasMinuteItem"), "agenda": _items(kg, iri, "besluit:behandelt")}


def _items(kg: KnowledgeGraph, meeting_iri: str, link: str) -> list[dict[str, Any]]:
    rows = kg.sparql(f"""SELECT ?iri ?number ?title ?source ?start ?end WHERE {{ <{meeting_iri}> {link} ?iri .
        ?iri dct:title ?title ; ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
        OPTIONAL {{ ?iri dct:identifier ?number }} }} ORDER BY ?start""")
    resolutions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in kg.sparql(f"""SELECT ?item ?iri ?text ?source ?start ?end WHERE {{ <{meeting_iri}> {link} ?item .
            ?item prov:generated ?iri . ?iri prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
            prov:wasDerivedFrom/dct:title ?source }} ORDER BY ?start"""):
        resolutions[row["item"]].append(_cited(row))
    presenters: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in kg.sparql(f"""SELECT ?item ?iri ?name WHERE {{ <{meeting_iri}> {link} ?item .
            ?item ckg:presentedBy ?iri . ?iri foaf:name ?name }} ORDER BY ?name"""):
        presenters[row["item"]].append(row)
    return [{**_cited(row), "routine": is_routine(row["title"]), "resolutions": resolutions.get(row["iri"], []),
             "presenters": presenters.get(row["iri"], [])} for row in rows]


@cache
def _routine_titles() -> tuple[str, ...]:
    text = files("kg.web").joinpath("data", "routine_items.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return tuple(sorted((e for e in entries if e), key=len, reverse=True))


def is_routine(title: str) -> bool:
    """Whether an item's title opens with a routine one's (apologies, declarations, minutes approved)."""
    words = " ".join(re.sub(r"[^a-z ]", " ", title.lower()).split())
    return any(words.startswith(entry) for entry in _routine_titles())


def papers(kg: KnowledgeGraph) -> list[dict[str, Any]]:
    rows = kg.sparql(f"""SELECT ?n ?label ?type ?source ?start ?end (COUNT(DISTINCT ?p) AS ?priorities)
        (COUNT(DISTINCT ?a) AS ?actions) WHERE {{ ?n a ckg:Paper ; ckg:documentType ?type . {LABEL} {SPAN}
        OPTIONAL {{ ?n ckg:hasPriority ?p }} OPTIONAL {{ ?n ckg:hasAction ?a }} }}
        GROUP BY ?n ?label ?type ?source ?start ?end ORDER BY ?source ?start""")
    for row in rows:
        row["iri"] = row.pop("n")
    return [_cited(row) for row in rows]


def paper(kg: KnowledgeGraph, iri: str) -> dict[str, Any]:
    """A paper: its title, kind, the meetings it went to, its priorities each with its actions
    (status, leads, partners, due, updates), recommendations."""
    head = _one(kg.sparql(f"""SELECT ?label ?type ?source ?start ?end WHERE {{ BIND(<{iri}> AS ?n) {LABEL} {SPAN}
        OPTIONAL {{ ?n ckg:documentType ?type }} }}"""))
    priorities = [_cited(r) for r in kg.sparql(f"""SELECT ?iri ?number ?text ?broader ?source ?start ?end WHERE {{
        ?iri skos:inScheme <{iri}> ; skos:prefLabel ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
        prov:wasDerivedFrom/dct:title ?source . OPTIONAL {{ ?iri skos:notation ?number }}
        OPTIONAL {{ ?iri skos:broader ?broader }} }} ORDER BY ?start""")]
    actions = plan_actions(kg, iri)
    by_priority: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for action in actions:
        by_priority[action["priority"]].append(action)
    for priority in priorities:
        priority["actions"] = by_priority.pop(priority["iri"], [])
    recommendations = [_cited(r) for r in kg.sparql(f"""SELECT ?text ?source ?start ?end WHERE {{
        <{iri}> ckg:hasRecommendation ?r . ?r prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
        prov:wasDerivedFrom/dct:title ?source }} ORDER BY ?start""")]
    meetings = kg.sparql(f"""SELECT DISTINCT ?iri ?date ?body WHERE {{ <{iri}> ckg:agendaItem ?item .
        ?iri besluit:behandelt ?item ; dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body }}
        ORDER BY ?date""")
    return _cited({"iri": iri, **head, "priorities": priorities, "meetings": meetings,
                   "unfiled_actions": [a for rest in by_priority.values() for a in rest],
                   "recommendations": recommendations})


def plan_actions(kg: KnowledgeGraph, paper_iri: str) -> list[dict[str, Any]]:
    rows = kg.sparql(f"""SELECT ?iri ?number ?text ?due ?status ?priority ?source ?start ?end WHERE {{
        <{paper_iri}> ckg:hasAction ?iri . ?iri prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
        prov:wasDerivedFrom/dct:title ?source . OPTIONAL {{ ?iri dct:identifier ?number }}
        OPTIONAL {{ ?iri ckg:due ?due }} OPTIONAL {{ ?iri ckg:status ?status }}
        OPTIONAL {{ ?iri ckg:underPriority ?priority }} }} ORDER BY ?start""")
    leads = _named(kg, paper_iri, "{ ?a ckg:lead ?x . ?x foaf:name ?name } UNION "
                                  "{ ?a ckg:leadOrganisation ?x . ?x skos:prefLabel ?name }")
    partners = _named(kg, paper_iri, "?a ckg:partner ?x . ?x skos:prefLabel ?name")
    updates: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in kg.sparql(f"""SELECT ?a ?text ?period ?source ?start ?end WHERE {{ <{paper_iri}> ckg:hasAction ?a .
            ?a ckg:hasUpdate ?u . ?u prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
            prov:wasDerivedFrom/dct:title ?source . OPTIONAL {{ ?u ckg:period ?period }} }} ORDER BY ?start"""):
        updates[row["a"]].append(_cited(row))
    return [{**_cited(row), "rag": rag_colour(row["status"]), "leads": leads.get(row["iri"], []),
             "partners": partners.get(row["iri"], []), "updates": updates.get(row["iri"], [])} for row in rows]


def _named(kg: KnowledgeGraph, paper_iri: str, pattern: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in kg.sparql(f"SELECT DISTINCT ?a ?x ?name WHERE {{ <{paper_iri}> ckg:hasAction ?a . {pattern} }} "
                         "ORDER BY ?name"):
        out[row["a"]].append({"iri": row["x"], "name": row["name"]})
    return out


def rag_colour(status: str | None) -> str | None:
    """red / amber / green / blue (done) for a printed RAG status ('Green', 'G', 'Amber/Green' -> amber)."""
    if not status:
        return None
    first = status.strip().lower()
    for colour in ("red", "amber", "green", "blue"):
        if first.startswith(colour) or first == colour[0]:
            return colour
    return None


def people(kg: KnowledgeGraph) -> list[dict[str, Any]]:
    return kg.sparql("""SELECT ?iri ?name (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
        ?iri a foaf:Person ; foaf:name ?name .
        OPTIONAL { { ?m besluit:heeftAanwezigeBijStart ?iri } UNION { ?m ckg:apologies ?iri }
                   UNION { ?m besluit:heeftVoorzitter ?iri } } } GROUP BY ?iri ?name ORDER BY ?name""")


def organisations(kg: KnowledgeGraph) -> list[dict[str, Any]]:
    return kg.sparql("""SELECT ?iri ?name (COUNT(DISTINCT ?i) AS ?mentions) WHERE { ?iri a org:Organization ;
        skos:prefLabel ?name . OPTIONAL { ?i schema:mentions ?iri } } GROUP BY ?iri ?name ORDER BY ?name""")


def person(kg: KnowledgeGraph, iri: str) -> dict[str, Any]:
    """The person page: as `kg person` prints it, plus the meetings of their bodies they missed."""
    found = describe_person(kg.graph, iri)
    found["missed"] = kg.sparql(f"""SELECT DISTINCT ?iri ?date ?body WHERE {{
        {{ ?seen besluit:heeftAanwezigeBijStart <{iri}> }} UNION {{ ?seen besluit:heeftVoorzitter <{iri}> }}
        ?seen besluit:isGehoudenDoor ?b . ?iri besluit:isGehoudenDoor ?b ; dct:date ?date ; ckg:hasMinuteItem ?any .
        ?b skos:prefLabel ?body .
        FILTER NOT EXISTS {{ {{ ?iri besluit:heeftAanwezigeBijStart <{iri}> }}
                             UNION {{ ?iri besluit:heeftVoorzitter <{iri}> }} }} }} ORDER BY ?date""")
    return found


def organisation(kg: KnowledgeGraph, iri: str) -> dict[str, Any]:
    return describe_organisation(kg.graph, iri)


# -- sources and the graph view -------------------------------------------------------------------
def nodes_at(kg: KnowledgeGraph, source: str, start: int, end: int) -> list[dict[str, Any]]:
    """The nodes whose cited lines in ``source`` overlap ``start``-``end``, smallest span first."""
    rows = kg.sparql(f"""SELECT DISTINCT ?n ?t ?label ?start ?end WHERE {{
        ?n prov:wasDerivedFrom ?file ; ckg:lineStart ?start ; ckg:lineEnd ?end ; a ?t . ?file dct:title ?name .
        FILTER(?name = {Literal(source).n3()} && ?start <= {int(end)} && ?end >= {int(start)}) {LABEL} }}""")
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        kind = NODE_TYPES.get(prefixed(row["t"]))
        if kind and row["n"] not in found:
            found[row["n"]] = {"iri": row["n"], "kind": kind, "label": row["label"] or prefixed(row["n"]),
                               "lines": [int(row["start"]), int(row["end"])]}
    return sorted(found.values(), key=lambda n: (n["lines"][1] - n["lines"][0], n["lines"][0]))


def neighbourhood(kg: KnowledgeGraph, iri: str) -> dict[str, Any]:
    """The node, the typed nodes one link away (at most MAX_NEIGHBOURS) and the links between them,
    as cytoscape elements: data.id, data.label, data.kind, data.colour; edges data.source/target/label."""
    rows = kg.sparql(f"""SELECT ?p ?n ?dir ?t ?label WHERE {{
        {{ <{iri}> ?p ?n . BIND("out" AS ?dir) }} UNION {{ ?n ?p <{iri}> . BIND("in" AS ?dir) }}
        ?n a ?t . {LABEL} }} ORDER BY ?p ?n""")
    centre = kg.sparql(f"SELECT ?t ?label WHERE {{ BIND(<{iri}> AS ?n) OPTIONAL {{ ?n a ?t }} {LABEL} }}")
    known = [row for row in centre if NODE_TYPES.get(prefixed(row["t"] or ""))] or centre or [{}]
    nodes = {iri: _graph_node(iri, known[0].get("t"), known[0].get("label"), centre=True)}
    edges: dict[str, dict[str, Any]] = {}   # by id: a neighbour with two types or labels comes in several rows
    for row in rows:
        kind = NODE_TYPES.get(prefixed(row["t"]))
        if kind is None or (row["n"] not in nodes and len(nodes) > MAX_NEIGHBOURS):
            continue
        nodes.setdefault(row["n"], _graph_node(row["n"], row["t"], row["label"]))
        source, target = (iri, row["n"]) if row["dir"] == "out" else (row["n"], iri)
        edge_id = f"{source}|{prefixed(row['p'])}|{target}"
        edges.setdefault(edge_id, {"data": {"id": edge_id, "source": source, "target": target,
                                            "label": prefixed(row["p"])}})
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def _graph_node(iri: str, rdf_type: str | None, label: str | None, centre: bool = False) -> dict[str, Any]:
    kind = NODE_TYPES.get(prefixed(rdf_type or ""), "node")
    text = label or prefixed(iri)
    return {"data": {"id": iri, "label": text if len(text) <= 60 else text[:57] + "...", "kind": kind,
                     "colour": TYPE_COLOURS.get(kind, "#999999"), "path": node_path(iri) or "",
                     "centre": centre}}
