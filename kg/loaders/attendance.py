"""Who attended: the attendance block of a set of minutes, in the layouts councils print it.

Attendance is a run of labelled blocks before the first item ("Present:", "Members present:",
"Also present:", "Attending:", "Officers in attendance (...):", "Co-opted Members:", "Apologies:",
"Chair: X", "Chairman:" over a name) or, on ModernGov pages, an "Attendance details" block after
the last item. A block is either a list ("Councillor X (Chair); Councillors A, B and C", "K Sinclair
(Clerk); E Mulholland, Executive Director ...", "Town Clerk – Rebecca Moorhouse") or a table, one row
per person, the name in the first column and a job title, a category or a tick after it (the
spacing of the text as printed tells the columns). In a table whose legend says "*Present", an
unstarred name was absent. "(Chair)", "(Chairperson)", "(Convener)", "in the Chair" or a "Chair:"
label name the chair.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.loaders.normalize import paragraphs
from kg.loaders.people_text import attendance_row, clean_person, in_title_case, without_member_kind
from kg.loaders.vocabulary import words
from kg.model import Line, PersonMention, SourceText, Span

_KNOWN_LABEL = re.compile(r"^(?P<label>(?:members\s+)?present|sederunt|also\s+present|also\s+in\s+attendance|in\s+attendance|"
                          r"attending|apolog(?:y|ies)(?:\s+for\s+absence)?|attendance\s+details|in\s+the\s+chair(?=\s*:))\b(?P<rest>.*)$",
                          re.I)
_COLON_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w'’()\- ]{1,70}?)\s*:\s*-?\s*(?P<rest>.*)$")
# labels of what is not attendance, and of those at a hearing who are not its members ("Parties:", "Objectors:")
# a Scottish minute's opening paragraph runs the title into the attendance: "GLENARDEN, 25 November 2025. Minute of
# Meeting of the X COMMITTEE. Present:- Councillor ..."
_LABEL_IN_SENTENCE = re.compile(r"\.\s+(?P<label>(?:present|sederunt)\s*:-?\s)", re.I)
_STOP_LABEL = re.compile(r"^(?:venue|contact|date|time|place|items?|minutes|declarations?|declaration of|note|"
                         r"decision|resolved|agreed|parties|applicants?|objectors?|witnesses|interested\s+part(?:y|ies)|"
                         r"(?:members\s+of\s+the\s+)?public)\b", re.I)
_CHAIR_MARK = re.compile(r"\((?:[^)]*\bin the\s+|[^)]*\band\s+|[^)]*,\s*)?(?:chair|chairman|chairperson|chairwoman|convener|convenor|"
                         r"presiding\s+member)"
                         r"(?:\s+of\s+the\s+(?:council|committee|board|panel|authority))?\)|"
                         r",\s*(?:chair|chairman|chairperson|chairwoman|convener|convenor)\b(?=\s*(?:\(|$))|"
                         r"\bin\s+the\s+chair\b", re.I)
# a post printed after the name it belongs to, with its holder's organisation in brackets
_POST_AFTER_NAME = re.compile(r"^(?P<vice>vice[- ]?)?(?:chair|chairman|chairperson|chairwoman|convener|convenor)"
                              r"(?:\s*\((?P<of>[^)]+)\))?$", re.I)
_PRESIDING_POST = re.compile(r"(?:the\s+)?(?:lord\s+provost|provost|lord\s+mayor|mayor|civic\s+head)", re.I)
_CHAIR_POST = re.compile(r"(?:independent\s+)?(?:chair(?:man|person|woman)?|convener|convenor)", re.I)  # a board's own chair
_VICE = re.compile(r"\bvice[- ]?(?:chair|convener)", re.I)
_PLURAL = re.compile(r"\b(?:County\s+)?(?:Councillors|Cllrs)\b[;:,]?\s*")
_PLURAL_TITLE = re.compile(r"\b(?:County\s+)?(?P<title>Councillors|Cllrs|Aldermen)\b[;:,]?\s*")
_SINGULAR = {"aldermen": "Alderman"}        # the title each surname after a plural takes; else "Councillor"
_TICK_PRESENT = re.compile(r"^(?:✓|✔|y|yes|p|present|x)$", re.I)
_TICK_ABSENT = re.compile(r"^(?:✗|✘|n|no|a|apologies|absent)$", re.I)
_STAR_LEGEND = re.compile(r"^\s*\(?\s*(?:\*\s*(?:=\s*|denotes\s+)?present|present\s*=\s*\*)\s*\)?\s*$", re.I)  # "(Present = *)"
# a legend of attendance codes over a grid ("P= Present  A= Apologies  DNA=Did not attend  D/R=Deputise")
_LEGEND_PAIR = re.compile(r"(?P<code>[A-Z][A-Za-z/]{0,3})\s*=\s*(?P<meaning>[A-Za-z][A-Za-z/ -]*?)\s*(?=[A-Z][A-Za-z/]{0,3}\s*=|$)")
_LEGEND_LINE = re.compile(r"(?P<code>[A-Z][A-Za-z/]{0,3})\s*[:=]\s*(?P<meaning>[A-Za-z][A-Za-z ,/-]*)")   # "P: Present"
_LEADING_CODE = re.compile(r"^(?P<code>[A-Z][A-Za-z/]{0,3})\s+(?P<rest>[A-Z].*)$")
_ABSENT_MEANING = re.compile(r"\b(?:did\s+not|not\s+present|absent|non[- ]?attend)", re.I)
_PRESENT_MEANING = re.compile(r"\b(?:present|attend|deput|represent|substitut|remote|virtual)", re.I)
_PRESENCE_MARK = re.compile(r"^\s*(?:\*|r(?=\s+[A-Z]))\s*")          # "* Councillor A", "r Councillor B" (remote)
# "Present: Councillor Okafor (Chair), Brennan, Dalgleish": surnames after one titled name are councillors too
_BARE_SURNAME = re.compile(r"^(?:Mc|O['’])?[A-Z][a-zA-Z'’-]+(?:\s*\([^)]*\))?$")
_CHAIR_CELL = re.compile(r"^(?:chair|chairman|chairperson|convener)\s*(?:$|(?:,|\s[–-])\s*(?P<role>.+)|\((?P<post>[^)]+)\)$)", re.I)
# a post printed with the name of its holder: "Chairman Cllr Pell", "The Mayor (Alderman K Ferris)"
_POST = r"(?:the\s+)?(?:(?:town|city|lord)\s+)?(?:vice[- ]|deputy\s+)?(?:chair(?:man|person|woman)?|convener|mayor|provost)" \
    r"(?:\s+of\s+the\s+council)?"                       # "The Chairman of the Council (Councillor X) in the Chair"
_POST_FIRST = re.compile(rf"^(?P<post>{_POST})\s+"
                         r"(?=(?:cllr|councillor|mr|mrs|ms|miss|dr)\b|(?-i:[A-Z][a-z'’-]+\s+[A-Z]))", re.I)   # "Mayor Jo Kerr"
_SUB_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*:\s*(?P<rest>\S.*)$")
_STATUS = re.compile(r"\s+[-–]\s+(present|attended|apologies|sent apologies|absent)\s*$", re.I)
_PART_MARK = re.compile(r"^part\s+(?:one|two|[ab12]|i{1,2})\b", re.I)
_CELLS = re.compile(r"\t+|\s{2,}")
_INITIALS = re.compile(r"\(?[A-Z]{2,4}\)?")
_INITIALS_AFTER = re.compile(r"\s*\([A-Z]{2,4}\)$")       # "Helen Strickland (HS)"
_ABSENT_COLUMN = re.compile(r"apols?\.?|apologies|absent", re.I)
_HEADER_CELLS = 5          # column names over a flattened table of members
_ROW_CELLS = 4             # a member's cells after the name: initials, post, organisation, a mark
_ROW_CELL_WORDS = 10       # a longer line is the minutes' text, not a cell
# "Councillor P BreslinCouncillor A Cunningham": two cells of a row run together, a member's title glued to the name
# before it
_GLUED_TITLE = re.compile(r"(?<=[a-z’'])(?=(?:Councillor|Cllr|Alderman)\s)")
_OUTER_COMMA = re.compile(r",(?![^()]*\))|\s[–-]\s")     # "Kim Lowe (Board representative, non-voting)" is one part
_NAME_COLUMNS = {"name", "member", "members", "attendee", "attendees", "councillor", "councillors", "governor",
                 "governors", "director", "directors", "trustee", "trustees"}
_ATTENDED_COLUMNS = {"attendance", "attended", "present", "status"}
_ROLE_COLUMNS = {"role", "organisation", "organization", "representing", "category", "council", "post"}
# "Cllr M Grimes for Cllr B Hollis": the substitute attended, not the member named after
_UNCLOSED_NOTE = re.compile(r"\s*\((?:as\s+)?(?:substitute|substituting|deputising|in\s+place)\b[^)]*$", re.I)   # wrapped in a cell
_SUBSTITUTING = re.compile(r"\s+(?:for|substituting(?:\s+for)?|in\s+place\s+of)\s+(?:Cllr\.?|Councillor)\s[^()]*$", re.I)
# a table of members run into lines ("Councillor Mrs A Carrow Deputy Leader; Resources", "Mr K Jessop JP Magistrate
# Member"): a title, initials and one surname, then the role column; initials mark where the name ends
_NAME_THEN_ROLE = re.compile(r"(?P<name>(?:Councillor|Cllr\.?|Alderman|Mr|Mrs|Ms|Miss|Dr)\s+(?:(?:Mrs|Mr|Ms|Miss|Dr)\s+)?"
                             r"(?:[A-Z]\.?\s+){1,3}(?:Mc|O['’])?[A-Z][a-zA-Z'’-]+)"
                             r"\s+(?P<role>(?!(?:Councillors?|Cllrs?|Alderman|Mr|Mrs|Ms|Miss|Dr)\b)[A-Z].*)")
_POST_THEN_HOLDER = re.compile(r"(?P<post>[^()]{3,120}?)\s*\((?P<name>[^()]{3,60})\)")
# a post printed before its holder's initials and surname ("Clerk to the Authority R Bainbridge")
_POST_THEN_INITIALS = re.compile(r"(?P<post>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|to|the|and|for))*?)\s+"
                                 r"(?P<name>(?:[A-Z]\.?\s+){1,3}(?:Mc|O['’])?[A-Z][a-zA-Z'’-]+)")
_ROLE_NAME = re.compile(r"^(?P<role>[^–-]{3,60}?)\s+[–-]\s+(?P<name>.+)$")


@dataclass
class Attendance:
    chair: PersonMention | None = None
    present: list[PersonMention] = field(default_factory=list)
    apologies: list[PersonMention] = field(default_factory=list)

    def add(self, person: PersonMention) -> None:
        if person.capacity == "chair":
            self.chair = self.chair or person
            self.present.append(person)
        elif person.capacity == "apologies":
            self.apologies.append(person)
        else:
            self.present.append(person)


def read_attendance(source: SourceText, lines: list[Line], start: int, end: int,
                    category: str | None = None) -> Attendance:
    """The attendance printed between line indexes ``start`` and ``end`` (the first item); ``category``: what
    the lines are before any label (``"present"`` under an item titled "Present")."""
    found = Attendance()
    raw = source.raw_lines
    lines = _colon_column_labels(lines, start, end)
    starred = any(_STAR_LEGEND.match(raw[line.start - 1]) for line in lines[start:end] if line.start == line.end)
    codes = attendance_codes(lines[start:end])
    block: list[Line] = []
    label_goes_on = -1
    surnames = False          # the block is a grid of surnames under a "Councillors:" label

    def flush() -> None:
        if category and block:
            for person in _block_people(source, block, category, starred, surnames, codes):
                found.add(person)
        block.clear()

    for position in range(start, end):
        line = lines[position]
        text = line.text.strip()
        if not text:
            continue
        if _GLUED_TITLE.search(text):
            text = _GLUED_TITLE.sub(", ", text)
            line = Line(text, line.start, line.end, line.page)
        opened = _LABEL_IN_SENTENCE.search(text)     # "... COMMITTEE. Present:- Councillor X, Convener; ..."
        if opened and category is None:
            text = text[opened.start("label"):]
            line = Line(text, line.start, line.end, line.page)
        cells = _CELLS.split(_row_text(source, line))       # "Religious Representatives:  Rev. X": a label, then spacing
        if position == label_goes_on:          # the label's second word's row: its names go on the block
            block.append(Line(" ".join(cells[1:]), line.start, line.end, line.page))
            continue
        if wrapped := _wrapped_label(source, lines, position, end, cells):   # "Also" / "Present:" down a label column
            text, label_goes_on = f"{wrapped}: " + " ".join(cells[1:]), position + 1
            cells = [text]
        if len(cells) > 1 and len(set(cells)) == 1:         # a heading cell spanning the table's columns, repeated in each
            text, cells = cells[0], cells[:1]
        if is_attendance_header(cells) or codes and len(cells) >= 3 and set(cells[1:]) <= set(codes):
            flush()                 # "Name | Council | Attendance", "Board Member | P | A | DNA": a member a row below
            category = "present"
            continue
        if codes and _is_legend(text):
            continue
        coded = _LEADING_CODE.match(text) if codes else None
        if coded and coded.group("code") in codes:     # "P  Gwendolyn Prothero (Chairman)", "A  Rhoda Fennimore"
            flush()
            capacity = codes[coded.group("code")]
            person = _person(coded.group("rest"), source.span(line.start, line.end), capacity) if capacity else None
            if person:
                found.add(person)
            continue
        label = _label(text) if len(cells) < 2 or _KNOWN_LABEL.match(text) or cells[0].endswith(":") else None
        if label and not label[1] and block and "(" not in text and _one_holders_post(text) \
                and _bare_name(block[-1].text):
            label = None                    # "Helen Crossland" / "Director of Public Health": her post, not a label
        sub = _SUB_LABEL.match(text) if label is None and category in ("present", "chair") else None
        if sub and _STOP_LABEL.match(sub.group("label")):
            flush()                         # "Parties: Mr X (applicant)": not the body's members
            category = None
            continue
        if sub and _people_in(sub.group("rest").split(",")[0]):
            flush()                         # "Head teachers: A (Chair), B", "Governors: C" under "Members present"
            category = "present"
            block.append(Line(sub.group("rest"), line.start, line.end, line.page))
            continue
        if label is None and category and _heads_a_group(text):
            flush()                         # "Policy Support:" over names: more of those present, in a group of their own
            continue
        if label is not None:
            flush()
            name, rest = label
            if _STOP_LABEL.match(name):
                category = None
                continue
            category = _category(name)
            surnames = bool(_PLURAL.fullmatch(name.strip() + " "))   # "Councillors:" over surnames, on or below its line
            if rest:
                block.append(Line(f"Councillors {rest}" if surnames else rest, line.start, line.end, line.page))
                surnames = False
            continue
        if _PART_MARK.match(text):          # "PART ONE", "Part A": the business starts
            flush()
            category = None
        elif category:
            block.append(line)
    flush()
    return found


def _heads_a_group(text: str) -> bool:
    """A short line ending in a colon that names no one ("Policy Support:", "Advisers:"): a group's heading."""
    return text.endswith(":") and len(text.split()) <= 4 and not _people_in(text[:-1]) and not _STOP_LABEL.match(text)


