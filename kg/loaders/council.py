"""The council a paper belongs to, read from its text.

Councils print their name in a title line ("Sheffield City Council", "KENT COUNTY COUNCIL"), a
footer ("Glasgow City Council, City Chambers ..."), a ModernGov page's site name ("Doncaster
Council  Home > ..."), as "The City of Edinburgh Council", "London Borough of Brent", "Borough of X", "City and County of X" or
"Comhairle nan X". Names are
the one printed in the opening lines (the letterhead) is the council; else names are collected from the whole
text and the one printed at the top or bottom, or most often, wins; a
"Youth Council" or "Parent Council" is not a local authority.
"""
from __future__ import annotations

import itertools
import re
from collections import defaultdict
from functools import cache

from kg.loaders.normalize import is_page_stamp, paragraphs
from kg.loaders.vocabulary import words
from kg.model import Line

_PLACE_WORD = r"(?:[A-Z][A-Za-z'’-]+|upon|on|under|and|of|the|&)"
_PLACE = rf"[A-Z][A-Za-z'’-]+(?:[ ]+{_PLACE_WORD}){{0,3}}?"      # never across a table's cells
# "Sheffield City Council", "Hebden Royd Town Council", "Doncaster Council", "Bridgend County Borough Council"
_KIND_COUNCIL = re.compile(
    rf"\b(?P<place>{_PLACE})[ ]+(?P<kind>(?:(?:Metropolitan|County)\s+)?(?:City|County|Borough|District|Town|Parish|Community)\s+)?"
    r"Council\b")
# "The City of Edinburgh Council", "Council of the Isles of Scilly", "London Borough of Brent"
_CITY_OF = re.compile(rf"\b(?P<name>City\s+of\s+(?P<place>{_PLACE})\s+Council)\b")
# after "of" the name runs to its last capitalised word ("London Borough of Hatherley Green")
_PLACE_AFTER_OF = r"[A-Z][A-Za-z'’-]+(?:\s+(?:upon\s+|on\s+|under\s+|and\s+|&\s+)?[A-Z][A-Za-z'’-]+){0,3}"
_COUNCIL_OF = re.compile(rf"\bCouncil\s+of\s+(?:the\s+)?(?P<place>{_PLACE_AFTER_OF})\b")
# "London Borough of Brent", "Borough of Hallowdene", "City and County of Penrhos", "Comhairle nan Eilean Siar"
_BOROUGH_OF = re.compile(rf"\b(?:(?:London|Royal)\s+)?Borough\s+of\s+(?P<place>{_PLACE_AFTER_OF})\b")
_CITY_AND_COUNTY_OF = re.compile(rf"\bCity\s+(?:and|&)\s+County\s+of\s+(?P<place>{_PLACE_AFTER_OF})(?:\s+Council)?\b")
_COMHAIRLE = re.compile(rf"\bComhairle\s+(?:nan?\s+)?(?P<place>{_PLACE_AFTER_OF})\b")
_NAMING_WORD = re.compile(r"council|borough|county|comhairle|authority", re.I)   # every name below holds one of these
_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'’-]+(?:[ ]+[A-Z][A-Z'’-]+)*?[ ]+COUNCIL\b")
_WELSH_KINDS = {"cyngor", "cymuned", "tref", "dinas", "sir"}
_EDGE_LINES = 6          # a name in the first or last lines of the text is its title or footer
_FIRST_PAGE_LINES = 60   # a name on the first page counts for more than one deep inside an attached paper
_LETTERHEAD_PARAGRAPHS = 3   # a council named in a paper's opening lines is its letterhead
_FOOTER_REACH = 3         # lines either side of a page stamp that are the page's footer
_ENOUGH = 3              # one passing mention deep in a paper ("a peer review by X Council") does not make the council


