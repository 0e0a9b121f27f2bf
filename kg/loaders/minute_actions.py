"""Actions recorded inside minutes, as actions of their minute item.

Partner boards, forums and governing bodies record who will do what instead of (or beside) resolutions:
- a line that opens with the owner's initials ("LD to circulate the report to governors");
- an "Action:" tag closing a paragraph names the owners of the sentence before it ("TB to circulate
  the draft by 18 October. Action: TB", "Action: PH/JS", "Action: PH (November)");
- an "ACTION:" line states the action itself, its owner before "to" ("ACTION: Virtual School Head
  to provide a breakdown ... to the next meeting").
Owners are kept as printed: initials, names or job titles. Action logs printed as tables (a header naming Action and
Owner or Lead, in any of the layouts plans print them) are read by the plan readers (:mod:`kg.loaders.plans`).
"""
from __future__ import annotations

import re

from kg.loaders.resolutions import strip_paragraph_number
from kg.model import Action, Line, PersonMention, SourceText

_TAG = re.compile(r"(?P<before>.*?)[.;]?\s*\baction(?:ed)?\s*(?:by)?\s*:\s*(?P<owner>[A-Za-z][\w .&/,'’-]{0,60}?)"
                  r"\s*(?:\((?P<due>[^)]{2,30})\))?\s*\.?$", re.I)
_LINE = re.compile(r"^action\s*:\s*(?P<text>(?P<owner>[A-Z][\w ,&/'’-]{1,60}?)\s+to\s+\S.*)$", re.I)
# "LD to circulate the report to governors": initials, then what they will do
_INITIALS_TO = re.compile(r"^(?P<owner>[A-Z]{2,3}(?:\s*(?:/|&|and|,)\s*[A-Z]{2,3})*)\s+to\s+(?P<verb>[a-z]+)\b")
_DUE = re.compile(r"\b(?:by|before)\s+(?P<due>(?:the\s+)?next meeting|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?|"
                  r"(?:the\s+end\s+of\s+)?[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+)\b")


def find_actions(paragraphs: list[Line], source: SourceText) -> list[Action]:
    """Tagged and stated actions in an item's paragraphs, in order."""
    actions: list[Action] = []
    for paragraph in paragraphs:
        text = strip_paragraph_number(paragraph.text.strip())
        span = source.span(paragraph.start, paragraph.end)
        stated = _LINE.match(text)
        if stated:
            body = stated.group("text").strip().rstrip(".")
            actions.append(_action(body, stated.group("owner"), _due(body), span))
            continue
        tag = _TAG.match(text)
        if tag and tag.group("before").strip():
            sentence = _last_sentence(tag.group("before"))
            due = tag.group("due") or _due(sentence)
            actions.append(_action(sentence, tag.group("owner"), due, span))
            continue
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
            initials = _INITIALS_TO.match(sentence)
            if initials:
                sentence = sentence.strip().rstrip(".")
                actions.append(_action(sentence, initials.group("owner"), _due(sentence), span))
    return actions


def _last_sentence(text: str) -> str:
    pieces = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()) if p.strip()]
    return pieces[-1].strip().rstrip(".") if pieces else text.strip()


def _due(text: str) -> str | None:
    match = _DUE.search(text)
    return match.group("due") if match else None


def _action(text: str, owner: str, due: str | None, span) -> Action:
    owners = [o.strip(" .") for o in re.split(r"\s*(?:/|&|,|\band\b)\s*", owner) if o.strip(" .")]
    leads = [PersonMention(name, span, role=None if _initials(name) else name, capacity="lead") for name in owners]
    return Action(None, text.strip(), span, leads=leads, due=due, owner=owner.strip(" ."))


def _initials(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,4}", text))
