"""The on-disk store: an embedded Oxigraph graph, the search index and the ingested sources.

Layout of a store folder (default ``./kg-data`` or ``$KG_STORE``)::

    CURRENT              name of the live generation (replaced atomically)
    gen-<id>/graph/      Oxigraph database (queried through rdflib via oxrdflib; see kg.graph.dataset)
    gen-<id>/index/      search index files
    gen-<id>/manifest.json   ingested sources: file name -> sha256
    sources/<sha256><ext>    copies of the ingested files, so the graph can be rebuilt
    parsed/<sha256>-<version>.{pack,entities}.pickle   each file as parsed by that version of the code
    cache/               embedding cache shared by generations (content-addressed)

Every ingest writes a complete new generation (a hard-linked backup of the live database with the
changes applied) and then swaps ``CURRENT`` with ``os.replace``;
a failure at any point leaves the previous generation, and so the store, exactly as it was.
Writers take ``.writer.lock`` (one at a time, see :meth:`Store.writer`); readers never do, and see
whichever generation ``CURRENT`` names when they open it.
"""
from __future__ import annotations

import fcntl
import gc
import json
import os
import pickle
import shutil
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import StoreBusyError, StoreDamagedError
from kg.ontology import bind_prefixes

if TYPE_CHECKING:   # only named in signatures: reading the store must not load the entity resolver
    from kg.graph.entities_bridge import PackEntities
    from kg.model import ParsedPack

DEFAULT_STORE = "kg-data"


def default_store_path() -> Path:
    return Path(os.environ.get("KG_STORE", DEFAULT_STORE))


def is_endpoint(location: str) -> bool:
    """Whether a ``--store`` value names a SPARQL endpoint (an http or https URL) rather than a folder."""
    return location.startswith(("http://", "https://"))


def open_store(location: str | Path | None = None) -> Store:
    """The store at ``location`` (default ``$KG_STORE`` or ``./kg-data``): a folder, or the URL of a
    SPARQL endpoint (see :mod:`kg.graph.endpoint_store`)."""
    location = str(location) if location is not None else os.environ.get("KG_STORE", DEFAULT_STORE)
    if is_endpoint(location):
        from kg.graph.endpoint_store import EndpointStore  # it builds on this module

        return EndpointStore(location)
    return Store(location)


@dataclass
class Manifest:
    """What a generation holds: source file name -> sha256, stored file name and the signature of
    what its facts took from entity resolution; and the version of the code that built it."""

    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    version: str = ""

    @classmethod
    def read(cls, path: Path) -> Manifest:
        return cls(**json.loads(path.read_text())) if path.exists() else cls()

    def write(self, path: Path) -> None:
        _write_atomic(path, json.dumps({"sources": self.sources, "version": self.version}, indent=1, sort_keys=True))


