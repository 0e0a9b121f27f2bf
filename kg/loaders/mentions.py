"""People and organisations named in free text (minutes, reports, plans), and acronyms a pack defines.

A capitalised pair is taken for a person only with a cue: a title ("Councillor", "Dr"), a common
given name, a job title printed after it ("Kelly White, Service Manager"), or a verb of speech or
presentation ("Sara Graham reported"). Without a cue "Looked After Children" or "Town Hall" would be
people. Organisations need an organisational head word ("Trust", "Council", "Police", ...), an "NHS"
prefix, an acronym printed in brackets after them, or a place in the general acronym list.
"""
from __future__ import annotations

import re

from kg.entities.glossary import builtin_organisation_acronyms
from kg.entities.names import given_names, name_initials
from kg.loaders import vocabulary
from kg.loaders.glossary import find_glossary
from kg.model import OrganisationMention, PersonMention, Span

__all__ = ["find_people", "find_posts", "find_organisations", "find_glossary"]

# Lakin, McFarlane, O'Neill, Denton-Tarn; a capital inside a word only after a surname prefix, so a name run
# into the next cell ("Jane SmithRotherham Council") ends where the cell does.
_WORD = r"(?:(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von)[A-Z][a-z]+|[A-Z](?:[a-z]|['’][A-Z])[a-z]*)(?:-[A-Z][a-z]+)?"
_INITIALS = r"(?:[A-Z]\.\s*){1,3}"
_HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev|Revd)"
_COUNCILLOR = r"(?:Councillor|Cllr)"
# A full stop that ends a title, an initial or an abbreviation, not a sentence: "Dr. Alison Davies",
# "J. Smith", "Minute No. 45", "e.g. schools"
_ABBREVIATION_END = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Cllr|Prof|Rev|St|No|Nos|Co|Ltd|Inc|Jr|Sr|e\.g|i\.e|cf|vs|approx|[A-Z])\.$")

_TITLED = re.compile(
    rf"\b(?P<title>{_COUNCILLOR}s?\.?|{_HONORIFIC}\.?)\s+(?P<name>(?:{_INITIALS})?{_WORD}(?:\s+{_WORD}){{0,2}})")
_COUNCILLOR_LIST = re.compile(
    rf"\b(?:Councillors|Cllrs)\.?\s+(?P<list>(?:{_INITIALS})?{_WORD}(?:\s*,\s*(?:{_INITIALS})?{_WORD})*"
    rf"(?:,?\s+and\s+(?:{_INITIALS})?{_WORD}))")
_PAIR = re.compile(rf"(?<![\w'’&-])(?P<name>{_WORD}(?:\s+[A-Z]\.?)?\s+{_WORD})(?![a-z0-9&'’])")

