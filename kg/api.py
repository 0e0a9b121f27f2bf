"""The public Python API: what the CLI and the notebooks both call.

>>> kg = KnowledgeGraph.open("kg-data")
>>> kg.ingest(["data/rotherham"])
>>> kg.ask("what did the panel resolve on CAMHS transition")
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from kg.answer.schema import Answer
from kg.config import AnswerConfig
from kg.errors import NoIndexError
from kg.graph.store import Store, open_store
from kg.ontology import bind_prefixes, load_shapes
from kg.parsing import PARSE_BUDGET_SECONDS
from kg.sparql import select
from kg.views.records import build_records

if TYPE_CHECKING:   # the loaders and graph builder load only when writing: asking a question needs neither
    import networkx as nx

    from kg.answer.retrieve import Searcher
    from kg.ingest import FileReport, Progress

EXPORT_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def _index_builder(with_index: bool) -> Callable | None:
    """The function that builds the search index at ingest, or None for a graph-only store."""
    if not with_index:
        return None
    from kg.indexing import (
        build_search_index,  # torch and faiss load only when indexing
    )

    return build_search_index


def _in_stable_order(fmt: str, text: str) -> str:
    """The serialised graph in an order that depends on its triples alone: rdflib's in-memory graph
    hands out triples in the order of a Python set, which changes with the hash seed of the process,
    so the same store exported twice differed. N-Triples are sorted by line; JSON-LD's nodes by id and
    each property's values by their JSON (an ``@list`` keeps its order)."""
    if fmt == "nt":
        return "".join(sorted(text.splitlines(keepends=True)))
    if fmt == "jsonld":
        return json.dumps(_sorted_jsonld(json.loads(text)), indent=2, sort_keys=True, ensure_ascii=False)
    return text   # Turtle: rdflib already writes subjects and predicates sorted


