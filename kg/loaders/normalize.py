"""Clean PDF-extraction debris while keeping a map back to the original line numbers.

The output is a list of :class:`~kg.model.Line`, one per surviving logical line, each knowing the
first and last physical line it was built from. Debris that carries no content (page stamps,
running headers, one-character stamps) is dropped; debris inside content (superscripts split
over lines, hyphenated wraps, bullet glyphs, HTML/markdown residue) is repaired; bilingual Welsh and
English print keeps its English ("Y Cynghorydd / Councillor" reads "Councillor"). Blank lines are
kept as empty ``Line`` objects because paragraph breaks carry meaning for the parsers.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kg.loaders.columns import unfold_decision_column
from kg.loaders.dates import find_dates
from kg.loaders.limits import split_long_line
from kg.loaders.page_columns import unfold_page_columns
from kg.loaders.vocabulary import words
from kg.model import Line, SourceText

_PAGE_STAMP = re.compile(r"^\s*(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|(?P<page>[1-9]\d{0,2})\s*/\s*(?P<pages>\d{1,3})|-\s*\d+\s*-"
                         r"|\d{1,3}\s*\|\s*p\s?a\s?g\s?e|p\s?a\s?g\s?e\s*\|\s*\d{1,3})\s*$", re.I)   # a word processor's "3 | Page"
# "3D CORPORATE PARENTING PANEL - 27/09/16": page number (+ letter) and a body name with a date.
_RUNNING_HEADER = re.compile(
    r"^\s*(?:\d{1,3}[A-Z]?\s+)?[A-Z][A-Z &',()-]{5,}\s*[-–]\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:\s+\d{1,3}[A-Z]?)?\s*$")
_SUPERSCRIPT = re.compile(r"^\s*(st|nd|rd|th)\s*$")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_FILE_ICON = re.compile(r"\s*\b(?:pdf icon\s+)?PDF\s+[\d.]+\s*[KM]B\b", re.I)  # ModernGov link residue
# a page's number and title in spans set side by side with no space between ("PHA 26/01Apologies")
_GLUED_NUMBER = re.compile(r"^((?:[A-Z]{1,6}\s?\d{1,4}(?:[/.]\d{1,4})*|\d{1,4}(?:[/.]\d{1,4})+)[.:)]?)(?=[A-Z][a-z])")
_OCR_SLIP = re.compile(r"[A-Za-z][01]|[01][A-Za-z]|/[\dOolI:]*[OolI]|[A-Z0]l|l[A-Z]{2}")
# a word in capitals read with a lower-case l for I and a zero for O ("DECLARATl0NS", "lNTEREST", "0F")
_CAPITALS_SLIP = re.compile(r"\b(?=[A-Z0l]*[l0])(?=[A-Z0l]*[A-Z])[A-Z0l]{2,}\b")
_DIGIT_IN_WORD = re.compile(r"\b([A-Za-z]+)0([A-Za-z]{2,})\b")                           # "RES0LVED", "c0uncil"
_ONE_ENDING_WORD = re.compile(r"\b([A-Z]?[a-z]{4,})1\b")                                  # "Counci1"
_ONE_IN_WORD = re.compile(r"(?<=[a-z])1(?=[a-z])")                                      # "Counci1lor", "a1l"
_ZERO_INITIAL = re.compile(r"(?<=\b[A-Z]\.\s)0\.(?=\s[A-Z])")                               # "D. 0. Arkwright"
_LETTER_IN_NUMBER = re.compile(r"(?<![\w/])\d[\dOolI]{1,3}/[\dOolI]{2,4}(?::[\dOolI]{1,3})?(?![\w/])")   # "26/00l", "07/l9:O2"
_AS_DIGITS = str.maketrans("OolI", "0011")
_PIPE_RULE = re.compile(r"^:?-{3,}:?$")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_BULLET = re.compile(r"^(\s*)(?:[•●◦▪■□❖➢➤►▶→✓✔\uf0b7\uf0a7\uf0d8\uf076\ufffd]|[−–·](?=\s))\s*")
_INLINE_GLYPH = re.compile(r"[\uf0b7\uf0a7\uf0d8\uf076\ufffd❖]")
_SPACES = re.compile(r"[ \u00a0\u2002\u2003\u2009]+")
# a heading set letter-spaced, as a PDF prints it for emphasis: "S e d e r u n t :" is "Sederunt:"
_LETTER_SPACED = re.compile(r"(?<![\w.])[A-Z](?: [a-z]){4,}(?![\w.])|(?<![\w.])[A-Z](?: [A-Z]){4,}(?![\w.])")
_HYPHEN_WRAP = re.compile(r"[A-Za-z]-$")
# Fake bold: a PDF prints a run several times over itself and the extractor keeps every copy
# ("Why are we doing this?  Why are we doing this?  Why are ...", "Who we spoke toWho we spoke to...",
# "OOOOur approach ur approach ur approach ur approach"). Three or more copies of a phrase are one;
# real prose does not say a phrase three times over. A run is a heading's length at most, which keeps
# the search linear in the line's length (an unbounded run made a 250 KB line take minutes); a run starts
# only where a word could (not inside one, unless after a repeated glyph), which cuts the search fourfold.
_OVERPRINT = re.compile(r"(?:(?P<glyph>([^\W\d_])\2+)|(?<![^\W\d_]))(?P<run>[^\t]{1,300}?)(?:\s*(?P=run)){2,}")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_WORD_PIECES = re.compile(r"[A-Z]?[a-z]{3,}|[A-Z]{4,}(?![a-z])")


def normalize(source: SourceText) -> list[Line]:
    """Return cleaned logical lines for ``source`` with their original line spans."""
    lines = [Line(_clean_text(piece), no, no, _page(source, no))
             for no, raw in unfold_page_columns(unfold_decision_column(source.raw_lines))
             for piece in split_long_line(raw)]
    lines = _drop_stamps(lines)
    lines = _join_split_page_stamps(lines)
    lines = _join_superscripts(lines)
    lines = _join_hyphen_wraps(lines)
    return _drop_repeated_headers(lines)


def _page(source: SourceText, no: int) -> int | None:
    return source.pages[no - 1] if source.pages else None


@cache
def _welsh_before_english() -> re.Pattern[str]:
    terms = sorted(words("welsh_before_english"), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, terms))})(?:\s+\d{{1,3}})?\s*/\s*(?=[A-Za-z(])", re.I)   # "Eitem 4 / Item 4"


def _clean_text(raw: str) -> str:
    text = _FILE_ICON.sub("", _HTML_TAG.sub(" ", raw))
    text = _pipe_row(text) if text.lstrip().startswith("|") else text
    text = _welsh_before_english().sub("", text) if "/" in text else text   # bilingual print: keep the English
    text = _ocr_repaired(text) if _OCR_SLIP.search(text) else text
    text = _GLUED_NUMBER.sub(r"\1 ", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub("", text)
    text = _BULLET.sub(r"\1- ", text)
    text = _INLINE_GLYPH.sub(" ", text)
    text = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text) if "  " not in text else text
    text = _OVERPRINT.sub(_one_copy, text) if _might_be_overprinted(text) else text
    cells = [_SPACES.sub(" ", cell).strip() for cell in text.split("\t")]
    return "\t".join(cell for cell in cells if cell) if len(cells) > 1 else cells[0]


def _ocr_repaired(text: str) -> str:
    """A scanned page read by OCR confuses letters and digits: "RES0LVED" and "Counci1" (a digit inside a word) are
    words, "lNTEREST" (a lower-case l among capitals) is "INTEREST", "26/00l" and "26/0O4" (a letter inside a
    reference of digits) are numbers."""
    text = _DIGIT_IN_WORD.sub(lambda m: m.group(1) + ("O" if m.group(2)[0].isupper() else "o") + m.group(2), text)
    text = _ONE_ENDING_WORD.sub(lambda m: m.group(1) + "l", text)
    text = _ZERO_INITIAL.sub("O.", _ONE_IN_WORD.sub("l", text))
    text = _CAPITALS_SLIP.sub(_capitals_repaired, text)
    return _LETTER_IN_NUMBER.sub(lambda m: m.group(0).translate(_AS_DIGITS), text)


def _capitals_repaired(match: re.Match[str]) -> str:
    """A word in capitals with OCR's l and 0 in it, put back; a word with more of them than capitals ("All") is a
    word in lower case, left alone."""
    word = match.group(0)
    capitals, slips, els = sum(c.isupper() for c in word), sum(c in "l0" for c in word), word.count("l")
    if capitals < slips or (els and capitals < 2):
        return word
    return word.replace("l", "I").replace("0", "O")


def _pipe_row(text: str) -> str:
    """A markdown table row ("| 3 | Minutes | Decision: ... |", as documents converted to text print tables) read
    as the tab-separated cells of any other table; its rule ("| --- | --- |") is no text."""
    stripped = text.strip()
    if not stripped.endswith("|") or stripped.count("|") < 3:
        return text
    cells = [cell.strip() for cell in stripped[1:-1].split("|")]
    return "" if all(_PIPE_RULE.match(cell) for cell in cells) else "\t".join(cells)


def _might_be_overprinted(text: str) -> bool:
    """Cheap test before the costly search: an overprinted run repeats its words (split where copies
    are glued, 'toWho') three times or more; most lines repeat none."""
    counts: Counter[str] = Counter(_WORD_PIECES.findall(text))
    return bool(counts) and counts.most_common(1)[0][1] >= 3


def _one_copy(match: re.Match[str]) -> str:
    """One copy of an overprinted run; its first letter printed once per copy is one letter
    ('OOOO' + 4 x 'ur approach' -> 'Our approach'). Runs without two letters (rules, leaders) and
    single short words (a flattened row of 'Green Green Green' cells) stay."""
    run = match.group("run").strip()
    if not _LETTERS.search(run) or (" " not in run and len(run) < 10):
        return match.group(0)
    return (match.group("glyph") or " ")[0] + run + " "


def _drop_stamps(lines: list[Line]) -> list[Line]:
    kept = []
    for line in lines:
        if is_page_stamp(line.text) or _RUNNING_HEADER.match(line.text):
            kept.append(Line("", line.start, line.end, line.page))
        else:
            kept.append(line)
    return kept


def is_page_stamp(text: str) -> bool:
    """"Page 3 of 12", "3/12", "- 3 -"; never "52/25" or "08/112", a minute's number on a line of its own (a page is
    not numbered past the page count, nor with a leading zero)."""
    stamp = _PAGE_STAMP.match(text)
    return bool(stamp) and (not stamp.group("page") or int(stamp.group("page")) <= int(stamp.group("pages")))


def _next_nonblank(lines: list[Line], i: int, limit: int = 3) -> int | None:
    for j in range(i + 1, min(len(lines), i + 1 + limit)):
        if lines[j].text:
            return j
    return None


def _join_split_page_stamps(lines: list[Line]) -> list[Line]:
    """"P" / "age 80": a page stamp broken over two lines by the extractor."""
    out = list(lines)
    for i, line in enumerate(out):
        if line.text in ("P", "Pa", "Pag", "Page"):
            j = _next_nonblank(out, i)
            if j is not None and is_page_stamp(line.text + out[j].text):
                out[i] = Line("", line.start, line.end, line.page)
                out[j] = Line("", out[j].start, out[j].end, out[j].page)
    return out


def _join_superscripts(lines: list[Line]) -> list[Line]:
    """"20" / "th" / "July" -> "20th July", the ordinal suffix printed as a superscript."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = _next_nonblank(lines, i)
        if line.text and line.text[-1].isdigit() and j is not None and _SUPERSCRIPT.match(lines[j].text):
            merged = line.text + lines[j].text.strip()
            end = lines[j].end
            k = _next_nonblank(lines, j)
            if k is not None and not _starts_new_block(lines[k].text):
                merged = merged + " " + lines[k].text.strip()
                end = lines[k].end
                j = k
            out.append(Line(merged, line.start, end, line.page))
            i = j + 1
            continue
        out.append(line)
        i += 1
    return out


