"""Versions of one plan across packs, linked as a chain so the links grow with the plans, not their square.

Two plans in different sources match when their titles are close or when at least two of their
priorities are worded alike (a draft and its progress report rarely share a title, but they share the
priority wording). The versions of a plan are a connected group of matching plans; each version is
linked (``ckg:sameWorkAs``, both ways) to the next one in the order they were circulated (date, then
IRI), and each of its priorities to those worded alike in the nearest earlier version that has one
(``skos:closeMatch``, both ways). Every other version, and a priority's counterparts there, are paths
along these links. The groups and so
the links depend only on the set of plans, never on the order packs came in, and a new plan is
compared with one member of each group at most once it matches it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

SAME_PLAN_MATCH = 88   # token_set_ratio for two plan titles across packs
SAME_PRIORITY_MATCH = 90
QUALIFIED_MATCH = 95   # partial_ratio of the shorter wording inside the longer
QUALIFIED_SHARE = 0.75  # the shorter wording is at least this share of the longer
QUALIFIED_WORDS = 6    # a wording with a qualifier added is only trusted from this many words


@dataclass(frozen=True)
class Plan:
    """A plan as matching needs it: its concepts (priorities and objectives) as (IRI, lower-case wording)."""

    iri: str
    title: str
    source: str
    circulated: str          # the earliest date of a meeting it was circulated to, "" when none
    concepts: tuple[tuple[str, str], ...]

    @property
    def order(self) -> tuple[str, str]:
        return (self.circulated or "9999", self.iri)

    @property
    def wordings(self) -> tuple[str, ...]:
        return tuple(wording for _, wording in self.concepts)


def matching_concepts(a: Plan, b: Plan) -> list[tuple[str, str]]:
    """Pairs of concepts of ``a`` and ``b`` worded alike."""
    return [(a.concepts[i][0], b.concepts[j][0]) for i, j in _alike_wordings(a.wordings, b.wordings)]


@lru_cache(maxsize=65536)
def _alike_wordings(wordings_a: tuple[str, ...], wordings_b: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Positions of the wordings alike in both lists (cached: the copies of a plan repeat its wordings)."""
    return tuple((i, j) for i, a in enumerate(wordings_a) for j, b in enumerate(wordings_b)
                 if fuzz.token_sort_ratio(a, b) >= SAME_PRIORITY_MATCH
                 or (_qualified(a, b) and fuzz.partial_ratio(a, b) >= QUALIFIED_MATCH))


def _qualified(a: str, b: str) -> bool:
    """One wording is the other's with a short qualifier added ("... child sexual exploitation" / "... child
    sexual exploitation from the borough"): long enough, and most of the longer one."""
    shorter, longer = sorted((a, b), key=len)
    return len(shorter.split()) >= QUALIFIED_WORDS and len(shorter) >= QUALIFIED_SHARE * len(longer)


Content = tuple[str, tuple[str, ...]]   # a plan's lower-case title and concept wordings


def _content(plan: Plan) -> Content:
    return plan.title.lower(), plan.wordings


def _alike(a: Content, b: Content) -> bool:
    """Close titles, or at least two concepts worded alike."""
    return _alike_titles(a[0], b[0]) or len(_alike_wordings(a[1], b[1])) >= 2


