"""Actions listed as bullets under a heading such as "What we will do" (``data/action_list_headings.txt``),
each closing with its owner and date in brackets: "... (Head of SEND, by March 2025)". A bullet
without that bracket is still an action, with no owner; a bracket that is neither an owner-and-date
nor a date ("(Bodmin and Camborne)") stays part of the text.
"""
from __future__ import annotations

import re

from kg.loaders import vocabulary
from kg.loaders.plans.cells import clean_cell
from kg.loaders.plans.columns import due_cell
from kg.loaders.plans.layout import PlanReading, coverage
from kg.loaders.plans.owners import owners
from kg.model import Action, Line, SourceText

_BULLET = re.compile(r"^\s*(?P<marker>[-•▪◦●‣*]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_CLOSING = re.compile(r"\((?P<inside>[^()]{3,160})\)\s*\.?$")
_HEADING_MARKS = " #*:_"
_BRACKET_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+[–—-]\s+")
_LABEL = re.compile(r"^(?:lead|owner|responsible|who)\s*:\s*", re.I)


def heading(line: Line) -> bool:
    """A heading naming a list of actions."""
    return clean_cell(line.text).strip(_HEADING_MARKS).lower() in vocabulary.words("action_list_headings")


def fit(source: SourceText, lines: list[Line]) -> float:
    return coverage(lines, read(source, lines))


def read(source: SourceText, lines: list[Line]) -> PlanReading:
    reading = PlanReading()
    listing, marker = False, None
    for line in lines:
        if heading(line):
            listing, marker = True, None
            reading.used.add(line.start)
            continue
        bullet = _BULLET.match(line.text)
        kind = _kind(bullet.group("marker")) if bullet else None
        if listing and bullet and marker in (None, kind):
            marker = kind
            reading.actions.append(_action(source, line, clean_cell(bullet.group("text"))))
            reading.used.add(line.start)
        elif line.text.strip():
            listing = False             # the list is over, or what follows the heading is no list
    return reading


def _kind(marker: str) -> str:
    """Items of one list share their kind of marker: a numbered heading after a bulleted list ends it."""
    return "number" if marker[0].isdigit() else marker


def _action(source: SourceText, line: Line, text: str) -> Action:
    span = source.span(line.start, line.end)
    closing = _CLOSING.search(text)
    owner = due = None
    if closing:
        owner, due = _owner_and_due(closing.group("inside").strip())
        if owner or due:
            text = text[:closing.start()].rstrip()
    leads, organisations = owners(owner, span) if owner else ([], [])
    return Action(None, text.rstrip(" ."), span, leads=leads, lead_organisations=organisations, owner=owner, due=due)


def _owner_and_due(inside: str) -> tuple[str | None, str | None]:
    """"Head of SEND, by March 2025", "Lead: Head of SEND; March 2025", "by March 2025": the owner and
    the due date a closing bracket gives (the date without its "by"), or neither."""
    pieces = [p.strip() for p in _BRACKET_SEPARATOR.split(inside) if p.strip()]
    if not pieces or not due_cell(pieces[-1]):
        return None, None
    due = re.sub(r"^by\s+", "", pieces[-1], flags=re.I)
    who = _LABEL.sub("", ", ".join(pieces[:-1])).strip()
    return who or None, due
