"""Find the meetings in a pack: its agenda and the minutes of every meeting it carries.

Layout rules, not file rules: an agenda is the block that prints "AGENDA" (spaced or not) under a
body name with Venue/Date/Time; minutes start where a body-name line is followed by a date line,
where one line carries both ("Cabinet - Tuesday 5 January 2021 3.30 p.m."), or at "Minutes of/from
the meeting of X held on <date>". Each section runs to the next heading; the minutes parser then
stops at its last item, so attached papers are left to the documents loader.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from kg.loaders.agenda import AGENDA, parse_agenda
from kg.loaders.dates import find_dates, is_date_line, parse_date
from kg.loaders.decision_notice import is_decision_notice, parse_notice
from kg.loaders.glossary import find_glossary
from kg.loaders.header_people import header_officers
from kg.loaders.meeting_header import (
    ACTION_LOG_HEADING,
    ATTENDANCE,
    clean_body,
    council_meeting,
    find_body,
    find_date,
    find_minutes_heading,
)
from kg.loaders.minutes import nonblank, opens_minutes, parse_minutes
from kg.loaders.normalize import is_capitals_heading, upper_ratio, without_numbered_running_heads
from kg.loaders.resolutions import starts_with_label
from kg.loaders.vocabulary import words
from kg.model import Line, Meeting, MeetingKind, SourceText

_MINUTES_OF = re.compile(r"^(?:minutes?\s+(?:of|from)\s+(?:the\s+|a\s+)?(?:meeting\s+of\s+)?(?:the\s+)?)(?P<body>.+?),?\s+"
                         r"held\s+(?:on|in|at)\s*:?\s+(?P<rest>.+)$", re.I)
_MINUTES_TITLE_LINE = re.compile(r"(?:agenda(?:,\s*decisions)?\s+and\s+)?(?:draft\s+|printed\s+)?minutes"
                                 r"|meeting\s+documents", re.I)      # a committee system's page titles
_BODY_NOUN = re.compile(r"\b(?:panel|partnership|commission|board|committee|cabinet|council|forum|group|trust|"
                        r"executive|meeting|assembly|governors|authority|sub-committee|body)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?$", re.I)
# "Minutes of the previous meeting" is an item title, not the heading of a meeting
_ITEM_TITLE = re.compile(r"\b(?:previous|last|this)\s+meeting\b|^(?:the\s+)?(?:previous|last)\s", re.I)   # "the previous X"
# "MINUTES of a meeting held on ...": the body is named in the title lines above
_UNNAMED = re.compile(r"^(?:an?|the)?\s*(?P<kind>(?:[\w-]+\s+){0,3}?)meeting(?:\s+of\s+the\s+(?:municipal|council)\s+year)?$",
                      re.I)
_MINUTES_CUE = re.compile(r"^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes\b(?!\s*:)|at\s+a\s+meeting\b)"
                          r"|\bmeeting\s+held\b|['’]s\s+minutes\b", re.I)
_BARE_MINUTES = re.compile(r"^\s*minutes\s*$", re.I)
_TITLE_BLOCK = 4               # title lines a bare "Minutes" may stand under
_ITEM_NUMBER_FIRST = re.compile(r"^[A-Z]{0,4}\d[\d/.:]*[.:)]?\s")


@cache
def _agenda_wording() -> re.Pattern[str]:
    """"To approve ... the minutes", "a correct record": the words of an item about earlier minutes."""
    verbs = "|".join(sorted(words("agenda_verbs")))
    return re.compile(rf"^to\s+(?:{verbs})\b|\bto\s+(?:{verbs})\b.{{0,80}}\bminutes?\b|\b(?:correct|true|accurate)\s+record",
                      re.I)


def _names_earlier_minutes(text: str) -> bool:
    """An item's own line ("C052/23 5. TO RECEIVE AND ADOPT THE MINUTES OF ... HELD ON ...", "Minutes To receive as a
    correct record the minutes of the meeting of X held on ...") or a decision on them ("RESOLVED: that the Minutes of
    the Council Meeting held on ...") names an earlier meeting; it does not open one."""
    return bool(_ITEM_NUMBER_FIRST.match(text) or _agenda_wording().search(text) or starts_with_label(text))


