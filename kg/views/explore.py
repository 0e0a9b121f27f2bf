"""Tables and small graphs for exploring a store, used by the notebooks in ``notebooks/``.

Everything here is built on the public :class:`kg.api.KnowledgeGraph` (``kg.sparql``, ``kg.trace``),
so a notebook shows nothing the API cannot give a script. Rows are plain dicts, ready for
``pandas.DataFrame``; every row that comes from the text carries its ``cited`` file and lines.
"""
from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from kg.api import KnowledgeGraph


def build_corpus_store(corpus: str | Path, store: str | Path, with_index: bool = False) -> KnowledgeGraph:
    """Ingest ``corpus`` into a fresh store at ``store``, replacing any earlier one there.

    Rebuilding (a graph-only ingest of the bundled packs takes seconds) means a notebook never
    shows a graph made by older parsing code; ``with_index`` adds the search index for ``kg.ask``.
    Refuses to delete a non-empty folder that is not a store; raises ValueError naming any file
    that failed to ingest, since on the bundled corpus that is a parsing regression."""
    root = Path(store)
    if root.exists() and any(root.iterdir()):
        if not (root / "CURRENT").exists():
            raise ValueError(f"{root} is not a council-kg store; not replacing it")
        shutil.rmtree(root)
    kg = KnowledgeGraph.open(root)
    reports = kg.ingest([corpus], with_index=with_index)
    failed = [f"{r.path}: {r.error}" for r in reports if r.status == "error"]
    if failed or not reports:
        raise ValueError("could not ingest " + ("; ".join(failed) or f"anything from {corpus}"))
    return kg


def _cited(source: str | None, start: int | None, end: int | None) -> str | None:
    return f"{source}:{start}-{end}" if source and start is not None else None


_DATE_KEYS = ("date", "target_date", "target_meeting_date")


