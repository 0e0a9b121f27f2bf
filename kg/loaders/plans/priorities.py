"""Priorities a plan lists outside its tables: introduced lists, pledges, sections of numbered
objectives and priorities named in quotation marks; read over the whole paper after the layout readers."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from kg.loaders.plans.cells import clean_cell
from kg.model import Line, Priority, SourceText

_MAX_PRIORITIES = 9       # a longer list under "priorities" is an account of work done, not the priorities
_QUOTED_PRIORITY = re.compile(r"\bpriority\s*(?P<number>\d{1,2})?\s*[-–:]?\s*[“\"](?P<text>[^”\"]{10,200})[”\"]", re.I)


def with_listed_priorities(source: SourceText, lines: list[Line], found: list[Priority],
                           objectives: list[Priority]) -> list[Priority]:
    """Priorities of the paper that the layout readers found, with those it lists, numbers in sections
    or names in quotation marks."""
    listed = _with_listed_priorities(source, lines, found, objectives)
    sectioned = _with_sectioned_objectives(source, lines, listed, objectives)
    return _with_quoted_priorities(source, lines, sectioned, objectives)


def _with_quoted_priorities(source: SourceText, lines: list[Line], found: list[Priority],
                            objectives: list[Priority]) -> list[Priority]:
    """Add priorities a sentence names in quotation marks ('The priority "We will ..." is also one of
    the six priorities', 'Priority 4 – "We will ..." has been excluded from this report'): the plan
    has them even where it does not report on them."""
    out = list(found)
    for line in lines:
        for match in _QUOTED_PRIORITY.finditer(clean_cell(line.text)):
            number, text = match.group("number"), match.group("text").strip(" .")
            if number in {p.number for p in out if p.number} or _near_duplicate(text, out + objectives):
                continue
            out.append(Priority(number, text, source.span(line.start, line.end)))
    return out


def _near_duplicate(text: str, known: list[Priority]) -> bool:
    return any(fuzz.ratio(text.casefold(), p.text.casefold()) >= 85 for p in known)


def _with_listed_priorities(source: SourceText, lines: list[Line], found: list[Priority],
                            objectives: list[Priority]) -> list[Priority]:
    """Add priorities printed as a list: under an introduction ("covers the 6 priorities:", "Our
    Priorities"), or a numbered list of commitments that all begin "We ..." (a charter's pledges).
    Numbered, bulleted or emphasised lines are kept when the plan's own headings did not already
    give that number, nor (nearly) that wording to a priority or objective."""
    listed: list[Priority] = []
    index = 0
    while index < len(lines):
        text = clean_cell(lines[index].text)
        index += 1
        introduced = re.search(r"\bpriorities\b", text, re.I) and (re.search(r":\s*[-–]?$", text) or len(text.split()) <= 4)
        items, after = _list_items(lines, index)
        pledges = len(items) >= 3 and all(i[0] and re.match(r"we\b", i[1], re.I) for i in items)
        if not (introduced and 2 <= len(items) <= _MAX_PRIORITIES or pledges):
            continue
        index = after
        numbers = {p.number for p in found + listed if p.number}
        known = found + listed + objectives     # items of one list may be worded alike: compare with the rest only
        for number, item, line in items:       # a bulleted item has no number of its own
            if number not in numbers and not _near_duplicate(item, known):
                listed.append(Priority(number, item, source.span(line.start, line.end)))
    return found + listed


# A section of a strategy listing its objectives: "7. Strategic Objectives", "Our Priorities", "Key Aims:"
_OBJECTIVES_HEADING = re.compile(r"^(?:(\d{1,2})\.?\s+)?(?:[A-Z][\w'’]*\s+){0,3}(?i:objectives|priorities|aims|goals)\s*:?$")
_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
_STATEMENT_LINES = 4      # an objective's statement wraps over at most this many lines
_SECTION_LINES = 400      # how far a section of objectives may run
_OBJECTIVE_GAP = 80       # the most lines of narrative between one objective and the next
_LEAD_IN_LINES = 30       # the most lines of introduction between the heading and the first objective


def _with_sectioned_objectives(source: SourceText, lines: list[Line], found: list[Priority],
                               objectives: list[Priority]) -> list[Priority]:
    """Add the objectives a strategy numbers 1, 2, 3 ... under a heading naming them ("7. Strategic
    Objectives"), each followed by paragraphs on it, up to the next section ("8. Key Service
    Priorities") or a break in the numbering. Each is a priority whose text is its statement and
    whose lines run through its paragraphs, which say what is done for it."""
    out = list(found)
    index = 0
    while index < len(lines):
        heading = _OBJECTIVES_HEADING.match(clean_cell(lines[index].text))
        index += 1
        if not heading:
            continue
        items, index = _numbered_sections(lines, index, int(heading.group(1)) + 1 if heading.group(1) else None)
        if len(items) < 2:
            continue
        numbers = {p.number for p in out if p.number}
        for number, (first, last) in items:
            text = _statement(lines, first, last)
            if number not in numbers and not _near_duplicate(text, out + objectives):
                out.append(Priority(number, text, source.span(lines[first].start, lines[last].end)))
    return out


def _numbered_sections(lines: list[Line], index: int, next_section: int | None) -> tuple[list[tuple[str, tuple[int, int]]], int]:
    """(number, (first, last line index)) of the items numbered 1, 2, 3 ... from ``index``, each
    running to the line before the next; the list ends at the section numbered ``next_section``, at
    a number out of sequence or after _OBJECTIVE_GAP lines without the next item, and the last item
    is cut to the length of the longest before it. Also returns where reading goes on."""
    starts: list[int] = []
    end = index
    for position in range(index, min(len(lines), index + _SECTION_LINES)):
        numbered = _NUMBERED.match(clean_cell(lines[position].text))
        if numbered and int(numbered.group(1)) == len(starts) + 1 and (len(starts) + 1 != next_section or not starts):
            starts.append(position)
        elif numbered and starts or starts and position - starts[-1] > _OBJECTIVE_GAP or not starts and position - index > _LEAD_IN_LINES:
            break
        if lines[position].text.strip():
            end = position
    else:
        position = end + 1
    bounds = [(start, _last_text_line(lines, start, stop - 1)) for start, stop in zip(starts, [*starts[1:], position])]
    if len(bounds) > 1:   # the last runs no longer than the longest before it: a list of one-line aims ends with it
        longest = max(last - first for first, last in bounds[:-1])
        bounds[-1] = (bounds[-1][0], _last_text_line(lines, bounds[-1][0], min(bounds[-1][1], bounds[-1][0] + longest)))
    return [(str(n), span) for n, span in enumerate(bounds, start=1)], max(index, position)


def _last_text_line(lines: list[Line], first: int, last: int) -> int:
    while last > first and not lines[last].text.strip():
        last -= 1
    return last


def _statement(lines: list[Line], first: int, last: int) -> str:
    """An objective's own words: its numbered line and the lines it wraps onto, to the first full stop."""
    words: list[str] = []
    for position in range(first, min(last, first + _STATEMENT_LINES - 1) + 1):
        text = clean_cell(lines[position].text)
        if not text:
            break
        words.append(text)
        if text.endswith((".", ":", ";")):
            break
    return _NUMBERED.match(" ".join(words)).group(2).rstrip(" .;:")


def _list_items(lines: list[Line], index: int) -> tuple[list[tuple[str | None, str, Line]], int]:
    """The numbered or bulleted list starting at ``index`` (blank lines between items allowed)."""
    items: list[tuple[str | None, str, Line]] = []
    after = index
    for position in range(index, min(len(lines), index + 60)):
        item = clean_cell(lines[position].text)
        if not item:
            continue
        marker = re.match(r"^(?:(\d{1,2})\s*[.:)](?!\d)|[-•▪*�])\s*", item)
        if not marker or len(item) > 220 or items and (marker.group(1) is None) != (items[0][0] is None):
            break           # the list ends, or a numbered section follows a bulleted list
        items.append((marker.group(1), item[marker.end():].strip(" *"), lines[position]))
        after = position + 1
    return items, after