def _colon_column_labels(lines: list[Line], start: int, end: int) -> list[Line]:
    """A table of label, colon and value cells read one cell a line ("Committee" / "Members Present" / ":" / "Aldermen
    – A and B"): each label rejoined with its colon ("Committee Members Present:"), at the label's first line."""
    out = list(lines)
    for position in range(start, end):
        if lines[position].text.strip() not in (":", ":-"):
            continue
        above = [i for i in range(position - 1, max(start, position - 3) - 1, -1) if out[i].text.strip()][:2]
        if not above or not _label_cell(out[above[0]].text):
            continue
        first = above[1] if len(above) > 1 and len(out[above[1]].text.split()) <= 2 and \
            _label_cell(out[above[1]].text) else above[0]
        label = " ".join(out[i].text.strip() for i in range(first, position) if out[i].text.strip())
        out[first] = Line(f"{label}:", out[first].start, lines[position].end, out[first].page)
        for i in range(first + 1, position + 1):
            out[i] = Line("", lines[i].start, lines[i].end, lines[i].page)
    return out


def _label_cell(text: str) -> bool:
    """A short cell of words that is no person and no list ("In the Chair", "Non-Committee")."""
    text = text.strip()
    return 0 < len(text.split()) <= 4 and not re.search(r"[\d,;:.]|\sand\s", text) and text[0].isupper() \
        and not _people_in(text)


