"""A store whose graph lives at a SPARQL 1.1 endpoint (query, update, graph store protocol), so several
users and machines can share it: ``--store http://host:7878`` (see :mod:`kg.graph.endpoint`).

At the endpoint, the graphs are laid out as in a store folder (:mod:`kg.graph.dataset`): a named graph
per source and per kind of cross-pack fact, and the default graph holding their union, which is what
readers query (run the server without a union-default-graph option). Besides them:

- ``<id/graph/store>``: the manifest (JSON) and the id of the live state, and the writer locks
  (:mod:`kg.graph.endpoint_lock`), so any machine sees what is ingested and who is writing;
- ``<id/graph/content>``: each ingested file's bytes, so any machine can read and parse the sources;
- ``<id/graph/staging/...>``: a writer's change while it is uploaded; no reader looks there.

A local companion folder (``$KG_CACHE/<hash of the URL>``, else ``~/.cache/council-kg/<hash>``) is a
store folder (:class:`kg.graph.store.Store`) that mirrors the endpoint: a writer refreshes it from the
endpoint when another machine has written since, applies the change there as usual, and publishes the
difference. It also keeps this machine's copies of the sources, their parses and the search index
(built here at ingest; valid while the endpoint's live state is the one it was built from).

A change is published in two steps: every changed graph's added and removed triples are uploaded
into staging graphs, then one SPARQL Update request moves them into place, replaces the manifest
and drops the staging graphs. Oxigraph runs one update request as one transaction, so readers see
the old state or the new one, never a mix; each part of that request is conditional on the writer
still holding its lock, so a writer whose lease ran out changes nothing. A killed writer's staging
graphs are dropped by the next writer.

Limits: a graph whose triples contain blank nodes could not be moved through staging (the project's
graphs have none); the atomic switch relies on the server running one update request as one
transaction (Oxigraph does; check yours).
"""
from __future__ import annotations

import base64
import gc
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.errors import EndpointError
from kg.graph import dataset
from kg.graph.endpoint import SparqlEndpoint
from kg.graph.endpoint_lock import STORE_GRAPH, EndpointLock
from kg.graph.store import Manifest, Store
from kg.ontology import ID, bind_prefixes

CONTENT_GRAPH = ID["graph/content"]
STAGING = str(ID["graph/staging/"])
STATE = ID["store/state"]
LIVE = ID["store/live"]
MANIFEST = ID["store/manifest"]
BYTES = ID["store/bytes"]
_BASE64 = ox.NamedNode("http://www.w3.org/2001/XMLSchema#base64Binary")
MIRRORED = "endpoint-state"    # a mirror generation's file: the id of the endpoint state it mirrors


