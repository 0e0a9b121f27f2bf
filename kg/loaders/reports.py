"""What an attached paper says about itself: title, type, author and recommendations.

Council officer reports print a cover ("1. Meeting:", "2. Date:", "3. Title:"), a
"Recommendations" section of numbered or bulleted clauses, and a closing contact block
("Contact Name: Jenny Lingrell" with the job title on the same or the next line). Other papers
(letters, presentations, plans) are told apart by their opening lines.
"""
from __future__ import annotations

import re

from kg.loaders.people_text import clean_person
from kg.model import Line, PersonMention, Recommendation, SourceText

TITLE_FIELD = re.compile(r"^(?:\d\.?\s*)?(?:Report\s+)?Title\s*:?\s+(?P<title>\S.+)$", re.I)
CONTACT = re.compile(r"^(?:contact(?:\s+name|\s+officer)?|report\s+author|name\s+and\s+job\s+title|"
                     r"accountable\s+officer\(?s?\)?|lead\s+officer)\s*(?:[:\-–]|\t)\s*(?P<rest>.*)$", re.I)
CONTACT_DETAIL = re.compile(r"@[\w.-]+\.\w|^tel(?:ephone)?\.?\s*(?:no\.?)?\s*:?\s*[\d(+]|^e-?mail\s*:|^ext(?:ension)?\.?\s*\d|"
                            r"^(?:\+?\d[\d ()-]{7,})$|^(?:direct line|mobile|phone)\b|https?://|^www\.", re.I)
_RECOMMENDATIONS = re.compile(r"^(?:\d{1,2}\.?\s*)?(?:recommendations?|recommended)\s*:?-?\s*(?P<rest>.*)$", re.I)
_QUOTED = re.compile(r"^[*_\s]*[“\"‘].*[”\"’][*_\s.]*$")     # a clause wholly in quotation marks is cited, not proposed
_SECTION_HEADING = re.compile(r"^(?:\d{1,2}\.\s+)?[A-Z][A-Za-z ,&/()'’-]{2,70}:?-?$")
_ITEM_START = re.compile(r"^(?:[-•▪*]\s*|\(?[a-z]{1,4}\)\s+|\(?\d{1,2}(?:\.\d{1,2})?[.)]?\s+)(?=\S)", re.I)
_BANNER = re.compile(r"\bREPORT\s+TO\b|^DRAFT$|^[-–—=_\s]+$|^Page\s+\d+\s*$", re.I)
_TYPES = [
    ("minutes", re.compile(r"\bminutes\b", re.I)),
    ("action_plan", re.compile(r"\baction plan\b|\bdelivery plan\b|\bimprovement plan\b", re.I)),
    ("performance_report", re.compile(r"\bperformance\b|\bscorecard\b|\bdashboard\b|\bprogress report\b", re.I)),
    ("strategy", re.compile(r"\bstrategy\b|\bcharter\b|\bplan on a page\b|\bplan\b|\bframework\b", re.I)),
    ("presentation", re.compile(r"\bpresentation\b|\bslides?\b", re.I)),
]


def paper_title(body: list[Line]) -> str:
    """The "Title:" field of a report cover, else the paper's first heading (a wrapped heading joined)."""
    for position, line in enumerate(body[:16]):
        field = TITLE_FIELD.match(_plain(line.text))
        if field:
            return field.group("title").strip()
        if re.fullmatch(r"(?:report\s+)?title", _plain(line.text), re.I):
            return _label_value(body[position + 1:position + 5])
    heading = [line for line in body[:8] if not _BANNER.search(_plain(line.text)) and len(_plain(line.text)) > 3]
    if not heading:
        return _plain(body[0].text)[:200]
    first = _plain(heading[0].text)
    if len(heading) > 1:
        second = _plain(heading[1].text)
        wrapped = not re.search(r"[.:;?!]$", first) and len(first) < 100 and len(second) < 100 and not CONTACT_DETAIL.search(second) \
            and (second[:1].islower() or (second.isupper() and first.isupper()))
        if wrapped:
            first = f"{first} {second}"
    return first[:200]


