"""Action tables flattened one cell per line: the header's column names on consecutive lines, then
each row's cells on lines of their own (a long cell wrapped over two lines, a multi-valued cell such
as partner agencies over several), a merged group cell ("1. Reduce first time entrants") printed
once above its rows, and the header repeated after a page break.

Rows start at their numbered or referenced first cell ("1.1 ...", "A23/02"); without numbering, rows
are the blank-separated groups. A row's cells are aligned to the columns by what they look like: the
due-date cell is the first cell from its column on that reads as a date, a status cell must read as a
status, extra cells before the due date belong to the column before it, and cells left over after the
last column are its update.
"""
from __future__ import annotations

import re

from kg.loaders.plans.cells import clean_cell
from kg.loaders.plans.columns import action_columns, column_role, due_cell, status_of
from kg.loaders.plans.entries import action_from_cells
from kg.loaders.plans.layout import PlanReading, coverage
from kg.model import Line, Priority, SourceText

_KEY = re.compile(r"^(?:(?P<number>\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+\S|"
                  r"(?P<ref>[A-Z]{0,3}\d{1,4}[/.-]\d{1,3}[a-z]?|[A-Z]{0,3}-?\d{1,3}[a-z]?\.?)$)")
_BULLETED = re.compile(r"^\s*[-•▪◦●‣*]\s")
_MIN_COLUMNS = 3
_WRAP_SHARE = 0.8          # a line this close to the block's widest line, with no closing stop, wraps onto the next
_MIN_WIDTH = 50
_MARGIN_LINES = 3          # lines reaching the margin before a margin is believed


def header_at(source: SourceText, lines: list[Line], index: int) -> tuple[list[str], int] | None:
    """The column roles of a header printed one name a line from ``index``, and the index after it."""
    names: list[str] = []
    position = index
    while position < len(lines) and lines[position].text.strip() and column_role(lines[position].text):
        names.append(lines[position].text.strip())
        position += 1
    roles = action_columns(names) if len(names) >= _MIN_COLUMNS else None
    return (roles, position) if roles else None


def fit(source: SourceText, lines: list[Line]) -> float:
    return coverage(lines, read(source, lines))


def read(source: SourceText, lines: list[Line]) -> PlanReading:
    reading = PlanReading()
    roles: list[str] | None = None
    body: list[Line] = []
    index = 0
    while index < len(lines):
        header = header_at(source, lines, index)
        if header:
            if roles:
                read_rows(source, body, roles, reading)
            roles, index, body = header[0], header[1], []
            reading.used.update(line.start for line in lines[header[1] - len(header[0]):header[1]])
            continue
        body.append(lines[index])
        index += 1
    if roles:
        read_rows(source, body, roles, reading)
    return reading


def read_rows(source: SourceText, lines: list[Line], roles: list[str | None], reading: PlanReading,
              status: str | None = None) -> None:
    """Rows printed one cell per line under columns ``roles``, added to ``reading``; ``status`` is the
    status of the section they are printed in, for rows that print none."""
    filled = [line for line in lines if line.text.strip()]
    width = _wrap_width(filled)
    keys = [i for i, line in enumerate(filled) if _KEY.match(clean_cell(line.text))]
    depth = max((_depth(filled[i]) for i in keys), default=0)
    groups: list[list[Line]] = []
    if keys:
        for position, line in enumerate(filled):
            if position in keys and _depth(line) < depth and position + 1 in keys and "priority" in roles:
                _group_cell(source, line, reading)
            elif position in keys and _depth(line) == depth or not groups:
                groups.append([line])
            else:
                groups[-1].append(line)
    else:
        for line in lines:
            if not line.text.strip():
                groups.append([])
            elif groups:
                groups[-1].append(line)
            else:
                groups.append([line])
    merged = "priority" in roles and (reading.priorities or depth > 1)     # the priority cell spans its rows
    columns = [r or "" for r in roles if not (merged and r == "priority")]
    priority = None
    for group in (g for g in groups if g):
        priority = next((p.number for p in reversed(reading.priorities) if p.span.start < group[0].start), priority)
        if _BULLETED.match(group[0].text):
            continue                                    # a bulleted list is no row
        for row in _rows_in(_unwrapped(group, width), columns, bool(keys)):
            cells, _ = align([text for text, _, _ in row], columns)
            if not (cells.get("due") or cells.get("status")):
                continue                                # a row is anchored by its date or status cell
            action = action_from_cells(cells, source.span(row[0][1].start, row[-1][2].end), priority)
            if action:
                action.status = action.status or status
                reading.actions.append(action)
                reading.used.update(line.start for line in group if row[0][1].start <= line.start <= row[-1][2].end)