def companion_folder(url: str) -> Path:
    """This machine's folder for the store at ``url``."""
    base = os.environ.get("KG_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "council-kg"
    return Path(base) / hashlib.sha256(url.encode()).hexdigest()[:16]


def content_node(sha256: str) -> ox.NamedNode:
    return ox.NamedNode(str(ID[f"content/{sha256}"]))


@dataclass
class Delta:
    """What changes in one graph (``graph`` None: the default graph)."""

    graph: str | None
    added: set[ox.Triple]
    removed: set[ox.Triple]


class EndpointStore(Store):
    """The store at a SPARQL endpoint, with this machine's companion folder as ``root``."""

    def __init__(self, url: str, companion: str | Path | None = None) -> None:
        self.url = url.rstrip("/")
        self.endpoint = SparqlEndpoint(self.url)
        self._lock: EndpointLock | None = None
        super().__init__(companion if companion is not None else companion_folder(self.url))

    @property
    def location(self) -> str:
        return self.url

    # -- reading ------------------------------------------------------------------------------
    def live_state(self) -> tuple[str | None, Manifest]:
        """The id of the endpoint's live state (None when nothing was ever ingested) and its manifest.
        Refuses a server whose default graph is the union of all graphs: readers would see every fact
        twice, and the store's own records among them."""
        rows = self.endpoint.select(f"SELECT ?live ?manifest ?union WHERE {{ GRAPH <{STORE_GRAPH}> "
                                    f"{{ <{STATE}> <{LIVE}> ?live ; <{MANIFEST}> ?manifest }} "
                                    f"OPTIONAL {{ <{STATE}> <{LIVE}> ?union }} }}")
        if not rows:
            return None, Manifest()
        if "union" in rows[0]:
            raise EndpointError(self.url, "its default graph is the union of all graphs; serve it without that "
                                          "option (oxigraph serve: no --union-default-graph)")
        return rows[0]["live"]["value"], Manifest(**json.loads(rows[0]["manifest"]["value"]))

    def exists(self) -> bool:
        return self.live_state()[0] is not None

    def manifest(self) -> Manifest:
        return self.live_state()[1]

    def graph(self) -> Graph:
        """The endpoint's default graph as an rdflib Graph: every query and lookup is sent to the server."""
        store = SPARQLStore(query_endpoint=self.endpoint.query_url, returnFormat="json", method="POST",
                            context_aware=False)   # else each query names rdflib's own default graph
        return bind_prefixes(Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID))

    def sparql_target(self) -> str | None:
        return self.endpoint.query_url if self.exists() else None

    def index_dir(self) -> Path | None:
        """The search index built on this machine, if it was built from the endpoint's live state."""
        current = self.current
        if current is None or _mirrored(current) != self.live_state()[0]:
            return None
        return current / "index"

    def source_path(self, name: str) -> Path:
        """This machine's copy of source ``name``, fetched from the endpoint the first time."""
        entry = self.manifest().sources[name]
        path = self.root / "sources" / entry["stored"]
        if not path.exists():
            rows = self.endpoint.select(f"SELECT ?bytes WHERE {{ GRAPH <{CONTENT_GRAPH}> "
                                        f"{{ {content_node(entry['sha256'])} <{BYTES}> ?bytes }} }}")
            if not rows:
                raise EndpointError(self.url, f"holds no content for source {name}")
            self.keep_source(name, base64.b64decode(rows[0]["bytes"]["value"]), entry["sha256"])
        return path

    # -- writing ------------------------------------------------------------------------------
    @contextmanager
    def writer(self, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold this machine's lock on the companion folder and the endpoint's writer lock; then drop a
        killed writer's staging graphs and bring the mirror up to the endpoint's live state."""
        with super().writer(wait, on_wait):
            self._lock = EndpointLock(self.endpoint)
            try:
                with self._lock.held(wait, on_wait, self.location):
                    self._drop_staging()
                    self._refresh_mirror()
                    yield
            finally:
                self._lock = None

    def publish(self, generation: Path) -> None:
        """Write the difference between the mirror's live generation and ``generation`` to the endpoint."""
        if self._lock is None:
            raise RuntimeError("publishing to an endpoint needs its writer lock (Store.writer)")
        previous = self.current
        old = Manifest.read(previous / "manifest.json") if previous else Manifest()
        new = Manifest.read(generation / "manifest.json")
        old_db = ox.Store.read_only(str(previous / "graph")) if previous else None
        new_db = ox.Store.read_only(str(generation / "graph"))
        try:
            deltas = graph_deltas(old_db, new_db, graphs_to_compare(old, new, old_db, new_db))
        finally:
            del old_db, new_db
            gc.collect()
        content, gone = self._content_change(old, new)
        if content.added:
            deltas.append(content)
        live = self.live_state()[0]
        if not deltas and not gone and (old.sources, old.version) == (new.sources, new.version) and live:
            (generation / MIRRORED).write_text(live)
            return
        state = uuid.uuid4().hex
        try:
            self.endpoint.update(self._switch(self._stage(deltas), gone, new, state))
        except EndpointError:
            with suppress(EndpointError):   # else the next writer drops them
                self._drop_staging()
            raise
        if self.live_state()[0] != state:
            self._drop_staging()
            raise EndpointError(self.url, "the writer lock ran out before the change was written; nothing was changed")
        (generation / MIRRORED).write_text(state)

    def _content_change(self, old: Manifest, new: Manifest) -> tuple[Delta, set[str]]:
        """The bytes of sources new to the endpoint, and the hashes of those no source uses any more."""
        old_hashes = {entry["sha256"] for entry in old.sources.values()}
        fresh = {entry["sha256"]: entry for entry in new.sources.values() if entry["sha256"] not in old_hashes}
        triples = {ox.Triple(content_node(sha), ox.NamedNode(str(BYTES)),
                             ox.Literal(base64.b64encode((self.root / "sources" / entry["stored"]).read_bytes()).decode(),
                                        datatype=_BASE64))
                   for sha, entry in fresh.items()}
        gone = old_hashes - {entry["sha256"] for entry in new.sources.values()}
        return Delta(str(CONTENT_GRAPH), triples, set()), gone

    def _stage(self, deltas: list[Delta]) -> list[tuple[Delta, str | None, str | None]]:
        """Upload each delta's triples into staging graphs of this writer; (delta, added, removed graph)."""
        prefix = f"{STAGING}{str(self._lock.node).rsplit('/', 1)[-1]}/"
        staged = []
        for number, delta in enumerate(deltas):
            names = []
            for kind, triples in (("add", delta.added), ("remove", delta.removed)):
                name = f"{prefix}{number}/{kind}" if triples else None
                if name:
                    self.endpoint.add_triples(name, triples)
                names.append(name)
            staged.append((delta, *names))
        return staged

    def _switch(self, staged: list[tuple[Delta, str | None, str | None]], gone: set[str], manifest: Manifest,
                state: str) -> str:
        """The one update request that makes the staged change live, if this writer still holds the lock."""
        held = self._lock.condition
        ops = []
        for delta, added, removed in staged:
            target = f"GRAPH <{delta.graph}> {{ ?s ?p ?o }}" if delta.graph else "?s ?p ?o"
            if removed:
                ops.append(f"DELETE {{ {target} }} WHERE {{ {held} GRAPH <{removed}> {{ ?s ?p ?o }} }}")
            if added:
                ops.append(f"INSERT {{ {target} }} WHERE {{ {held} GRAPH <{added}> {{ ?s ?p ?o }} }}")
        if gone:
            nodes = " ".join(str(content_node(sha)) for sha in sorted(gone))
            ops.append(f"DELETE {{ GRAPH <{CONTENT_GRAPH}> {{ ?c ?p ?o }} }} "
                       f"WHERE {{ {held} VALUES ?c {{ {nodes} }} GRAPH <{CONTENT_GRAPH}> {{ ?c ?p ?o }} }}")
        text = json.dumps({"sources": manifest.sources, "version": manifest.version}, sort_keys=True)
        ops.append(f"DELETE {{ GRAPH <{STORE_GRAPH}> {{ <{STATE}> ?p ?o }} }} "
                   f"WHERE {{ {held} GRAPH <{STORE_GRAPH}> {{ <{STATE}> ?p ?o }} }}")
        ops.append(f"INSERT {{ GRAPH <{STORE_GRAPH}> {{ <{STATE}> <{LIVE}> {ox.Literal(state)} ; "
                   f"<{MANIFEST}> {ox.Literal(text)} }} }} WHERE {{ {held} }}")
        ops += [f"DROP SILENT GRAPH <{name}>" for _, *names in staged for name in names if name]
        return " ;\n".join(ops)

    def _drop_staging(self) -> None:
        names = [name for name in self.endpoint.named_graphs() if name.startswith(STAGING)]
        if names:
            self.endpoint.update(" ;\n".join(f"DROP SILENT GRAPH <{name}>" for name in names))

    def _refresh_mirror(self) -> None:
        """Make the companion folder's live generation a copy of the endpoint's graphs, unless it is one."""
        live, manifest = self.live_state()
        current = self.current
        if current is not None and _mirrored(current) == live:
            return
        if live is None:   # nothing at the endpoint (never written, or emptied by hand): nothing here
            (self.root / "CURRENT").unlink(missing_ok=True)
            self.remove_abandoned()
            return
        generation = self.root / f"gen-{uuid.uuid4().hex[:12]}"
        generation.mkdir(parents=True)
        try:
            db = ox.Store(str(generation / "graph"))
            for name in self.endpoint.named_graphs():
                if name not in (str(STORE_GRAPH), str(CONTENT_GRAPH)) and not name.startswith(STAGING):
                    node = ox.NamedNode(name)
                    db.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, node) for t in self.endpoint.graph_triples(name))
            db.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                           for t in self.endpoint.graph_triples(None))
            db.flush()
            del db
            gc.collect()
            manifest.write(generation / "manifest.json")
            (generation / MIRRORED).write_text(live)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        self.make_live(generation)


