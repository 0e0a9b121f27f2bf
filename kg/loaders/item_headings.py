"""Minute item headings in every numbering scheme councils print, chosen by how well they run.

A numbered line is a candidate heading in one numbering family: running integers ("235.", "1a."),
paragraph numbers ("3.1"), prefixed ("Minute 7", "Item 4"), committee codes ("HWB/24/15",
"CYP/17/24"), year-numbered ("2023/145", "25/061", "14/25") or reference-numbered ("C&YP 23/24 – 45"). Its title is
printed after the number, on the next line (the number alone on its line, as ModernGov pages and
printed minutes set it), or as the paragraph just above the number when the number opens the
minute's text (Scottish minutes). Numbered lists inside an item (decisions "1. To note ...", a run of
lines with no blank between them) are not headings.

Each family's candidates are chained where numbers run upward in small steps; the family with the
longest chain gives the items, the outermost numbering winning over paragraph numbers inside items.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.loaders.attendance import is_attendance_label
from kg.loaders.dates import find_dates
from kg.loaders.mentions import ends_in_abbreviation
from kg.loaders.normalize import upper_ratio
from kg.loaders.resolutions import names_a_mover, starts_with_label
from kg.loaders.vocabulary import words
from kg.model import Line

_CODE = (r"(?P<welsh>[A-Z&]{1,6}\s?\d{2}/\d{2}\s*[-–]\s*\d{1,3})"        # C&YP 23/24 – 45
         r"|(?P<suffixed>\d{2}/\d{1,3}/[A-Z]{2,6})"                          # 25/28/ECSC (year, item, committee)
         r"|(?P<monthly>[A-Z]{1,6}\d{1,3}/(?-i:[A-Z][a-z]{2})/\d{2})"        # AS1/Jun/24 (item, month, year)
         r"|(?P<slash>[A-Z]{1,6}(?:/[A-Z0-9]{1,4}){0,3}/\d{1,4})"          # HWB/24/15, WCL/SO/2014/07, CES/12, P/1547
         r"|(?P<colon>\d{2}/\d{1,3}:\d{1,3})"                                # 07/19:04 (year/meeting:minute)
         r"|(?P<year>(?:19|20)\d\d/\d{1,4})"                               # 2023/145
         r"|(?P<pair>\d{1,3}/\d{2,3}(?![/\d]))"                           # 25/061 (year first), 14/25 or 1/26 (year last)
         r"|(?P<coded>[A-Z][A-Z&]{0,5}[.\s]?\d{1,4}(?:/\d{2,3}(?:/\d{2})?|[-–]\d{2}/\d{2}))"   # CAB 45/20, C12/21, F&GP 26/01,
                                                                               # TC25/149, P.102/26, PL41-23/24
         r"|(?P<dotted>(?!(?i:part|item|page|annex|appendix|section|table|stage|phase)\b)"
         r"(?:(?-i:[A-Z]{2,6})(?:\.\s?|\s)|(?-i:[A-Z])\.)\d{1,4}(?![/\d]|\.\d))"     # CAB.87, JHOSC 23, C.139, JPC 31.
         r"|(?P<int>[A-Z]{0,2}\d{1,4}(?:[a-z]|\s?\((?-i:[a-h])\))?(?:\.\d{1,2})?)"   # 235, D17, 1a, 5 (a), 3.1
         r"|(?P<letter>(?-i:[A-Z])(?=\.\s))"                              # A. Welcome
         r"|(?P<roman>(?-i:[IVXLC]{2,8}|[IVX](?=\s+[A-Z]{3,}\b)))(?=[.:]?\s)"    # XXVIII Apologies, V ANNUAL ACCOUNTS
         r"|\((?P<paren>\d{1,3})\)(?=\s+(?-i:[^a-z\s]{4}))"                # (2) COMMUNITY SAFETY PLAN
         r"|\((?P<lettered>(?-i:[a-h]))\)(?=\s+(?-i:[A-Z0-9]))")           # (c) Programme of site visits
_PREFIX = r"minute|min\.?|mins\.?|item|agenda item|decision"           # "Min 25/141", "Minute No. 14"
_NUMBERED = re.compile(rf"^(?:(?P<prefix>{_PREFIX})\s+(?:no\.?\s*)?)?(?:{_CODE})(?P<stop>[.:]?|(?<=\d)\))"
                       r"(?:(?<=\.)(?:\*+|\((?-i:[UK])\)))?"         # "5.* BUDGET" (a key decision), "10.(U) ..." (urgent)
                       r"(?:\s+[-–]?\s*(?P<rest>\S.*))?$", re.I)
_MAX_STEP = 6
_NARROW = 22          # the width of a narrow table column's lines, in characters
_CELL = re.compile(r"\t+")
_LETTER_PAIR = re.compile(r"[^\W\d_]{2}")
_TITLE_DASH = re.compile(r"^(?P<title>[A-Z][^–:.;]{2,60}?)\s+[–-]\s+(?=\S)")
_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
_REFERENCE = re.compile(r"(?=[^ ]*\d)[A-Z0-9]+(?:[/.-][A-Z0-9]+)+")        # "NP/26/0031/FUL", "PL/2025/08812"
_TITLE_STOP = re.compile(r"^(?P<title>[A-Z][^.:;–]{2,60}?)\.\s+(?=[A-Z])")
_TITLE_COLON = re.compile(r"^(?P<title>[A-Z][^:.;]{2,60}?)\s*:-?\s+(?=\S)")     # "Correspondence:- ..." too
_JOINERS = {"and", "the", "for", "with", "from", "into", "its", "our", "their", "under", "over", "per"}
_CAPITAL_RUN = re.compile(r"^(?P<title>[^a-z]{4,}?[A-Z)])(?:[.:]\s+(?=\S)|\s+(?=[A-Z][a-z]))")
# a bold title the extraction glued to the minute's first word: "APOLOGIES FOR ABSENCEApologies were received"
_GLUED_CAPITALS = re.compile(r"^(?P<title>[A-Z][A-Z0-9 ,&'’()/:–-]{3,}?[A-Z0-9)])(?=[A-Z][a-z])")
_MINUTE_NUMBER = re.compile(r"^(?:minute\s+no\.?\s*(?P<labelled>\d{1,4})\s*$|(?P<opening>\d{2,4})\s+\S)", re.I)


@dataclass
class Heading:
    index: int            # first line of the item (its title paragraph when the title is printed above)
    number: str
    title: str
    body_start: int       # first line of the item's text
    family: tuple
    key: tuple


def find_item_headings(lines: list[Line], start: int, end: int) -> list[Heading]:
    """The minute items between line indexes ``start`` and ``end``, in order."""
    candidates = [c for index in range(start, end) if (c := _candidate(lines, index, start, end))
                  and not _LABEL_ONLY.fullmatch(c.title)]        # "Minutes:" over "2.1 The Solicitor ..."
    chains: dict[tuple, list[Heading]] = {}
    for family in {c.family for c in candidates}:
        chains[family] = _chain([c for c in candidates if c.family == family])
    if not chains:
        return []
    # a prefixed numbering ("Item 4", "Minute 7") wins unless another runs at least twice as long ("Item 5" stamped
    # on the papers after minutes numbered "C.21" to "C.26"); a tie goes to the chain that starts first (a report's
    # sections come after the minutes' items), never to the order a set of families happens to be walked in
    longest = max(len(chain) for chain in chains.values())
    best = max(chains, key=lambda f: (len(chains[f]) >= 2, f[1] != "lettered",      # "(a)" items: no numbers else
                                      bool(f[0]) and 2 * len(chains[f]) > longest, -f[2],
                                      len(chains[f]), -chains[f][0].index if chains[f] else 0, str(f)))
    chain = chains[best] if len(chains[best]) >= 2 else []
    if best[0] == "item":
        _use_minute_numbers(lines, chain, end)
    chain = _taken_out_of_order(chain, [c for c in candidates if c.family == best])
    prefix, shape, depth, letters = best
    if shape == "int" and depth == 1:
        chain = _with_titled_sub_items(chain, [c for c in candidates if c.family == (prefix, "int", 2, letters)], lines)
        chain = _with_section_sub_items(chain, lines, end)
    if shape != "lettered":
        chain = _with_lettered_sub_items(chain, lines, end)
    _with_committee_code(chain, lines, start)
    return chain + _private_part(chain, [chains[f] for f in chains if f != best], lines)


_PRIVATE_PART = re.compile(r"\b(?:part\s+(?:2|ii|b)|exempt|private|confidential|not\s+for\s+publication)\b", re.I)


def _private_part(chain: list[Heading], others: list[list[Heading]], lines: list[Line]) -> list[Heading]:
    """Items taken in private numbered anew after the public ones ("PART 2 – EXEMPT ITEMS" over "E1.", "E2."): a
    run of another numbering that starts at its first number right under a heading naming the private part."""
    if not chain:
        return []
    for run in others:
        if run and run[0].index > chain[-1].index and run[0].key[-1] == 1 and _under_private_heading(lines, run[0]):
            return run
    return []


def _under_private_heading(lines: list[Line], heading: Heading) -> bool:
    """The nearest line above is a short heading naming the private part of the meeting, not a sentence."""
    above = next((lines[i].text.strip() for i in range(heading.index - 1, max(heading.index - 4, -1), -1)
                  if lines[i].text.strip()), "")
    return bool(_PRIVATE_PART.search(above)) and len(above.split()) <= 10 and not above.endswith(".")


_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|did)\b")    # "There were no declarations"


def _printed_as_title(line: str, title: str) -> bool:
    """The title opens after its number on the line, which ends without a stop (a comma: it wraps), and states
    nothing; or the number stands alone over a title in capitals ("3.1" / "KERBSIDE GLASS TRIAL")."""
    if re.fullmatch(r"\d{1,3}\.\d{1,2}\.?", line.strip()):
        return upper_ratio(title) > 0.75 and not _FINITE.search(title.lower())
    return title[:20] in line and not line.rstrip().endswith((".", ":", ";")) and not _FINITE.search(title)


def _with_titled_sub_items(chain: list[Heading], subs: list[Heading], lines: list[Line]) -> list[Heading]:
    """Business items numbered under a heading ("7. Finance" over "7.1 Payments", "7.2 Bank reconciliation") are
    items of their own, the heading kept as the item they belong to. Only a title printed on its number's line
    counts, and only a run from .1 upward: paragraph numbers ("6.1" over "The Committee considered ...") and
    numbered minute text ("6.2 The report was noted.", "1.1 There were no declarations") stay inside their item."""
    out: list[Heading] = []
    for position, parent in enumerate(chain):
        stop = chain[position + 1].index if position + 1 < len(chain) else len(lines)
        inside = [s for s in subs if s.key[0] == parent.key[0] and parent.body_start <= s.index < stop
                  and _printed_as_title(lines[s.index].text, s.title)]
        run = []
        for sub in inside:
            if sub.key[1] == len(run) + 1:
                run.append(sub)
        out += [parent, *run]
    return out


def _with_section_sub_items(chain: list[Heading], lines: list[Line], end: int) -> list[Heading]:
    """Items numbered as sections ("4.0 Disposal of Property" over "4.1 Disposal of 0.21 hectares at Mill Road." and
    its minute): under a heading printed "N.0", the lines "N.1", "N.2" ... opening with a title that states nothing
    (never "3.1 The Board reviewed ...", "3.2 AGREED: ..."), over text of their own, are items of their own, even
    when the title closes with a stop or a colon."""
    out: list[Heading] = []
    for position, parent in enumerate(chain):
        out.append(parent)
        stop = chain[position + 1].index if position + 1 < len(chain) else end
        if not parent.number.endswith(".0") or (position + 1 < len(chain) and chain[position + 1].key[:1] == parent.key):
            continue                # not a section, or its sub-items already read as titled ones
        section, expected = parent.number.removesuffix(".0"), 1
        for index in range(parent.body_start, stop):
            match = re.match(rf"^{re.escape(section)}\.{expected}\s+(?P<title>[A-Z].*)$", lines[index].text.strip())
            title = match.group("title") if match else ""
            if match and not _FINITE.search(title) and not _STATES.match(title) and not starts_with_label(title) \
                    and len(title.split()) <= 25 and _next_nonblank(lines, index + 1, stop, within=3) is not None:
                out.append(Heading(index, f"{section}.{expected}", title.rstrip(" .:"), index + 1,
                                   parent.family, (*parent.key, expected)))
                expected += 1
    return out


_LETTERED_LINE = re.compile(r"^(?P<number>\(?(?P<letter>[a-h])\))\s+(?P<title>[A-Z0-9].*)$")     # "(a) Title", "a) Title"


def _with_lettered_sub_items(chain: list[Heading], lines: list[Line], end: int) -> list[Heading]:
    """Business taken under one item as lettered headings of their own ("3. MINUTES" over "a) Previous meeting",
    "b) Audit Sub-Committee", each with its own minute) are items of their own, the heading kept as the item they
    belong to. Only a run from "a" upward of short titles that state nothing, each over text of its own: a
    decision's lettered parts ("(a) the report be noted;") and a list of topics with no text between stay inside."""
    out: list[Heading] = []
    for position, parent in enumerate(chain):
        stop = chain[position + 1].index if position + 1 < len(chain) else end
        run: list[Heading] = []
        for index in range(parent.body_start, stop):
            match = _LETTERED_LINE.match(lines[index].text.strip())
            if not match or ord(match.group("letter")) - 97 != len(run) or not _lettered_title(match.group("title")) \
                    or "," in match.group("title") or _runs_on(match.group("title")):
                continue                # "(a) Payments for October totalling £6,482, as set out in the": a sentence
            after = _next_nonblank(lines, index + 1, stop, within=3)
            if after is None or _LETTERED_LINE.match(lines[after].text.strip()) or lines[after].text.strip()[:1].islower():
                break
            run.append(Heading(index, match.group("number"), match.group("title").strip(), index + 1,
                               ("", "lettered", 2, ""), (*parent.key, len(run) + 1)))
        out += [parent, *(run if len(run) >= 2 else [])]
    return out


