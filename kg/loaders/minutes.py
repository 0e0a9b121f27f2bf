"""The minutes of one meeting: attendance, then numbered minute items with their decisions.

Minute items are numbered headings ("235.", "D17.", "45a", "8.5", "CYP/17/24") whose numbers run
upward in one style; an item ends where the next begins, and the last item ends with its decision,
before the next paper in the pack starts.
"""
from __future__ import annotations

import re
from datetime import date

from kg.loaders.attendance import (
    apologies_in_item,
    is_attendance_label,
    presiding_member,
    presiding_note,
    read_attendance,
    trailing_attendance,
)
from kg.loaders.meeting_header import ATTENDANCE
from kg.loaders.item_headings import (
    capitals_go_on,
    continues_title,
    find_item_headings,
    floating_numbers,
    headings_between_paragraphs,
    headings_in_wrapped_text,
    headings_over_paragraphs,
    is_time_or_tally,
    inline_minutes,
    labelled_minutes,
    starts_with_postcode,
    unnumbered_before,
    unnumbered_headings,
)
from kg.loaders.mentions import find_organisations, find_people
from kg.loaders.minute_actions import find_actions
from kg.loaders.plans import action_table_readings, actions_of
from kg.loaders.normalize import paragraphs, upper_ratio, without_page_footers
from kg.loaders.people_text import (
    attendance_row,
    attendance_table,
    clean_person,
    item_people,
    minute_references,
    name_list,
)
from kg.loaders.procedure import find_declarations, find_exclusion, find_votes
from kg.loaders.resolutions import (
    find_outcome,
    find_carried_motions,
    find_prose_decisions,
    find_resolutions,
    find_unlabelled_resolutions,
    starts_with_label,
)
from kg.loaders.vocabulary import words
from kg.model import (
    Item,
    Line,
    Meeting,
    OrganisationMention,
    PersonMention,
    Resolution,
    SourceText,
    Span,
)

_NUMBER = r"(?:[A-Z]{1,4}/\d{1,3}/)?[A-Z]{0,3}\d{1,4}[a-z]?(?:\.\d{1,2})?"
ITEM = re.compile(rf"^(?P<num>{_NUMBER})[.:)]?\s+(?P<title>\S.*)$")
# ModernGov pages: the number alone on its line, the title below, the minute text after "Minutes:"
_BARE_NUMBER = re.compile(rf"^(?P<num>{_NUMBER})[.:)]?$")
_DECISION_PANEL = re.compile(r"^decision\s*:\s*$", re.I)
_MINUTES_LABEL = re.compile(r"^minutes\s*:\s*(?P<rest>.*)$", re.I)
PRESENT = re.compile(r"^(?:present|in attendance)\s*[:;]?\s*[-–]?\s*(?P<rest>.*)$", re.I)
APOLOGIES = re.compile(r"^apologies(?: for absence)?(?:\s*[:;]\s*[-–]?|\s+(?:for absence\s+)?were\s+"
                       r"(?:received|submitted|intimated|tendered|reported)\s+(?:from|by|on\s+behalf\s+of)|\s+from)"
                       r"\s*(?P<rest>.*)$", re.I)
_CHAIR = re.compile(r"^(?P<name>.+?)\s*[\(\[]?\s*in\s+the\s+chair\s*[\)\]]?\s*[.;,]?\s*$", re.I)
_ATTENDANCE_ITEM = re.compile(r"^(?:present|members\s+present|those\s+present|in\s+attendance|attendance)"
                              r"(?:\s*(?:,|and|&)\s*apologies\b[^:]*)?\s*:?$", re.I)   # "Attendance, Apologies & Governance"
# "There being no further business, the meeting ended at 7.40pm.", "The meeting closed at 8.15 pm": the minutes end here
_MEETING_CLOSED = re.compile(r"^(?:there\s+being\s+no\s+(?:other|further)\s+business,?\s+)?the\s+meeting\s+"
                             r"(?:closed|ended|concluded|terminated|finished)\b", re.I)
_LOG_REACH = 4              # non-blank lines (a page stamp, "Next meeting: ...") between the last item and its action log
_MANY_TIMES = 4             # a generic reading with this many times the items of the bundled layouts' reading wins
_UNNUMBERED_AT_LEAST = 3    # minutes whose items print no numbers: three headings over minute text, at least
_FIRST_ITEM_WITHIN = 60     # non-blank lines between the attendance and the first item
_ITEM_LABEL = re.compile(r"^(?:agenda\s*item\s*:\s*)", re.I)
_ITEM_LABEL_LINE = re.compile(r"^(?:agenda\s*item\s*:?|item\s*:)\s*$", re.I)


