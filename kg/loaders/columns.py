"""Minutes set as a text table whose right-hand column holds the decisions or who acts on them ("No. | Item /
Discussion | Decision", "Minute No. | Subject | Action by").

Text extracted with the layout kept prints a row's discussion and its decision side by side on the same lines,
so read line by line each decision is cut into pieces glued to the discussion. Below a header row whose last
column names the decisions, each row is read as its left-hand text first and then its decision column as a
paragraph of its own, as minutes without a table print them; every piece keeps its original line number. The
table ends where a line of text crosses the column.
"""
from __future__ import annotations

import re

# the last heading of the header row: "Decision", "Decision / Action", "Resolution", "Outcome", "Action by", "Owner"
_DECISION_HEADING = re.compile(r"(?:decisions?|resolutions?|outcomes?|conclusions?)(?:\s*(?:/|and|&)\s*actions?(?:\s+by)?)?"
                               r"|actions?(?:\s+by)?|owner|lead(?:\s+officer)?", re.I)    # or who acts on them
_FIRST_HEADING = re.compile(r"(?:no\.?|item(?:\s+no\.?)?|minute(?:\s+no\.?)?|min\.?\s*(?:no\.?|ref\.?)?|ref\.?|#|number)", re.I)
_HEADING_WORD = re.compile(r"decision|resolution|outcome|conclusion|action|owner|lead", re.I)   # a cheap test first
_RULE = re.compile(r"^[-_=–—\s|]*$")          # a header's underline
_CELL_GAP = re.compile(r"\S+(?: \S+)*")          # a cell: words with single spaces between
_ROW_NUMBER = re.compile(r"^\s*[A-Z]{0,6}[./]?\d[\w./()]*\s{2,}\S")   # a row opens with its number: "3     Minutes"


def unfold_decision_column(raw_lines: list[str]) -> list[tuple[int, str]]:
    """(line number, text) of every line, a decision column's pieces moved below the left-hand text of their row."""
    out: list[tuple[int, str]] = []
    decisions: list[tuple[int, str]] = []
    column: int | None = None
    for number, raw in enumerate(raw_lines, 1):
        header = _decision_column(raw)
        if header is not None:
            out += _paragraph(decisions)
            column = header
            out.append((number, raw[:column].rstrip()))
            continue
        parts = _split(raw, column) if column is not None else None
        if parts is None:
            out += _paragraph(decisions)
            column = None
            out.append((number, raw))
            continue
        left, right = parts
        right = "" if _RULE.match(right) else right
        if not raw.strip() or _ROW_NUMBER.match(left):
            out += _paragraph(decisions)
        out.append((number, left))
        if right:
            decisions.append((number, right))
    return out + _paragraph(decisions)


def _decision_column(raw: str) -> int | None:
    """Where the decision column starts, when ``raw`` is a table's header row ("No.  Item  Decision / Action")."""
    if not _HEADING_WORD.search(raw):
        return None
    cells = list(_CELL_GAP.finditer(raw))
    if len(cells) < 2 or not _FIRST_HEADING.fullmatch(cells[0].group(0)) or not _DECISION_HEADING.fullmatch(cells[-1].group(0)):
        return None
    gap = cells[-1].start() - cells[-2].end()
    return cells[-1].start() if gap >= 3 and len(cells[-1].group(0)) <= 40 else None


def _split(raw: str, column: int) -> tuple[str, str] | None:
    """(left, right) of a table line, or None when its text crosses the column (the table has ended)."""
    for cell in _CELL_GAP.finditer(raw):
        if cell.start() >= column - 3:
            return raw[:cell.start()].rstrip(), raw[cell.start():].strip()
        if cell.end() > column + 1:
            return None
    return raw.rstrip(), ""


def _paragraph(decisions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A row's decision pieces as a paragraph of their own (a blank line first), emptying ``decisions``."""
    if not decisions:
        return []
    out = [(decisions[0][0], ""), *decisions]
    decisions.clear()
    return out