def _under_minutes_item(lines: list[Line], index: int) -> bool:
    """"16/116 MINUTES" over "Minutes of the Council meeting held on 24 October 2016 to be confirmed": the item's text
    names the meeting whose minutes it takes; it does not open them."""
    above = next((lines[i].text.strip() for i in range(index - 1, max(index - 3, -1), -1) if lines[i].text.strip()), "")
    return bool(_ITEM_NUMBER_FIRST.match(above)) and bool(re.search(r"\bminutes\b", above, re.I)) \
        and len(above.split()) <= 8 and not above.endswith(".") and not _agenda_wording().search(above)


_TITLED_MINUTES = re.compile(r"\b(?:minutes|meeting)\s*$", re.I)
# an issue's history page (ModernGov "Issue - meetings"): "Meeting: 14/10/2025 - Cabinet (Item 41)" heads one item
_ISSUE_MEETING = re.compile(r"^meeting\s*:\s*(?P<date>[^-–]+?)\s+[-–]\s+(?P<body>.+?)\s*\((?:agenda\s+)?item\s+"
                            r"(?P<item>[\w./]+)\)\s*$", re.I)
# an agenda's title block: "Meeting: <body>"; "NOTICE OF MEETING" / "PUBLIC DOCUMENT PACK" name no body
_MEETING_FIELD = re.compile(r"^(?:meeting|committee|board|panel)\s*:\s*(\S.+)$", re.I)
_NOTICE = re.compile(r"\b(?:notice|summons|public document pack|meeting)\b", re.I)
_SMALL_WORDS = {"and", "of", "the", "for", "&", "-", "–", "on", "in"}


@dataclass
class _Heading:
    index: int          # first line of the heading (index into the line list)
    body: str
    date: date
    kind: MeetingKind
    first_content: int  # index of the first line after the heading
    item: str | None = None   # the one item the section minutes, when the heading names it


def parse_meetings(source: SourceText, lines: list[Line]) -> list[Meeting]:
    """All meetings in the pack (``lines = normalize(source)``), in the order they appear."""
    notices = parse_notice(source, lines) if is_decision_notice(lines) else []
    if notices:
        return notices
    headings = find_headings(lines)
    if not any(h.kind == "minutes" for h in headings):
        headings = _without_running_repeats(sorted(headings + _generic_headings(lines, headings), key=lambda h: h.index),
                                            lines)
    else:               # a header at the top of the text the pack rules missed, the heading found a repeat of it
        first = headings[0].index
        headings = _drop_repeats([h for h in _generic_headings(lines, headings) if h.index < first] + headings)
    headings = sorted(headings + _titled_minutes(lines, headings), key=lambda h: h.index)
    headings = [replace(h, body=_named_in_full(lines, h)) for h in _header_drawn_last(lines, headings)]
    meetings: list[Meeting] = []
    unread: list[Meeting] = []        # minutes whose items no rule could read
    minute_lines = without_numbered_running_heads(lines)      # a page's number is never a minute's
    for position, heading in enumerate(headings):
        end = headings[position + 1].index if position + 1 < len(headings) else len(lines)
        parse, text = (parse_agenda, lines) if heading.kind == "agenda" else (parse_minutes, minute_lines)
        meeting = parse(source, text, heading.index, heading.first_content, end, heading.body, heading.date,
                        **({"item": heading.item} if heading.item else {}))
        meeting.officers = header_officers(source, lines, heading.index,
                                           end if meeting.kind == "agenda" else heading.first_content + 12)
        (meetings if meeting.kind == "agenda" or meeting.items else unread).append(meeting)
    # a paper of nothing but minutes in a layout no rule reads still records which meeting it minutes, and who came
    return meetings or [m for m in unread[:1] if m.chair or m.present or m.apologies]


