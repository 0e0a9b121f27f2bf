"""Action tables printed in aligned columns (PDF text that kept the layout's spacing): the header's
column names separated by runs of spaces give each column's position; a row's pieces of text fall
in the column whose position they start at, a cell wrapped over several lines continues on lines
that leave the first column empty, and a line running across the columns ends the table.
"""
from __future__ import annotations

import re

from kg.loaders.plans.cells import clean_cell
from kg.loaders.plans.columns import action_columns
from kg.loaders.plans.entries import action_from_cells
from kg.loaders.plans.layout import PlanReading, coverage
from kg.loaders.plans.rows import printed
from kg.model import Line, SourceText

_PIECE = re.compile(r"\S+(?: \S+)*")       # text between runs of two or more spaces
_SLACK = 2                                 # a piece may start this many characters left of its column
_MIN_COLUMNS = 3
_HEADER_REACH = 2                          # the header is the block's first line, or the one after its title


def _pieces(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _PIECE.finditer(text.expandtabs())]


def header_at(source: SourceText, lines: list[Line], index: int) -> tuple[list[str], list[int]] | None:
    """Column roles and start positions of a header row printed with spaces between its names."""
    raw = printed(source, lines[index])
    if "\t" in raw or "|" in raw:
        return None
    pieces = _pieces(raw)
    roles = action_columns([text for _, text in pieces]) if len(pieces) >= _MIN_COLUMNS else None
    return (roles, [start for start, _ in pieces]) if roles else None


def fit(source: SourceText, lines: list[Line]) -> float:
    return coverage(lines, read(source, lines))


def read(source: SourceText, lines: list[Line]) -> PlanReading:
    reading = PlanReading()
    opening = next(((i, h) for i in range(min(len(lines), _HEADER_REACH)) if (h := header_at(source, lines, i))), None)
    if not opening:
        return reading
    first, (roles, starts) = opening
    reading.used.add(lines[first].start)
    rows: list[tuple[dict[str, list[str]], Line, Line]] = []
    for line in lines[first + 1:]:
        raw = printed(source, line)
        if not raw.strip():
            continue
        placed = _place(_pieces(raw), starts)
        if placed is None:
            break
        if placed.get(0) and (len(placed) > 1 or not rows):
            rows.append(({}, line, line))
        elif not rows:
            break
        cells, first, _ = rows[-1]
        for column, texts in placed.items():
            cells.setdefault(roles[column] or "", []).extend(texts)
        rows[-1] = (cells, first, line)
        reading.used.add(line.start)
    for cells, first, last in rows:
        joined = {role: clean_cell(" ".join(texts)) for role, texts in cells.items() if role}
        action = action_from_cells(joined, source.span(first.start, last.end))
        if action:
            reading.actions.append(action)
    return reading


def _place(pieces: list[tuple[int, str]], starts: list[int]) -> dict[int, list[str]] | None:
    """Pieces by column index; None when a piece runs across the next two columns (prose, not a row)."""
    placed: dict[int, list[str]] = {}
    for start, text in pieces:
        column = max((i for i, s in enumerate(starts) if s <= start + _SLACK), default=0)
        if column + 2 < len(starts) and start + len(text) > starts[column + 2]:
            return None
        placed.setdefault(column, []).append(text)
    return placed
