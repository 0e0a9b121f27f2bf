"""Actions recorded inside minutes, as actions of their minute item.

Partner boards, forums and governing bodies record who will do what instead of (or beside) resolutions:
- a line that opens with the owner's initials ("LD to circulate the report to governors");
- an "Action:" tag closing a paragraph names the owners of the sentence before it ("TB to circulate
  the draft by 18 October. Action: TB", "Action: PH/JS", "Action: PH (November)");
- an "ACTION:" line states the action itself, its owner before "to" ("ACTION: Virtual School Head
  to provide a breakdown ... to the next meeting");
- an "Actions arising" table under the minutes: a header row naming Action and Owner (or Lead,
  Responsible) and often a date column, then one row per action.
Owners are kept as printed: initials, names or job titles.
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
_HEADER_ACTION = re.compile(r"^action", re.I)
_HEADER_OWNER = re.compile(r"^(?:owner|lead|responsible|by whom|who)", re.I)
_HEADER_DUE = re.compile(r"^(?:date|due|deadline|by when|when|timescale)", re.I)
_HEADER_OTHER = re.compile(r"^(?:ref|no\.?|item|status|update|progress|minute)\b", re.I)
_CELLS = re.compile(r"\t+|\s{2,}")


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


def action_table(lines: list[Line], start: int, end: int, source: SourceText) -> list[Action]:
    """Rows of an action table (header: Action, Owner, [Date]) between line indexes ``start`` and ``end``."""
    actions: list[Action] = []
    columns: dict[str, int] | None = None
    for line in lines[start:end]:
        if not line.text.strip():
            continue
        raw = source.raw_lines[line.start - 1] if line.start == line.end else line.text
        cells = [cell.strip() for cell in _CELLS.split(raw.strip()) if cell.strip()]
        if columns is None:
            columns = _header(cells)
            continue
        if len(cells) < 2:
            if actions:
                break
            continue
        text = cells[columns["action"]] if columns["action"] < len(cells) else ""
        owner = cells[columns["owner"]] if columns["owner"] < len(cells) else ""
        due = cells[columns["due"]] if "due" in columns and columns["due"] < len(cells) else None
        if text and owner:
            actions.append(_action(text, owner, due, source.span(line.start, line.end)))
    return actions


def table_start(lines: list[Line], start: int, end: int, source: SourceText) -> int | None:
    """The index of an action table's header row in ``lines[start:end]``, if there is one."""
    for index in range(start, end):
        line = lines[index]
        raw = source.raw_lines[line.start - 1] if line.start == line.end and line.text else line.text
        cells = [cell.strip() for cell in _CELLS.split(raw.strip()) if cell.strip()]
        if 2 <= len(cells) <= 6 and _header(cells) is not None:
            return index
    return None


def _header(cells: list[str]) -> dict[str, int] | None:
    """Column positions when every cell of a row names an action-table column (a plan's table with
    "Key links" or "Milestones" columns is read by the plan readers, not here)."""
    columns: dict[str, int] = {}
    for position, cell in enumerate(cells):
        if len(cell) > 25:
            return None
        for name, pattern in (("action", _HEADER_ACTION), ("owner", _HEADER_OWNER), ("due", _HEADER_DUE),
                              ("other", _HEADER_OTHER)):
            if name not in columns and pattern.match(cell):
                columns[name] = position
                break
        else:
            return None
    return columns if {"action", "owner"} <= set(columns) else None


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
