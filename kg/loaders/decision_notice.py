"""Records of decisions taken outside a meeting: a Cabinet Member's or an officer's decision notice.

A notice is recognised by its title ("RECORD OF DECISION", "RECORD OF DELEGATED DECISION TAKEN BY AN
OFFICER", "Decision notice") and read by its labelled fields, in whatever order and spelling: the
decision's number ("Decision No:", "Decision reference:"), its subject ("Subject:", "Title of
Decision"), who took it ("Decision taken by: <name>, <post>"), when ("Date of decision:", else the
date it was signed) and the decision itself ("Decision:" then "I agree to: 1. APPROVE ..."). A field's
value follows its label on the line or in the block below it. A sheet may carry several decisions,
each opening with its number. Each notice becomes a meeting of the decision taker's post with one
item per decision, so its decisions are read like any minutes' decisions.
"""
from __future__ import annotations

import re
from datetime import date

from kg.loaders.dates import find_dates
from kg.loaders.normalize import paragraphs
from kg.loaders.people_text import clean_person
from kg.loaders.resolutions import find_resolutions
from kg.model import Item, Line, Meeting, PersonMention, SourceText

_TITLE = re.compile(r"\brecord\s+of\s+(?:\w+\s+){0,2}decision\b|\bdecision\s+notice\b|^officer\s+decision\b", re.I)
_FIELDS = {
    "number": r"decision\s+(?:no\.?|number|reference|ref\.?)",
    "title": r"subject|title\s+of\s+(?:the\s+)?decision|decision\s+title|title",
    "taker": r"decision\s+(?:taken\s+by|maker)|taken\s+by",
    "date": r"date\s+of\s+decision|decision\s+date|date\s+decision\s+taken",
    "decision": r"decision(?:\(s\))?|decisions?\s+taken",
    "contact": r"contact\s+officer|contact\s+for\s+further\s+information",
    "consultees": r"consultees|consultation",
}
_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ()'’/]{1,60}?)\s*:\s*(?P<value>.*)$")
_BARE_LABEL = re.compile(r"^(?:title\s+of\s+(?:the\s+)?decision|decision\s+taken\s+by|"
                         r"reasons?(?:\(s\))?\s+for\s+(?:the\s+)?decision)$", re.I)
_RULE = re.compile(r"^[=\-_*.…·\s]{6,}$")
_ROLE_IN_BRACKETS = re.compile(r"(?P<role>[A-Z][^;()]{5,80}?)\s*\((?P<name>(?:Councillor|Cllr)\s+[A-Z][^)]{2,40})\)")


def is_decision_notice(lines: list[Line]) -> bool:
    """A notice's title is printed in its opening lines."""
    opening = [line.text for line in lines if line.text.strip()][:8]
    return any(_TITLE.search(text) for text in opening)


def parse_notice(source: SourceText, lines: list[Line], council: str | None = None) -> list[Meeting]:
    """One meeting per decision taker and date, an item per decision."""
    blocks = _labelled_blocks(lines)
    records: list[list[tuple[str, list[Line], Line]]] = []
    for field, value, at in blocks:
        seen = {f for f, _, _ in records[-1]} if records else set()
        if not records or (field == "number" and seen & {"number", "decision"}):
            records.append([])
        records[-1].append((field, value, at))
    meetings: dict[tuple[str, date], Meeting] = {}
    for record in records:
        fields = {field: value for field, value, _ in record}
        if "decision" not in fields or "taker" not in fields:
            continue
        taker_name, post = _taker(fields["taker"])
        day = _date(fields.get("date"), lines)
        if not post or day is None:
            continue
        first, last = record[0][2], max(line.end for _, value, at in record for line in [at, *value])
        span = source.span(first.start, last)
        key = (post, day)
        if key not in meetings:
            meetings[key] = Meeting(post, day, "minutes", span, council=council)
        meeting = meetings[key]
        meeting.span = source.span(meeting.span.start, max(meeting.span.end, last))
        meeting.items.append(_item(source, record, fields, taker_name, post, span))
    return list(meetings.values())