def _starts_new_block(text: str) -> bool:
    """A list marker, a word in capitals, or a decision's label ("Resolved:", "Agreed unanimously –", "The Committee
    decided that") opens a block."""
    return bool(re.match(r"^(?:-\s|\(?\d+[.)]\s|[A-Z]{2,}\b|(?:Resolved|Agreed|Decided|Decision)\b[\w ]{0,20}\s*[:–-]"
                         r"|The\s+(?:Sub-)?(?:Committee|Council|Board|Panel|Cabinet)\s+(?:decided|resolved|RESOLVED)\s+that\b)",
                         text))


_CAPITALS_OPENING = re.compile(r"^(?P<word>[A-Z]{2,})\b(?P<rest>.*)$")


def _acronym_goes_on(previous: str, text: str) -> bool:
    """"... to create three new" / "SEN resource bases at ...": a wrapped sentence going on with an acronym, not a
    block opened by a word in capitals (a label, a heading): the line before is unfinished and this one is prose."""
    opening = _CAPITALS_OPENING.match(text)
    if not opening or re.match(r"^(?:\s*(?:/|&|and|,)\s*[A-Z]{2,4})*\s+to\s+[a-z]", opening.group("rest")):
        return False                # "HLC to ensure ...": an action of its own, its owner's initials first
    return opening.group("word").lower() not in words("block_labels") and not re.search(r"[.:;!?]['\")’”]?$", previous.rstrip()) \
        and bool(re.search(r"\b[a-z]{3,}\b", opening.group("rest"))) and upper_ratio(previous) < 0.6