# A young person named by first name only, with an apposition saying who they are:
# "introduced themselves along with Jess, one of the young people", "Kyle, aged 15, said"
_GIVEN_NAME_ALONE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}),\s+(?:one of (?:the|our) (?:young people|children|pupils|students|care leavers|"
    r"young carers|foster carers)|an? (?:young person|child|care leaver|young carer|pupil|student|foster carer)|aged \d+)\b")
_SPEECH = (r"presented|reported|gave|introduced|said|asked|explained|stated|advised|informed|confirmed|"
           r"outlined|highlighted|noted|agreed|welcomed|thanked|updated|commented|queried|responded|replied|"
           r"suggested|added|emphasised|emphasized|summarised|summarized|described|referred|tabled|submitted|"
           r"circulated|attended|joined|chaired")
_SPEECH_AFTER = re.compile(rf"^\s*(?:{_SPEECH})\b")
_PRESENTING = re.compile(r"\b(?:presented|reported|gave (?:a |an |the )?(?:\w+ )?(?:presentation|update|report|overview)|"
                         r"introduced|submitted|provided (?:a|an) (?:update|report|overview)|tabled)\b", re.I)

_JOB_WORDS = {
    "director", "manager", "officer", "head", "lead", "chair", "chairman", "chairperson", "vice-chair", "coordinator",
    "co-ordinator", "nurse", "executive", "specialist", "practitioner", "commissioner", "adviser", "advisor",
    "consultant", "worker", "leader", "member", "clerk", "secretary", "principal", "headteacher", "analyst",
    "inspector", "superintendent", "chief", "president", "governor", "solicitor", "accountant", "assistant",
    "deputy", "representative", "mayor", "partner", "supervisor", "designate", "champion", "administrator",
    "therapist", "psychologist", "paediatrician", "gp", "doctor", "matron", "midwife", "visitor", "teacher",
    "constable", "sergeant", "detective", "cabinet", "portfolio", "lecturer", "professor", "observer", "taker",
    "individual", "designated", "named",
}
_ORG_HEADS = ("NHS Foundation Trust|Foundation Trust|Trust|Borough Council|County Council|City Council|Council|"
              "Police|Clinical Commissioning Group|Commissioning Group|Safeguarding Children Board|Board|"
              "Partnership|Consortium|Services?|Team|Forum|Cabinet|Commission|Committee|Panel|Group|Unit|Hub|"
              "Agency|University|College|Academy|Association|Network|Directorate|Department|Office|Authority|"
              "Collaborative|Alliance|Society|Foundation|Charity|Ltd|Limited|Plc|Centre|Hospital|Probation|"
              "Inspectorate|Ombudsman|Tribunal|Court|Bureau|Parliament|Fire and Rescue")
_CONNECTOR = re.compile(r"^\s*(?:,\s*|\s+and\s+|\s*/\s*|\s*&\s*|\s+)$")


_NOT_GIVEN_ENDING = re.compile(r"(?:ing|tion|sion|ment|ness|ated)$", re.I)     # "Raising Participation"


def _noun_form(word: str) -> bool:
    """A word ending like a noun or verb form and no given name ("Raising", "Participation", "Orientated")."""
    lower = word.lower().strip(".,()")
    return bool(_NOT_GIVEN_ENDING.search(lower)) and lower not in given_names()


def unlikely_given_name(word: str) -> bool:
    """A first word that is no given name: a job word ("Specialist Advisor") or a noun form ("Orientated Recovery")."""
    return _noun_form(word) or (word.lower() in _JOB_WORDS and word.lower() not in given_names())


_LEADING_TITLE = re.compile(rf"^(?:{_COUNCILLOR}|{_HONORIFIC})\.?\s+")


def plausible_name(name: str) -> bool:
    """Whether a person's name, less its title, is free of the service vocabulary: a lead cell's
    capitalised pair can be a title ('Corporate Parenting', 'Teenage Parents'), not a person."""
    return _name_ok(_LEADING_TITLE.sub("", name))


def _name_ok(name: str) -> bool:
    """No word of the service vocabulary, and a first word that can be a given name."""
    words = [w for w in re.split(r"\s+", name) if not re.fullmatch(r"(?:[A-Z]\.?)+", w)]
    if len(words) > 1 and _noun_form(words[0]):
        return False
    return bool(words) and not any(w.lower().strip("'’") in vocabulary.words("not_a_name") or w.lower() in vocabulary.words("not_a_name") for w in words)


def _role_after(text: str, end: int, next_name: int | None = None) -> tuple[str | None, str | None]:
    """Job title (and organisation) printed after a name: ", Assistant Director," or "\tIndependent Chair, X".

    A short capitalised phrase closing the paragraph counts as a role even without a job word
    ("Sue Wilson, Performance Quality")."""
    rest = text[end:next_name]
    match = re.match(r"^\s*(?:[-–]\s*(?P<capacity>[A-Z][\w ]{1,20}?)\s*)?(?:\t+|\s*,\s*|\s+[-–]\s+|\s*\(\s*)", rest)
    if not match or re.match(r"^\s*(?:,\s*)?and\b", rest):
        return None, None
    tail = rest[match.end():]
    stop = re.search(rf"\s+(?:and\s+(?:{_HONORIFIC}\.?\s+)?[A-Z]|(?:{_SPEECH})\b)|[;:)]|\.(?:\s|$)", tail)
    segment = tail[:stop.start()] if stop else tail
    parts = [p.strip(" -–") for p in segment.split(",") if p.strip(" -–")]
    role_parts: list[str] = []
    organisation = None
    for part in parts[:3]:
        words = part.split()
        if not words or len(words) > 10 or not part[0].isupper():
            break
        if re.search(rf"\b(?:{_ORG_HEADS})\b", part) and role_parts and not _has_job_word(part):
            organisation = part
            break
        closing = part is parts[-1] and not stop and len(words) <= 6 and next_name is None
        if not role_parts and not _has_job_word(part) and not closing:
            if re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*", part) and len(part) <= 10:     # "Sue Skalycz (DWP)"
                organisation = part
            break
        role_parts.append(part)
    capacity = match.group("capacity")
    role = ", ".join(role_parts) or None
    if capacity and not role:
        role = capacity
    return role, organisation


_CLOSING = re.compile(
    r"\s*(?:(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|signed)\s*[,:]?\s*)?", re.I)


def _opens_block(text: str, start: int, span: Span) -> bool:
    """The name opens a paragraph printed over several lines (a signature, a contact block), perhaps
    after a letter's closing ("Yours sincerely, Dalton Leong Chief Executive ...")."""
    return span.end > span.start and bool(_CLOSING.fullmatch(text[:start]))


def _block_role(text: str, end: int) -> tuple[str, str | None] | None:
    """A name opening a signature or contact block, its lines run together: "Dalton Leong Chief
    Executive The Children's Trust, Tadworth" -> ("Chief Executive", "The Children's Trust, Tadworth")."""
    words = text[end:].split()
    if not words or not _has_job_word(" ".join(words[:2])) or not words[0][0].isupper():
        return None
    last = max(i for i, w in enumerate(words[:6]) if _has_job_word(w))
    rest = " ".join(words[last + 1:])
    if not rest and last == 0:
        return None                                # "Sheffield Futures Manager": a job word alone ends no block
    organisation = rest if len(rest.split()) <= 8 and rest[:1].isupper() and re.search(
        rf"\b(?:{_ORG_HEADS})\b|^[A-Z]{{2,}}", rest) else None      # not "Head of Services, Children in Care"
    return " ".join(words[:last + 1]), organisation


def _has_job_word(text: str) -> bool:
    return any(w.lower().strip(".,()") in _JOB_WORDS for w in text.split())


def ends_in_abbreviation(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a full stop that is not a sentence's (see _ABBREVIATION_END)."""
    return _ABBREVIATION_END.search(text, max(0, end - 8), end) is not None


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence start/end offsets, not broken after "Dr." or an initial."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"[.!?](?=\s+[A-Z])", text):
        if ends_in_abbreviation(text, match.end()):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def find_people(text: str, span: Span) -> list[PersonMention]:
    """Personal names in one paragraph, with the job title and organisation printed beside them.

    capacity is "presenter" when the name is the subject of a presenting verb in its sentence,
    "chair" for attendance rows "Name - Chair", otherwise "mentioned"."""
    text = re.sub(r"\S+@\S+", lambda m: " " * len(m.group()), text)   # e-mail addresses are not names
    found: dict[tuple[int, int], str] = {}
    for match in _COUNCILLOR_LIST.finditer(text):
        for name in re.finditer(rf"(?:{_INITIALS})?{_WORD}", match.group("list")):
            if name.group() != "and" and _name_ok(name.group()):
                offset = match.start("list") + name.start()
                found[(offset, offset + len(name.group()))] = f"Councillor {name.group()}"
    for match in _TITLED.finditer(text):
        name = _trim(match.group("name"))
        if not name or any(a <= match.start("name") < b for a, b in found):
            continue
        title = match.group("title").rstrip(".")
        councillor = title.lower().startswith(("councillor", "cllr"))
        end = match.start("name") + len(name)
        found[(match.start("name"), end)] = f"Councillor {name}" if councillor else (
            name if len(name.split()) > 1 and not re.match(_INITIALS, name) else f"{title} {name}")
    candidates: dict[tuple[int, int], str] = {}
    for match in _PAIR.finditer(text):
        start, end, name = _given_name_first(text, *match.span("name"))
        if any(a < end and start < b for a, b in found) or not _name_ok(name) or _org_continues(text, end):
            continue
        if name.split()[0].lower() not in given_names() and _has_job_word(name.split()[-1] + " " + name.split()[0]):
            continue                                           # "Designated Nurse", "Participating Observer"
        ends = {b for _, b in found} | {b for _, b in candidates}
        if _preceded_by_capital(text, start) and len(text[:start].rstrip()) not in ends:
            continue                                           # unless names run on: "Di Birkinshaw Fiona Jorden"
        if (name.split()[0].lower() in given_names() or _SPEECH_AFTER.match(text[end:])
                or _has_job_word(_role_after(text, end)[0] or "")
                or (_opens_block(text, start, span) and _block_role(text, end))):
            found[(start, end)] = name
        else:
            candidates[(start, end)] = name
    _accept_list_neighbours(text, found, candidates)
    for match in _GIVEN_NAME_ALONE.finditer(text):
        start, end = match.span("name")
        if match.group("name").lower() in given_names() and not any(a <= start < b for a, b in found) \
                and not re.search(rf"{_WORD}\s+$", text[:start]):
            found[(start, end)] = match.group("name")
    people = _mentions(text, span, found)
    return people + find_posts(text, span, list(found)) + _action_initials(text, span)


_ACTION_OWNERS = re.compile(r"\b(?i:actions?(?:\s+by)?)\s*[:–-]\s*"
                            r"(?P<owners>[A-Z]{2,3}(?:\s*(?:[/,&]|\band\b)\s*[A-Z]{2,3})*)"
                            r"(?=\s*$|\s*[).;,]|\s+(?:to|will|and|by)\b)")     # not a heading: "ACTIONS – RAG RATE"


def _action_initials(text: str, span: Span) -> list[PersonMention]:
    """Owners printed by initials on an action line ("ACTION: MR", "Action: LD to acquire ...",
    "Actions: MM/KB"); known organisation acronyms ("Action: CCG") are not people."""
    owners = [m for match in _ACTION_OWNERS.finditer(text) for m in re.findall(r"[A-Z]{2,3}", match.group("owners"))]
    return [PersonMention(o, span, capacity="lead") for o in owners if o not in builtin_organisation_acronyms()]



def _given_name_first(text: str, start: int, end: int) -> tuple[int, int, str]:
    """In an action cell "Phil Morris Notify Liz Thackray of ..." the pair "Notify Liz" is a verb and
    the start of a name: when only the second word is a given name and a capitalised word follows,
    the name is that given name and the next word."""
    first, second = text[start:end].split()[0], text[start:end].split()[-1]
    following = re.match(rf"\s+({_WORD})(?![\w&])", text[end:])
    if following and second.lower() in given_names() and first.lower() not in given_names():
        start = end - len(second)
        end += following.end()
    return start, end, " ".join(text[start:end].split())


def _accept_list_neighbours(text: str, found: dict[tuple[int, int], str],
                            candidates: dict[tuple[int, int], str]) -> None:
    """In "Alison Davies, Dorthohy Smith and Helen Talbot" an unusual given name sits between names."""
    changed = True
    while changed:
        changed = False
        for (start, end), name in list(candidates.items()):
            if any(_CONNECTOR.match(text[b:start]) or _CONNECTOR.match(text[end:a]) for a, b in found):
                found[(start, end)] = candidates.pop((start, end))
                changed = True


def _trim(name: str) -> str:
    """Drop trailing words that cannot be part of a name ("Councillor Russell Welcomed" -> "Russell")."""
    words = name.split()
    while words and not _name_ok(words[-1]):
        words.pop()
    return " ".join(words) if words and _name_ok(" ".join(words)) else ""


def _org_continues(text: str, end: int) -> bool:
    """"Rose Hill Centre": the pair is the start of a longer proper noun; in "Christine Lenehan Director
    Council for Disabled Children" the job word between them ends the name instead."""
    match = re.match(rf"^\s+(?:{_ORG_HEADS}|([A-Z][a-z]+)\s+(?:{_ORG_HEADS}))\b", text[end:])
    return bool(match) and not (match.group(1) and match.group(1).lower() in _JOB_WORDS)


_WINDOW = 200  # characters either side of a name that its neighbouring words are read from


def _preceded_by_capital(text: str, start: int) -> bool:
    """"Rotherham Youth Cabinet" and "Sheffield Futures": a capitalised word runs into the pair.
    Only the words next to the pair count, so only a window around it is read (the whole text
    before it, for every pair, is quadratic in a long minute item)."""
    before = text[max(0, start - _WINDOW):start]
    word = re.search(r"([A-Za-z'’&]+)\s*$", before)
    if not word or not re.search(r"\s$", before):
        return False
    previous = word.group(1).lower()
    if text[start:start + _WINDOW].split()[0].lower() in given_names() and (
            previous in vocabulary.words("not_a_name") or previous in _JOB_WORDS
            or previous in vocabulary.words("action_verbs") or _noun_form(previous)):
        return False     # cells run together: "Public Health Rebecca Atchinson", "Notify Liz Thackray"
    return word.group(1)[0].isupper() and previous not in given_names() and not re.search(
        rf"\b(?:{_COUNCILLOR}|{_HONORIFIC})\.?\s*$", before) and word.group(1) not in {"The", "and", "A"}


def _mentions(text: str, span: Span, found: dict[tuple[int, int], str]) -> list[PersonMention]:
    sentences = _sentence_bounds(text)
    ordered = sorted(found.items())
    people: list[PersonMention] = []
    shared_role: tuple[str | None, str | None] = (None, None)
    for index in range(len(ordered) - 1, -1, -1):      # backwards: "A/B, Role" gives B's role to A
        (start, end), name = ordered[index]
        following = ordered[index + 1][0][0] if index + 1 < len(ordered) else None
        bracket = re.match(r"\s*\(([A-Z]{2,3})\)", text[end:])
        if bracket and bracket.group(1) in name_initials(name):
            name, end = f"{name} ({bracket.group(1)})", end + bracket.end()     # "Lorraine Dale (LD)"
        role, organisation = _role_after(text, end, following)
        if not role and _opens_block(text, start, span):
            role, organisation = _block_role(text, end) or (None, None)
        if not role and following is not None and re.fullmatch(r"\s*/\s*", text[end:following]):
            role, organisation = shared_role
        shared_role = (role, organisation)
        capacity = "mentioned"
        if re.match(r"^\s*[-–]\s*Chair\b", text[end:]):
            capacity = "chair"
        else:
            sentence_end = next(b for a, b in sentences if a <= start < b)
            verb = _PRESENTING.search(text, end, sentence_end)
            if verb and _subject_run(text, end, verb.start()):
                capacity = "presenter"
        people.append(PersonMention(name, span, role=role, organisation=organisation, capacity=capacity))
    people.reverse()
    return people


# Nouns that end a job title; a post named by its title alone ends in one of them.
_POST_HEAD = (r"(?:Officer|Manager|Director|Adviser|Advisor|Co-?ordinator|Commissioner|Executive|Chairman|Chairperson|"
              r"Clerk|Nurse|Practitioner|Specialist|Consultant|Inspector|Superintendent|Solicitor|Analyst|Leader|"
              r"Lead|Headteacher|Secretary|Treasurer|Administrator|Member|Doctor|Paediatrician|Psychologist)")
_TITLE_WORD = r"[A-Z][\w'’&-]*"
_POST = re.compile(
    rf"(?:\b(?:[Tt]he|[Oo]ur|[Tt]heir)\s+|(?P<org>\b[A-Z][\w-]+['’]s)\s+)"
    rf"(?P<title>(?:{_TITLE_WORD}\s+(?:(?:and|&|of|for)\s+)?){{0,7}}{_POST_HEAD}"
    rf"(?:(?:\s*[-–:]\s*|\s+(?:of|for)\s+(?:the\s+)?){_TITLE_WORD}(?:\s+(?:(?:and|&|of|for)\s+)?{_TITLE_WORD})*)?)"
    rf"(?![\w'’])")


def find_posts(text: str, span: Span, names: list[tuple[int, int]] = ()) -> list[PersonMention]:
    """Officers named by their post alone: "The Democratic Services Officer (Committee Services) informed",
    "welcomed the Service Manager - Family Placements and Residential", "led by Doncaster's Director for
    Children's Services". The mention carries the printed post as both name and role, so the resolver can
    link it to the person the papers say holds that post. A title printed next to a name is that
    person's role, not a post of its own; one-word titles ("the Chair") are too vague to keep."""
    posts: list[PersonMention] = []
    for match in _POST.finditer(text):
        title = re.sub(r"\s+(?:and|&|of|for)$", "", match.group("title"))
        start, end = match.start("title"), match.start("title") + len(title)
        if len(re.findall(_TITLE_WORD, title)) < 2 or _next_to_name(text, start, end, names):
            continue
        name = f"{match.group('org')} {title}" if match.group("org") else title
        sentence_end = next(b for a, b in _sentence_bounds(text) if a <= start < b)
        verb = _PRESENTING.search(text, end, sentence_end)
        presenting = bool(verb and _subject_run(text, end, verb.start()))
        posts.append(PersonMention(name, span, role=name, capacity="presenter" if presenting else "mentioned"))
    return posts


def bare_post(text: str) -> str | None:
    """A post printed on its own line or cell ("Performance and Quality Manager, Neighbourhood and Adult
    Services Directorate"): the comma-separated parts up to the first that ends in a job noun."""
    parts = [p.strip() for p in text.split(",")]
    for index, part in enumerate(parts[:3]):
        if not re.fullmatch(rf"{_TITLE_WORD}(?:\s+(?:(?:and|&|of|for)\s+)?{_TITLE_WORD})*", part):
            return None
        if re.search(rf"\b{_POST_HEAD}$", part):
            title = ", ".join(parts[:index + 1])
            return title if len(re.findall(_TITLE_WORD, title)) >= 2 else None
    return None


def _next_to_name(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """"Sue Wilson, the Performance and Quality Manager," and "the Strategic Director, Joyce Thacker":
    the title belongs to the name beside it."""
    for a, b in names:
        if a < end and start < b:
            return True
        if re.fullmatch(r"\s*,?\s*(?:the\s+|our\s+)?", text[b:start] if b <= start else text[end:a], re.I):
            return True
    return False


def _subject_run(text: str, end: int, verb: int) -> bool:
    """The text between a name and the verb is only job titles and other names ("X, Director, and Y,")."""
    between = re.sub(rf"\b(?:{_HONORIFIC}|[A-Z])\.", " ", text[end:verb])
    return len(between) < 200 and not re.search(r"[.;]|\b(?:that|which|who|when|where|to|would|had|was|were)\b",
                                                between)


_ORG_WORD = r"[A-Z][\w'’&/-]*"
_ORG_LINK = rf"(?:{_ORG_WORD}|of|for|and|the|in|on|&)"
# A run of capitalised words ending in a head word, carried on to a head word right after it ("Partnership
# Board") or after "of"/"for" ("Association of Directors of Children's Services"); or "NHS" and a name.
_ORG = re.compile(
    rf"(?P<name>(?:{_ORG_LINK},? +){{0,7}}?(?:{_ORG_WORD} +)(?:{_ORG_HEADS})"
    rf"(?: +(?:of|for)(?: +(?:{_ORG_WORD}|of|for|and|&)){{1,4}}? +(?:{_ORG_HEADS})| +(?:{_ORG_HEADS}))*"
    rf"|NHS(?: +[A-Z][a-z]+){{1,2}})\b"
    rf"(?:\s*\((?P<acronym>[A-Z][A-Za-z&]{{1,9}})\))?")
_ORG_HEAD_END = re.compile(rf"\b(?:{_ORG_HEADS})$")
_ACRONYM_TOKEN = re.compile(r"(?<![\w&])([A-Z][A-Za-z&]{0,8}[A-Z])(?![\w&])")
_LEADING_JUNK = re.compile(r"^(?:(?i:the|of|for|and|in|on|with|by|from|to|at|our|their|your|its|a|an|all|&)\s+)+")
# Sentence openers before a name; "Early" and "Family" end in -ly but open names ("Early Help Panel").
_OPENER = re.compile(r"^(?:(?!(?:Early|Family|Friendly|Elderly|Assembly|Holy)\b)[A-Z][a-z]+ly|Including|Whilst|While|"
                     r"Where|When|If|As|Within|Alongside|Following|During|Through|Via|Across|Between|Despite|"
                     r"Although|Because|Since|Until|Once|However|Also|Both|Ongoing)\s+")
# Single-word names that are organisations on their own (national bodies and charities).
_STANDALONE = re.compile(r"\b(Ofsted|OFSTED|Barnardo[’']?s|Cafcass|CAFCASS|NSPCC|Mencap|Barnardos|Childline|YWCA|YMCA)\b")
_DEPARTMENT = re.compile(r"^(?:Department|Ministry|Office) (?:of|for) [A-Z]")
_NHS_NAME = re.compile(r"NHS(?: [A-Z][a-z]+)+")
# Common nouns that end an "NHS ..." name: "NHS England Self-Assessment", "NHS Outcomes Framework", "NHS Act 2006".
_NHS_NOT_NAME = {"act", "atlas", "contract", "outcomes", "framework", "consultation", "assurance", "self", "health",
                 "care", "healthcare", "constitution", "funding", "standards", "number", "choices"}
# Words the name proper follows: document headings, dates, a job title ("Julie Jennings Chair Special
# Educational Consortium"); the verb opening an action or a question ("Extend the ...", "Should the ...").
_MONTHS_AND_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday"}
_DOCUMENT_WORDS = {"report", "reports", "summary", "papers", "recommendation", "recommendations", "minutes", "agenda",
                   "appendix", "meeting", "meetings", "draft", "decision", "date", "protocol", "specification",
                   "framework"}
_VERBS = vocabulary.words("action_verbs") | {"extend", "establish", "develop", "support", "deliver", "implement", "create", "improve",
                          "promote", "raise", "build", "strengthen", "consider", "explore", "seek", "engage", "attend",
                          "visit", "join", "include", "involve"}
_OPENING_WORDS = {"see", "can", "should", "would", "could", "must", "does", "did", "is", "are", "was", "were", "has",
                  "have", "had", "how", "what", "why", "who", "dear"}
# Nouns governing the name after them without "the": "Review of Health Services", "Members of Rotherham ...".
_GOVERNING_NOUNS = _DOCUMENT_WORDS | {"review", "role", "members", "membership", "terms", "reference"}
# Two-word names whose first word names no one: "Sub Group", "Year Group", "Help Services", "Children's Centre".
_GENERIC_FIRST = {"sub", "multi", "core", "key", "fair", "genuine", "universal", "registered", "national", "royal",
                  "strategic", "traded", "advisory", "in", "year", "leadership", "review", "provider", "support",
                  "help", "care", "health", "information", "select", "town", "children", "children's", "childrens",
                  "adult", "adults", "council", "board", "committee", "panel", "group", "team", "service", "services",
                  "agency", "partnership", "foundation", "trust", "unit", "hub", "network", "forum", "authority",
                  "office", "department", "directorate", "commission", "centre", "consortium"}
# Possessors that belong to the name ("Children's Trust", "Women's Aid"), unlike an owner ("Rotherham's").
_GROUP_NOUNS = {"children", "women", "men", "people", "parents", "carers", "girls", "boys", "citizens", "young"}
_JOIN = re.compile(r",\s+|\s+(?:and|&)\s+(?P<the>(?i:the)\s+)?")


# Who holds a contract: "awarded to Rotherham and Barnsley MIND", "commissioned from Action for Children"
_CONTRACTED = re.compile(r"\b(?:awarded to|commissioned from|contracted (?:to|with)|contract (?:is |was )?held by)\s+"
                         r"(?:the\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’&-]*){0,6})")
_BRAND = re.compile(r"\b[A-Z]{3,}\b")      # a name printed in capitals: MIND, YWCA, GROW


def _contracted(text: str) -> list[str]:
    """Names a contract is awarded to or commissioned from: a brand or charity name without a head
    word ('Rotherham MIND'), which the head-word rule cannot see. Kept when a brand in capitals,
    or a linking word or a head word in a name of two words or more, shows it is not a person's."""
    names = []
    for match in _CONTRACTED.finditer(text):
        name = match.group("name")
        named = len(name.split()) > 1 and (re.search(r"\s(?:and|of|for|&)\s", name) or _ORG_HEAD_END.search(name))
        if _BRAND.search(name) or named:     # not a lone head word: "awarded to the Council"
            names.append(name)
    return names


def find_organisations(text: str, span: Span) -> list[OrganisationMention]:
    """Organisations named in one paragraph, with the acronym printed in brackets after them."""
    found: dict[str, OrganisationMention] = {}
    covered: list[tuple[int, int]] = []
    for name in _contracted(text):
        found[name.lower()] = OrganisationMention(name, span)
    for match in _ORG.finditer(text):
        if _names_post(match.group("name"), text[match.end("name"):]):
            continue
        named = _organisations_named(match.group("name"), match.group("acronym"))
        if named:
            covered.append(match.span())
        for name, acronym in named:
            found.setdefault(name.lower(), OrganisationMention(name, span, acronym))
    for match in re.finditer(r"\(([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\)", text):
        name = _comma_tail(_expansion_before(text[:match.start()], match.group(1)) or "")
        if _ORG_HEAD_END.search(name) and _letters_in_order(match.group(1), "".join(w[0] for w in name.split())):
            covered.append((match.start() - len(name), match.end()))
            found[name.lower()] = OrganisationMention(name, span, match.group(1))
    for match in _STANDALONE.finditer(text):
        found.setdefault(match.group(1).lower(), OrganisationMention(match.group(1), span))
    known = builtin_organisation_acronyms()
    for match in _ACRONYM_TOKEN.finditer(text):
        acronym = match.group(1)
        if acronym in known and not any(a <= match.start() < b for a, b in covered):
            found.setdefault(acronym.lower(), OrganisationMention(acronym, span, acronym))
    names = list(found)
    return [m for key, m in found.items() if not any(other != key and other.endswith(" " + key) for other in names)]


_NOT_ORG_START = {"each", "every", "this", "that", "these", "those", "any", "other", "whole", "relevant",
                  "appropriate", "new", "existing", "current", "previous", "respective", "individual", "same",
                  "such", "which", "whose", "minute", "resolved", "agreed", "noted", "item", "report"}


def _names_post(name: str, after: str) -> bool:
    """"DCS/ Cabinet Member": a head word that is also a job word, followed by a job word, is a post."""
    head, following = name.split()[-1], re.match(r"\s+([A-Z][a-z]+)", after)
    return head.lower() in _JOB_WORDS and bool(following) and following.group(1).lower() in _JOB_WORDS


def _organisations_named(printed: str, acronym: str | None) -> list[tuple[str, str | None]]:
    """The organisations one printed run names, with their acronyms: the words before the name proper
    cut, a list split into its members, an acronym run into its own expansion taken off. The bracketed
    acronym belongs to the last member."""
    parts = _list_parts(_without_preamble(_trimmed(printed)) or "")
    named = []
    for index, part in enumerate(parts):
        name, glued = _glued_acronym(_without_preamble(part) or "")
        if name in builtin_organisation_acronyms():
            named.append((name, name))
        elif _is_organisation(name):
            named.append((name, glued or (acronym if index == len(parts) - 1 else None)))
    return named


def _trimmed(printed: str) -> str:
    """Less what opens the run without naming anything: list items before a comma, connectives, sentence
    adverbs, an owner ("Rotherham's Contact and Referral Team"), and the common nouns after "NHS"."""
    name = _LEADING_JUNK.sub("", _comma_tail(printed)).strip()
    name = _LEADING_JUNK.sub("", _OPENER.sub("", name))
    owner = re.match(r"([A-Z][A-Za-z]*)['’]s\s+", name)
    if owner and owner.group(1).lower() not in _GROUP_NOUNS:
        name = name[owner.end():]
    if _NHS_NAME.fullmatch(name):
        words = name.split()
        name = " ".join(words[:next((i for i, w in enumerate(words) if w.lower() in _NHS_NOT_NAME), len(words))])
    return name


def _comma_tail(name: str) -> str:
    """Commas belong to a name only in a list of single words closed by "and" ("Children, Young People and
    Families Partnership"); "Sue Cassin, Chief Nurse, NHS Rotherham" and "Health from Mars, Local
    Authority" keep only their last part."""
    parts = name.split(",")
    kept = [parts.pop().strip()]
    if not re.match(r"(?:\S+\s+){0,2}(?:and|&)\s", kept[0]):
        return kept[0]
    while parts and not _has_job_word(parts[-1]):
        word = re.fullmatch(r"(?P<links>.*\s)?(?P<word>[A-Z][a-z'’]+)", parts.pop().strip())
        if not word or (word.group("links") and not _LEADING_JUNK.fullmatch(word.group("links"))):
            break
        kept.insert(0, word.group("word"))
        if word.group("links"):
            break
    return ", ".join(kept)


def _without_preamble(name: str) -> str | None:
    """The name without the words printed before it; None when what follows them names no organisation
    ("Public Report Council", "December Board"). A person's name or a table header before a name
    ("Louise Collins Rotherham Community Dental Service") goes only when the rest is an organisation."""
    for start_of, strict in ((_marked_start, True), (_governed_start, True), (_person_start, False),
                             (_header_start, False)):
        start = start_of(name)
        if not start:
            continue
        rest = _LEADING_JUNK.sub("", name[start:].strip())
        if _is_organisation(rest) or rest in builtin_organisation_acronyms():
            name = rest
        elif strict:
            return None
    return name


def _marked_start(name: str) -> int:
    """Where the name starts after an opening verb, or after the last document word, date, job title,
    closing quote or inner "The" before its head word ("Council Report Improving Lives Select Commission",
    "Julie Jennings Chair Special Educational Consortium", "policy ‘Golden Thread’ for Rotherham ...")."""
    words = list(re.finditer(r"\S+", name))
    texts = [w.group() for w in words]
    start = 0
    for index, word in enumerate(words[:-1]):
        lower = word.group().lower().strip(",:;’'")
        if (index == 0 and _opens_with_verb(texts)) or lower in _MONTHS_AND_DAYS | _DOCUMENT_WORDS or (
                _ends_job_title(texts, index)) or re.search(r"[^s][’']$", word.group()) or (
                word.group() == "The" and index and texts[index - 1].lower() not in {"and", "&"}):
            start = word.end()
    return start


def _opens_with_verb(words: list[str]) -> bool:
    """"Should the ...", "See Department ...", "Extend the ...": a verb followed by a determiner (without
    one "Contact and Referral Team" and "Review Team" are names)."""
    first = words[0].lower()
    return first in _OPENING_WORDS or (first in _VERBS and words[1].lower() in {"the", "a", "an", "our", "their"})


def _ends_job_title(words: list[str], index: int) -> bool:
    """words[index] ends a job title printed before the name: it opens the run and more words follow before
    the head word ("Chair Local Pharmacy Committee"), or a person's name precedes it ("Christine Lenehan
    Director Council"). A title right before the head word is the name's own ("Chief Executive Officers
    Group"), as is one inside it ("Association of Directors of Children's Services")."""
    def job(word: str) -> bool:
        return word[0].isupper() and not re.fullmatch(_ORG_HEADS, word) and any(
            w in _JOB_WORDS for w in (word.lower(), word.lower()[:-1]))
    if not job(words[index]) or job(words[index + 1]):
        return False
    first = index
    while first > 0 and job(words[first - 1]):
        first -= 1
    person = first == 2 and _name_ok(" ".join(words[:2]))
    return (first == 0 and index + 1 < len(words) - 1) or person


def _governed_start(name: str) -> int:
    """Where the name starts after a phrase governing it: "Members of the Select Commission", "Statement of
    Purpose for the CAMHS Service", "Establishment of Early Help Support Panel". Not inside a name that
    already has its head word ("Association of Directors of Children's Services")."""
    for match in re.finditer(r"\s+(?:of|for|in|to|from)\s+(?P<det>(?i:the|your|our|their)\s+)?(?=[A-Z])", name):
        before = name[:match.start()]
        if re.search(rf"\b(?:{_ORG_HEADS})\b", before):
            return 0
        last = before.split()[-1].rstrip("’'")
        if match.group("det") or last.lower() in _GOVERNING_NOUNS or any(
                _noun_form(w) or w.lower() in _JOB_WORDS for w in (last, last[:-1])):
            return match.end()
    return 0


def _person_start(name: str) -> int:
    """After a person's name run into the organisation's: "Louise Collins Rotherham Community Dental Service",
    or with no space between them, "Jane SmithRotherham Council"."""
    words = name.split()
    if len(words) < 3 or words[0].lower() not in given_names():
        return 0
    glued = re.fullmatch(r"([A-Z][a-z]{2,})[A-Z][a-z]+", words[1])
    if glued and _name_ok(f"{words[0]} {glued.group(1)}"):
        return len(words[0]) + 1 + len(glued.group(1))
    return len(words[0]) + len(words[1]) + 2 if len(words) > 3 and _name_ok(" ".join(words[:2])) else 0


def _header_start(name: str) -> int:
    """After a table header cell that is a head word alone: "Agency NHS Rotherham Clinical Commissioning Group"."""
    words = name.split()
    if len(words) > 3 and re.fullmatch(_ORG_HEADS, words[0]) and words[1][0].isupper():
        return len(words[0]) + 1
    return 0


def _list_parts(name: str) -> list[str]:
    """"Mencap and the Special Educational Consortium" names two organisations, "Health and Wellbeing Board"
    one: split at a comma or "and" where the words after it name an organisation and those before do too,
    or "the" opens the second name (the words before, naming none, are dropped)."""
    for join in _JOIN.finditer(name):
        left, right = name[:join.start()], name[join.end():]
        if not _names_organisation(right):
            continue
        if _names_organisation(left):
            return [left, *_list_parts(right)]
        if join.group("the"):
            return _list_parts(right)
    return [name]


def _names_organisation(name: str) -> bool:
    """Ends in a head word, or is "NHS ...", "Department of ...", a known acronym or a stand-alone name."""
    return bool(_ORG_HEAD_END.search(name) or _NHS_NAME.fullmatch(name) or _DEPARTMENT.match(name)
                or _STANDALONE.fullmatch(name) or name in builtin_organisation_acronyms())


def _is_organisation(name: str) -> bool:
    """A name of two words or more that names an organisation and not just a kind of one ("Sub Group")."""
    words = name.split()
    if len(words) < 2 or words[0].lower().strip(",") in _NOT_ORG_START or not _names_organisation(name):
        return False
    return not (len(words) == 2 and words[0].lower().replace("’", "'") in _GENERIC_FIRST)


def _glued_acronym(name: str) -> tuple[str, str | None]:
    """A glossary row run together, an acronym before its expansion: "RMBC Rotherham Metropolitan Borough
    Council" -> the expansion, acronym RMBC; "LAC Looked After Children's Health Team" -> the expansion,
    no acronym (LAC stands for its first words only)."""
    words = name.split()
    for index, word in enumerate(words[:-1]):
        rest = words[index + 1:]
        if not re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z][a-z]?", word) or rest[0][0] != word[0]:
            continue
        initials = "".join(w[0] for w in rest if w[0].isupper())
        if _letters_in_order(word, initials):
            letters = word.replace("&", "").upper()
            return " ".join(rest), word if letters in (initials.upper(), initials.upper() + "S") else None
    return name, None


def _expansion_before(before: str, acronym: str) -> str | None:
    """The longest run of capitalised words (commas and "and"/"of" allowed) just before "(ACR)" whose
    initials contain the acronym's letters in order, starting with its first letter."""
    words = re.findall(r"[\w'’&-]+,?", before.rstrip())[-12:]
    for size in range(len(words), 1, -1):
        phrase = words[-size:]
        if not phrase[0][0].isupper() or phrase[0][0].lower() != acronym[0].lower():
            continue
        if not all(w[0].isupper() or w.rstrip(",") in ("and", "of", "for", "the", "&", "in") for w in phrase):
            continue
        if _letters_in_order(acronym, "".join(w[0] for w in phrase)):
            return " ".join(phrase).rstrip(",")
    return None


def _letters_in_order(acronym: str, initials: str) -> bool:
    position = 0
    initials = initials.lower()
    for letter in acronym.lower().replace("&", ""):
        position = initials.find(letter, position) + 1
        if not position:
            return False
    return True
