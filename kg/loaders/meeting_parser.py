"""Find the meetings in a pack: its agenda and the minutes of every meeting it carries.

Layout rules, not file rules: an agenda is the block that prints "AGENDA" (spaced or not) under a
body name with Venue/Date/Time; minutes start where a body-name line is followed by a date line (or
"Minutes of/from the meeting of X held on <date>"); minute items are numbered headings ("235.",
"D17.", "45a", "8.5", "CYP/17/24") whose numbers run upward; an item ends where the next begins,
and the last item ends with its decision, before the next paper starts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.loaders.datetext import find_dates, is_date_line, parse_date
from kg.loaders.decisions import find_outcome, find_prose_decisions, find_resolutions, starts_with_label
from kg.loaders.normalize import paragraphs
from kg.loaders.people_text import (
    agenda_presenters, attendance_table, item_people, item_organisations, minute_references, name_list,
)
from kg.model import Item, Line, Meeting, PersonMention, SourceText

_AGENDA = re.compile(r"^\s*(?:A\s?G\s?E\s?N\s?D\s?A|AGENDA)\s*$")
_MINUTES_OF = re.compile(r"^(?:minutes\s+(?:of|from)\s+(?:the\s+)?(?:meeting\s+of\s+)?(?:the\s+)?)(?P<body>.+?),?\s+held\s+on\s+(?P<rest>.+)$", re.I)
_ITEM = re.compile(r"^(?P<num>(?:[A-Z]{1,4}/\d{1,3}/)?[A-Z]{0,3}\d{1,4}[a-z]?(?:\.\d{1,2})?)[.:)]?\s+(?P<title>\S.*)$")
_AGENDA_ITEM = re.compile(r"^(?P<num>\d{1,3}[a-z]?)[.)]\s+(?P<title>\S.*)$")
_PAGES = re.compile(r"\(Pages?\s+(\d+)\s*[-–]\s*(\d+)\)", re.I)
_PRESENT = re.compile(r"^(?:present|in attendance)\s*[:;]?\s*[-–]?\s*(?P<rest>.*)$", re.I)
_APOLOGIES = re.compile(r"^apologies(?: for absence)?(?:\s*[:;]\s*[-–]?|\s+(?:for absence\s+)?were\s+(?:received|submitted)\s+(?:from|by)|\s+from)\s*(?P<rest>.*)$", re.I)
_CHAIR = re.compile(r"^(?P<name>.+?)\s*[\(\[]?\s*in\s+the\s+chair\s*[\)\]]?\s*[.;,]?\s*$", re.I)
_SECTION = re.compile(r"^(?:for\s+(?:decision|discussion|information|noting)|items?\s+for\s+\w+|annual reports?|part\s+[12ab]\b.*)\s*[:;]?-?\s*$", re.I)
_BODY_NOUN = re.compile(r"\b(?:panel|partnership|commission|board|committee|cabinet|council|forum|group|trust|"
                        r"executive|meeting|assembly|governors|authority|sub-committee|body)\b", re.I)
_HEADER_STOP = re.compile(r"^(?:membership|.*chief executive\.?$|.*members? of the .* (?:panel|commission|committee|board)\s*:?-?$)", re.I)


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _is_body_line(text: str) -> bool:
    words = text.split()
    return (2 <= len(words) <= 14 and _upper_ratio(text) > 0.8 and not re.search(r"\d", text)
            and not text.rstrip().endswith((".", ":", ";", ",")))


@dataclass
class _Header:
    index: int          # index into the line list
    body: str
    date: object
    kind: str
    first_content: int  # index of the first line after the header


def _nonblank(lines: list[Line], start: int, count: int) -> list[int]:
    out = []
    for index in range(start, len(lines)):
        if lines[index].text:
            out.append(index)
            if len(out) == count:
                break
    return out


def find_headers(lines: list[Line]) -> list[_Header]:
    headers: list[_Header] = []
    for index, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        if _AGENDA.match(text):
            header = _agenda_header(lines, index)
            if header:
                headers.append(header)
            continue
        if re.match(r"^minutes\s+(?:of|from)\b", text, re.I):
            text = " ".join(lines[i].text for i in [index, *_nonblank(lines, index + 1, 2)])
        match = _MINUTES_OF.match(text)
        if match:
            day = parse_date(match.group("rest"))
            if day:
                headers.append(_Header(index, match.group("body").strip(), day, "minutes", index + 1))
            continue
        if _is_body_line(text):
            following = _nonblank(lines, index + 1, 2)
            date_index = next((i for i in following if is_date_line(lines[i].text)), None)
            if date_index is not None and not _within_agenda_block(headers, lines, index):
                headers.append(_Header(index, text.strip(), parse_date(lines[date_index].text), "minutes", date_index + 1))
                continue
        combined = _body_and_date(text)
        if combined:
            headers.append(_Header(index, combined[0], combined[1], "minutes", index + 1))
    headers = [h for h in _drop_agenda_titles(headers)
               if h.kind == "agenda" or (_BODY_NOUN.search(h.body) and _opens_minutes(lines, h.first_content))]
    return _drop_repeats(headers)


def _opens_minutes(lines: list[Line], start: int) -> bool:
    """Minutes go on with attendance or a numbered item within a few lines of their heading."""
    for index in _nonblank(lines, start, 12):
        text = lines[index].text
        if _PRESENT.match(text) or _APOLOGIES.match(text) or re.match(r"^(?:minutes\s*$|agenda\s*item\s*:)", text, re.I):
            return True
        item = _ITEM.match(text)
        if item and _upper_ratio(item.group("title")) > 0.75:
            return True
    return False


def _drop_repeats(headers: list[_Header]) -> list[_Header]:
    """A heading repeated on a later page (same body, same date) continues the same minutes."""
    out: list[_Header] = []
    for header in headers:
        if out and header.kind == "minutes" and (out[-1].body, out[-1].date) == (header.body, header.date):
            continue
        out.append(header)
    return out


def _body_and_date(text: str) -> tuple[str, object] | None:
    """"IMPROVING LIVES SELECT COMMISSION 9th July, 2014" or "Cabinet - Tuesday 5 January 2021 3.30 p.m."."""
    dates = find_dates(text)
    if not dates or dates[0][1] < 8:
        return None
    body = text[:dates[0][1]].strip(" -–,")
    body = re.sub(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?$", "", body, flags=re.I).strip(" -–,")
    tail = text[dates[0][2]:].strip()
    if not _is_body_line(body) and not (_titled(body) and _BODY_NOUN.search(body)):
        return None
    if len(tail) > 20 or _AGENDA.match(body):
        return None
    return body, dates[0][0]


def _titled(text: str) -> bool:
    """"Children and Young People Scrutiny Committee": capitalised words and small joining words."""
    words = text.split()
    return 2 <= len(words) <= 12 and not re.search(r"\d|[.;:]$", text) and all(
        w[:1].isupper() or w in ("and", "of", "the", "for", "&", "-", "–", "on", "in") for w in words)


def _within_agenda_block(headers: list[_Header], lines: list[Line], index: int) -> bool:
    """A body name printed again inside the agenda's own header block is not a new meeting."""
    return bool(headers) and headers[-1].kind == "agenda" and index < headers[-1].index