def letter_title(body: list[Line]) -> str | None:
    """"Letter from <sender> to <addressee>": the letter's first line and its salutation."""
    salutation = next((re.match(r"^dear\s+(.+?)[,:]?$", _plain(l.text), re.I) for l in body[:30]
                       if re.match(r"^dear\s", _plain(l.text), re.I)), None)
    if salutation is None:
        return None
    sender = _plain(body[0].text).rstrip(",")
    return f"Letter from {sender} to {salutation.group(1)}" if not re.match(r"^dear\s", sender, re.I) \
        else f"Letter to {salutation.group(1)}"


def _label_value(following: list[Line]) -> str:
    """The lines under a label printed on its own line, up to the first blank (original) line."""
    parts = [following[0]]
    for line in following[1:]:
        if line.start > parts[-1].end + 1:
            break
        parts.append(line)
    return " ".join(_plain(l.text) for l in parts).rstrip(" –-")


def paper_type(title: str, opening: str, is_cover: bool) -> str:
    """Minutes, letter, plan, strategy, performance report or presentation from the title and opening lines."""
    if re.search(r"^\s*dear\b", opening, re.I | re.M):
        return "letter"
    for name, pattern in _TYPES:
        if pattern.search(title):
            return name
    if re.search(r"\bpresentation\b", opening[:600], re.I):
        return "presentation"
    return "report" if is_cover or re.search(r"\brecommendations?\b", opening, re.I) else "other"


def paper_author(source: SourceText, body: list[Line]) -> PersonMention | None:
    """The report's contact or author, with the job title printed beside or under the name
    ("Contact Name: Jenny Lingrell" / "Troubled Families Coordinator"; a bare "Contact Name :" with
    the name and the job title on the lines below)."""
    for position, line in enumerate(body):
        match = CONTACT.match(_plain(line.text))
        if not match:
            continue
        below = [l for l in body[position + 1:position + 4] if l.text.strip()][:2]
        rest, name_line = match.group("rest"), line
        if not rest.strip() and below:
            name_line = below.pop(0)
            rest = _plain(name_line.text)
        rest = re.split(r",?\s*(?:tel(?:ephone)?\.?|e-?mail|ext\.?)\s*[:.]?\s*[\d\w]", rest, flags=re.I)[0]
        name, _, role = rest.partition(",")
        following = below[0] if below else None
        if not role.strip() and following is not None and not CONTACT_DETAIL.search(following.text) \
                and len(following.text.split()) <= 10 and not CONTACT.match(_plain(following.text)):
            role = _plain(following.text)
        role = re.split(r",\s*(?:\+?\d|[\w.-]+@)", role)[0].strip(" ,")
        person = clean_person(name, source.span(line.start, name_line.end), "author", role or None)
        if person:
            return person
    return None


def recommendations(source: SourceText, paras: list[Line]) -> list[Recommendation]:
    """Each numbered or bulleted clause under a "Recommendation(s)" heading, as printed.

    The section ends at the report's next numbered section heading ("7. Proposals and Details"), at a
    title-like heading or at the contact block. A label with its text on the same line
    ("Recommendation: The Department ...") is one recommendation; when it ends with a colon, the
    bulleted points under it are its parts. A recommendation in quotation marks is another body's,
    cited (a review's "Recommendation No 3:" and its wording): it and the lines after it are not the
    paper's own."""
    out: list[Recommendation] = []
    mode = None          # "section" | "points" | None
    section_start = 0
    for para in paras:
        text = _plain(para.text)
        heading = _RECOMMENDATIONS.match(text)
        if heading and not re.match(r"recommended that|recommendations? (?:of|from|made)", text, re.I):
            rest = heading.group("rest").strip(" :-–")
            if not rest or len(text) < 40 and not rest.endswith("."):
                mode, section_start = "section", para.start
                continue
            if not _QUOTED.match(rest):
                out.extend(_clauses(source, para, rest))
            mode = "points" if text.endswith(":") and not _QUOTED.match(rest) else None
            continue
        if mode is None or not text:
            continue
        if _QUOTED.match(text):
            mode = None
            continue
        if mode == "section" and text.endswith(":") and (not out or out[-1].span.start < section_start):
            continue         # the lead-in: "That the Partnership:"
        if CONTACT.match(text) or _SECTION_HEADING.match(text) or (mode == "points" and not _ITEM_START.match(text)):
            mode = None
            continue
        out.extend(_clauses(source, para, text))
    return out


