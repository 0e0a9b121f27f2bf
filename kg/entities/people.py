"""One identity per real person across all packs.

Merging needs positive evidence and every merge records it: the same name once titles are stripped;
a slip in the spelling of the given name or the surname while the other part agrees; spellings and
short forms of one given name ("Sara"/"Sarah", "Sue"/"Susan"); initials that fit the given name; a
surname-only form ("Councillor Lakin", "Mr Horner") matched to the single person of that surname
(councillors only to councillors). A shared surname alone is never enough ("Dorothy Smith" and
"Mary Smith" stay two), nor are two common given names that merely look alike ("Jane"/"Janet").

An officer printed by post alone ("The Strategic Director presented") is the person the same pack
names as the single holder of that post; posts change hands, so another pack's holder is no
evidence, and an unnamed holder stays a node of its own, one per post.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from kg.entities.names import given_names, name_initials, same_given_name
from kg.model import PersonMention

_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame|rev|revd)\.?\s+", re.I)
_COUNCILLOR = re.compile(r"^(?:councillors?|cllrs?)\.?\s+", re.I)
SPELLING = 80      # rapidfuzz ratio for a printed slip: Dorthohy/Dorothy 80, Duvall/Duvalle 92


@dataclass(frozen=True)
class NameParts:
    """A printed name split for comparison: "Councillor G. A. Russell" -> initials "ga", surname "russell"."""

    given: str          # "" when only initials or a surname were printed
    initials: str
    surname: str
    surname_parts: tuple[str, ...]   # "Denton-Tarn" -> ("denton", "tarn")
    councillor: bool
    titled: bool        # printed with Mr/Mrs/Ms/Dr

    @classmethod
    @lru_cache(maxsize=65536)
    def parse(cls, printed: str) -> NameParts:
        councillor = bool(_COUNCILLOR.match(printed))
        titled = bool(_HONORIFIC.match(printed))
        text = _COUNCILLOR.sub("", _HONORIFIC.sub("", printed.strip()))
        words = [w for w in re.split(r"\s+", text.replace(".", ". ")) if w.strip(".")]
        surname = _surname_key(words[-1]) if words else ""
        surname_parts = tuple(_surname_key(p) for p in words[-1].split("-")) if words else ()
        given_words = [w.rstrip(".") for w in words[:-1]]
        initials = "".join(w[0].lower() for w in given_words)
        given = next((w.lower() for w in given_words if len(w) > 1), "")
        return cls(given, initials, surname, surname_parts, councillor, titled)


def _surname_key(word: str) -> str:
    """"MacFarlane" and "McFarlane", "Du-Valle" and "Duvalle" compare equal."""
    key = re.sub(r"[^a-z]", "", word.lower())
    return re.sub(r"^mac(?=[^aeiou])", "mc", key)


class RoleRecord(NamedTuple):
    """A job title as printed beside a name, with where (file and lines) and (when known) when it was printed.
    A flat tuple: a store keeps tens of thousands with its packs' printings, read back at every change, and
    a tuple of plain values reads back about twice as quick as objects holding a :class:`kg.model.Span`."""

    role: str
    organisation: str | None
    source: str
    start: int
    end: int
    date: date | None = None


NAME, INITIALS, POST = "name", "initials", "post"   # the kinds of printing (see Printing)


class Printing(NamedTuple):
    """Every printing of one name in one source, as resolution reads them: a store prints a few hundred
    names many times over, so people resolve over these (with counts) rather than over each mention.
    Within a source, every mention of one (kind, key) is the same person (see :func:`printing_key`)."""

    source: str
    kind: str          # NAME: a name as printed; INITIALS: an owner by initials ("MR"); POST: an officer by post alone
    form: str          # NAME: the printed name cleaned (:func:`clean_form`); INITIALS: the letters; POST: as printed
    post: str          # POST: the post's key (:func:`post_key`); else ""
    count: int         # how many mentions print it
    declared: frozenset[str]        # NAME: initials printed after it in brackets ("Lorraine Dale (LD)" -> LD)
    roles: tuple[RoleRecord, ...]   # the roles printed beside it, each (role, date) once, first printing kept

    @property
    def key(self) -> str:
        """What identifies its person within the source: the post for an officer by post, else the form."""
        return self.post if self.kind == POST else self.form


@dataclass
class PersonCluster:
    name: str
    variants: list[str] = field(default_factory=list)
    printings: list[Printing] = field(default_factory=list)
    roles: list[RoleRecord] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    parts: list[NameParts] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)   # only from :func:`resolve_people`
    _members: list[int] = field(default_factory=list, repr=False)   # indexes into the printings, while resolving

    @property
    def councillor(self) -> bool:
        return any(p.councillor for p in self.parts)

    @property
    def sources(self) -> set[str]:
        return {printing.source for printing in self.printings}

    @property
    def indexes(self) -> list[int]:
        """Where its printings are in the list :func:`resolve_printings` was given (its caller places each
        printing's person by position, cheaper than keying a store's ~100 000 printings by source and name)."""
        return self._members


@lru_cache(maxsize=65536)
def clean_form(printed: str) -> str:
    """The printed name with spacing, possessive "'s" and bracketed asides removed."""
    text = re.sub(r"\s*\(.*?\)", "", printed)
    text = re.sub(r"['’]s$", "", " ".join(text.split()))
    return text.strip(" ,.;:")

def same_person(a: NameParts, b: NameParts) -> str | None:
    """Why two names with given names are one person, or None."""
    if not (a.given and b.given):
        return None
    surname_exact = a.surname == b.surname
    surname_near = surname_exact or (fuzz.ratio(a.surname, b.surname) >= SPELLING and a.surname[0] == b.surname[0])
    hyphen_part = _hyphen_part(a.surname_parts, b.surname_parts)
    given_same = same_given_name(a.given, b.given)
    given_slip = not given_same and _given_slip(a.given, b.given)
    if surname_exact and a.given == b.given:
        return "same name once titles are stripped"
    if surname_exact and given_same:
        return f"'{a.given.title()}' and '{b.given.title()}' are forms of one given name"
    if surname_exact and given_slip:
        return f"given name spelling slip ({a.given.title()}/{b.given.title()}, " \
               f"ratio {fuzz.ratio(a.given, b.given):.0f})"
    if given_same and surname_near:
        return f"surname spelling slip ({a.surname.title()}/{b.surname.title()}, " \
               f"ratio {fuzz.ratio(a.surname, b.surname):.0f})"
    if given_same and hyphen_part:
        return "surname printed without its hyphenated part"
    return None


def _given_slip(a: str, b: str) -> bool:
    """A misspelling, not two different common names: at least one form is not a known given name."""
    known = given_names()
    if a in known and b in known:
        return False
    return a[0] == b[0] and fuzz.ratio(a, b) >= SPELLING


def _hyphen_part(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"Denton" is the first part of "Denton-Tarn"."""
    short, long = sorted((a, b), key=len)
    return len(short) == 1 and len(long) > 1 and long[0] == short[0]