def _taken_out_of_order(chain: list[Heading], family: list[Heading]) -> list[Heading]:
    """Items the meeting took out of order ("7." printed before "6."): a heading of the chain's own numbering whose
    number the chain lacks, printed between two of its headings after a higher number, joins it where it stands."""
    numbers = {heading.key for heading in chain}
    merged = list(chain)
    for before, after in zip(chain, chain[1:]):
        merged += [c for c in family if c.key not in numbers and chain[0].key < c.key < before.key
                   and before.body_start <= c.index < after.index]
    return sorted(merged, key=lambda h: h.index)


_MINUTES_LABEL = re.compile(r"^minutes\s*:", re.I)
_NOT_TITLE = re.compile(r"^(?:additional documents|decision|minutes\s*:|items?\b|no\.?\s+item|presented\s+by\b|[-•]\s)",
                        re.I)
_TRAILER = re.compile(r"\bview the full minutes text for item\s+(?P<num>[\w./]+?)\.?$", re.I)


def labelled_minutes(lines: list[Line], start: int, end: int) -> list[Heading]:
    """ModernGov pages whose items print no number line: each "Minutes:" label minutes the title printed
    above it (past "Additional documents:" and its list); the number, when printed, is in the trailer
    "view the full minutes text for item 57"."""
    labels = [i for i in range(start, end) if _MINUTES_LABEL.match(lines[i].text.strip())]
    if len(labels) < 2:
        return []
    headings: list[Heading] = []
    for position, label in enumerate(labels):
        title_at = next((i for i in range(label - 1, start - 1, -1) if lines[i].text.strip()
                         and not _NOT_TITLE.match(lines[i].text.strip()) and not lines[i].text.startswith(" ")), None)
        if title_at is None or (headings and title_at <= headings[-1].body_start):
            continue
        stop = labels[position + 1] if position + 1 < len(labels) else end
        trailer = next((m for i in range(label, stop) if (m := _TRAILER.search(lines[i].text.strip()))), None)
        number = trailer.group("num") if trailer else None
        headings.append(Heading(title_at, number, lines[title_at].text.strip(), label, ("", "labelled", 0, ""), ()))
    return headings if len(headings) >= 2 else []


