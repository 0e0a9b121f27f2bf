"""Split a pack into its papers and tie each paper to the agenda item it was circulated under.

The agenda and each minutes section are papers already (their spans come from the meetings
loader). The rest of the pack is cut where a new paper visibly starts:

- a report cover ("REPORT TO ...", or "Meeting:" and "Title:" fields within a few lines);
- an "Appendix"/"Annex" heading;
- the first line after a report's closing contact block (name, job title, telephone, e-mail) or
  after a letter's signature;
- a stand-alone plan or strategy title carrying its period ("... Action Plan 2013 – 2016");
- the pack page an agenda item gives ("(Pages 15 - 32)") where the pack prints "Page N" stamps;
- the heading of a document that an earlier paper names as its companion ("please read the
  accompanying document: Why sign the Charter?").

A plan printed inside another plan's pages (a strategy's "plan on a page" between two priorities
of an action plan) is a paper of its own; its lines are read there and not in the enclosing plan.

Papers appear in the pack in agenda order, so papers are aligned to the agenda items that carry
page ranges by a monotone alignment scored on title similarity and on position in the pack.
"""
from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from kg.loaders.normalize import paragraphs
from kg.loaders.officers import initials_key, officers
from kg.loaders.plans import PRIORITY_HEADING, parse_plan, read_action_tables
from kg.loaders.plans.owners import named_by_initials
from kg.loaders.reports import (
    CONTACT,
    CONTACT_DETAIL,
    TITLE_FIELD,
    letter_title,
    paper_author,
    paper_title,
    paper_type,
    recommendations,
    scrutiny_responses,
)
from kg.model import Document, Item, Line, Meeting, SourceText

_COVER = re.compile(r"\bREPORT\s+TO\b|^(?:1\.?\s*)?Meeting\s*:?\s*\S|^(?:Public|Confidential)\s+Report\s*$|^Summary\s+Sheet\s*$", re.I)
_APPENDIX = re.compile(r"^\**(?:appendix|annex)\s+[\w-]+\b(?!\s*[:.,]?\s*[a-z(])", re.I)
_SIGN_OFF = re.compile(r"^yours\s+(?:sincerely|faithfully)\b", re.I)
_PLAN_TITLE = re.compile(r"\b(?:action plan|strategy|charter|plan on a page|delivery plan|improvement plan|progress report)\b.*"
                         r"\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\b(?:action plan|strategy|charter|delivery plan)\b", re.I)
_PLAN_KIND = re.compile(r"\b(?:plan on a page|strategy|action plan|delivery plan|charter)\b", re.I)
_COMPANION = re.compile(r"\b(?:accompanying|companion|separate)\s+(?:document|guidance|paper|briefing)\b[^:]{0,40}:\s*"
                        r"\[?(?P<title>[^\]\n]{6,120}?)\]?(?:\([^)]*\))?\s*$", re.I)
_RAW_PAGE = re.compile(r"^\s*Page\s+(\d{1,4})\s*$")
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b")
_ALIGN_SKIP = 1.0        # cost of an agenda item with pages that no paper was matched to
_STOPWORDS = {"the", "and", "of", "for", "to", "in", "on", "a", "an", "with", "by", "at", "from", "pages", "page", "report"}


def parse_documents(source: SourceText, lines: list[Line], meetings: list[Meeting]) -> list[Document]:
    """The agenda, each minutes section and every attached paper, in pack order."""
    documents = [_meeting_document(source, lines, meeting) for meeting in meetings]
    taken = [(m.span.start, m.span.end) for m in meetings]
    starts = paper_starts(source, lines, meetings, taken)
    embedded: list[tuple[Document, Document]] = []
    for position, start in enumerate(starts):
        limit = starts[position + 1] if position + 1 < len(starts) else len(lines)
        end = next((i for i in range(start, limit) if lines[i].text and _inside(lines[i].start, taken)), limit)
        body = [line for line in lines[start:end] if line.text.strip()]
        if len(body) >= 3:
            outer, *inner = _papers(source, lines[start:end])
            documents.append(outer)
            embedded.extend((outer, paper) for paper in inner)
    body = [line for line in lines if line.text.strip()]
    if not documents and body:            # nothing recognised: the whole file is still one paper, stored and searchable
        documents.append(Document(paper_title(body), "other", source.span(body[0].start, body[-1].end)))
    documents.sort(key=lambda d: d.span.start)
    _align_agenda_items(documents, _paged_items([i for m in meetings if m.kind == "agenda" for i in m.items]),
                        len(source.raw_lines))
    for outer, paper in embedded:          # circulated with the plan it is printed in
        paper.agenda_item = outer.agenda_item
    return sorted(documents + [paper for _, paper in embedded], key=lambda d: d.span.start)


