"""Cross-document links, derived once every pack is in the graph.

- printed minute references ("Further to Minute No. 200 of 20th March, 2013") -> that minute item,
  also across packs;
- minute items -> the agenda item and papers of the same meeting they dealt with;
- the versions of a plan or strategy in several packs (a draft and its progress report), each to the next
  -> ``ckg:sameWorkAs``, and their matching priorities -> ``skos:closeMatch`` (see :mod:`kg.graph.plan_versions`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

import pyoxigraph as ox
from rapidfuzz import fuzz
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.graph.plan_versions import Plan, chain_links, group_versions
from kg.ontology import BESLUIT, CKG, SPARQL_PREFIXES
from kg.sparql import select

TITLE_MATCH = 80       # token_set_ratio for an agenda title vs a minute or paper title
PLAN_LINK = {"sameWorkAs": CKG.sameWorkAs, "closeMatch": SKOS.closeMatch}
_PLANS = """SELECT ?plan (MIN(STR(?t)) AS ?title) (MIN(STR(?s)) AS ?source) (MIN(STR(?d)) AS ?date) WHERE { %s
  ?plan a ckg:Strategy ; dct:title ?t ; prov:wasDerivedFrom ?s .
  OPTIONAL { ?plan ckg:agendaItem ?item . ?meeting besluit:behandelt ?item ; dct:date ?d } } GROUP BY ?plan"""
_CONCEPTS = "SELECT ?plan ?c ?label WHERE { %s ?plan a ckg:Strategy . ?c skos:inScheme ?plan ; skos:prefLabel ?label }"


def add_links(graph: Graph, _packs: object = None) -> None:
    link_minute_references(graph)
    link_items_to_agenda_and_papers(graph)
    link_same_plans(graph)


def _meetings(graph: Graph) -> dict[URIRef, tuple[URIRef, date]]:
    return {m: (graph.value(m, BESLUIT.isGehoudenDoor), graph.value(m, DCTERMS.date).toPython())
            for m in graph.subjects(DCTERMS.date, None) if (m, None, BESLUIT.Zitting) in graph}


def link_minute_references(graph: Graph) -> None:
    """Resolve each ckg:MinuteReference to the item it names; unresolved ones stay as printed."""
    meetings = _meetings(graph)
    items_by_number: dict[str, list[tuple[URIRef, URIRef]]] = defaultdict(list)
    for meeting in meetings:
        for item in graph.objects(meeting, CKG.hasMinuteItem):
            number = graph.value(item, DCTERMS.identifier)
            if number is not None:
                items_by_number[_norm_number(str(number))].append((meeting, item))
    for item in list(graph.subjects(CKG.hasReference, None)):
        own_meeting = next(graph.subjects(CKG.hasMinuteItem, item), None)
        if own_meeting is None:
            continue
        own_body, own_date = meetings[own_meeting]
        for ref in graph.objects(item, CKG.hasReference):
            number = _norm_number(str(graph.value(ref, CKG.targetNumber)))
            target_date = graph.value(ref, CKG.targetDate)
            candidates = [(m, i) for m, i in items_by_number.get(number, []) if i != item]
            target = _pick_target(candidates, meetings, own_meeting, own_body, own_date,
                                  target_date.toPython() if target_date is not None else None)
            if target is not None:
                graph.add((item, DCTERMS.references, target))
                graph.add((ref, DCTERMS.references, target))


def _norm_number(number: str) -> str:
    return number.strip().rstrip(".").lower()


def _pick_target(candidates, meetings, own_meeting, own_body, own_date, target_date):
    """Prefer the printed date; else the same meeting; else the latest earlier meeting of the body."""
    if target_date is not None:
        dated = [i for m, i in candidates if meetings[m][1] == target_date]
        same_body = [i for m, i in candidates if meetings[m][1] == target_date and meetings[m][0] == own_body]
        return (same_body or dated or [None])[0]
    same = [i for m, i in candidates if m == own_meeting]
    if same:
        return same[0]
    earlier = sorted(((meetings[m][1], i) for m, i in candidates
                      if meetings[m][0] == own_body and meetings[m][1] < own_date), reverse=True)
    return earlier[0][1] if earlier else None


def link_items_to_agenda_and_papers(graph: Graph) -> None:
    """Within one meeting: minute item -> agenda item (dct:subject) -> papers circulated with it."""
    for meeting in list(graph.subjects(BESLUIT.behandelt, None)):
        agenda_items = [(a, str(graph.value(a, DCTERMS.title) or "")) for a in graph.objects(meeting, BESLUIT.behandelt)]
        papers_by_agenda = defaultdict(list)
        for agenda_item, _ in agenda_items:
            papers_by_agenda[agenda_item].extend(graph.subjects(CKG.agendaItem, agenda_item))
        for minute_item in graph.objects(meeting, CKG.hasMinuteItem):
            title = str(graph.value(minute_item, DCTERMS.title) or "")
            best = max(agenda_items, key=lambda pair: fuzz.token_set_ratio(title.lower(), pair[1].lower()), default=None)
            if best is None or fuzz.token_set_ratio(title.lower(), best[1].lower()) < TITLE_MATCH:
                continue
            graph.add((minute_item, DCTERMS.subject, best[0]))
            for paper in papers_by_agenda[best[0]]:
                graph.add((minute_item, CKG.considered, paper))
                for resolution in graph.objects(minute_item, PROV.generated):
                    graph.add((resolution, DCTERMS.subject, paper))


def link_same_plans(graph: Graph) -> None:
    """Link the versions of each plan as a chain (see :mod:`kg.graph.plan_versions`)."""
    for group in group_versions(plans_in(graph).values()):
        add_plan_links(graph, chain_links(group))


def add_plan_links(graph: Graph, links: Iterable[tuple[str, str, str]]) -> None:
    for subject, link, obj in links:
        graph.add((URIRef(subject), PLAN_LINK[link], URIRef(obj)))


def plans_in(graph: Graph) -> dict[str, Plan]:
    """Every plan in ``graph`` with its title, source, first circulation and concepts (priorities and objectives)."""
    return _plans(select(graph, _PLANS % ""), select(graph, _CONCEPTS % ""))


def plans_in_store(db: ox.Store, sources: Iterable[str] | None = None) -> dict[str, Plan]:
    """:func:`plans_in` of a database's union graph, queried directly (several times quicker than through rdflib);
    only the plans of ``sources`` (source IRIs; a plan is a paper of one source) when given."""
    within = "" if sources is None else \
        f"VALUES ?s {{ {' '.join(f'<{s}>' for s in sorted(sources))} }} ?plan prov:wasDerivedFrom ?s ."

    def rows(query: str) -> list[dict[str, str | None]]:
        solutions = db.query(SPARQL_PREFIXES + query % within)
        names = [variable.value for variable in solutions.variables]
        return [dict(zip(names, (None if term is None else term.value for term in row), strict=True))
                for row in solutions]

    return _plans(rows(_PLANS), rows(_CONCEPTS))


def _plans(plan_rows: list[dict], concept_rows: list[dict]) -> dict[str, Plan]:
    concepts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in concept_rows:
        concepts[row["plan"]].append((row["c"], row["label"].lower()))
    return {row["plan"]: Plan(row["plan"], row["title"], row["source"], row["date"] or "",
                              tuple(sorted(concepts[row["plan"]])))
            for row in plan_rows}