def _wrapped_label(source: SourceText, lines: list[Line], position: int, end: int, cells: list[str]) -> str | None:
    """A label column's first words ("Also", "District Councillors") whose label goes on in the next row's first
    cell ("Present:", "(non-voting):"): the whole label."""
    if len(cells) < 2 or len(cells[0].split()) > 3 or cells[0].endswith(":") or position + 1 >= end:
        return None
    below = _CELLS.split(_row_text(source, lines[position + 1]))
    label = f"{cells[0]} {below[0].rstrip(':')}"
    known = _KNOWN_LABEL.match(label)
    return label if len(below) > 1 and below[0].endswith(":") and len(label.split()) <= 8 and \
        (known and not known.group("rest") or not known and _label_words(label)) else None


def is_attendance_header(cells: list[str]) -> bool:
    """The header row of an attendance table: a column of names and a column saying who attended, or what each
    represents (a table of members above the business lists those present)."""
    lowered = [cell.strip().lower() for cell in cells]
    return len(lowered) >= 2 and lowered[0] in _NAME_COLUMNS and any(cell in _ATTENDED_COLUMNS | _ROLE_COLUMNS
                                                                     for cell in lowered[1:])


def attendance_codes(lines: list[Line]) -> dict[str, str | None]:
    """A legend's codes and what each says of the member marked with it ("present", "apologies", or None for
    absent): a line of two codes or more and nothing else ("P= Present  A= Apologies"), or a code a line ("P: Present"
    over "A: Apologies for absence submitted")."""
    for line in lines:
        pairs = list(_LEGEND_PAIR.finditer(line.text.strip()))
        if len(pairs) >= 2 and "".join(p.group(0) for p in pairs).replace(" ", "") == line.text.strip().replace(" ", ""):
            codes = _meanings(pairs)
            if len(codes) >= 2:
                return codes
    codes = _meanings([pair for line in lines if (pair := _LEGEND_LINE.fullmatch(line.text.strip()))])
    return codes if len(codes) >= 2 else {}


