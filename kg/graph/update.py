"""Apply a change of sources (packs added, replaced or removed) to a store as a new generation.

The new generation starts as a hard-linked backup of the live database. Each source's own facts
live in a named graph of their own (see :mod:`kg.graph.dataset`): only the graphs of the changed
sources are written, and those of other sources whose people, organisations or bodies resolve
differently now (their signature changed). Entities and links over all packs are derived again
from the database and only their differences written; plans are compared only in pairs with a
changed source. Every stored source keeps its parse (``parsed/``), so nothing is parsed twice.
The result equals :func:`kg.graph.build.build_graph` of all the packs at once.
"""
from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import PROV

import kg
from kg.graph import dataset, iris
from kg.graph.build import pack_graph
from kg.graph.entities_bridge import EntityIndex, PackMentions
from kg.graph.linking import (
    link_items_to_agenda_and_papers,
    link_minute_references,
    link_same_plans,
)
from kg.graph.store import Manifest, Store
from kg.ontology import BESLUIT, SPARQL_PREFIXES
from kg.sparql import select

Progress = Callable[[str], None]
_CODE_FOLDERS = ("loaders", "graph", "entities", "ontology")
_LINKING_FACTS = """CONSTRUCT { ?s ?p ?o } WHERE {
  { ?s ?p ?o . FILTER(?o IN (besluit:Zitting, ckg:Strategy)) }
  UNION { ?s a besluit:Zitting ; ?p ?o . FILTER(?p IN (besluit:isGehoudenDoor, dct:date, ckg:hasMinuteItem, besluit:behandelt)) }
  UNION { ?s ?p ?o . FILTER(?p IN (ckg:hasReference, ckg:targetNumber, ckg:targetDate, ckg:agendaItem, prov:generated,
                                   skos:inScheme)) }
  UNION { ?m ckg:hasMinuteItem|besluit:behandelt ?s . ?s ?p ?o . FILTER(?p IN (dct:identifier, dct:title)) }
  UNION { ?s a ckg:Strategy ; ?p ?o . FILTER(?p IN (dct:title, prov:wasDerivedFrom)) }
  UNION { ?s skos:inScheme ?plan ; skos:prefLabel ?o . BIND(skos:prefLabel AS ?p) }
}"""
_MEETINGS_OF_BODIES = "SELECT ?m ?b ?s WHERE { ?m besluit:isGehoudenDoor ?b ; prov:wasDerivedFrom ?s }"


def code_version() -> str:
    """A hash of the code and data that turn a file into triples: a store built by other code is
    rebuilt from its stored sources at the next change, never patched."""
    root = Path(kg.__file__).parent
    files = sorted(p for folder in _CODE_FOLDERS for p in (root / folder).rglob("*")
                   if p.is_file() and p.suffix in (".py", ".txt", ".tsv", ".ttl", ".json"))
    digest = hashlib.sha256()
    for path in [root / "model.py", *files]:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass
class Change:
    """What one writer changes: new or replaced sources (name -> manifest entry) and removed ones."""

    added: dict[str, dict[str, str]] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)


def apply_change(store: Store, change: Change, version: str, notify: Progress,
                 build_index: Callable | None = None) -> None:
    """Write ``change`` into a new generation of ``store`` and make it live (caller holds the lock).
    Every source in the resulting manifest must have its parse in ``parsed/`` for ``version``."""
    manifest = store.manifest()
    sources = {name: dict(entry) for name, entry in {**manifest.sources, **change.added}.items()
               if name not in change.removed}
    rebuild = store.current is None or manifest.version != version
    notify("resolving people and organisations")
    summaries = {name: store.parsed_mentions(entry["sha256"], version) for name, entry in sorted(sources.items())}
    entities = EntityIndex.from_mentions(list(summaries.values()))
    for name, entry in sources.items():
        entry["entities"] = entities.signature(summaries[name])
    if rebuild:
        build = set(sources)
    else:
        build = set(change.added) | {name for name, entry in sources.items()
                                     if manifest.sources.get(name, {}).get("entities") != entry["entities"]}
    touched = {iris.source_iri(name) for name in set(change.added) | change.removed}
    with store.new_generation() as generation:
        db = dataset.open_copy(None if rebuild else store.current / "graph", generation / "graph")
        try:
            write_sources(db, store, version, sources, summaries, entities, build,
                          dropped=set() if rebuild else (set(manifest.sources) & (build | change.removed)),
                          touched=None if rebuild else touched, notify=notify)
            db.flush()
            if build_index is not None and sources:
                notify("building search index")
                packs = [store.parsed_pack(entry["sha256"], version) for entry in sources.values()]
                build_index(dataset.union_graph(db), packs, generation / "index", store.cache_dir, notify,
                            store.index_dir())
        finally:   # closed (its threads stopped) before the generation is made live or removed
            del db
            gc.collect()   # rdflib graphs made over it hold it in reference cycles until collected
        Manifest(sources, version).write(generation / "manifest.json")


