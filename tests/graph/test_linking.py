"""Cross-document links: the same plan in several packs and its priorities and objectives matched by wording."""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.ontology import CKG

PAPER = "https://w3id.org/council-kg/id/paper/"
DRAFT = URIRef(PAPER + "rotherham-cypf-partnership-2013-05-22-txt/rotherham-children-and-young-people-s-action-plan-l476")
DECEMBER = URIRef(PAPER + "rotherham-cypf-partnership-2014-01-15-txt/rotherham-children-and-young-peoples-action-plan-2-l718")


def _label(graph, concept) -> str:
    return str(graph.value(concept, SKOS.prefLabel))


def test_the_may_2013_draft_and_the_december_2013_plan_are_one_plan(cypp_kg):
    graph = cypp_kg.graph
    assert (DRAFT, CKG.sameWorkAs, DECEMBER) in graph and (DECEMBER, CKG.sameWorkAs, DRAFT) in graph
    priority = URIRef(f"{DECEMBER}/priority/1")
    assert (priority, SKOS.closeMatch, URIRef(f"{DRAFT}/priority/1")) in graph


def test_objectives_renumbered_between_versions_are_matched_by_wording(cypp_kg):
    graph = cypp_kg.graph
    december = URIRef(f"{DECEMBER}/priority/1-vi")
    draft = [c for c in graph.objects(december, SKOS.closeMatch) if str(c).startswith(str(DRAFT))]
    assert _label(graph, december) == "We will reduce teenage pregnancy"
    assert draft == [URIRef(f"{DRAFT}/priority/1-vii")] and _label(graph, draft[0]) == "We will reduce teenage pregnancy"
    assert (december, SKOS.broader, URIRef(f"{DECEMBER}/priority/1")) in graph
    assert (DECEMBER, CKG.hasPriority, december) not in graph


def test_a_wording_with_a_short_qualifier_added_is_the_same_priority(cypp_kg):
    graph = cypp_kg.graph
    for number in ("4", "2-iii"):     # "... exploitation from the borough"; "... schools, children's centres, ..."
        draft, december = URIRef(f"{DRAFT}/priority/{number}"), URIRef(f"{DECEMBER}/priority/{number}")
        assert _label(graph, draft) != _label(graph, december)
        assert (december, SKOS.closeMatch, draft) in graph
    assert (URIRef(f"{DECEMBER}/priority/1-vii"), SKOS.closeMatch, URIRef(f"{DRAFT}/priority/1-vii")) not in graph