_INLINE_MINUTES = re.compile(r"\s+Minutes:\s+(?=\S)")
# where an agenda's description starts after the item's title on a flattened line ("Declarations of Interest To invite ...")
_DESCRIPTION = re.compile(r"\s+(?=(?:To|The|This|That|Report|Members|Cabinet)\s+[a-z])")


def inline_minutes(lines: list[Line], start: int, end: int) -> list[Heading]:
    """ModernGov pages flattened to a line per item: "<title> [<agenda text>] Minutes: <minute text>"."""
    headings: list[Heading] = []
    for index in range(start, end):
        text = lines[index].text.strip()
        label = _INLINE_MINUTES.search(text)
        if not label:
            continue
        title = _DESCRIPTION.split(text[:label.start()], maxsplit=1)[0].strip()
        if _reads_as_title(title):
            headings.append(Heading(index, None, title, index, ("", "inline", 0, ""), ()))
    return headings if len(headings) >= 2 else []


def unnumbered_before(lines: list[Line], start: int, first_item: int) -> list[tuple[int, None, str, int]]:
    """An unnumbered heading between the attendance and the first numbered item ("Declaration of
    interests" over its paragraph), as Scottish minutes print the routine business."""
    return unnumbered_headings(lines, start, first_item, routine_on_text=True)[-1:]


def unnumbered_headings(lines: list[Line], start: int, end: int,
                        routine_on_text: bool = False) -> list[tuple[int, None, str, int]]:
    """Headings printed without numbers: a short title on a line of its own, set off by blank lines,
    over a paragraph of minute text: (index, None, title, body start). ``routine_on_text``: a routine title
    ("Declarations of Interest") may sit right on its text, as it does above the numbered items."""
    found: list[tuple[int, None, str, int]] = []
    for index in range(start, end):
        if not _standalone_title(lines, index, 0):
            continue
        title, after = _capitals_wrapped(lines, index, end)
        if title.lower().rstrip(" :") in words("hearing_sub_headings"):
            continue
        following = _next_nonblank(lines, after, end, within=3)
        if following is None or (following == after and upper_ratio(title) < 0.9
                                 and not (routine_on_text and _routine_title(title))):
            continue                  # a title in sentence case stands apart; one in capitals may sit on its text
        text = lines[following].text
        dashed = _DASHED_CAPITALS.fullmatch(title)     # "ENFORCEMENT ACTION -": a title in capitals, then a dash
        if dashed or (len(text.split()) >= 6 and _sentence(text)) or (
                upper_ratio(title) > 0.9 and text.rstrip().endswith(".") and text[:1].isupper() and upper_ratio(text) < 0.5):
            found.append((index, None, dashed.group("title") if dashed else title, following))   # "APOLOGIES" over
                                                                                              # "There were none." too
    return found


def headings_between_paragraphs(lines: list[Line], start: int, end: int) -> list[tuple[int, None, str, int]]:
    """Unnumbered headings of a document saved as text a paragraph per line, with no blank lines (Word's "save as
    text"): a short title line after a finished sentence or a table row, over a line of minute text."""
    if not _paragraph_per_line(lines, start, end):
        return []
    found: list[tuple[int, None, str, int]] = []
    for index in range(start + 1, end - 1):
        text, above, below = (lines[i].text.strip() for i in (index, index - 1, index + 1))
        if "\t" in text or not _title_alone(text, 12):
            continue
        if above and not ("\t" in above or above.endswith((".", "!", "?", ")"))):
            continue
        if "\t" not in below and len(below.split()) >= 6 and _sentence(below):
            found.append((index, None, text, index + 1))
    return found


def headings_in_wrapped_text(lines: list[Line], start: int, end: int) -> list[tuple[int, None, str, int]]:
    """Unnumbered headings of minutes extracted with no blank lines and their text wrapped to the page's width: a
    title is a line well short of that width, after a line that ends a paragraph, over a line of minute text or a
    mover's line (or a bracketed note, "(Councillor X left the meeting.)", then the text). A section heading over a
    title is no item."""
    width = _text_width(lines, start, end)
    if not width:
        return []
    found: list[tuple[int, None, str, int]] = []
    for index in range(start, end - 1):
        text, above = lines[index].text.strip(), lines[index - 1].text.strip() if index > start else ""
        if not _title_alone(text, 10) or _runs_on(text) or len(text) > _SHORT_OF_WIDTH * width \
                and not (above.endswith(".") and ":" in text):       # "Voice of the child: Children in Care ..."
            continue
        if above and not above.endswith((".", "!", "?", ")", ":", ";", "”", '"')) \
                and (len(above) > _SHORT_OF_WIDTH * width or _runs_on(above)):
            continue                                         # a line running on: this line ends its sentence
        below = _next_nonblank(lines, index + 1, end, within=2)
        if below is not None and lines[below].text.strip().startswith("(") and lines[below].text.rstrip().endswith(")"):
            below = _next_nonblank(lines, below + 1, end, within=2)
        text_below = lines[below].text.strip() if below is not None else ""
        if (text_below[:1].isupper() and _sentence(text_below)) or names_a_mover(text_below) \
                or _NEXT_MEETING.match(text) and find_dates(text_below):      # "Date of next meeting" / "Wednesday 14 ..."
            found.append((index, None, text, index + 1))
    return found