def _agenda_header(lines: list[Line], index: int) -> _Header | None:
    """Body, date from the lines above an "AGENDA" line."""
    above = [i for i in range(max(0, index - 25), index) if lines[i].text]
    body = next((lines[i].text.strip() for i in above if _is_body_line(lines[i].text)), None)
    day = None
    for i in above:
        if re.match(r"^date\s*:", lines[i].text, re.I) or is_date_line(lines[i].text):
            day = parse_date(" ".join(lines[j].text for j in range(i, min(i + 3, index))))
            if day:
                break
    if not body or not day:
        return None
    return _Header(above[0], body, day, "agenda", index + 1)


def _drop_agenda_titles(headers: list[_Header]) -> list[_Header]:
    """A body line just above an agenda's Date: line is the agenda's own title, not minutes."""
    agenda_starts = {h.index for h in headers if h.kind == "agenda"}
    return [h for h in headers if h.kind == "agenda" or not any(0 <= h.index - a < 25 and h.index < a + 25 and
                                                                 h.index <= _agenda_line(headers, a) for a in agenda_starts)]


def _agenda_line(headers: list[_Header], start: int) -> int:
    return next(h.first_content for h in headers if h.kind == "agenda" and h.index == start)


# -- agenda --------------------------------------------------------------------------------------
def parse_agenda(source: SourceText, lines: list[Line], header: _Header, end: int) -> Meeting:
    head_text = [lines[i].text for i in range(header.index, header.first_content)]
    venue = _field(head_text, "venue")
    time = _field(head_text, "time")
    items: list[Item] = []
    section: str | None = None
    index = header.first_content
    last_content = header.first_content
    while index < end:
        text = lines[index].text
        if not text:
            index += 1
            continue
        if _HEADER_STOP.match(text) and items:
            break
        match = _AGENDA_ITEM.match(text)
        expected = str(len(items) + 1)
        if match and (match.group("num") == expected or (items and _number_value(match.group("num")) == _number_value(items[-1].number) + 1)):
            index, item = _agenda_item(source, lines, index, end, match, section)
            items.append(item)
            last_content = item.span.end
            continue
        if _SECTION.match(text) or (_is_body_line(text) and len(text.split()) <= 5):
            section = re.sub(r"\s*[:;]?-?\s*$", "", text).strip()
            if section.isupper():
                section = section.title()
        index += 1
    span_end = max(last_content, lines[header.first_content - 1].end)
    meeting = Meeting(header.body, header.date, "agenda", source.span(lines[header.index].start, span_end),
                      venue=venue, time=time, items=items)
    return meeting