def _join_hyphen_wraps(lines: list[Line]) -> list[Line]:
    """"commis-" / "sioning" -> "commissioning" when the next line goes on in lower case."""
    out: list[Line] = []
    for line in lines:
        if out and out[-1].text and _HYPHEN_WRAP.search(out[-1].text) and line.text[:1].islower():
            prev = out.pop()
            head, _, rest = line.text.partition(" ")
            out.append(Line(prev.text[:-1] + head, prev.start, line.start, prev.page))
            line = Line(rest, line.start, line.end, line.page)
            if not rest:
                continue
        out.append(line)
    return out


def _drop_repeated_headers(lines: list[Line]) -> list[Line]:
    """A table header row printed again on every page: keep its first occurrence only.

    A header row is recognised as a line with three or more upper-case words that recurs at
    least three times verbatim; content lines rarely repeat word for word that often.
    """
    counts = Counter(line.text for line in lines if _looks_like_header(line.text))
    repeated = {text for text, n in counts.items() if n >= 3}
    seen: set[str] = set()
    out = []
    for line in lines:
        if line.text in repeated:
            if line.text in seen:
                out.append(Line("", line.start, line.end, line.page))
                continue
            seen.add(line.text)
        out.append(line)
    return out


_NUMBERED_HEAD = re.compile(r"^(?:(?P<before>\d{1,3})\s+(?P<head>\S.{5,}?)|(?P<head2>\S.{5,}?)\s+(?P<after>\d{1,3}))$")


