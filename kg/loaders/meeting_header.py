"""The header of a set of minutes, in whatever layout a council prints it.

The header is the block before the attendance list or the first item. It names the body and the
date in one of a few shapes: "Minutes of the meeting of <body> held on <date>", "AT A MEETING of
<body> of <council> held ...", "<BODY>'S MINUTES.", "<body> - Meeting held on <date>", "<body> -
Tuesday 5 January 2021 3.30 p.m." (ModernGov), or the body's name on a line of its own with the date
on another. A block is a minutes header only with a cue: the word "Minutes", "meeting held" /
"held on", a list of the decisions taken ("Decision list", "Record of decisions"), or an attendance
line right after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg.loaders.attendance import is_attendance_header
from kg.loaders.dates import find_dates
from kg.loaders.normalize import page_footer
from kg.loaders.vocabulary import words
from kg.model import Line

_ZONE_LINES = 25
_FOOTER_REACH = 400                  # lines after the header searched for a dated page footer
_TIME_LINE = re.compile(r"^\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)?$",
                        re.I)                                  # "10am – 12:30pm": the meeting's hours, in the header
_WRAPPED_YEAR = re.compile(r"^(?:19|20)\d\d(?![/\d])")      # "... on Wednesday 11 February" / "2026 commencing at"
ATTENDANCE = re.compile(r"^(?:(?:(?:committee|board|panel|council|voting|elected)\s+)?(?:members|councillors|officers)\s+present|"
                         r"present|sederunt|in attendance|attendance(?: details)?|those\s+(?:present|attending))\b\s*[:;-]*",
                         re.I)                                  # "Sederunt": who was present, in Scottish minutes
# "Actions from the Board meeting held on 04.03.24", "Outstanding actions": an action log starts; its date is
# not the minutes' date
ACTION_LOG_HEADING = re.compile(r"^(?:outstanding\s+)?actions?\s+(?:from|arising|outstanding|log|tracker)\b"
                                r"|^outstanding\s+actions?\b", re.I)
_EARLIER_MEETING_ITEM = re.compile(r"^\d{1,3}[.)]?\s+.*\b(?:previous|last)\s+meeting\b", re.I)
_STOP = re.compile(r"^(?:items?\b|no\.\s+item\b|agenda\b(?!\s+and\s+(?:draft\s+)?minutes)|apologies\b)", re.I)
_CUE = re.compile(r"\bminutes\b|\bmeeting\s+(?:held|details|notes)\b|\bnotes\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,6}?meeting\b|\bheld\s+(?:on|at|in)\b|\bmeeting\s+of\b|\bcofnodion\b|"
                  r"\bdecision\s+(?:list|sheet)\b|\brecord\s+of\s+decisions\b|\bdecisions\s+(?:taken|made)\s+at\b", re.I)
_MEETING_OF = re.compile(r"\b(?:minutes?\s+of|at\s+a\s+meeting\s+of|meeting\s+of)\s+(?:the\s+|a\s+)?(?:meeting\s+of\s+(?:the\s+)?)?"
                         r"(?P<body>(?:(?!\b(?:meeting|minutes)\s+of\b).)+?)\s+(?:to\s+be\s+)?held\b", re.I)
_OF_COUNCIL = re.compile(r"\s+of\s+(?:the\s+)?(?:(?!(?:of|the)\b)(?:[A-Z][\w'’-]*|and)\s+){0,6}council\s*$", re.I)
_OWN_MINUTES = re.compile(r"^(?P<body>.+?)['’]S\s+MINUTES\.?$", re.I)
_DASH_DATE = re.compile(r"^(?P<body>.+?)\s*[-–—,]\s*(?:meeting\s+held\s+(?:on\s+)?)?"
                        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?", re.I)
_NOT_BODY_LINE = re.compile(r">|^(?:venue|contact|chair|date|time|present|apologies|skip to|report\s+(?:to|of))\b|"
                            r"\b(?:committee\s+room|council\s+chamber|town\s+hall|civic\s+(?:centre|offices))\b|"   # a venue
                            r"\bminutes\s+of\b", re.I)
# "Minutes of the Adult Scrutiny Committee" as a title, with no "held on" (the date on a "Date:" line below);
# never "Minutes of the previous meeting"
_MINUTES_TITLE = re.compile(r"^minutes\s+(?:of|from)\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?"
                            r"(?P<body>(?!(?:previous|last|this)\b)[A-Z][^.:;]*(?::\s+(?=[^.:;]*\d)[^.:;]*)?)$", re.I)   # "... Meeting: <date>"
# words before a body's name in a title: "Meeting of the X Board", "Record of the Decisions of the X Committee"
_NAMING_PREFIX = re.compile(r"^(?:minutes?\s+of\s+(?:the\s+)?)?"                 # "Minute of Meeting of the"
                            r"(?:(?:the\s+)?proceedings\s+of\s+(?:the\s+)?)?"    # "the Proceedings of the Meeting of"
                            r"(?:(?:an?\s+)?(?:(?:hybrid|virtual|remote)\s+)?"  # how it met, not which
                            r"meeting\s+of|(?:the\s+)?record\s+of\s+(?:the\s+)?decisions?\s+(?:of|taken\s+by))\s+(?:the\s+)?",
                            re.I)
# a header grid's row naming the meeting, its next label after the body's noun ("Meeting  ASHCOMBE EARLY HELP
# PARTNERSHIP BOARD  Venue  Room 6"; a label with a colon is read as a field, after the title lines)
_MEETING_CELL = re.compile(r"^(?:name\s+of\s+)?meeting(?:\s+name)?\s+(?P<body>(?-i:[A-Z])[^:;]*?\b"
                           rf"(?:{'|'.join(sorted(words('body_nouns')))}))"
                           r"(?:\s+(?:venue|date|time|location|place|room|start)\b.*)?$", re.I)
_FIELD = re.compile(r"^[A-Za-z][\w ]{1,20}:\s")          # "LOCATION: Civic Centre": another label's value
# a meeting of the council itself named by its kind alone, before its date ("Ordinary Meeting 9th May 2011")
_COUNCIL_MEETING_KIND = re.compile(r"^(?:the\s+)?(?:ordinary|monthly|special|annual|extraordinary|statutory)"
                                   r"(?:\s+(?:general|council))?\s+meeting\b(?!\s+of\b)", re.I)
_NOT_DATE_LINE = re.compile(r"\b(?:date of issue|issued|published|printed|despatch)\b", re.I)
_COUNCIL_NAME = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:(?:city|county|borough|district|town|parish)\s+)?council\b"
                           r"|\bcity of [\w ]+ council\b|\blondon borough of \w+", re.I)


@dataclass
class MinutesHeading:
    index: int            # first line of the header (index into the line list)
    body: str
    date: date
    first_content: int    # index of the first line after the header


def find_minutes_heading(lines: list[Line], start: int = 0, explicit: bool = False) -> MinutesHeading | None:
    """The minutes header that starts at or after ``start`` in the opening block, or None.

    ``explicit``: the first line must name the meeting itself ("Minutes of the meeting of X held on
    ...", "X - Meeting held on <date>"), as a header printed in the middle of a pack does."""
    zone = _zone(lines, start)
    if not zone:
        return None
    texts = [lines[i].text.strip() for i in zone]
    below = _next_text(lines, zone[-1] + 1) if zone[-1] + 1 < len(lines) else ""
    attendance_follows = any(ATTENDANCE.match(t) for t in texts) or bool(ATTENDANCE.match(below)) \
        or is_attendance_header(below.split("\t"))
    if not (_CUE.search(" ".join(texts)) or attendance_follows):
        return None
    body, body_at = _body(texts[:1] if explicit else texts, explicit)
    day, date_at = _date(texts)
    if body and not day and not explicit:
        day = _footer_date(lines, zone[-1] + 1)
    if not body or not day:
        return None
    return MinutesHeading(zone[0], body, day, zone[max(body_at, date_at)] + 1)


def _zone(lines: list[Line], start: int) -> list[int]:
    """Indexes of the header's non-blank lines: up to the attendance list or the first items."""
    zone: list[int] = []
    for index in range(start, len(lines)):
        text = lines[index].text.strip()
        if not text:
            continue
        if zone and (ATTENDANCE.match(text) or _STOP.match(text) or ACTION_LOG_HEADING.match(text)
                     or is_attendance_header(text.split("\t"))
                     or re.match(r"^\d", text) and not find_dates(text) and not _WRAPPED_YEAR.match(text)
                     and not _TIME_LINE.match(text)
                     or _EARLIER_MEETING_ITEM.match(text)         # "2. Minutes of the previous meeting (17th March 2016)"
                     or re.match(r"^[A-Z]{1,6}\s?\d{1,4}/\d{2}\b", text)):        # "C101/26 APOLOGIES": the items begin
            break
        zone.append(index)
        if len(zone) >= _ZONE_LINES:
            break
    return zone


def _footer_date(lines: list[Line], start: int) -> date | None:
    """The date printed in the minutes' page footer ("X PC – Minutes of meeting 12.01.2026   Page 1 of 1"),
    for a header that gives none: the first line after ``start`` that names the minutes and a page."""
    for line in lines[start:start + _FOOTER_REACH]:
        footer = page_footer(line.text)
        if footer and re.search(r"\b(?:minutes|meeting)\b", footer, re.I) and (found := find_dates(footer)):
            return found[0][0]
    return None


def _next_text(lines: list[Line], index: int) -> str:
    return next((line.text for line in lines[index:index + 4] if line.text.strip()), "")


def find_body(texts: list[str]) -> str | None:
    """The body named in a block of header lines (an agenda's title block), or None."""
    return _body(texts)[0]


def find_date(texts: list[str]) -> date | None:
    """The meeting's date in a block of header lines, passing over a date of issue."""
    return _date(texts)[0]


def _body(texts: list[str], explicit: bool = False) -> tuple[str | None, int]:
    """The body's name and the header line it was read from; ``explicit``: only from a line that
    names the meeting, not from a name standing alone."""
    joined, offsets = _joined(texts)
    match = _MEETING_OF.search(joined)
    if match and _is_body(_named_body(match.group("body"))):
        return _named_body(match.group("body")), _line_of(offsets, match.end("body"))
    for position, text in enumerate(texts):
        own = _OWN_MINUTES.match(text)
        if own and _is_body(clean_body(own.group("body"))):
            return clean_body(own.group("body")), position
    for position, text in enumerate(texts):
        dash = _DASH_DATE.match(text) if find_dates(text) else None
        if dash and _is_body(clean_body(dash.group("body"))) and not _names_a_council(clean_body(dash.group("body"))):
            return clean_body(dash.group("body")), position
    for position, text in enumerate(texts):
        if _COUNCIL_MEETING_KIND.match(text) and find_dates(text):
            return "Council", position      # "Ordinary Meeting 9th May 2011, Council Chamber": the council itself met
    if explicit:
        return None, -1
    for position, text in enumerate(texts):            # "Meeting  X BOARD  Venue  ...": a header grid's row
        field = _MEETING_CELL.match(text)
        if field and _is_body(clean_body(field.group("body"))):
            return clean_body(field.group("body")), position
    for position, text in enumerate(texts[:-1]):       # "Meeting:" / "National Park Authority": a label over its value
        if re.fullmatch(r"(?:name\s+of\s+)?meeting\s*:", text.strip(), re.I) and _is_body(clean_body(texts[position + 1])) \
                and not _FIELD.match(texts[position + 1]):      # "Date of" / "Meeting:" over "LOCATION: ...": a label's end
            return clean_body(texts[position + 1]), position + 1
    for position in _title_order(texts):    # a line naming the minutes themselves comes first
        text = _english_half(texts[position])
        titled_minutes = _MINUTES_TITLE.match(text)
        if titled_minutes and _is_body(clean_body(_without_dates(titled_minutes.group("body")))):
            return clean_body(_without_dates(titled_minutes.group("body"))), position     # "Minutes of X 22 May 2023"
        if _NOT_BODY_LINE.search(text):
            continue
        candidate = clean_body(_without_dates(_before_date(_COUNCIL_NAME.sub(_unless_full_council, text))))
        candidate = re.sub(r"^(?:cofnodion\s*/\s*)?(?:agenda\s+and\s+(?:draft\s+)?)?minutes\b\s*", "", candidate,
                           flags=re.I).strip(" .,;:-–—")           # "Minutes – X Partnership Executive"
        if _is_body(candidate) and len(candidate.split()) <= 12:
            return candidate, position
    for position, text in enumerate(texts):      # "Minutes / The City of Edinburgh Council / <date>": the full council
        if _COUNCIL_NAME.fullmatch(re.sub(r"^the\s+", "", text.strip(" ."), flags=re.I)):
            return council_as_body(text), position
    return None, -1


def _before_date(text: str) -> str:
    """"Monthly Board Meeting Tuesday 16th September 2014 at 1900 hours at the Parish Hall": what names the body comes
    before the date; the hour and the place after it do not."""
    found = find_dates(text)
    before = _WEEKDAY.sub("", text[:found[0][1]]).strip(" ,–-") if found else ""
    return before if before else text


def _unless_full_council(match: re.Match[str]) -> str:
    """A council's name is taken out of a title line, "Full Council" (the meeting of all its members) kept."""
    return match.group(0) if re.match(r"full\s", match.group(0), re.I) else ""


def _english_half(text: str) -> str:
    """"Cyngor Llawn / Full Council – MINUTES": a bilingual title printed Welsh first, read in its English half."""
    return text.rsplit(" / ", 1)[1] if " / " in text and not re.search(r"\d\s/\s\d", text) else text


def _title_order(texts: list[str]) -> list[int]:
    """Header lines in the order they may name the body: those naming the minutes, then the lines above the first
    of them from the nearest up (a letterhead, "X FIRE AUTHORITY", prints above its committee's name), then the
    rest."""
    naming = [p for p, text in enumerate(texts) if re.search(r"\b(?:minutes|meeting)\b", text, re.I)]
    first = naming[0] if naming else len(texts)
    return naming + [p for p in range(first - 1, -1, -1)] + [p for p in range(first, len(texts)) if p not in naming]


def _named_body(text: str) -> str:
    """The body a "meeting of" line names (without "of <council>" after it)."""
    return council_meeting(text) or clean_body(_OF_COUNCIL.sub("", _without_dates(text)).strip(" ,"))   # a date before "held"


def council_meeting(text: str) -> str | None:
    """"the Ordinary Meeting of X Parish Council" is a meeting of the council itself, named by its kind as its
    own minutes call it ("Parish Council"); None for any other body."""
    council = _OF_COUNCIL.search(text)
    if council and re.fullmatch(r"(?:proceedings\s+of\s+)?(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}meeting",
                                _OF_COUNCIL.sub("", text).strip(), re.I):
        return council_as_body(council.group(0))
    return None


def council_as_body(name: str) -> str:
    """A council meeting as a body, named as its own minutes name it: "Town Council", "Parish Council",
    "Community Council" for a local council, "Council" for a principal one."""
    local = re.search(r"\b(town|parish|community)\s+council\b", name, re.I)
    return f"{local.group(1).capitalize()} Council" if local else "Council"


def _joined(texts: list[str]) -> tuple[str, list[int]]:
    joined, offsets = "", []
    for text in texts:
        offsets.append(len(joined))
        joined += text + " "
    return joined, offsets


def _line_of(offsets: list[int], char: int) -> int:
    return max(i for i, offset in enumerate(offsets) if offset <= char)


def _without_dates(text: str) -> str:
    for _, begin, end in reversed(find_dates(text)):
        text = text[:begin] + text[end:]
    return _WEEKDAY.sub("", text)


def _names_a_council(text: str) -> bool:
    """"Kent County Council" names a council; "Full Council" or "Town Council" names the council meeting as a body."""
    return bool(_COUNCIL_NAME.fullmatch(text)) and text.split()[0].lower() not in words("not_a_council_place")


def clean_body(text: str) -> str:
    """A body's name as printed in a header, less "Meeting:", "Draft minutes –", "the", "of <council>", and a
    closing "meeting" or "minutes"."""
    text = re.sub(r"^meeting\s*:\s*", "", re.sub(r"\s+", " ", text), flags=re.I).strip(" .,;:-–—")
    text = re.sub(r"^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?minutes\s*[-–—:]\s*", "", text, flags=re.I)
    text = _NAMING_PREFIX.sub("", text)
    text = _OF_COUNCIL.sub("", text) or text        # "Environment Committee of X District Council"
    text = re.sub(r"(?<!parish)(?<!town)[\s\-–—]+(?:minutes|meeting)$", "", text, flags=re.I)   # a Parish Meeting is a body
    return re.sub(r"^(?:the|a)\s+", "", text, flags=re.I)


def _is_body(text: str) -> bool:
    """A body's name ends in (or contains) a body noun and reads as a name, not a sentence."""
    found = re.findall(r"[A-Za-z-]+", text.lower())
    pairs = [" ".join(pair) for pair in zip(found, found[1:])]           # "Parish Meeting"
    return bool(text) and 1 <= len(found) <= 14 and any(word in words("body_nouns") for word in found + pairs) \
        and text[:1].isupper() and not re.search(r"\b(?:held|was|were|is|are)\b", text, re.I)


def _date(texts: list[str]) -> tuple[date | None, int]:
    """The meeting's date: on a "held" line when there is one, else the first date not of issue."""
    candidates = [(position, found[0][0]) for position, text in enumerate(texts)
                  if (found := find_dates(text)) and not _NOT_DATE_LINE.search(text)]
    if not candidates:
        joined, offsets = _joined(texts)
        found = find_dates(joined)
        return (found[0][0], _line_of(offsets, found[0][2] - 1)) if found else (None, -1)
    held = [c for c in candidates if re.search(r"\bheld\b", texts[c[0]], re.I)]
    position, day = (held or candidates)[0]
    return day, position
