"""Trace a priority from strategy to outcome.

strategy -> priority (and the priority an objective sits under) -> actions (leads, partners,
status, dated updates, performance figures) -> the same priority in other versions of the plan
-> every other version of the plan, with the priority's counterpart there (or, in a version
written before the objective existed, the counterpart of the priority above it) -> the meetings
and resolutions that dealt with the plan. Everything carries its source file and lines.
"""
from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process
from rdflib import Graph

from kg.config import WORDING_MATCH
from kg.sparql import select


def _span(row: dict[str, Any]) -> dict[str, Any]:
    return {"source": row.get("source"), "lines": [int(row["start"]), int(row["end"])]}


def find_priorities(graph: Graph, text: str, limit: int = 3) -> list[tuple[str, str, float]]:
    """Priorities whose wording best matches ``text`` (an IRI matches itself); among equally good
    matches the earliest circulated version of a plan comes first, so a trace runs forward in time."""
    rows = select(graph, """SELECT ?p ?label (MIN(?d) AS ?date) WHERE { ?p a ckg:Priority ; skos:prefLabel ?label .
                             OPTIONAL { ?p skos:inScheme/ckg:agendaItem ?item . ?m besluit:behandelt ?item ; dct:date ?d } }
                           GROUP BY ?p ?label""")
    if any(r["p"] == text for r in rows):
        return [(text, next(r["label"] for r in rows if r["p"] == text), 100.0)]
    dates = {r["p"]: r["date"] or "9999" for r in rows}
    found = process.extract(text, {r["p"]: r["label"] for r in rows}, scorer=fuzz.token_set_ratio, limit=None)
    ranked = sorted(found, key=lambda match: (-match[1], dates[match[2]], match[2]))[:limit]
    return [(iri, label, score) for label, score, iri in ranked if score >= WORDING_MATCH]


def trace_priority(graph: Graph, text: str) -> dict[str, Any] | None:
    """The trace of the priority best matching ``text`` (see the module docstring), with the runners-up
    as ``other_matches``; None when no priority is worded close enough."""
    matches = find_priorities(graph, text)
    if not matches:
        return None
    iri = matches[0][0]
    return {"query": text, **_priority(graph, iri),
            "versions": [_priority(graph, other["o"]) for other in
                         select(graph, """SELECT DISTINCT ?o WHERE { ?p skos:inScheme ?own ; skos:closeMatch+ ?o .
                                               ?o skos:inScheme ?other . FILTER(?other != ?own) }""", {"p": iri})],
            "plan_versions": _plan_versions(graph, iri),
            "other_matches": [{"iri": i, "text": label, "score": round(score, 1)} for i, label, score in matches[1:]]}


def _priority(graph: Graph, iri: str) -> dict[str, Any]:
    head = select(graph, """SELECT ?label ?number ?doc ?title ?docsource ?source ?start ?end WHERE {
          ?p skos:prefLabel ?label ; skos:inScheme ?doc ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
             prov:wasDerivedFrom/dct:title ?source .
          ?doc dct:title ?title . OPTIONAL { ?p skos:notation ?number } }""", {"p": iri})[0]
    leads = [r["n"] for r in select(graph, "SELECT DISTINCT ?n WHERE { ?p ckg:lead/foaf:name ?n }", {"p": iri})]
    broader = select(graph, "SELECT ?b WHERE { ?p skos:broader ?b }", {"p": iri})
    return {
        "priority": {"iri": iri, "number": head["number"], "text": head["label"], "leads": leads, **_span(head)},
        "broader": _concept(graph, broader[0]["b"]) if broader else None,
        "strategy": {"iri": head["doc"], "title": head["title"], **_strategy_span(graph, head["doc"])},
        "actions": _actions(graph, iri),
        "meetings": _meetings(graph, head["doc"]),
    }


def _concept(graph: Graph, iri: str) -> dict[str, Any]:
    """A priority's number, wording and lines, without what sits under it."""
    row = select(graph, """SELECT ?label ?number ?source ?start ?end WHERE { ?p skos:prefLabel ?label ;
          ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
          OPTIONAL { ?p skos:notation ?number } }""", {"p": iri})[0]
    return {"iri": iri, "number": row["number"], "text": row["label"], **_span(row)}