def with_dates(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with their ISO dates as :class:`datetime.date`, for tables that sort, plot and subtract them."""
    for row in rows:
        for key in _DATE_KEYS:
            if isinstance(row.get(key), str) and re.fullmatch(r"\d{4}-\d\d-\d\d", row[key]):
                row[key] = date.fromisoformat(row[key])
    return rows


# -- what is in the graph ------------------------------------------------------------------------
def meeting_timeline(kg: KnowledgeGraph) -> list[dict[str, Any]]:
    """Every meeting by date: its body, whether the packs hold its agenda, its minutes or both,
    how many items and resolutions, and the packs it comes from."""
    rows = with_dates(kg.sparql("""SELECT ?meeting ?body ?date (COUNT(DISTINCT ?a) AS ?agenda_items)
          (COUNT(DISTINCT ?i) AS ?minute_items) (COUNT(DISTINCT ?r) AS ?resolutions)
          (GROUP_CONCAT(DISTINCT ?source; separator="; ") AS ?sources) WHERE {
          ?meeting a besluit:Zitting ; dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body .
          OPTIONAL { ?meeting besluit:behandelt ?a }
          OPTIONAL { ?meeting ckg:hasMinuteItem ?i OPTIONAL { ?i prov:generated ?r } }
          OPTIONAL { ?meeting prov:wasDerivedFrom/dct:title ?source } }
          GROUP BY ?meeting ?body ?date ORDER BY ?date ?body"""))
    for row in rows:
        held = [name for name, key in (("agenda", "agenda_items"), ("minutes", "minute_items")) if row[key]]
        row["papers_held"] = " and ".join(held) or "none"
        row["sources"] = "; ".join(sorted(row["sources"].split("; "))) if row["sources"] else ""
    return rows


# -- a priority from strategy to outcome ----------------------------------------------------------
def trace_rows(trace: dict[str, Any]) -> list[dict[str, Any]]:
    """A ``kg.trace`` result flattened to one row per priority, action, update, meeting item and
    resolution, for each version of the plan, so it reads as a table."""
    rows: list[dict[str, Any]] = []
    for block in [trace, *trace["versions"]]:
        plan = f"{block['strategy']['title']} [{block['strategy'].get('source')}]"
        p = block["priority"]
        rows.append(_trace_row(plan, "priority", p["number"], p["text"], p["leads"], None, p))
        for action in block["actions"]:
            rows.append(_trace_row(plan, "action", action["number"], action["text"], action["leads"],
                                   action["status"], action))
            rows.extend(_trace_row(plan, "update", action["number"], update["text"], [], update["period"], update)
                        for update in action["updates"])
        for item in block["meetings"]:
            when = f"{item['body']}, {item['date']}"
            rows.append(_trace_row(plan, f"{item['kind']} item", item["number"], item["title"], [], when, item))
            rows.extend(_trace_row(plan, "resolution", item["number"], resolution["text"], [], when, resolution)
                        for resolution in item["resolutions"])
    return rows


def _trace_row(plan: str, level: str, number: str | None, text: str, leads: list[str], when: str | None,
               node: dict[str, Any]) -> dict[str, Any]:
    return {"plan": plan, "level": level, "number": number, "text": " ".join(text.split()),
            "leads": ", ".join(leads), "when": when, "cited": _cited(node.get("source"), *node["lines"])}


def trace_network(trace: dict[str, Any]) -> nx.DiGraph:
    """A ``kg.trace`` result as a layered graph, plan -> priority -> actions -> their leads, one
    plan per version, with a ``layer`` attribute for ``networkx.multipartite_layout``. Leads are
    keyed by name, so a person who leads the same action in several versions is one node."""
    out = nx.DiGraph()
    for block in [trace, *trace["versions"]]:
        plan, priority = block["strategy"], block["priority"]
        out.add_node(plan["iri"], type="paper", layer=0,
                     label=f"{plan['title'][:40]}\n{plan.get('source', '')}")
        out.add_node(priority["iri"], type="priority", layer=1, label=f"priority {priority['number'] or ''}")
        out.add_edge(plan["iri"], priority["iri"], label="has priority")
        for action in block["actions"]:
            out.add_node(action["iri"], type="action", layer=2,
                         label=f"action {action['number'] or '-'} ({len(action['updates'])} updates)")
            out.add_edge(priority["iri"], action["iri"], label="action")
            for lead in action["leads"]:
                out.add_node(f"person:{lead}", type="person", layer=3, label=lead)
                out.add_edge(action["iri"], f"person:{lead}", label="lead")
    return out


# -- minute references ----------------------------------------------------------------------------
def minute_references(kg: KnowledgeGraph) -> list[dict[str, Any]]:
    """Every printed reference to another minute ("Further to Minute No. 200 of 20th March, 2013"),
    with the minute item it was resolved to, or ``held = False`` when the packs do not hold it."""
    rows = with_dates(kg.sparql("""SELECT ?item ?body ?date ?number ?title ?printed ?target_number ?target_date
          ?target ?target_meeting_date ?target_title ?source ?start ?end WHERE {
          ?meeting ckg:hasMinuteItem ?item ; dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body .
          ?item ckg:hasReference ?ref ; dct:title ?title . OPTIONAL { ?item dct:identifier ?number }
          ?ref rdfs:label ?printed ; ckg:targetNumber ?target_number ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
               prov:wasDerivedFrom/dct:title ?source .
          OPTIONAL { ?ref ckg:targetDate ?target_date }
          OPTIONAL { ?ref dct:references ?target . ?target dct:title ?target_title .
                     ?target_meeting ckg:hasMinuteItem ?target ; dct:date ?target_meeting_date } }
          ORDER BY ?date ?start"""))
    for row in rows:
        row["held"] = row["target"] is not None
        row["cited"] = _cited(row.pop("source"), row.pop("start"), row.pop("end"))
    return rows


def reference_network(references: Iterable[dict[str, Any]]) -> nx.DiGraph:
    """Minute items joined to the minutes they cite (edge ``printed``). A cited minute the packs do
    not hold becomes a ``held = False`` node for its number (and printed date), per body."""
    out = nx.DiGraph()
    for ref in references:
        out.add_node(ref["item"], held=True, body=ref["body"], date=ref["date"], number=ref["number"],
                     title=ref["title"])
        if ref["held"]:
            out.add_node(ref["target"], held=True, body=ref["body"], date=ref["target_meeting_date"],
                         number=ref["target_number"], title=ref["target_title"])
            target = ref["target"]
        else:
            target = f"not held: {ref['body']} minute {ref['target_number']} {ref['target_date'] or ''}".strip()
            out.add_node(target, held=False, body=ref["body"], date=ref["target_date"], number=ref["target_number"],
                         title="(not in the bundled packs)")
        out.add_edge(ref["item"], target, printed=ref["printed"], cited=ref["cited"])
    return out


def minute_chains(network: nx.DiGraph) -> list[list[dict[str, Any]]]:
    """Maximal chains of citations (an item citing one that cites another ...), longest first:
    from each item nobody cites, every path to an item that cites nothing further."""
    chains = []
    for start in sorted(n for n in network if network.in_degree(n) == 0):
        ends = [n for n in nx.descendants(network, start) if network.out_degree(n) == 0]
        for end in sorted(ends):
            for path in nx.all_simple_paths(network, start, end):
                chains.append([{"node": n, **network.nodes[n]} for n in path])
    return sorted(chains, key=lambda chain: (-len(chain), str(chain[0]["date"]), chain[0]["node"]))


# -- one plan over time -------------------------------------------------------------------------
def plan_versions(kg: KnowledgeGraph, plan: str) -> list[dict[str, Any]]:
    """The plan ``plan`` (an IRI) and every paper linked to it by ``ckg:sameWorkAs``, directly or
    through another version, in the order they were circulated: where, with how many priorities,
    objectives (concepts with a broader priority), actions and progress updates, and the periods
    those updates are dated."""
    rows = with_dates(kg.sparql(f"""SELECT DISTINCT ?version ?title ?period ?source ?start ?end WHERE {{
          <{plan}> (ckg:sameWorkAs|^ckg:sameWorkAs)* ?version .
          ?version dct:title ?title ; prov:wasDerivedFrom/dct:title ?source ; ckg:lineStart ?start ; ckg:lineEnd ?end .
          OPTIONAL {{ ?version ckg:period ?period }} }}"""))
    for row in rows:
        version = row["version"]
        circulated = with_dates(kg.sparql(f"""SELECT ?date ?body ?number WHERE {{ <{version}> ckg:agendaItem ?item .
              ?meeting besluit:behandelt ?item ; dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body .
              OPTIONAL {{ ?item dct:identifier ?number }} }} ORDER BY ?date"""))
        counts = kg.sparql(f"""SELECT (COUNT(DISTINCT ?p) AS ?priorities) (COUNT(DISTINCT ?o) AS ?objectives)
              (COUNT(DISTINCT ?a) AS ?actions) (COUNT(DISTINCT ?u) AS ?updates) WHERE {{
              OPTIONAL {{ <{version}> ckg:hasPriority ?p }}
              OPTIONAL {{ ?o skos:inScheme <{version}> ; skos:broader ?above }}
              OPTIONAL {{ <{version}> ckg:hasAction ?a OPTIONAL {{ ?a ckg:hasUpdate ?u }} }} }}""")[0]
        periods = kg.sparql(f"""SELECT DISTINCT ?period WHERE {{ <{version}> ckg:hasAction/ckg:hasUpdate/ckg:period
              ?period }}""")
        first = circulated[0] if circulated else {"date": None, "body": None, "number": None}
        row.update(counts, circulated=first["date"], circulated_at=first["body"], agenda_item=first["number"],
                   update_periods=", ".join(sorted(r["period"] for r in periods)),
                   cited=_cited(row.pop("source"), row.pop("start"), row.pop("end")))
    return sorted(rows, key=lambda r: (r["circulated"] or date.max, r["cited"]))


def priority_matrix(kg: KnowledgeGraph, versions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each priority and objective of the first version that has any, how many actions sit
    directly under its counterpart (itself or one along the ``skos:closeMatch`` chain) in each version, keyed by the
    version's ``cited``: ``None`` where a version has no counterpart."""
    with_concepts = [v for v in versions if v["priorities"] or v["objectives"]]
    if not with_concepts:
        return []
    concepts = kg.sparql(f"""SELECT ?c ?number ?label WHERE {{ ?c skos:inScheme <{with_concepts[0]['version']}> ;
          skos:prefLabel ?label . OPTIONAL {{ ?c skos:notation ?number }} }} ORDER BY ?number ?label""")
    rows = []
    for concept in concepts:
        row = {"number": concept["number"], "priority": concept["label"]}
        for version in with_concepts:
            found = kg.sparql(f"""SELECT ?match (COUNT(DISTINCT ?a) AS ?actions) WHERE {{
                  ?match skos:inScheme <{version['version']}> .
                  FILTER(?match = <{concept['c']}> || EXISTS {{ <{concept['c']}> skos:closeMatch+ ?match }})
                  OPTIONAL {{ ?a ckg:underPriority ?match }} }} GROUP BY ?match""")
            row[version["cited"]] = max((r["actions"] for r in found), default=None)
        rows.append(row)
    return rows