def opens_minutes(lines: list[Line], start: int) -> bool:
    """Minutes go on with attendance or a numbered item within a few lines of their heading."""
    for index in nonblank(lines, start, 12):
        text = lines[index].text
        if PRESENT.match(text) or ATTENDANCE.match(text) or APOLOGIES.match(text) or \
                text.rstrip().endswith(":") and is_attendance_label(text) or re.match(r"^(?:minutes\s*:?\s*$|agenda\s*item\s*:|no\.\s+item$|items$)",
                                                                   text, re.I):
            return True
        item = ITEM.match(text)
        if item and upper_ratio(item.group("title")) > 0.75:
            return True
    return False


def nonblank(lines: list[Line], start: int, count: int) -> list[int]:
    """Indexes of the next ``count`` non-blank lines from ``start``."""
    out = []
    for index in range(start, len(lines)):
        if lines[index].text:
            out.append(index)
            if len(out) == count:
                break
    return out


def parse_minutes(source: SourceText, lines: list[Line], head: int, first_content: int, end: int,
                  body: str, day: date, item: str | None = None) -> Meeting:
    """The minutes whose heading runs from ``head`` to ``first_content`` (line indexes), up to ``end``;
    ``item``: the number of the one item they hold, when their heading names it."""
    chair, present, apologies, index = _attendance(source, lines, first_content, end)
    known = _item_starts(lines, index, end)
    generic = headings_over_paragraphs(lines, first_content, end) or floating_numbers(lines, first_content, end) or [
        (h.index, h.number, h.title, h.body_start)
        for h in find_item_headings(lines, first_content, end) or labelled_minutes(lines, first_content, end)
        or inline_minutes(lines, first_content, end)]
    starts = _better_items(known, generic, lines, index)
    if starts and starts is generic:
        starts = unnumbered_before(lines, first_content, starts[0][0]) + starts
    elif not starts and item is not None:
        starts = _named_item(lines, first_content, end, item)
    elif not starts:
        unnumbered = unnumbered_headings(lines, first_content, end) or headings_between_paragraphs(lines, first_content, end) \
            or headings_in_wrapped_text(lines, first_content, end)
        starts = unnumbered if len(unnumbered) >= _UNNUMBERED_AT_LEAST else []
        titles = {title.lower() for _, _, title, _ in starts}       # headings an attendance table ran into
        present, apologies = ([p for p in people if p.name.lower() not in titles] for people in (present, apologies))
    printed = read_attendance(source, lines, first_content, starts[0][0] if starts else index)
    chair = chair or printed.chair
    present = _merged(present, printed.present)
    apologies = _merged(apologies, printed.apologies)
    items: list[Item] = []
    for position, (start, number, title, body_start) in enumerate(starts):
        stop = starts[position + 1][0] if position + 1 < len(starts) else end
        item = _minute_item(source, lines, start, body_start, stop, number, title, last=position + 1 == len(starts))
        items.append(item)
        if _ATTENDANCE_ITEM.match(item.title) and not present:      # "1. Present" heads the attendance, parish style
            listed = read_attendance(source, lines, body_start, stop, category="present")
            chair, present, apologies = chair or listed.chair, listed.present, _merged(apologies, listed.apologies)
        if re.search(r"apolog", item.title, re.I):
            apologies = apologies or _apologies_from_text(source, lines, body_start, stop)
            recorded = apologies_in_item(source, lines, body_start, stop)
            apologies = _merged(apologies, recorded.apologies)
            present = _merged(present, recorded.present)
            chair = chair or recorded.chair
    if starts:           # a table of who attended printed after the last item (a committee system's page)
        printed = trailing_attendance(source, lines, starts[-1][3], end)
        chair, present, apologies = chair or printed.chair, _merged(present, printed.present), _merged(apologies, printed.apologies)
    chair = chair or presiding_note(source, lines, first_content, end) or _elected_chair(items) \
        or presiding_member(present)
    chair, present = _chair_in_full(chair, present)
    for item in items if chair else []:
        item.people += _chair_named_by_post(item, chair)
    span_end = items[-1].span.end if items else lines[max(first_content - 1, head)].end
    return Meeting(body, day, "minutes", source.span(lines[head].start, span_end),
                   chair=chair, present=present, apologies=apologies, items=items)