def _sorted_jsonld(value: Any) -> Any:
    if isinstance(value, list):
        return sorted((_sorted_jsonld(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, dict):
        return {key: item if key == "@list" else _sorted_jsonld(item) for key, item in value.items()}
    return value


class KnowledgeGraph:
    """A council-kg store: its graph, its search index, and the questions you can ask of them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._read_from: Path | None = None   # the generation the cached graph was read from

    @classmethod
    def open(cls, path: str | Path | None = None) -> KnowledgeGraph:
        """Open (or prepare to create) the store at ``path`` (default ``$KG_STORE`` or ``./kg-data``): a folder,
        or the URL of a SPARQL endpoint (see :mod:`kg.graph.endpoint_store`)."""
        return cls(open_store(path))

    # -- building -----------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None,
               with_index: bool = True, wait: bool = True, on_wait: Progress | None = None,
               workers: int = 1, budget: float = PARSE_BUDGET_SECONDS, council: str | None = None) -> list[FileReport]:
        """Parse ``paths`` (files or folders) into the store; see :func:`kg.ingest.ingest`. ``council``: the
        council the papers belong to when their text does not name it.

        While another process writes to the store this waits (telling ``on_wait``, else ``progress``),
        or with ``wait=False`` raises :class:`kg.errors.StoreBusyError`. ``workers`` files are parsed
        at once, each within ``budget`` seconds."""
        from kg.ingest import ingest

        reports = ingest(self.store, paths, progress, _index_builder(with_index), wait, on_wait, workers, budget,
                         council)
        self._forget()
        return reports

    def remove(self, names: Iterable[str], progress: Progress | None = None, wait: bool = True,
               on_wait: Progress | None = None) -> None:
        """Take the sources ``names`` (file names as ingested) out of the store; the search index is
        rebuilt when the store has one. Raises :class:`kg.errors.InputError` for a name not held."""
        from kg.ingest import remove

        remove(self.store, names, progress, _index_builder(self.has_index()), wait, on_wait)
        self._forget()

    def _forget(self) -> None:
        """Drop what was read of the generation a change has replaced."""
        self.__dict__.pop("graph", None)
        self.__dict__.pop("searcher", None)

    def refresh(self) -> bool:
        """Drop the graph and search index read so far when another process has made a new generation of
        the store since (an ingest while `kg serve` runs), so what follows reads the live one; True if so."""
        if "graph" not in self.__dict__ or self.store.current == self._read_from:
            return False
        self._forget()
        return True

    # -- the graph ----------------------------------------------------------------------------
    @cached_property
    def graph(self) -> Graph:
        """The live graph, read-only; read again after this object ingests or removes (or :meth:`refresh`)."""
        self._read_from = self.store.current
        return self.store.graph()

    def sparql(self, query: str, bindings: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """Run a SELECT query (project prefixes predeclared, ``bindings`` of variables to IRIs); rows as
        dicts of plain values (see :func:`kg.sparql.select`)."""
        return select(self.graph, query, bindings)

    def stats(self) -> dict[str, int]:
        """How many sources, meetings, bodies, items, resolutions, papers, priorities, actions, people,
        organisations and triples the graph holds."""
        counts = {
            "sources": "?s a ckg:SourceFile", "meetings": "?s a besluit:Zitting",
            "bodies": "?s a besluit:Bestuursorgaan", "agenda_items": "?s a besluit:Agendapunt",
            "minute_items": "?s a besluit:BehandelingVanAgendapunt", "resolutions": "?s a besluit:Besluit",
            "papers": "?s a ckg:Paper", "priorities": "?s a ckg:Priority", "actions": "?s a ckg:Action",
            "people": "?s a foaf:Person", "organisations": "?s a org:Organization",
        }
        out = {name: int(self.sparql(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {pattern} }}")[0]["n"])
               for name, pattern in counts.items()}
        out["triples"] = len(self.graph)
        return out

    def records(self) -> dict[str, list[dict[str, Any]]]:
        """The records view: meetings, documents, people and organisations as JSON (see :mod:`kg.views.records`)."""
        return build_records(self.graph)

    def export(self, fmt: str) -> str:
        """Serialise the graph: ttl, nt, jsonld, records (JSON) or graphml; the same graph gives the same text."""
        if fmt == "records":
            return json.dumps(self.records(), indent=1, ensure_ascii=False)
        if fmt == "graphml":
            from kg.views.netx import graphml_text

            return graphml_text(self.to_networkx())
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; choose from ttl, nt, jsonld, records, graphml")
        # one read of the whole graph (a SPARQL endpoint store answers each lookup over the network);
        # a fresh Graph binds rdflib's own 'schema' to https://schema.org/, hence bind_prefixes
        memory = bind_prefixes(Graph())
        memory += self.graph
        return _in_stable_order(fmt, memory.serialize(format=EXPORT_FORMATS[fmt]))

    def validate(self) -> tuple[bool, str]:
        """Check the graph against the SHACL shapes; returns (conforms, report text)."""
        from pyshacl import validate

        memory = Graph()
        memory += self.graph
        conforms, _, text = validate(memory, shacl_graph=load_shapes(), inference="none", advanced=True)
        return bool(conforms), str(text)

    # -- questions ------------------------------------------------------------------------------
    def has_index(self) -> bool:
        """Whether the store has a search index to answer from (one ingested with --no-index has none)."""
        index_dir = self.store.index_dir()
        return index_dir is not None and index_dir.exists()

    @cached_property
    def searcher(self) -> Searcher:
        """The search index and what answering needs of the graph, loaded on first use (NoIndexError without one)."""
        from kg.answer.retrieve import Searcher

        if not self.has_index():
            raise NoIndexError(f"no search index in {self.store.location}; run `kg ingest` without --no-index")
        return Searcher(self.graph, self.store.index_dir())

    def ask(self, question: str, k: int = 5, rephrase: bool = False, config: AnswerConfig | None = None) -> Answer:
        """Answer ``question`` from the graph and the index: extractive, cited, or abstaining with a reason
        (``config``: the answer knobs, default :class:`kg.config.AnswerConfig`). With ``rephrase``, an
        answerable answer also gets ``rephrased``: the configured language model's rewording of it (see
        :mod:`kg.answer.rephrase`; raises RephraseError when that fails)."""
        answer = self.searcher.ask(question, k=k, config=config)
        if rephrase and answer.answerable:
            from kg.answer.rephrase import rephrase as reword

            answer.rephrased = reword(answer)
        return answer

    def trace(self, priority: str) -> dict[str, Any] | None:
        """Strategy -> priority -> actions -> updates -> meetings for the best-matching priority."""
        from kg.views.trace import trace_priority

        return trace_priority(self.graph, priority)

    def person(self, name: str) -> dict[str, Any] | None:
        """The person best matching ``name``: roles, presentations, attendance and leads with sources; None if none is close."""
        from kg.views.lookup import describe_person, find_person

        iri = find_person(self.graph, name)
        return describe_person(self.graph, iri) if iri else None

    def holders(self, post: str, year: int | None = None) -> list[dict[str, Any]]:
        """Who was printed as holding ``post`` (in ``year`` if given), earliest first, with sources."""
        from kg.views.lookup import role_holders

        return role_holders(self.graph, post, year)

    def organisation(self, name: str) -> dict[str, Any] | None:
        """The organisation best matching ``name`` or an acronym: names, people, mentions and partnerships; None if none is close."""
        from kg.views.lookup import describe_organisation, find_organisation

        iri = find_organisation(self.graph, name)
        return describe_organisation(self.graph, iri) if iri else None

    def to_networkx(self) -> nx.MultiDiGraph:
        """Typed nodes and labelled edges as a networkx MultiDiGraph (see :mod:`kg.views.netx`)."""
        from kg.views.netx import to_networkx

        return to_networkx(self.graph)