def is_post(mention: PersonMention) -> bool:
    """An officer printed by post alone ("The Democratic Services Officer") carries the post as name and role."""
    return bool(mention.role) and mention.name == mention.role


def is_initials(mention: PersonMention) -> bool:
    """An owner printed by initials alone ("ACTION: MR")."""
    return _initials_only(mention.name)


@lru_cache(maxsize=65536)
def _initials_only(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,3}", name))


def printing_key(mention: PersonMention) -> tuple[str, str]:
    """(kind, key) of the printing ``mention`` belongs to (see :class:`Printing`)."""
    if is_post(mention):
        return POST, post_key(mention.role)
    if is_initials(mention):
        return INITIALS, mention.name
    return NAME, clean_form(mention.name)


def printings_of(mentions: Sequence[PersonMention],
                 dates: Sequence[date | None] | None = None) -> tuple[list[Printing], list[list[int]]]:
    """The printings of ``mentions`` (``dates`` parallel to them, dating the roles), in the order each is
    first printed, and for each printing the indexes of its mentions. A name that cleans to nothing is none."""
    found: dict[tuple[str, str, str, str], list[int]] = {}
    for index, mention in enumerate(mentions):
        kind, key = printing_key(mention)
        form = mention.name if kind == POST else key     # a post as printed: its evidence quotes it
        if form:
            found.setdefault((mention.span.source, kind, form, key if kind == POST else ""), []).append(index)
    printings = []
    for (source, kind, form, post), members in found.items():
        declared = frozenset(_declared_initials(mentions[i].name) for i in members) - {""}
        roles: dict[tuple[str, date | None], RoleRecord] = {}
        for index in members:
            mention, day = mentions[index], dates[index] if dates else None
            if mention.role and (mention.role, day) not in roles:
                roles[mention.role, day] = RoleRecord(mention.role, mention.organisation, mention.span.source,
                                                      mention.span.start, mention.span.end, day)
        printings.append(Printing(source, kind, form, post, len(members), declared, tuple(roles.values())))
    return printings, list(found.values())