def without_numbered_running_heads(lines: list[Line]) -> list[Line]:
    """``lines`` with a blank for each page's number and running head on one line ("7 Glen Vale Area Committee 27
    November 2025", "3  PLN/2023/June Minutes - GD", printed again on later pages with the next numbers), never an
    item numbered 7.
    The normalised text keeps them: a header that names no council reads it from them."""
    found = [_NUMBERED_HEAD.match(line.text.strip()) for line in lines]
    pages: dict[str, list[int]] = {}
    for match in filter(None, found):
        pages.setdefault(match.group("head") or match.group("head2"), []).append(
            int(match.group("before") or match.group("after")))
    running = {head for head, numbers in pages.items()     # dated, or printed on three pages or more (and no
               if len(numbers) >= 2 and numbers == sorted(set(numbers))     # sentence: "2 There was submitted a report")
               and (find_dates(head) or len(numbers) >= 3 and len(head.split()) >= 3     # never "RESOLVED:-"
                    and len(re.findall(r"\b[a-z]{3,}\b", head)) < 3)}
    return [Line("", line.start, line.end, line.page)
            if match and (match.group("head") or match.group("head2")) in running else line
            for line, match in zip(lines, found)]


def _looks_like_header(text: str) -> bool:
    words = re.findall(r"[A-Za-z/]+", text)
    return len(words) >= 3 and sum(w.isupper() and len(w) > 1 for w in words) >= 3