def _mirrored(generation: Path) -> str | None:
    marker = generation / MIRRORED
    return marker.read_text() if marker.exists() else None


def graphs_to_compare(old: Manifest, new: Manifest, old_db: ox.Store | None, new_db: ox.Store) -> set[str]:
    """The named graphs a change may have touched: every cross-pack graph, and the graphs of the sources
    whose manifest entry changed (a source's graph is made from its file, the code version and the
    signature of its entity resolution, which the entry records); all of them after a code change."""
    names = {node.value for db in (old_db, new_db) if db is not None for node in db.named_graphs()}
    if old.version != new.version:
        return names
    every_source = old.sources.keys() | new.sources.keys()
    changed = {dataset.source_graph(name).value for name in every_source
               if old.sources.get(name) != new.sources.get(name)}
    sources = {dataset.source_graph(name).value for name in every_source}
    return (names - sources) | changed


def graph_deltas(old_db: ox.Store | None, new_db: ox.Store, graphs: set[str]) -> list[Delta]:
    """What differs in each of ``graphs``, and in the default graph (the union) for the triples that did."""
    deltas, touched = [], set()
    for name in sorted(graphs):
        node = ox.NamedNode(name)
        before = dataset.graph_triples(old_db, node) if old_db is not None else set()
        after = dataset.graph_triples(new_db, node)
        if before != after:
            deltas.append(Delta(name, after - before, before - after))
            touched |= before ^ after

    def in_union(db: ox.Store | None, triple: ox.Triple) -> bool:
        return db is not None and next(db.quads_for_pattern(triple.subject, triple.predicate, triple.object,
                                                            ox.DefaultGraph()), None) is not None

    added = {t for t in touched if in_union(new_db, t) and not in_union(old_db, t)}
    removed = {t for t in touched if in_union(old_db, t) and not in_union(new_db, t)}
    if added or removed:
        deltas.append(Delta(None, added, removed))
    return deltas