class Store:
    """A store folder; read the live generation, or write a new one with :meth:`new_generation`."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_store_path()

    @property
    def location(self) -> str:
        """Where the store is, as the user named it (messages say this)."""
        return str(self.root)

    # -- reading ------------------------------------------------------------------------------
    @property
    def current(self) -> Path | None:
        """The live generation; None for a new store. A damaged ``CURRENT`` raises rather than reading as "no
        generation", which would let the next ingest delete every generation as abandoned."""
        pointer = self.root / "CURRENT"
        if not pointer.exists():
            return None
        try:
            name = pointer.read_bytes().decode("utf-8").strip()
        except UnicodeDecodeError:
            raise StoreDamagedError(self.root, "is not text") from None
        if not name.startswith("gen-") or "/" in name or "\\" in name:
            raise StoreDamagedError(self.root, f"names no generation ({name[:40]!r})")
        generation = self.root / name
        if not generation.is_dir():
            raise StoreDamagedError(self.root, f"names {name}, which is not there")
        return generation

    def exists(self) -> bool:
        return self.current is not None

    def manifest(self) -> Manifest:
        return Manifest.read(self.current / "manifest.json") if self.current else Manifest()

    def graph(self) -> Graph:
        """The live graph as an rdflib Graph (read-only Oxigraph underneath); empty if none."""
        ox_store = ox.Store.read_only(str(self.current / "graph")) if self.current else ox.Store()
        graph = Graph(store=OxigraphStore(store=ox_store), identifier=DATASET_DEFAULT_GRAPH_ID)
        return bind_prefixes(graph)

    def sparql_target(self) -> str | None:
        """What the guarded query process opens (see :mod:`kg.graph.sparql_worker`): the live database folder."""
        return str(self.current / "graph") if self.current else None

    def index_dir(self) -> Path | None:
        return self.current / "index" if self.current else None

    def source_path(self, name: str) -> Path:
        entry = self.manifest().sources[name]
        return self.root / "sources" / entry["stored"]

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    # -- parsed packs, kept so that no later ingest parses a stored source again ---------------
    def keep_parsed(self, pack: ParsedPack, entities: PackEntities, version: str) -> None:
        """Keep ``pack`` and what resolving its entities needs as parsed by code ``version`` (content-addressed, pickled)."""
        for kind, value in (("pack", pack), ("entities", entities)):
            target = self._parsed_path(pack.source.sha256, version, kind)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = _temporary(target)
            tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, target)

    def has_parsed(self, sha256: str, version: str) -> bool:
        """Whether the file ``sha256`` has its parse by code ``version`` (without reading it)."""
        return all(self._parsed_path(sha256, version, kind).exists() for kind in ("pack", "entities"))

    def parsed_pack(self, sha256: str, version: str) -> ParsedPack | None:
        return self._load_parsed(sha256, version, "pack")

    def parsed_entities(self, sha256: str, version: str) -> PackEntities | None:
        return self._load_parsed(sha256, version, "entities")

    def _parsed_path(self, sha256: str, version: str, kind: str) -> Path:
        return self.root / "parsed" / f"{sha256}-{version}.{kind}.pickle"

    def _load_parsed(self, sha256: str, version: str, kind: str) -> ParsedPack | PackEntities | None:
        path = self._parsed_path(sha256, version, kind)
        return pickle.loads(path.read_bytes()) if path.exists() else None

    # -- writing ------------------------------------------------------------------------------
    @contextmanager
    def writer(self, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the store's writer lock for the block: one writer at a time, across processes.

        A second writer waits (telling ``on_wait`` once), or raises :class:`StoreBusyError` at once
        when ``wait`` is false. Holding the lock, it first removes what a killed writer left behind.
        The lock is an ``flock`` on an open file, so the system releases it when a writer dies.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".writer.lock", "a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    raise StoreBusyError(self.location) from None
                if on_wait is not None:
                    on_wait(f"waiting for another ingest into {self.location} ...")
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                self.remove_abandoned()
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def remove_abandoned(self) -> list[Path]:
        """Delete generation folders and temporary files that no live state refers to (a killed
        ingest's half-written generation); call only while holding the writer lock."""
        live = self.current
        leftovers = [p for p in self.root.glob("gen-*") if p.is_dir() and p != live]
        leftovers += [*self.root.glob(".CURRENT.*.tmp"), *self.root.glob("sources/*.tmp"), *self.root.glob("parsed/*.tmp")]
        for path in leftovers:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        return leftovers

    @contextmanager
    def new_generation(self) -> Iterator[Path]:
        """Yield a fresh generation folder; it becomes live only if the block finishes (and
        :meth:`publish` accepts it)."""
        self.root.mkdir(parents=True, exist_ok=True)
        generation = self.root / f"gen-{uuid.uuid4().hex[:12]}"
        generation.mkdir()
        try:
            yield generation
            self.publish(generation)
        except BaseException as error:
            # the failed frames still hold the generation's open database, whose threads may write files while
            # the folder is removed (leaving it behind): release them first
            traceback.clear_frames(error.__traceback__)
            gc.collect()
            shutil.rmtree(generation, ignore_errors=True)
            raise
        self.make_live(generation)

    def publish(self, generation: Path) -> None:
        """Called with a complete new generation before it goes live; a store kept elsewhere (see
        :class:`kg.graph.endpoint_store.EndpointStore`) writes the change there. Nothing to do here."""

    def make_live(self, generation: Path) -> None:
        """Point ``CURRENT`` at ``generation`` and delete the generation it replaces."""
        previous = self.current
        _write_atomic(self.root / "CURRENT", generation.name)
        if previous is not None and previous != generation:
            shutil.rmtree(previous, ignore_errors=True)

    def keep_source(self, name: str, data: bytes, sha256: str) -> str:
        """Copy an ingested file into the store (content-addressed) and return its stored name."""
        stored = f"{sha256}{Path(name).suffix.lower()}"
        target = self.root / "sources" / stored
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = _temporary(target)
            tmp.write_bytes(data)
            os.replace(tmp, target)
        return stored


def _temporary(target: Path) -> Path:
    """A temporary name beside ``target``, of its own: parse workers may keep the same content at once."""
    return target.with_name(f"{target.name}.{uuid.uuid4().hex[:8]}.tmp")


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