def paragraphs(lines: list[Line]) -> list[Line]:
    """Join wrapped lines into paragraphs: blank lines separate, list markers start anew.

    A line also starts a new paragraph when the previous one ended a sentence and this one
    begins with a capital, which copes with extractors that put a blank line between every
    wrapped line but not with those that emit none at all.
    """
    out: list[Line] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            text = " ".join(part.text for part in current)
            out.append(Line(text, current[0].start, current[-1].end, current[0].page))
            current.clear()

    blank_before = False
    for line in lines:
        if not line.text:
            blank_before = True
            continue
        if current and (_starts_new_block(line.text) and not _acronym_goes_on(current[-1].text, line.text)
                        or not _continues(current[-1].text, line.text, blank_before)):
            flush()
        current.append(line)
        blank_before = False
    flush()
    return out


def _continues(previous: str, following: str, across_blank: bool) -> bool:
    """Does a paragraph ending in ``previous`` go on into ``following``?

    Across a blank line (or a page break) only a visibly unfinished sentence continues: one
    that ends in a comma or a function word, or whose next line starts in lower case.
    """
    previous = previous.rstrip()
    ended = bool(re.search(r"[.:;!?]['\")’”]?$", previous))
    if across_blank:
        if ended:
            return False
        return following[:1].islower() or bool(_UNFINISHED.search(previous))
    return following[:1].islower() if ended else True


_UNFINISHED = re.compile(r"(?:,|\b(?:and|or|of|the|to|in|for|on|with|by|a|an|be|was|were|is|that|from|at))$")


_DATED_HEAD = re.compile(r"^[A-Z][\w&'’,() -]{3,100}?\s+[–-]\s+(?P<date>(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})$")
_PAGE_FOOTER = re.compile(r"^(?P<running>.{3,100}?)\s+page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)


def page_footer(text: str) -> str | None:
    """What a page's footer prints before its page number ("Council – 26 February 2026   Page 1 of 3"), or None."""
    found = _PAGE_FOOTER.match(text.strip())
    return found.group("running") if found else None


def without_page_footers(lines: list[Line]) -> list[Line]:
    """``lines`` less the dated page footers ("Council – 26 February 2026   Page 1 of 3") and the running heads
    that repeat them, so a decision printed over a page break reads on. They stay in the normalised text: a
    header that prints no date reads it from them."""
    running = {footer for line in lines if (footer := page_footer(line.text)) and find_dates(footer)}
    kept = [line for line in lines if line.text.strip() not in running and page_footer(line.text) not in running]
    return _join_hyphen_wraps(_without_running_heads(kept))


def _without_running_heads(lines: list[Line]) -> list[Line]:
    """Less a dated running head standing alone after a page break ("" / "Housing Committee – 3 March 2026")
    that cuts a sentence (the text above it goes on below), and the blank lines before it."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        head = _DATED_HEAD.match(text)
        above = next((kept.text.strip() for kept in reversed(out) if kept.text.strip()), "")
        if head and out and not out[-1].text.strip() and above and not above.endswith((".", ":", "!", "?")) \
                and find_dates(head.group("date")):
            while out and not out[-1].text.strip():
                out.pop()
            continue
        out.append(line)
    return out


def upper_ratio(text: str) -> float:
    """Share of letters in capitals: headings and body names are printed in capitals."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def is_capitals_heading(text: str) -> bool:
    """A short line in capitals with no digits and no closing punctuation ("CABINET", "FOR DECISION")."""
    words = text.split()
    return (2 <= len(words) <= 14 and upper_ratio(text) > 0.8 and not re.search(r"\d", text)
            and not text.rstrip().endswith((".", ":", ";", ",")))