def _header_drawn_last(lines: list[Line], headings: list[_Heading]) -> list[_Heading]:
    """Text taken from a PDF in the order it was drawn can print the first page's title block after its body: the
    text opens on the attendance ("Members Present:") with no heading above it. The minutes then start at the top."""
    first = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if not headings or headings[0].kind != "minutes" or first is None or first >= headings[0].index \
            or not ATTENDANCE.match(lines[first].text.strip()):
        return headings
    return [replace(headings[0], first_content=first), *headings[1:]]


def _named_in_full(lines: list[Line], heading: _Heading) -> str:
    """"Minutes of the meeting of the Board", "the Panel meeting held on": the minutes name their body by its noun
    alone, and the title block names it in full ("PORTHALLOW HARBOUR BOARD", "Westmarch Police and Crime Panel
    minutes"); the full name is the body's. "the Council" is the council itself, named as such by the pack. A body
    named by its acronym ("MLSCB Board") is named by what the title block spells it out as ("MARLBECK LOCAL
    SAFEGUARDING CHILDREN BOARD (MLSCB)")."""
    noun = heading.body.strip()
    acronym = re.match(r"(?P<acronym>[A-Z]{2,8})(?:\s+(?P<noun>.+))?$", noun)
    if acronym:
        spelt = find_glossary(lines[heading.index:heading.first_content + _TITLE_BLOCK]).get(acronym["acronym"], "")
        if spelt and spelt.lower().endswith((acronym["noun"] or "").lower()):
            return spelt
    if noun.lower() not in words("body_nouns") or noun.lower() == "council":
        return heading.body
    for index in range(max(0, heading.index - _TITLE_BLOCK - 2), heading.first_content):
        for match in re.finditer(rf"\b{re.escape(noun)}\b", lines[index].text, re.I):
            name = _title_ending_at(lines[index].text[:match.start()].split())
            if name:
                return f"{name} {lines[index].text[match.start():match.end()]}"
    return heading.body


def _title_ending_at(before: list[str]) -> str | None:
    """The capitalised words just before a body noun ("Porthallow Harbour", "Westmarch Police and Crime"), or None
    when none is a name ("Minutes of the meeting of the")."""
    taken: list[str] = []
    for word in reversed(before):
        if word.lower() in _SMALL_WORDS - {"-", "–"} or (word[:1].isupper() and word.isalpha() and word.lower()
                                                         not in {"minutes", "meeting", "notes", "draft", "agenda"}):
            taken.insert(0, word)
        else:
            break
    while taken and taken[0].lower() in _SMALL_WORDS:
        taken.pop(0)
    return " ".join(taken) if taken else None


def _generic_headings(lines: list[Line], found: list[_Heading]) -> list[_Heading]:
    """Minutes headers in other councils' layouts: at the top of the text, or where a line names a
    meeting ("Minutes of ...", "... - Meeting held on ...") after an agenda."""
    out: list[_Heading] = []
    taken = {h.index for h in found}
    for index, line in enumerate(lines):
        if not line.text or (index and (not _MINUTES_CUE.search(line.text) or _names_earlier_minutes(line.text))) \
                or index in taken or _under_minutes_item(lines, index):
            continue
        if out and index < out[-1].first_content + 3:
            continue
        top = _title_block_top(lines, index) if _BARE_MINUTES.match(line.text) else index
        heading = find_minutes_heading(lines, top, explicit=top > 0 and top == index)
        if heading and not _within_agenda_heading(found, heading.index):
            out.append(_Heading(heading.index, heading.body, heading.date, "minutes", heading.first_content))
    return out