def _named_item(lines: list[Line], start: int, end: int, number: str) -> list[tuple[int, str, str, int]]:
    """The one item a heading names ("(Item 41)"): its title is the first line, less the number."""
    first = nonblank(lines, start, 1)
    if not first:
        return []
    title = re.sub(rf"^{re.escape(number)}[.:]?\s+", "", lines[first[0]].text.strip())
    return [(first[0], number, title, first[0] + 1)] if _reads_as_heading(title) else []


def _merged(known: list[PersonMention], more: list[PersonMention]) -> list[PersonMention]:
    """Attendance read by the bundled layouts' rules, and any further names the generic reading found."""
    roles = {_untitled(p.name): p.role for p in more if p.role}
    titled = {_untitled(p.name): p.name for p in more if p.name.startswith("Councillor ")}
    for person in known:
        person.role = person.role or roles.get(_untitled(person.name))
        person.name = titled.get(_untitled(person.name), person.name)     # "Siân Evans" under "Councillors:"
    names = {_untitled(p.name) for p in known}
    return known + [p for p in more if _untitled(p.name) not in names and not names.add(_untitled(p.name))]


def _untitled(name: str) -> str:
    """A name as one person whether printed with "Councillor" or under a "Councillors:" label."""
    return re.sub(r"^councillor\s+", "", name.lower())


_ELECTED_CHAIR = re.compile(r"\b[Tt]hat\s+(?P<name>(?:Councillor|Cllr\.?)\s+[A-Z][\w'’ -]{2,40}?)\s+be\s+(?:elected|appointed)\s+"
                            r"(?:as\s+)?(?:the\s+)?(?:Chair(?:man|person|woman)?|Convener)\b"    # a Scottish chair: Convener
                            r"(?!\s+of\s+(?!th(?:is|e)\s+(?:meeting|hearing)))")


def _chair_in_full(chair: PersonMention | None,
                   present: list[PersonMention]) -> tuple[PersonMention | None, list[PersonMention]]:
    """"Councillor Guthrie, Convener, presided" names the chair by title and surname where the members present name
    them in full ("Councillor Morag Guthrie"): the chair is that one member, listed once."""
    if chair is None or len(chair.name.split()) != 2 or chair.name.split()[0].lower() not in words("attendance_titles"):
        return chair, present
    surname = chair.name.split()[-1]
    fuller = [p for p in present if p.name.split()[-1] == surname and len(p.name.split()) > 2]
    if len(fuller) != 1:
        return chair, present
    member = fuller[0]
    member.capacity, member.role = "chair", member.role or chair.role
    return member, [p for p in present if p.name != chair.name]


def _elected_chair(items: list[Item]) -> PersonMention | None:
    """The councillor the first items elect to chair this meeting or hearing ("That Councillor X be elected
    Chair for this hearing"), for minutes whose attendance names no chair."""
    for item in items[:2]:
        for resolution in item.resolutions:
            elected = _ELECTED_CHAIR.search(resolution.text)
            person = clean_person(elected.group("name"), resolution.span, "chair", role="Chair") if elected else None
            if person:
                return person
    return None


_THE_CHAIR = re.compile(
    r"\b[Tt]he Chair(?:man|person)?\b(?!\s+of\b)(?P<verb>\s+(?:reported|presented|introduced|gave))?")


def _chair_named_by_post(item: Item, chair: PersonMention) -> list[PersonMention]:
    """"The Chairman reported ..." is the chair these minutes name ("Councillor Lakin (in the Chair)");
    "the Chair of the Safeguarding Board" is someone else."""
    match = _THE_CHAIR.search(item.text)
    if not match or chair.name in {p.name for p in item.people}:
        return []
    capacity = "presenter" if match.group("verb") else "mentioned"
    return [PersonMention(chair.name, item.span, role="Chair", capacity=capacity)]


