"""The graph as a networkx graph of typed nodes and labelled edges, for analysis and GraphML.

Only the entities an analyst looks at are kept (bodies, meetings, items, resolutions, papers,
priorities, actions, people, organisations); literals become node attributes, provenance becomes
``source`` and ``lines`` attributes. :func:`people_network` projects that graph onto who met
where, and :func:`write_offline_html` draws any of these graphs as a self-contained web page.
"""
from __future__ import annotations

import io
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef

from kg.ontology import PREFIXES
from kg.sparql import select

NODE_TYPES = {
    "besluit:Bestuursorgaan": "body", "besluit:Zitting": "meeting", "besluit:Agendapunt": "agenda_item",
    "besluit:BehandelingVanAgendapunt": "minute_item", "besluit:Besluit": "resolution", "ckg:Paper": "paper",
    "ckg:Priority": "priority", "ckg:Action": "action", "foaf:Person": "person", "org:Organization": "organisation",
}

TYPE_COLOURS = {
    "body": "#d62728", "meeting": "#ff7f0e", "agenda_item": "#bcbd22", "minute_item": "#e7ba52",
    "resolution": "#8c564b", "paper": "#9467bd", "priority": "#17becf", "action": "#7f7f7f",
    "person": "#1f77b4", "organisation": "#2ca02c",
}

MAX_LABEL = 120

_NODE_QUERY = """SELECT ?n ?title ?name ?pref ?value ?date ?number ?body ?source ?start ?end WHERE {{
    ?n a {rdf_type} .
    OPTIONAL {{ ?n dct:title ?title }} OPTIONAL {{ ?n foaf:name ?name }} OPTIONAL {{ ?n skos:prefLabel ?pref }}
    OPTIONAL {{ ?n prov:value ?value }} OPTIONAL {{ ?n dct:date ?date }} OPTIONAL {{ ?n dct:identifier ?number }}
    OPTIONAL {{ ?n besluit:isGehoudenDoor/skos:prefLabel ?body }}
    OPTIONAL {{ ?n prov:wasDerivedFrom/dct:title ?source }}
    OPTIONAL {{ ?n ckg:lineStart ?start ; ckg:lineEnd ?end }} }}"""

_LITERALS = ("title", "name", "pref", "value", "date", "number", "body", "source")

