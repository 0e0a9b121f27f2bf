"""What a meeting heard about an organisation, from the graph: 'What was reported to the board about the CCG in
March 2013?' is answered with the items of the meeting the question dates (of the body it names) that the graph
says mention that organisation, named in full or by an acronym. An item that names it once, deep in a long
passage, is what the search misses; the graph knows which items mention it."""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from kg.answer.cited_items import CitedItem
from kg.answer.context import ContextBuilder
from kg.answer.facts import GraphFacts
from kg.answer.intent import QuestionIntent, bodies_named, on_a_named_day
from kg.config import DEFAULT_CONFIG, AnswerConfig
from kg.sparql import select

_MENTIONED = """SELECT ?item ?name ?alt ?title ?number ?body ?date ?start ?end ?source WHERE {
      ?item schema:mentions ?o ; dct:title ?title ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
            prov:wasDerivedFrom/dct:title ?source .
      ?o a org:Organization ; skos:prefLabel ?name . OPTIONAL { ?o skos:altLabel ?alt }
      ?meeting ckg:hasMinuteItem ?item ; dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body .
      OPTIONAL { ?item dct:identifier ?number } } ORDER BY ?date ?start"""
# What the question asks about, after a word saying so: 'about the CCG', 'regarding Ofsted', 'from CAMHS'
_ABOUT = r"\b(?:about|regarding|concerning|on|from|of)\s+(?:the\s+)?"


@dataclass(frozen=True)
class MentionedItem:
    """A minute item and an organisation the graph says it mentions, with the organisation's other names."""

    minute: CitedItem
    organisation: str
    acronyms: frozenset[str]


_mentioned: weakref.WeakKeyDictionary[ContextBuilder, list[MentionedItem]] = weakref.WeakKeyDictionary()


def mentioned_items(contexts: ContextBuilder) -> list[MentionedItem]:
    """Every minute item with each organisation it mentions, in date order (read once per graph)."""
    if contexts not in _mentioned:
        rows: dict[tuple[str, str], dict] = {}
        for row in select(contexts.graph, _MENTIONED):
            found = rows.setdefault((row["item"], row["name"]), {**row, "alts": set()})
            if row["alt"]:
                found["alts"].add(row["alt"])
        _mentioned[contexts] = [MentionedItem(CitedItem.of(r), r["name"], frozenset(r["alts"])) for r in rows.values()]
    return _mentioned[contexts]


def asks_about(text: str, item: MentionedItem) -> bool:
    """Whether a question asks about the item's organisation: its name (any case) or an acronym of it (as printed)
    after 'about', 'regarding', 'from' ..."""
    name = re.search(_ABOUT + re.escape(item.organisation) + r"\b", text, re.I)
    return bool(name) or any(re.search(_ABOUT + re.escape(acronym) + r"\b", text) for acronym in item.acronyms)


def mentioned_facts(intent: QuestionIntent, contexts: ContextBuilder, bodies: list[str],
                    config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """For 'what was reported to <body> about <organisation> in <month>' (no decision, person, date or figure
    asked), the items of the meetings held then (of the body named, of ``bodies``) that mention the organisation,
    at most ``config.mentioned_items``: "Minute 8 'RLSCB Budget' (Local Safeguarding Children Board, 2013-03-15)
    mentions Clinical Commissioning Group [file:lines]", each backed by its piece."""
    facts = GraphFacts()
    if not intent.names_a_meeting or intent.wants_decision or intent.wants_person or intent.wants_date \
            or intent.wants_quantity:
        return facts
    named = bodies_named(intent.text, bodies)
    items = [m for m in mentioned_items(contexts) if on_a_named_day(intent, m.minute.date)
             and (not named or m.minute.body in named) and asks_about(intent.text, m)]
    for m in items[:config.mentioned_items]:
        m.minute.state(facts, f" mentions {m.organisation}")
    return facts