def find_council(lines: list[Line], raw_lines: list[str] | None = None) -> str | None:
    """The council named by the text, or None when it names none; ``raw_lines`` (the file as read) show where a
    table's cells part on a line, so a name in one cell is not run into the next ("Cllr A Bell   Ashby Council")."""
    paras = paragraphs(lines)
    first_of_line: dict[int, int] = {}       # where each source line's first piece stands (pieces may be reordered)
    for position, line in enumerate(lines):
        first_of_line.setdefault(line.start, position)
    scores: dict[str, float] = defaultdict(float)
    printed: dict[str, str] = {}
    preferred_seen: dict[str, bool] = {}
    for para in paras[:_LETTERHEAD_PARAGRAPHS]:
        named = next((name for _, name, preferred in _paragraph_candidates(para, lines, first_of_line, raw_lines)
                      if preferred), None)
        if named:
            return named            # the letterhead: the council whose paper it is, however often others are named
    footers = _by_page_stamps(raw_lines or [])
    for position, para in enumerate(paras):
        edge = position < _EDGE_LINES or position >= len(paras) - _EDGE_LINES or para.start in footers
        first_page = para.start <= _FIRST_PAGE_LINES
        for place, name, preferred in _paragraph_candidates(para, lines, first_of_line, raw_lines):
            key = place.lower()
            alone = _cased(para.text.strip(" .")).lower() == name.lower()    # a title line: the council's own name
            scores[key] += (2 if re.search(r"\b(?:City|County|Borough|District|Town|Parish|Community|of)\b", name) else 1) \
                + (3 if edge else 0) + (3 if alone else 0) + (1 if first_page else 0)
            if (preferred and not preferred_seen.get(key)) or key not in printed:
                printed[key] = name          # the first form the council prints of itself, not a later one
                preferred_seen[key] = preferred
    if not scores:
        return None
    best = max(scores, key=lambda key: scores[key])
    return printed[best] if scores[best] >= _ENOUGH else None


def _by_page_stamps(raw_lines: list[str]) -> set[int]:
    """Line numbers (1-based) next to a page's stamp ("Page 1 of 2"): a page's footer, where a paper names who
    publishes it ("Published by Democratic Services, X Council")."""
    stamps = [number for number, text in enumerate(raw_lines, 1) if is_page_stamp(text.strip())]
    return {near for number in stamps for near in range(number - _FOOTER_REACH, number + _FOOTER_REACH + 1)}


def council_key(name: str) -> str:
    """"Rotherham Metropolitan Borough Council", "Rotherham Council" -> "rotherham": one council, however printed."""
    text = re.sub(r"\b(?:the|council|of|city|county|metropolitan|borough|district|town|parish|community|london|royal)\b",
                  " ", name.lower())
    return " ".join(text.split()) or name.lower()


