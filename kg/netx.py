"""The graph as a networkx graph of typed nodes and labelled edges, for analysis and GraphML.

Only the entities an analyst looks at are kept (bodies, meetings, items, resolutions, papers,
priorities, actions, people, organisations); literals become node attributes, provenance becomes
``source`` and ``lines`` attributes.
"""
from __future__ import annotations

import io

import networkx as nx
from rdflib import Graph, URIRef

from kg.ontology import SPARQL_PREFIXES

NODE_TYPES = {
    "besluit:Bestuursorgaan": "body", "besluit:Zitting": "meeting", "besluit:Agendapunt": "agenda_item",
    "besluit:BehandelingVanAgendapunt": "minute_item", "besluit:Besluit": "resolution", "ckg:Paper": "paper",
    "ckg:Priority": "priority", "ckg:Action": "action", "foaf:Person": "person", "org:Organization": "organisation",
}

_LABEL = """OPTIONAL { ?n dct:title ?title } OPTIONAL { ?n foaf:name ?name } OPTIONAL { ?n skos:prefLabel ?pref }
            OPTIONAL { ?n prov:value ?value } OPTIONAL { ?n dct:date ?date } OPTIONAL { ?n dct:identifier ?number }
            OPTIONAL { ?n prov:wasDerivedFrom/dct:title ?source } OPTIONAL { ?n ckg:lineStart ?start ; ckg:lineEnd ?end }"""


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Typed nodes (attribute ``type``), edges labelled with the predicate's prefixed name."""
    out = nx.MultiDiGraph()
    for rdf_type, kind in NODE_TYPES.items():
        rows = graph.query(SPARQL_PREFIXES + f"SELECT ?n ?title ?name ?pref ?value ?date ?number ?source ?start ?end "
                                             f"WHERE {{ ?n a {rdf_type} . {_LABEL} }}")
        for n, title, name, pref, value, day, number, source, start, end in rows:
            key = str(n)
            if key in out and out.nodes[key].get("type") not in (None, kind):
                continue
            label = str(name or pref or title or value or key.rsplit("/", 1)[-1])
            if kind == "meeting" and day is not None:
                label = f"{key.rsplit('/', 2)[-2].replace('-', ' ')} {day}"
            attrs = {"type": kind, "label": label[:120], "iri": key}
            if number is not None:
                attrs["number"] = str(number)
            if day is not None:
                attrs["date"] = str(day)
            if source is not None and start is not None:
                attrs.update(source=str(source), lines=f"{int(start)}-{int(end)}")
            out.add_node(key, **attrs)
    nodes = set(out.nodes)
    for s, p, o in graph:
        if isinstance(o, URIRef) and str(s) in nodes and str(o) in nodes:
            out.add_edge(str(s), str(o), key=graph.qname(p), label=graph.qname(p))
    return out


def graphml_text(network: nx.MultiDiGraph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(network, buffer)
    return buffer.getvalue().decode("utf-8")
