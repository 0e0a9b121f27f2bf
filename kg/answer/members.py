"""Refusing a question asking which things make up a group ('Which secondary schools piloted the card?', 'Name the
14 schools ...') when the papers found only count them ('a pilot is taking place in three secondary schools'):
how many is not which."""
from __future__ import annotations

import re

from kg.answer.abstain import Refusal
from kg.answer.evidence import Evidence
from kg.answer.intent import MONTHS, word_list

# 'Which (five) secondary schools ...', 'Name the 14 schools ...', 'List all the agencies ...': the things asked for
_ASKS_MEMBERS = re.compile(r"^\W*(?:which|name|list)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)??"
                           r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]{4,}s)\b", re.I)
_FILED_UNDER = re.compile(r"^[^:]*\(\D*\d{4}-\d\d-\d\d\):\s*")   # 'Minute 7 'TITLE' (Board, 2014-01-15): '
_CITED = re.compile(r"\[[^\]\s]+:\d+-\d+\]")   # '[pack.txt:12-14]'
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
COUNT_REACH = 5   # a count is printed at most this many words before the things it counts


def members_refusal(question: str, evidence: list[Evidence], home: str | None, stated: list[str]) -> Refusal | None:
    """For a question asking which things make up a group, a refusal (no_answer_kind) when the graph states nothing
    and every quoted sentence printing those things counts them ('five of the sixteen secondary schools') without
    naming any: no capitalised word the question does not say (but a month, the home council's place, the sentence's
    first word); None otherwise."""
    asked = _ASKS_MEMBERS.match(question)
    if asked is None or asked["noun"].lower() in word_list("function_words"):
        return None
    noun = asked["noun"].lower()
    said = {word.lower() for word in _WORD.findall(question)} | word_list("function_words")
    if any(_names_any(_CITED.sub("", _FILED_UNDER.sub("", line)), said, home) for line in stated):
        return None   # the graph names people or things itself (who sent apologies, an action's leads)
    speaking = [quote.text for ev in evidence for quote in ev.quoted if noun in quote.text.lower()]
    if not speaking or not all(_counted(text, noun) and not _names_any(text, said, home) for text in speaking):
        return None
    return Refusal("no_answer_kind", f"The papers found say how many {noun} but not which; see the evidence.",
                   [f"the names of the {noun}"])


def _counted(text: str, noun: str) -> bool:
    """Whether ``text`` prints ``noun`` with a count a few words before it ('14 schools/settings', 'three
    secondary schools', 'five of the sixteen secondary schools')."""
    words = text.lower().split()
    counts = word_list("number_words")
    return any(noun in word and any(w.strip("(,").isdigit() or w in counts for w in words[max(0, at - COUNT_REACH):at])
               for at, word in enumerate(words))


def _names_any(text: str, said: set[str], home: str | None) -> bool:
    """Whether ``text`` prints a name the question does not say (``said``, with the function words): a capitalised
    word past its first, not a month nor the home council's place."""
    return any(word[0].isupper() and word.lower().strip("'’") not in said and word.lower() not in MONTHS
               and word.lower() != home for word in _WORD.findall(text)[1:])
