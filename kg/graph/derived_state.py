"""What a generation keeps beside its graph so that the next change reads only what it touches.

Deriving the cross-pack facts again from the whole database costs time in proportion to the store:
every plan must be read for the version links, and every shared entity fact compared with the new
ones. A generation therefore keeps, in a file of its own folder (so it goes live, or is thrown away,
with the generation), the plans of every source, the groups of them linked as versions (whose links
are made again from their plans, see :func:`kg.graph.plan_versions.relink`), the shared entity facts and the minute numbers each source prints. The next change reads only
the plans and numbers of the sources it touches and writes only the entity facts that differ. A missing file, or one written by other code, means
deriving everything from the database again, never a guess.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from kg.graph.link_scope import PrintedNumbers
from kg.graph.plan_versions import Plan

FILE_NAME = "derived.pickle"


@dataclass
class DerivedState:
    """The cross-pack facts of one generation, as built by code ``version``."""

    version: str
    plans: dict[str, Plan] = field(default_factory=dict)          # plan IRI -> plan (see :func:`linking.plans_in`)
    plan_groups: list[frozenset[str]] = field(default_factory=list)   # plans linked as versions (their links: chain_links)
    entity_facts: frozenset[ox.Triple] = frozenset()               # the shared entity facts
    numbers: PrintedNumbers = field(default_factory=PrintedNumbers)  # the minute numbers each source prints

    @classmethod
    def read(cls, generation: Path | None, version: str) -> DerivedState | None:
        """The state kept in ``generation``, or None when there is none or other code wrote it."""
        path = generation / FILE_NAME if generation is not None else None
        if path is None or not path.exists():
            return None
        try:
            state = pickle.loads(path.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None   # written by code whose classes differ: derive again
        return state if isinstance(state, cls) and state.version == version else None

    def write(self, generation: Path) -> None:
        """Keep the state in ``generation`` (not yet live: no reader can see it half-written). The copies of a
        plan repeat its wordings: made one object each, they are pickled once (pickle writes an object once
        however often it is referred to), and the file shrinks to a fraction."""
        state = replace(self, plans=_sharing_wordings(self.plans))
        (generation / FILE_NAME).write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


def _sharing_wordings(plans: dict[str, Plan]) -> dict[str, Plan]:
    """``plans`` with each distinct title and wording one string object."""
    shared: dict[str, str] = {}
    return {iri: replace(plan, title=shared.setdefault(plan.title, plan.title),
                         concepts=tuple((concept, shared.setdefault(wording, wording)) for concept, wording in plan.concepts))
            for iri, plan in plans.items()}
