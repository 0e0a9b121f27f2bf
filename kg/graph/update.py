"""Apply a change of sources (packs added, replaced or removed) to a store as a new generation.

The new generation starts as a hard-linked backup of the live database. Each source's own facts
live in a named graph of their own (see :mod:`kg.graph.dataset`): only the graphs of the changed
sources are written, and those of other sources whose people, organisations or bodies resolve
differently now (their signature changed). People and organisations are resolved again over all
packs, over each one's printings (every name once per way it is printed, see :mod:`kg.entities.people`),
and only the shared facts that differ from the live generation's (kept beside it, see
:mod:`kg.graph.derived_state`) written; links are derived again only around the touched sources'
meetings, and plan versions only for the touched sources' plans against the plans kept in that state.
Every stored source keeps its parse (``parsed/``), so nothing is parsed twice.
The result equals :func:`kg.graph.build.build_graph` of all the packs at once.
"""
from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

import kg
from kg.errors import InputError
from kg.graph import dataset, iris, link_scope
from kg.graph.build import pack_graph
from kg.graph.derived_state import DerivedState
from kg.graph.entities_bridge import EntityIndex, PackEntities
from kg.graph.linking import (
    add_plan_links,
    link_items_to_agenda_and_papers,
    link_minute_references,
    plans_in_store,
)
from kg.graph.plan_versions import Plan, chain_links, group_versions, relink
from kg.graph.store import Manifest, Store
from kg.ontology import SPARQL_PREFIXES
from kg.parsing import parse_in_workers

Progress = Callable[[str], None]
_CODE_FOLDERS = ("loaders", "graph", "entities", "ontology")
CHUNK = 16   # sources written by one worker and one bulk load: about 30 MB of N-Quads
_LINKING_FACTS = """CONSTRUCT { ?s ?p ?o } WHERE {
  { ?s ?p ?o . FILTER(?o = besluit:Zitting) }
  UNION { ?s a besluit:Zitting ; ?p ?o . FILTER(?p IN (besluit:isGehoudenDoor, dct:date, ckg:hasMinuteItem, besluit:behandelt)) }
  UNION { ?s ?p ?o . FILTER(?p IN (ckg:hasReference, ckg:targetNumber, ckg:targetDate, ckg:agendaItem, prov:generated)) }
  UNION { ?m ckg:hasMinuteItem|besluit:behandelt ?s . ?s ?p ?o . FILTER(?p IN (dct:identifier, dct:title)) }
}"""


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


class LiveState:
    """The live generation's :class:`DerivedState`, read once when first asked for (None when there is none to
    trust): an ingest asks while its workers parse the new files, so the reading overlaps their parsing."""

    def __init__(self, store: Store, version: str) -> None:
        self.store, self.version = store, version
        self._read = False
        self._state: DerivedState | None = None

    def read(self) -> DerivedState | None:
        if not self._read:
            if self.store.current is not None and self.store.manifest().version == self.version:
                with _resolving():   # many small objects: the cycle collector would walk them again and again
                    self._state = DerivedState.read(self.store.current, self.version)
            self._read = True
        return self._state


def apply_change(store: Store, change: Change, version: str, notify: Progress,
                 build_index: Callable | None = None, workers: int = 1, live: LiveState | None = None) -> None:
    """Write ``change`` into a new generation of ``store`` and make it live (caller holds the lock).
    Every source in the resulting manifest must have its parse in ``parsed/`` for ``version``;
    ``workers`` processes turn sources into triples at once; ``live``: the live state, if read already."""
    manifest = store.manifest()
    sources = {name: dict(entry) for name, entry in {**manifest.sources, **change.added}.items()
               if name not in change.removed}
    notify("resolving people and organisations")
    before = (live or LiveState(store, version)).read()
    with _resolving():
        # every source's printings: kept in the live generation's state, else (or for a new file) read from its parse
        kept = before.entities if before is not None else {}
        packs = {name: kept[name][1] if kept.get(name, ("",))[0] == entry["sha256"] else
                 store.parsed_entities(entry["sha256"], version) for name, entry in sorted(sources.items())}
        entities = EntityIndex(list(packs.values()))
        for name, entry in sources.items():
            entry["entities"] = entities.signature(packs[name])
    try:
        _write_generation(store, manifest, change, version, notify, build_index, workers, sources, entities,
                          before, {name: (sources[name]["sha256"], pack) for name, pack in packs.items()})
    finally:
        gc.unfreeze()