_NEXT_MEETING = re.compile(r"^date\s+(?:and\s+(?:time|venue)\s+)?of\s+(?:the\s+)?next\s+meeting$", re.I)


def _runs_on(text: str) -> bool:
    """A line that stops mid-sentence: after a comma or a joining word ("Seconded by Councillor X and")."""
    last = text.rsplit(None, 1)[-1].lower() if text.split() else ""
    return text.endswith(",") or last in _RUNS_ON_WORDS


def _text_width(lines: list[Line], start: int, end: int) -> int:
    """The width text is wrapped to, in characters (the median long line), when most of it has no blank lines;
    0 when the text is set off in paragraphs or a paragraph per line."""
    texts = [line.text.strip() for line in lines[start:end]]
    long = sorted(len(text) for text in texts if len(text.split()) >= 8)
    blank = sum(not text for text in texts)
    if len(long) < 10 or blank > 0.1 * len(texts) or _paragraph_per_line(lines, start, end):
        return 0
    return long[len(long) // 2]


_RUNS_ON_WORDS = _JOINERS | {"or", "of", "by", "to", "on", "at", "in"}
_SHORT_OF_WIDTH = 0.7       # a title line is at most this share of the wrapped text's width


def floating_numbers(lines: list[Line], start: int, end: int) -> list[tuple[int, str, str, int]]:
    """Minutes extracted in the PDF's raw order print the margin's minute numbers on lines of their own wherever the
    text stream put them, some inside a sentence ("... between Pelham" / "44" / "and Stowbridge ..."); their titles
    stand on lines of their own over the text. When the numbers run one by one and are as many as the titles, the
    n-th number is the n-th title's."""
    bare = [(i, lines[i].text.strip().rstrip(".")) for i in range(start, end) if _BARE_NUMBER.match(lines[i].text.strip())]
    numbers = _longest_run(bare)
    if len(numbers) < 3 or not any(_inside_sentence(lines, i, start, end) for i, _ in numbers):
        return []
    taken = {i for i, _ in bare}
    titles = [i for i in range(max(start, numbers[0][0] - 3), end)
              if i not in taken and _title_line(lines, i, taken, start, end)]
    if len(titles) != len(numbers):
        return []
    return [(index, number, lines[index].text.strip(), index + 1) for index, (_, number) in zip(titles, numbers)]


def _longest_run(numbers: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The longest run of numbers going up one by one, passing over page numbers and stray figures between."""
    best: list[tuple[int, str]] = []
    for first in range(len(numbers)):
        run = [numbers[first]]
        for later in numbers[first + 1:]:
            if int(later[1]) == int(run[-1][1]) + 1:
                run.append(later)
        best = run if len(run) > len(best) else best
    return best


def _inside_sentence(lines: list[Line], index: int, start: int, end: int) -> bool:
    above, below = (lines[i].text.strip() if start <= i < end else "" for i in (index - 1, index + 1))
    return bool(above) and not above.endswith((".", ":", ";")) and below[:1].islower()


def _title_line(lines: list[Line], index: int, numbers: set[int], start: int, end: int) -> bool:
    """A short title on a line of its own after a finished sentence or a number (or right over its number), over a
    line of text."""
    if not _title_alone(lines[index].text.strip(), 10):
        return False
    at = next((i for i in range(index - 1, -1, -1) if lines[i].text.strip()), -1)
    below = next((i for i in range(index + 1, end) if lines[i].text.strip() and i not in numbers), None)
    numbered = next((i for i in range(index + 1, end) if lines[i].text.strip()), None) in numbers
    finished = at < start or at in numbers or numbered or lines[at].text.rstrip().endswith((".", ";", ":", ")"))
    return finished and below is not None and len(lines[below].text.split()) >= 6


def _title_alone(text: str, most_words: int) -> bool:
    """A line that can only be a title: short, read as one, ending without punctuation, no number, field or label."""
    return bool(text) and len(text.split()) <= most_words and _reads_as_title(text) \
        and not text.endswith((".", ":", ";", ",")) and not _item_number(text) and not _FIELD.match(text) \
        and not starts_with_label(text)


def _paragraph_per_line(lines: list[Line], start: int, end: int) -> bool:
    """Most long lines end a sentence, where text wrapped to the page's width ends most lines mid-sentence."""
    long = [line.text.strip() for line in lines[start:end] if "\t" not in line.text and len(line.text.split()) >= 8]
    return len(long) >= 5 and sum(text.endswith((".", "!", "?", ":", ")")) for text in long) >= 0.6 * len(long)


def _capitals_wrapped(lines: list[Line], index: int, end: int) -> tuple[str, int]:
    """A heading in capitals and the capitals line it wraps onto ("APPLICATION ... 22 FORE" / "STREET, HARWOOD"),
    and the index after it."""
    title = lines[index].text.strip()
    after = index + 1
    dashed = after < end and _DASHED_CAPITALS.fullmatch(lines[after].text.strip())   # "... POWERS -": the title ends
    if upper_ratio(title) > 0.9 and after < end and lines[after].text.strip() and upper_ratio(lines[after].text) > 0.9 \
            and (len(lines[after].text.split()) <= 8 or dashed) \
            and (after + 1 >= end or not lines[after + 1].text.strip() or dashed):
        return f"{title} {lines[after].text.strip()}", after + 1
    return title, after


_PARAGRAPH = re.compile(r"^\d{1,3}\.\s+\S")
_SECTION_HEADING = re.compile(r"[A-Z][A-Z&,'’ -]{2,40}|\([^()]{3,60}\)")     # a part of the meeting over its items
_DASHED_CAPITALS = re.compile(r"(?P<title>[^a-z]{3,}?)\s+[-–]")
_LABEL_ONLY = re.compile(r"(?:minutes|decisions?|resolved|presented\s+by)\s*:.*", re.I)
_VOTE_OUTCOME = re.compile(r"^(?:carried|lost|fell|agreed|not\s+carried)(?:\s+(?:unanimously|nem\.?\s*con\.?))?$", re.I)
_BARE_NUMBER = re.compile(r"^\d{1,3}\.?$")
_LONE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})?\.?$")        # "4", "4.1" alone on a line
# a report's reference opening a title in capitals ("OP/WM/012 KERBSIDE GLASS TRIAL"), under the item's own number
_REFERENCE_TITLE = re.compile(r"^[A-Z]{1,5}(?:/[A-Z0-9]{1,5}){2,}\s+(?P<title>\S.*)$")
_FIELD = re.compile(r"^[A-Z]\w*(?:\s+\w+){0,2}:\s")    # "Contact: Imogen Salt", "Venue: Civic Centre": a page's field


