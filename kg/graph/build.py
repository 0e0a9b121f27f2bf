"""Turn parsed packs into one RDF graph.

The graph is a pure function of the set of packs: people and organisations are resolved across
all of them at once, so adding a pack can merge a name variant seen in an older one. Each node
carries its provenance (``prov:wasDerivedFrom`` the source file, ``ckg:lineStart``/``ckg:lineEnd``).
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS, XSD

from kg.graph import iris
from kg.graph.entities_bridge import EntityIndex
from kg.graph.linking import add_links
from kg.model import Action, Document, Item, Meeting, ParsedPack, Span
from kg.ontology import BESLUIT, CKG, SCHEMA, bind_prefixes

_PAPER_CLASSES = {
    "agenda": CKG.Agenda, "minutes": CKG.Minutes, "strategy": CKG.Strategy, "action_plan": CKG.Strategy,
}


def build_graph(packs: Iterable[ParsedPack]) -> Graph:
    """Build the whole knowledge graph for ``packs`` in memory (a store builds the same triples pack
    by pack: :func:`pack_graph`, then the entities and links over all of them); people are resolved
    within each council."""
    packs = list(packs)
    graph = bind_prefixes(Graph())
    entities = EntityIndex.from_packs(packs)
    for pack in packs:
        _add_pack(graph, pack, entities)
    entities.add_shared_facts(graph)
    add_links(graph, packs)
    return graph


def pack_graph(pack: ParsedPack, entities: EntityIndex) -> Graph:
    """One pack's own facts; its people, organisations, bodies and council as ``entities`` resolved them."""
    graph = Graph()
    _add_pack(graph, pack, entities)
    return graph


def _add_pack(graph: Graph, pack: ParsedPack, entities: EntityIndex) -> None:
    _PackBuilder(graph, pack, entities).build()
    entities.add_source_facts(graph, pack.source.name, [meeting.body for meeting in pack.meetings])


def _unique(node: URIRef, span: Span, used: set[URIRef]) -> URIRef:
    """Numbers can repeat within one paper (a plan and its progress table): the line keeps them apart."""
    if node in used:
        node = URIRef(f"{node}-l{span.start}")
    used.add(node)
    return node


