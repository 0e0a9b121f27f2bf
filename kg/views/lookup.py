"""Who is this person, what is this organisation, who held this post when: roles over time, what
they presented, attended and lead, each with its source. Names are matched fuzzily against names and
their variants; posts by their normalised title (kg.entities.people.post_key)."""
from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process, utils
from rdflib import Graph

from kg.config import NAME_MATCH
from kg.entities.people import holds_post, post_key
from kg.sparql import select


def _match(graph: Graph, name: str, query: str) -> str | None:
    choices = {f"{r['n']}|{i}": r for i, r in enumerate(select(graph, query))}
    if not choices:
        return None
    # case and punctuation do not count: "RDaSH" is the "RDASH" of a label before "RDaSH Access Team"
    best = process.extractOne(name, {k: v["label"] for k, v in choices.items()}, scorer=fuzz.WRatio,
                              processor=utils.default_process)
    return choices[best[2]]["n"] if best and best[1] >= NAME_MATCH else None


def find_person(graph: Graph, name: str) -> str | None:
    """The IRI of the person whose name or a variant best matches ``name`` (None below NAME_MATCH)."""
    return _match(graph, name, """SELECT ?n ?label WHERE { ?n a foaf:Person .
                                   { ?n foaf:name ?label } UNION { ?n skos:altLabel ?label } }""")


def find_organisation(graph: Graph, name: str) -> str | None:
    """The IRI of the organisation whose name or acronym best matches ``name`` (None below NAME_MATCH)."""
    return _match(graph, name, """SELECT ?n ?label WHERE { ?n a org:Organization .
                                   { ?n skos:prefLabel ?label } UNION { ?n skos:altLabel ?label } }""")


def role_holders(graph: Graph, post: str, year: int | None = None) -> list[dict[str, Any]]:
    """Who was printed as holding ``post`` ("Strategic Director" matches "Strategic Director of
    Children's Services"), in ``year`` if given, earliest first, each with its dated source line."""
    rows = select(graph, """SELECT DISTINCT ?p ?name ?role ?date ?source ?start ?end WHERE {
          ?m org:member ?p ; ckg:roleLabel ?role ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
             prov:wasDerivedFrom/dct:title ?source . ?p foaf:name ?name . OPTIONAL { ?m dct:date ?date } }""")
    key = post_key(post)
    held = [r for r in rows if holds_post(post_key(r["role"]), key)
            and (year is None or (r["date"] or "").startswith(str(year)))]
    return sorted(held, key=lambda r: (r["date"] or "", r["name"], r["source"], int(r["start"])))


def _meeting_rows(graph: Graph, predicate_pattern: str, bindings: dict[str, str]) -> list[dict[str, Any]]:
    return select(graph, f"""SELECT DISTINCT ?item ?title ?number ?body ?date ?source ?start ?end WHERE {{
          {predicate_pattern}
          ?item dct:title ?title ; ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
          OPTIONAL {{ ?item dct:identifier ?number }}
          OPTIONAL {{ {{ ?m ckg:hasMinuteItem ?item }} UNION {{ ?m besluit:behandelt ?item }}
                     ?m dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body }} }} ORDER BY ?date ?start""", bindings)


def describe_person(graph: Graph, iri: str) -> dict[str, Any]:
    """A person: name, variants, why variants were merged, roles, items presented, meetings attended, actions led."""
    head = select(graph, "SELECT ?name WHERE { ?p foaf:name ?name }", {"p": iri})[0]
    return {
        "iri": iri, "name": head["name"],
        "variants": sorted(r["v"] for r in select(graph, "SELECT ?v WHERE { ?p skos:altLabel ?v }", {"p": iri})),
        "merge_evidence": sorted(r["e"] for r in select(graph, "SELECT ?e WHERE { ?p ckg:mergeEvidence ?e }", {"p": iri})),
        "roles": select(graph, """SELECT ?role ?organisation ?date ?source ?start ?end WHERE {
              ?m org:member ?p ; ckg:roleLabel ?role ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
                 prov:wasDerivedFrom/dct:title ?source .
              OPTIONAL { ?m dct:date ?date } OPTIONAL { ?m org:organization/skos:prefLabel ?organisation } }
              ORDER BY ?date""", {"p": iri}),
        "presented": _meeting_rows(graph, "?item ckg:presentedBy ?p .", {"p": iri}),
        "attended": select(graph, """SELECT DISTINCT ?meeting ?body ?date ?capacity WHERE {
              { ?meeting besluit:heeftAanwezigeBijStart ?p . BIND("present" AS ?capacity) }
              UNION { ?meeting besluit:heeftVoorzitter ?p . BIND("chair" AS ?capacity) }
              UNION { ?meeting ckg:apologies ?p . BIND("apologies" AS ?capacity) }
              ?meeting dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body } ORDER BY ?date""", {"p": iri}),
        "leads": select(graph, """SELECT DISTINCT ?action ?text ?source ?start ?end WHERE {
              ?action ckg:lead ?p ; ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
              { ?action prov:value ?text } UNION { ?action skos:prefLabel ?text } } ORDER BY ?source ?start""", {"p": iri}),
    }


def describe_organisation(graph: Graph, iri: str) -> dict[str, Any]:
    """An organisation: name, acronyms, people with roles there, items that mention it, actions it is a partner in."""
    head = select(graph, "SELECT ?name WHERE { ?o skos:prefLabel ?name }", {"o": iri})[0]
    return {
        "iri": iri, "name": head["name"],
        "acronyms": sorted(r["a"] for r in select(graph, "SELECT ?a WHERE { ?o skos:altLabel ?a }", {"o": iri})),
        "people": select(graph, """SELECT DISTINCT ?name ?role ?date WHERE { ?m org:organization ?o ; org:member/foaf:name ?name ;
              ckg:roleLabel ?role . OPTIONAL { ?m dct:date ?date } } ORDER BY ?name""", {"o": iri}),
        "mentioned_in": _meeting_rows(graph, "?item schema:mentions ?o .", {"o": iri}),
        "partner_in": select(graph, """SELECT DISTINCT ?action ?text ?source ?start ?end WHERE {
              ?action ckg:partner ?o ; prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
              prov:wasDerivedFrom/dct:title ?source } ORDER BY ?source ?start""", {"o": iri}),
    }