def _paged_items(items: list[Item]) -> list[Item]:
    """Agenda items with their pages; an item whose "(Pages 19 - 71)" lost its end to a line wrap
    ("(Pages 19") keeps its first page and ends just before the next item's pages begin."""
    paged = []
    for position, item in enumerate(items):
        cut = None if item.pages else re.search(r"\(pages?\s+(\d{1,4})\s*[-–]?\s*$", item.title, re.I)
        if cut:
            first = int(cut.group(1))
            following = next((i.pages[0] for i in items[position + 1:] if i.pages and i.pages[0] > first), first + 1)
            item = replace(item, pages=(first, following - 1))
        if item.pages:
            paged.append(item)
    return paged


def _meeting_document(source: SourceText, lines: list[Line], meeting: Meeting) -> Document:
    """The agenda or minutes as a paper, with the actions of any action log printed in it."""
    title = f"{'Agenda' if meeting.kind == 'agenda' else 'Minutes'} - {meeting.body}, {meeting.date.day} {meeting.date:%B %Y}"
    inside = [line for line in lines if meeting.span.start <= line.start <= meeting.span.end]
    return Document(title, meeting.kind, meeting.span, people=[p for p in [meeting.chair] if p] + meeting.present,
                    actions=read_action_tables(source, inside))


def _inside(line_no: int, taken: list[tuple[int, int]]) -> bool:
    return any(a <= line_no <= b for a, b in taken)


def paper_starts(source: SourceText, lines: list[Line], meetings: list[Meeting], taken: list[tuple[int, int]]) -> list[int]:
    """Indexes into ``lines`` where a paper begins."""
    starts: set[int] = set()
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text or _inside(line.start, taken):
            continue
        if _COVER.search(text) and _cover_block(lines, index):
            starts.add(_cover_start(lines, index))
        elif _APPENDIX.match(text) and len(text) < 120 and _after_blank(lines, index):
            starts.add(index)
        elif _PLAN_TITLE.search(text) and _stand_alone_title(lines, index):
            starts.add(index)
        elif CONTACT.match(text.replace("**", "")) or _SIGN_OFF.match(text):
            following = _after_closing_block(lines, index)
            if following is not None and not _inside(lines[following].start, taken):
                starts.add(following)
    starts.update(_page_stamp_starts(source, lines, meetings, taken))
    starts.update(i for i in _companion_starts(lines) if not _inside(lines[i].start, taken))
    for _, region_end in [(0, 0), *taken]:
        first_free = next((i for i, l in enumerate(lines) if l.text.strip() and l.start > region_end
                           and not _inside(l.start, taken)), None)
        if first_free is not None:
            starts.add(first_free)
    return _drop_near_duplicates(lines, sorted(starts))


def _companion_starts(lines: list[Line]) -> list[int]:
    """The first stand-alone heading after a reference to a companion document that prints every
    word of the title the reference gives ("Why sign the Charter?" -> "Why sign the Disabled
    Children's Charter for Health and Wellbeing Boards?")."""
    found = []
    for index, line in enumerate(lines):
        reference = _COMPANION.search(line.text.replace("**", "").strip())
        if not reference:
            continue
        wanted = _words(reference.group("title"))
        heading = next((i for i in range(index + 1, min(len(lines), index + 200))
                        if _stand_alone_title(lines, i) and wanted <= _words(lines[i].text)), None)
        if wanted and heading is not None:
            found.append(heading)
    return found


def _after_blank(lines: list[Line], index: int) -> bool:
    return index == 0 or not lines[index - 1].text.strip()


def _cover_block(lines: list[Line], index: int) -> bool:
    """A report cover carries a Meeting and a Title field within a few lines."""
    window = [lines[i].text.strip() for i in range(index, min(len(lines), index + 14))]
    banner = _COVER.search(lines[index].text.strip()) and not re.search(r"Meeting", lines[index].text, re.I)
    return (banner or any(re.search(r"\bMeeting\b", t, re.I) for t in window)) and \
        any(re.search(r"\bTitle\s*:", t, re.I) or TITLE_FIELD.match(t) or re.fullmatch(r"(?:Report\s+)?Title", t, re.I)
            for t in window)


def _cover_start(lines: list[Line], index: int) -> int:
    """Start at the "REPORT TO" banner or the council's heading just above the Meeting field."""
    for back in range(index, max(-1, index - 5), -1):
        if re.search(r"\bREPORT\s+TO\b", lines[back].text):
            return back
    above = [i for i in range(max(0, index - 4), index) if lines[i].text.strip() and not re.fullmatch(r"[-–—\s]+", lines[i].text)]
    return above[-1] if above and lines[above[-1]].text.strip().isupper() else index