def _declared_initials(printed: str) -> str:
    """"Lorraine Dale (LD)" -> "LD": what closes the printed name in brackets, else ""."""
    return printed[printed.rfind("(") + 1:-1] if printed.endswith(")") and "(" in printed else ""


def resolve_people(mentions: Sequence[PersonMention], dates: Sequence[date | None] | None = None) -> list[PersonCluster]:
    """Cluster mentions into people (see :func:`resolve_printings`); ``dates`` (parallel to ``mentions``)
    dates the roles printed. Each cluster lists its mentions."""
    printings, members = printings_of(mentions, dates)
    clusters = resolve_printings(printings)
    index_of = {id(printing): position for position, printing in enumerate(printings)}
    for cluster in clusters:
        cluster.mentions = [mentions[i] for i in sorted(i for p in cluster.printings for i in members[index_of[id(p)]])]
    return clusters


def resolve_printings(printings: Sequence[Printing]) -> list[PersonCluster]:
    """Cluster printings into people, the same whatever order their sources come in.

    Names cluster first; a post printed alone then joins the single person its pack names as holder
    of that post, else a cluster standing for the unnamed holder of that post."""
    by_form: dict[str, list[int]] = {}
    printed: dict[str, int] = {}   # form -> how many mentions print it
    for index, (_, kind, form, _, count, _, _) in enumerate(printings):
        if kind == NAME:
            by_form.setdefault(form, []).append(index)
            printed[form] = printed.get(form, 0) + count
    # longer surnames first, so "Lisa Du-Valle" meets "Lisa Duvalle" before a truncated "Lisa Du"
    order = sorted(by_form, key=lambda f: (-len(NameParts.parse(f).surname), -printed[f], f))
    clusters: list[PersonCluster] = []
    by_letter: dict[str, list[PersonCluster]] = {}   # every merge rule needs surnames that start alike
    for form in (f for f in order if NameParts.parse(f).given):
        parts = NameParts.parse(form)
        target, reason = _best_full_match(parts, by_letter.get(parts.surname[:1], []))
        if target is None:
            target = PersonCluster(form)
            clusters.append(target)
            by_letter.setdefault(parts.surname[:1], []).append(target)
        else:
            target.evidence.append(f"'{form}' ~ '{target.variants[0]}': {reason}")
        _add(target, form, parts, by_form[form])
    partial = [f for f in order if not NameParts.parse(f).given]
    for form in sorted(partial, key=lambda f: (-len(NameParts.parse(f).initials), f)):
        _attach_partial(form, by_form, printings, clusters)
    for cluster in clusters:
        _finish(cluster, printings)
    clusters += _attach_initials([i for i, p in enumerate(printings) if p.kind == INITIALS], printings, clusters)
    posts = [i for i, p in enumerate(printings) if p.kind == POST]
    unheld: list[int] = []
    held: dict[int, PersonCluster] = {}
    for index, (holder, reason) in zip(posts, link_role_holders(clusters, [(printings[i].source, printings[i].form)
                                                                           for i in posts])):
        if holder is None:
            unheld.append(index)
        else:
            holder.evidence += [reason] if reason not in holder.evidence else []
            holder._members.append(index)
            held[id(holder)] = holder
    for holder in held.values():
        _finish(holder, printings)
    clusters += _post_clusters(unheld, printings)
    clusters.sort(key=lambda c: c.name)
    return clusters


def _attach_initials(indexes: list[int], printings: Sequence[Printing],
                     clusters: list[PersonCluster]) -> list[PersonCluster]:
    """Initials join the person their pack declares them for ("Lorraine Dale (LD)"), else the single
    person in that pack whose name has those initials; the rest become one cluster per form."""
    unresolved: dict[str, PersonCluster] = {}
    local = _clusters_by_source(clusters, printings, {printings[index].source for index in indexes})
    holders: dict[int, PersonCluster] = {}
    for index in indexes:
        letters = printings[index].form
        holder, reason = _initials_holder(letters, printings, local.get(printings[index].source, []))
        if holder is None:
            holder = unresolved.setdefault(letters, PersonCluster(letters))
            holder.variants = [letters]
        elif reason not in holder.evidence:
            holder.evidence.append(reason)
        holder._members.append(index)
        holders[id(holder)] = holder
    for holder in holders.values():   # once each, at the end: a cluster's members only grow here
        _finish(holder, printings)
    return list(unresolved.values())


