"""A generation's graph database: one named graph per source and per kind of cross-pack fact, and
the default graph (what every reader queries) kept as their union.

Changing one source's facts touches only its own graph and the union; a triple asserted by two
graphs (a meeting held in one pack's agenda and the next pack's minutes) stays in the union until
the last graph asserting it is gone. A new generation starts as a hard-linked backup of the live
database, so making it costs little whatever the size of the store.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.graph import iris
from kg.ontology import ID, bind_prefixes

ENTITIES = ox.NamedNode(str(ID["graph/entities"]))        # people, organisations, bodies, roles
LINKS = ox.NamedNode(str(ID["graph/links"]))              # minute references, minutes -> agenda and papers
PLAN_LINKS = ox.NamedNode(str(ID["graph/plan-links"]))    # the same plan in several packs
_DEFAULT = ox.DefaultGraph()


def source_graph(name: str) -> ox.NamedNode:
    """The named graph holding the facts read from source file ``name``."""
    return ox.NamedNode(str(iris.source_iri(name)))


def open_copy(live: Path | None, target: Path) -> ox.Store:
    """A writable database at ``target``: a backup of ``live`` (hard links), or empty."""
    if live is not None:
        ox.Store.read_only(str(live)).backup(str(target))
    return ox.Store(str(target))


def triples_of(graph: Graph) -> set[ox.Triple]:
    """An rdflib graph's triples as Oxigraph terms (through N-Triples, exactly as bulk loading reads them)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return {quad.triple for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}


def ox_triple(triple: tuple[Node, Node, Node]) -> ox.Triple:
    """An rdflib triple of IRIs and literals as an Oxigraph triple, made directly (no N-Triples between)."""
    return ox.Triple(*map(_ox_term, triple))


def _ox_term(term: Node) -> ox.NamedNode | ox.Literal:
    if not isinstance(term, Literal):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term))


def graph_triples(db: ox.Store, name: ox.NamedNode, subjects: Iterable[str] | None = None) -> set[ox.Triple]:
    """The triples of graph ``name``; only those about ``subjects`` (IRIs: the graph has no blank nodes) when
    given, looked up one by one rather than read all."""
    if subjects is None:
        return {quad.triple for quad in db.quads_for_pattern(None, None, None, name)}
    return {quad.triple for subject in subjects for quad in db.quads_for_pattern(ox.NamedNode(subject), None, None, name)}


def put(db: ox.Store, name: ox.NamedNode, triples: Iterable[ox.Triple]) -> None:
    """Assert ``triples`` in graph ``name`` and in the union."""
    db.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in triples for g in (name, _DEFAULT))


def source_quads(name: str, triples: bytes) -> bytes:
    """The N-Triples ``triples`` of source ``name`` as N-Quads asserting each in the source's graph and in the
    union, for :func:`load`. Every line of N-Triples as rdflib writes them ends in " .\\n" (a line break inside a
    literal is escaped), so that ending marks where the graph's name goes."""
    return triples.replace(b" .\n", f" <{source_graph(name).value}> .\n".encode()) + triples


def load(db: ox.Store, quads: bytes) -> None:
    """Assert the N-Quads ``quads`` (see :func:`source_quads`; several sources' at once), bulk-loaded: written
    straight to new files of the database, not through its transaction and write buffers (a generation is not
    live until complete, so a load cut short is never seen). For a source's whole graph this costs about a third
    of the CPU of :func:`put` with its flush, and no triple becomes a Python object; each call writes files of its
    own, so one call for many sources costs about half as much CPU as a call per source and graph."""
    db.bulk_load(quads, format=ox.RdfFormat.N_QUADS)


def retract(db: ox.Store, name: ox.NamedNode, triples: Iterable[ox.Triple]) -> None:
    """Withdraw ``triples`` from graph ``name``, and from the union those no other graph asserts."""
    for t in triples:
        db.remove(ox.Quad(t.subject, t.predicate, t.object, name))
        if not any(quad.graph_name != _DEFAULT for quad in db.quads_for_pattern(t.subject, t.predicate, t.object)):
            db.remove(ox.Quad(t.subject, t.predicate, t.object, _DEFAULT))


def replace(db: ox.Store, name: ox.NamedNode, triples: set[ox.Triple]) -> None:
    """Make graph ``name`` hold exactly ``triples``, touching only what differs."""
    old = graph_triples(db, name)
    retract(db, name, old - triples)
    put(db, name, triples - old)


def drop(db: ox.Store, name: ox.NamedNode) -> None:
    retract(db, name, graph_triples(db, name))
    if db.contains_named_graph(name):
        db.remove_graph(name)


def union_graph(db: ox.Store) -> Graph:
    """The union (default graph) of ``db`` as an rdflib graph, read and written in place."""
    return bind_prefixes(Graph(store=OxigraphStore(store=db), identifier=DATASET_DEFAULT_GRAPH_ID))
