"""Action logs whose table a PDF extraction ran together: the header's column names glued by single
spaces ("No From Agenda Owner Action", "No: Owner Details Update") and each row a numbered line whose
cells follow one another on that line or on short lines of their own:

    3. Item 4 Jo Bloggs Send the figures to the Board.       (owner and action on one line)
    4.                                                       (owner wrapped over short lines,
    Jo                                                        the action on the lines after it,
    Bloggs                                                    the update from a status word on)
    Table an update on the seven recommendations
    On-going. Planned for the December meeting

The owner is the run of short capitalised lines after the number (and the item reference, when the
table has that column), or the words before the first action verb (``data/action_verbs.txt``) on a
line that holds both; the update starts at a line opening with a status word.
"""
from __future__ import annotations

import re

from kg.entities.names import given_names
from kg.loaders import vocabulary
from kg.loaders.plans.cells import clean_cell
from kg.loaders.plans.columns import action_columns, column_role
from kg.loaders.plans.entries import action_from_cells
from kg.loaders.plans.layout import PlanReading, coverage
from kg.loaders.plans.rows import printed
from kg.model import Line, SourceText

_ROW_START = re.compile(r"^(?P<number>\d{1,3})[.:)]\s*(?P<rest>.*)$")
_ITEM_REF = re.compile(r"^(?:item|minute|min\.?|agenda item)\s+[\w.]+\s*", re.I)
_OWNER_WORD = re.compile(r"^(?:[A-Z][\w'’.&-]*|&|and|Cllr\.?)$")
_MAX_OWNER_WORDS = 4          # an owner on lines of its own: a name or a group, never a sentence
_MAX_ROW_LINES = 12           # a row longer than this has run past the end of the table
_MAX_PHRASE_WORDS = 4


def header_at(source: SourceText, lines: list[Line], index: int) -> list[str] | None:
    """Column roles of a header whose names are run together with single spaces."""
    raw = printed(source, lines[index])
    if "\t" in raw or "|" in raw:
        return None
    words = clean_cell(raw).replace(":", " ").split()
    names: list[str] = []
    position = 0
    while position < len(words):
        size = next((n for n in range(min(_MAX_PHRASE_WORDS, len(words) - position), 0, -1)
                     if column_role(" ".join(words[position:position + n]), exact=True)), 0)
        if not size:
            return None
        names.append(" ".join(words[position:position + size]))
        position += size
    roles = action_columns(names) if len(names) >= 3 else None
    return roles if roles and "owner" in roles else None


def fit(source: SourceText, lines: list[Line]) -> float:
    return coverage(lines, read(source, lines))


def read(source: SourceText, lines: list[Line]) -> PlanReading:
    reading = PlanReading()
    roles: list[str] | None = None
    row: list[Line] = []
    for index, line in enumerate(lines):
        header = header_at(source, lines, index)
        heading = not header and index + 1 < len(lines) and _next_is_header(source, lines, index)
        start = _ROW_START.match(clean_cell(line.text))
        if header or heading or start and roles or len(row) >= _MAX_ROW_LINES:
            _row(source, row, roles, reading)
            row = []
        if header:
            roles = header
            reading.used.add(line.start)
        elif roles and (start or row) and not heading and line.text.strip():
            row.append(line)
    _row(source, row, roles, reading)
    return reading


def _next_is_header(source: SourceText, lines: list[Line], index: int) -> bool:
    following = next((i for i in range(index + 1, min(len(lines), index + 4)) if lines[i].text.strip()), None)
    return bool(lines[index].text.strip()) and following is not None and header_at(source, lines, following) is not None


def _row(source: SourceText, row: list[Line], roles: list[str] | None, reading: PlanReading) -> None:
    if not row or not roles:
        return
    number = _ROW_START.match(clean_cell(row[0].text)).group("number")
    pieces = [p for p in re.split(r"\s{2,}", printed(source, row[0]).strip()) if p]
    if len(pieces) >= 3 and len(row) == 1:       # one line whose cells kept wider gaps
        cells = _by_gaps(pieces, roles)
    else:
        cells = _by_lines([_ROW_START.match(clean_cell(row[0].text)).group("rest")] +
                          [clean_cell(line.text) for line in row[1:]], roles)
    if not cells.get("action") or not cells.get("owner"):
        return
    cells["ref"] = number
    action = action_from_cells(cells, source.span(row[0].start, row[-1].end))
    if action:
        reading.actions.append(action)
        reading.used.update(line.start for line in row)


def _by_gaps(pieces: list[str], roles: list[str]) -> dict[str, str]:
    pieces = [_ROW_START.match(pieces[0]).group("rest")] + pieces[1:] if _ROW_START.match(pieces[0]) else pieces
    wanted = [r for r in roles if r not in ("ref", None)]
    if "item" in wanted and not _ITEM_REF.match(pieces[0]):
        wanted.remove("item")
    return {role: piece for role, piece in zip(wanted, [p for p in pieces if p])}


def _by_lines(texts: list[str], roles: list[str]) -> dict[str, str]:
    texts = [t for t in texts if t]
    if "item" in roles and texts and _ITEM_REF.match(texts[0]):
        texts[0] = _ITEM_REF.sub("", texts[0]).strip()
        texts = [t for t in texts if t]
    owner: list[str] = []
    while texts and _owner_line(texts[0]):
        owner.append(texts.pop(0))
    if not owner and texts:
        head, rest = _split_owner(texts[0])
        if not head:
            return {}
        owner, texts[0] = [head], rest
    update_at = next((i for i, t in enumerate(texts) if i and _opening_status(t)), len(texts))
    action, update = texts[:update_at], texts[update_at:]
    cells = {"owner": " ".join(owner), "action": " ".join(action)}
    if update and ("update" in roles or "status" in roles):
        status = _opening_status(update[0])
        cells["status"] = status
        cells["update"] = re.sub(r"^[\s.,;:–—-]+", "", " ".join(update)[len(status):])
    elif update:
        cells["action"] = " ".join(action + update)
    return cells


def _owner_line(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_OWNER_WORDS and all(_OWNER_WORD.match(w) for w in words) \
        and words[0].lower() not in vocabulary.words("action_verbs")


def _split_owner(text: str) -> tuple[str, str]:
    """"Jo Bloggs Send the figures ...": the owner before the first action verb (within a name's length),
    else a given name and the surname after it."""
    words = text.split()
    verb = next((i for i, w in enumerate(words[:_MAX_OWNER_WORDS + 1]) if i and w.lower() in vocabulary.words("action_verbs")), None)
    if verb is None and len(words) > 2 and words[0].lower() in given_names() and _OWNER_WORD.match(words[1]):
        verb = 2
    if verb is None:
        return "", text
    return " ".join(words[:verb]), " ".join(words[verb:])


def _opening_status(text: str) -> str | None:
    """The status word a line opens with ("On-going. The restructure ...", "Done – see point 6"), as printed."""
    words = re.split(r"[\s.,;:–]+", text.strip())
    for size in (2, 1):
        printed = " ".join(words[:size])
        if len(words) >= size and printed.lower() in vocabulary.words("action_statuses"):
            return printed
    return None
