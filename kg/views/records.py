"""The records view: a JSON summary of the graph built by SPARQL, for other tools to read.

Keys are a published contract (see README): meetings with items and resolutions, documents with
priorities, actions and recommendations, people and organisations. Lines are 1-based, inclusive,
in the original file.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import Graph

from kg.sparql import select


def _lines(row: dict[str, Any]) -> list[int]:
    return [int(row["start"]), int(row["end"])]


def _grouped(graph: Graph, query: str, key: str, value: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for row in select(graph, query):
        if row[value] not in out[row[key]]:
            out[row[key]].append(row[value])
    return out


def build_records(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    """Return the records view of ``graph``."""
    return {
        "meetings": _meetings(graph),
        "documents": _documents(graph),
        "people": _people(graph),
        "organisations": _organisations(graph),
    }


def meeting_headers(graph: Graph) -> list[dict[str, Any]]:
    """The meetings of the records view with only the IRI, number, title and lines of each item: what
    answering a question needs of every meeting, at a fraction of the cost of the items' whole records."""
    spans: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in select(graph, _ITEM_SPANS):
        spans[row["paper"]].append({"iri": row["item"], "number": row["number"], "title": row["title"],
                                    "lines": _lines(row)})
    return _meetings(graph, spans)


def _meetings(graph: Graph, items: dict[str, list[dict[str, Any]]] | None = None) -> list[dict[str, Any]]:
    """Every meeting record; ``items``: each paper's items, when only part of their records is wanted."""
    papers = select(graph, """
        SELECT ?paper ?meeting ?kind ?body ?date ?chair ?council ?source ?start ?end WHERE {
          ?paper ckg:recordOf ?meeting ; ckg:documentType ?kind ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
                 prov:wasDerivedFrom/dct:title ?source .
          ?meeting dct:date ?date ; besluit:isGehoudenDoor ?organ . ?organ skos:prefLabel ?body .
          OPTIONAL { ?meeting besluit:heeftVoorzitter/foaf:name ?chair }
          OPTIONAL { ?organ besluit:bestuurt/skos:prefLabel ?council }
        } ORDER BY ?source ?start""")
    present = _grouped(graph, "SELECT ?m ?n WHERE { ?m besluit:heeftAanwezigeBijStart/foaf:name ?n }", "m", "n")
    apologies = _grouped(graph, "SELECT ?m ?n WHERE { ?m ckg:apologies/foaf:name ?n }", "m", "n")
    items = _items(graph) if items is None else items
    return [{
        "iri": row["meeting"], "body": row["body"], "date": row["date"], "kind": row["kind"], "council": row["council"],
        "chair": row["chair"], "present": present.get(row["meeting"], []),
        "apologies": apologies.get(row["meeting"], []), "source": row["source"], "lines": _lines(row),
        "items": items.get(row["paper"], []),
    } for row in papers]


_ITEM_SPANS = """SELECT ?item ?paper ?number ?title ?start ?end WHERE {
          ?item dct:isPartOf ?paper ; dct:title ?title ; ckg:lineStart ?start ; ckg:lineEnd ?end .
          ?paper ckg:recordOf ?meeting .
          OPTIONAL { ?item dct:identifier ?number }
        } ORDER BY ?start ?item"""