def _title_block_top(lines: list[Line], index: int) -> int:
    """The first line of the title block a bare "Minutes" line stands in ("X Council" / "Y Committee" / "Minutes" /
    "<date>"), which names the body above it."""
    top = index
    while top > 0 and index - top < _TITLE_BLOCK and lines[top - 1].text.strip():
        top -= 1
    return top


def _titled_minutes(lines: list[Line], found: list[_Heading]) -> list[_Heading]:
    """Minutes printed inside a pack under a title of their own ("Virtual School – Governing Body
    Minutes", "YOUTH CABINET MEETING") with an attendance list right below the date."""
    out: list[_Heading] = []
    starts = sorted(h.index for h in found)
    for index, line in enumerate(lines):
        if not _TITLED_MINUTES.search(line.text) or len(line.text.split()) > 10 or \
                any(0 <= index - s < 30 for s in starts) or (out and index < out[-1].first_content + 3):
            continue
        after = [lines[i].text for i in nonblank(lines, index + 1, 8)]
        if not any(re.match(r"^present\s*:?\s*$", text, re.I) for text in after):
            continue
        heading = find_minutes_heading(lines, index)
        if heading and heading.index == index:
            out.append(_Heading(index, heading.body, heading.date, "minutes", heading.first_content))
    return out


def find_headings(lines: list[Line]) -> list[_Heading]:
    """Every agenda and minutes heading, repeats on later pages dropped."""
    headings: list[_Heading] = []
    furniture = _running_lines(lines)
    for index, line in enumerate(lines):
        inside = bool(headings) and index < headings[-1].first_content       # the title lines of the heading above
        heading = _heading_at(lines, index, headings) if line.text and not inside \
            and _page_free(line.text) not in furniture and not _under_minutes_item(lines, index) else None
        if heading:
            headings.append(heading)
    headings = [h for h in _drop_agenda_titles(headings)
                if h.kind == "agenda" or (_BODY_NOUN.search(h.body) and opens_minutes(lines, h.first_content))]
    return _drop_repeats(headings)


def _page_free(text: str) -> str:
    return re.sub(r"\s+(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", "", text.strip(), flags=re.I)