def write_sources(db: ox.Store, store: Store, version: str, sources: dict[str, dict[str, str]],
                  summaries: dict[str, PackMentions], entities: EntityIndex, build: set[str], dropped: set[str],
                  touched: set[URIRef] | None, notify: Progress) -> None:
    """Rewrite the graphs of ``build`` (after dropping those of ``dropped``), then the entities and links."""
    if touched is not None:
        dataset.retract(db, dataset.PLAN_LINKS, _plan_links_of(db, touched))
    for name in sorted(dropped):
        dataset.drop(db, dataset.source_graph(name))
    for name in sorted(build):
        notify(f"writing {name}")
        pack = store.parsed_pack(sources[name]["sha256"], version)
        entities.bind(pack, summaries[name])
        dataset.put(db, dataset.source_graph(name), dataset.triples_of(pack_graph(pack, entities)))
        db.flush()   # to disk pack by pack: the database's write buffers would otherwise grow with the store
    notify("writing people, organisations and links")
    dataset.replace(db, dataset.ENTITIES, _entity_triples(db, entities))
    view = _linking_view(db)
    dataset.replace(db, dataset.LINKS, _added_by(view, link_minute_references, link_items_to_agenda_and_papers))
    dataset.put(db, dataset.PLAN_LINKS, _added_by(view, lambda graph: link_same_plans(graph, touched)))


def _linking_view(db: ox.Store) -> Graph:
    """The few facts the links are derived from (meetings, items, references, agenda items, plans and
    their priorities), in memory: a small share of the graph, and far quicker to walk than the database."""
    view = Graph()
    view.parse(data=ox.serialize(db.query(SPARQL_PREFIXES + _LINKING_FACTS), format=ox.RdfFormat.N_TRIPLES),
               format="nt")
    return view


def _added_by(view: Graph, *derive: Callable[[Graph], None]) -> set[ox.Triple]:
    """What the ``derive`` functions add to ``view`` (which keeps them, for any later function)."""
    before = set(view)
    for function in derive:
        function(view)
    added = Graph()
    for triple in view:
        if triple not in before:
            added.add(triple)
    return dataset.triples_of(added)


def _entity_triples(db: ox.Store, entities: EntityIndex) -> set[ox.Triple]:
    """The resolved people, organisations and bodies; bodies cite the sources of their meetings,
    which are read from the database."""
    meetings = Graph()
    for row in select(dataset.union_graph(db), _MEETINGS_OF_BODIES):
        meetings.add((URIRef(row["m"]), BESLUIT.isGehoudenDoor, URIRef(row["b"])))
        meetings.add((URIRef(row["m"]), PROV.wasDerivedFrom, URIRef(row["s"])))
    seed = dataset.triples_of(meetings)
    entities.add_to_graph(meetings)
    return dataset.triples_of(meetings) - seed


def _plan_links_of(db: ox.Store, sources: set[URIRef]) -> list[ox.Triple]:
    """Same-plan links with a plan or priority from one of ``sources`` at either end."""
    graphs = [ox.NamedNode(str(source)) for source in sources]

    def from_sources(node: object) -> bool:
        return any(next(db.quads_for_pattern(node, None, None, graph), None) is not None for graph in graphs)

    return [t for t in dataset.graph_triples(db, dataset.PLAN_LINKS) if from_sources(t.subject) or from_sources(t.object)]