@lru_cache(maxsize=65536)
def _alike_titles(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(a, b) >= SAME_PLAN_MATCH


@dataclass
class _Group:
    """Connected versions, and the sources each distinct content is held in (copies of a plan in many
    packs are compared once)."""

    members: list[Plan]
    sources: dict[Content, set[str]]

    @classmethod
    def of(cls, plans: Iterable[Plan]) -> _Group:
        group = cls([], {})
        for plan in plans:
            group.add(plan)
        return group

    def add(self, plan: Plan) -> None:
        self.members.append(plan)
        self.sources.setdefault(_content(plan), set()).add(plan.source)

    def matches(self, plan: Plan) -> bool:
        """A member in another source has a title or two concepts like ``plan``'s."""
        content = _content(plan)
        return any(sources - {plan.source} and _alike(content, other) for other, sources in self.sources.items())


def group_versions(plans: Iterable[Plan], groups: Iterable[Iterable[Plan]] = ()) -> list[list[Plan]]:
    """The connected groups of matching plans among ``groups`` (already connected, kept whole) and
    ``plans`` (each compared with every group until it matches one of its members)."""
    found = [_Group.of(group) for group in groups]
    for plan in sorted(plans, key=lambda p: p.order):
        joined = [group for group in found if group.matches(plan)]
        if not joined:
            found.append(_Group.of([plan]))
            continue
        largest = max(joined, key=lambda group: len(group.members))
        for group in joined:
            if group is not largest:
                for member in group.members:
                    largest.add(member)
        largest.add(plan)
        found = [group for group in found if group is largest or not any(group is j for j in joined)]
    return sorted((sorted(g.members, key=lambda p: p.order) for g in found), key=lambda members: members[0].order)


def chain_links(group: list[Plan]) -> Iterator[tuple[str, str, str]]:
    """(subject, "sameWorkAs" | "closeMatch", object), both ways: each version to the next in circulation
    order, and each concept to the concepts worded alike in the nearest earlier version (in another
    source) that has any, so a priority dropped from one version still meets its later return."""
    ordered = sorted(group, key=lambda p: p.order)
    for earlier, later in pairwise(ordered):
        yield from _both_ways(earlier.iri, "sameWorkAs", later.iri)
    before: set[tuple[str, ...]] = set()   # the wordings of the versions before this one
    for position, plan in enumerate(ordered):
        unmatched = set(range(len(plan.concepts)))
        seen: set[tuple[str, ...]] = set()   # wordings already compared: a further copy of them matches nothing new
        for earlier in reversed(ordered[:position]):
            if not unmatched or len(seen) == len(before):
                break
            if earlier.source == plan.source or earlier.wordings in seen:
                continue
            seen.add(earlier.wordings)
            pairs = [(i, j) for i, j in _alike_wordings(plan.wordings, earlier.wordings) if i in unmatched]
            for i, j in pairs:
                yield from _both_ways(plan.concepts[i][0], "closeMatch", earlier.concepts[j][0])
            unmatched -= {i for i, _ in pairs}
        before.add(plan.wordings)


def _both_ways(a: str, link: str, b: str) -> Iterator[tuple[str, str, str]]:
    yield a, link, b
    yield b, link, a


def plan_of(node: str) -> str:
    """The plan a linked node belongs to: itself, or the plan a priority sits in (its IRI's parent)."""
    return node.split("/priority/", 1)[0]


Link = tuple[str, str, str]   # (subject, "sameWorkAs" | "closeMatch", object)


def groups_of(links: Iterable[Link]) -> list[frozenset[str]]:
    """The groups of versions that ``links`` chain (plans with no version elsewhere are in none)."""
    return [frozenset(group) for group in _connected((s, o) for s, link, o in links if link == "sameWorkAs")]


def relink(plans: dict[str, Plan], before: dict[str, Plan], groups: list[frozenset[str]],
           touched: set[str]) -> tuple[set[Link], set[Link], list[frozenset[str]]]:
    """(links to withdraw, links to add, the groups now) so that the links of ``groups`` (the versions
    chained before sources ``touched`` were added, replaced or removed; ``before``: their plans then)
    become the links of ``plans`` (every plan now held) built at once.

    A group's links are :func:`chain_links` of its plans, so only the groups need keeping: those a change
    alters are linked again from their plans before and after. A stored group untouched by the change keeps
    its links; the other plans of touched groups and the plans of touched sources are compared again with
    every group, and each group they end up in is linked again."""
    recompare = {iri for iri, plan in plans.items() if plan.source in touched}
    group_of = {iri: group for group in groups for iri in group}
    kept: list[list[Plan]] = []
    for group in groups:
        if any(iri not in plans or plans[iri].source in touched for iri in group):
            recompare |= group & plans.keys()
        else:
            kept.append([plans[iri] for iri in group])
    kept += [[plan] for iri, plan in plans.items() if iri not in group_of and iri not in recompare]
    added: set[Link] = set()
    relinked: set[frozenset[str]] = set()   # the groups before whose plans are linked again
    now: list[frozenset[str]] = []
    for group in group_versions([plans[iri] for iri in recompare], kept):
        members = frozenset(plan.iri for plan in group)
        if len(members) > 1:
            now.append(members)
        if members & recompare:
            relinked |= {group_of[iri] for iri in members if iri in group_of}
            added |= set(chain_links(group))
    relinked |= {group_of[iri] for iri in recompare if iri in group_of}
    relinked |= {group for group in groups if any(iri not in plans for iri in group)}
    withdrawn = {link for group in relinked for link in chain_links([before[iri] for iri in group])}
    return withdrawn, added, now


def _connected(edges: Iterable[tuple[str, str]]) -> list[set[str]]:
    """The connected groups of nodes joined by ``edges``."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        parent[root(a)] = root(b)
    groups: dict[str, set[str]] = {}
    for node in parent:
        groups.setdefault(root(node), set()).add(node)
    return list(groups.values())