# -- attendance ------------------------------------------------------------------------------------
def _attendance(source: SourceText, lines: list[Line], start: int, end: int):
    """Chair, present, apologies and the index after them: a paragraph list or an attendance table.

    Only the paragraphs read as attendance are passed over; items may start right after them."""
    chair: PersonMention | None = None
    present: list[PersonMention] = []
    apologies: list[PersonMention] = []
    index = start
    for para in paragraphs(lines[start:end])[:12]:
        first_line = ITEM.match(lines[_index_of(lines, para.start)].text)
        if first_line and _looks_like_item_title(first_line.group("title")):
            break
        span = source.span(para.start, para.end)
        present_match = PRESENT.match(para.text)
        apology_match = APOLOGIES.match(para.text)
        if present_match and present_match.group("rest").strip():
            chair, present = _present_list(present_match.group("rest"), span)
        elif present_match:
            table_start = _index_of(lines, para.end) + 1
            present, apologies, index = attendance_table(lines, table_start, _first_item_line(lines, table_start, end),
                                                         source)
            chair = next((p for p in present if p.capacity == "chair"), None)
            break  # the table carries its own "Apologies:" rows
        elif present and re.match(r"^(?:Councillors|Cllrs)\b", para.text):
            present += name_list(para.text, span, "present")   # after "PRESENT: Councillor Wilson in the chair."
        elif apology_match:
            apologies = name_list(apology_match.group("rest"), span, "apologies")
        elif re.match(r"^agenda\s+item", para.text, re.I):
            break
        else:
            continue
        index = _index_of(lines, para.end) + 1
    return chair, present, apologies, index


def _first_item_line(lines: list[Line], start: int, end: int) -> int:
    """Where the items begin: an "Agenda item:" label or a numbered heading; attendance stops there."""
    for index in range(start, end):
        text = lines[index].text
        heading = ITEM.match(text)
        if _ITEM_LABEL_LINE.match(text) or (heading and _looks_like_item_title(heading.group("title"))):
            return index
    return end


def _index_of(lines: list[Line], original_line: int) -> int:
    return next((i for i, line in enumerate(lines) if line.end >= original_line), len(lines) - 1)


def _present_list(text: str, span: Span) -> tuple[PersonMention | None, list[PersonMention]]:
    """"Councillor X (in the Chair); Councillors A, B and C" or "Councillor Wilson in the chair."."""
    if "\t" in text:                            # a table's first row: "Councillor X<TAB>Chairman"
        people = attendance_row(text, span, "present")
        return next((p for p in people if p.capacity == "chair"), None), people
    first, _, rest = text.partition(";")
    chair_match = _CHAIR.match(first.strip())
    if not chair_match:
        people = name_list(text, span, "present")      # "Councillors Smith (Chair), Brown and White"
        return next((p for p in people if p.capacity == "chair"), None), people
    chairs = name_list(chair_match.group("name"), span, "chair")
    return (chairs[0] if chairs else None), chairs + name_list(rest, span, "present")


def _apologies_from_text(source: SourceText, lines: list[Line], start: int, stop: int) -> list[PersonMention]:
    """Apologies recorded as a minute item ("Apologies for absence were received from ...", or the names alone
    under its title: "Alderman P Brady and Councillor N Quinn.")."""
    for position, para in enumerate(paragraphs(lines[start:stop])):
        span = source.span(para.start, para.end)
        match = re.search(r"apolog(?:y|ies)[^.]*?(?:from|by)\s+(?P<rest>.+)", para.text, re.I)
        if match:
            return name_list(match.group("rest"), span, "apologies")
        parts = re.split(r",\s*|\s+and\s+", para.text.strip(" ."))
        named = name_list(para.text, span, "apologies") if position == 0 and len(para.text) < 300 else []
        if named and len(named) == len(parts) and all(len(part.split()) <= 5 for part in parts):
            return named
    return []