class _PackBuilder:
    """Writes one pack's meetings and papers; entity IRIs come from the shared index."""

    def __init__(self, graph: Graph, pack: ParsedPack, entities: EntityIndex) -> None:
        self.g = graph
        self.pack = pack
        self.entities = entities
        self.council_name = entities.council(pack.source.name)
        self.source = iris.source_iri(pack.source.name)

    def build(self) -> None:
        self.g.add((self.source, RDF.type, CKG.SourceFile))
        self.g.add((self.source, DCTERMS.title, Literal(self.pack.source.name)))
        self.g.add((self.source, DCTERMS.identifier, Literal(self.pack.source.sha256)))
        self.council = self._council(self.council_name)
        record_papers = {}
        for meeting in self.pack.meetings:
            record_papers[id(meeting)] = self._meeting(meeting)
        for document in self.pack.documents:
            if document.type in ("agenda", "minutes") and self._record_paper_for(document, record_papers):
                continue
            self._paper(document)

    # -- provenance ---------------------------------------------------------------------------
    def _printed(self, node: URIRef, *values: tuple[URIRef, str | None]) -> None:
        """A literal for each (predicate, value) whose value the paper prints; an absent one adds nothing."""
        for predicate, value in values:
            if value:
                self.g.add((node, predicate, Literal(value)))

    def _cite(self, node: URIRef, span: Span) -> None:
        self.g.add((node, PROV.wasDerivedFrom, self.source))
        self.g.add((node, CKG.lineStart, Literal(span.start)))
        self.g.add((node, CKG.lineEnd, Literal(max(span.start, span.end))))
        if span.page is not None:
            self.g.add((node, CKG.page, Literal(span.page)))

    def _council(self, name: str | None) -> URIRef | None:
        """The council node; the source file is published by it."""
        if not name:
            return None
        node = iris.council_iri(name)
        self.g.add((node, RDF.type, BESLUIT.Bestuurseenheid))
        self.g.set((node, SKOS.prefLabel, Literal(name)))
        self.g.add((node, PROV.wasDerivedFrom, self.source))
        self.g.add((self.source, DCTERMS.publisher, node))
        return node

    # -- meetings -----------------------------------------------------------------------------
    def _meeting(self, meeting: Meeting) -> URIRef:
        body = self.entities.body_iri(meeting.body, self.council_name)
        node = iris.meeting_iri(self.entities.body_name(meeting.body), meeting.date, self.council_name)
        g = self.g
        g.add((node, RDF.type, BESLUIT.Zitting))
        g.add((node, BESLUIT.isGehoudenDoor, body))
        g.add((node, DCTERMS.date, Literal(meeting.date.isoformat(), datatype=XSD.date)))
        g.add((node, PROV.wasDerivedFrom, self.source))
        paper = iris.paper_iri(self.pack.source.name, f"{meeting.kind} {meeting.body} {meeting.date}", meeting.span.start)
        g.add((paper, RDF.type, CKG.Agenda if meeting.kind == "agenda" else CKG.Minutes))
        g.add((paper, DCTERMS.title, Literal(f"{meeting.kind.capitalize()} - {meeting.body}, {meeting.date:%d %B %Y}")))
        g.add((paper, CKG.documentType, Literal(meeting.kind)))
        g.add((paper, CKG.recordOf, node))
        if self.council is not None:
            g.add((paper, DCTERMS.publisher, self.council))
        self._cite(paper, meeting.span)
        self._printed(node, (CKG.venue, meeting.venue), (CKG.startTime, meeting.time))
        if meeting.chair:
            g.add((node, BESLUIT.heeftVoorzitter, self.entities.person(meeting.chair)))
        for person in meeting.present:
            g.add((node, BESLUIT.heeftAanwezigeBijStart, self.entities.person(person)))
        for person in meeting.apologies:
            g.add((node, CKG.apologies, self.entities.person(person)))
        for person in meeting.officers:
            g.add((paper, SCHEMA.mentions, self.entities.person(person)))
        for item in meeting.items:
            if meeting.kind == "agenda":
                self._agenda_item(node, paper, item)
            else:
                self._minute_item(node, paper, item)
        return paper

    def _agenda_item(self, meeting: URIRef, paper: URIRef, item: Item) -> None:
        node = iris.agenda_item_iri(meeting, item.number, item.title)
        g = self.g
        g.add((node, RDF.type, BESLUIT.Agendapunt))
        g.add((meeting, BESLUIT.behandelt, node))
        g.add((node, DCTERMS.isPartOf, paper))
        self._item_common(node, item)
        if item.pages:
            g.add((node, CKG.pages, Literal(f"{item.pages[0]}-{item.pages[1]}")))
        if item.section:
            g.add((node, CKG.section, Literal(item.section)))

    def _minute_item(self, meeting: URIRef, paper: URIRef, item: Item) -> None:
        node = iris.minute_item_iri(meeting, item.number, item.title)
        g = self.g
        g.add((node, RDF.type, BESLUIT.BehandelingVanAgendapunt))
        g.add((meeting, CKG.hasMinuteItem, node))
        g.add((node, DCTERMS.isPartOf, paper))
        self._item_common(node, item)
        if item.outcome:
            g.add((node, CKG.outcome, Literal(item.outcome)))
        for position, resolution in enumerate(item.resolutions, start=1):
            key = f"{position}-{resolution.number}" if resolution.number else str(position)
            res = iris.child_iri(node, "resolution", key)
            g.add((res, RDF.type, BESLUIT.Besluit))
            g.add((node, PROV.generated, res))
            g.add((res, PROV.value, Literal(resolution.text)))
            g.add((res, CKG.decisionLabel, Literal(resolution.label)))
            if resolution.number:
                g.add((res, DCTERMS.identifier, Literal(resolution.number)))
            self._cite(res, resolution.span)
        used: set[URIRef] = set()
        for position, action in enumerate(item.actions, start=1):
            self._action(node, action, position, {}, used)
        self._procedure(node, item)
        for reference in item.references:
            ref = iris.child_iri(node, "ref", f"{reference.number}-{reference.span.start}")
            g.add((ref, RDF.type, CKG.MinuteReference))
            g.add((node, CKG.hasReference, ref))
            g.add((ref, RDFS.label, Literal(reference.text)))
            g.add((ref, CKG.targetNumber, Literal(reference.number)))
            if reference.meeting_date:
                g.add((ref, CKG.targetDate, Literal(reference.meeting_date.isoformat(), datatype=XSD.date)))
            self._cite(ref, reference.span)

    def _procedure(self, node: URIRef, item: Item) -> None:
        """Recorded votes, declarations of interest and the exclusion of the public, as data."""
        g = self.g
        for position, vote in enumerate(item.votes, start=1):
            vote_node = iris.child_iri(node, "vote", str(position))
            g.add((vote_node, RDF.type, CKG.Vote))
            g.add((node, CKG.hasVote, vote_node))
            g.add((vote_node, PROV.value, Literal(vote.text)))
            for predicate, value in ((CKG.votesFor, vote.votes_for), (CKG.votesAgainst, vote.against),
                                     (CKG.abstentions, vote.abstentions)):
                if value is not None:
                    g.add((vote_node, predicate, Literal(value)))
            if vote.outcome:
                g.add((vote_node, CKG.voteOutcome, Literal(vote.outcome)))
            self._cite(vote_node, vote.span)
        for position, declaration in enumerate(item.declarations, start=1):
            declared = iris.child_iri(node, "declaration", str(position))
            g.add((declared, RDF.type, CKG.DeclarationOfInterest))
            g.add((node, CKG.hasDeclaration, declared))
            g.add((declared, CKG.declaredBy, self.entities.person(declaration.person)))
            g.add((declared, PROV.value, Literal(declaration.text)))
            self._printed(declared, (CKG.interestKind, declaration.kind), (CKG.regarding, declaration.regarding))
            self._cite(declared, declaration.span)
        if item.exclusion:
            excluded = iris.child_iri(node, "exclusion", "1")
            g.add((excluded, RDF.type, CKG.Exclusion))
            g.add((node, CKG.hasExclusion, excluded))
            g.add((excluded, PROV.value, Literal(item.exclusion.text)))
            if item.exclusion.grounds:
                g.add((excluded, CKG.exemptGrounds, Literal(item.exclusion.grounds)))
            self._cite(excluded, item.exclusion.span)

    def _item_common(self, node: URIRef, item: Item) -> None:
        g = self.g
        g.add((node, DCTERMS.title, Literal(item.title)))
        self._printed(node, (DCTERMS.identifier, item.number), (CKG.text, item.text))
        self._cite(node, item.span)
        for person in item.people:
            predicate = CKG.presentedBy if person.capacity == "presenter" else SCHEMA.mentions
            g.add((node, predicate, self.entities.person(person)))
        for organisation in item.organisations:
            g.add((node, SCHEMA.mentions, self.entities.organisation(organisation)))

    def _record_paper_for(self, document: Document, record_papers: dict[int, URIRef]) -> bool:
        """Agenda/minutes documents are already written as meeting records; skip duplicates."""
        for meeting in self.pack.meetings:
            if meeting.kind == document.type and meeting.span.start == document.span.start:
                return True
        return False

    # -- papers -------------------------------------------------------------------------------
    def _paper(self, document: Document) -> None:
        g = self.g
        node = iris.paper_iri(self.pack.source.name, document.title, document.span.start)
        g.add((node, RDF.type, CKG.Paper))
        g.add((node, RDF.type, _PAPER_CLASSES.get(document.type, CKG.Report)))
        g.add((node, DCTERMS.title, Literal(document.title)))
        g.add((node, CKG.documentType, Literal(document.type)))
        g.add((node, DCTERMS.isPartOf, self.source))
        if self.council is not None:
            g.add((node, DCTERMS.publisher, self.council))
        self._cite(node, document.span)
        if document.period:
            g.add((node, CKG.period, Literal(document.period)))
        agenda = next((m for m in self.pack.meetings if m.kind == "agenda"), None)
        if document.agenda_item and agenda is not None:
            meeting = iris.meeting_iri(self.entities.body_name(agenda.body), agenda.date, self.council_name)
            g.add((node, CKG.agendaItem, iris.agenda_item_iri(meeting, document.agenda_item, "")))
        if document.author:
            g.add((node, DCTERMS.creator, self.entities.person(document.author)))
        for person in document.people:
            predicate = CKG.presentedBy if person.capacity == "presenter" else SCHEMA.mentions
            g.add((node, predicate, self.entities.person(person)))
        for organisation in document.organisations:
            g.add((node, SCHEMA.mentions, self.entities.organisation(organisation)))
        for position, recommendation in enumerate(document.recommendations, start=1):
            rec = iris.child_iri(node, "recommendation", str(position))
            g.add((rec, RDF.type, CKG.Recommendation))
            g.add((node, CKG.hasRecommendation, rec))
            g.add((rec, PROV.value, Literal(recommendation.text)))
            if recommendation.response:
                g.add((rec, CKG.response, Literal(recommendation.response)))
            self._cite(rec, recommendation.span)
        priorities = {}
        used: set[URIRef] = set()
        for position, priority in enumerate(document.priorities + document.objectives, start=1):
            pri = _unique(iris.child_iri(node, "priority", priority.number or f"p{position}"), priority.span, used)
            priorities[priority.number] = pri
            g.add((node, RDF.type, CKG.Strategy))
            g.add((pri, RDF.type, CKG.Priority))
            g.add((pri, RDF.type, SKOS.Concept))
            g.add((pri, SKOS.inScheme, node))
            broader = priorities.get(priority.number.rpartition(".")[0]) if position > len(document.priorities) else None
            g.add((pri, SKOS.broader, broader) if broader else (node, CKG.hasPriority, pri))
            g.add((pri, SKOS.prefLabel, Literal(priority.text)))
            if priority.number:
                g.add((pri, SKOS.notation, Literal(priority.number)))
            for lead in priority.leads:
                g.add((pri, CKG.lead, self.entities.person(lead)))
            self._cite(pri, priority.span)
        for position, action in enumerate(document.actions, start=1):
            self._action(node, action, position, priorities, used)

    def _action(self, paper: URIRef, action: Action, position: int, priorities: dict, used: set[URIRef]) -> None:
        g = self.g
        key = f"{action.priority or 'x'}-{action.number or position}"
        node = _unique(iris.child_iri(paper, "action", key), action.span, used)
        g.add((node, RDF.type, CKG.Action))
        g.add((paper, CKG.hasAction, node))
        g.add((node, PROV.value, Literal(action.text)))
        if action.number:
            g.add((node, DCTERMS.identifier, Literal(action.number)))
        if action.priority and action.priority in priorities:
            g.add((node, CKG.underPriority, priorities[action.priority]))
        for lead in action.leads:
            g.add((node, CKG.lead, self.entities.person(lead)))
        if action.lead_uncertain:
            g.add((node, CKG.leadUncertain, Literal(True)))
        for partner in action.partners:
            g.add((node, CKG.partner, self.entities.organisation(partner)))
        for organisation in action.lead_organisations:
            g.add((node, CKG.leadOrganisation, self.entities.organisation(organisation)))
        self._printed(node, (CKG.due, action.due), (CKG.owner, action.owner), (CKG.status, action.status))
        self._cite(node, action.span)
        for index, update in enumerate(action.updates, start=1):
            upd = iris.child_iri(node, "update", str(index))
            g.add((upd, RDF.type, CKG.ProgressUpdate))
            g.add((node, CKG.hasUpdate, upd))
            g.add((upd, PROV.value, Literal(update.text)))
            if update.period:
                g.add((upd, CKG.period, Literal(update.period)))
            self._cite(upd, update.span)
        for index, measure in enumerate(action.measures, start=1):
            mea = iris.child_iri(node, "measure", str(index))
            g.add((mea, RDF.type, CKG.Measure))
            g.add((node, CKG.hasMeasure, mea))
            g.add((mea, RDFS.label, Literal(measure.label)))
            self._printed(mea, (CKG.baseline, measure.baseline), (CKG.target, measure.target),
                          (CKG.currentValue, measure.current), (CKG.period, measure.period))
            self._cite(mea, measure.span)
