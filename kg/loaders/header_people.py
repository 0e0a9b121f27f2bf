"""Officers a meeting's header or agenda names with their posts, though they are not attendance:
the contact officer ("Contact: Sarah Lee  Governance Officer"), an officer field ("DEMOCRATIC SERVICES
OFFICER: NADIA HOLLIS"), the signatory of a notice of meeting (a name line over "Chief Executive"),
and portfolio holders heading an agenda's items ("The Cabinet Member for Schools - County Councillor
Edwin Lathom")."""
from __future__ import annotations

import re

from kg.loaders.people_text import clean_person
from kg.model import Line, PersonMention, SourceText

_CONTACT = re.compile(r"^contact(?:\s+officer)?\s*:\s*(?P<rest>.+)$", re.I)
_OFFICER_FIELD = re.compile(r"^(?P<post>(?:[A-Z][A-Za-z&]+\s+){0,4}OFFICER)\s*:\s*(?P<name>.+)$", re.I)
_PORTFOLIO = re.compile(r"^(?:the\s+)?(?P<post>(?:cabinet|lead|executive)\s+member\s+for\s+.+?|portfolio\s+holder\s+for\s+.+?)"
                        r"\s+[-–]\s+(?P<name>(?:county\s+)?(?:councillor|cllr)\s+.+)$", re.I)
_POST = re.compile(r"^(?:chief\s+executive|(?:assistant\s+|deputy\s+|strategic\s+|corporate\s+)?director\b.*|"
                   r"head\s+of\s+.+|monitoring\s+officer|.*\bmanager)$", re.I)
_CELLS = re.compile(r"\t+|\s{2,}")
_COOPTED = re.compile(r"^co-?opted(?:\s+members?)?\s*:\s*(?P<rest>.+)$", re.I)
_NAME_POST = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*\((?P<post>[^)]{4,})\)")


def header_officers(source: SourceText, lines: list[Line], start: int, end: int) -> list[PersonMention]:
    """Officers named with their posts between line indexes ``start`` and ``end``."""
    found: list[PersonMention] = []
    texts = [(index, lines[index].text.strip()) for index in range(start, min(end, len(lines))) if lines[index].text.strip()]
    for position, (index, text) in enumerate(texts):
        span = source.span(lines[index].start, lines[index].end)
        following = texts[position + 1][1] if position + 1 < len(texts) else ""
        joined = f"{text} {following}" if re.search(r"\b(?:-|–|county)$", text, re.I) else text
        contact = _CONTACT.match(text)
        officer = _OFFICER_FIELD.match(text)
        portfolio = _PORTFOLIO.match(joined)
        if contact:
            raw = source.raw_lines[lines[index].start - 1]
            cells = [c.strip() for c in _CELLS.split(raw.split(":", 1)[1].strip()) if c.strip()]
            if len(cells) >= 2 and not re.search(r"\d", cells[1]):
                _add(found, cells[0], cells[1], span)
        elif officer:
            above = texts[position - 1][1] if position else ""
            post = f"{above} {officer.group('post')}" if above.isupper() and not above.endswith(":") else officer.group("post")
            _add(found, officer.group("name"), post, span)
        elif portfolio:
            _add(found, portfolio.group("name"), portfolio.group("post"), span)
        elif _COOPTED.match(text):                                  # "Co-opted: Ann Lee (Non-Executive Director, X)"
            for member in _NAME_POST.finditer(_COOPTED.match(text).group("rest")):
                _add(found, member.group("name"), member.group("post"), span)
        elif _POST.match(following) and text.isupper() and len(text.split()) in (2, 3):
            _add(found, text, following, span)                     # a signature: the name over the post
    return found


def _add(found: list[PersonMention], name: str, post: str, span) -> None:
    name = re.sub(r"^county\s+(?=councillor)", "", re.sub(r"\s+", " ", name.strip()), flags=re.I)
    person = clean_person(name, span, "mentioned", " ".join(post.split()))
    if person and person.name not in {p.name for p in found}:
        found.append(person)