def _is_legend(text: str) -> bool:
    return bool(_LEGEND_LINE.fullmatch(text.strip())) or len(_LEGEND_PAIR.findall(text.strip())) >= 2


def _meanings(pairs: list[re.Match[str]]) -> dict[str, str | None]:
    codes: dict[str, str | None] = {}
    for pair in pairs:
        meaning = pair.group("meaning")
        if "apolog" in meaning.lower():
            codes[pair.group("code")] = "apologies"
        elif _ABSENT_MEANING.search(meaning):
            codes[pair.group("code")] = None
        elif _PRESENT_MEANING.search(meaning):
            codes[pair.group("code")] = "present"
    return codes


def is_attendance_label(text: str) -> bool:
    """Does the line head an attendance block ("Present", "Also present", "Church Representatives")?"""
    return _label(text) is not None


def chair_in(text: str, span: Span) -> PersonMention | None:
    """The person a membership or attendance line marks as chair ("Membership: County Councillors X (Chair), Y")."""
    label = _label(text)
    people = _list_people(label[1] if label else text, span, "present")
    return next((p for p in people if p.capacity == "chair"), None)


_PRESIDING_NOTE = re.compile(r"^\((?P<who>[^()]{3,80}?),?\s+in\s+the\s+chair\)$|^(?P<named>(?-i:[A-Z])[^()]{3,60}?)\s+in\s+the\s+chair\.?$"
                             r"|^(?P<presiding>(?-i:[A-Z])[^()]{3,60}?),?\s+presid(?:ing|ed)\.?$",
                             re.I)     # "(Councillor X, in the Chair)", "Mr L MacAskill in the Chair", "Provost X, presiding"


def presiding_note(source: SourceText, lines: list[Line], start: int, end: int) -> PersonMention | None:
    """The first "(Councillor X in the Chair)" or "Mr X in the Chair" printed on a line of its own: who presided,
    for minutes whose attendance names no chair."""
    for line in lines[start:end]:
        note = _PRESIDING_NOTE.match(line.text.strip())
        who = (note.group("who") or note.group("named") or note.group("presiding")) if note else None
        person = _person(who.split(",")[0], source.span(line.start, line.end), "chair") if who else None
        if person:
            return person
    return None


def presiding_member(present: list[PersonMention]) -> PersonMention | None:
    """The one member present as the Mayor or Provost ("Councillor X (Mayor)") or as the body's chair ("X –
    Independent Chair"): the civic head presides over the council's meetings, a board's chair over the board's,
    for minutes that mark no chair."""
    holders = [p for p in present if p.role and (_PRESIDING_POST.fullmatch(p.role.strip())
                                                 or _CHAIR_POST.fullmatch(p.role.strip()))]
    return holders[0] if len(holders) == 1 else None


def _label(text: str) -> tuple[str, str] | None:
    """(label, what follows it) when a line opens an attendance block."""
    known = _KNOWN_LABEL.match(text)
    if known:
        rest = known.group("rest")
        qualified = re.match(r"^[^:]{0,60}:", rest)          # "Also present with the agreement of the Chairman: ..."
        return known.group("label"), (rest[qualified.end():] if qualified else rest).lstrip(" \t:;-–").rstrip()
    colon = _COLON_LABEL.match(text)
    if colon and len(colon.group("label").split()) <= 8 and (_label_words(colon.group("label")) or
                                                            _category(colon.group("label")) == "chair"):
        return colon.group("label"), colon.group("rest").strip()
    if _PRESIDING_POST.fullmatch(text.strip(" :")):
        return text.strip(" :"), ""          # "LORD PROVOST" over the name of who presided
    if len(text.split()) <= 6 and "," not in text and not re.search(r"[.;:]$|\b(?:and|or)$", text) \
            and _label_words(re.sub(r"\([^)]*\)?", "", text)) \
            and not _STATUS.search(text) and not _name_then_role(text) and not _names_after_plural(text) \
            and not _role_dash_name(text):
        return text, ""                     # "Church Representatives", "Added Members for Education Matters"
    return None


def _names_after_plural(text: str) -> bool:
    """"Councillors F. Rees and G. Owen" lists people; "Councillors Present" labels them."""
    plural = _PLURAL.match(text)
    first = re.split(r",|\s+and\s+", text[plural.end():])[0] if plural else ""
    return bool(first) and _people_in(f"Councillor {first}")


def _one_holders_post(text: str) -> bool:
    """"Cabinet Member for Housing", "Director of Public Health": one person's post (a role line under a
    name), not a label over a list, which names its category in the plural or as attendance ("Church
    Representatives", "Officers", "Present")."""
    found = {word for word in re.findall(r"[a-z-]+", text.lower()) if word in words("attendance_labels")}
    return bool(found) and found <= {"member", "representative", "officer", "substitute", "public"}


def _bare_name(text: str) -> bool:
    """A line that is one person's name and nothing else ("Councillor Mark Tordoff", "Dr Amit Varma")."""
    person = _person(text, Span("", 0, 0), "present")
    return person is not None and not re.search(r"[(),]", text) and len(text.split()) <= 5 and not person.role


def _label_words(text: str) -> bool:
    return any(word in words("attendance_labels") for word in re.findall(r"[a-z-]+", text.lower()))


def _people_in(text: str) -> bool:
    return bool(_person(text, Span("", 0, 0), "present"))


def _category(label: str) -> str:
    label = label.lower()
    if "apolog" in label and not re.search(r"\b(?:attendance|present)\b", label):   # "Attendance and Apologies": both,
        return "apologies"                                                           # the apologies labelled below
    if re.fullmatch(r"\s*(?:in\s+the\s+)?(?:chair|chairman|chairperson|convener)\s*", label) or _PRESIDING_POST.fullmatch(label):
        return "chair"
    return "present"


