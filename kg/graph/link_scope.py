"""Which links a change of sources can alter, and the few facts needed to derive them again.

The links of :func:`kg.graph.linking.link_items_to_agenda_and_papers` depend on one meeting's facts;
those of :func:`kg.graph.linking.link_minute_references` on the referring item's meeting and on every
minute item printed with the number it cites. So a change that touches some sources alters only:

- the agenda and paper links of the meetings those sources hold, before or after the change;
- the references made by those meetings' items, and every reference (in any source) citing a number
  that one of those meetings gives a minute item.

:func:`scope` reads the meetings, items, references and papers these depend on into a small rdflib graph
(the view the link functions walk) and names the nodes whose links it decides.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.ontology import CKG, SPARQL_PREFIXES

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
_CITED_NUMBERS = "SELECT DISTINCT ?number WHERE { ?item ckg:hasReference/ckg:targetNumber ?number }"
_ITEM_NUMBERS = "SELECT DISTINCT ?number WHERE { ?m ckg:hasMinuteItem ?item . ?item dct:identifier ?number }"
_REFERRING_ITEMS = """CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?item { %s }
  { ?item ckg:hasReference ?o . BIND(?item AS ?s) BIND(ckg:hasReference AS ?p) }
  UNION { ?item ckg:hasReference ?s . ?s ?p ?o . FILTER(?p IN (ckg:targetNumber, ckg:targetDate)) }
  UNION { ?s ckg:hasMinuteItem ?item . BIND(ckg:hasMinuteItem AS ?p) BIND(?item AS ?o) }
  UNION { ?m ckg:hasMinuteItem ?item . ?m ?p ?o . BIND(?m AS ?s)
          FILTER(?p IN (besluit:isGehoudenDoor, dct:date) || ?o = besluit:Zitting) }
}"""
_NUMBERED_ITEMS = "SELECT ?m ?item ?number WHERE { %s ?m ckg:hasMinuteItem ?item . ?item dct:identifier ?number }"
_MEETINGS_OF_ITEMS = """CONSTRUCT { ?m ?p ?o } WHERE { VALUES ?m { %s }
  ?m ?p ?o . FILTER(?p IN (besluit:isGehoudenDoor, dct:date) || ?o = besluit:Zitting) }"""
_HAS_MINUTE_ITEM = ox.NamedNode(str(CKG.hasMinuteItem))
_IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))


def norm_number(number: str) -> str:
    """A minute number as references cite it: "12." and "12" are one number."""
    return number.strip().rstrip(".").lower()


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


def numbers_of(db: ox.Store, meetings: set[str]) -> set[str]:
    """The numbers of the minute items of ``meetings``."""
    return {norm_number(row["number"].value) for row in _select(db, _NUMBERED_ITEMS % f"VALUES ?m {{ {_iris(meetings)} }}")}


def scope(db: ox.Store, meetings: set[str], numbers: set[str]) -> LinkScope:
    """The view and the nodes whose links may change when ``meetings`` gained or lost facts, or minute items
    numbered ``numbers`` were added or taken away (``db`` as it is after the change)."""
    found = LinkScope()
    _construct(db, _MEETING_FACTS % _iris(meetings), found.view)
    items = {str(item) for meeting in meetings for item in found.view.objects(URIRef(meeting), CKG.hasMinuteItem)}
    numbers = numbers | numbers_of(db, meetings)
    # the references citing those numbers, and those the meetings' own items make
    cited = _printed(db, _CITED_NUMBERS, numbers)
    affected = {row["item"].value for row in _select(db, _REFERENCES % f"VALUES ?number {{ {cited} }}")} if cited else set()
    affected |= {row["item"].value for row in _select(db, _REFERENCES % f"VALUES ?item {{ {_iris(items)} }}")}
    referring: dict[str, set[str]] = {}   # affected item -> every number its references cite
    for row in _select(db, _REFERENCES % f"VALUES ?item {{ {_iris(affected)} }}"):
        referring.setdefault(row["item"].value, set()).add(norm_number(row["number"].value))
    if affected:
        _construct(db, _REFERRING_ITEMS % _iris(affected), found.view)
    # only the numbers the affected references cite: an item of another number is no candidate for any
    wanted = _printed(db, _ITEM_NUMBERS, set().union(*referring.values()))
    numbered = [(row["m"], row["item"], row["number"])
                for row in _select(db, _NUMBERED_ITEMS % f"VALUES ?number {{ {wanted} }}")] if wanted else []
    if numbered:
        triples = [ox.Triple(*triple) for m, item, number in numbered
                   for triple in ((m, _HAS_MINUTE_ITEM, item), (item, _IDENTIFIER, number))]
        _add_to(found.view, triples)
        _construct(db, _MEETINGS_OF_ITEMS % _iris({m.value for m, _, _ in numbered}), found.view)
    refs = {str(ref) for item in affected for ref in found.view.objects(URIRef(item), CKG.hasReference)}
    resolutions = {str(r) for item in items for r in found.view.objects(URIRef(item), PROV.generated)}
    found.subjects = items | affected | refs | resolutions
    return found


def _printed(db: ox.Store, query: str, numbers: set[str]) -> str:
    """The numbers as printed (``query`` lists each printing once) that read as one of ``numbers``, as
    SPARQL terms: the database then returns only their rows, not every reference or item of the store."""
    return " ".join(sorted(str(row["number"]) for row in _select(db, query) if norm_number(row["number"].value) in numbers))


def _iris(nodes: Iterable[str]) -> str:
    return " ".join(f"<{node}>" for node in sorted(nodes))


def _select(db: ox.Store, query: str) -> ox.QuerySolutions:
    return db.query(SPARQL_PREFIXES + query)


def _construct(db: ox.Store, query: str, view: Graph) -> None:
    _add_to(view, db.query(SPARQL_PREFIXES + query))


def _add_to(view: Graph, triples: Iterable[ox.Triple]) -> None:
    """Oxigraph triples into the rdflib view, through N-Triples (as every fact of the view is read)."""
    view.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