def _clusters_by_source(clusters: list[PersonCluster], printings: Sequence[Printing],
                        sources: set[str]) -> dict[str, list[tuple[PersonCluster, list[int]]]]:
    """Source (of ``sources``) -> the clusters with members printed there (in cluster order), with those members."""
    out: dict[str, list[tuple[PersonCluster, list[int]]]] = {}
    for cluster in clusters:
        members: dict[str, list[int]] = {}
        for index in cluster._members:
            if printings[index].source in sources:
                members.setdefault(printings[index].source, []).append(index)
        for source, indexes in members.items():
            out.setdefault(source, []).append((cluster, indexes))
    return out


def _initials_holder(letters: str, printings: Sequence[Printing],
                     local: list[tuple[PersonCluster, list[int]]]) -> tuple[PersonCluster | None, str | None]:
    """``local``: the clusters with members in the pack that prints ``letters``, and those members."""
    declared = {id(c): c for c, members in local for i in members if letters in printings[i].declared}
    if declared:
        (holder, *others) = declared.values()
        return (None, None) if others else (holder, f"'{letters}' ~ '{holder.name}': printed as "
                                                    f"'{holder.name} ({letters})' in the same pack")
    fitting = [c for c, _ in local if any(letters in _initials_of(v) for v in c.variants)]
    if len(fitting) == 1:
        return fitting[0], f"'{letters}' ~ '{fitting[0].name}': the only person in the same pack with those initials"
    return None, None


@lru_cache(maxsize=65536)
def _initials_of(name: str) -> set[str]:
    return name_initials(name)


def _finish(cluster: PersonCluster, printings: Sequence[Printing]) -> None:
    """Printings, variants, canonical name and dated roles from the cluster's members."""
    cluster.printings = [printings[i] for i in sorted(cluster._members)]
    cluster.variants = sorted(set(cluster.variants))
    cluster.name = _canonical(cluster, printings)
    cluster.roles = _roles(cluster, printings)


def _add(cluster: PersonCluster, form: str, parts: NameParts, members: list[int]) -> None:
    cluster.variants.append(form)
    cluster.parts.append(parts)
    cluster._members.extend(members)


def _best_full_match(parts: NameParts, clusters: list[PersonCluster]) -> tuple[PersonCluster | None, str | None]:
    """The one cluster whose full names agree with ``parts``, the same surname outranking a near one
    ("Lisa Du-Valle" is "Lisa Duvalle" rather than a truncated "Lisa Du"); a tie means no merge."""
    matches = []
    for cluster in clusters:
        reasons = [same_person(parts, p) for p in cluster.parts if p.given]
        if reasons and all(reasons):
            same_surname = any(p.surname == parts.surname for p in cluster.parts if p.given)
            matches.append((same_surname, cluster, reasons[0]))
    best = [m for m in matches if m[0]] or matches
    return (best[0][1], best[0][2]) if len(best) == 1 else (None, None)


def _attach_partial(form: str, by_form: dict[str, list[int]], printings: Sequence[Printing],
                    clusters: list[PersonCluster]) -> None:
    """"Councillor G. A. Russell", "Councillor Lakin", "Mr Horner": to the single person they fit,
    first across all packs, else within the pack they were printed in; otherwise a cluster of their own."""
    parts = NameParts.parse(form)
    candidates = [c for c in clusters if _fits(parts, c)]
    if parts.councillor:
        candidates = [c for c in candidates if c.councillor]
    what = f"{'councillor' if parts.councillor else 'person'} with surname {parts.surname.title()}" + (
        f" and initial {parts.initials[0].upper()}" if parts.initials else "")
    if len(candidates) == 1:
        target = candidates[0]
        target.evidence.append(f"'{form}' ~ '{target.variants[0]}': the only {what}")
        _add(target, form, parts, by_form[form])
        return
    targets: dict[int | None, list[int]] = {}
    printed_in = {id(c): {printings[j].source for j in c._members} for c in candidates}
    positions = sorted(i for i, c in enumerate(clusters) if id(c) in printed_in)
    for index in by_form[form]:
        source = printings[index].source
        local = [i for i in positions if source in printed_in[id(clusters[i])]]
        targets.setdefault(local[0] if len(local) == 1 else None, []).append(index)
    for position, members in sorted(targets.items(), key=lambda t: -1 if t[0] is None else t[0]):
        target = clusters[position] if position is not None else None
        if target is None:
            existing = next((c for c in clusters if form in c.variants and len(c.variants) == 1), None)
            target = existing or PersonCluster(form)
            if existing is None:
                clusters.append(target)
        else:
            target.evidence.append(f"'{form}' ~ '{target.variants[0]}': the only {what} in the same pack")
        _add(target, form, parts, members)


