"""One identity per organisation across packs, and the acronym glossary used for query expansion.

Names merge when they are the same once case, "The", apostrophes and "&"/"and" are normalised. A
bare acronym joins the organisation it stands for only when every definition seen (the packs' own
glossaries, "Name (ACR)" mentions, the built-in list) gives it one meaning: "EHC" defined as both
"Education, Health and Care" and "Emotional Health Centre" stays a concept of its own.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.entities.glossary import builtin_glossary
from kg.model import OrganisationMention


@dataclass
class OrgCluster:
    name: str
    acronyms: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    mentions: list[OrganisationMention] = field(default_factory=list)


def org_name_key(name: str) -> str:
    """"The Children’s Trust" and "children's trust", "Y & H" and "Y and H" compare equal."""
    text = name.lower().replace("’", "'").replace("&", " and ")
    text = re.sub(r"[^a-z0-9' ]+", " ", text).replace("'s ", "s ").replace("'", "")
    return re.sub(r"^the ", "", " ".join(text.split()))


def _is_acronym(name: str) -> bool:
    return " " not in name and sum(ch.isupper() for ch in name) >= 2


def acronym_meanings(mentions: Sequence[OrganisationMention], glossaries: Sequence[dict[str, str]],
                     builtin: bool = True) -> dict[str, set[str]]:
    """acronym -> the distinct (normalised) expansions seen for it."""
    meanings: dict[str, set[str]] = {}
    for glossary in glossaries:
        for acronym, expansion in glossary.items():
            meanings.setdefault(acronym, set()).add(org_name_key(expansion))
    for mention in mentions:
        if mention.acronym and not _is_acronym(mention.name):
            meanings.setdefault(mention.acronym, set()).add(org_name_key(mention.name))
    if builtin:
        for acronym, expansion, kind in builtin_glossary():
            if kind == "organisation" and acronym not in meanings:
                meanings[acronym] = {org_name_key(expansion)}
    return meanings


def resolve_organisations(mentions: Sequence[OrganisationMention],
                          glossaries: Sequence[dict[str, str]]) -> list[OrgCluster]:
    """Organisations by normalised name; bare acronyms join their single expansion."""
    meanings = acronym_meanings(mentions, glossaries)
    names_present = {org_name_key(m.name) for m in mentions if not _is_acronym(m.name)}
    clusters: dict[str, OrgCluster] = {}
    for mention in mentions:
        key = org_name_key(mention.name)
        if _is_acronym(mention.name):
            expansions = meanings.get(mention.name, set())
            if len(expansions) == 1 and next(iter(expansions)) in names_present:
                key = next(iter(expansions))
        cluster = clusters.setdefault(key, OrgCluster(mention.name))
        cluster.mentions.append(mention)
    for key, cluster in clusters.items():
        names = Counter(m.name for m in cluster.mentions if not _is_acronym(m.name)) or \
            Counter(m.name for m in cluster.mentions)
        cluster.name = max(names, key=lambda n: (names[n], len(n), [-ord(c) for c in n]))
        cluster.variants = sorted({m.name for m in cluster.mentions})
        acronyms = {m.acronym for m in cluster.mentions if m.acronym}
        acronyms |= {m.name for m in cluster.mentions if _is_acronym(m.name)}
        acronyms |= {a for a, keys in meanings.items() if keys == {key}}
        cluster.acronyms = sorted(acronyms)
    return sorted(clusters.values(), key=lambda c: c.name)


def org_key(cluster: OrgCluster) -> str:
    """Stable key for the organisation's IRI: the slug of its canonical name."""
    return re.sub(r"[^a-z0-9]+", "-", org_name_key(cluster.name)).strip("-")


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