_MEMBERSHIPS = """SELECT ?person ?organisation ?role WHERE {
    ?m org:member ?person ; org:organization ?organisation . OPTIONAL { ?m ckg:roleLabel ?role } }"""


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Typed nodes (attribute ``type``), edges keyed and labelled with the predicate's prefixed name.

    Memberships (an ``org:Membership`` node between a person and an organisation) become direct
    ``org:memberOf`` edges carrying the printed role, so people connect to their organisations."""
    out = nx.MultiDiGraph()
    for rdf_type, kind in NODE_TYPES.items():
        for key, attrs in _nodes_of_type(graph, rdf_type, kind).items():
            if key not in out:  # a node with two analyst types keeps the first
                out.add_node(key, **attrs)
    nodes = set(out.nodes)
    for s, p, o in graph:
        if isinstance(o, URIRef) and str(s) in nodes and str(o) in nodes:
            name = prefixed(p)
            out.add_edge(str(s), str(o), key=name, label=name)
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in select(graph, _MEMBERSHIPS):
        if row["person"] in nodes and row["organisation"] in nodes:
            roles[row["person"], row["organisation"]].update([row["role"]] if row["role"] is not None else [])
    for (person, organisation), printed in roles.items():
        out.add_edge(person, organisation, key="org:memberOf", label="org:memberOf", role="; ".join(sorted(printed)))
    return out


def _nodes_of_type(graph: Graph, rdf_type: str, kind: str) -> dict[str, dict[str, str]]:
    """One attribute dict per node; where a value is printed more than once the smallest wins,
    so the same graph always gives the same labels."""
    values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in select(graph, _NODE_QUERY.format(rdf_type=rdf_type)):
        seen = values[row["n"]]
        for name in _LITERALS:
            if row[name] is not None:
                seen[name].add(str(row[name]))
        if row["start"] is not None:
            seen["lines"].add(f"{row['start']}-{row['end']}")
    return {key: _attributes(key, kind, seen) for key, seen in values.items()}


def _attributes(key: str, kind: str, seen: dict[str, set[str]]) -> dict[str, str]:
    def first(name: str) -> str | None:
        return min(seen[name]) if seen.get(name) else None

    label = first("name") or first("pref") or first("title") or first("value") or key.rsplit("/", 1)[-1]
    if kind == "meeting" and first("body") and first("date"):
        label = f"{first('body')} {first('date')}"
    attrs = {"type": kind, "label": " ".join(label.split())[:MAX_LABEL], "iri": key}
    for name in ("number", "date"):
        if first(name):
            attrs[name] = first(name)
    if seen.get("source"):
        attrs["source"] = "; ".join(sorted(seen["source"]))
    if len(seen.get("lines", ())) == 1:
        attrs["lines"] = first("lines")
    return attrs


def prefixed(iri: URIRef | str) -> str:
    """``dct:references`` for a term in one of the project's namespaces (longest match), else the IRI.

    The project's own prefix table is used, not the store's bindings: those may rename a prefix
    that clashes with an rdflib default (http vs https schema.org became ``schema1``)."""
    text = str(iri)
    matches = [(len(str(ns)), name) for name, ns in PREFIXES.items() if text.startswith(str(ns))]
    if not matches:
        return text
    length, name = max(matches)
    return f"{name}:{text[length:]}"


def graphml_text(network: nx.MultiDiGraph) -> str:
    """GraphML for Gephi, Cytoscape or ``networkx.read_graphml``; every attribute is a string."""
    buffer = io.BytesIO()
    nx.write_graphml(network, buffer)
    return buffer.getvalue().decode("utf-8")


# -- who met where -------------------------------------------------------------------------------
MEETING_LINKS = {"besluit:heeftAanwezigeBijStart": "present", "besluit:heeftVoorzitter": "chair",
                 "ckg:apologies": "apologies", "besluit:isGehoudenDoor": "held by"}
ITEM_LINKS = {"ckg:presentedBy": "presented", "schema:mentions": "mentioned"}
ITEMS = ("ckg:hasMinuteItem", "besluit:behandelt")


def people_network(network: nx.MultiDiGraph, min_meetings: int = 1) -> nx.Graph:
    """People, organisations, meetings and bodies as one undirected graph.

    A person or organisation is joined to a meeting when they were present, chaired, sent
    apologies, presented or were named in one of its items; people join the organisations they
    hold a role in. Edges carry ``relations`` (what joined them) and ``weight`` (how many facts).
    People and organisations linked to fewer than ``min_meetings`` meetings are left out, which
    keeps the picture to the ones who recur."""
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for meeting, attrs in network.nodes(data=True):
        if attrs["type"] != "meeting":
            continue
        for _, target, key in network.out_edges(meeting, keys=True):
            if key in MEETING_LINKS:
                links[meeting, target].append(MEETING_LINKS[key])
            elif key in ITEMS:
                for _, who, how in network.out_edges(target, keys=True):
                    if how in ITEM_LINKS and network.nodes[who]["type"] in ("person", "organisation"):
                        links[meeting, who].append(ITEM_LINKS[how])
    for person, organisation, key in network.edges(keys=True):
        if key == "org:memberOf":
            links[person, organisation].append("member")
    out = nx.Graph()
    for (a, b), relations in links.items():
        out.add_node(a, **network.nodes[a])
        out.add_node(b, **network.nodes[b])
        out.add_edge(a, b, relations="; ".join(sorted(set(relations))), weight=len(relations))
    for node, count in meeting_counts(out).items():
        out.nodes[node]["meetings"] = count
        if count < min_meetings:
            out.remove_node(node)
    return out


def meeting_counts(people: nx.Graph) -> dict[str, int]:
    """How many meetings each person or organisation of a :func:`people_network` is linked to."""
    return {node: sum(1 for other in people[node] if people.nodes[other]["type"] == "meeting")
            for node, kind in people.nodes(data="type") if kind in ("person", "organisation")}


def centrality_table(people: nx.Graph, top: int = 10, kind: str = "person") -> list[dict[str, Any]]:
    """The ``top`` nodes of one ``kind`` by betweenness: who connects meetings and bodies that
    would otherwise share nobody, with their degree and meeting count beside it."""
    betweenness = nx.betweenness_centrality(people)
    meetings = meeting_counts(people)
    rows = [{"name": attrs["label"], "meetings": meetings[node], "degree": people.degree(node),
             "betweenness": round(betweenness[node], 4)}
            for node, attrs in people.nodes(data=True) if attrs["type"] == kind]
    return sorted(rows, key=lambda row: (-row["betweenness"], -row["degree"], row["name"]))[:top]


def communities(people: nx.Graph, seed: int = 1) -> list[dict[str, Any]]:
    """Louvain communities (fixed seed, so the same graph gives the same answer), largest first,
    each described by its bodies, meetings and best-connected people."""
    found = nx.community.louvain_communities(people, weight="weight", seed=seed)
    return [{"size": len(members), "bodies": _labels(people, members, "body"),
             "meetings": sorted(_labels(people, members, "meeting")), "people": _labels(people, members, "person")[:5],
             "organisations": _labels(people, members, "organisation")[:5]}
            for members in sorted(found, key=lambda group: (-len(group), min(group)))]


def _labels(people: nx.Graph, members: set[str], kind: str) -> list[str]:
    """Labels of the members of one kind, best-connected first."""
    chosen = sorted((n for n in members if people.nodes[n]["type"] == kind), key=lambda n: (-people.degree(n), n))
    return [people.nodes[n]["label"] for n in chosen]


# -- an interactive page that needs no network ------------------------------------------------------
_REMOTE_TAG = re.compile(r"<link[^>]*href=\"https?://[^>]*>|<script[^>]*src=\"https?://[^>]*>\s*</script>", re.S)
_REMOTE_REFERENCE = re.compile(r"(?:src|href)\s*=\s*[\"']https?://")


def write_offline_html(network: nx.Graph, path: str | Path) -> Path:
    """A pyvis page with vis-network inlined (``cdn_resources='in_line'``) and pyvis's Bootstrap
    links removed, so it opens from disk with no network; nodes coloured by type, sized by degree,
    with label, type and source as tooltip. Raises if any remote script or stylesheet remains."""
    from pyvis.network import Network

    page = Network(height="720px", width="100%", directed=network.is_directed(), cdn_resources="in_line")
    for node, attrs in network.nodes(data=True):
        tooltip = "\n".join(filter(None, [attrs.get("label"), attrs.get("type"), attrs.get("source")]))
        page.add_node(node, label=attrs.get("label", node)[:40], title=tooltip,
                      color=TYPE_COLOURS.get(attrs.get("type"), "#999999"), size=8 + 2 * min(network.degree(node), 20))
    for a, b, attrs in network.edges(data=True):
        page.add_edge(a, b, title=attrs.get("relations") or attrs.get("label", ""))
    html = _REMOTE_TAG.sub("", page.generate_html())
    if _REMOTE_REFERENCE.search(html):
        raise RuntimeError("the pyvis template still loads something from the network")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return target