def _running_lines(lines: list[Line]) -> set[str]:
    """Footers and running heads ("<Council> – <Body> – 14 March 2017   2"): the same line, less its page
    number, printed on three or more pages. They name the meeting but do not open it."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.text:
            key = _page_free(line.text)
            counts[key] = counts.get(key, 0) + 1
    return {text for text, count in counts.items() if count >= 2 and find_dates(text)}


def _heading_at(lines: list[Line], index: int, found: list[_Heading]) -> _Heading | None:
    text = lines[index].text
    if AGENDA.match(text) and not _labels_an_item(lines, index):
        return _agenda_heading(lines, index)
    if re.match(r"^minutes?\s+(?:of|from)\b", text, re.I):          # a Scottish council's "Minute of Meeting of"
        title = [index, *_title_lines(lines, index)]
        text = " ".join(lines[i].text for i in title)
        match = _MINUTES_OF.match(text)
        day = parse_date(match.group("rest")) if match and not _ITEM_TITLE.search(match.group("body")) else None
        if not day:
            return None
        dated = next(k for k in range(len(title)) if parse_date(" ".join(lines[i].text for i in title[:k + 1])))
        if _unnamed(match.group("body").strip()):
            above = [i for i in range(max(0, index - 6), index) if lines[i].text.strip()]
            body = find_body([lines[i].text.strip() for i in above])
            return _Heading(above[0], body, day, "minutes", title[dated] + 1) if body else None
        body = council_meeting(match.group("body")) or clean_body(match.group("body"))
        return _Heading(_with_title_above(lines, index, match.group("body")), body, day, "minutes", title[dated] + 1)
    lone_body = upper_ratio(text) > 0.8 and _BODY_NOUN.fullmatch(text.strip()) is not None      # "CABINET"
    if (is_capitals_heading(text) or lone_body or _titled_under_minutes(lines, index)) \
            and not _within_agenda_heading(found, index):
        date_index = next((i for i in nonblank(lines, index + 1, 2) if is_date_line(lines[i].text)), None)
        if date_index is not None:     # a letterhead over the body's own title line ("Record of the Decisions of X")
            named = next((body for i in range(index + 1, date_index) if lines[i].text
                          and (body := find_body([lines[i].text.strip()]))), None)
            return _Heading(index, named or text.strip(), parse_date(lines[date_index].text), "minutes", date_index + 1)
    issue = _ISSUE_MEETING.match(text)
    if issue and parse_date(issue.group("date")):
        return _Heading(index, issue.group("body").strip(), parse_date(issue.group("date")), "minutes", index + 1,
                        issue.group("item"))
    combined = _body_and_date(text)
    return _Heading(index, combined[0], combined[1], "minutes", index + 1) if combined else None


def _titled_under_minutes(lines: list[Line], index: int) -> bool:
    """A committee system's page: "Agenda and minutes" (or "Minutes", "Meeting documents") over the body's name in
    title case, the date below it."""
    text = lines[index].text.strip()
    above = next((lines[i].text.strip() for i in range(index - 1, max(index - 4, -1), -1) if lines[i].text.strip()), "")
    return bool(_MINUTES_TITLE_LINE.fullmatch(above)) and len(text.split()) <= 8 and _BODY_NOUN.search(text) is not None \
        and text[:1].isupper() and not text.endswith((".", ":"))


def _unnamed(body: str) -> bool:
    """"the hybrid meeting", "the twelfth meeting of the municipal year" name no body (the title lines above do);
    "the Board Meeting" or "the Parish Meeting" does."""
    unnamed = _UNNAMED.match(body)
    return bool(unnamed) and not _BODY_NOUN.search(unnamed.group("kind")) and \
        not re.search(r"\b(?:parish|town)\s+$", unnamed.group("kind"), re.I)


def _title_lines(lines: list[Line], index: int) -> list[int]:
    """The (up to two) lines a "Minutes of ..." title goes on over, up to a line that heads an action log
    ("Actions from the Board meeting held on 04.03.24": its date is not the minutes' date)."""
    following = nonblank(lines, index + 1, 2)
    cut = next((k for k, i in enumerate(following) if ACTION_LOG_HEADING.match(lines[i].text)), len(following))
    return following[:cut]


def _labels_an_item(lines: list[Line], index: int) -> bool:
    """"Agenda" over "item:" is a partner board's item label, and "Agenda" over "Minutes" a committee page's list of
    its documents, not an agenda's title."""
    following = nonblank(lines, index + 1, 1)
    return bool(following) and bool(re.match(r"^(?:item\s*(?::|\d)|minutes\s*$)", lines[following[0]].text, re.I))


def _with_title_above(lines: list[Line], index: int, body: str) -> int:
    """The body's name printed as a title just above "Minutes from the meeting of <body>" opens the section."""
    above = next((i for i in range(index - 1, max(-1, index - 4), -1) if lines[i].text), None)
    same = above is not None and " ".join(lines[above].text.split()).lower() == " ".join(body.split()).lower()
    return above if same else index


def _without_running_repeats(headings: list[_Heading], lines: list[Line]) -> list[_Heading]:
    """A page's running footer naming the minutes ("Minutes of the Board's Meeting held on 10th October 2018" on
    every page) after a heading of the same date continues those minutes; it opens none."""
    furniture = _running_lines(lines)
    out: list[_Heading] = []
    for heading in headings:
        if heading.kind == "minutes" and _page_free(lines[heading.index].text) in furniture \
                and any(h.kind == "minutes" and h.date == heading.date for h in out):
            continue
        out.append(heading)
    return out


def _drop_repeats(headings: list[_Heading]) -> list[_Heading]:
    """A heading repeated on a later page (same body, same date) continues the same minutes."""
    out: list[_Heading] = []
    for heading in headings:
        if out and heading.kind == "minutes" and out[-1].date == heading.date and _same_body(out[-1].body, heading.body):
            if heading.index <= out[-1].first_content + 3:     # the title block goes on: its fuller heading wins
                out[-1] = heading
            continue
        out.append(heading)
    return out


def _same_body(first: str, second: str) -> bool:
    """"CHILDREN'S SERVICES SCRUTINY COMMITTEE" and the running head "Ashmead Children's Services Scrutiny
    Committee" name one body: one name, in any case, holds the other."""
    a, b = (" ".join(name.casefold().split()) for name in (first, second))
    return a in b or b in a


def _body_and_date(text: str) -> tuple[str, date] | None:
    """"IMPROVING LIVES SELECT COMMISSION 9th July, 2014" or "Cabinet - Tuesday 5 January 2021 3.30 p.m."."""
    dates = find_dates(text)
    if not dates or dates[0][1] < 8:
        return None
    body = _WEEKDAY.sub("", text[:dates[0][1]].strip(" -–,:")).strip(" -–,:")   # "CABINET MEETING: 15 JANUARY 2026" too
    tail = text[dates[0][2]:].strip()
    if not is_capitals_heading(body) and not (_titled(body) and _BODY_NOUN.search(body)):
        return None
    if len(tail) > 20 or AGENDA.match(body) or body.split()[-1].lower() in _SMALL_WORDS:
        return None           # "... of the Education Committee" / "Committee of 15 January 2026.": a sentence goes on
    return clean_body(body), dates[0][0]


def _titled(text: str) -> bool:
    """"Children and Young People Scrutiny Committee": capitalised words and small joining words."""
    words = text.split()
    return 1 <= len(words) <= 12 and not re.search(r"\d|[.;:]$", text) and all(
        w[:1].isupper() or w in _SMALL_WORDS for w in words)


def _within_agenda_heading(found: list[_Heading], index: int) -> bool:
    """A body name printed again inside the agenda's own header block is not a new meeting."""
    return bool(found) and found[-1].kind == "agenda" and index < found[-1].index


def _agenda_heading(lines: list[Line], index: int) -> _Heading | None:
    """Body and date from the lines above an "AGENDA" line: a body heading in capitals and a "Date:"
    line, else the body and date in the title block as other councils print it ("Cabinet", "MEETING:
    CORPORATE PARENTING PANEL", "Thursday, 6th February, 2020 at 2.00 pm", "DATE AND TIME: ...")."""
    above = [i for i in range(max(0, index - 25), index) if lines[i].text]
    named = next((m.group(1) for i in above if (m := _MEETING_FIELD.match(lines[i].text.strip()))), None)
    body = named or next((lines[i].text.strip() for i in above if is_capitals_heading(lines[i].text)
                          and not _NOTICE.search(lines[i].text)), None)
    day = None
    for i in above:
        if re.match(r"^date(?:\s+and\s+time)?\s*:", lines[i].text, re.I) or is_date_line(lines[i].text):
            day = parse_date(" ".join(lines[j].text for j in range(i, min(i + 3, index))))
            if day:
                break
    texts = [lines[i].text.strip() for i in above]
    body = re.sub(r"^meeting\s*:\s*", "", body, flags=re.I) if body else find_body(texts)
    day = day or find_date(texts)
    if not body or not day or not above:
        return None
    return _Heading(above[0], body, day, "agenda", index + 1)


def _drop_agenda_titles(headings: list[_Heading]) -> list[_Heading]:
    """A body line just above an agenda's Date: line is the agenda's own title, not minutes."""
    agendas = [h for h in headings if h.kind == "agenda"]
    return [h for h in headings if h.kind == "agenda" or not any(
        0 <= h.index - a.index < 25 and h.index <= a.first_content for a in agendas)]