def _stand_alone_title(lines: list[Line], index: int) -> bool:
    """A short heading line of its own, set off by a blank line, that is not a table row or sentence."""
    text = lines[index].text.strip()
    words = [w for w in re.findall(r"[A-Za-z’']+", text) if len(w) > 3]
    capitalised = sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)
    set_off = _after_blank(lines, index) and (index + 1 >= len(lines) or not lines[index + 1].text.strip())
    return (len(text) <= 130 and "\t" not in lines[index].text and set_off and capitalised
            and text[:1].isupper() and not re.search(r"[.:;,]$", text) and not CONTACT.match(text))


def _after_closing_block(lines: list[Line], index: int) -> int | None:
    """The first line after a contact block or a signature. Telephone and e-mail lines are skipped;
    so are the name and job title lines under a bare "Contact Name:", and the signatories' short
    name/title/organisation lines under a letter's sign-off, up to a short line that heads a paragraph
    (the next paper's title)."""
    sign_off = bool(_SIGN_OFF.match(lines[index].text.strip()))
    contact = CONTACT.match(lines[index].text.replace("**", "").strip())
    rest = contact.group("rest").strip() if contact else ""
    titles_left = 0 if "," in rest else 1 if rest else 2
    position = index + 1
    while position < len(lines):
        text = lines[position].text.strip()
        if not text or CONTACT_DETAIL.search(text) or CONTACT.match(text):
            position += 1
            continue
        following = next((l.text for l in lines[position + 1:position + 3] if l.text.strip()), "")
        if re.search(r":\s*-?$", text) and CONTACT_DETAIL.search(following):
            position += 1            # "... can be found at:-" and the web address under it
            continue
        short = len(text.split()) <= 8 and not re.search(r"[.:;]$", text)
        if sign_off and short and not _heads_paragraph(lines, position):
            position += 1
            continue
        if not sign_off and short and (titles_left or position == index + 1):   # or the contact line wrapped
            titles_left = max(0, titles_left - 1)
            position += 1
            continue
        return position
    return None


def _heads_paragraph(lines: list[Line], index: int) -> bool:
    following = next((l.text for l in lines[index + 1:index + 6] if l.text.strip()), "")
    return len(following.split()) > 12


def _page_stamp_starts(source: SourceText, lines: list[Line], meetings: list[Meeting], taken) -> list[int]:
    """Where the pack prints "Page N" stamps, an item's pages "(Pages a - b)" start after stamp a-1."""
    stamps: dict[int, int] = {}
    for raw_no, raw in enumerate(source.raw_lines, start=1):
        match = _RAW_PAGE.match(raw)
        if match:
            stamps.setdefault(int(match.group(1)), raw_no)
    starts = []
    for item in (i for m in meetings if m.kind == "agenda" for i in m.items if i.pages):
        if item.pages[0] - 1 not in stamps:
            continue
        after = stamps[item.pages[0] - 1]
        index = next((i for i, l in enumerate(lines) if l.start > after and l.text.strip()), None)
        if index is not None and not _inside(lines[index].start, taken):
            starts.append(index)
    return starts


def _drop_near_duplicates(lines: list[Line], starts: list[int]) -> list[int]:
    """Two starts with fewer than three text lines between them mark one paper: keep the first."""
    kept: list[int] = []
    for start in starts:
        if kept and sum(1 for line in lines[kept[-1]:start] if line.text.strip()) < 3:
            continue
        kept.append(start)
    return kept


def _papers(source: SourceText, span_lines: list[Line]) -> list[Document]:
    """The paper cut from ``span_lines``, and each plan printed inside it as a paper of its own."""
    inner = [span_lines[start:end] for start, end in _embedded_plans(span_lines)]
    inside = {line.start for part in inner for line in part}
    outer = [line for line in span_lines if line.start not in inside]
    return [_paper(source, part, [l for l in part if l.text.strip()]) for part in [outer, *inner]]


def _embedded_plans(lines: list[Line]) -> list[tuple[int, int]]:
    """Index ranges of plans printed inside a plan: after one of the enclosing plan's priority
    headings, a stand-alone title naming a plan ("The Child Sexual Exploitation Strategy plan on a
    page") whose statements are numbered afresh from 1; it runs to the enclosing plan's next
    priority heading."""
    ranges: list[tuple[int, int]] = []
    headed = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        headed = headed or bool(PRIORITY_HEADING.match(text))
        if not (headed and _PLAN_KIND.search(text) and _stand_alone_title(lines, index)) or ranges and index < ranges[-1][1]:
            continue
        numbered = next((l.text.strip() for l in lines[index + 1:index + 12] if re.match(r"\d{1,3}\.\s", l.text.strip())), "")
        if numbered.startswith("1."):
            end = next((i for i in range(index + 1, len(lines)) if PRIORITY_HEADING.match(lines[i].text.strip())), len(lines))
            ranges.append((index, end))
    return ranges