def _plan_versions(graph: Graph, priority: str) -> list[dict[str, Any]]:
    """Every other version of the priority's plan (along the ckg:sameWorkAs chain), oldest first, with the
    priority's own counterpart there ("same"), or else the counterpart of the priority it sits
    under ("broader": a draft written before the objective was added), or none."""
    plans = select(graph, """SELECT ?other ?title (MIN(?d) AS ?date) WHERE { ?p skos:inScheme ?own . ?own ckg:sameWorkAs+ ?other . FILTER(?other != ?own)
          ?other dct:title ?title .
          OPTIONAL { ?other ckg:agendaItem ?item . ?m besluit:behandelt ?item ; dct:date ?d } }
          GROUP BY ?other ?title ORDER BY ?date ?other""", {"p": priority})
    out = []
    for plan in plans:
        match = "same"
        found = select(graph, "SELECT DISTINCT ?c WHERE { ?p skos:closeMatch+ ?c . ?c skos:inScheme ?other } ORDER BY ?c",
                       {"p": priority, "other": plan["other"]})
        if not found:
            match = "broader"
            found = select(graph, """SELECT DISTINCT ?c WHERE { ?p skos:broader/skos:closeMatch+ ?c . ?c skos:inScheme ?other }
                                     ORDER BY ?c""", {"p": priority, "other": plan["other"]})
        out.append({"strategy": {"iri": plan["other"], "title": plan["title"], "date": plan["date"],
                                 **_strategy_span(graph, plan["other"])},
                    "match": match if found else None,
                    "priority": _concept(graph, found[0]["c"]) if found else None})
    return out


def _strategy_span(graph: Graph, doc: str) -> dict[str, Any]:
    rows = select(graph, """SELECT ?source ?start ?end ?period WHERE { ?d ckg:lineStart ?start ; ckg:lineEnd ?end ;
                              prov:wasDerivedFrom/dct:title ?source . OPTIONAL { ?d ckg:period ?period } }""", {"d": doc})
    return {"period": rows[0]["period"], **_span(rows[0])} if rows else {}


def _actions(graph: Graph, priority: str) -> list[dict[str, Any]]:
    actions = select(graph, """SELECT ?a ?number ?text ?status ?due ?uncertain ?source ?start ?end WHERE {
          ?a ckg:underPriority ?p ; prov:value ?text ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
             prov:wasDerivedFrom/dct:title ?source .
          OPTIONAL { ?a dct:identifier ?number } OPTIONAL { ?a ckg:status ?status }
          OPTIONAL { ?a ckg:due ?due } OPTIONAL { ?a ckg:leadUncertain ?uncertain } } ORDER BY ?start""", {"p": priority})
    out = []
    for row in actions:
        a = row["a"]
        out.append({
            "iri": a, "number": row["number"], "text": row["text"], "status": row["status"], "due": row["due"],
            "leads": [r["n"] for r in select(graph, "SELECT DISTINCT ?n WHERE { ?a ckg:lead/foaf:name ?n }", {"a": a})],
            "lead_uncertain": bool(row["uncertain"]),
            "partners": [r["n"] for r in select(graph, "SELECT DISTINCT ?n WHERE { ?a ckg:partner/skos:prefLabel ?n }", {"a": a})],
            "updates": [{"period": r["period"], "text": r["text"], **_span(r)} for r in select(graph, """
                SELECT ?text ?period ?source ?start ?end WHERE { ?a ckg:hasUpdate ?u . ?u prov:value ?text ;
                  ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
                  OPTIONAL { ?u ckg:period ?period } } ORDER BY ?start""", {"a": a})],
            "measures": [{k: r[k] for k in ("label", "baseline", "target", "current", "period")} | _span(r)
                         for r in select(graph, """
                SELECT ?label ?baseline ?target ?current ?period ?source ?start ?end WHERE {
                  ?a ckg:hasMeasure ?m . ?m rdfs:label ?label ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
                  prov:wasDerivedFrom/dct:title ?source .
                  OPTIONAL { ?m ckg:baseline ?baseline } OPTIONAL { ?m ckg:target ?target }
                  OPTIONAL { ?m ckg:currentValue ?current } OPTIONAL { ?m ckg:period ?period } } ORDER BY ?start""", {"a": a})],
            **_span(row),
        })
    return out


def _meetings(graph: Graph, doc: str) -> list[dict[str, Any]]:
    """Agenda items the plan (or another version of it) was circulated under, and minute items that
    considered it, with their resolutions."""
    rows = select(graph, """SELECT DISTINCT ?item ?kind ?number ?title ?body ?date ?source ?start ?end WHERE {
          { ?d ckg:agendaItem ?item . BIND("agenda" AS ?kind) }
          UNION { ?d ckg:sameWorkAs+/ckg:agendaItem ?item . BIND("agenda" AS ?kind) }
          UNION { ?item ckg:considered ?d . BIND("minutes" AS ?kind) }
          UNION { ?item ckg:considered/ckg:sameWorkAs+ ?d . BIND("minutes" AS ?kind) }
          ?item dct:title ?title ; ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
          { ?m besluit:behandelt ?item } UNION { ?m ckg:hasMinuteItem ?item }
          ?m dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body .
          OPTIONAL { ?item dct:identifier ?number } } ORDER BY ?date""", {"d": doc})
    for row in rows:
        row["resolutions"] = [{"text": r["text"], **_span(r)} for r in select(graph, """
            SELECT ?text ?source ?start ?end WHERE { ?item prov:generated ?r . ?r prov:value ?text ;
              ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source } ORDER BY ?start""",
            {"item": row["item"]})]
        row["lines"] = [int(row.pop("start")), int(row.pop("end"))]
    return rows
