"""Split what lies outside the meetings into papers: reports, plans, presentations, letters.

A paper starts at a council report cover ("REPORT TO ..." / "1. Meeting:" ... "3. Title:"), at an
"Appendix" heading, at the first line after a report's closing contact block, or at the pack page
the agenda gives for an item ("(Pages 15 - 32)") where the pack prints "Page N" stamps. Each paper
is tied to the agenda item whose title it matches best.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from kg.loaders.people_text import clean_person, item_organisations
from kg.loaders.plans import parse_plan
from kg.loaders.normalize import paragraphs
from kg.model import Document, Item, Line, Meeting, Recommendation, SourceText

_COVER = re.compile(r"\bREPORT\s+TO\b|^(?:1\.?\s*)?Meeting\s*:?\s*\S", re.I)
_TITLE_FIELD = re.compile(r"^(?:\d\.?\s*)?Title\s*:?\s*(?P<title>.+)$", re.I)
_CONTACT = re.compile(r"^(?:contact(?:\s+name)?|report author|name and job title|accountable officer\(?s?\)?)\s*:?\s*(?P<rest>.*)$", re.I)
_CLOSING = re.compile(r"(?:^contact(?:\s+name)?\s*:|@[\w.-]+\.(?:gov|org|nhs|co)\.|^tel(?:ephone)?\.?\s*:?\s*\d|^e-?mail\s*:|^ext\.?\s*\d)", re.I)
_APPENDIX = re.compile(r"^(?:appendix|annex)\s+[\w-]+\b", re.I)
_RAW_PAGE = re.compile(r"^\s*Page\s+(\d{1,4})\s*$")
_RECOMMENDATIONS = re.compile(r"^(?:\d{1,2}\.?\s*)?recommendations?\s*:?-?\s*(?P<rest>.*)$", re.I)
_SECTION_HEADING = re.compile(r"^(?:\d{1,2}\.\s*)?[A-Z][A-Za-z ,&/()'-]{2,60}:?-?$")
_TYPES = [
    ("minutes", re.compile(r"\bminutes\b", re.I)),
    ("action_plan", re.compile(r"\baction plan\b|\bdelivery plan\b|\bcompliance tool\b", re.I)),
    ("strategy", re.compile(r"\bstrategy\b|\bcharter\b|\bplan on a page\b|\bplan\b", re.I)),
    ("performance_report", re.compile(r"\bperformance\b|\bscorecard\b", re.I)),
    ("presentation", re.compile(r"\bpresentation\b|\bprogress on\b", re.I)),
    ("letter", re.compile(r"^dear\b|\byours sincerely\b", re.I | re.M)),
]


def parse_documents(source: SourceText, lines: list[Line], meetings: list[Meeting]) -> list[Document]:
    """Agenda and minutes as papers, and every attached paper between and after them."""
    documents = [Document(f"{m.kind.capitalize()} - {m.body}, {m.date:%d %B %Y}", m.kind, m.span,
                          agenda_item=_minutes_agenda_item(m, meetings)) for m in meetings]
    taken = [(m.span.start, m.span.end) for m in meetings]
    starts = _paper_starts(source, lines, meetings, taken)
    agenda_items = [i for m in meetings if m.kind == "agenda" for i in m.items]
    for position, start in enumerate(starts):
        limit = starts[position + 1] if position + 1 < len(starts) else len(lines)
        end = _end_before_meeting(lines, start, limit, taken)
        body = [line for line in lines[start:end] if line.text]
        if len(body) < 3:
            continue
        documents.append(_document(source, lines[start:end], body, agenda_items))
    return sorted(documents, key=lambda d: d.span.start)


def _minutes_agenda_item(meeting: Meeting, meetings: list[Meeting]) -> str | None:
    """The agenda item under which these minutes were circulated ("Minutes of ... Board")."""
    if meeting.kind != "minutes":
        return None
    best = _best_item(f"minutes {meeting.body} {meeting.date:%d %B %Y}",
                      [i for m in meetings if m.kind == "agenda" for i in m.items if re.search(r"minutes", i.title, re.I)])
    return best.number if best else None


def _inside(line_no: int, taken: list[tuple[int, int]]) -> bool:
    return any(a <= line_no <= b for a, b in taken)


def _paper_starts(source: SourceText, lines: list[Line], meetings: list[Meeting], taken) -> list[int]:
    starts: set[int] = set()
    after_closing = False
    for index, line in enumerate(lines):
        if not line.text or _inside(line.start, taken):
            if line.text:
                after_closing = False
            continue
        text = line.text
        if _COVER.search(text) and _cover_block(lines, index):
            starts.add(_cover_start(lines, index))
            after_closing = False
        elif _APPENDIX.match(text) and len(text) < 120:
            starts.add(index)
            after_closing = False
        elif _CLOSING.search(text):
            after_closing = True
        elif after_closing:
            starts.add(index)
            after_closing = False
    starts.update(_page_stamp_starts(source, lines, meetings, taken))
    for _, meeting_end in [(0, 0), *taken]:
        first_free = next((i for i, l in enumerate(lines) if l.text and l.start > meeting_end and not _inside(l.start, taken)), None)
        if first_free is not None:
            starts.add(first_free)
    return sorted(starts)


def _cover_block(lines: list[Line], index: int) -> bool:
    """A report cover carries a Meeting and a Title field within a few lines."""
    window = " ".join(lines[i].text for i in range(index, min(len(lines), index + 14)))
    return bool(re.search(r"\bMeeting\b", window, re.I) and re.search(r"\bTitle\s*:", window, re.I))


def _cover_start(lines: list[Line], index: int) -> int:
    """Start at the "REPORT TO" banner when it sits just above the Meeting field."""
    for back in range(index, max(-1, index - 4), -1):
        if re.search(r"\bREPORT\s+TO\b", lines[back].text):
            return back
    return index


def _page_stamp_starts(source: SourceText, lines: list[Line], meetings: list[Meeting], taken) -> list[int]:
    """Where the pack prints "Page N" stamps, item pages "(Pages a - b)" start after stamp a-1."""
    stamps: dict[int, int] = {}
    for raw_no, raw in enumerate(source.raw_lines, start=1):
        match = _RAW_PAGE.match(raw)
        if match:
            stamps.setdefault(int(match.group(1)), raw_no)
    starts = []
    for meeting in meetings:
        for item in meeting.items:
            if meeting.kind != "agenda" or not item.pages or item.pages[0] - 1 not in stamps:
                continue
            after = stamps[item.pages[0] - 1]
            index = next((i for i, l in enumerate(lines) if l.start > after and l.text), None)
            if index is not None and not _inside(lines[index].start, taken):
                starts.append(index)
    return starts


def _end_before_meeting(lines: list[Line], start: int, limit: int, taken) -> int:
    for index in range(start, limit):
        if lines[index].text and _inside(lines[index].start, taken):
            return index
    return limit


def _document(source: SourceText, span_lines: list[Line], body: list[Line], agenda_items: list[Item]) -> Document:
    title = _title(body)
    text = "\n".join(line.text for line in body[:80])
    span = source.span(body[0].start, body[-1].end)
    paras = paragraphs(span_lines)
    document = Document(title, _type(title, text), span)
    best = _best_item(title + " " + " ".join(l.text for l in body[:12]), [i for i in agenda_items if i.pages])
    document.agenda_item = best.number if best else None
    document.author = _author(source, body)
    document.recommendations = _recommendations(source, paras)
    document.organisations = item_organisations(paras[:40], source)
    period = re.search(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b", title)
    document.period = f"{period.group(1)}-{period.group(2)}" if period else None
    document.priorities, document.actions = parse_plan(source, span_lines)
    if document.priorities and document.type not in ("action_plan", "strategy"):
        document.type = "action_plan" if document.actions else "strategy"
    return document


def _title(body: list[Line]) -> str:
    for line in body[:14]:
        field = _TITLE_FIELD.match(line.text)
        if field:
            return field.group("title").strip()
    first = body[0].text.strip()
    if re.search(r"\bREPORT\s+TO\b", first) and len(body) > 1:
        first = body[1].text.strip()
    if len(body) > 1 and not re.search(r"[.:;]$", first) and len(first) < 90 and len(body[1].text) < 90 \
            and (body[1].text[:1].islower() or body[1].text.isupper() == first.isupper()) and not _CLOSING.search(body[1].text):
        first = f"{first} {body[1].text.strip()}"
    return first[:200]


def _type(title: str, text: str) -> str:
    for name, pattern in _TYPES:
        if name == "letter":
            if pattern.search(text[:3000]):
                return name
        elif pattern.search(title):
            return name
    return "report"


def _best_item(text: str, items: list[Item]) -> Item | None:
    clean = lambda t: re.sub(r"\(pages?[^)]*\)|\(herewith\)", "", t, flags=re.I).lower()
    scored = [(fuzz.token_set_ratio(clean(i.title), clean(text)), i) for i in items]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] >= 75 else None


def _author(source: SourceText, body: list[Line]):
    for line in body:
        match = _CONTACT.match(line.text)
        if match and match.group("rest"):
            name, _, role = match.group("rest").partition(",")
            person = clean_person(name, source.span(line.start, line.end), "author", role.strip() or None)
            if person:
                return person
    return None


def _recommendations(source: SourceText, paras: list[Line]) -> list[Recommendation]:
    """Numbered or lettered recommendations under a "Recommendation(s)" heading."""
    out: list[Recommendation] = []
    collecting = False
    for para in paras:
        text = para.text.strip()
        heading = _RECOMMENDATIONS.match(text)
        if heading and len(text) < 200:
            collecting = True
            rest = heading.group("rest").strip(" :-")
            if rest:
                out.extend(_split_recommendations(source, para, rest))
            continue
        if not collecting:
            continue
        if _SECTION_HEADING.match(text) and not re.match(r"^(?:that|to)\b", text, re.I):
            collecting = False
            continue
        out.extend(_split_recommendations(source, para, text))
    return out


def _split_recommendations(source: SourceText, para: Line, text: str) -> list[Recommendation]:
    parts = [p.strip() for p in re.split(r"(?:^|\s)(?:\(?[a-h\d]{1,2}\)|[a-h\d]{1,2}\.)\s+|^[-•]\s+", text) if p and p.strip()]
    return [Recommendation(p, source.span(para.start, para.end)) for p in parts if len(p) > 8]