def _cased(text: str) -> str:
    """Words in capitals ("KENT COUNTY COUNCIL", a letterhead run into its address) read in title case so one
    pattern serves both."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return _title_cased(text)
    return _CAPITALS_RUN.sub(lambda m: _title_cased(m.group(0)), text)


def _title_cased(text: str) -> str:
    return re.sub(r"[A-Za-z'’]+", lambda m: m.group(0).capitalize() if m.group(0).lower() not in
                  {"of", "upon", "on", "under", "and", "the", "nan", "na"} else m.group(0).lower(), text)


def _paragraph_candidates(para: Line, lines: list[Line], first_of_line: dict[int, int],
                          raw_lines: list[str] | None) -> list[tuple[str, str, bool]]:
    """The names a paragraph prints, read line by line (and cell by cell) first: a name on a line of its own is not
    run into the line above it ("Public Document Pack" stamped over the letterhead); a name wrapped over two lines
    is read joined."""
    first = first_of_line.get(para.start, len(lines))
    own_lines = [line for line in itertools.takewhile(lambda line: line.end <= para.end, lines[first:]) if line.text]
    by_line = [found for line in own_lines if _NAMING_WORD.search(line.text)
               for text in _cells(line, raw_lines) for found in _candidates(text)]
    return by_line if by_line or len(own_lines) < 2 else _candidates(para.text)


def _cells(line: Line, raw_lines: list[str] | None) -> list[str]:
    """A line's text cut where the file printed a gap of spaces or a tab (a table's cells run into one line), when
    the cleaned line holds the same words as the printed one; else the line whole."""
    if not raw_lines or line.start != line.end or not 0 < line.start <= len(raw_lines):
        return [line.text]
    cells = [cell.split() for cell in re.split(r"\t|[ ]{2,}", raw_lines[line.start - 1].strip()) if cell.strip()]
    words_ = line.text.split()
    if len(cells) < 2 or sum(map(len, cells)) != len(words_):
        return [line.text]
    out, at = [], 0
    for cell in cells:
        out.append(" ".join(words_[at:at + len(cell)]))
        at += len(cell)
    return out


def _candidates(printed: str) -> list[tuple[str, str, bool]]:
    """(place, name as it should be printed, whether this form is the council's own) for every name; a text without
    any word a council's name is built on names none (most lines of a pack: the costly patterns are not tried)."""
    if not _NAMING_WORD.search(printed):
        return []
    text = _cased(printed)
    found: list[tuple[str, str, bool]] = []
    for match in _CITY_OF.finditer(text):
        found.append((match.group("place"), match.group("name"), True))
    for match in _KIND_COUNCIL.finditer(text):
        if re.search(r"\b(?:the|of|and|&|on|upon|under)$", match.group("place")):
            continue                 # "Vice Chair of the Council", "Chair and Council's Comments": not a name
        place = _strip_place(match.group("place"))
        if not place or _not_a_place(place) or _after_a_title(place, text[:match.start()]) or \
                re.search(r"\bCity\s+of\s+$", text[:match.start()]):
            continue
        kind = match.group("kind") or ""
        found.append((place, f"{place} {kind}Council".replace("  ", " "), True))
    for match in _authority().finditer(text):
        place = _strip_place(match.group("place"))
        name = f"{place} {match.group('kind')}"
        if place and not _not_a_place(place) and text.strip(" .") == name:   # a title line: councils name the
            found.append((place, name, True))                                   # authorities they work with
    for pattern in (_COUNCIL_OF, _BOROUGH_OF, _CITY_AND_COUNTY_OF, _COMHAIRLE):
        for match in pattern.finditer(text):
            place = _strip_place(match.group("place"))
            if place and not _not_a_place(place):
                found.append((place, match.group(0), False))
    return found


@cache
def _authority() -> re.Pattern[str]:
    """"Solent Coast Combined Authority": a place, then a kind of authority (``data/authority_kinds.txt``)."""
    kinds = "|".join(sorted((re.escape(_title_cased(kind)) for kind in words("authority_kinds")), key=len, reverse=True))
    return re.compile(rf"\b(?P<place>{_PLACE})[ ]+(?P<kind>{kinds})\b")


def _not_a_place(place: str) -> bool:
    """"Youth Council", "That Council", "LAC Council" (an acronym: a children's council, not a place)."""
    first, last = place.split()[0], place.split()[-1]
    return (last.lower() in words("not_a_council_place") or first.lower() in words("not_a_council_place")
            or bool(re.fullmatch(r"[A-Z]{2,6}", last)))


def _after_a_title(place: str, before: str) -> bool:
    """"Cllr Derek Toase Mossdale District Council": a person's name, with or after their title, runs into the
    council they represent; no place name begins with a personal title."""
    titles = words("person_titles")
    return place.split()[0].lower().rstrip(".") in titles or \
        bool(before.split()) and before.split()[-1].lower().rstrip(".") in titles


def _strip_place(place: str) -> str:
    """Drop leading small words ("the Belfast" -> "Belfast", "Representing Ardgowan" -> "Ardgowan") and trailing
    joiners."""
    words_ = place.split()
    while words_ and words_[0].lower() in {"the", "and", "of", "on", "upon", "under", *_WELSH_KINDS,
                                           *words("council_lead_ins")}:
        words_.pop(0)             # "Cyngor Cymuned X Community Council": the Welsh name printed before the English
    while words_ and words_[-1].lower() in {"the", "and", "of", "on", "upon", "under"}:
        words_.pop()
    return " ".join(words_)
