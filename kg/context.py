"""Graph expansion: from a node a search hit points at to the facts around it.

A hit on a resolution or minute item brings its meeting (body, date), minute number, the
resolutions, who presented, the papers considered and the minutes it refers to; a hit on an
action brings its priority, strategy, leads and updates; a hit on a paper brings its agenda item.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rdflib import Graph, URIRef

from kg.ontology import SPARQL_PREFIXES


@dataclass
class NodeContext:
    node: str
    kind: str
    meeting: dict[str, Any] | None = None       # {"iri", "body", "date"}
    item: dict[str, Any] | None = None          # {"iri", "number", "title"}
    resolutions: list[dict[str, Any]] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    priorities: list[str] = field(default_factory=list)
    related_items: list[str] = field(default_factory=list)
    references: list[dict[str, Any]] = field(default_factory=list)   # printed minute references, cited


_REFERENCES = """SELECT ?item ?number ?title ?body ?date ?text ?start ?end ?source WHERE {
      ?meeting ckg:hasMinuteItem ?item ; dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body .
      ?item dct:title ?title ; ckg:hasReference ?ref . OPTIONAL { ?item dct:identifier ?number }
      ?ref rdfs:label ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
      ?filter } ORDER BY ?date ?start"""


class ContextBuilder:
    """Answers "what surrounds this node?" with a handful of SPARQL queries, cached per node."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.describe = lru_cache(maxsize=4096)(self._describe)

    def _rows(self, query: str, node: str) -> list[dict[str, Any]]:
        result = self.graph.query(SPARQL_PREFIXES + query.replace("?node", f"<{node}>"))
        names = [str(v) for v in result.vars]
        return [{n: (None if r[i] is None else str(r[i])) for i, n in enumerate(names)} for r in result]

    def _describe(self, node: str) -> NodeContext:
        kinds = {row["t"] for row in self._rows("SELECT ?t WHERE { ?node a ?t }", node)}
        item = self._containing_item(node, kinds)
        if item:
            return self._item_context(node, item)
        if "https://w3id.org/council-kg/ns#Action" in kinds or "https://w3id.org/council-kg/ns#Priority" in kinds:
            return self._plan_context(node)
        return self._paper_context(node)

    def _containing_item(self, node: str, kinds: set[str]) -> str | None:
        minute = "http://data.vlaanderen.be/ns/besluit#BehandelingVanAgendapunt"
        agenda = "http://data.vlaanderen.be/ns/besluit#Agendapunt"
        if minute in kinds or agenda in kinds:
            return node
        rows = self._rows("SELECT ?item WHERE { ?item prov:generated ?node }", node)
        return rows[0]["item"] if rows else None

    def _item_context(self, node: str, item: str) -> NodeContext:
        head = self._rows("""SELECT ?meeting ?body ?date ?number ?title WHERE {
              { ?meeting ckg:hasMinuteItem ?node } UNION { ?meeting besluit:behandelt ?node }
              ?meeting dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body .
              ?node dct:title ?title . OPTIONAL { ?node dct:identifier ?number } }""", item)
        context = NodeContext(node, "item")
        if head:
            h = head[0]
            context.meeting = {"iri": h["meeting"], "body": h["body"], "date": h["date"]}
            context.item = {"iri": item, "number": h["number"], "title": h["title"]}
        context.resolutions = self._rows("""SELECT ?iri ?text ?start ?end ?source WHERE {
              ?node prov:generated ?iri . ?iri prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
              prov:wasDerivedFrom/dct:title ?source } ORDER BY ?start""", item)
        context.people = [r["n"] for r in self._rows("""SELECT DISTINCT ?n WHERE {
              ?node ckg:presentedBy/foaf:name ?n }""", item)]
        context.organisations = [r["n"] for r in self._rows("""SELECT DISTINCT ?n WHERE {
              ?node schema:mentions ?o . ?o a org:Organization ; skos:prefLabel ?n }""", item)]
        context.documents = [r["t"] for r in self._rows("""SELECT DISTINCT ?t WHERE {
              ?node ckg:considered/dct:title ?t }""", item)]
        context.related_items = [r["r"] for r in self._rows("SELECT ?r WHERE { ?node dct:references ?r }", item)]
        context.references = self._rows(_REFERENCES.replace("?filter", "FILTER(?item = ?node)"), item)
        return context

    def references_in_month(self, year: int, month: int) -> list[dict[str, Any]]:
        """The minute references printed in the minutes of meetings held in that month."""
        month_filter = f'FILTER(STRSTARTS(STR(?date), "{year:04d}-{month:02d}"))'
        result = self.graph.query(SPARQL_PREFIXES + _REFERENCES.replace("?filter", month_filter))
        names = [str(v) for v in result.vars]
        return [{n: (None if r[i] is None else str(r[i])) for i, n in enumerate(names)} for r in result]

    def _plan_context(self, node: str) -> NodeContext:
        context = NodeContext(node, "plan")
        rows = self._rows("""SELECT ?title ?priority WHERE {
              { ?doc ckg:hasAction ?node } UNION { ?doc ckg:hasPriority ?node }
              UNION { ?node skos:inScheme ?doc }
              ?doc dct:title ?title .
              OPTIONAL { { ?node ckg:underPriority/skos:prefLabel ?priority } UNION { ?node skos:prefLabel ?priority } } }""", node)
        context.documents = sorted({r["title"] for r in rows})
        context.priorities = sorted({r["priority"] for r in rows if r["priority"]})
        context.people = [r["n"] for r in self._rows("SELECT DISTINCT ?n WHERE { ?node ckg:lead/foaf:name ?n }", node)]
        context.organisations = [r["n"] for r in self._rows(
            "SELECT DISTINCT ?n WHERE { ?node ckg:partner/skos:prefLabel ?n }", node)]
        return context

    def _paper_context(self, node: str) -> NodeContext:
        context = NodeContext(node, "paper")
        context.documents = [r["t"] for r in self._rows("SELECT ?t WHERE { ?node dct:title ?t }", node)]
        context.people = [r["n"] for r in self._rows("""SELECT DISTINCT ?n WHERE {
              { ?node dct:creator/foaf:name ?n } UNION { ?node ckg:presentedBy/foaf:name ?n } }""", node)]
        return context