def headings_over_paragraphs(lines: list[Line], start: int, end: int) -> list[tuple[int, None, str, int]]:
    """Minutes that number their paragraphs straight through and head each item with an unnumbered title
    just above its first paragraph ("Matters Arising" / "4. The Chief Executive reported ..."): the titles
    are the items. At most one short line (a member leaving the room) may stand between."""
    found: list[tuple[int, None, str, int]] = []
    paragraphs = 0
    printed = Counter(line.text.strip() for line in lines[start:end])
    for index in range(start, end):
        text = lines[index].text.strip()
        paragraphs += bool(_PARAGRAPH.match(text))
        if not _standalone_title(lines, index, start, after_sentence=True, furniture=printed) \
                or starts_with_label(text) or printed[text] > 1 or _VOTE_OUTCOME.match(text):
            continue                # a running head over a page's first paragraph, "Carried" under a motion
        below = [i for i in range(index + 1, min(end, index + 3)) if lines[i].text.strip()][:2]
        first = next((i for i in below if _PARAGRAPH.match(lines[i].text.strip())), None)
        if first != index + 1 and is_attendance_label(text):
            continue                # "Officers in attendance" over names; "Cabinet Member's Update" over its minute
        opening = " ".join(line.text for line in lines[first:first + 2]) if first is not None else ""  # wrapped at last
        if first is not None and _numbered_title(lines, first, start, end):
            continue                # "Item  Discussion" over "1. Welcome and Apologies": numbered items, not paragraphs
        if first is not None and (_sentence(opening) or lines[first].text.rstrip().endswith(".")) and \
                all(lines[i].text.strip().rstrip(")").endswith(".") for i in below if i < first):
            found.append((index, None, text, index + 1))
    return found if len(found) >= 3 and paragraphs > len(found) else []


def _numbered_title(lines: list[Line], index: int, start: int, end: int) -> bool:
    """The numbered line is an item's heading, its whole text after the number a title over the item's text."""
    heading = _candidate(lines, index, start, end)
    return heading is not None and heading.index == index and heading.body_start > index \
        and lines[index].text.strip().endswith(heading.title)


def _standalone_title(lines: list[Line], index: int, start: int, after_sentence: bool = False,
                      furniture: Counter[str] | None = None) -> bool:
    """A line that could title an unnumbered item: a blank line above it (``after_sentence``: or a finished
    sentence or a line printed on every page, as text extracted with no blank lines prints them), up to twelve words
    that read as a title, no closing full stop or colon, no item number."""
    text = lines[index].text.strip()
    above = lines[index - 1].text.strip() if index > start else ""
    after = after_sentence and (above.endswith((".", ".)")) or bool(furniture) and furniture[above] > 1
                                or _SECTION_HEADING.fullmatch(above) is not None)     # "EXEMPT ITEMS", "(Open access)"
    return bool(text) and (not above or after) and len(text.split()) <= 12 \
        and _reads_as_title(text) and not text.endswith((".", ":")) and not _item_number(text) \
        and not _FIELD.match(text)


def _use_minute_numbers(lines: list[Line], chain: list[Heading], end: int) -> None:
    """CMIS minutes head each "Item 5" with the minute's own number ("MINUTE NO 345", or "345" opening
    the text): the minute number identifies the item."""
    for position, heading in enumerate(chain):
        stop = chain[position + 1].index if position + 1 < len(chain) else end
        for index in range(heading.index + 1, stop):
            match = _MINUTE_NUMBER.match(lines[index].text.strip())
            if match:
                heading.number = match.group("labelled") or match.group("opening")
                break


_FIGURE = re.compile(r"^[£$€]?[-+]?\d[\d,.]*\s?(?:%|[kmb]n?)?$", re.I)


def _figures_row(cells: list[str]) -> bool:
    """Cells after a row's name that hold figures and short words ("62.1 | 63.9 | Worse"), not minute text."""
    return any(_FIGURE.match(cell.strip()) for cell in cells) and all(len(cell.split()) <= 3 for cell in cells)


def _item_number(text: str) -> re.Match | None:
    """The item number opening ``text``; a financial year ("FEES 2026/27", "2025/26 BUDGET") numbers nothing."""
    match = _NUMBERED.match(text)
    year = re.search(r"(?:19|20)(\d\d)/(\d\d)$", match.group(0)[:match.end("stop")].rstrip(".:")) if match else None
    return None if year and (int(year.group(1)) + 1) % 100 == int(year.group(2)) else match


