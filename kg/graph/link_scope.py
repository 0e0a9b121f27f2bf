"""Which links a change of sources can alter, and the few facts needed to derive them again.

The links of :func:`kg.graph.linking.link_items_to_agenda_and_papers` depend on one meeting's facts;
those of :func:`kg.graph.linking.link_minute_references` on the referring item's meeting and on every
minute item printed with the number it cites. So a change that touches some sources alters only:

- the agenda and paper links of the meetings those sources hold, before or after the change;
- the references made by those meetings' items, and every reference (in any source) citing a number
  that one of those meetings gives a minute item and that could pick that item: one dated the meeting's
  date, or an undated one made in a later meeting of the same body (the only candidates
  :func:`kg.graph.linking.link_minute_references` weighs).

:func:`scope` reads the meetings, items, references and papers these depend on into a small rdflib graph
(the view the link functions walk) and names the nodes whose links it decides. Which numbers are printed
where is looked up in :class:`PrintedNumbers` (kept with the generation) rather than by reading every
reference and item of the store.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.ontology import BESLUIT, CKG, SPARQL_PREFIXES

_MEETINGS_FROM = "SELECT DISTINCT ?m WHERE { VALUES ?s { %s } ?m a besluit:Zitting ; prov:wasDerivedFrom ?s }"
_NODES_FROM = "SELECT DISTINCT ?x WHERE { VALUES ?s { %s } ?x prov:wasDerivedFrom ?s }"
_MEETING_FACTS = """CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?m { %s }
  { ?m ?p ?o . BIND(?m AS ?s) FILTER(?p IN (besluit:isGehoudenDoor, dct:date, ckg:hasMinuteItem, besluit:behandelt)
                                    || ?o = besluit:Zitting) }
  UNION { ?m ckg:hasMinuteItem|besluit:behandelt ?s . ?s ?p ?o .
          FILTER(?p IN (dct:identifier, dct:title, prov:generated, ckg:hasReference)) }
  UNION { ?m ckg:hasMinuteItem/ckg:hasReference ?s . ?s ?p ?o . FILTER(?p IN (ckg:targetNumber, ckg:targetDate)) }
  UNION { ?m besluit:behandelt ?o . ?s ckg:agendaItem ?o . BIND(ckg:agendaItem AS ?p) }
}"""
_REFERENCES = "SELECT ?item ?number WHERE { %s ?item ckg:hasReference/ckg:targetNumber ?number }"
# the references citing numbers, with what picks their target (an item outside a meeting is never linked)
_CITING = """SELECT ?item ?number ?target ?body ?day WHERE { VALUES ?number { %s }
  ?ref ckg:targetNumber ?number . ?item ckg:hasReference ?ref .
  ?m ckg:hasMinuteItem ?item ; besluit:isGehoudenDoor ?body ; dct:date ?day . OPTIONAL { ?ref ckg:targetDate ?target } }"""
_NUMBERED_MEETINGS = """SELECT ?m ?body ?day ?number WHERE { VALUES ?m { %s }
  ?m besluit:isGehoudenDoor ?body ; dct:date ?day ; ckg:hasMinuteItem ?item . ?item dct:identifier ?number }"""
# each source's numbers as printed, from its own graph (%s: VALUES of the graphs, or nothing for all)
_CITED_IN = "SELECT DISTINCT ?g ?number WHERE { %s GRAPH ?g { ?ref ckg:targetNumber ?number } }"
_NUMBERED_IN = "SELECT DISTINCT ?g ?number WHERE { %s GRAPH ?g { ?m ckg:hasMinuteItem ?item . ?item dct:identifier ?number } }"
_REFERRING_ITEMS = """CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?item { %s }
  { ?item ckg:hasReference ?o . BIND(?item AS ?s) BIND(ckg:hasReference AS ?p) }
  UNION { ?item ckg:hasReference ?s . ?s ?p ?o . FILTER(?p IN (ckg:targetNumber, ckg:targetDate)) }
  UNION { ?s ckg:hasMinuteItem ?item . BIND(ckg:hasMinuteItem AS ?p) BIND(?item AS ?o) }
  UNION { ?m ckg:hasMinuteItem ?item . ?m ?p ?o . BIND(?m AS ?s)
          FILTER(?p IN (besluit:isGehoudenDoor, dct:date) || ?o = besluit:Zitting) }
}"""
# the numbered items of dated meetings (a meeting without a date is never a target), with what picks them
_NUMBERED_ITEMS = """SELECT ?m ?item ?number ?body ?day WHERE { %s ?m ckg:hasMinuteItem ?item ; dct:date ?day .
  ?item dct:identifier ?number . OPTIONAL { ?m besluit:isGehoudenDoor ?body } }"""
_MEETINGS_OF_ITEMS = """CONSTRUCT { ?m ?p ?o } WHERE { VALUES ?m { %s }
  ?m ?p ?o . FILTER(?p IN (besluit:isGehoudenDoor, dct:date) || ?o = besluit:Zitting) }"""
_HAS_MINUTE_ITEM = ox.NamedNode(str(CKG.hasMinuteItem))
_IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))


def norm_number(number: str) -> str:
    """A minute number as references cite it: "12." and "12" are one number."""
    return number.strip().rstrip(".").lower()


@dataclass
class PrintedNumbers:
    """Per source (its IRI): the numbers its references cite and its minute items carry, each as printed
    (a SPARQL term) with the number it reads as. A change reads only the touched sources' numbers from the
    database."""

    cited: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    numbered: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)

    @classmethod
    def read(cls, db: ox.Store, sources: Iterable[str] | None = None) -> PrintedNumbers:
        """The numbers printed in ``sources`` (every graph when None)."""
        within = "" if sources is None else f"VALUES ?g {{ {_iris(sources)} }}"
        found = cls()
        for query, into in ((_CITED_IN, found.cited), (_NUMBERED_IN, found.numbered)):
            rows: dict[str, set[tuple[str, str]]] = {}
            for row in _select(db, query % within):
                rows.setdefault(row["g"].value, set()).add((str(row["number"]), norm_number(row["number"].value)))
            into.update((source, frozenset(numbers)) for source, numbers in rows.items())
        return found

    def updated(self, db: ox.Store, touched: set[str]) -> PrintedNumbers:
        """These numbers with those of the ``touched`` sources read again (``db`` as it is after the change)."""
        fresh = PrintedNumbers.read(db, touched)
        return PrintedNumbers(
            {s: n for s, n in self.cited.items() if s not in touched} | fresh.cited,
            {s: n for s, n in self.numbered.items() if s not in touched} | fresh.numbered)

    def cited_as(self, numbers: set[str]) -> str:
        """The printings of ``numbers`` that references cite, as SPARQL terms."""
        return _matching(self.cited.values(), numbers)

    def numbered_as(self, numbers: set[str]) -> str:
        """The printings of ``numbers`` that minute items carry, as SPARQL terms."""
        return _matching(self.numbered.values(), numbers)


def _matching(printed: Iterable[frozenset[tuple[str, str]]], numbers: set[str]) -> str:
    """The printed terms that read as one of ``numbers``: the database then returns only their rows, not
    every reference or item of the store."""
    return " ".join(sorted({term for terms in printed for term, number in terms if number in numbers}))


@dataclass(frozen=True)
class NumberedMeeting:
    """A meeting's body, date (ISO) and the numbers of its minute items: what decides which references may
    pick one of its items."""

    body: str
    day: str
    numbers: frozenset[str]

    def may_be_cited(self, number: str, target: str | None, body: str, day: str) -> bool:
        """Whether a reference citing ``number`` (dated ``target``, or undated and made in a meeting of ``body``
        on ``day``) could pick an item of this meeting."""
        if number not in self.numbers:
            return False
        if target is not None:
            return target == self.day
        return body == self.body and self.day < day


def numbered_meetings(db: ox.Store, meetings: set[str]) -> list[NumberedMeeting]:
    """The ``meetings`` that have numbered minute items, as :class:`NumberedMeeting`."""
    found: dict[tuple[str, str, str], set[str]] = {}
    for row in _select(db, _NUMBERED_MEETINGS % _iris(meetings)):
        key = (row["m"].value, row["body"].value, row["day"].value)
        found.setdefault(key, set()).add(norm_number(row["number"].value))
    return [NumberedMeeting(body, day, frozenset(numbers)) for (_, body, day), numbers in sorted(found.items())]


@dataclass
class LinkScope:
    """The facts the links of a change are derived from, and the nodes whose links they decide."""

    view: Graph = field(default_factory=Graph)
    subjects: set[str] = field(default_factory=set)


def meetings_from(db: ox.Store, sources: Iterable[str]) -> set[str]:
    """The meetings the ``sources`` (source IRIs) hold facts of."""
    return {row["m"].value for row in _select(db, _MEETINGS_FROM % _iris(sources))}


def nodes_from(db: ox.Store, sources: Iterable[str]) -> set[str]:
    """Every node the ``sources`` (source IRIs) cite themselves for."""
    return {row["x"].value for row in _select(db, _NODES_FROM % _iris(sources))}


def scope(db: ox.Store, meetings: set[str], before: list[NumberedMeeting], printed: PrintedNumbers) -> LinkScope:
    """The view and the nodes whose links may change when ``meetings`` gained or lost facts (``before``: those
    of them that had numbered minute items before the change; ``db`` and ``printed`` as they are after it)."""
    found = LinkScope()
    _construct(db, _MEETING_FACTS % _iris(meetings), found.view)
    items = {str(item) for meeting in meetings for item in found.view.objects(URIRef(meeting), CKG.hasMinuteItem)}
    numbered = before + numbered_meetings(db, meetings)
    # the references that could pick an item of those meetings, and those the meetings' own items make
    cited = printed.cited_as(set().union(*(meeting.numbers for meeting in numbered)))
    affected = {row["item"].value for row in _select(db, _CITING % cited) if _may_cite(row, numbered)} if cited else set()
    affected |= {row["item"].value for row in _select(db, _REFERENCES % f"VALUES ?item {{ {_iris(items)} }}")}
    referring: dict[str, set[str]] = {}   # affected item -> every number its references cite
    for row in _select(db, _REFERENCES % f"VALUES ?item {{ {_iris(affected)} }}"):
        referring.setdefault(row["item"].value, set()).add(norm_number(row["number"].value))
    if affected:
        _construct(db, _REFERRING_ITEMS % _iris(affected), found.view)
    # only the numbers the affected references cite: an item of another number is no candidate for any
    wanted = printed.numbered_as(set().union(*referring.values()))
    rows = list(_select(db, _NUMBERED_ITEMS % f"VALUES ?number {{ {wanted} }}")) if wanted else []
    candidates = [(row["m"], row["item"], row["number"]) for row in _pickable(rows, _citations(found.view, affected))]
    if candidates:
        triples = [ox.Triple(*triple) for m, item, number in candidates
                   for triple in ((m, _HAS_MINUTE_ITEM, item), (item, _IDENTIFIER, number))]
        _add_to(found.view, triples)
        _construct(db, _MEETINGS_OF_ITEMS % _iris({m.value for m, _, _ in candidates}), found.view)
    refs = {str(ref) for item in affected for ref in found.view.objects(URIRef(item), CKG.hasReference)}
    resolutions = {str(r) for item in items for r in found.view.objects(URIRef(item), PROV.generated)}
    found.subjects = items | affected | refs | resolutions
    return found


@dataclass(frozen=True)
class _Citation:
    """One reference as :func:`kg.graph.linking.link_minute_references` weighs it: the number it cites, the date
    it prints (ISO) if any, and the meeting it is made in with that meeting's body and date."""

    number: str
    target: str | None
    meeting: str
    body: str | None
    day: str


