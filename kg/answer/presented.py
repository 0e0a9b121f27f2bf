"""What a named person presented, from the graph: 'What did Morris present to the board in September 2013?' is
answered with the minute items the graph says that person presented (of the body and the month the question names),
each with its lines. A search for a surname alone finds every paper that prints it; the graph knows who
presented what."""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Any

from kg.answer.cited_items import CitedItem
from kg.answer.context import ContextBuilder
from kg.answer.facts import GraphFacts
from kg.answer.intent import QuestionIntent, bodies_named, on_a_named_day, word_list
from kg.config import DEFAULT_CONFIG, AnswerConfig
from kg.sparql import select

_PRESENTED = """SELECT ?item ?name ?title ?number ?body ?date ?start ?end ?source WHERE {
      ?item ckg:presentedBy/foaf:name ?name ; dct:title ?title ; ckg:lineStart ?start ; ckg:lineEnd ?end ;
            prov:wasDerivedFrom/dct:title ?source .
      ?meeting ckg:hasMinuteItem ?item ; dct:date ?date ; besluit:isGehoudenDoor/skos:prefLabel ?body .
      OPTIONAL { ?item dct:identifier ?number } } ORDER BY ?date ?start ?name"""
# A run of capitalised words after 'did' ('What did Phil Morris present'), perhaps a post between commas before
# it ('Which report did the Business Manager, Morris, bring'), or after 'by' ('presented by Dr Dyer')
_DID_NAME = re.compile(r"\bdid\s+(?:the\s+)?((?:[A-Z][\w.'’-]*,?\s+){1,5})([a-z]+)")
# 'Which item did Ms Pyper take the board through?': presenting, said otherwise
_TAKE_THROUGH = re.compile(r"\btake\b[^?]{0,60}\bthrough\b", re.I)
_BY_NAME = re.compile(r"\b([a-z]+)\s+by\s+((?:[A-Z][\w.'’-]*\s*){1,4})")


@dataclass(frozen=True)
class PresentedItem:
    """A minute item and one person the graph says presented it."""

    minute: CitedItem
    name: str


_presented: weakref.WeakKeyDictionary[ContextBuilder, list[PresentedItem]] = weakref.WeakKeyDictionary()


def presented_items(contexts: ContextBuilder) -> list[PresentedItem]:
    """Every minute item with the people who presented it, in date order (read once per graph)."""
    if contexts not in _presented:
        rows = select(contexts.graph, _PRESENTED)
        _presented[contexts] = [PresentedItem(CitedItem.of(row), row["name"]) for row in rows]
    return _presented[contexts]


def presenter_named(text: str) -> list[str]:
    """The words of the name of the person a question asks what they presented, without a title ('Councillor',
    'Dr'): 'What did Phil Morris present?' gives ['Phil', 'Morris']; empty when it asks no such thing."""
    verbs = tuple(word_list("presenting_verbs"))
    asked = [(m[1], m[2]) for m in _DID_NAME.finditer(text)] + [(m[2], m[1]) for m in _BY_NAME.finditer(text)]
    for name, verb in asked:
        words = [w.strip(".'’") for w in _after_the_post(name) if w.strip(".").lower() not in word_list("honorifics")]
        if words and (verb.lower().startswith(verbs) or verb.lower() == "take" and _TAKE_THROUGH.search(text)):
            return words
    return []


def _after_the_post(name: str) -> list[str]:
    """The words of a name a post may go before: the last of its parts between commas ('Business Manager, Morris'),
    after the post's last word ('Clinical Director Davies' gives ['Davies']), without an acronym ('Director CYPS')."""
    last = [part for part in name.split(",") if part.strip()][-1]
    words = [w for w in last.split() if not (w.isupper() and len(w.strip(".")) > 1)]
    posts = [i for i, word in enumerate(words) if word.strip(".").lower().removesuffix("s") in word_list("role_words")]
    return words[posts[-1] + 1:] if posts else words


def same_person(words: list[str], name: str) -> bool:
    """Whether a name given as ``words`` (a surname, perhaps a forename or an initial before it) is ``name``."""
    printed = [w.strip(".").lower() for w in name.split() if w.strip(".").lower() not in word_list("honorifics")]
    if not printed or words[-1].lower() != printed[-1]:
        return False
    given = [w.lower() for w in words[:-1]]
    return all(any(p == g or (len(g) == 1 and p.startswith(g)) for p in printed[:-1]) for g in given)


def presented_facts(intent: QuestionIntent, contexts: ContextBuilder, meetings: list[dict[str, Any]],
                    config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """For 'what did <person> present', the items the graph says they presented, of the body and the month or day
    the question names when it names them (else all), at most ``config.presented_items``: "Minute 8.2 'Policy &
    Procedures Sub Group' (Rotherham Local Safeguarding Children Board, 2013-09-13): presented by Phil Morris
    [file:lines]", each backed by the item's own piece."""
    facts = GraphFacts()
    words = presenter_named(intent.text)
    if not words:
        return facts
    items = [p for p in presented_items(contexts) if same_person(words, p.name)]
    if intent.body_words or intent.names_a_meeting:
        named = bodies_named(intent.text, list(dict.fromkeys(m["body"] for m in meetings)))
        items = [p for p in items if (not named or p.minute.body in named)
                 and (not intent.names_a_meeting or on_a_named_day(intent, p.minute.date))]
    for p in items[:config.presented_items]:
        p.minute.state(facts, f": presented by {p.name}")
    return facts