def _depth(line: Line) -> int:
    key = _KEY.match(clean_cell(line.text))
    return 1 if key.group("ref") else key.group("number").count(".") + 1


def _group_cell(source: SourceText, line: Line, reading: PlanReading) -> None:
    """A merged cell over a group of rows: the plan's priority ("1. Reduce first time entrants")."""
    number, _, text = clean_cell(line.text).partition(" ")
    reading.priorities.append(Priority(number.rstrip("."), text.strip(), source.span(line.start, line.end)))
    reading.used.add(line.start)


def _wrap_width(lines: list[Line]) -> int:
    """The width the text was wrapped at: the widest line, when several lines come close to it (a
    right margin); 0 when no margin shows, and nothing is taken for wrapped."""
    lengths = [len(clean_cell(line.text)) for line in lines]
    widest = max(lengths, default=0)
    near = sum(1 for length in lengths if length >= _WRAP_SHARE * widest)
    return widest if near >= _MARGIN_LINES else 0


def _unwrapped(group: list[Line], width: int) -> list[tuple[str, Line, Line]]:
    """Cells of a row with their first and last lines. A line with no closing stop continues on the
    next when it reaches the margin, or when it is a long line and the next opens in lower case."""
    cells: list[tuple[str, Line, Line]] = []
    joining = False
    for line in group:
        text = clean_cell(line.text)
        if joining and cells:
            cells[-1] = (f"{cells[-1][0]} {text}", cells[-1][1], line)
        else:
            cells.append((text, line, line))
        at_margin = width >= _MIN_WIDTH and len(text) >= _WRAP_SHARE * width
        joining = not re.search(r"[.;:!?]$", text) and (at_margin or len(text) >= _MIN_WIDTH)
        if joining and not at_margin:
            following = group[group.index(line) + 1].text.strip() if line is not group[-1] else ""
            joining = following[:1].islower()
    return cells


def align(cells: list[str], columns: list[str], rest_is_update: bool = True) -> tuple[dict[str, str], int]:
    """Cells by role (see the module docstring), empty when the row has no cell for the action, and how
    many cells the row took: all of them, or with ``rest_is_update`` off, up to its last column."""
    out: dict[str, str] = {}
    position = 0
    previous = None
    for column in columns:
        if position >= len(cells):
            break
        if column == "due":
            found = next((j for j in range(position, min(len(cells), position + len(columns))) if due_cell(cells[j])), None)
            if found is None:
                continue
            if previous and found > position:
                out[previous] = "; ".join([out[previous], *cells[position:found]])
            out["due"], position = cells[found], found + 1
        elif column == "status":
            if status_of(cells[position]):
                out["status"], position = cells[position], position + 1
        else:
            out[column] = cells[position]
            position += 1
        previous = column or previous
    if rest_is_update and position < len(cells):
        out["update"] = " ".join([out.get("update", ""), *cells[position:]]).strip()
        position = len(cells)
    return (out, position) if out.get("action") else ({}, position)


def _rows_in(cells: list[tuple[str, Line, Line]], columns: list[str], keyed: bool) -> list[list[tuple[str, Line, Line]]]:
    """A group's cells as rows: one row when rows are keyed or the group is short; else rows read one
    after another, each ending at its last column (rows printed with neither numbers nor blank lines)."""
    if keyed or len(cells) < 2 * len(columns) - 1:
        return [cells]
    rows, position = [], 0
    while position < len(cells):
        _, used = align([text for text, _, _ in cells[position:]], columns, rest_is_update=False)
        if not used:
            break
        rows.append(cells[position:position + used])
        position += used
    return rows