def _citations(view: Graph, items: set[str]) -> list[_Citation]:
    """The references the ``items`` make, read from ``view`` (which holds them and their meetings)."""
    found = []
    for item in map(URIRef, items):
        meeting = next(view.subjects(CKG.hasMinuteItem, item), None)
        day = view.value(meeting, DCTERMS.date) if meeting is not None else None
        if day is None:
            continue   # an item outside a dated meeting links nothing
        body = view.value(meeting, BESLUIT.isGehoudenDoor)
        for ref in view.objects(item, CKG.hasReference):
            target = view.value(ref, CKG.targetDate)
            found.append(_Citation(norm_number(str(view.value(ref, CKG.targetNumber))),
                                   None if target is None else str(target), str(meeting),
                                   None if body is None else str(body), str(day)))
    return found


def _pickable(rows: list[ox.QuerySolution], citations: list[_Citation]) -> list[ox.QuerySolution]:
    """The :data:`_NUMBERED_ITEMS` rows some citation could pick (see :func:`kg.graph.linking.link_minute_references`):
    one dated the date it prints; for an undated one, an item of its own meeting, else one of the latest earlier
    meeting of its body that has the number (every item of that day kept, as ties are broken among them). A store
    holds many meetings of one body with the same minute numbers: the older ones are never a target."""
    by_number: dict[str, list[tuple[int, str, str, str | None]]] = {}   # number -> (row, meeting, day, body)
    for index, row in enumerate(rows):
        body = None if row["body"] is None else row["body"].value
        by_number.setdefault(norm_number(row["number"].value), []).append((index, row["m"].value, row["day"].value, body))
    kept: set[int] = set()
    for citation in citations:
        numbered = by_number.get(citation.number, [])
        if citation.target is not None:
            kept.update(index for index, _, day, _ in numbered if day == citation.target)
            continue
        kept.update(index for index, meeting, _, _ in numbered if meeting == citation.meeting)
        earlier = [(index, day) for index, meeting, day, body in numbered
                   if meeting != citation.meeting and body == citation.body and day < citation.day]
        latest = max((day for _, day in earlier), default=None)
        kept.update(index for index, day in earlier if day == latest)
    return [rows[index] for index in sorted(kept)]


def _may_cite(row: ox.QuerySolution, meetings: list[NumberedMeeting]) -> bool:
    """Whether the reference of a :data:`_CITING` row could pick an item of one of ``meetings``."""
    target = None if row["target"] is None else row["target"].value
    number, body, day = norm_number(row["number"].value), row["body"].value, row["day"].value
    return any(meeting.may_be_cited(number, target, body, day) for meeting in meetings)


def _iris(nodes: Iterable[str]) -> str:
    return " ".join(f"<{node}>" for node in sorted(nodes))


def _select(db: ox.Store, query: str) -> ox.QuerySolutions:
    return db.query(SPARQL_PREFIXES + query)


def _construct(db: ox.Store, query: str, view: Graph) -> None:
    _add_to(view, db.query(SPARQL_PREFIXES + query))


def _add_to(view: Graph, triples: Iterable[ox.Triple]) -> None:
    """Oxigraph triples into the rdflib view, through N-Triples (as every fact of the view is read)."""
    view.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