def scrutiny_responses(source: SourceText, lines: list[Line]) -> list[Recommendation]:
    """Rows of a response schedule ("Recommendation | Decision | Response | Officer | By"), printed
    one cell per paragraph: each numbered recommendation with the paragraphs after it as the response.
    The recommendation runs on while its text is unfinished (ends in ":" or ";", or the next paragraph
    is a bullet or starts in lower case); the officer's name and a date closing the row are left out."""
    header = next((i for i, line in enumerate(lines) if _is_response_header(lines, i)), None)
    if header is None:
        return []
    rows: list[list[list[Line]]] = []
    expected = 1
    for block in _paragraph_blocks(lines[header:], expected):
        number = re.match(r"^(\d{1,2})\.\s+\S", _plain(block[0].text))
        if number and int(number.group(1)) == expected:
            rows.append([block])
            expected += 1
        elif rows:
            rows[-1].append(block)
    return [_response_row(source, row) for row in rows]


def _is_response_header(lines: list[Line], index: int) -> bool:
    """"Recommendation" as a column header, with a "... Response" column header before the first row."""
    if not re.fullmatch(r"recommendations?(?:\s+\w+)?", _plain(lines[index].text), re.I):
        return False
    for line in lines[index + 1:index + 14]:
        text = _plain(line.text)
        if re.match(r"^\d{1,2}\.\s", text):
            return False
        if re.search(r"\bresponse\b", text, re.I) and len(text.split()) <= 4:
            return True
    return False


def _paragraph_blocks(lines: list[Line], first_number: int) -> list[list[Line]]:
    """Blank-separated paragraphs; the next row's number also starts one, even with no blank line before it."""
    blocks: list[list[Line]] = []
    expected = first_number
    for line in lines:
        if not line.text.strip():
            continue
        numbered = re.match(r"^(\d{1,2})\.\s+\S", _plain(line.text))
        starts_row = numbered is not None and int(numbered.group(1)) == expected
        if not blocks or line.start > blocks[-1][-1].end + 1 or starts_row:
            blocks.append([])
        expected += starts_row
        blocks[-1].append(line)
    return blocks


def _response_row(source: SourceText, row: list[list[Line]]) -> Recommendation:
    text_of = lambda block: " ".join(_plain(l.text) for l in block)
    recommendation = [row[0]]
    rest = row[1:]
    while rest and (re.search(r"(?:[:;,]|\band|\bor)$", text_of(recommendation[-1])) or re.match(r"^[\W\d]*[a-z]|^[-•▪*\ue000-\uf8ff]", text_of(rest[0]))):
        recommendation.append(rest.pop(0))
    while rest and (len(text_of(rest[-1]).split()) <= 3 and not re.search(r"[.;]$", text_of(rest[-1]))):
        rest.pop()              # the officer responsible and the date
    text = re.sub(r"^\d{1,2}\.\s+", "", " ".join(text_of(b) for b in recommendation))
    last = (rest or recommendation)[-1][-1]
    response = " ".join(text_of(b) for b in rest) or None
    return Recommendation(text, source.span(row[0][0].start, last.end), response)


def _clauses(source: SourceText, para: Line, text: str) -> list[Recommendation]:
    """Split "(i) ... (ii) ..." printed in one paragraph; keep each clause's own number."""
    text = re.sub(r"^[-•▪*]\s*", "", text)
    parts = re.split(r"\s+(?=\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s)", text)
    return [Recommendation(part.strip(), source.span(para.start, para.end)) for part in parts if len(part.strip()) > 8]


def _plain(text: str) -> str:
    """Text without markdown emphasis, tabs or doubled spaces."""
    return " ".join(text.replace("**", " ").replace("\t", " ").split())