def _fits(partial: NameParts, cluster: PersonCluster) -> bool:
    """The cluster prints this surname (its other spellings were merged as slips of it) and any
    initials agree with every given name it prints."""
    if not any(known.surname == partial.surname for known in cluster.parts):
        return False
    for known in cluster.parts:
        if partial.initials and known.initials and partial.initials[0] != known.initials[0]:
            return False
        if partial.initials and known.given and known.given[0] != partial.initials[0]:
            return False
    return True


def _canonical(cluster: PersonCluster, printings: Sequence[Printing]) -> str:
    """The most printed full form, titles stripped ("Paul Lakin" over "Councillor Lakin"), else the most printed
    form with initials ("Councillor T. Carver" over "Councillor Carver"); ties go to the longer, then the
    alphabetically first, so the choice never depends on ingest order."""
    named = [i for i in cluster._members if printings[i].kind != POST] or cluster._members
    counts: Counter[str] = Counter()
    for index in named:
        printing = printings[index]
        counts[clean_form(printing.form) if printing.kind == POST else printing.form] += printing.count   # _cleaned
    stripped: Counter[str] = Counter()
    for form, count in counts.items():
        stripped[_COUNCILLOR.sub("", _HONORIFIC.sub("", form))] += count
    full = [f for f in stripped if NameParts.parse(f).given]
    if full:
        return max(full, key=lambda f: (stripped[f], len(f), [-ord(c) for c in f]))
    initialled = [f for f in counts if NameParts.parse(f).initials] or list(counts)   # "T. Carver" over "Carver"
    return max(initialled, key=lambda f: (counts[f], len(f), [-ord(c) for c in f]))


def _roles(cluster: PersonCluster, printings: Sequence[Printing]) -> list[RoleRecord]:
    records: dict[tuple[str, str, date | None], RoleRecord] = {}
    for index in cluster._members:
        for record in printings[index].roles:
            records.setdefault((record.role, record.source, record.date), record)
    return sorted(records.values(), key=lambda r: (r.date or date.min, r.source, r.start))

def person_key(cluster: PersonCluster) -> str:
    """Key for the person's IRI: the slug of the alphabetically first full name the cluster prints (titles
    stripped), else of its name. Unlike the canonical name it does not hang on how often each spelling
    is printed, so one more pack that prints a spelling again cannot move the person (and so rewrite every
    pack that mentions her); only a new spelling can."""
    stripped = {_COUNCILLOR.sub("", _HONORIFIC.sub("", variant)) for variant in set(cluster.variants)}
    full = sorted(form for form in stripped if NameParts.parse(form).given)
    return re.sub(r"[^a-z0-9]+", "-", (full[0] if full else cluster.name).lower()).strip("-")


@lru_cache(maxsize=65536)
def post_key(text: str) -> str:
    """"The Director for Schools & Lifelong Learning" and "Interim Director of Schools and Lifelong
    Learning" compare equal, as do "Adviser" and "Advisor"; "Deputy" stays, a deputy is not the holder."""
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"^(?:the|our|your)\s+", "", " ".join(re.sub(r"[^a-z' ]+", " ", text).split()))
    text = re.sub(r"\badvisor\b", "adviser", re.sub(r"\bfor\b", "of", text))
    return re.sub(r"^(?:interim|acting)\s+", "", text)


