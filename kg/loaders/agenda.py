"""An agenda: its venue and time, and its numbered items with pages, section and presenters.

Items are numbered "1." "2." (or "1  Title" in a contents table) in order; a title wraps over following lines until a presenter line
("- Sue Wilson to present", "Presentation by X") or the next item; "(Pages a - b)" gives the pages;
a short heading in capitals or "For Decision" opens a section.
"""
from __future__ import annotations

import re
from datetime import date

from kg.loaders.attendance import chair_in
from kg.loaders.normalize import is_capitals_heading
from kg.loaders.people_text import agenda_presenters
from kg.loaders.vocabulary import words
from kg.model import Item, Line, Meeting, PersonMention, SourceText

AGENDA = re.compile(r"^\s*(?:A\s?G\s?E\s?N\s?D\s?A|AGENDA|Agenda|(?:ORDER OF )?BUSINESS)\s*$")
# "1. Title", "1) Title", or "1   Title" as a contents table prints it (numbers in sequence guard the last)
_ITEM = re.compile(r"^(?P<num>\d{1,3}[a-z]?)(?:[.)]\s+|\s+(?=[A-Z]))(?P<title>\S.*)$")
_TRAILING_PAGES = re.compile(r"\s+(?:pages?\s+)?(\d{1,4})\s*[-–]\s*(\d{1,4})\s*$", re.I)   # "Work Programme  59 - 64"
# what an item is for, printed under its title: "To confirm the minutes ...", "Report of the Director ..."
_DESCRIPTION = re.compile(r"^(?:to\s+[a-z]+\b|reports?\s+(?:of|by)\b|(?:joint\s+)?report\s+of\b)", re.I)
_FIELD_LABELS = r"venue|place|location|date|time|date and time|contact|enquiries(?: to)?|meeting"
_CONTENTS_HEADER = re.compile(r"^item\s+(?:no\.?\s+)?(?:subject|title)\b", re.I)
_PAGES = re.compile(r"\(Pages?\s+(\d+)\s*[-–]\s*(\d+)\)", re.I)
_SECTION = re.compile(r"^(?:for\s+(?:decision|discussion|information|noting)|items?\s+for\s+\w+|annual reports?|"
                      r"part\s+[12ab]\b.*)\s*[:;]?-?\s*$", re.I)
# the agenda ends at the membership list or the chief executive's signature
_STOP = re.compile(r"^(?:membership|.*chief executive\.?$|.*members? of the .* (?:panel|commission|committee|board)\s*:?-?$)", re.I)
_PRESENTER = re.compile(r"^(?:-\s|(?:presentation by|to present|presented by)\b|presenters?\s*:)", re.I)


def parse_agenda(source: SourceText, lines: list[Line], head: int, first_content: int, end: int,
                 body: str, day: date) -> Meeting:
    """The agenda whose header runs from ``head`` to ``first_content`` (line indexes); items stop at ``end``."""
    head_text = [lines[i].text for i in range(head, first_content)]
    items: list[Item] = []
    section: str | None = None
    index = first_content
    while index < end:
        text = lines[index].text
        if not text:
            index += 1
            continue
        if _STOP.match(text) and items:
            break
        if not items and text.strip(" .").lower() in words("routine_business"):
            items.append(Item(None, text.strip(" ."), source.span(lines[index].start, lines[index].end), section=section))
            index += 1
            continue
        match = _ITEM.match(text)
        if match and _next_number(match.group("num"), items):
            index, item = _agenda_item(source, lines, index, end, match, section)
            items.append(item)
            continue
        if _CONTENTS_HEADER.match(text):
            index += 1
            continue
        if _is_section(text):
            section = re.sub(r"\s*[:;]?-?\s*$", "", text).strip()
            if section.isupper():
                section = section.title()
        index += 1
    span_end = max([lines[first_content - 1].end, *(item.span.end for item in items)])
    return Meeting(body, day, "agenda", source.span(lines[head].start, span_end), chair=_chair(source, lines, head,
                   first_content), venue=_field(head_text, "venue|place|location"), time=_field(head_text, "time"), items=items)


def _chair(source: SourceText, lines: list[Line], head: int, first_content: int) -> PersonMention | None:
    """The chair named in the membership printed above the agenda ("Councillor X (Chair)")."""
    for line in lines[head:first_content]:
        if re.search(r"\((?:chair|chairman|chairperson|convener)\)", line.text, re.I):
            return chair_in(line.text, source.span(line.start, line.end))
    return None


def _is_section(text: str) -> bool:
    return bool(_SECTION.match(text)) or (is_capitals_heading(text) and len(text.split()) <= 5)


def _next_number(number: str, items: list[Item]) -> bool:
    """Agenda items count up from 1; a numbered line out of sequence is part of a title."""
    numbered = [item for item in items if item.number]
    return number == str(len(numbered) + 1) or (bool(numbered) and _value(number) == _value(numbered[-1].number) + 1)


def _value(number: str | None) -> int:
    digits = re.findall(r"\d+", number or "")
    return int(digits[0]) if digits else -1


def _field(texts: list[str], name: str) -> str | None:
    """A labelled field of the title block ("Venue:" / "Place:", "Time:" / "Date and Time:")."""
    joined = " ".join(t for t in texts if t)
    match = re.search(rf"\b(?:{name})\s*:\s*(.+?)(?=\b(?:{_FIELD_LABELS})\s*:|\bA\s?G\s?E\s?N\s?D\s?A\b|$)", joined, re.I)
    return match.group(1).strip(" ,") if match else None


def _agenda_item(source: SourceText, lines: list[Line], index: int, end: int, match: re.Match,
                 section: str | None) -> tuple[int, Item]:
    """One item: its wrapped title, then presenter lines; returns the index after it."""
    title_parts = [match.group("title")]
    first = last = lines[index]
    presenter_lines: list[Line] = []
    index += 1
    while index < end:
        text = lines[index].text
        if not text:
            index += 1
            continue
        if _ITEM.match(text) or _STOP.match(text) or _is_section(text):
            break
        if _PRESENTER.match(text):
            presenter_lines.append(lines[index])
        elif not presenter_lines and _title_goes_on(" ".join(title_parts), text):
            title_parts.append(text)
        else:
            break
        last = lines[index]
        index += 1
    title = " ".join(" ".join(title_parts).split())
    pages = _PAGES.search(title) or _TRAILING_PAGES.search(title)
    title = _TRAILING_PAGES.sub("", title)
    people = [p for line in presenter_lines for p in agenda_presenters(line.text, source.span(line.start, line.end))]
    item = Item(match.group("num"), title, source.span(first.start, last.end), people=people,
                pages=(int(pages.group(1)), int(pages.group(2))) if pages else None, section=section)
    return index, item


def _title_goes_on(title: str, text: str) -> bool:
    """A title wraps until it closes with "." or ")"; page ranges and lower-case runs always belong."""
    if _DESCRIPTION.match(text):
        return False
    return bool(_PAGES.search(text) or text[:1].islower() or re.match(r"^[\d)(]", text)
                or not re.search(r"[.)]\s*$", title))