def _number_value(number: str | None) -> int:
    digits = re.findall(r"\d+", number or "")
    return int(digits[0]) if digits else -1


def _field(texts: list[str], name: str) -> str | None:
    joined = " ".join(t for t in texts if t)
    match = re.search(rf"\b{name}\s*:\s*(.+?)(?=\b(?:venue|date|time)\s*:|\bA\s?G\s?E\s?N\s?D\s?A\b|$)", joined, re.I)
    return match.group(1).strip(" ,") if match else None


def _agenda_item(source: SourceText, lines: list[Line], index: int, end: int, match: re.Match, section: str | None):
    title_parts = [match.group("title")]
    first = lines[index]
    last = first
    presenter_lines: list[Line] = []
    index += 1
    while index < end:
        text = lines[index].text
        if not text:
            index += 1
            continue
        if _AGENDA_ITEM.match(text) or _SECTION.match(text) or _HEADER_STOP.match(text) or (_is_body_line(text) and len(text.split()) <= 5):
            break
        if text.startswith("- ") or re.match(r"^(?:presentation by|to present|presented by)\b", text, re.I):
            presenter_lines.append(lines[index])
        elif not presenter_lines and (_PAGES.search(text) or text[:1].islower() or re.match(r"^[\d)(]", text)
                                      or not re.search(r"[.)]\s*$", " ".join(title_parts))):
            title_parts.append(text)
        else:
            break
        last = lines[index]
        index += 1
    title = " ".join(" ".join(title_parts).split())
    pages = _PAGES.search(title)
    people = [p for line in presenter_lines for p in agenda_presenters(line.text, source.span(line.start, line.end))]
    item = Item(match.group("num"), title, source.span(first.start, last.end), people=people,
                pages=(int(pages.group(1)), int(pages.group(2))) if pages else None, section=section)
    return index, item


# -- minutes -------------------------------------------------------------------------------------
def parse_minutes(source: SourceText, lines: list[Line], header: _Header, end: int) -> Meeting:
    chair, present, apologies, index = _attendance(source, lines, header.first_content, end)
    starts = _item_starts(lines, index, end)
    items: list[Item] = []
    for position, (start, number, title, body_start) in enumerate(starts):
        stop = starts[position + 1][0] if position + 1 < len(starts) else end
        item = _minute_item(source, lines, start, body_start, stop, number, title, last=position + 1 == len(starts))
        items.append(item)
        if item.number and re.search(r"apolog", item.title, re.I) and not apologies:
            apologies = _apologies_from_text(source, lines, body_start, stop)
    span_end = items[-1].span.end if items else lines[max(header.first_content - 1, header.index)].end
    return Meeting(header.body, header.date, "minutes", source.span(lines[header.index].start, span_end),
                   chair=chair, present=present, apologies=apologies, items=items)


