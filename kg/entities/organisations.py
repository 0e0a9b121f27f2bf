"""One identity per organisation across packs, and the acronym glossary used for query expansion.

Names merge when they are the same once case, "The", apostrophes, hyphens and "&"/"and" are
normalised ("Multi-Agency" = "Multi Agency"). A bare acronym joins the organisation it stands for only
when the definitions seen (the packs' own glossaries and "Name (ACR)" mentions, else the built-in list)
give it one meaning: "EHC" defined as both "Education, Health and Care" and "Emotional Health Centre"
stays a concept of its own. The canonical name is chosen from counts, never from ingest order.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from kg.entities.glossary import builtin_glossary
from kg.model import OrganisationMention


@dataclass
class EmployerMention(OrganisationMention):
    """An organisation printed as a person's employer ("Deputy Director of Nursing, ... Trust (RDASH)"),
    resolved with every other organisation mention; ``printed`` is the role's wording of it."""

    printed: str = ""


class OrgPrinting(NamedTuple):
    """Every printing of one organisation name (with one acronym, as one employer's wording) in one source:
    a store prints a few thousand names many times over, so organisations resolve over these, with counts."""

    source: str
    name: str
    acronym: str | None
    employer: str      # the role's wording of it when printed as a person's employer (see EmployerMention), else ""
    count: int


@dataclass
class OrgCluster:
    name: str
    acronyms: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    printings: list[OrgPrinting] = field(default_factory=list)
    mentions: list[OrganisationMention] = field(default_factory=list)   # only from :func:`resolve_organisations`


def org_printings_of(mentions: Sequence[OrganisationMention]) -> tuple[list[OrgPrinting], list[list[int]]]:
    """The printings of ``mentions``, in the order each is first printed, and the indexes of each one's mentions."""
    found: dict[tuple[str, str, str | None, str], list[int]] = {}
    for index, mention in enumerate(mentions):
        employer = mention.printed if isinstance(mention, EmployerMention) else ""
        found.setdefault((mention.span.source, mention.name, mention.acronym, employer), []).append(index)
    printings = [OrgPrinting(*key, len(members)) for key, members in found.items()]
    return printings, list(found.values())


def across_sources(printings: Sequence[OrgPrinting]) -> list[OrgPrinting]:
    """Each (name, acronym, employer wording) of ``printings`` once, its count summed over the sources that print
    it (source left empty): resolving organisations reads names and counts only, never sources, so these
    resolve to the same organisations as all the printings do, and a store's hundred thousand printings
    hold a few thousand names."""
    counts: dict[tuple[str, str | None, str], int] = {}
    for _, name, acronym, employer, count in printings:
        key = (name, acronym, employer)
        counts[key] = counts.get(key, 0) + count
    return [OrgPrinting("", name, acronym, employer, count) for (name, acronym, employer), count in counts.items()]


@lru_cache(maxsize=65536)
def org_name_key(name: str) -> str:
    """"The Children’s Trust" and "children's trust", "Y & H" and "Y and H" compare equal."""
    text = name.lower().replace("’", "'").replace("&", " and ")
    text = re.sub(r"[^a-z0-9' ]+", " ", text).replace("'s ", "s ").replace("'", "")
    return re.sub(r"^the ", "", " ".join(text.split()))


@lru_cache(maxsize=65536)
def _is_acronym(name: str) -> bool:
    """"RDaSH", "CCG": one word with two or more capitals is an acronym, not a name to merge on (cached:
    a store's hundreds of thousands of mentions print a few thousand names)."""
    return " " not in name and sum(ch.isupper() for ch in name) >= 2


def acronym_meanings(printings: Sequence[OrgPrinting],
                     glossaries: Sequence[dict[str, str]]) -> dict[str, set[str]]:
    """acronym -> the distinct (normalised) expansions seen for it; the built-in list only fills in
    acronyms the packs never define, since a pack's own definition is what its bare acronym means."""
    meanings: dict[str, set[str]] = {}
    for glossary in glossaries:
        for acronym, expansion in glossary.items():
            meanings.setdefault(acronym, set()).add(org_name_key(expansion))
    for printing in printings:
        if printing.acronym and not _is_acronym(printing.name):
            meanings.setdefault(printing.acronym, set()).add(org_name_key(printing.name))
    for acronym, expansion, kind in builtin_glossary():
        if kind == "organisation" and acronym not in meanings:
            meanings[acronym] = {org_name_key(expansion)}
    return meanings


def _single_meaning(expansions: set[str]) -> str | None:
    """The one (normalised) name an acronym stands for, or None when it has two meanings.

    Definitions that only add words to a shorter one are that one, qualified or garbled by extraction:
    CCG printed for "Clinical Commissioning Group" and "Rotherham Clinical Commissioning Group" means the
    former, RMBC for "Rotherham Metropolitan Borough Council" and "Golden Thread' for Rotherham
    Metropolitan Borough Council" the former. JSNA as "...Needs Assessments" and "...Needs Analysis" has two.
    """
    if not expansions:
        return None
    narrowest = min(expansions, key=lambda key: (len(key.split()), key))
    words = set(narrowest.split())
    return narrowest if all(words <= set(key.split()) for key in expansions) else None


