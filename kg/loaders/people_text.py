"""People, organisations and minute references as minutes print them.

Names come from explicit layouts only: attendance lists ("Present:- Councillor X (in the Chair);
A, B and C"), attendance tables ("Name - Capacity<TAB>Job title, Organisation"), presenter phrases
("Karen Etheridge, Assistant Director, and Dr. Alison Davies, Clinical Director, presented") and
agenda presenter lines ("- Sue Wilson to present"). Guessing names from any capitalised words would
fill the graph with "Looked After Children" and "Town Hall".
"""
from __future__ import annotations

import re

from kg.entities.names import name_initials
from kg.loaders import vocabulary
from kg.loaders.dates import parse_date
from kg.loaders.mentions import bare_post, ends_in_abbreviation, unlikely_given_name
from kg.loaders.normalize import upper_ratio
from kg.model import Line, MinuteReference, PersonMention, SourceText, Span

_TITLE = (r"(?:Councillors?|Cllrs?\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?|Sir|Dame|Rev\.?|Revd\.?|Alderman"
          r"|(?:Chief\s+|Ch\.?\s+)?(?:Superintendent|Supt\.?|Inspector|Insp\.?)|Sergeant|Sgt\.?)")   # police ranks too
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]*['’]?[^\W\d_]+(?:-[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_'’]+)?"     # "O'Neill", "Siân", "Llŷr"
_INITIALS = r"(?:[A-Z](?:\.\s?|\s)){1,3}"        # "G. A. Russell", "Mrs J Smith"
_PARTICLE = r"(?:ap|ab|van|von|de|da|di|du|le|la|der|den|bin|al)"   # "Dafydd ap Rhys", "Anna van Dijk"
_COURTESY = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"        # "Cllr Mrs J Smith": a courtesy title after the councillor's
PERSON = re.compile(rf"^(?:(?P<title>{_TITLE})\s+(?:{_COURTESY}\s+)?)?(?P<name>(?:{_INITIALS}\s*)?{_NAME_WORD}"
                    rf"(?:\s+(?:[A-Z]\.?(?=\s)|(?:{_PARTICLE}\s+)?{_NAME_WORD}|Mc{_NAME_WORD})){{0,3}})$")     # "Robert C Aldridge"
_PRESENT_VERB = re.compile(r"\b(?:presented|reported|gave (?:a |the )?(?:powerpoint |verbal )?(?:presentation|update)|"
                           r"gave an update|introduced|submitted|provided (?:a|an) (?:update|report|overview)|updated|"
                           r"advised|explained|outlined|informed|reminded|took (?:members|the \w+) through)\b", re.I)
# "The Chairperson welcomed Councillor X (Cabinet Member for ...), Y (Director of ...) and Z (...) to the meeting"
_WELCOMED = re.compile(r"\bwelcomed\s+(?P<guests>.+?)\s+to\s+the\s+meeting\b")
_ORG_SUFFIX = re.compile(
    r"\b((?:[A-Z][\w'’&.-]*\s+){0,7}?(?:NHS Foundation Trust|Foundation Trust|Trust|Borough Council|Council|Police|"
    r"Clinical Commissioning Group|Commissioning Group|Safeguarding Children Board|Board|Partnership|Consortium|"
    r"Service|Services|Team|Forum|Cabinet|Commission|University|College|Academy|Barnardo[’']s|MIND|YWCA)\b"
    r"(?:\s+\(([A-Za-z&]{2,10})\))?)")
_ACRONYM = re.compile(r"\b([A-Z][A-Za-z&]{1,8}[A-Z])\b")
_REFERENCE = re.compile(
    r"(?P<text>(?:further to|in accordance with|arising from|with regard to|see|considered in conjunction with|"
    r"\(|as reported at)?\s*minute\s+(?:no\.?\s*)?(?P<num>[A-Z]{0,3}\d{1,4}[a-z]?)(?:\s*\([^)]{1,60}\))?"
    r"(?:\s+of\s+(?:the\s+)?(?P<when>previous meeting|meeting held on\s+[^,.;)]+,?\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}))?"
    r"(?:\s+refers\))?)", re.I)