def _attendance(source: SourceText, lines: list[Line], start: int, end: int):
    """Present/apologies before the first item, as a paragraph or as an attendance table."""
    chair: PersonMention | None = None
    present: list[PersonMention] = []
    apologies: list[PersonMention] = []
    paras = paragraphs(lines[start:end])
    index = start
    for para in paras[:12]:
        first_line = _ITEM.match(lines[_index_of(lines, para.start)].text)
        if first_line and _looks_like_item_title(first_line.group("title")):
            break
        span = source.span(para.start, para.end)
        present_match = _PRESENT.match(para.text)
        apology_match = _APOLOGIES.match(para.text)
        if present_match:
            rest = present_match.group("rest")
            if rest.strip():
                chair, present = _present_list(rest, span)
            else:
                table_people, table_apologies, stop_line = attendance_table(lines, _index_of(lines, para.end) + 1, end, source)
                present, apologies = table_people, table_apologies
                chair = next((p for p in present if p.capacity == "chair"), None)
                index = stop_line
                continue
        elif apology_match:
            apologies = name_list(apology_match.group("rest"), span, "apologies")
        elif re.match(r"^agenda\s+item", para.text, re.I):
            break
        index = _index_of(lines, para.end) + 1
    return chair, present, apologies, index


def _index_of(lines: list[Line], original_line: int) -> int:
    for i, line in enumerate(lines):
        if line.end >= original_line:
            return i
    return len(lines) - 1


def _present_list(text: str, span) -> tuple[PersonMention | None, list[PersonMention]]:
    parts = re.split(r";", text, maxsplit=1)
    chair = None
    people: list[PersonMention] = []
    chair_match = _CHAIR.match(parts[0].strip())
    if chair_match:
        chair_names = name_list(chair_match.group("name"), span, "chair")
        chair = chair_names[0] if chair_names else None
        people.extend(chair_names)
        rest = parts[1] if len(parts) > 1 else ""
    else:
        rest = text
    people.extend(name_list(rest, span, "present"))
    return chair, people


def _apologies_from_text(source: SourceText, lines: list[Line], start: int, stop: int) -> list[PersonMention]:
    for para in paragraphs(lines[start:stop]):
        match = re.search(r"apologies[^.]*?(?:from|by)\s+(?P<rest>.+)", para.text, re.I)
        if match:
            return name_list(match.group("rest"), source.span(para.start, para.end), "apologies")
    return []


def _looks_like_item_title(title: str) -> bool:
    return _upper_ratio(title) > 0.75 or bool(re.match(r"^[A-Z][\w'’&,()/-]*(?:\s+[\w'’&,()/-]+){0,25}$", title) and
                                            not title.rstrip().endswith((".", ",", ";")))


def _item_starts(lines: list[Line], start: int, end: int) -> list[tuple[int, str, str, int]]:
    """(line index, number, title, first body index) of each minute item.

    A numbered line opens an item when its title is in capitals, when an "Agenda item:" label
    precedes it, or when its number follows the previous item's and it reads as a heading. Numbers
    run upward and keep one style (capital titles stay capital), so a numbered list inside an item
    or a paper does not open items.
    """
    found: list[tuple[int, str, str, int]] = []
    index = start
    previous: tuple[int, ...] | None = None
    capital_style: bool | None = None
    while index < end:
        text = _ITEM_LABEL.sub("", lines[index].text)
        match = _ITEM.match(text) if text else None
        if match:
            key = _number_key(match.group("num"))
            title = match.group("title")
            capitals = _upper_ratio(title) > 0.75
            labelled = _after_agenda_item_label(lines, index)
            if capital_style:
                heading = capitals
            else:
                heading = capitals or labelled or (previous is not None and _follows(previous, key) and _reads_as_heading(title))
            if heading and (previous is None or _runs_upward(previous, key)):
                for number, sub_title, offset in _split_sub_items(match.group("num"), title):
                    joined, body_start = _join_title(lines, index, sub_title, end)
                    found.append((index, number, joined, body_start))
                    previous = _number_key(number)
                if capital_style is None:
                    capital_style = capitals
                index = body_start
                continue
        index += 1
    return found


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", number.split("/")[-1])) or (-1,)


