"""Cross-document links, derived once every pack is in the graph.

- printed minute references ("Further to Minute No. 200 of 20th March, 2013") -> that minute item,
  also across packs;
- minute items -> the agenda item and papers of the same meeting they dealt with;
- the same plan or strategy in several packs (a draft and its progress report) -> ``ckg:sameWorkAs``,
  and their matching priorities -> ``skos:closeMatch``.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import combinations

from rapidfuzz import fuzz
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.ontology import BESLUIT, CKG

TITLE_MATCH = 80       # token_set_ratio for an agenda title vs a minute or paper title
SAME_PLAN_MATCH = 88   # token_set_ratio for two plan titles across packs
SAME_PRIORITY_MATCH = 90
QUALIFIED_MATCH = 95   # partial_ratio of the shorter wording inside the longer
QUALIFIED_SHARE = 0.75  # the shorter wording is at least this share of the longer


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


def link_same_plans(graph: Graph, touched: set[URIRef] | None = None) -> None:
    """Plans in different sources are versions of one plan when their titles match closely or
    when at least two of their priorities do (a draft and its progress report rarely share a
    title, but they share the priority wording). Each pair is judged on its own two plans, so with
    ``touched`` (source IRIs) only pairs with a plan from one of those sources are compared."""
    plans = sorted((p, str(graph.value(p, DCTERMS.title)), graph.value(p, PROV.wasDerivedFrom))
                   for p in set(graph.subjects(None, CKG.Strategy)))
    for (a, title_a, source_a), (b, title_b, source_b) in _plan_pairs(plans, touched):
        if source_a == source_b:
            continue
        matches = _matching_priorities(graph, a, b)
        if len(matches) < 2 and fuzz.token_set_ratio(title_a.lower(), title_b.lower()) < SAME_PLAN_MATCH:
            continue
        graph.add((a, CKG.sameWorkAs, b))
        graph.add((b, CKG.sameWorkAs, a))
        for pa, pb in matches:
            graph.add((pa, SKOS.closeMatch, pb))
            graph.add((pb, SKOS.closeMatch, pa))


def _plan_pairs(plans: list, touched: set[URIRef] | None) -> Iterator[tuple]:
    """Every pair of plans once; with ``touched``, only pairs with at least one plan from those sources."""
    if touched is None:
        yield from combinations(plans, 2)
        return
    for i, plan in enumerate(plans):
        if plan[2] in touched:
            yield from ((plan, other) for j, other in enumerate(plans) if j > i or other[2] not in touched)


def _matching_priorities(graph: Graph, plan_a: URIRef, plan_b: URIRef) -> list[tuple[URIRef, URIRef]]:
    """Priorities and objectives (every concept in the plan's scheme) worded alike in both plans."""
    labels_b = [(pb, str(graph.value(pb, SKOS.prefLabel)).lower()) for pb in graph.subjects(SKOS.inScheme, plan_b)]
    pairs = []
    for pa in graph.subjects(SKOS.inScheme, plan_a):
        label_a = str(graph.value(pa, SKOS.prefLabel)).lower()
        pairs.extend((pa, pb) for pb, label_b in labels_b if _same_wording(label_a, label_b))
    return pairs


def _same_wording(a: str, b: str) -> bool:
    """Worded alike as a whole, or one wording is the other's with a short qualifier added ("... child
    sexual exploitation" / "... child sexual exploitation from the borough")."""
    if fuzz.token_sort_ratio(a, b) >= SAME_PRIORITY_MATCH:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter.split()) >= 6 and len(shorter) >= QUALIFIED_SHARE * len(longer) and \
        fuzz.partial_ratio(shorter, longer) >= QUALIFIED_MATCH