# -- item headings -----------------------------------------------------------------------------------
def _looks_like_item_title(title: str) -> bool:
    return upper_ratio(title) > 0.75 or bool(re.match(r"^[A-Z][\w'’&,()/-]*(?:\s+[\w'’&,()/-]+){0,25}$", title) and
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
        moderngov = _moderngov_item(lines, index, end)
        if moderngov:
            number, title_index = moderngov
            joined, body_start = _join_title(lines, title_index, lines[title_index].text, end)
            found.append((index, number, joined, body_start))
            previous = _number_key(number)
            index = body_start
            continue
        text = _ITEM_LABEL.sub("", lines[index].text)
        match = ITEM.match(text) if text and not continues_title(lines, index) and not starts_with_postcode(text) else None
        if match and not is_time_or_tally(match.group("title")) and not starts_with_label(match.group("title")):
            key = _number_key(match.group("num"))      # "4.1 RESOLVED:" is a decision's paragraph, never an item
            title = match.group("title")
            capitals = upper_ratio(title) > 0.75
            if capital_style:
                heading = capitals
            else:
                heading = capitals or _after_agenda_item_label(lines, index) or (
                    previous is not None and _follows(previous, key) and _reads_as_heading(title))
            if heading and (previous is None or _runs_upward(previous, key)):
                for number, sub_title in _split_sub_items(match.group("num"), title):
                    joined, body_start = _join_title(lines, index, sub_title, end)
                    found.append((index, number, joined, body_start))
                    previous = _number_key(number)
                if capital_style is None:
                    capital_style = capitals
                index = body_start
                continue
        index += 1
    return found


def _better_items(known: list[tuple[int, str, str, int]], generic: list[tuple[int, str, str, int]],
                  lines: list[Line], start: int) -> list[tuple[int, str, str, int]]:
    """The generic reading of item headings replaces the bundled layouts' reading when it finds more
    items, keeps every number that reading found (or finds several times as many: a stray line such as a
    postcode "CH15 2LL" read as an item is no reading to keep), and starts just after the attendance
    (numbered tables in papers attached after the minutes are not items); and always when that reading
    starts after the generic one's last item (a report's numbered sections after the minutes in a pack)."""
    if not generic:
        return known
    near = sum(1 for line in lines[start:generic[0][0]] if line.text) <= _FIRST_ITEM_WITHIN
    if near and known and known[0][0] > generic[-1][0]:
        return generic                # that reading starts after the generic one ends: in the papers attached
    if len(generic) <= len(known):
        return known
    kept = {k[1] for k in known} <= {g[1] for g in generic} or len(generic) >= _MANY_TIMES * len(known)
    return generic if near and kept else known


def _moderngov_item(lines: list[Line], index: int, end: int) -> tuple[str, int] | None:
    """(number, title line index) when a bare number heads a title and, further on, a "Minutes:" label."""
    bare = _BARE_NUMBER.match(lines[index].text)
    following = nonblank(lines, index + 1, 60) if bare else []
    if not following or not _reads_as_heading(lines[following[0]].text):
        return None
    for position in following[1:]:
        if position >= end or _BARE_NUMBER.match(lines[position].text):
            return None
        if _MINUTES_LABEL.match(lines[position].text):
            return bare.group("num"), following[0]
    return None


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", number.split("/")[-1])) or (-1,)


def _follows(previous: tuple[int, ...], key: tuple[int, ...]) -> bool:
    """2 after 1 (or 3, a number skipped), 7.1 after 7, 7.2 after 7.1, 8 after 7.4."""
    if key[0] in (previous[0] + 1, previous[0] + 2):
        return len(key) == 1 or key[1] == 1
    return key[0] == previous[0] and len(key) == 2 and key[1] == (previous[1] + 1 if len(previous) > 1 else 1)


def _runs_upward(previous: tuple[int, ...], key: tuple[int, ...]) -> bool:
    return key > previous and key[0] - previous[0] <= 6


def _split_sub_items(number: str, title: str) -> list[tuple[str, str]]:
    """"RLSCB Sub Group Reports:7.1 Performance ..." -> item 7 and item 7.1 on one line."""
    match = re.search(rf"[:;]\s*({re.escape(number)}\.\d{{1,2}})\s+(\S.*)$", title)
    if not match:
        return [(number, title)]
    return [(number, title[:match.start()].strip()), (match.group(1), match.group(2))]


def _reads_as_heading(title: str) -> bool:
    return len(title) < 160 and title[:1].isupper() and not title.rstrip().endswith((".", ";", ","))


def _after_agenda_item_label(lines: list[Line], index: int) -> bool:
    """Partner-board minutes announce items with an "Agenda item:" label above the number."""
    above = [lines[i].text for i in range(max(0, index - 4), index) if lines[i].text]
    return bool(above) and bool(_ITEM_LABEL_LINE.match(above[-1]))


def _join_title(lines: list[Line], index: int, title: str, end: int) -> tuple[str, int]:
    """Titles in capitals wrap: keep joining the capital lines that follow."""
    parts = [title]
    body = index + 1
    while body < end:
        text = lines[body].text
        if not text and capitals_go_on(lines, body, end, " ".join(parts)):
            parts.append(lines[body + 1].text.strip())
            body += 2
            continue
        if not text:
            body += 1
            if body < end and _wrapped_capitals(lines[body].text) and \
                    parts[-1].rstrip().endswith((",", "-", "–", "AND", "OF", "THE", "FOR")):
                continue
            break
        if _wrapped_capitals(text) and len(text) < 100 and upper_ratio(parts[0]) > 0.75 \
                and not starts_with_label(text) and not PRESENT.match(text):
            parts.append(text)
            body += 1
            continue
        break
    return " ".join(" ".join(parts).split()), body


def _wrapped_capitals(text: str) -> bool:
    return bool(text) and upper_ratio(text) > 0.85 and not ITEM.match(text)


# -- item body ---------------------------------------------------------------------------------------
def _minute_item(source: SourceText, lines: list[Line], start: int, body_start: int, stop: int,
                 number: str, title: str, last: bool) -> Item:
    body = without_page_footers(lines[body_start:stop])
    if body_start == start and body and (cut := body[0].text.find(title)) >= 0 and title:
        first = body[0]                     # the title printed on the minute's first line is not minute text
        body = [Line(first.text[cut + len(title):].lstrip(" :\t-–"), first.start, first.end, first.page), *body[1:]]
    paras = paragraphs(_minute_text(body))
    actions = find_actions(paras, source)
    tables = action_table_readings(source, lines[body_start:stop])
    resolutions = find_resolutions(paras, source) or find_unlabelled_resolutions(paras, source)
    resolutions += [m for m in find_carried_motions(paras, source) if all(m.text not in r.text for r in resolutions)]
    if last:
        paras = _trim_last_item(paras, resolutions)
    stop_line = paras[-1].end if paras else lines[start].end
    if last:                # what follows the last item may be the next paper: a table printed right after is the log's
        reach = _line_after(lines, stop_line, _LOG_REACH)
        tables = [table for table in tables if min(table.used) <= reach]
    actions += actions_of(tables)
    if not resolutions:
        resolutions = find_prose_decisions(paras, source)
    span = source.span(lines[start].start, max(lines[start].end, stop_line))
    return Item(number, title, span, resolutions=resolutions, people=_people(paras, source),
                organisations=_organisations(paras, source), references=minute_references(paras, source),
                outcome=find_outcome(paras), text="\n".join(p.text for p in paras), actions=actions,
                votes=find_votes(paras, source), declarations=find_declarations(paras, source),
                exclusion=find_exclusion(paras, source))


def _people(paras: list[Line], source: SourceText) -> list[PersonMention]:
    """Presenters with their job titles first, then everyone else the text names (capacity "mentioned")."""
    people = {p.name: p for p in item_people(paras, source)}
    for para in paras:
        for person in find_people(para.text, source.span(para.start, para.end)):
            person.name = re.sub(r"['’]s$", "", person.name)  # "Clair Pyper's report"
            if person.name not in people:
                person.capacity = person.capacity or "mentioned"
                people[person.name] = person
    return list(people.values())


def _organisations(paras: list[Line], source: SourceText) -> list[OrganisationMention]:
    found: dict[str, OrganisationMention] = {}
    for para in paras:
        for organisation in find_organisations(para.text, source.span(para.start, para.end)):
            found.setdefault(organisation.name.lower(), organisation)
    return list(found.values())


def _minute_text(body: list[Line]) -> list[Line]:
    """On ModernGov pages the agenda description comes first; the minute is what follows "Minutes:",
    and a "Decision:" panel printed above it (the decision as the system records it) is kept."""
    for position, line in enumerate(body):
        label = _MINUTES_LABEL.match(line.text)
        if label:
            rest = [Line(label.group("rest"), line.start, line.end, line.page)] if label.group("rest") else []
            panel = next((i for i in range(position) if _DECISION_PANEL.match(body[i].text)), None)
            decision = body[panel:position] + [Line("", line.start, line.start, line.page)] if panel is not None else []
            return decision + rest + body[position + 1:]
    return body


def _line_after(lines: list[Line], line_number: int, count: int) -> int:
    """The source line number of the ``count``-th non-blank line after source line ``line_number``."""
    following = [line.end for line in lines if line.start > line_number and line.text]
    return following[min(count, len(following)) - 1] if following else line_number


def _trim_last_item(paras: list[Line], resolutions: list[Resolution]) -> list[Line]:
    """The last item of a minutes section ends with its decision, or after its first paragraphs:
    what follows is the next paper in the pack."""
    if resolutions:
        last_line = max(r.span.end for r in resolutions)
        return [p for p in paras if p.start <= last_line]
    closed = next((index for index, p in enumerate(paras) if _MEETING_CLOSED.match(p.text.strip())), None)
    return paras[:closed] if closed is not None else paras[:2]   # the minutes say where they end, else guess