@contextmanager
def _resolving() -> Iterator[None]:
    """Reading every pack's mentions and resolving them makes hundreds of thousands of objects and frees
    none: the cycle collector, run meanwhile, walks them again and again (half the time at 100 packs).
    What they made is then set aside from its later runs (until the caller's ``gc.unfreeze``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _write_generation(store: Store, manifest: Manifest, change: Change, version: str, notify: Progress,
                      build_index: Callable | None, workers: int, sources: dict[str, dict[str, str]],
                      entities: EntityIndex, before: DerivedState | None,
                      packs: dict[str, tuple[str, PackEntities]]) -> None:
    """Write the sources' graphs, entities and links into a new generation and make it live (``before``: the
    live generation's state; ``packs``: each source's sha256 and entities)."""
    rebuild = store.current is None or manifest.version != version
    if rebuild:
        build = set(sources)
    else:
        build = set(change.added) | {name for name, entry in sources.items()
                                     if manifest.sources.get(name, {}).get("entities") != entry["entities"]}
    # sources whose facts change: their links are derived again (a rebuilt source's meetings may now
    # belong to another council, so carry other IRIs)
    touched = {iris.source_iri(name) for name in build | change.removed}
    with store.new_generation() as generation:
        db = dataset.open_copy(None if rebuild else store.current / "graph", generation / "graph")
        try:
            state = write_sources(db, store, version, sources, entities, build,
                                  dropped=set() if rebuild else (set(manifest.sources) & (build | change.removed)),
                                  touched=None if rebuild else touched, notify=notify, workers=workers, state=before)
            db.flush()
            state.entities = packs
            if before is None:
                state.write(generation)
            else:   # what other sources keep is linked from the live generation
                state.write(generation, store.current, build | change.removed,
                            facts_changed=state.entity_facts != before.entity_facts)
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
                  entities: EntityIndex, build: set[str], dropped: set[str],
                  touched: set[URIRef] | None, notify: Progress, workers: int = 1,
                  state: DerivedState | None = None) -> DerivedState:
    """Rewrite the graphs of ``build`` (after dropping those of ``dropped``), then the entities and links;
    ``state``: what the live generation derived (None: derive all from the database). Returns what this one did."""
    before = _LinksBefore.read(db, touched) if touched is not None else None
    for name in sorted(dropped):
        dataset.drop(db, dataset.source_graph(name))

    def quads(chunk: tuple[str, ...]) -> bytes:
        """The graphs of the sources ``chunk`` as N-Quads (in a worker, which has the resolved entities as forked)."""
        return b"".join(dataset.source_quads(name, pack_graph(store.parsed_pack(sources[name]["sha256"], version),
                                                                 entities).serialize(format="nt", encoding="utf-8"))
                        for name in chunk)

    chunks = _chunks(sorted(build), workers)
    results = parse_in_workers(chunks, quads, workers) if workers > 1 and len(chunks) > 1 else \
        ((index, quads(chunk)) for index, chunk in enumerate(chunks))
    for index, result in results:
        if isinstance(result, InputError):
            raise InputError(", ".join(chunks[index]), result.reason)
        for name in chunks[index]:
            notify(f"writing {name}")
        dataset.load(db, result)
    notify("writing people, organisations and links")
    entity_facts = _entity_facts(entities)
    _write_entities(db, entity_facts, None if state is None else state.entity_facts)
    printed = link_scope.PrintedNumbers.read(db) if touched is None or state is None else \
        state.numbers.updated(db, set(map(str, touched)))
    if before is None:
        view = _linking_view(db)
        dataset.replace(db, dataset.LINKS, _added_by(view, link_minute_references, link_items_to_agenda_and_papers))
    else:
        _update_links(db, before, touched, printed)
    plans, plan_groups = _write_plan_links(db, touched, state)
    return DerivedState(version, plans, plan_groups, entity_facts, printed)


def _chunks(names: list[str], workers: int) -> list[tuple[str, ...]]:
    """``names`` in runs of at most :data:`CHUNK` (fewer when that keeps ``workers`` busy): one process and one
    bulk load a run rather than one a source (a fork of the resolving process, and the files of a load, cost
    more than a source's triples)."""
    size = max(1, min(CHUNK, -(-len(names) // max(1, workers))))
    return [tuple(names[start:start + size]) for start in range(0, len(names), size)]


@dataclass
class _LinksBefore:
    """What the touched sources held before the change, for the links it can alter (see :mod:`kg.graph.link_scope`)."""

    meetings: set[str]
    numbered: list[link_scope.NumberedMeeting]
    nodes: set[str]

    @classmethod
    def read(cls, db: ox.Store, touched: set[URIRef]) -> _LinksBefore:
        meetings = link_scope.meetings_from(db, map(str, touched))
        return cls(meetings, link_scope.numbered_meetings(db, meetings), link_scope.nodes_from(db, map(str, touched)))


def _update_links(db: ox.Store, before: _LinksBefore, touched: set[URIRef], printed: link_scope.PrintedNumbers) -> None:
    """Derive again only the links the change can alter, and write their differences."""
    scope = link_scope.scope(db, before.meetings | link_scope.meetings_from(db, map(str, touched)), before.numbered,
                             printed)
    derived = _added_by(scope.view, link_minute_references, link_items_to_agenda_and_papers)
    decided = scope.subjects | before.nodes
    stored = dataset.graph_triples(db, dataset.LINKS, subjects=decided)
    dataset.retract(db, dataset.LINKS, stored - derived)
    dataset.put(db, dataset.LINKS, derived - stored)


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


def _entity_facts(entities: EntityIndex) -> frozenset[ox.Triple]:
    """The people, roles and organisations as resolved across all sources (each source's graph holds
    what it says of them)."""
    return frozenset(map(dataset.ox_triple, entities.shared_facts()))


def _write_entities(db: ox.Store, facts: frozenset[ox.Triple], stored: frozenset[ox.Triple] | None) -> None:
    """Make the shared entity graph hold ``facts``: only their differences from ``stored`` (what the live
    generation wrote) are written, or, without those, from what the database holds."""
    if stored is None:
        dataset.replace(db, dataset.ENTITIES, set(facts))
        return
    dataset.retract(db, dataset.ENTITIES, stored - facts)
    dataset.put(db, dataset.ENTITIES, facts - stored)


def _write_plan_links(db: ox.Store, touched: set[URIRef] | None,
                      state: DerivedState | None) -> tuple[dict[str, Plan], list[frozenset[str]]]:
    """Link again only the versions of plans that ``touched`` sources added or took away, against the plans
    and version groups kept in ``state``; without one (or with ``touched`` None: every source) all plans are
    linked from the database. Returns the plans and the groups of versions now held."""
    if touched is None or state is None:
        plans = plans_in_store(db)
        groups = [group for group in group_versions(plans.values()) if len(group) > 1]
        links = {link for group in groups for link in chain_links(group)}
        dataset.replace(db, dataset.PLAN_LINKS, _plan_link_triples(links))
        return plans, [frozenset(plan.iri for plan in group) for group in groups]
    changed = set(map(str, touched))
    plans = {iri: plan for iri, plan in state.plans.items() if plan.source not in changed}
    plans.update(plans_in_store(db, changed))
    withdrawn, added, groups = relink(plans, state.plans, state.plan_groups, changed)
    dataset.retract(db, dataset.PLAN_LINKS, _plan_link_triples(withdrawn - added))
    dataset.put(db, dataset.PLAN_LINKS, _plan_link_triples(added - withdrawn))
    return plans, groups


def _plan_link_triples(links: set[tuple[str, str, str]]) -> set[ox.Triple]:
    graph = Graph()
    add_plan_links(graph, links)
    return dataset.triples_of(graph)
