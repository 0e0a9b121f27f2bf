"""Header rows of action tables: which column is the action, the owner, the due date, the status.

Column names come from ``data/action_columns.txt``; a table is an action table when its header names
an action column and at least one of owner, due date or status, and at most one cell in three names
no known column. A header naming a milestones column is the milestone layout's (:mod:`.milestones`).
"""
from __future__ import annotations

import re
from functools import cache

from kg.loaders import vocabulary
from kg.loaders.plans.cells import MONTH, clean_cell, rag_names

_MAX_HEADER_WORDS = 5
_SEASON = r"(?:spring|summer|autumn|winter)(?:\s+term)?"
DUE = re.compile(rf"^(?:by\s+|from\s+|due\s+|(?:the\s+)?end\s+of\s+|w/c\s+|early\s+|mid[\s-]+|late\s+)?"
                 rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\.?,?\s*(?:(?:19|20)\d\d)?|"
                 rf"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?[\s-]+(?:19|20)?\d\d|"
                 rf"{_SEASON}\s+(?:19|20)\d\d(?:/\d{{2,4}})?|"
                 rf"\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|(?:19|20)\d\d-\d\d-\d\d|"
                 rf"(?:q|quarter\s*)[1-4]\s*(?:(?:19|20)\d\d(?:/\d{{2,4}})?)?|"
                 rf"(?:19|20)\d\d(?:\s*[/-]\s*\d{{2,4}})?|ongoing|on-going|tbc|tba|next meeting|each \w+(?: from .{{3,20}})?)$", re.I)


@cache
def _phrases() -> dict[str, str]:
    out = {}
    for entry in vocabulary.words("action_columns"):
        role, _, phrase = entry.partition(":")
        if phrase.strip():
            out[phrase.strip()] = role.strip()
    return out


def column_role(cell: str, exact: bool = False) -> str | None:
    """The role of a header cell, or None when it names no known column; ``exact``: the cell is the
    column name itself, with nothing after it ("Update" but not "Update June 2014")."""
    text = clean_cell(cell).lower().strip(" *:|?")
    if not text or len(text.split()) > _MAX_HEADER_WORDS:
        return None
    phrases = _phrases()
    if exact:
        return phrases.get(text)
    # the longest known name the cell starts with, ending where a word does
    ends = sorted({len(text), *(i for i, char in enumerate(text) if not char.isalpha())}, reverse=True)
    return next((phrases[text[:end]] for end in ends if text[:end] in phrases), None)


def action_columns(cells: list[str]) -> list[str | None] | None:
    """The role of each cell when ``cells`` are an action table's header, else None."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2:
        return None
    roles = [column_role(c) if c.strip() else None for c in cells]
    known = {r for r in roles if r}
    unknown = sum(1 for c, r in zip(cells, roles) if c.strip() and r is None)
    if "action" not in known or not known & {"owner", "due", "status"} or "milestone" in known \
            or unknown > max(1, len(known) // 2):
        return None
    return roles


def due_cell(text: str) -> bool:
    """A cell that is a due date or timescale as printed ("31/03/2024", "March 2025", "Q1 2025/26", "Ongoing")."""
    return bool(DUE.match(clean_cell(text).strip(" .")))


def status_of(text: str) -> str | None:
    """The status an action log prints alone or at the start of a status or progress cell, as printed
    ("Completed – data presented ..." -> "Completed", "A", "Amber/Green"); None for "A review of ..."."""
    text = clean_cell(text)
    statuses = vocabulary.words("action_statuses")
    lead = re.match(r"^([A-Za-z][A-Za-z -]{0,20}?(?:\s*/\s*[A-Za-z]+)*)\s*(?:$|[–—:;,.(]|\s-\s)", text)
    if not lead:
        return None
    printed = lead.group(1).strip()
    parts = [p.strip().lower() for p in printed.split("/")]
    return printed if all(p in statuses or p in rag_names() for p in parts) else None
