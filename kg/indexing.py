"""Indexing at ingest: what the search index embeds, and building it.

What the search index embeds: one text per graph node, taken from the normalised lines of
its span so every piece can cite exact original lines.

Nodes: minute and agenda items (with their resolutions), actions (with lead and updates),
priorities, and papers; lines no node covers (a pack's loose pages) are indexed too, tied to the
source file, so nothing in a pack is unsearchable.

Each text carries a date, so questions naming a month or a year can prefer what was said then:
the date of the meeting a node belongs to, else that of the meeting the pack was circulated for.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SKOS

from kg.entities import acronym_glossary
from kg.graph import iris
from kg.model import Line, ParsedPack
from kg.sparql import select

NODE_KINDS = {
    "besluit:BehandelingVanAgendapunt": "minute_item", "besluit:Agendapunt": "agenda_item",
    "besluit:Besluit": "resolution", "ckg:Action": "action", "ckg:Priority": "priority", "ckg:Paper": "paper",
}


@dataclass
class ChunkSource:
    """A node's text: ``lines`` pairs each text line with its original line number."""

    node: str
    kind: str
    title: str
    source: str
    lines: list[tuple[int, str]]
    date: str | None = None     # ISO date of the node's meeting, or of its pack's meeting


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


def chunk_sources(graph: Graph, packs: list[ParsedPack]) -> list[ChunkSource]:
    """Texts for every node, plus uncovered stretches of each pack."""
    lines_by_source = {pack.source.name: pack.lines for pack in packs}
    dates, pack_dates = node_dates(graph)
    sources: list[ChunkSource] = []
    covered: dict[str, set[int]] = {name: set() for name in lines_by_source}
    for node, kind, title, source, start, end in node_spans(graph):
        lines = _lines_in(lines_by_source.get(source, []), start, end)
        if not lines:
            continue
        if kind != "paper":
            covered[source].update(range(start, end + 1))
        sources.append(ChunkSource(node, kind, title, source, lines, dates.get(node, pack_dates.get(source))))
    for source in sources:   # a paper's lines are searchable through it, so not loose text either
        if source.kind == "paper":
            covered[source.source].update(n for n, _ in source.lines)
    for name, lines in lines_by_source.items():
        sources.extend(_uncovered(name, lines, covered[name], pack_dates.get(name)))
    return sources


def _lines_in(lines: list[Line], start: int, end: int) -> list[tuple[int, str]]:
    return [(line.start, line.text) for line in lines if line.text and start <= line.start <= end]


def _uncovered(name: str, lines: list[Line], covered: set[int], date: str | None) -> list[ChunkSource]:
    """Runs of text lines outside every node span, as chunks tied to the source file."""
    runs: list[list[tuple[int, str]]] = [[]]
    for line in lines:
        if not line.text:
            continue
        if line.start in covered:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((line.start, line.text))
    node = str(iris.source_iri(name))
    return [ChunkSource(node, "text", name, name, run, date) for run in runs if run]


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
    (if any): only chunks it lacks are embedded (the cache in ``cache_dir`` saves even those)."""
    from index import Embedder, HybridIndex, make_chunks
    from kg.answer.store_state import StoreState

    embedder = Embedder(cache_dir=cache_dir)
    notify("chunking")
    chunks = make_chunks(chunk_sources(graph, packs), embedder.count_tokens)
    notify(f"embedding {len(chunks)} chunks")
    HybridIndex.build(chunks, embedder, graph_glossary(graph, packs), HybridIndex.live_vectors(live, embedder)).save(folder)
    notify("exporting the model for questions")
    embedder.add_question_encoder(folder)
    # what answers need of the whole store, worked out from the index as a reader loads it
    StoreState.of(graph, HybridIndex.load(folder, embedder)).save(folder)