def link_role_holders(clusters: Sequence[PersonCluster],
                      posts: Sequence[tuple[str, str]]) -> list[tuple[PersonCluster | None, str | None]]:
    """For officers printed by post only ("The Strategic Director presented"), given as (source, post as
    printed), the person the same pack names as holder of that post, when it names exactly one. Posts
    change hands, so a holder printed in another pack is no evidence. Returns (cluster or None, evidence),
    parallel to the input."""
    wanted: dict[str, set[str]] = {}   # source -> the posts it prints alone
    for source, printed in posts:
        wanted.setdefault(source, set()).add(post_key(printed))
    holders: dict[tuple[str, str], dict[int, tuple[PersonCluster, RoleRecord]]] = {}   # (source, post) -> holders
    for cluster in clusters:
        for record in cluster.roles:
            posts_there = wanted.get(record.source)
            if posts_there is None:
                continue
            for post in _posts_held(record.role):
                if post in posts_there:
                    holders.setdefault((record.source, post), {})[id(cluster)] = (cluster, record)
    out: list[tuple[PersonCluster | None, str | None]] = []
    for source, printed in posts:
        found = holders.get((source, post_key(printed)), {})
        if len(found) != 1:
            out.append((None, None))
            continue
        ((cluster, record),) = found.values()
        out.append((cluster, f"'{printed}' is {cluster.name}: the only holder of that post in the same "
                             f"pack ('{record.role}', line {record.start})"))
    return out

@lru_cache(maxsize=65536)
def _posts_held(role: str) -> tuple[str, ...]:
    """The post keys a printed role holds: each its first words name (see :func:`holds_post`); cached, as
    every pack prints the same few roles."""
    words = post_key(role).split()
    return tuple(" ".join(words[:end]) for end in range(1, len(words) + 1))


def holds_post(printed_role: str, post: str) -> bool:
    """"Strategic Director of Children's Services" holds the post "Strategic Director"."""
    return bool(post) and (printed_role == post or printed_role.startswith(post + " "))


def _post_clusters(indexes: list[int], printings: Sequence[Printing]) -> list[PersonCluster]:
    """Unnamed holders, one per post: printings of a post join when their keys are equal, or when all
    words of a shorter one (three or more words that matter) appear in the single longer one that
    starts and ends like it ("Director of Lifelong Learning" in "Director of Schools and Lifelong
    Learning")."""
    by_key: dict[str, list[int]] = {}
    for index in indexes:
        by_key.setdefault(printings[index].post, []).append(index)
    keys = sorted(by_key, key=lambda k: (-len(k.split()), k))
    groups: dict[str, list[str]] = {}
    evidence: dict[str, list[str]] = {}
    for key in keys:
        containing = [g for g in groups if _post_within(key, g)]
        if len(containing) == 1:
            groups[containing[0]].append(key)
            printed = [_most_printed(by_key[k], printings) for k in (key, containing[0])]
            evidence[containing[0]].append(f"'{printed[0]}' ~ '{printed[1]}': every word of the shorter post "
                                           f"is in the longer (token set ratio 100)")
        else:
            groups[key] = [key]
            evidence[key] = []
    clusters = []
    for key, members in groups.items():
        cluster = PersonCluster(key, evidence=evidence[key])
        cluster._members = sorted(i for k in members for i in by_key[k])
        cluster.variants = [_cleaned(printings[i]) for i in cluster._members]
        _finish(cluster, printings)
        cluster.name = _most_printed(by_key[key], printings)          # the fullest post names the cluster
        clusters.append(cluster)
    return clusters


def _cleaned(printing: Printing) -> str:
    """The printing's name cleaned (an officer's post is kept as printed, for the evidence that quotes it)."""
    return clean_form(printing.form) if printing.kind == POST else printing.form


def _most_printed(indexes: list[int], printings: Sequence[Printing]) -> str:
    """The form printed most often, ties alphabetically, so names never depend on ingest order."""
    printed: Counter[str] = Counter()
    for index in indexes:
        printed[_cleaned(printings[index])] += printings[index].count
    return max(printed, key=lambda f: (printed[f], [-ord(c) for c in f]))

def _post_within(short: str, long: str) -> bool:
    """Every word of the shorter post key is in the longer, which starts and ends with the same words."""
    words, long_words = short.split(), long.split()
    significant = [w for w in words if w not in {"of", "and", "the", "for"}]
    return (len(significant) >= 3 and words[0] == long_words[0] and words[-1] == long_words[-1]
            and fuzz.token_set_ratio(short, long) == 100)
