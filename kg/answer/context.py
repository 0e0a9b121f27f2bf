"""Graph expansion: from a node a search hit points at to the facts around it.

A hit on a resolution or minute item brings its meeting (body, date), minute number, the
resolutions, who presented, the papers considered and the minutes it refers to; a hit on an
action brings its priority, strategy, leads and updates; a hit on a paper brings its agenda item.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph

from kg.ontology import BESLUIT, CKG
from kg.sparql import group_by, select


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


_ACTIONS = """SELECT ?action ?number ?text ?status ?due ?lead ?start ?end ?source WHERE { ?pattern
      ?action prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
      OPTIONAL { ?action ckg:status ?status } OPTIONAL { ?action dct:identifier ?number } OPTIONAL { ?action ckg:due ?due }
      OPTIONAL { { ?action ckg:lead/foaf:name ?lead } UNION { ?action ckg:leadOrganisation/skos:prefLabel ?lead } } }"""

_ACTION_SPANS = """SELECT ?text ?start ?end ?source WHERE { ?action a ckg:Action ; prov:value ?text ;
      ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source } ORDER BY ?source ?start"""

_ITEM_KINDS = {str(BESLUIT.BehandelingVanAgendapunt), str(BESLUIT.Agendapunt)}
_PLAN_KINDS = {str(CKG.Action), str(CKG.Priority)}

Rows = dict[str, list[dict[str, Any]]]


class ContextBuilder:
    """Answers "what surrounds these nodes?" with one SPARQL query per kind of fact for all of
    them (not one per node: a question's thirty candidates would cost hundreds), cached per node."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._cache: dict[str, NodeContext] = {}
        self._action_spans: dict[str, list[tuple[int, int, str]]] | None = None   # by source, read when first asked

    def describe(self, node: str) -> NodeContext:
        return self.describe_all([node])[node]

    def describe_all(self, nodes: list[str]) -> dict[str, NodeContext]:
        """The context of each of ``nodes``."""
        wanted = [n for n in dict.fromkeys(nodes) if n not in self._cache]
        if wanted:
            self._cache.update(self._build(wanted))
        return {n: self._cache[n] for n in nodes}

    def _rows(self, query: str, nodes: list[str] | set[str]) -> Rows:
        """Rows of ``query`` with ``?node`` bound to each of ``nodes``, grouped by node. Queries order their
        rows (``ORDER BY``): the store's own order may differ from one process to the next, and an answer must not."""
        return group_by(select(self.graph, query, {"node": list(nodes)}), "node", nodes)

    def _build(self, nodes: list[str]) -> dict[str, NodeContext]:
        kinds = {n: {r["t"] for r in rows} for n, rows in self._rows("SELECT ?t WHERE { ?node a ?t }", nodes).items()}
        items = {n: n for n in nodes if kinds[n] & _ITEM_KINDS}
        parents = self._rows("SELECT ?item WHERE { ?item prov:generated ?node }", [n for n in nodes if n not in items])
        items.update({n: rows[0]["item"] for n, rows in parents.items() if rows})
        plans = [n for n in nodes if n not in items and kinds[n] & _PLAN_KINDS]
        papers = [n for n in nodes if n not in items and n not in plans]
        item_facts = self._item_facts(set(items.values()))
        out = {n: NodeContext(n, "item", **item_facts[item]) for n, item in items.items()}
        out.update(self._plan_contexts(plans))
        out.update(self._paper_contexts(papers))
        return out

    def _item_facts(self, items: set[str]) -> dict[str, dict[str, Any]]:
        """Meeting, minute number, resolutions, presenters, organisations, papers and references of items."""
        head = self._rows("""SELECT ?meeting ?body ?date ?number ?title WHERE {
              { ?meeting ckg:hasMinuteItem ?node } UNION { ?meeting besluit:behandelt ?node }
              ?meeting dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body .
              ?node dct:title ?title . OPTIONAL { ?node dct:identifier ?number } }""", items)
        resolutions = self._rows("""SELECT ?iri ?text ?start ?end ?source WHERE {
              ?node prov:generated ?iri . ?iri prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
              prov:wasDerivedFrom/dct:title ?source } ORDER BY ?start""", items)
        people = self._rows("SELECT DISTINCT ?n WHERE { ?node ckg:presentedBy/foaf:name ?n } ORDER BY ?n", items)
        organisations = self._rows("""SELECT DISTINCT ?n WHERE {
              ?node schema:mentions ?o . ?o a org:Organization ; skos:prefLabel ?n } ORDER BY ?n""", items)
        documents = self._rows("SELECT DISTINCT ?t WHERE { ?node ckg:considered/dct:title ?t } ORDER BY ?t", items)
        related = self._rows("SELECT ?r WHERE { ?node dct:references ?r }", items)
        references = self._rows(_REFERENCES.replace("?filter", "FILTER(?item = ?node)"), items)
        facts = {}
        for item in items:
            h = head[item][0] if head[item] else None
            facts[item] = {
                "meeting": {"iri": h["meeting"], "body": h["body"], "date": h["date"]} if h else None,
                "item": {"iri": item, "number": h["number"], "title": h["title"]} if h else None,
                "resolutions": resolutions[item], "people": [r["n"] for r in people[item]],
                "organisations": [r["n"] for r in organisations[item]], "documents": [r["t"] for r in documents[item]],
                "related_items": [r["r"] for r in related[item]], "references": references[item]}
        return facts

    def references_in_month(self, year: int, month: int) -> list[dict[str, Any]]:
        """The minute references printed in the minutes of meetings held in that month."""
        month_filter = f'FILTER(STRSTARTS(STR(?date), "{year:04d}-{month:02d}"))'
        return select(self.graph, _REFERENCES.replace("?filter", month_filter))

    def plans_of(self, nodes: list[str]) -> list[str]:
        """The plans (papers with actions) ``nodes`` are or sit in, in the order of the nodes."""
        plans = self._rows("""SELECT ?doc WHERE { { ?doc ckg:hasAction ?node }
              UNION { ?node ckg:hasAction ?action . BIND(?node AS ?doc) } }""", nodes)
        return list(dict.fromkeys(row["doc"] for node in nodes for row in plans[node]))

    def actions_at(self, source: str, lines: tuple[int, int]) -> list[str]:
        """The wording of the plan actions whose printed span (their row, updates and all) holds ``lines`` of
        ``source``: what a figure printed far down an action's row is about."""
        if self._action_spans is None:
            self._action_spans = {}
            for row in select(self.graph, _ACTION_SPANS):
                spans = self._action_spans.setdefault(row["source"], [])
                spans.append((int(row["start"]), int(row["end"]), row["text"]))
        return [text for start, end, text in self._action_spans.get(source, [])
                if start <= lines[0] and lines[1] <= end]

    def actions_with_status(self, plan: str, statuses: set[str]) -> list[dict[str, Any]]:
        """The plan's actions whose printed status is one of ``statuses`` (any case), in print order,
        each with its text, leads, due date and lines."""
        wanted = {s.lower() for s in statuses}
        return [action for action in self._actions("?node ckg:hasAction ?action . ?action ckg:status ?status .", plan)
                if action["status"].lower() in wanted]

    def actions_under(self, priority: str) -> list[dict[str, Any]]:
        """The actions filed under a priority or under one of its objectives, in print order."""
        return self._actions("{ ?action ckg:underPriority ?node } UNION "
                             "{ ?objective skos:broader ?node . ?action ckg:underPriority ?objective }", priority)

    def _actions(self, pattern: str, node: str) -> list[dict[str, Any]]:
        """Actions ``pattern`` relates to ``node``, each once with all its leads (people or
        organisations), in print order."""
        actions: dict[str, dict[str, Any]] = {}
        for row in self._rows(_ACTIONS.replace("?pattern", pattern), [node])[node]:
            action = actions.setdefault(row["action"], {**row, "leads": []})
            if row["lead"] and row["lead"] not in action["leads"]:
                action["leads"].append(row["lead"])
        return sorted(actions.values(), key=lambda a: int(a["start"]))

    def _plan_contexts(self, nodes: list[str]) -> dict[str, NodeContext]:
        """Actions, priorities and objectives: their plan, priority, leads and partners."""
        plans = self._rows("""SELECT ?title ?priority WHERE {
              { ?doc ckg:hasAction ?node } UNION { ?doc ckg:hasPriority ?node }
              UNION { ?node skos:inScheme ?doc }
              ?doc dct:title ?title .
              OPTIONAL { { ?node ckg:underPriority/skos:prefLabel ?priority } UNION { ?node skos:prefLabel ?priority } } }""",
                           nodes)
        leads = self._rows("SELECT DISTINCT ?n WHERE { ?node ckg:lead/foaf:name ?n } ORDER BY ?n", nodes)
        partners = self._rows("SELECT DISTINCT ?n WHERE { ?node ckg:partner/skos:prefLabel ?n } ORDER BY ?n", nodes)
        return {n: NodeContext(n, "plan", documents=sorted({r["title"] for r in plans[n]}),
                               priorities=sorted({r["priority"] for r in plans[n] if r["priority"]}),
                               people=[r["n"] for r in leads[n]], organisations=[r["n"] for r in partners[n]])
                for n in nodes}

    def _paper_contexts(self, nodes: list[str]) -> dict[str, NodeContext]:
        """Papers and loose text: the paper's title, its author and presenters."""
        titles = self._rows("SELECT ?t WHERE { ?node dct:title ?t }", nodes)
        people = self._rows("""SELECT DISTINCT ?n WHERE {
              { ?node dct:creator/foaf:name ?n } UNION { ?node ckg:presentedBy/foaf:name ?n } } ORDER BY ?n""", nodes)
        return {n: NodeContext(n, "paper", documents=[r["t"] for r in titles[n]], people=[r["n"] for r in people[n]])
                for n in nodes}