def _items(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    """Each meeting record's items, whole: resolutions, people, organisations, references, actions,
    votes, declarations and exclusion."""
    rows = select(graph, _ITEM_SPANS)
    resolutions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in select(graph, """
            SELECT ?item ?res ?text ?start ?end WHERE {
              ?item prov:generated ?res . ?res prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end .
            } ORDER BY ?start ?res"""):
        resolutions[row["item"]].append({"iri": row["res"], "text": row["text"], "lines": _lines(row)})
    people = _grouped(graph, """SELECT ?i ?n WHERE { { ?i ckg:presentedBy ?p } UNION { ?i schema:mentions ?p }
                                ?p a foaf:Person ; foaf:name ?n }""", "i", "n")
    organisations = _grouped(graph, """SELECT ?i ?n WHERE { ?i schema:mentions ?o . ?o a org:Organization ;
                                       skos:prefLabel ?n }""", "i", "n")
    refers = _grouped(graph, "SELECT ?i ?t WHERE { ?i dct:references ?t }", "i", "t")
    actions = _actions(graph)
    votes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in select(graph, """
            SELECT ?item ?text ?for ?against ?abstain ?outcome ?start ?end WHERE {
              ?item ckg:hasVote ?v . ?v prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end .
              OPTIONAL { ?v ckg:votesFor ?for } OPTIONAL { ?v ckg:votesAgainst ?against }
              OPTIONAL { ?v ckg:abstentions ?abstain } OPTIONAL { ?v ckg:voteOutcome ?outcome }
            } ORDER BY ?start"""):
        votes[row["item"]].append({"for": row["for"], "against": row["against"], "abstentions": row["abstain"],
                                   "outcome": row["outcome"], "text": row["text"], "lines": _lines(row)})
    declarations: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in select(graph, """
            SELECT ?item ?name ?kind ?regarding ?start ?end WHERE {
              ?item ckg:hasDeclaration ?d . ?d ckg:declaredBy/foaf:name ?name ; ckg:lineStart ?start ; ckg:lineEnd ?end .
              OPTIONAL { ?d ckg:interestKind ?kind } OPTIONAL { ?d ckg:regarding ?regarding }
            } ORDER BY ?start"""):
        declarations[row["item"]].append({"person": row["name"], "kind": row["kind"], "regarding": row["regarding"],
                                          "lines": _lines(row)})
    exclusions = {row["item"]: {"grounds": row["grounds"], "lines": _lines(row)} for row in select(graph, """
            SELECT ?item ?grounds ?start ?end WHERE {
              ?item ckg:hasExclusion ?x . ?x ckg:lineStart ?start ; ckg:lineEnd ?end .
              OPTIONAL { ?x ckg:exemptGrounds ?grounds }
            }""")}
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        item = row["item"]
        out[row["paper"]].append({
            "iri": item, "number": row["number"], "title": row["title"], "lines": _lines(row),
            "resolutions": resolutions.get(item, []), "people": people.get(item, []),
            "organisations": organisations.get(item, []), "refers_to": refers.get(item, []),
            "actions": actions.get(item, []), "votes": votes.get(item, []),
            "declarations": declarations.get(item, []), "exclusion": exclusions.get(item),
        })
    return out


def _documents(graph: Graph) -> list[dict[str, Any]]:
    docs = select(graph, """
        SELECT ?doc ?title ?type ?council ?source ?start ?end WHERE {
          ?doc ckg:documentType ?type ; dct:title ?title ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
               prov:wasDerivedFrom/dct:title ?source .
          OPTIONAL { ?doc dct:publisher/skos:prefLabel ?council }
        } ORDER BY ?source ?start""")
    priorities: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in select(graph, """
            SELECT ?doc ?p ?number ?text ?start ?end WHERE {
              ?doc ckg:hasPriority ?p . ?p skos:prefLabel ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end .
              OPTIONAL { ?p skos:notation ?number }
            } ORDER BY ?start"""):
        priorities[row["doc"]].append({"iri": row["p"], "number": row["number"], "text": row["text"],
                                       "lines": _lines(row)})
    recommendations: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in select(graph, """
            SELECT ?doc ?text ?start ?end WHERE {
              ?doc ckg:hasRecommendation ?r . ?r prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end .
            } ORDER BY ?start"""):
        recommendations[row["doc"]].append({"text": row["text"], "lines": _lines(row)})
    actions = _actions(graph)
    return [{
        "iri": row["doc"], "title": row["title"], "type": row["type"], "council": row["council"], "source": row["source"],
        "lines": _lines(row), "priorities": priorities.get(row["doc"], []),
        "actions": actions.get(row["doc"], []), "recommendations": recommendations.get(row["doc"], []),
    } for row in docs]


def _actions(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    rows = select(graph, """
        SELECT ?doc ?a ?number ?text ?due ?owner ?status ?priority ?start ?end WHERE {
          ?doc ckg:hasAction ?a . ?a prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end .
          OPTIONAL { ?a dct:identifier ?number } OPTIONAL { ?a ckg:due ?due } OPTIONAL { ?a ckg:owner ?owner }
          OPTIONAL { ?a ckg:status ?status } OPTIONAL { ?a ckg:underPriority ?priority }
        } ORDER BY ?start""")
    leads = _grouped(graph, """SELECT ?a ?n WHERE { ?a a ckg:Action .
                              { ?a ckg:lead/foaf:name ?n } UNION { ?a ckg:leadOrganisation/skos:prefLabel ?n } }""", "a", "n")
    partners = _grouped(graph, "SELECT ?a ?n WHERE { ?a a ckg:Action ; ckg:partner/skos:prefLabel ?n }", "a", "n")
    updates: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in select(graph, """
            SELECT ?a ?text ?period ?start ?end WHERE {
              ?a ckg:hasUpdate ?u . ?u prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end .
              OPTIONAL { ?u ckg:period ?period }
            } ORDER BY ?start"""):
        updates[row["a"]].append({"text": row["text"], "period": row["period"], "lines": _lines(row)})
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        lead_names = leads.get(row["a"], [])
        out[row["doc"]].append({
            "iri": row["a"], "number": row["number"], "text": row["text"],
            "lead": "; ".join(lead_names) or None, "owner": row["owner"], "partners": partners.get(row["a"], []),
            "due": row["due"], "status": row["status"], "priority": row["priority"],
            "updates": updates.get(row["a"], []), "lines": _lines(row),
        })
    return out


def _people(graph: Graph) -> list[dict[str, Any]]:
    names = select(graph, "SELECT ?p ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name")
    variants = _grouped(graph, "SELECT ?p ?v WHERE { ?p a foaf:Person ; skos:altLabel ?v }", "p", "v")
    roles = _grouped(graph, "SELECT ?p ?r WHERE { ?m org:member ?p ; ckg:roleLabel ?r }", "p", "r")
    return [{"iri": row["p"], "name": row["name"], "variants": sorted(variants.get(row["p"], [])),
             "roles": sorted(roles.get(row["p"], []))} for row in names]


def _organisations(graph: Graph) -> list[dict[str, Any]]:
    names = select(graph, "SELECT ?o ?name WHERE { ?o a org:Organization ; skos:prefLabel ?name } ORDER BY ?name")
    acronyms = _grouped(graph, "SELECT ?o ?a WHERE { ?o a org:Organization ; skos:altLabel ?a }", "o", "a")
    return [{"iri": row["o"], "name": row["name"], "acronyms": sorted(acronyms.get(row["o"], []))} for row in names]
