"""Collects every person and organisation mention in a set of packs, resolves them across packs
(via :mod:`kg.entities`) and writes the resolved entities, their name variants and their dated
roles into the graph.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS, XSD
from rdflib.term import Node

from kg.entities.organisations import (
    EmployerMention,
    OrgPrinting,
    across_sources,
    org_key,
    org_printings_of,
    resolve_org_printings,
)
from kg.entities.people import (
    POST,
    PersonCluster,
    Printing,
    RoleRecord,
    person_key,
    printing_key,
    printings_of,
    resolve_printings,
)
from kg.graph import iris
from kg.loaders.council import council_key
from kg.model import Action, OrganisationMention, ParsedPack, PersonMention
from kg.ontology import BESLUIT, CKG, SCHEMA

Triple = tuple[URIRef, URIRef, Node]
_ACRONYM_SUFFIX = re.compile(r"\s*\(([A-Za-z&]{2,10})\)\s*$")


def dated_mentions(pack: ParsedPack) -> Iterator[tuple[PersonMention | OrganisationMention, date | None]]:
    for meeting in pack.meetings:
        people = [meeting.chair] if meeting.chair else []
        people += meeting.present + meeting.apologies + meeting.officers
        for item in meeting.items:
            people += item.people + [lead for action in item.actions for lead in action.leads]
            people += [declaration.person for declaration in item.declarations]
            yield from ((org, meeting.date) for org in item.organisations + _action_organisations(item.actions))
        yield from ((person, meeting.date) for person in people)
    pack_date = next((m.date for m in pack.meetings if m.kind == "agenda"), None)
    for document in pack.documents:
        people = ([document.author] if document.author else []) + document.people
        people += [lead for priority in document.priorities for lead in priority.leads]
        people += [lead for action in document.actions for lead in action.leads]
        yield from ((person, pack_date) for person in people)
        yield from ((org, pack_date) for org in document.organisations + _action_organisations(document.actions))


def _action_organisations(actions: list[Action]) -> list[OrganisationMention]:
    """The partners and lead organisations of ``actions``, an item's or a paper's."""
    return [o for action in actions for o in [*action.partners, *action.lead_organisations]]


@dataclass
class PackEntities:
    """What entity resolution needs of one pack, each name counted once per way it is printed (see
    :class:`kg.entities.people.Printing`); kept beside the store's copy of the pack so that later ingests
    resolve new packs against it without parsing it again, and small, since every change reads all of them."""

    source: str
    people: list[Printing]
    organisations: list[OrgPrinting]
    glossary: dict[str, str]
    bodies: list[str]      # the bodies of its meetings, as printed
    council: str | None = None   # the council its text names (or ingest was told)

    @classmethod
    def of(cls, pack: ParsedPack) -> PackEntities:
        people: list[PersonMention] = []
        dates: list[date | None] = []
        organisations: list[OrganisationMention] = []
        for mention, day in dated_mentions(pack):
            if isinstance(mention, PersonMention):
                people.append(mention)
                dates.append(day)
                if mention.organisation:
                    organisations.append(employer_mention(mention))
            else:
                organisations.append(mention)
        return cls(pack.source.name, printings_of(people, dates)[0], org_printings_of(organisations)[0],
                   pack.glossary, [m.body for m in pack.meetings], pack.council)


def councils_of(summaries: list[PackEntities]) -> dict[str, str | None]:
    """Each pack's council: the one its text names, else the one council whose other packs record a
    meeting of the same body, else the only council the other packs name (a pack that never prints its
    council's name still belongs to it)."""
    by_body: dict[str, set[str]] = defaultdict(set)
    for summary in summaries:
        for body in summary.bodies if summary.council else []:
            by_body[_body_key(body)].add(council_key(summary.council))
    names = _council_names([summary.council for summary in summaries if summary.council])
    out: dict[str, str | None] = {}
    for summary in summaries:
        if summary.council:
            out[summary.source] = names[council_key(summary.council)]
            continue
        found = {key for body in summary.bodies for key in by_body.get(_body_key(body), set())}
        if not found and len(names) == 1:
            found = set(names)          # every pack that names a council names this one
        out[summary.source] = names[found.pop()] if len(found) == 1 else None
    return out


def _council_names(printed: list[str]) -> dict[str, str]:
    """Council key -> its name: the spelling most packs print, then the longest, then the first alphabetically.
    Which pack sorts last plays no part, so a new pack that spells its council otherwise does not rename
    the council in every other pack's facts (and so rewrite them all)."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for name in printed:
        spellings[council_key(name)][name] += 1
    return {key: min(counts, key=lambda name: (-counts[name], -len(name), name)) for key, counts in spellings.items()}


def _body_key(body: str) -> str:
    return " ".join(re.findall(r"[a-z]+", body.lower()))


def employer_mention(person: PersonMention) -> EmployerMention:
    """The employer of ``person`` as an organisation mention, a closing "(ACR)" read as its acronym."""
    printed = person.organisation or ""
    match = _ACRONYM_SUFFIX.search(printed)
    return EmployerMention(_ACRONYM_SUFFIX.sub("", printed), person.span, match.group(1) if match else None, printed)


class EntityIndex:
    """Maps each mention to the IRI of the person or organisation it names. People are resolved, and
    their IRIs minted, within their pack's council (two councils' John Smiths are two people);
    organisations across all packs.

    Every change of a store resolves and signs every pack, so what each printing resolves to is kept by
    its position in its pack's list (no key per printing); the lookups by name that only the packs being
    written need are made for those packs alone, when first asked. A pack's printings carry its own
    source name (:meth:`PackEntities.of` reads them from its mentions)."""

    def __init__(self, packs: list[PackEntities]) -> None:
        self.councils = councils_of(packs)      # source file -> its council
        self._packs = {pack.source: pack for pack in packs}
        by_council: dict[str | None, list[PackEntities]] = defaultdict(list)
        for pack in packs:
            by_council[self.councils[pack.source]].append(pack)
        self.people: list[tuple[str | None, PersonCluster]] = []
        self._person_nodes: dict[str, list[URIRef]] = {}   # source -> the person of each of its printings, in order
        self._roles_in: dict[str, list[tuple[URIRef, RoleRecord]]] = defaultdict(list)   # source -> roles printed
        self._nodes: list[URIRef] = []   # parallel to self.people
        for council, members in sorted(by_council.items(), key=lambda pair: pair[0] or ""):
            printings = [printing for pack in members for printing in pack.people]
            nodes: list[URIRef] = [URIRef("")] * len(printings)
            for cluster in resolve_printings(printings):
                self.people.append((council, cluster))
                node = iris.person_iri(person_key(cluster), council)
                self._nodes.append(node)
                for index in cluster.indexes:   # each printing is in one cluster
                    nodes[index] = node
            start = 0
            for pack in members:
                self._person_nodes[pack.source] = nodes[start:start + len(pack.people)]
                start += len(pack.people)
        # IRIs that two people share (their slugs agree): which roles a pack's facts hold of them is then signed
        self._shared_nodes = {node for node, count in Counter(self._nodes).items() if count > 1}
        for node, (_, cluster) in zip(self._nodes, self.people, strict=True):   # in cluster order: a pack's roles
            for record in cluster.roles:                                  # are listed person by person
                self._roles_in[record.source].append((node, record))
        # each cluster's printings are then names with counts over all packs (its sources are each pack's own)
        self.organisations = resolve_org_printings(across_sources([p for pack in packs for p in pack.organisations]),
                                                   [pack.glossary for pack in packs])
        self._organisation_of: dict[str, URIRef] = {}   # an organisation's name as printed -> its node
        self._employer_of: dict[str, URIRef] = {}       # an employer as printed in a role -> its organisation
        for cluster in self.organisations:
            node = iris.organisation_iri(org_key(cluster.name))
            for printing in cluster.printings:
                self._organisation_of[printing.name] = node
                if printing.employer:
                    self._employer_of[printing.employer] = node
        self._person_of: dict[str, dict[tuple[str, str], URIRef]] = {}   # source -> (kind, key) -> person, when asked
        self._bodies: dict[str, tuple[str, str | None]] = {}

    @classmethod
    def from_packs(cls, packs: list[ParsedPack]) -> EntityIndex:
        return cls([PackEntities.of(pack) for pack in packs])

    def council(self, source: str) -> str | None:
        """The council the pack read from ``source`` belongs to."""
        return self.councils.get(source)

    def signature(self, pack: PackEntities) -> str:
        """What a pack's own facts take from resolution: the IRI of each of its printings, its council and
        the name of each of its bodies. A pack whose signature is unchanged keeps its facts as they are.

        The roles its facts hold follow from those: each person holds the roles printed beside the pack's
        printings of that person (each role once a date), and the employer a role names is one of the pack's
        organisation printings. Only when two people share an IRI could the roles move while the IRIs stay:
        then they are signed too."""
        organisation_of, source, people = self._organisation_of, pack.source, self._person_nodes[pack.source]
        nodes = [*people, *(organisation_of[printing.name] for printing in pack.organisations)]
        roles = [] if self._shared_nodes.isdisjoint(people) else \
            [f"{node} {role} {self._employer_of[employer] if employer else None} {day} {start}-{end}"
             for node, (role, employer, _, start, end, day) in self._roles_in.get(source, [])]
        return iris.short_hash(*nodes, str(self.council(source)), *map(self.body_name, pack.bodies), *roles)

    def person(self, mention: PersonMention) -> URIRef:
        return self._people_of(mention.span.source)[printing_key(mention)]

    def organisation(self, mention: OrganisationMention) -> URIRef:
        return self._organisation_of[mention.name]

    def _people_of(self, source: str) -> dict[tuple[str, str], URIRef]:
        """(kind, key) of each printing of ``source`` (see :func:`printing_key`) -> its person."""
        if source not in self._person_of:
            self._person_of[source] = {(kind, post if kind == POST else form): node for (_, kind, form, post, *_), node
                                       in zip(self._packs[source].people, self._person_nodes[source], strict=True)}
        return self._person_of[source]

    # -- bodies (the committees and boards that meet) ---------------------------------------
    def body_name(self, printed: str) -> str:
        """"CHILDREN, YOUNG PEOPLE AND FAMILIES PARTNERSHIP" -> "Children, Young People and Families Partnership"."""
        return self._body(printed)[0]

    def body_iri(self, printed: str, council: str | None = None) -> URIRef:
        """A body belongs to its council: two councils' "Cabinet" are two bodies."""
        return iris.body_iri(self.body_name(printed), council)

    def _body(self, printed: str) -> tuple[str, str | None]:
        if printed not in self._bodies:
            text = " ".join(printed.split())
            match = _ACRONYM_SUFFIX.search(text)
            acronym = match.group(1) if match else None
            name = _ACRONYM_SUFFIX.sub("", text)
            if name.isupper():
                name = _title_case(name)
            self._bodies[printed] = (name, acronym)
        return self._bodies[printed]

    # -- writing ------------------------------------------------------------------------------
    # What one source's facts say of the entities lives with that source (its bodies, the people and
    # organisations it mentions, the roles it prints); what all sources resolve together (names,
    # variants, merge evidence, role labels) is shared. The union of both is the graph of all packs.
    def add_source_facts(self, graph: Graph, source: str, bodies: list[str]) -> None:
        """The entity facts of source file ``source``, whose meetings were held by ``bodies`` (as printed)."""
        cited = iris.source_iri(source)
        council = self.council(source)
        for printed in dict.fromkeys(bodies):
            node = self._add_body(graph, printed, council)
            graph.add((node, PROV.wasDerivedFrom, cited))
        pack = self._packs.get(source)
        for node in set(self._person_nodes.get(source, ())):
            graph.add((node, PROV.wasDerivedFrom, cited))
        for node, record in self._roles_in.get(source, []):
            self._add_membership(graph, node, record)
        for node in {self._organisation_of[printing.name] for printing in pack.organisations} if pack else ():
            graph.add((node, PROV.wasDerivedFrom, cited))

    def add_shared_facts(self, graph: Graph) -> None:
        """The people, roles and organisations as resolved across all sources."""
        for triple in self.shared_facts():
            graph.add(triple)

    def shared_facts(self) -> set[Triple]:
        """The triples of :meth:`add_shared_facts`, gathered without a graph (whose index costs more than
        making them, at every change of a large store)."""
        facts = _Facts()
        self._add_people(facts)
        self._add_roles(facts)
        self._add_organisations(facts)
        return facts.triples()

    def _add_body(self, graph: Graph, printed: str, council: str | None) -> URIRef:
        name, acronym = self._body(printed)
        node = iris.body_iri(name, council)
        graph.add((node, RDF.type, BESLUIT.Bestuursorgaan))
        graph.set((node, SKOS.prefLabel, Literal(name)))
        if acronym:
            graph.add((node, SKOS.altLabel, Literal(acronym)))
        if printed != name:
            graph.add((node, SKOS.hiddenLabel, Literal(printed)))
        if council:
            graph.add((node, BESLUIT.bestuurt, iris.council_iri(council)))
        return node

    def _add_people(self, facts: _Facts) -> None:
        for node, (_, cluster) in zip(self._nodes, self.people, strict=True):
            facts.add((node, RDF.type, FOAF.Person))
            facts.add((node, RDF.type, SCHEMA.Person))
            facts.set((node, FOAF.name, Literal(cluster.name)))
            for variant in cluster.variants:
                if variant != cluster.name:
                    facts.add((node, SKOS.altLabel, Literal(variant)))
            for reason in cluster.evidence:
                facts.add((node, CKG.mergeEvidence, Literal(reason)))

    def _add_roles(self, facts: _Facts) -> None:
        """Each role once, labelled with its shortest printing: several printings share one role IRI, and
        the label must not depend on which came last."""
        labels: dict[URIRef, str] = {}
        for printed in {record.role for _, cluster in self.people for record in cluster.roles}:
            role = _clean_role(printed)
            node = iris.role_iri(role)
            if node not in labels or (len(role), role) < (len(labels[node]), labels[node]):
                labels[node] = role
        for node, label in labels.items():
            facts.add((node, RDF.type, ORG.Role))
            facts.add((node, SKOS.prefLabel, Literal(label)))

    def _employer(self, record: RoleRecord) -> URIRef | None:
        return self._employer_of[record.organisation] if record.organisation else None

    def _add_membership(self, graph: Graph, person: URIRef, record: RoleRecord) -> None:
        day = record.date
        key = f"{iris.short_hash(record.role, record.source)}-{day.isoformat() if day else 'undated'}"
        membership = iris.child_iri(person, "role", key)
        graph.add((membership, RDF.type, ORG.Membership))
        graph.add((membership, ORG.member, person))
        role = _clean_role(record.role)
        graph.add((membership, CKG.roleLabel, Literal(role)))
        graph.add((membership, ORG.role, iris.role_iri(role)))
        if record.organisation:
            graph.add((membership, ORG.organization, self._employer(record)))
        if day:
            graph.add((membership, DCTERMS.date, Literal(day.isoformat(), datatype=XSD.date)))
        graph.add((membership, PROV.wasDerivedFrom, iris.source_iri(record.source)))
        graph.add((membership, CKG.lineStart, Literal(record.start)))
        graph.add((membership, CKG.lineEnd, Literal(max(record.start, record.end))))

    def _add_organisations(self, facts: _Facts) -> None:
        for cluster in self.organisations:
            node = iris.organisation_iri(org_key(cluster.name))
            facts.add((node, RDF.type, ORG.Organization))
            facts.set((node, SKOS.prefLabel, Literal(cluster.name)))
            for acronym in cluster.acronyms:
                facts.add((node, SKOS.altLabel, Literal(acronym)))


class _Facts:
    """Triples gathered as a graph would hold them: ``set`` keeps one object per subject and predicate, the
    last given (as :meth:`rdflib.Graph.set` does; nothing else adds that subject and predicate)."""

    def __init__(self) -> None:
        self._added: set[Triple] = set()
        self._single: dict[tuple[URIRef, URIRef], Node] = {}

    def add(self, triple: Triple) -> None:
        self._added.add(triple)

    def set(self, triple: Triple) -> None:
        self._single[triple[0], triple[1]] = triple[2]

    def triples(self) -> set[Triple]:
        return self._added | {(subject, predicate, value) for (subject, predicate), value in self._single.items()}


def _clean_role(role: str) -> str:
    """Job titles as printed, less table rules and stray cell separators."""
    return re.sub(r"[\s\-–_=]*$", "", " ".join(role.split())) or role


_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "to", "a", "an"}


def _title_case(text: str) -> str:
    words = text.lower().split()
    return " ".join(w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words))