def _candidate(lines: list[Line], index: int, start: int, end: int) -> Heading | None:
    text = lines[index].text.strip()
    match = _item_number(text)
    if match and continues_title(lines, index):
        return None                       # "MINUTES OF THE COMMITTEE HELD ON" / "13 SEPTEMBER 2021": the title goes on
    if not match or (match.group("int") and not match.group("stop") and match.group("rest") is None and
                     not match.group("prefix") and len(match.group("int")) > 4 and match.group("int")[0].isdigit()):
        return None                       # "2024" alone is a year; "LR24.11" alone is an item's number
    printed = match.group(0)[:match.start("stop") if match.group("stop") == ")" else match.end("stop")]   # "1)" is item 1
    number = " ".join(printed.split()).rstrip(".:") if not match.group("prefix") else \
        re.sub(rf"^(?:{_PREFIX})\s+(?:no\.?\s*)?", "", printed, flags=re.I).rstrip(".:")
    number = match.group("paren") or number
    family, key = _family(match)
    rest = (match.group("rest") or "").strip()
    if not match.group("int"):
        rest = re.sub(r"^\d{1,3}\.\s+(?=\S)", "", rest)     # "C052/23  5.  TO RECEIVE ...": the agenda's number after the code
    if match.group("roman") and not _roman_value(match.group("roman")):
        return None                       # "CIL Receipts": capitals, not a numeral
    if is_time_or_tally(rest) or match.group("stop") == ")" and re.match(r"^(?:To|That)\s+[a-z]", rest):
        return None                       # "1) To note the report": a decision's part, not an item
    if match.group("paren") and upper_ratio(rest) < 0.75:
        return None
    if match.group("lettered") and not _lettered_title(rest):
        return None
    cells = _CELL.split(rest)
    if len(cells) >= 2 and _figures_row(cells[1:]):
        return None                       # "5 | Suicide rate (per 100,000) | 11.6 | 10.7": a row of a table of figures
    if len(cells) >= 2 and _reads_as_title(cells[0]) and not _sentence(cells[0]):
        return Heading(index, number, cells[0].strip(), index, family, key)   # a table row: number, title, minute text
    if rest:
        if starts_with_label(rest) or re.match(r"^[a-z(]", rest):
            return None
        after = _next_nonblank(lines, index + 1, end, within=1)
        inline = _title_colon(rest) or _title_dash(rest, lines[after].text.strip() if after is not None else "") \
            or _title_stop(rest)
        if inline and _reads_as_title(inline.group("title")) and not _sentence(inline.group("title")):
            return Heading(index, number, inline.group("title"), index, family, key)   # "085/25 Playground: Quotes ..."
        run = _CAPITAL_RUN.match(rest) or _GLUED_CAPITALS.match(rest)
        run = run if run and (" " in run.group("title") or rest[run.end("title"):][:1] in ".:") else None  # not "HMICFRS Inspection"
        if run and upper_ratio(run.group("title")) > 0.9:          # "2023/141 PUBLIC PARTICIPATION. Two parents ..."
            title = rest if upper_ratio(rest) > 0.9 else run.group("title")     # "CALL-IN: CLOSURE OF X" is one title
            return Heading(index, number, title.rstrip(".:"), index, family, key)
        after = _next_nonblank(lines, index + 1, end, within=1)
        heads_paragraphs = after is not None and lines[after].text.strip().startswith(f"{number}.1")  # "2." over "2.1 ..."
        if _sentence(rest) and not heads_paragraphs and not _agenda_wording(rest) and not _routine_title(rest) \
                and not match.group("prefix") and \
                not _REFERENCE.fullmatch(rest.split()[0]) and \
                (rest.endswith(".") or after is not None) and \
                not _title_in_sentence_case(rest, lines[after].text.strip() if after is not None else ""):
            above = _title_above(lines, index, start)
            above = _capitals_above(lines, index, start) if above is None else above   # no blank lines: capitals
            title = " ".join(" ".join(line.text for line in lines[above:index] if line.text.strip()).split()).rstrip(".")
            return Heading(above, number, title, index, family, key) if above is not None else None
        if _in_list(lines, index, end) and upper_ratio(rest) < 0.75:
            return None
        if rest.endswith(";") and _next_nonblank(lines, index + 1, end, within=1) is None:
            rest = rest[:-1]                  # "1.   Election of the Chairman;" standing alone over its minute
        if _agenda_wording(rest):
            rest = rest.rstrip(".")           # "1.2 To approve the minutes of the meeting held on 5th March."
        title, body_start = _wrapped_title(lines, index, rest, end)
        return Heading(index, number, title.rstrip(". :-"), body_start, family, key) if _reads_as_title(title) else None
    above = None if _capitals_below(lines, index, end) else _capitals_above(lines, index, start)
    if above is not None:             # "APOLOGIES" / "PLN88/25" / minute text: the number printed under its title
        return Heading(above, number, " ".join(lines[i].text.strip() for i in range(above, index)), index + 1,
                       family, key)
    following = _next_nonblank(lines, index + 1, end, within=3)
    if following is None or _NUMBERED.match(lines[following].text.strip()) and \
            not (following == index + 1 and _referenced_title(lines[following].text.strip())):
        return None
    title, body_start = _narrow_title(lines, following, end) or \
        _wrapped_title(lines, following, lines[following].text.strip(), end)
    return Heading(index, number, title, body_start, family, key) if _reads_as_title(title) else None


def _with_committee_code(chain: list[Heading], lines: list[Line], start: int) -> None:
    """"AUD" / "1" / "Declarations of interest": the committee's code printed alone over every number is part of it
    ("AUD 1"); a code over only some numbers is something else (a lead column's initials)."""
    codes = [_code_above(lines, heading.index, start) for heading in chain]
    if len(chain) < 2 or any(code is None for code in codes) or len({lines[c].text.strip() for c in codes}) != 1 \
            or not all(heading.number.isdigit() for heading in chain):
        return
    for heading, code in zip(chain, codes):
        heading.number, heading.index = f"{lines[code].text.strip()} {heading.number}", code


def _code_above(lines: list[Line], index: int, start: int) -> int | None:
    """The line just above a number standing alone when it holds only a committee's code in capitals ("AUD")."""
    above = next((i for i in range(index - 1, max(start, index - 3) - 1, -1) if lines[i].text.strip()), None)
    return above if above is not None and re.fullmatch(r"[A-Z]{2,6}", lines[above].text.strip()) \
        and lines[above].text.strip().lower() not in words("minute_end_words") else None


def _lettered_title(rest: str) -> bool:
    """"(c) Programme of future site visits": a letter in brackets heads an item only before a short title that
    states nothing; "(a) That the report be noted;", "(b) The Committee agreed ..." are a decision's parts."""
    return bool(rest) and len(rest.split()) <= 16 and not re.match(r"^(?:that|to)\b", rest, re.I) \
        and not starts_with_label(rest) and not rest.rstrip().endswith((".", ";", ":")) and not _FINITE.search(rest)


_INITIALS_CELL = re.compile(r"[A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,3})*")     # "AM", "SV/KA": a lead column's initials


def _capitals_above(lines: list[Line], index: int, start: int) -> int | None:
    """The first line of a title in capitals printed right above a number standing alone (one or two lines, no
    blank between), or None."""
    first = None
    for position in (index - 1, index - 2):
        text = lines[position].text.strip() if position >= start else ""
        if not text or upper_ratio(text) < 0.9 or not _reads_as_title(text) or _NUMBERED.match(text) \
                or re.match(r"^(?:present|in attendance)\b", text, re.I) or _INITIALS_CELL.fullmatch(text):
            break
        first = position
    return first


def _capitals_below(lines: list[Line], index: int, end: int) -> bool:
    """A number standing alone right over a title in capitals ("08/116" / "CHIEF EXECUTIVE'S REPORT") heads that
    title, whatever capitals stand above it (a column's heading, an action column's initials)."""
    below = index + 1
    text = lines[below].text.strip() if below < end else ""
    return bool(text) and upper_ratio(text) > 0.9 and _reads_as_title(text) and \
        (not _NUMBERED.match(text) or _referenced_title(text))


def _referenced_title(text: str) -> bool:
    """"OP/WM/012 KERBSIDE GLASS TRIAL": a report's reference before a title in capitals (under the item's number)."""
    reference = _REFERENCE_TITLE.match(text)
    return bool(reference) and upper_ratio(reference.group("title")) > 0.9


