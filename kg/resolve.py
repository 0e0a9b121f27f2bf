"""One identity per real person and per organisation, across all packs.

Merging needs positive evidence and every merge records it: the same name once titles are
stripped; a spelling slip in the given name or surname (rapidfuzz) when the other part agrees;
an initial that fits the given name; a surname-only councillor matched to the single councillor
of that surname. A shared surname alone is never enough ("Dorothy Smith" and "Mary Smith" stay two).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kg.model import OrganisationMention, PersonMention

_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame|rev)\.?\s+", re.I)
_COUNCILLOR = re.compile(r"^(?:councillors?|cllrs?)\.?\s+", re.I)
SPELLING = 85      # ratio for a given name or surname printed with a slip (Dorthohy/Dorothy, Duvall/Duvalle)


@dataclass
class NameParts:
    given: str          # "" when only initials or a surname were printed
    initials: str       # first letters of given names ("ga" for "G. A.")
    surname: str
    councillor: bool

    @classmethod
    def parse(cls, printed: str) -> NameParts:
        councillor = bool(_COUNCILLOR.match(printed))
        text = _COUNCILLOR.sub("", _HONORIFIC.sub("", printed.strip()))
        words = [w for w in re.split(r"\s+", text.replace(".", ". ")) if w]
        surname = words[-1].lower() if words else ""
        given_words = words[:-1]
        initials = "".join(w[0].lower() for w in given_words)
        given = next((w.lower() for w in given_words if len(w.rstrip(".")) > 1), "")
        return cls(given, initials, surname, councillor)


@dataclass
class PersonCluster:
    name: str
    variants: list[str] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    parts: list[NameParts] = field(default_factory=list)

    @property
    def councillor(self) -> bool:
        return any(p.councillor for p in self.parts)

    def full_parts(self) -> list[NameParts]:
        return [p for p in self.parts if p.given]


def _same_person(a: NameParts, b: NameParts) -> str | None:
    """Why two full names are one person, or None."""
    if not (a.given and b.given):
        return None
    surname = fuzz.ratio(a.surname, b.surname)
    given = fuzz.ratio(a.given, b.given)
    if a.surname == b.surname and a.given == b.given:
        return "same name"
    if a.surname == b.surname and a.given[0] == b.given[0] and given >= SPELLING - 10 and abs(len(a.given) - len(b.given)) <= 2:
        return f"given name spelling ({a.given}/{b.given}, {given:.0f})"
    if a.given == b.given and surname >= SPELLING + 5 and a.surname[0] == b.surname[0]:
        return f"surname spelling ({a.surname}/{b.surname}, {surname:.0f})"
    return None


def _fits(partial: NameParts, cluster: PersonCluster) -> bool:
    """A surname-only or initials-only form fits a cluster with that surname and compatible initials."""
    for known in cluster.parts:
        if known.surname != partial.surname:
            continue
        if partial.initials and known.initials and partial.initials[0] != known.initials[0]:
            continue
        return True
    return False


def resolve_people(mentions: list[PersonMention]) -> list[PersonCluster]:
    """Cluster mentions into people; see the module docstring for the evidence accepted."""
    by_form: dict[str, list[PersonMention]] = {}
    for mention in mentions:
        by_form.setdefault(" ".join(mention.name.split()), []).append(mention)
    clusters: list[PersonCluster] = []
    partial_forms: list[str] = []
    for form in sorted(by_form, key=lambda f: (-len(NameParts.parse(f).given), f)):
        parts = NameParts.parse(form)
        if not parts.given:
            partial_forms.append(form)
            continue
        target = None
        for cluster in clusters:
            reason = next((r for p in cluster.full_parts() if (r := _same_person(parts, p))), None)
            if reason:
                target = cluster
                cluster.evidence.append(f"'{form}' ~ '{cluster.name}': {reason}")
                break
        if target is None:
            target = PersonCluster(form)
            clusters.append(target)
        target.variants.append(form)
        target.mentions.extend(by_form[form])
        target.parts.append(parts)
    for form in sorted(partial_forms, key=lambda f: -len(NameParts.parse(f).initials)):
        parts = NameParts.parse(form)
        fitting = [c for c in clusters if _fits(parts, c) and (c.councillor or not parts.councillor)]
        if parts.councillor:
            fitting = [c for c in fitting if c.councillor] or fitting
        if len(fitting) == 1:
            cluster = fitting[0]
            cluster.evidence.append(f"'{form}' ~ '{cluster.name}': the only {'councillor ' if parts.councillor else ''}"
                                    f"with surname {parts.surname.title()}")
        else:
            cluster = PersonCluster(form)
            clusters.append(cluster)
        cluster.variants.append(form)
        cluster.mentions.extend(by_form[form])
        cluster.parts.append(parts)
    for cluster in clusters:
        cluster.name = _canonical(cluster, by_form)
        cluster.variants = sorted(set(cluster.variants))
    return clusters


def _canonical(cluster: PersonCluster, by_form: dict[str, list[PersonMention]]) -> str:
    """The most printed full form, titles stripped ("Paul Lakin" over "Councillor Lakin")."""
    counts = Counter({form: len(by_form[form]) for form in cluster.variants})
    full = [f for f in counts if NameParts.parse(f).given]
    best = max(full or counts, key=lambda f: (counts[f], len(f), f))  # the name itself breaks ties: order-free
    return _COUNCILLOR.sub("", _HONORIFIC.sub("", best)).strip() if full else best


def person_key(cluster: PersonCluster) -> str:
    return cluster.name


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