def _labelled_blocks(lines: list[Line]) -> list[tuple[str, list[Line], Line]]:
    """(field, value lines, label line) for every known field, in order."""
    out: list[tuple[str, list[Line], Line]] = []
    index = 0
    while index < len(lines):
        text = lines[index].text.strip()
        match = _LABEL.match(text)
        if match:
            label, value = match.group("label"), match.group("value")
        else:
            label, value = (text, "") if _BARE_LABEL.match(text) else (None, "")
        if label is None:
            index += 1
            continue
        field = _field(label)
        block = [Line(value, lines[index].start, lines[index].end, lines[index].page)] if value.strip() else []
        index += 1
        while index < len(lines) and not _is_label(lines[index].text.strip()) and not _RULE.match(lines[index].text):
            if not lines[index].text.strip() and block and field not in ("decision", "consultees"):
                break
            if lines[index].text.strip() or block:
                block.append(lines[index])
            index += 1
        if field:
            out.append((field, block, lines[index - 1] if not block else Line(label, block[0].start, block[0].end)))
    return out


def _field(label: str) -> str | None:
    label = " ".join(label.split())
    for field, pattern in _FIELDS.items():
        if re.fullmatch(pattern, label, re.I):
            return field
    return None


def _is_label(text: str) -> bool:
    match = _LABEL.match(text)
    return bool(_BARE_LABEL.match(text)) or bool(match and len(match.group("label").split()) <= 10 and
                                                 not re.search(r"\d", match.group("label")))


def _taker(value: list[Line]) -> tuple[str | None, str | None]:
    """"Ewan Lockhart, Director of Wellbeing, Care and Learning" or a name line above a post line."""
    text = " ".join(line.text.strip() for line in value if line.text.strip())
    name, _, post = text.partition(",")
    return (name.strip(), post.strip(" ,.")) if post.strip() else (None, name.strip(" ,.") or None)


def _date(value: list[Line] | None, lines: list[Line]) -> date | None:
    """The date of decision, else the last date printed (the date it was signed)."""
    if value:
        found = find_dates(" ".join(line.text for line in value))
        if found:
            return found[0][0]
    signed = [d for line in lines for d, _, _ in find_dates(line.text)]
    return signed[-1] if signed else None


def _item(source: SourceText, record, fields, taker: str | None, post: str, span) -> Item:
    number = " ".join(line.text.strip() for line in fields.get("number", []) if line.text.strip()) or None
    title = " ".join(" ".join(line.text.strip() for line in fields.get("title", [])).split())
    decision_label = next(at for field, _, at in record if field == "decision")
    decision = [Line("Decision:", decision_label.start, decision_label.start, decision_label.page)] + fields["decision"]
    resolutions = find_resolutions(paragraphs(decision), source)
    people = [PersonMention(taker, span, role=post, capacity="presenter")] if taker else []
    for field in ("contact", "consultees"):
        text = " ".join(line.text.strip() for line in fields.get(field, []))
        people += _people_with_posts(text, span)
    return Item(number, title or (number or "Decision"), span, resolutions=resolutions, people=people,
                text="\n".join(line.text for line in decision))


def _people_with_posts(text: str, span) -> list[PersonMention]:
    """"Priya Raman, School Organisation Manager, 0191 ..." and "Cabinet Member for X (Councillor Y)"."""
    people = [PersonMention(m.group("name").strip(), span, role=m.group("role").strip(" ;,"), capacity="mentioned")
              for m in _ROLE_IN_BRACKETS.finditer(text)]
    if not people and text:
        name, _, rest = text.partition(",")
        role = re.split(r",|\s\d", rest)[0].strip()
        person = clean_person(name, span, "mentioned", role or None)
        people += [person] if person and role else []
    return people