def _family(match: re.Match) -> tuple[tuple, tuple]:
    """(prefix, shape, depth, stem) and the sort key of a numbered line."""
    prefix = re.sub(r"^mins?\.?$", "minute", (match.group("prefix") or "").lower().replace("agenda ", ""))
    pair = match.group("pair")
    if pair:        # one family whichever side the year is on: the side that changes orders the items
        first, second = (int(d) for d in pair.split("/"))
        return (prefix, "pair", 1, ""), (second, first)
    if match.group("suffixed"):         # "25/28/ECSC": the year, the item's number, the committee's letters
        year, item, committee = match.group("suffixed").split("/")
        return (prefix, "suffixed", 1, committee), (int(year), int(item))
    if match.group("monthly"):          # "AS3/Jun/24": the item's number first, the meeting's month and year after
        code = match.group("monthly")
        return (prefix, "monthly", 1, re.sub(r"\d", "", code)), (int(re.match(r"[A-Z]+(\d+)", code).group(1)),)
    for shape in ("welsh", "slash", "colon", "year", "coded", "dotted"):
        code = match.group(shape)
        if code:
            digits = re.findall(r"\d+", code)
            if shape == "coded":     # "CAB 45/20" (item, year) or "CS25/31" (year, item): the part that changes orders
                return (prefix, shape, 1, re.sub(r"[\d\s/]", "", code)), tuple(int(d) for d in reversed(digits))
            if shape == "slash" and len(digits) > 1:     # "HWB/24/15" (year, item) or "CPP/15/26" (item, year)
                return (prefix, shape, 1, re.sub(r"\d+", "", re.sub(r"\s+", "", code))), \
                    tuple(int(d) for d in reversed(digits))
            stem = re.sub(r"\d{1,4}$", "", re.sub(r"\s+", "", code))
            return (prefix, shape, 1, stem), (int(digits[-1]),)
    if match.group("paren"):       # "(1)" numbers decisions too: only a heading in capitals is an item
        return (prefix, "paren", 1, ""), (int(match.group("paren")),)
    if match.group("letter"):
        return (prefix, "letter", 1, ""), (ord(match.group("letter")) - 64,)
    if match.group("lettered"):
        return (prefix, "lettered", 1, ""), (ord(match.group("lettered")) - 96,)
    if match.group("roman"):
        return (prefix, "roman", 1, ""), (_roman_value(match.group("roman")),)
    code = re.sub(r"\.0$", "", match.group("int"))          # "3.0 Title" heads item 3, over "3.1 ..." paragraphs
    letters = re.match(r"^[A-Z]*", code).group(0)
    digits = re.findall(r"\d+", code)
    suffix = re.search(r"\d\s?\(?([a-z])\)?$", code)
    key = tuple(int(d) for d in digits) + ((ord(suffix.group(1)) - 96,) if suffix else ())
    shape = "int)" if match.group("stop") == ")" else "int"     # "1) Welcome" numbers apart from "1. To note"
    return (prefix, shape, len(digits), letters), key


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman_value(numeral: str) -> int:
    """"XXVIII" -> 28 (a smaller numeral before a larger one subtracts); 0 for letters in no valid order."""
    values = [_ROMAN[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if total > 0 and _as_roman(total) == numeral else 0


def _as_roman(number: int) -> str:
    out = ""
    for value, numeral in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        out += numeral * count
    return out


def _title_colon(rest: str) -> re.Match | None:
    """"Correspondence: a letter from the Lord Lieutenant was noted.": the title, a colon, then minute text; never a
    title that goes on after its colon ("Urgent Item: Temporary Accommodation Lease – Millbrook House")."""
    found = _TITLE_COLON.match(rest)
    after = rest[found.end():].rstrip() if found else ""
    return found if found and (after.endswith((".", ";")) or _sentence(after) or after[:1].islower()) else None


def _title_stop(rest: str) -> re.Match | None:
    """"26/049 Apologies for absence. Apologies were received ...": a short title, a full stop, then the minute's
    first sentence on the same line; never an abbreviation's stop ("Mr. Smith said ...")."""
    found = _TITLE_STOP.match(rest)
    if not found or len(found.group("title")) < 5 or ends_in_abbreviation(rest, found.end("title") + 1) \
            or len(rest[found.end():].split()) < 3:
        return None
    return found


def _title_dash(rest: str, next_line: str) -> re.Match | None:
    """"1/26 Apologies for absence – Cllr X (work); accepted.": the title, a dash, then minute text (a sentence
    ending on the line, running on into the next in lower case, or six words or more), never a title that goes on
    after its dash ("Quay toilets – refurbishment quotations", "25/01872/OUT – Land north of Mill Road"); a list after
    the dash ("Items for next agenda – speed indicator device; parish meeting date") is minute text too."""
    found = _TITLE_DASH.match(rest)
    if not found or _REFERENCE.fullmatch(found.group("title").strip()):
        return None                       # "NP/26/0031/FUL – Conversion of field barn ...": an application's title
    after = rest[found.end():].rstrip()
    runs_on = next_line[:1].islower()
    if upper_ratio(after) > 0.75:
        return None                       # "URGENT ITEM – EMERGENCY REPAIRS TO HARBOUR WALL": one title in capitals
    return found if after.endswith((".", ";")) or ";" in after or runs_on or len(after.split()) >= 6 else None


def is_time_or_tally(rest: str) -> bool:
    """"7.00 PM" or "5 For, 0 Against" read as number and title: a header's time wrapped onto a line of its
    own, or a vote."""
    return bool(re.match(r"^(?:[ap]\.?m\b\.?|(?:for|against|abstentions?|in\s+favour)\s*[,;:]?\s*\d)", rest, re.I))


def _agenda_wording(text: str) -> bool:
    """A title in the agenda's own words ("To receive and approve apologies"), as parish minutes print it."""
    found = re.match(r"^To\s+([a-z]+)\b", text)
    return bool(found) and found.group(1) in words("agenda_verbs")


def _routine_title(text: str) -> bool:
    """A routine item's title, however long ("Declarations of interest and requests for dispensation"): it opens with
    the routine business's words and states nothing."""
    lowered = text.lower()
    return any(lowered.startswith(title) for title in words("routine_business")) and not text.endswith(".") \
        and not re.search(r"\b(?:was|were|had|has|is|are)\b", lowered)


_STATES = re.compile(r"^\S+(?:\s+\S+)*?\s+(?:[a-z]+ed|was|were|had|has|have|is|are|will|would|did)\b")


def _title_in_sentence_case(rest: str, next_line: str) -> bool:
    """"Minutes of the last meeting (12 November 2025) and action log" over "The minutes were ...": a title in
    sentence case states nothing (no verb after its first word), ends without a stop and is followed by a new
    sentence, where a numbered line of minute text runs on or states what happened."""
    return bool(next_line[:1].isupper()) and not rest.endswith((".", ",", ";", ":")) and len(rest.split()) <= 14 \
        and not _STATES.match(rest)


def _sentence(text: str) -> bool:
    """Minute text, not a title: several lower-case words beyond the joining words titles keep (a title's
    bracketed note, "Public forum (the meeting was adjourned)", not counted)."""
    text = re.sub(r"\([^)]*\)", "", text)
    lower = [w for w in re.findall(r"[A-Za-z'’]+", text) if w[:1].islower() and len(w) >= 3 and w not in _JOINERS]
    return len(text.split()) >= 6 and len(lower) >= 3


def _title_above(lines: list[Line], index: int, start: int) -> int | None:
    """A short title paragraph set off by blank lines just above a numbered line of minute text."""
    if index == 0 or lines[index - 1].text.strip():
        return None
    end = index - 1
    while end > start and not lines[end].text.strip():
        end -= 1
    first = end
    while first > start and lines[first - 1].text.strip():
        first -= 1
    block = " ".join(lines[i].text.strip() for i in range(first, end + 1))
    if not block or len(block.split()) > 30 or _NUMBERED.match(lines[first].text.strip()) or not block[:1].isupper():
        return None
    return first


def _in_list(lines: list[Line], index: int, end: int) -> bool:
    """A numbered line run into another numbered line of the same numbering with no blank between is a
    list entry; an item heading next to its paragraphs ("4 Title" then "4.1 The Committee ...", in
    minutes printed one paragraph per line) is not, nor a run of minute references (exempt items listed by title)."""
    family, key = _family(_NUMBERED.match(lines[index].text.strip()))
    if family[1] not in ("int", "int)", "letter", "lettered", "roman"):
        return False              # "E049/26", "PL.54": a minute's reference never numbers a list inside an item
    for neighbour, step in ((index - 1, -1), (index + 1, 1)):
        match = _NUMBERED.match(lines[neighbour].text.strip()) if 0 <= neighbour < end else None
        if match and _family(match)[0] == family and _family(match)[1][-1] == key[-1] + step:
            return True           # "5. ..." next to "4." or "6.": a list; "6. Planning" over "1. Applications": a heading
    return False


def _next_nonblank(lines: list[Line], index: int, end: int, within: int) -> int | None:
    for position in range(index, min(end, index + within)):
        if lines[position].text.strip():
            return position
    return None


def _wrapped_title(lines: list[Line], index: int, title: str, end: int) -> tuple[str, int]:
    """A title goes on over lines printed with no blank between when the block then ends with a blank
    line (or, in capitals, while the next line is in capitals too)."""
    parts = [title]
    position = index + 1
    if capitals_go_on(lines, position, end, title):     # "ELECTIVE HOME" / blank / "EDUCATION" in spaced-out PDF text
        parts.append(lines[position + 1].text.strip())
        position += 2
    while position < end and lines[position].text.strip() and len(" ".join(parts)) < 160:
        text = lines[position].text.strip()
        if _NUMBERED.match(text) and not continues_title(lines, position) and \
                not (starts_with_postcode(text) and parts[-1].endswith(",")):     # "..., Hatch," / "CH15 2LL"
            break
        capitals = upper_ratio(parts[0]) > 0.75 and upper_ratio(text) > 0.75 and not starts_with_label(text)
        block_ends = position + 1 >= end or not lines[position + 1].text.strip()
        goes_on = parts[-1].endswith((",", " -", " –")) or parts[-1].split()[-1].lower() in _JOINERS
        runs_on = (text[:1].islower() or goes_on) and len(text.split()) <= 12
        # "... local occupancy" / "dwellings, land off X"; "Cheddleton Lane," / "Upper Wexcombe - outline ..."
        if capitals or ((block_ends or goes_on) and not parts[-1].endswith((".", ":")) and (_reads_as_title(text) or runs_on)
                        and not text.endswith((".", ":")) and len(text.split()) <= (12 if runs_on else 8)
                        and not starts_with_label(text)):
            parts.append(text)
            position += 1
            continue
        break
    return " ".join(" ".join(parts).split()), position


def starts_with_postcode(text: str) -> bool:
    """"CH15 2LL": a wrapped address's postcode opening a line is no item number."""
    return bool(_POSTCODE.match(text.strip()))


def continues_title(lines: list[Line], index: int) -> bool:
    """A line in capitals right under a title in capitals that ends with a comma, a dash or a joining word goes on with
    it, even when it opens with a number ("APPLICATION FOR A PREMISES LICENCE – THE MILL," / "4 BRIDGE STREET, ASHFORD",
    "MINUTES OF THE COMMITTEE MEETING HELD ON" / "13 SEPTEMBER 2021")."""
    above = lines[index - 1].text.strip() if index else ""
    text = lines[index].text.strip()
    goes_on = above.endswith((",", "–", "-")) or (above.split() or [""])[-1].lower() in _RUNS_ON_WORDS   # "... HELD ON"
    return goes_on and upper_ratio(above) > 0.9 and upper_ratio(text) > 0.9


def _narrow_title(lines: list[Line], index: int, end: int) -> tuple[str, int] | None:
    """A title wrapped in a table's narrow left column ("Apologies for" / "Absence and" / "Substitutes") over the wide
    column's text, the rows flattened one after the other: short lines, then a long one."""
    position = index
    while position < end and 0 < len(lines[position].text.strip()) <= _NARROW and position - index < 5 \
            and not _LONE_NUMBER.match(lines[position].text.strip()):     # the next item's number, not the title's
        position += 1
    parts = [lines[i].text.strip() for i in range(index, position)]
    if len(parts) < 2 or position >= end or len(lines[position].text.strip()) < 2 * _NARROW \
            or parts[-1].endswith((".", ":")) or any(starts_with_label(part) for part in parts):
        return None
    return " ".join(parts), position


def capitals_go_on(lines: list[Line], position: int, end: int, title: str) -> bool:
    """A title in capitals goes on past one blank line when the next line is a short run of capitals
    that is neither numbered nor a label, and a blank line follows it."""
    if position + 2 >= end or lines[position].text.strip() or upper_ratio(title) < 0.9 or title.endswith((".", ":")):
        return False
    text = lines[position + 1].text.strip()
    return (bool(text) and upper_ratio(text) > 0.9 and len(text.split()) <= 4 and not _NUMBERED.match(text)
            and not starts_with_label(text) and not is_attendance_label(text) and not lines[position + 2].text.strip())


def _reads_as_title(title: str) -> bool:
    words = title.split()
    return (bool(words) and len(title) < 200 and bool(_LETTER_PAIR.search(title))       # never a bare date and (title[:1].isupper() or title[:1].isdigit() or title[:1] in "'‘\"")
            and not starts_with_label(title) and (not title.endswith(".") or len(words) <= 8 or upper_ratio(title) > 0.75)
            and not title.endswith((",", ";")))


def _chain(candidates: list[Heading]) -> list[Heading]:
    """The longest run of candidates whose numbers go up in small steps."""
    if not candidates:
        return []
    best = [1] * len(candidates)
    back = [-1] * len(candidates)
    for j, current in enumerate(candidates):
        for i in range(j):
            previous = candidates[i]
            if current.key > previous.key and current.key[0] - previous.key[0] <= _MAX_STEP \
                    and current.index > previous.body_start - 1 and best[i] + 1 > best[j]:
                best[j], back[j] = best[i] + 1, i
    j = max(range(len(candidates)), key=lambda k: best[k])
    chain = []
    while j >= 0:
        chain.append(candidates[j])
        j = back[j]
    return chain[::-1]
