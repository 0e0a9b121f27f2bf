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
from dataclasses import dataclass, field
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


@dataclass
class PlanLinks:
    """The version links held, filed under the plan of their subject, with the versions each plan is chained
    to: a relink reads only the links of the groups a change touches, however many plans the store holds."""

    by_plan: dict[str, set[Link]] = field(default_factory=dict)
    chained: dict[str, set[str]] = field(default_factory=dict)   # plan -> the versions it is sameWorkAs

    @classmethod
    def of(cls, links: Iterable[Link]) -> PlanLinks:
        held = cls()
        held.add(links)
        return held

    def all(self) -> set[Link]:
        return {link for links in self.by_plan.values() for link in links}

    def of_plans(self, plans: Iterable[str]) -> set[Link]:
        """The links whose subject is one of ``plans`` or one of their concepts."""
        return {link for plan in plans for link in self.by_plan.get(plan, ())}

    def groups(self) -> list[set[str]]:
        """The connected groups of chained versions."""
        return _connected((plan, other) for plan, others in self.chained.items() for other in others)

    def add(self, links: Iterable[Link]) -> None:
        for link in links:
            subject, kind, target = link
            self.by_plan.setdefault(plan_of(subject), set()).add(link)
            if kind == "sameWorkAs":
                self.chained.setdefault(subject, set()).add(target)

    def withdraw(self, links: Iterable[Link]) -> None:
        for link in links:
            subject, kind, target = link
            plan = plan_of(subject)
            self.by_plan[plan].discard(link)
            if not self.by_plan[plan]:
                del self.by_plan[plan]
            if kind == "sameWorkAs":
                self.chained[subject].discard(target)
                if not self.chained[subject]:
                    del self.chained[subject]


def relink(plans: dict[str, Plan], stored: PlanLinks, touched: set[str]) -> tuple[set[Link], set[Link]]:
    """(links to withdraw, links to add) so that ``stored`` (the links before sources ``touched`` were
    added, replaced or removed) becomes the links of ``plans`` (every plan now held) built at once.

    A stored group untouched by the change keeps its links; the other plans of touched groups and the
    plans of touched sources are compared again with every group, and each group they end up in is
    linked again."""
    recompare = {iri for iri, plan in plans.items() if plan.source in touched}
    relinked: set[str] = set()
    kept: list[list[Plan]] = []
    grouped: set[str] = set()
    for group in stored.groups():
        grouped |= group
        if any(iri not in plans or plans[iri].source in touched for iri in group):
            recompare |= group & plans.keys()
            relinked |= group
        else:
            kept.append([plans[iri] for iri in group])
    kept += [[plan] for iri, plan in plans.items() if iri not in grouped and iri not in recompare]
    added: set[Link] = set()
    for group in group_versions([plans[iri] for iri in recompare], kept):
        if any(plan.iri in recompare for plan in group):
            relinked |= {plan.iri for plan in group}
            added |= set(chain_links(group))
    return stored.of_plans(relinked), added


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
