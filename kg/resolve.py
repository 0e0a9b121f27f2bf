"""One identity per organisation across all packs, and the packs' acronym glossary.

People are resolved in :mod:`kg.entities.people`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.model import OrganisationMention


@dataclass
class OrgCluster:
    name: str
    acronyms: list[str] = field(default_factory=list)
    mentions: list[OrganisationMention] = field(default_factory=list)


def _org_key(name: str) -> str:
    """Spelling-neutral key ("Multi-Agency" = "Multi Agency"), the same split the IRI slug makes."""
    words = re.findall(r"[a-z0-9&]+", name.lower().replace("’", "'").replace("'", ""))
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def resolve_organisations(mentions: list[OrganisationMention], glossaries: list[dict[str, str]]) -> list[OrgCluster]:
    """Organisations by normalised name; acronyms from the mentions and the packs' glossaries.
    An acronym defined two ways across packs is not used to merge (EHC, NAS)."""
    expansions: dict[str, set[str]] = {}
    for glossary in glossaries:
        for acronym, expansion in glossary.items():
            expansions.setdefault(acronym, set()).add(_org_key(expansion))
    clusters: dict[str, OrgCluster] = {}
    for mention in mentions:
        key = _org_key(mention.name)
        unique = expansions.get(mention.name)
        if unique and len(unique) == 1:
            key = next(iter(unique))
        cluster = clusters.setdefault(key, OrgCluster(mention.name))
        cluster.mentions.append(mention)
        if mention.acronym and mention.acronym not in cluster.acronyms:
            cluster.acronyms.append(mention.acronym)
    for cluster in clusters.values():
        names = Counter(m.name for m in cluster.mentions)
        cluster.name = max(names, key=lambda n: (names[n], len(n), n))  # same name whatever the ingest order
        cluster.acronyms.sort()
    for acronym, keys in expansions.items():
        if len(keys) == 1 and next(iter(keys)) in clusters and acronym not in clusters[next(iter(keys))].acronyms:
            clusters[next(iter(keys))].acronyms.append(acronym)
    return list(clusters.values())


def acronym_glossary(glossaries: list[dict[str, str]]) -> dict[str, list[str]]:
    """acronym -> expansions (all of them, for query expansion), from the packs' glossaries."""
    out: dict[str, list[str]] = {}
    for glossary in glossaries:
        for acronym, expansion in glossary.items():
            if expansion not in out.setdefault(acronym, []):
                out[acronym].append(expansion)
    return out