_MEMBER_KIND = re.compile(r"^(?:lay|independent|co-?opted)\s+member\s+(?=[A-Z])", re.I)


def without_member_kind(text: str) -> str:
    """"Lay Member Gwenllian Prys-Owen" -> the name: the kind of member printed before it is no part of it."""
    return _MEMBER_KIND.sub("", text)


def in_title_case(text: str) -> str:
    """Names and lists printed wholly in capitals ("COUNCILLORS L MARSH, A CORBETT AND U RAMAN") read as the
    mixed case the name patterns know; text in mixed case is returned as it is."""
    if upper_ratio(text) < 0.9 or len(re.findall(r"[A-Z]{2,}", text)) < 2:
        return text
    return re.sub(r"[A-Z][A-Z'’]+", lambda m: m.group(0).lower() if m.group(0) in _SMALL_CAPITALS
                  else m.group(0).capitalize(), text)


_SMALL_CAPITALS = {"AND", "OF", "THE", "FOR", "IN", "ON", "TO"}


def clean_person(text: str, span: Span, capacity: str, role: str | None = None,
                 organisation: str | None = None) -> PersonMention | None:
    """A PersonMention if ``text`` has the shape of a personal name, else None; initials declared
    in brackets ("Lorraine Dale (LD)") stay on the name for the resolver."""
    text = re.sub(r"\s+", " ", text).strip(" ,.;:–-")
    text = in_title_case(text)
    text = re.sub(r"^(?:the\s+)?(?:right\s+honourable|rt\.?\s+hon\.?)\s+", "", text, flags=re.I)   # an honorific
    text = re.sub(r"^County\s+(?=Councillor\b)", "", text)                  # "County Councillor X" sits on a council
    text = without_member_kind(text)
    bracket = re.search(r"\(([A-Z]{2,3})\)", text)
    text = re.sub(r"\s*\(.*?\)\s*", " ", text).strip()
    match = PERSON.match(text)
    if not match:
        return None
    name = match.group("name").strip()
    words = [w.lower() for w in name.split() if not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", w)]   # initials, dotted or not
    not_a_name = vocabulary.words("not_a_name")
    checked = words[:-1] if match.group("title") else words     # "Councillor Ian Ward", "Mrs Young": surnames
    if not words or any(w in not_a_name for w in checked) or (len(words) > 1 and unlikely_given_name(words[0])):
        return None
    title = match.group("title")
    if title and title.lower().startswith(("councillor", "cllr")):
        name = f"Councillor {name}"
    elif title and all(len(w.rstrip(".")) == 1 for w in name.split()[:-1]) and \
            not (len(name.split()) > 1 and title.rstrip(".").lower() in vocabulary.words("office_titles")):
        name = f"{title} {name}"                       # "Mrs Chambers", "Mrs J Smith": no given name printed
    elif len(name.split()) < 2:
        return None
    if bracket and bracket.group(1) in name_initials(name):
        name = f"{name} ({bracket.group(1)})"
    return PersonMention(name, span, role=role, organisation=organisation, capacity=capacity)


_CHAIR_MARK = re.compile(r"\((?:[^)]*\bin the )?(?:vice[- ])?chair(?:man|person|woman)?\)", re.I)


def name_list(text: str, span: Span, capacity: str) -> list[PersonMention]:
    """"Councillors Ahmed, Astbury and Reynolds", "Julie Mott, Susan Skalycz and Chrissy Wright",
    "Councillor Jane Smith (Chair) / Councillor Tom Brown": a bracketed "(Chair)" or "(Vice-Chair, in the
    Chair)" makes that person the chair ("(Vice-Chair)" alone does not)."""
    people: list[PersonMention] = []
    text = in_title_case(text)
    for group in re.split(r"\s+and\s+from\s+|;", text.strip(" .")):
        group = group.strip()
        plural = re.match(r"^(?:County\s+)?(?:Councillors|Cllrs)\s+", group)
        if plural:
            group = group[plural.end():]
        prefix = re.match(r"^(?:co-opted members?|from)\s+", group, re.I)
        if prefix:
            group = group[prefix.end():]
        for part in re.split(r",\s*(?![^()]*\))|\s+and\s+(?![^()]*\))|\s*/\s*", group):
            part = part.strip()
            later_plural = re.match(r"^(?:County\s+)?(?:Councillors|Cllrs)\s+", part)   # "X (Chair), Councillors A, B"
            if later_plural:
                plural, part = later_plural, part[later_plural.end():]
            if not part:
                continue
            chair = _CHAIR_MARK.search(part) and not re.search(r"\(vice[- ]chair(?:man|person)?\)", part, re.I)
            person = clean_person(f"Councillor {part}" if plural else part, span,
                                  "chair" if chair and capacity != "apologies" else capacity)   # an absent chair
            if person:
                people.append(person)
    return people


def attendance_table(lines: list[Line], start: int, end: int, source: SourceText):
    """Rows under "In attendance:"/"Present:" and "Apologies:": "Name - Capacity<TAB>Job title,
    Organisation", "Name   Role", or comma lists; the table ends at the first row with no name."""
    present: list[PersonMention] = []
    apologies: list[PersonMention] = []
    target = present
    index = start
    while index < end:
        text = lines[index].text
        index += 1
        if not text:
            continue
        while re.search(r"(?:,|\s+and)$", text) and index < end and lines[index].text:
            text, index = f"{text} {lines[index].text}", index + 1       # "Councillors A, B and" / "C": one list
        if re.match(r"^apologies(?: for absence)?\s*:?-?\s*$", text, re.I):
            target = apologies
            continue
        span = source.span(lines[index - 1].start, lines[index - 1].end)
        capacity = "apologies" if target is apologies else "present"
        found = attendance_row(text, span, capacity)
        if not found:
            if _row_follows(lines, index, end, source, capacity):
                continue  # a wrapped job title or a stray cell inside the table
            index -= 1
            break
        target.extend(found)
    return present, apologies, index


def _row_follows(lines: list[Line], index: int, end: int, source: SourceText, capacity: str) -> bool:
    """Does a name row come within the next two non-blank lines?"""
    ahead = [line for line in lines[index:min(end, index + 6)] if line.text][:2]
    return any(re.match(r"^apologies", line.text, re.I) or
               attendance_row(line.text, source.span(line.start, line.end), capacity) for line in ahead)


def attendance_row(text: str, span: Span, capacity: str) -> list[PersonMention]:
    """One row of an attendance table: the name (a "Name - Capacity" cell or a comma list), then a role cell."""
    cells = [c for c in re.split(r"\t|\s{2,}", text.strip()) if c]
    left = re.split(r"\s+[-–]\s+", cells[0], maxsplit=1)
    if "," in left[0] and len(cells) == 1:
        return name_list(cells[0], span, capacity)
    capacity_text = left[1] if len(left) > 1 else (cells[1] if len(cells) > 1 else "")
    role, organisation = _role_and_org(cells[1] if len(cells) > 1 else None)
    if re.match(r"^(?:chair(?:man|person|woman)?|convener)\b", capacity_text, re.I) or re.search(r"\((?:in the )?chair(?:man|person)?\)", left[0], re.I):
        capacity = "chair"                                  # "Name - Chair", "Councillor Jane Smith (Chair)"
    elif len(cells) == 1 and capacity_text:
        role = capacity_text.strip()                        # one cell: "Mary Roe – Head of Service / Social Care"
    person = clean_person(left[0], span, capacity, role, organisation)
    return [person] if person else []


def _role_and_org(job: str | None) -> tuple[str | None, str | None]:
    if not job:
        return None, None
    parts = [p.strip() for p in job.split(",")]
    organisation = next((p for p in reversed(parts[1:]) if _ORG_SUFFIX.search(p) or _ACRONYM.fullmatch(p)), None)
    return parts[0], organisation


def agenda_presenters(text: str, span: Span) -> list[PersonMention]:
    """"- Sue Wilson to present", "- Presentation by Catherine Homer, Public Health Specialist",
    "- Carole Haywood/Michael Holmes, Policy and Partnerships"; an officer named by post alone
    ("- Education Welfare Service Manager, School Effectiveness Service, to report") is kept by post."""
    text = re.sub(r"^[-–]\s*", "", text)
    text = re.sub(r"^(?:presentation by|presented by|presenters?\s*:)\s*", "", text, flags=re.I)
    text = re.sub(r"\s+to\s+(?:present|report)\b.*$", "", text, flags=re.I)
    head, _, role = text.partition(",")
    people = []
    for part in re.split(r"\s*/\s*|\s+and\s+", head):
        person = clean_person(part, span, "presenter", role.strip() or None)
        if person:
            people.append(person)
    post = None if people else bare_post(text.strip(" ."))
    return [PersonMention(post, span, role=post, capacity="presenter")] if post else people


def item_people(paragraphs: list[Line], source: SourceText) -> list[PersonMention]:
    """Presenters named before a presenting verb, with the job titles printed beside them."""
    people: list[PersonMention] = []
    for paragraph in paragraphs:
        for sentence in sentences(paragraph.text):
            welcomed = _WELCOMED.search(sentence)
            if welcomed:
                people.extend(_presenters_before(welcomed.group("guests"), source.span(paragraph.start, paragraph.end)))
            verb = _PRESENT_VERB.search(sentence)
            if not verb or verb.start() > 250:
                continue
            span = source.span(paragraph.start, paragraph.end)
            people.extend(_presenters_before(sentence[:verb.start()], span))
    return _unique(people)


def sentences(text: str) -> list[str]:
    """Sentences, not broken after "Dr." or an initial."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
        if out and ends_in_abbreviation(out[-1], len(out[-1])):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _presenters_before(text: str, span: Span) -> list[PersonMention]:
    """"Karen Etheridge, Assistant Director, and Dr. Alison Davies, Clinical Director," -> two people."""
    text = re.sub(r"^(?:.*?\b(?:meeting|minute no\.?\s*\d+[^,]*),\s*)", "", text.strip(), flags=re.I)
    text = re.sub(r"^\d{1,3}(?:\.\d{1,2}){0,2}\s+", "", text)          # the paragraph's own number
    people: list[PersonMention] = []
    chunks: list[str] = []
    for chunk in re.split(r"(?<=\)),\s+|,?\s+and\s+(?=(?:" + _TITLE + r"\s+)?[A-Z])(?![^()]*\))", text):
        if chunks and not _names_a_person(chunk, span):
            chunks[-1] = f"{chunks[-1]} and {chunk}"      # "Director of Education and Skills" is one post
        else:
            chunks.append(chunk)
    for chunk in chunks:
        bracket = re.match(r"^(?P<name>[^(]+?)\s*\((?P<role>[^)]{4,})\)\s*,?$", chunk.strip())
        name, _, role = (bracket.group("name"), "", bracket.group("role")) if bracket else chunk.partition(",")
        person = clean_person(name, span, "presenter", role.strip(" ,") or None)
        if person:
            people.append(person)
    return people


def _names_a_person(chunk: str, span: Span) -> bool:
    name = re.split(r"[,(]", chunk, maxsplit=1)[0]
    return clean_person(name, span, "presenter") is not None


def _unique(people: list[PersonMention]) -> list[PersonMention]:
    seen: set[str] = set()
    out = []
    for person in people:
        if person.name not in seen:
            seen.add(person.name)
            out.append(person)
    return out


def minute_references(paragraphs: list[Line], source: SourceText) -> list[MinuteReference]:
    refs: list[MinuteReference] = []
    for paragraph in paragraphs:
        for match in _REFERENCE.finditer(paragraph.text):
            when = match.group("when")
            day = parse_date(when) if when else None
            refs.append(MinuteReference(match.group("text").strip(" (").strip(), match.group("num"),
                                        source.span(paragraph.start, paragraph.end), day))
    return refs