def _block_people(source: SourceText, block: list[Line], category: str, starred: bool,
                  surnames: bool = False, codes: dict[str, str | None] | None = None) -> list[PersonMention]:
    """A table when most rows print two or more columns, else a list; ``surnames``: the block stands under a
    "Councillors:" label, so a surname alone is a councillor's; ``codes``: a legend's attendance codes."""
    rows = [[cell.strip() for cell in _CELLS.split(_row_text(source, line)) if cell.strip()] for line in block]
    if sum(len(row) >= 2 for row in rows) >= max(1, len(rows) // 2) and _raw_is_line(source, block):
        return _table_people(source, block, rows, category, starred, surnames, codes or {})
    if starred and any(_PRESENCE_MARK.match(line.text) for line in block):
        block = [Line(_PRESENCE_MARK.sub("", line.text), line.start, line.end, line.page)
                 for line in block if _PRESENCE_MARK.match(line.text)]   # "* Cllr A" (present), "r Cllr B" (remote);
                                                                          # a name unmarked was absent
    paired = _names_over_roles(source, block, category) or _names_over_cells(source, block, category)
    if paired:
        return paired
    if surnames and _BARE_SURNAME.match(_OUTER_COMMA.split(block[0].text)[0].strip()):
        block = [Line(f"Councillors {block[0].text}", block[0].start, block[0].end, block[0].page), *block[1:]]
    block = _last_pair_parted(_rows_rejoined(block))
    one_a_line = [bool(_person(_OUTER_COMMA.split(line.text.split("\t")[0])[0], Span("", 0, 0), category))
                  or _name_dash_role(line.text) for line in block]
    wrapped = any(not _name_dash_role(line.text)
                  and sum(bool(_person(part, Span("", 0, 0), category)) for part in _OUTER_COMMA.split(line.text)) >= 2
                  or _PLURAL.match(line.text) or re.search(r"(?:,|\band)$", line.text.strip()) and position < len(block) - 1
                  for position, line in enumerate(block))      # "Councillors A, B and" goes on a line down
    if len(block) > 1 and not wrapped and sum(one_a_line) >= max(2, 2 * len(block) / 3):   # one person a line
        return [p for line, person in zip(block, one_a_line) if person
                for p in (attendance_row if "\t" in line.text else _line_people)(
                    line.text, source.span(line.start, line.end), category)]
    text = " ".join(line.text for line in block)
    span = source.span(block[0].start, block[-1].end)
    return _list_people(text, span, category)


def _names_over_roles(source: SourceText, block: list[Line], category: str) -> list[PersonMention]:
    """A name on one line and its holder's role on the next ("Helen Crossland" / "Director of Public Health"), as a
    two-column table of members comes out of plain `pdftotext`; the first "Chair, ..." listed chairs the meeting
    (a later one chairs the organisation named after it: "Chair, Healthwatch X")."""
    if len(block) < 2 or len(block) % 2:
        return []
    people: list[PersonMention] = []
    for name_line, role_line in zip(block[::2], block[1::2]):
        name, role = name_line.text.strip(), role_line.text.strip()
        if not _bare_name(name) or not (_not_a_person(role) or "," in role):
            return []
        person = _person(f"{name} – {role}", source.span(name_line.start, role_line.end), category)
        if person is None:
            return []
        people.append(person)
    for later in [p for p in people if p.capacity == "chair"][1:]:
        later.capacity, later.role = "present", f"Chair, {later.role}" if later.role else "Chair"
    return people


def _names_over_cells(source: SourceText, block: list[Line], category: str) -> list[PersonMention]:
    """A table of members flattened one cell a line: the column names on lines of their own ("Directors" /
    "Representing" / "Apols"), then each row's name ("Helen Strickland (HS)") over its other cells (initials, post,
    organisation), every row giving the member's initials as partner boards print them; a row holding the apologies
    column's name ("Apols") sent apologies. The table ends at a line of text."""
    first = next((i for i, line in enumerate(block[:_HEADER_CELLS + 1])
                  if _bare_name(_INITIALS_AFTER.sub("", line.text.strip()))), None)
    if first is None or any(len(line.text.split()) > 3 for line in block[:first]):
        return []
    absent = {line.text.strip().lower() for line in block[:first] if _ABSENT_COLUMN.fullmatch(line.text.strip())}
    rows: list[list[Line]] = []
    for line in block[first:]:
        text = line.text.strip()
        if _bare_name(_INITIALS_AFTER.sub("", text)):
            rows.append([line])
        elif len(text.split()) > _ROW_CELL_WORDS:
            break                                   # the minutes' text goes on below the table
        elif len(rows[-1]) > _ROW_CELLS:            # the name and as many cells already
            return []
        else:
            rows[-1].append(line)
    if not rows or not all(_INITIALS_AFTER.search(row[0].text.strip())
                           or any(_INITIALS.fullmatch(cell.text.strip()) for cell in row[1:]) for row in rows):
        return []                                   # a partner board's table gives each member's initials
    people: list[PersonMention] = []
    for name_line, *cells in rows:
        marked = [cell for cell in cells if cell.text.strip().lower() in absent]
        role = ", ".join(cell.text.strip() for cell in cells
                         if cell not in marked and not _INITIALS.fullmatch(cell.text.strip()))
        name = _INITIALS_AFTER.sub("", name_line.text.strip())
        span = source.span(name_line.start, (cells or [name_line])[-1].end)
        person = _person(f"{name} – {role}" if role else name, span, "apologies" if marked else category)
        if person is None:
            return []
        people.append(person)
    return people


def _row_text(source: SourceText, line: Line) -> str:
    """The row as printed (its spacing tells the columns), less a label read off its start."""
    raw = _GLUED_TITLE.sub("  ", source.raw_lines[line.start - 1].strip()) if line.start == line.end else line.text
    if raw.startswith("|") or "\t" in line.text:
        return line.text                    # cells the normalised line keeps apart (markdown, tabs), cleaned
    start = _PLURAL.sub("", line.text, count=1)[:12] if _PLURAL.match(line.text) else line.text[:12]
    return raw[raw.find(start):] if start and start in raw else raw      # "Councillors " put before a label's names


def _raw_is_line(source: SourceText, block: list[Line]) -> bool:
    """Table columns are read from the raw lines: only where each block line is one raw line."""
    return all(line.start == line.end for line in block)


def _table_people(source: SourceText, block: list[Line], rows: list[list[str]], category: str,
                  starred: bool, councillors: bool = False,
                  codes: dict[str, str | None] | None = None) -> list[PersonMention]:
    """People in a table of attendance; surnames alone in a grid under "Councillors:" are councillors; a member
    marked with a legend's code for absence is left out."""
    people: list[PersonMention] = []
    codes = codes or {}
    for line, cells in zip(block, rows):
        span = source.span(line.start, line.end)
        in_row: list[PersonMention] = []
        for cell in cells:
            if in_row and cell in codes:
                for someone in in_row:          # a chair marked present keeps the chair
                    if not (someone.capacity == "chair" and codes[cell] == "present"):
                        someone.capacity = codes[cell]
                continue
            marked = cell.startswith("*")
            cell = cell.lstrip("* ").strip()
            under_title = _PLURAL.match(cell)
            cell = cell[under_title.end():] if under_title else cell
            councillors = councillors or bool(under_title)
            person = _person(f"Councillor {cell}" if councillors and _BARE_SURNAME.match(cell) else cell, span, category)
            if person:
                if starred and not marked:
                    continue
                in_row.append(person)
            elif _TICK_PRESENT.match(cell) or _TICK_ABSENT.match(cell):
                for someone in in_row:
                    if _TICK_ABSENT.match(cell):
                        someone.capacity = "apologies"          # the chair too: absent, so not chairing
                    elif someone.capacity != "chair":
                        someone.capacity = "present"
            elif in_row and (chair_cell := _CHAIR_CELL.match(cell)):
                in_row[-1].capacity = "chair"                      # "Alicia Wilson   Chair", "X   Chair, Cabinet Member"
                in_row[-1].role = chair_cell.group("role") or chair_cell.group("post") or in_row[-1].role
            elif in_row and (mark := _CHAIR_MARK.search(cell)):   # "X   Leader of the Council (in the Chair)", "... (Chair)"
                in_row[-1].capacity = "chair"
                in_row[-1].role = (cell[:mark.start()] + cell[mark.end():]).strip() or in_row[-1].role
            elif in_row:
                in_row[-1].role = f"{in_row[-1].role}, {cell}" if in_row[-1].role else cell
            elif people and not cell[:1].isupper() or (people and len(cells) == 1):
                people[-1].role = f"{people[-1].role} {cell}" if people[-1].role else cell   # a wrapped job title
        people.extend(someone for someone in in_row if someone.capacity)
    return people


def _last_pair_parted(block: list[Line]) -> list[Line]:
    """A column of one name a line whose last two are joined by "and" ("JOHN URQUHART and" / "MAIRI WATT"): the
    "and" dropped, so the column still reads a name a line."""
    out = list(block)
    for position, line in enumerate(block[:-1]):
        name = re.sub(r"\s+and$", "", line.text.strip())
        if name != line.text.strip() and _bare_name(name) and _bare_name(block[position + 1].text.strip()):
            out[position] = Line(name, line.start, line.end, line.page)
    return out


def _rows_rejoined(block: list[Line]) -> list[Line]:
    """A members table of "Name – Role" rows whose long roles wrap ("Dr A Rehan – Clinical Director, Vale
    Integrated" / "Care Board (Vice-Chair)"): a line that opens with a bracket or in lower case, follows an open
    bracket, or is neither a name nor a row of its own after such a row goes on the row above."""
    rows: list[Line] = []
    for line in block:
        text = line.text.strip()
        above = rows[-1].text if rows else ""
        goes_on = text[:1] == "(" or text[:1].islower() or above.count("(") > above.count(")") \
            or (_name_dash_role(above) and not _name_dash_role(text) and not _bare_name(text)
                and not _label_words(text) and not _PLURAL.match(text))
        if rows and goes_on:
            rows[-1] = Line(f"{above} {text}", rows[-1].start, line.end, rows[-1].page)
        else:
            rows.append(line)
    return rows


def _name_dash_role(text: str) -> bool:
    """"Councillor Ann Dale – Cabinet Member for Health", "Director of Operations – G Hale": one person's row, a bare
    name and a role either side of a dash."""
    parts = _dash_parts(text)
    return len(parts) == 2 and (_bare_name(parts[0]) or _bare_name(parts[1]))


def _role_dash_name(text: str) -> bool:
    """"Democratic Services Officer – R Tully": a post, a dash, its holder's bare name (a row, not a label)."""
    parts = _dash_parts(text)
    return len(parts) == 2 and _bare_name(parts[1])


def _dash_parts(text: str) -> list[str]:
    """The two sides of a row's first spaced dash, when both hold words."""
    parts = re.split(r"\s+[–-]\s+", text.strip(), maxsplit=1)
    return parts if all(parts) else []


def _line_people(text: str, span: Span, category: str) -> list[PersonMention]:
    """A line of a list of one person a line: a name and its role run together ("Councillor Mrs M Lathbury Highways
    and Transport"), after a dash or in one bracketed note ("ANNE TAWSE (as substitute for Councillor Wishart)") is
    one person, whatever "and" or name its role holds; else the line is a list."""
    one_note = re.fullmatch(r"[^(),;]+\([^()]*\)", text.strip()) and " and " not in text.split("(")[0]
    whole = _person(text, span, category) if _name_then_role(text) or _name_dash_role(text) or one_note else None
    return [whole] if whole else _list_people(text, span, category)


def _name_then_role(text: str) -> bool:
    """A row of a members table run into one line: a titled name with initials, then the role (brackets aside)."""
    return bool(_NAME_THEN_ROLE.fullmatch(re.sub(r"\s*\([^)]*\)", "", text)))


def _list_people(text: str, span: Span, category: str) -> list[PersonMention]:
    """"Councillor X (Chair); Councillors A, B and C", "E Mulholland, Executive Director ...; and R Devlin"."""
    people: list[PersonMention] = []
    text = re.sub(r"\b((?:County\s+)?(?:Councillors|Cllrs|Aldermen))\s*(?:[;:,]|[–-](?=\s))", r"\1 ", re.sub(r"\s+", " ", in_title_case(text))).strip(" .")
    for group in re.split(r";\s*(?:and\s+)?", text):
        for title, chunk in _plural_chunks(group):
            last: PersonMention | None = None
            for part in _parts(chunk):
                if last is not None and (post := _POST_AFTER_NAME.match(part)):   # "Councillor X, Chair (Y Council)"
                    if post.group("vice"):
                        last.role = part
                    else:
                        last.capacity = "chair" if category != "apologies" else last.capacity
                        last.role = post.group("of") or last.role
                    continue
                carried = title or ("Councillor" if last is not None and last.name.startswith("Councillor")
                                    and _BARE_SURNAME.match(part) else "")
                if carried == "Alderman" and _people_in(part):
                    carried = ""           # "Aldermen – R Boyd, S Cunningham": named in full, as printed
                person = _person(f"{carried} {part}" if carried and not _has_title(part) else part, span, category)
                if person:
                    people.append(person)
                    last = person
                elif last is not None and not re.match(r"^\d", part):
                    last.role = f"{last.role}, {part}" if last.role else part
    return people


def _plural_chunks(group: str) -> list[tuple[str, str]]:
    """Split where a plural title introduces surnames ("Councillors A and B", "Aldermen C and D"): (the title each
    surname takes, "" when none; text)."""
    chunks: list[tuple[str, str]] = []
    position = 0
    for match in _PLURAL_TITLE.finditer(group):
        if group[position:match.start()].strip(" ,"):
            chunks.append((chunks[-1][0] if chunks else "", group[position:match.start()]))
        position = match.end()
        chunks.append((_SINGULAR.get(match.group("title").lower(), "Councillor"), ""))
    if chunks and not chunks[-1][1]:
        chunks[-1] = (chunks[-1][0], group[position:])
    else:
        chunks.append((chunks[-1][0] if chunks else "", group[position:]))
    return [(title, chunk) for title, chunk in chunks if chunk.strip(" ,")]


def _parts(text: str) -> list[str]:
    """Comma and "and" separated parts, brackets kept whole."""
    slash = "" if re.search(r"\s[–-]\s", text) else r"|\s*/\s*(?![^()]*\))"     # "Head of Service / Social Care" is one post
    # "Okafor (Chair) Brennan (Deputy Chair), Dalgleish": a bracket can end a part with no comma after it
    # "The Mayor (Councillor X) in the Chair The Deputy Mayor (...)": a presiding note ends a part too
    parts = re.split(rf",\s*(?![^()]*\))|\s+and\s+(?![^()]*\))|(?<=\))\s+(?=[A-Z])|(?<=[Ii]n [Tt]he [Cc]hair)\s+(?=[A-Z])"
                     rf"{slash}", text)
    parts = [re.sub(r"^and\s+", "", part.strip(" .")) for part in parts if part]     # "..., and Ms X": the last part
    return [name for part in parts if part for name in _titled_run(part)]


_NEXT_TITLE = re.compile(r"(?<=[a-z])(?<! for)\s+(?=(?:Cllr\.?|Councillor)\s+[A-Z])(?![^()]*\))")


def _titled_run(part: str) -> list[str]:
    """"Cllr A Cutts Cllr V Mace": names run into one line (two columns flattened), split at each councillor's
    title; not "Cllr X for Cllr Y" (a substitute) nor "Chairman Cllr Pell" (a post and its holder)."""
    names: list[str] = []
    for piece in _NEXT_TITLE.split(part):
        if names and re.fullmatch(_POST, names[-1], re.I):
            names[-1] = f"{names[-1]} {piece}"
        else:
            names.append(piece)
    return names


def _has_title(text: str) -> bool:
    first = text.split()[0].rstrip(".").lower() if text.split() else ""
    return first in words("attendance_titles") or text.lower().startswith("county councillor")


def _person(text: str, span: Span, category: str) -> PersonMention | None:
    """One attendee as printed: "Name (Chair)", "Name (Role)", "Name – Role", "Role – Name", "Title Surname"."""
    text = _SUBSTITUTING.sub("", _UNCLOSED_NOTE.sub("", without_member_kind(text.strip(" .;,*-–"))))
    if not text or len(text) > 160:
        return None
    status = _STATUS.search(text)           # "Councillor Tim Sole - apologies" in a membership list
    if status:
        text = text[:status.start()]
        category = "apologies" if status.group(1).lower() in ("apologies", "absent", "sent apologies") else category
    post = _POST_FIRST.match(text)              # "Chairman Cllr Pell", "Vice Chairman Cllr Ives"
    if post:
        text = f"{text[post.end():]} ({post.group('post')})"
    initialled = _POST_THEN_INITIALS.fullmatch(text.strip())
    if initialled and _not_a_person(initialled.group("post")):   # "Chief Fire Officer I Walton", "Treasurer A Zissis"
        return clean_person(initialled.group("name"), span, category if category in ("chair", "apologies") else "present",
                            initialled.group("post"))
    holder = _POST_THEN_HOLDER.fullmatch(text)   # "Chief Executive (Nia Griffiths)": the post, its holder in brackets
    if holder and _names_a_post(holder.group("post")) and _bare_name(holder.group("name")) \
            and not re.fullmatch(_POST, holder.group("post").strip(), re.I):       # "The Mayor (Alderman X)": below
        return clean_person(holder.group("name"), span, category if category in ("chair", "apologies") else "present",
                            holder.group("post").strip())
    chair = bool(_CHAIR_MARK.search(text)) and not _VICE.search(text) or category == "chair"
    capacity = "apologies" if category == "apologies" else ("chair" if chair else "present")   # a chair who sent apologies
    text = re.sub(r"\s*\bin\s+the\s+chair\b|,\s*chair(?:man|person|woman)?\b(?=\s*(?:\(|$))", "", text, flags=re.I)
    role = None
    bracket = re.search(r"\(([^)]{4,})\)", text)
    if bracket and not _CHAIR_MARK.fullmatch(bracket.group(0)):
        role = re.sub(r"^(?:vice[- ]chair(?:man|person)?|chair(?:man|person)?)\s*,\s*", "", bracket.group(1),
                      flags=re.I).strip(" ,;")
        role = None if _VICE.fullmatch(role.strip()) else role
    bare = re.sub(r"\s*\((?![A-Z]{2,3}\))[^)]*\)", "", text).strip()
    table_row = _NAME_THEN_ROLE.fullmatch(bare)
    if table_row:                        # "Councillor R T Hemsley   Leader of the Council": a table's row, run together
        bare, role = table_row.group("name"), ", ".join(filter(None, (table_row.group("role"), role)))
    reversed_ = _ROLE_NAME.match(bare)
    dash = re.split(r"\s+[–-]\s+", bare, maxsplit=1)
    kept = re.match(r"^(?P<title>[A-Z][a-z]+\.?)\s+(?=[A-Z])", bare)
    kept = kept if kept and kept.group("title").rstrip(".").lower() in words("kept_titles") else None
    if kept and len(bare.split()) > 2:
        bare = bare[kept.end():]                       # "Revd Peter Lamb": read the name, keep the title
        dash = re.split(r"\s+[–-]\s+", bare, maxsplit=1)
    for name_text, role_text in ((dash[0], dash[1] if len(dash) > 1 else None),
                                 ((reversed_.group("name"), reversed_.group("role")) if reversed_ else (None, None))):
        if not name_text or _not_a_person(name_text):
            continue
        chair_role = _CHAIR_CELL.match(role_text.strip()) if role_text else None
        if chair_role and not _VICE.search(role_text):          # "Councillor Hilda Bloom - Chair"
            capacity, role_text = "chair", chair_role.group("role")
        person = clean_person(name_text, span, capacity, role_text or role) or _titled_surname(name_text, span, capacity,
                                                                                                 role_text or role)
        if person:
            if kept and not person.name.startswith(kept.group("title")):
                person.name = f"{kept.group('title')} {person.name}"          # "Revd Peter Lamb", "Canon Philip Ashdown"
            return person
    if bracket and re.fullmatch(_POST, bare, re.I):
        return _person(bracket.group(1), span, "chair" if capacity == "chair" else category)   # "The Mayor (Alderman X)"
    return None


def _names_a_post(text: str) -> bool:
    """"Chief Executive", "Scrutiny Manager": words no personal name holds (``data/not_a_name.txt``)."""
    return any(word in words("not_a_name") for word in re.findall(r"[a-z]+", text.lower()))


def _not_a_person(text: str) -> bool:
    found = re.findall(r"[a-z-]+", text.lower())
    return any(word in words("not_an_attendee") or word in words("attendance_labels") for word in found)


def _titled_surname(text: str, span: Span, capacity: str, role: str | None) -> PersonMention | None:
    """"Alderman Torrens", "Councillor Bevan", "Mrs. G. Lennon": a title and a surname, initials between."""
    if re.fullmatch(r"[A-Z]\.?\s+(?:Mc|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?", text.strip()):
        return PersonMention(" ".join(text.split()), span, role=role, capacity=capacity)     # "A Brogan"
    match = re.fullmatch(r"(?P<title>(?:County\s+)?[A-Z][a-z]+\.?)\s+(?P<initials>(?:[A-Z]\.?\s*){0,3})"
                         r"(?P<surname>(?:Mc|O['’])?[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)?)", text.strip())
    if not match or not _has_title(match.group("title")) or match.group("surname").lower() in words("body_nouns"):
        return None
    name = re.sub(r"^Cllr\.?(?=\s)", "Councillor", " ".join(text.split()))    # one spelling of the title
    return PersonMention(name, span, role=role, capacity=capacity)


_APOLOGIES_FROM = re.compile(r"apolog(?:y|ies)[^.]*?\b(?:from|by|on behalf of)\s+(?P<rest>(?:[^.]|(?<=\b[A-Z])\.)+)", re.I)
_APOLOGIES_LABEL = re.compile(r"^apolog(?:y|ies)(?:\s+for\s+absence)?\s*:\s*(?P<rest>.+)$", re.I)
_SUBSTITUTE = re.compile(r"(?P<name>(?:Councillor|Cllr)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+attended\s+as\s+"
                         r"(?:his|her|their|a|the)\s+substitute", re.I)
# attendance told in sentences: "The Leader, Councillor X, chaired the meeting. Also present were Councillors A and B."
_CHAIRED = re.compile(r"(?P<name>(?:Councillor|Cllr)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),?\s+chaired\s+the\s+meeting")
_PRESENT_WERE = re.compile(r"\b(?:also\s+)?present\s+were\s+(?P<rest>(?:Councillors?|Cllrs?)\b[^.]+)", re.I)
_REASON = re.compile(r"\s+(?:for\s+(?:their|his|her)\b|who\b|due\s+to\b|as\s+(?:they|he|she)\b).*$", re.I)


def apologies_in_item(source: SourceText, lines: list[Line], start: int, stop: int) -> Attendance:
    """Apologies and substitutes recorded in an "Apologies" minute: "Apologies were received from / submitted
    on behalf of Councillors A and B", one name a line ("Councillor X - other Council business"),
    "Councillor Y attended as his substitute", and who chaired and who was present when told in sentences."""
    found = Attendance()
    for para in paragraphs(lines[start:stop]):
        span = source.span(para.start, para.end)
        for match in _SUBSTITUTE.finditer(para.text):
            found.add(PersonMention(match.group("name"), span, capacity="present"))
        chaired = _CHAIRED.search(para.text)
        if chaired:
            found.add(PersonMention(chaired.group("name"), span, capacity="chair"))
        for match in _PRESENT_WERE.finditer(para.text):
            for person in _list_people(match.group("rest"), span, "present"):
                found.add(person)
        labelled = _APOLOGIES_LABEL.match(para.text)
        if labelled and ";" in labelled.group("rest"):     # "Apologies: A, Org X; B, Org Y (C attending)"
            for part in labelled.group("rest").split(";"):
                person = _person(re.split(r",|\(", part)[0], span, "apologies")
                if person:
                    found.add(person)
            continue
        stated = _APOLOGIES_FROM.search(para.text)
        if stated:
            rest = _REASON.sub("", stated.group("rest"))
            for person in _list_people(rest, span, "apologies"):
                found.add(person)
            continue
        listed = re.split(r"(?<=[a-z)])\.\s", para.text)[0]
        if re.match(r"^(?:Cllrs?\.?|Councillors?)\s", listed):      # "Cllr A and Cllr B (work), Cllr C (leave)."
            for person in _list_people(_REASON.sub("", listed), span, "apologies"):
                found.add(person)
            continue
        if not found.apologies or para.start > found.apologies[-1].span.end:
            person = _person(re.split(r"\s+[-–]\s+|,", para.text)[0], span, "apologies")
            if person and len(para.text.split()) <= 12:
                found.add(person)
    return found


def trailing_attendance(source: SourceText, lines: list[Line], start: int, end: int) -> Attendance:
    """An "Attendance details" / "Present:" block printed after the last item, as ModernGov pages do."""
    for index in range(start, end):
        if re.match(r"^(?:attendance(?:\s+details)?|attendees|present\s*:?)\s*$", lines[index].text.strip(), re.I):
            return read_attendance(source, lines, index, end)
    return Attendance()
