"""Action tables printed a row a line: pipe or markdown tables and tab-separated rows (HTML and Word
tables arrive this way, spanning cells repeated). The header row names the columns; lines printed
straight under a row (no blank line between) continue its last cell, an update written below the row;
a section printed one cell per line after the table (closed actions) is read under the same header, and
a section heading that names a status ("Completed actions", "OUTSTANDING ITEMS") gives it to the rows under it
that print none. A row printed across the table (one cell, or one cell repeated over the merged columns) is a
heading over the rows below it, and a priority when it is numbered as one; a row whose only cell is the
action's continues the action above.
"""
from __future__ import annotations

import re

from kg.loaders.limits import MAX_LINE_CHARS
from kg.loaders.plans.cell_lines import read_rows
from kg.loaders.plans.cells import clean_cell
from kg.loaders.plans.columns import action_columns, status_of
from kg.loaders.plans.entries import action_from_cells
from kg.loaders.plans.layout import PlanReading, coverage
from kg.model import Action, Line, Priority, SourceText, Span, Update

_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
_SECTION_WORDS = 12
_PRIORITY_ROW = re.compile(r"^(?:(?:priority|theme|objective|outcome|strand)\s+)?(?P<number>\d{1,2})\s*[:.)–-]\s*(?P<text>\S.{2,})$", re.I)


def split_row(text: str) -> list[str] | None:
    """The cells of a tab-separated or pipe row, else None."""
    if "\t" in text:
        return [clean_cell(c) for c in text.split("\t")]
    if text.count("|") >= 2:
        return [clean_cell(c) for c in text.strip().strip("|").split("|")]
    return None


def header_at(source: SourceText, lines: list[Line], index: int) -> list[str] | None:
    cells = split_row(printed(source, lines[index]))
    return action_columns(cells) if cells else None


def printed(source: SourceText, line: Line) -> str:
    """A one-line row as printed: normalising drops a row's empty cells, which would shift the rest. A
    line too long for a row was split on reading (:mod:`kg.loaders.limits`): each piece is its own text."""
    if line.start != line.end or not 0 < line.start <= len(source.raw_lines):
        return line.text
    raw = source.raw_lines[line.start - 1]
    return raw if len(raw) <= MAX_LINE_CHARS else line.text


def fit(source: SourceText, lines: list[Line]) -> float:
    return coverage(lines, read(source, lines))


def read(source: SourceText, lines: list[Line]) -> PlanReading:
    reading = PlanReading()
    roles: list[str | None] | None = None
    last: Action | None = None
    section_status: str | None = None
    after_rows: list[Line] = []           # lines after the rows: maybe a section printed one cell per line
    for index, line in enumerate(lines):
        cells = split_row(printed(source, line))
        heading = None if cells else section_heading(line.text)
        if header_at(source, lines, index) or roles and (heading or _row(cells, roles)) and after_rows:
            _section(source, after_rows, roles, reading, section_status)
            after_rows = []
        if header := header_at(source, lines, index):
            roles, last, section_status = header, None, None
            reading.used.add(line.start)
        elif not roles:
            continue
        elif heading:
            last, section_status = None, heading
            reading.used.add(line.start)
        elif cells and all(_SEPARATOR_CELL.match(c) or not c for c in cells):
            reading.used.add(line.start)
        elif _row(cells, roles):
            last = _row_action(source, line, cells, roles, last, section_status, reading)
            reading.used.add(line.start)
        elif last and line.text.strip() and not after_rows:
            _add_note(last, clean_cell(line.text), source.span(line.start, line.end))
            reading.used.add(line.start)
        elif reading.actions:
            last = None
            after_rows.append(line)
    _section(source, after_rows, roles, reading, section_status)
    return reading


def section_heading(text: str) -> str | None:
    """The status a section heading gives the actions under it ("Completed actions", "OUTSTANDING ITEMS");
    a status alone on a line is a cell, not a heading."""
    text = clean_cell(text)
    words = text.split()
    if not words or len(words) > _SECTION_WORDS:
        return None
    status = status_of(words[0])
    named = re.match(r"^(?:actions?|items?)\b", " ".join(words[1:]), re.I)
    return status.title() if status and named and len(status) > 1 else None


def _row(cells: list[str] | None, roles: list[str | None]) -> bool:
    return bool(cells) and abs(len(cells) - len(roles)) <= 1


def _row_action(source: SourceText, line: Line, cells: list[str], roles: list[str | None], last: Action | None,
                section_status: str | None, reading: PlanReading) -> Action | None:
    """The action a row gives; or the row above continued (its action cell is empty, or only its
    action cell goes on); or nothing, for a row spanning the table (a priority or group heading)."""
    by_role: dict[str, str] = {}
    for role, cell in zip(roles, cells):
        if role and cell:
            by_role[role] = f"{by_role.get(role, '')} {cell}".strip()
    filled = [(position, cell) for position, cell in enumerate(cells) if cell]
    action_column = roles.index("action")
    alone = len(filled) == 1 and len(cells) > 2
    if alone and last and filled[0][0] == action_column and (action_column > 0 or filled[0][1][:1].islower()):
        last.text = f"{last.text} {filled[0][1].rstrip(' .')}"        # the action cell wrapped onto a row of its own
        last.span = Span(source.name, last.span.start, line.end, last.span.page)
        return last
    if alone or len(filled) > 1 and len({cell for _, cell in filled}) == 1:
        _spanning_row(source, line, filled[0][1], reading)
        return None
    action = action_from_cells(by_role, source.span(line.start, line.end), _current_priority(reading))
    if action is None:
        return _continue(last, by_role, line, source)
    action.status = action.status or section_status
    reading.actions.append(action)
    return action


def _spanning_row(source: SourceText, line: Line, text: str, reading: PlanReading) -> None:
    """A row printed across the table: a priority ("Priority 2: Safe at home", "2. Safe at home") heads the rows below."""
    heading = _PRIORITY_ROW.match(text)
    if heading:
        reading.priorities.append(Priority(heading.group("number"), heading.group("text").strip(), source.span(line.start, line.end)))


def _current_priority(reading: PlanReading) -> str | None:
    return reading.priorities[-1].number if reading.priorities else None


def _section(source: SourceText, lines: list[Line], roles: list[str | None] | None, reading: PlanReading,
             status: str | None) -> None:
    if roles and lines:
        read_rows(source, lines, roles, reading, status)


def _continue(last: Action | None, cells: dict[str, str], line: Line, source: SourceText) -> Action | None:
    """A row with an empty action cell continues the row above (a cell cut by a page break)."""
    note = " ".join(cells.get(role, "") for role in ("status", "update")).strip()
    if last and note:
        _add_note(last, note, source.span(line.start, line.end))
    return last


def _add_note(action: Action, text: str, span: Span) -> None:
    """A line written under a row: its update, or the rest of the update on the line above."""
    if action.updates and action.updates[-1].span.end + 1 >= span.start:
        last = action.updates[-1]
        action.updates[-1] = Update(f"{last.text} {text}", Span(span.source, last.span.start, span.end, last.span.page), last.period)
    else:
        action.updates.append(Update(text, span))
    action.span = Span(span.source, action.span.start, span.end, action.span.page)