def _follows(previous: tuple[int, ...], key: tuple[int, ...]) -> bool:
    """2 after 1 (or 3, a number skipped), 7.1 after 7, 7.2 after 7.1, 8 after 7.4."""
    if key[0] in (previous[0] + 1, previous[0] + 2):
        return len(key) == 1 or key[1] == 1
    return key[0] == previous[0] and len(key) == 2 and key[1] == (previous[1] + 1 if len(previous) > 1 else 1)


def _runs_upward(previous: tuple[int, ...], key: tuple[int, ...]) -> bool:
    return key > previous and key[0] - previous[0] <= 6


def _split_sub_items(number: str, title: str) -> list[tuple[str, str, int]]:
    """"RLSCB Sub Group Reports:7.1 Performance ..." -> item 7 and item 7.1 on one line."""
    match = re.search(rf"[:;]\s*({re.escape(number)}\.\d{{1,2}})\s+(\S.*)$", title)
    if not match:
        return [(number, title, 0)]
    return [(number, title[:match.start()].strip(), 0), (match.group(1), match.group(2), match.start(1))]


_ITEM_LABEL = re.compile(r"^(?:agenda\s*item\s*:\s*)", re.I)


def _reads_as_heading(title: str) -> bool:
    return len(title) < 160 and title[:1].isupper() and not title.rstrip().endswith((".", ";", ","))


def _after_agenda_item_label(lines: list[Line], index: int) -> bool:
    """Partner-board minutes announce items with an "Agenda item:" label above the number."""
    above = [lines[i].text for i in range(max(0, index - 4), index) if lines[i].text]
    return bool(above) and bool(re.match(r"^(?:agenda\s*item\s*:?|item\s*:)", above[-1], re.I))


def _join_title(lines: list[Line], index: int, title: str, end: int) -> tuple[str, int]:
    """Titles wrap: keep joining following upper-case lines."""
    parts = [title]
    body = index + 1
    while body < end:
        text = lines[body].text
        if not text:
            body += 1
            if body < end and lines[body].text and _upper_ratio(lines[body].text) > 0.85 and not _ITEM.match(lines[body].text) \
                    and parts[-1].rstrip().endswith((",", "-", "–", "AND", "OF", "THE", "FOR")):
                continue
            break
        if _upper_ratio(text) > 0.85 and len(text) < 100 and not _ITEM.match(text) and _upper_ratio(parts[0]) > 0.75 \
                and not starts_with_label(text) and not _PRESENT.match(text):
            parts.append(text)
            body += 1
            continue
        break
    return " ".join(" ".join(parts).split()), body


def _minute_item(source: SourceText, lines: list[Line], start: int, body_start: int, stop: int,
                 number: str, title: str, last: bool) -> Item:
    body_lines = lines[body_start:stop]
    paras = paragraphs(body_lines)
    resolutions = find_resolutions(paras, source)
    if last:
        paras, stop_line = _trim_last_item(paras, resolutions)
    else:
        stop_line = paras[-1].end if paras else lines[start].end
    if not resolutions:
        resolutions = find_prose_decisions(paras, source)
    text = "\n".join(p.text for p in paras)
    span = source.span(lines[start].start, max(lines[start].end, stop_line))
    people = item_people(paras, source)
    return Item(number, title, span, resolutions=resolutions, people=people,
                organisations=item_organisations(paras, source), references=minute_references(paras, source),
                outcome=find_outcome(paras), text=text)


def _trim_last_item(paras: list[Line], resolutions) -> tuple[list[Line], int]:
    """The last item of a minutes section ends with its decision, or after its first paragraphs:
    what follows is the next paper in the pack."""
    if resolutions:
        last_line = max(r.span.end for r in resolutions)
        kept = [p for p in paras if p.start <= last_line]
    else:
        kept = paras[:2]
    return kept, (kept[-1].end if kept else 0)


# -- the pack --------------------------------------------------------------------------------------
def parse_meetings(source: SourceText, lines: list[Line]) -> list[Meeting]:
    """All meetings in the pack, in the order they appear."""
    headers = find_headers(lines)
    meetings = []
    for position, header in enumerate(headers):
        end = headers[position + 1].index if position + 1 < len(headers) else len(lines)
        meeting = (parse_agenda if header.kind == "agenda" else parse_minutes)(source, lines, header, end)
        if meeting.kind == "agenda" or meeting.items:
            meetings.append(meeting)
    return meetings