def _paper(source: SourceText, span_lines: list[Line], body: list[Line]) -> Document:
    title = paper_title(body)
    opening = "\n".join(line.text for line in body[:25])
    is_cover = any(re.match(r"^(?:\d\.?\s*)?(?:Report\s+)?Title\s*:", line.text.replace("\t", " "), re.I) for line in body[:16])
    document = Document(title, paper_type(title, opening, is_cover), source.span(body[0].start, body[-1].end))
    if document.type == "letter":
        document.title = letter_title(body) or title
    document.author = paper_author(source, body)
    paras = paragraphs(span_lines)
    document.recommendations = scrutiny_responses(source, span_lines) or recommendations(source, paras)
    document.people, document.organisations = _mentions(source, paras)
    document.people += officers(source, span_lines, paras)
    period = _PERIOD.search(title)
    document.period = f"{period.group(1)}-{period.group(2)}" if period else None
    document.priorities, document.objectives, document.actions = parse_plan(source, span_lines)
    key = initials_key(source, paras)
    for action in (a for a in document.actions if key):
        action.leads = named_by_initials(action.leads, key, action.span)
    if document.actions and document.type in ("report", "other"):
        document.type = "action_plan"
    elif document.priorities and document.type in ("report", "other") and not is_cover:
        document.type = "strategy"
    return document


def _mentions(source: SourceText, paras: list[Line]):
    """People and organisations named in the paper's text (via the shared mention finders)."""
    try:
        from kg.loaders.mentions import find_organisations, find_people
    except ImportError:
        return [], []
    people, organisations = [], []
    for para in paras:
        if para.text.strip():
            span = source.span(para.start, para.end)
            people.extend(find_people(para.text, span))
            organisations.extend(find_organisations(para.text, span))
    return people, organisations


def _align_agenda_items(documents: list[Document], items: list[Item], total_lines: int) -> None:
    """Give each paper after the agenda the agenda item it was circulated under.

    Papers keep agenda order, so the assignment is monotone: a dynamic programme over (paper, item)
    pairs scores title similarity and how close the paper's place in the pack is to the item's pages,
    lets several papers share one item (appendices) and charges for items left without a paper."""
    papers = [d for d in documents if d.type != "agenda"]
    if not items or not papers:
        return
    last_page = max(i.pages[1] for i in items) or 1
    first_line = papers[0].span.start
    lines_span = max(1, total_lines - first_line)

    weights = _word_weights([i.title for i in items])

    def score(paper: Document, item: Item) -> float:
        similarity = _similarity(item.title, paper.title, weights)
        if paper.type == "minutes" and re.search(r"\bminutes\b", item.title, re.I):
            similarity = 1.0
        position = (paper.span.start - first_line) / lines_span
        pages = ((item.pages[0] - 1) / last_page, item.pages[1] / last_page)
        distance = 0 if pages[0] - 0.05 <= position <= pages[1] + 0.05 else min(abs(position - pages[0]), abs(position - pages[1]))
        return similarity - distance

    best: list[list[float]] = []
    back: list[list[int]] = []
    for p, paper in enumerate(papers):
        row, links = [], []
        for j, item in enumerate(items):
            if p == 0:
                row.append(score(paper, item) - _ALIGN_SKIP * j)
                links.append(-1)
                continue
            options = [(best[p - 1][k] - _ALIGN_SKIP * (j - k - 1 if k < j else 0), k) for k in range(j + 1)]
            value, link = max(options)
            row.append(value + score(paper, item))
            links.append(link)
        best.append(row)
        back.append(links)
    j = max(range(len(items)), key=lambda k: best[-1][k] - _ALIGN_SKIP * (len(items) - 1 - k))
    for p in range(len(papers) - 1, -1, -1):
        papers[p].agenda_item = items[j].number
        j = back[p][j] if p else j


def _words(text: str) -> set[str]:
    text = re.sub(r"\(pages?[^)]*\)|\(herewith\)", " ", text, flags=re.I).lower()
    return {w.rstrip("s") for w in re.findall(r"[a-z][a-z'’&]+", text) if w not in _STOPWORDS}


def _word_weights(titles: list[str]) -> dict[str, float]:
    """Words printed in many agenda titles ("children", "young") say little about which item a paper is."""
    counts: dict[str, int] = {}
    for title in titles:
        for word in _words(title):
            counts[word] = counts.get(word, 0) + 1
    return {word: 1 / count for word, count in counts.items()}


def _similarity(item_title: str, paper_title: str, weights: dict[str, float]) -> float:
    """Share of the item title's (weighted) words that the paper's title prints, fuzzily."""
    item_words, paper_words = _words(item_title), _words(paper_title)
    if not item_words:
        return 0.0
    total = sum(weights.get(w, 1) for w in item_words)
    shared = sum(weights.get(w, 1) for w in item_words
                 if any(fuzz.ratio(w, p) >= 85 for p in paper_words))
    return shared / total
