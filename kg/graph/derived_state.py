"""What a generation keeps beside its graph so that the next change reads only what it touches.

Deriving the cross-pack facts again from the whole database costs time in proportion to the store:
every plan must be read for the version links, and every shared entity fact compared with the new
ones. A generation therefore keeps, in a folder of its own (so it goes live, or is thrown away, with
the generation), the plans of every source, the groups of them linked as versions (whose links are made
again from their plans, see :func:`kg.graph.plan_versions.relink`), the shared entity facts, the minute
numbers each source prints and what resolving each source's people and organisations needs (its
:class:`kg.graph.entities_bridge.PackEntities`, read here in a few files rather than one file per source).
The next change reads only the plans and numbers of the sources it touches and writes only the entity
facts that differ.

What belongs to one source is kept in one of :data:`BUCKETS` files chosen by the source's name, and a change
writes only the files of the sources it touches (and the entity facts only when they differ): the others are
hard links to the previous generation's files, so keeping the state costs what the change touches, not what
the store holds. A missing or unreadable file, or one written by other code, means deriving everything from
the database (and reading every source's entities) again, never a guess.
"""
from __future__ import annotations

import os
import pickle
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from kg.graph.entities_bridge import PackEntities
from kg.graph.iris import source_iri
from kg.graph.link_scope import PrintedNumbers
from kg.graph.plan_versions import Plan

FOLDER = "derived"
BUCKETS = 32
_META, _FACTS = "meta.pickle", "entity-facts.pickle"
_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError)


@dataclass
class DerivedState:
    """The cross-pack facts of one generation, as built by code ``version``."""

    version: str
    plans: dict[str, Plan] = field(default_factory=dict)          # plan IRI -> plan (see :func:`linking.plans_in`)
    plan_groups: list[frozenset[str]] = field(default_factory=list)   # plans linked as versions (their links: chain_links)
    entity_facts: frozenset[ox.Triple] = frozenset()               # the shared entity facts
    numbers: PrintedNumbers = field(default_factory=PrintedNumbers)  # the minute numbers each source prints
    entities: dict[str, tuple[str, PackEntities]] = field(default_factory=dict)   # source name -> (sha256, entities)

    @classmethod
    def read(cls, generation: Path | None, version: str) -> DerivedState | None:
        """The state kept in ``generation``, or None when there is none, part of it is missing or unreadable, or
        other code wrote it."""
        folder = generation / FOLDER if generation is not None else None
        if folder is None or not folder.is_dir():
            return None
        try:
            meta = _load(folder / _META)
            if not isinstance(meta, dict) or meta.get("version") != version or meta.get("buckets") != BUCKETS:
                return None
            state = cls(version, plan_groups=meta["plan_groups"], entity_facts=_load(folder / _FACTS))
            for bucket in range(BUCKETS):
                part = _load(folder / _bucket_file(bucket))
                if not isinstance(part, _Bucket):
                    return None
                state.plans.update(part.plans)
                state.numbers.cited.update(part.cited)
                state.numbers.numbered.update(part.numbered)
                state.entities.update(part.entities)
        except _UNREADABLE:
            return None   # written by code whose classes differ, or cut short: derive again
        return state

    def write(self, generation: Path, previous: Path | None = None, changed: Iterable[str] | None = None,
              facts_changed: bool = True) -> None:
        """Keep the state in ``generation`` (not yet live: no reader can see it half-written). ``changed``: the
        names of the sources whose plans, numbers or entities may differ from those kept in the generation
        ``previous`` (None: any); the other buckets, and the entity facts unless ``facts_changed``, are linked
        from there."""
        folder = generation / FOLDER
        folder.mkdir(exist_ok=True)
        source = previous / FOLDER if previous is not None else None
        touched = None if changed is None or source is None else {bucket_of(str(source_iri(name))) for name in changed}
        parts = self._buckets(touched)
        for bucket in range(BUCKETS):
            name = _bucket_file(bucket)
            if bucket in parts or not _linked(source, folder, name):
                _dump(folder / name, parts[bucket] if bucket in parts else self._buckets({bucket})[bucket])
        if facts_changed or not _linked(source, folder, _FACTS):
            _dump(folder / _FACTS, self.entity_facts)
        _dump(folder / _META, {"version": self.version, "buckets": BUCKETS, "plan_groups": self.plan_groups})

    def _buckets(self, wanted: set[int] | None) -> dict[int, _Bucket]:
        """The per-source facts of the ``wanted`` buckets (None: all)."""
        parts = {bucket: _Bucket() for bucket in range(BUCKETS) if wanted is None or bucket in wanted}

        def part(iri: str) -> _Bucket | None:
            return parts.get(bucket_of(iri))

        for name, entry in self.entities.items():
            if (found := part(str(source_iri(name)))) is not None:
                found.entities[name] = entry
        for iri, plan in self.plans.items():
            if (found := part(plan.source)) is not None:
                found.plans[iri] = plan
        for source, printed in self.numbers.cited.items():
            if (found := part(source)) is not None:
                found.cited[source] = printed
        for source, printed in self.numbers.numbered.items():
            if (found := part(source)) is not None:
                found.numbered[source] = printed
        for found in parts.values():
            found.plans = _sharing_wordings(found.plans)
        return parts


@dataclass
class _Bucket:
    """What belongs to the sources of one bucket."""

    plans: dict[str, Plan] = field(default_factory=dict)
    cited: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    numbered: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    entities: dict[str, tuple[str, PackEntities]] = field(default_factory=dict)


def bucket_of(source: str) -> int:
    """The bucket of the source whose IRI is ``source`` (stable across processes, unlike ``hash``)."""
    return zlib.crc32(source.encode("utf-8")) % BUCKETS


def _bucket_file(bucket: int) -> str:
    return f"sources-{bucket:02d}.pickle"


def _linked(source: Path | None, folder: Path, name: str) -> bool:
    """Hard-link ``name`` from ``source`` into ``folder``; False when there is nothing to link."""
    if source is None:
        return False
    try:
        os.link(source / name, folder / name)
    except OSError:
        return False
    return True


def _load(path: Path) -> object:
    return pickle.loads(path.read_bytes())


def _dump(path: Path, value: object) -> None:
    """Write ``value`` as a new file (never into one that may be a link shared with another generation)."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, path)


def _sharing_wordings(plans: dict[str, Plan]) -> dict[str, Plan]:
    """``plans`` with each distinct title and wording one string object. The copies of a plan repeat its
    wordings: made one object each, they are pickled once (pickle writes an object once however often it
    is referred to), and the file shrinks to a fraction."""
    shared: dict[str, str] = {}
    return {iri: replace(plan, title=shared.setdefault(plan.title, plan.title),
                         concepts=tuple((concept, shared.setdefault(wording, wording)) for concept, wording in plan.concepts))
            for iri, plan in plans.items()}
