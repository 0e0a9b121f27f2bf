"""Indexing at ingest: what the search index embeds, and building it.

Each pack's text lines are cut into pieces that partition them (see :mod:`index.partition`), so
every line is embedded once however deeply its nodes nest. A piece is labelled with the innermost
graph node holding it, and every node points to the pieces its span covers. Nodes: minute and
agenda items, resolutions, actions, priorities, and papers; lines no node covers (a pack's loose
pages) belong to the source file, so nothing in a pack is unsearchable.

Each piece carries a date, so questions naming a month or a year can prefer what was said then:
the date of the meeting its node belongs to, else that of the meeting the pack was circulated for.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SKOS

from index.chunks import MAX_TOKENS, TokenCounter
from index.partition import NodeSpan, Partition, partition
from kg.entities import acronym_glossary
from kg.graph import iris
from kg.model import ParsedPack
from kg.sparql import select

NODE_KINDS = {
    "besluit:BehandelingVanAgendapunt": "minute_item", "besluit:Agendapunt": "agenda_item",
    "besluit:Besluit": "resolution", "ckg:Action": "action", "ckg:Priority": "priority", "ckg:Paper": "paper",
}
# A piece never spans two nodes' text (every kind is hard, see index.partition): an answer needs the
# node it quotes (the resolution, the action), and pieces packed across nodes lost answers in the
# benchmark. Of nodes with the same span, the first kind here labels the piece: the most specific
SPECIFICITY = ("resolution", "action", "minute_item", "agenda_item", "priority", "paper")


def node_spans(graph: Graph) -> list[tuple[str, str, str, str, int, int]]:
    """(node, kind, title, source, start, end) for every indexable node."""
    out = []
    for rdf_type, kind in NODE_KINDS.items():
        query = f"""SELECT ?n ?title ?label ?value ?source ?start ?end WHERE {{
            ?n a {rdf_type} ; ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
            OPTIONAL {{ ?n dct:title ?own }} OPTIONAL {{ ?parent prov:generated ?n ; dct:title ?ptitle }}
            BIND(COALESCE(?own, ?ptitle) AS ?title)
            OPTIONAL {{ ?n skos:prefLabel ?label }} OPTIONAL {{ ?n prov:value ?value }} }}"""
        for row in select(graph, query):
            heading = (row["title"] or row["label"] or row["value"] or "")[:160]
            out.append((row["n"], kind, heading, row["source"], row["start"], row["end"]))
    return out


_MEETING_OF_NODE = """SELECT ?n ?date WHERE {
    { ?m ckg:hasMinuteItem ?n } UNION { ?m besluit:behandelt ?n }
    UNION { ?m ckg:hasMinuteItem ?item . ?item prov:generated ?n }
    UNION { ?paper ckg:recordOf ?m . ?n dct:isPartOf ?paper }
    ?m dct:date ?date }"""
_MEETING_OF_PACK = """SELECT ?source (MAX(?date) AS ?latest) WHERE {
    ?paper a ckg:Agenda ; ckg:recordOf ?m ; dct:isPartOf/dct:title ?source . ?m dct:date ?date }
    GROUP BY ?source"""


def node_dates(graph: Graph) -> tuple[dict[str, str], dict[str, str]]:
    """(node -> its meeting's date, source file -> date of the meeting its agenda is for)."""
    by_node = {row["n"]: row["date"] for row in select(graph, _MEETING_OF_NODE)}
    by_pack = {row["source"]: row["latest"] for row in select(graph, _MEETING_OF_PACK) if row["latest"] is not None}
    return by_node, by_pack


def pack_partitions(graph: Graph, packs: list[ParsedPack], count_tokens: TokenCounter,
                    max_tokens: int = MAX_TOKENS) -> list[Partition]:
    """Each pack's text lines as pieces (see :mod:`index.partition`), labelled with the graph's nodes;
    lines no node holds belong to the pack's source file."""
    dates, pack_dates = node_dates(graph)
    spans: dict[str, list[NodeSpan]] = {}
    for node, kind, title, source, start, end in node_spans(graph):
        spans.setdefault(source, []).append(
            NodeSpan(node, kind, title, source, (start, end), dates.get(node, pack_dates.get(source))))
    out = []
    for pack in packs:
        name = pack.source.name
        whole = NodeSpan(str(iris.source_iri(name)), "text", name, name, (1, len(pack.source.raw_lines)),
                         pack_dates.get(name))
        lines = [(line.start, line.text) for line in pack.lines]
        out.append(partition(whole, lines, spans.get(name, []), count_tokens, max_tokens,
                             hard_kinds=set(NODE_KINDS.values()), specificity=SPECIFICITY))
    return out


def graph_glossary(graph: Graph, packs: list[ParsedPack]) -> dict[str, list[str]]:
    """Acronyms for query expansion: the packs' glossaries and the built-in list (every meaning, packs'
    own first, as :func:`kg.entities.acronym_glossary` gives them), then the graph's acronym labels."""
    glossary = acronym_glossary([pack.glossary for pack in packs])
    for node, acronym in graph.subject_objects(SKOS.altLabel):
        label = graph.value(node, SKOS.prefLabel)
        if label is not None and str(acronym).replace("&", "").isalpha() and str(acronym).isupper():
            glossary.setdefault(str(acronym), [])
            if str(label) not in glossary[str(acronym)]:
                glossary[str(acronym)].append(str(label))
    return glossary


def build_search_index(graph: Graph, packs: list[ParsedPack], folder: Path, cache_dir: Path,
                       notify: Callable[[str], None], live: Path | None = None) -> None:
    """Write the search index of ``packs`` into ``folder``, starting from the live index in ``live``
    (if any): only pieces it lacks are embedded (the cache in ``cache_dir`` saves even those)."""
    from index import Embedder, HybridIndex
    from kg.answer.store_state import StoreState

    embedder = Embedder(cache_dir=cache_dir)
    notify("chunking")
    partitions = pack_partitions(graph, packs, embedder.count_tokens)
    chunks = [piece for part in partitions for piece in part.pieces]
    node_pieces = {node: ids for part in partitions for node, ids in part.node_pieces.items()}
    notify(f"indexing {len(chunks)} pieces")
    HybridIndex.build(chunks, embedder, graph_glossary(graph, packs), node_pieces,
                      HybridIndex.live_vectors(live, embedder)).save(folder)
    notify("exporting the model for questions")
    embedder.add_question_encoder(folder)
    # what answers need of the whole store, worked out from the index as a reader loads it
    StoreState.of(graph, HybridIndex.load(folder, embedder)).save(folder)