def _reworded(meanings: dict[str, set[str]], stands_for: dict[str, str | None]) -> dict[str, str]:
    """Name key -> the acronym's meaning it rewords: the same words in another order, defined as the same
    acronym ("child and adolescent mental health service", "child adolescent and mental health service")."""
    return {key: meaning for acronym, meaning in sorted(stands_for.items()) if meaning
            for key in sorted(meanings[acronym]) if sorted(key.split()) == sorted(meaning.split())}


def resolve_organisations(mentions: Sequence[OrganisationMention],
                          glossaries: Sequence[dict[str, str]]) -> list[OrgCluster]:
    """Organisations of ``mentions`` (see :func:`resolve_org_printings`); each cluster lists its mentions."""
    printings, members = org_printings_of(mentions)
    clusters = resolve_org_printings(printings, glossaries)
    index_of = {id(printing): position for position, printing in enumerate(printings)}
    for cluster in clusters:
        cluster.mentions = [mentions[i] for i in sorted(i for p in cluster.printings for i in members[index_of[id(p)]])]
    return clusters


def resolve_org_printings(printings: Sequence[OrgPrinting], glossaries: Sequence[dict[str, str]]) -> list[OrgCluster]:
    """Organisations by normalised name; a bare acronym joins its single meaning when that is named.

    Names defined as the same acronym in the same words, in any order, are one organisation: "Child,
    Adolescent and Mental Health Service" and "Child and Adolescent Mental Health Service" (CAMHS).
    """
    meanings = acronym_meanings(printings, glossaries)
    stands_for = {acronym: _single_meaning(keys) for acronym, keys in meanings.items()}
    same_as = _reworded(meanings, stands_for)
    named = {org_name_key(p.name) for p in printings if not _is_acronym(p.name)}
    names_present = {same_as.get(key, key) for key in named}
    clusters: dict[str, OrgCluster] = {}
    cluster_of: dict[str, OrgCluster] = {}   # a printed name -> its cluster
    for printing in printings:
        cluster = cluster_of.get(printing.name)
        if cluster is None:
            key = org_name_key(printing.name)
            if _is_acronym(printing.name) and stands_for.get(printing.name) in names_present:
                key = stands_for[printing.name]
            cluster = cluster_of[printing.name] = clusters.setdefault(same_as.get(key, key), OrgCluster(printing.name))
        cluster.printings.append(printing)
    for key, cluster in clusters.items():
        _describe(cluster, {acronym for acronym, meaning in stands_for.items() if meaning == key})
    return sorted(clusters.values(), key=lambda c: c.name)


def _describe(cluster: OrgCluster, defined_acronyms: set[str]) -> None:
    """Canonical name, variants and acronyms of a cluster, whatever order its printings came in.

    The name is the most printed spelled-out form (an acronym only when nothing else is printed); the
    acronyms exclude the name itself, which SKOS forbids as both prefLabel and altLabel.
    """
    printed: Counter[tuple[str, str | None]] = Counter()
    for printing in cluster.printings:
        printed[printing.name, printing.acronym] += printing.count
    every: Counter[str] = Counter()
    for (name, _), count in printed.items():
        every[name] += count
    names = Counter({name: count for name, count in every.items() if not _is_acronym(name)}) or every
    cluster.name = max(names, key=lambda n: (names[n], len(n), [-ord(c) for c in n]))
    cluster.variants = sorted(every)
    acronyms = defined_acronyms | {acronym for _, acronym in printed if acronym}
    acronyms |= {name for name in every if _is_acronym(name)}
    cluster.acronyms = sorted(acronyms - {cluster.name})


def org_key(name: str) -> str:
    """Key for an organisation's IRI, from its canonical name or a printed employer's name.

    Slugging the normalised name rather than the name as printed gives spellings that resolve to one
    cluster one IRI ("Voice & Influence Team" = "Voice and Influence Team"), so which of them wins as the
    canonical name does not move the node, and no two clusters share an IRI (and a prefLabel).
    """
    return re.sub(r"[^a-z0-9]+", "-", org_name_key(name)).strip("-")


def acronym_glossary(glossaries: Sequence[dict[str, str]],
                     org_clusters: Sequence[OrgCluster] = ()) -> dict[str, list[str]]:
    """acronym -> every expansion (packs' own first, then resolved organisations, then the built-in
    list), for search query expansion. Two meanings stay two entries."""
    out: dict[str, list[str]] = {}

    def add(acronym: str, expansion: str) -> None:
        known = out.setdefault(acronym, [])
        if org_name_key(expansion) not in {org_name_key(e) for e in known} and expansion != acronym:
            known.append(expansion)

    for glossary in glossaries:
        for acronym, expansion in glossary.items():
            add(acronym, expansion)
    for cluster in org_clusters:
        if not _is_acronym(cluster.name):
            for acronym in cluster.acronyms:
                add(acronym, cluster.name)
    for acronym, expansion, _ in builtin_glossary():
        add(acronym, expansion)
    return {a: e for a, e in sorted(out.items()) if e}
