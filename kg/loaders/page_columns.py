"""Pages set in two columns of prose (bound volumes of proceedings, Welsh and English side by side), as text
extracted with the layout kept.

Each line then holds a piece of the left column and a piece of the right, so read line by line the two columns
interleave and no minute reads whole. Where a stretch of lines splits at one column, and both columns are prose
(many lines go on with the sentence above, in lower case, as wrapped text does; a table's cells do not), the stretch is
read as its left column, then its right one; every piece keeps its line number. A line whose text crosses the
column (a title centred over the page, a running head) ends the stretch. Of a bilingual stretch only the English
column is kept, on every line of the paper: the loaders read English.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.loaders.vocabulary import words

_GAP = re.compile(r" {3,}(?=\S)")
_WORD = re.compile(r"[a-zâêîôûŵŷ']+", re.I)
_SLACK = 2                 # characters a column's left edge may wander
_HANGING = 6               # a minute's number may hang this far left of its column ("59.  TITLE")
_AT_LEAST = 12             # lines that must split at the column before a stretch is read as two columns
_RUNNING_ON = 0.2          # in prose this share of a column's lines at least go on with the sentence above
_WORDY = 4.0               # a prose column's pieces hold this many words on average
_WELSH_SHARE = 0.08        # a column whose words are this often Welsh markers is the Welsh text


def unfold_page_columns(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(line number, text) of every line, each two-column stretch read column by column."""
    column = _column(numbered)
    if column is None:
        return numbered
    welsh = _welsh_side(numbered, column)
    if welsh is not None:
        return [(number, _english(raw, column, welsh)) for number, raw in numbered]
    out: list[tuple[int, str]] = []
    stretch: list[tuple[int, str, str, str]] = []
    for number, raw in numbered:
        parts = _split(raw, column)
        if parts is None:
            out += _read(stretch, column)
            stretch = []
            out.append((number, raw))
        else:
            stretch.append((number, *parts, raw))
    return out + _read(stretch, column)


def _column(numbered: list[tuple[int, str]]) -> int | None:
    """The character position where a right-hand column starts on most split lines, or None."""
    texts = [raw.rstrip() for _, raw in numbered if raw.strip()]
    if len(texts) < _AT_LEAST:
        return None
    width = max(len(text) for text in texts)
    starts = Counter(gap.end() for text in texts for gap in _GAP.finditer(text)
                     if 0.3 * width <= gap.end() <= 0.7 * width and text[:gap.start()].strip())
    if not starts:
        return None
    column, _ = max(starts.items(), key=lambda item: (sum(starts[c] for c in range(item[0] - _SLACK, item[0] + _SLACK + 1)),
                                                       -item[0]))
    near = sum(starts[c] for c in range(column - _SLACK, column + _SLACK + 1))
    return column if near >= _AT_LEAST else None


def _split(raw: str, column: int) -> tuple[str, str] | None:
    """(left, right) of a line, or None when its text crosses the column."""
    text = raw.rstrip()
    if len(text) < column - _SLACK:
        return text.strip(), ""
    indent = len(text) - len(text.lstrip())
    if indent >= column - _SLACK:
        return "", text.strip()
    for gap in _GAP.finditer(text):
        if column - _HANGING <= gap.end() <= column + _SLACK:
            return text[:gap.start()].strip(), text[gap.end():].strip()
    return None


def _read(stretch: list[tuple[int, str, str, str]], column: int) -> list[tuple[int, str]]:
    """A stretch's lines (number, left, right, as printed): its left column then its right one when it is two
    columns of prose, else as printed."""
    split = [(left, right) for _, left, right, _ in stretch if left and right]
    lefts = [left for _, left, _, _ in stretch if left]
    rights = [right for _, _, right, _ in stretch if right]
    prose = (len(split) >= _AT_LEAST and lefts and rights and _running_on(lefts) and _running_on(rights)
             and _mean_words(lefts) >= _WORDY and _mean_words(rights) >= _WORDY)
    if not prose:
        return [(number, raw) for number, _, _, raw in stretch]
    return [(number, left) for number, left, _, _ in stretch] + [(stretch[0][0], "")] + \
        [(number, right) for number, _, right, _ in stretch]


def _welsh_side(numbered: list[tuple[int, str]], column: int) -> str | None:
    """"left" or "right" when one column of a bilingual paper is Welsh and the other is not."""
    split = [parts for _, raw in numbered if (parts := _split(raw, column)) and parts[0] and parts[1]]
    if len(split) < _AT_LEAST:
        return None
    left, right = _welsh_share([pair[0] for pair in split]), _welsh_share([pair[1] for pair in split])
    return "left" if left >= _WELSH_SHARE > right else "right" if right >= _WELSH_SHARE > left else None


def _english(raw: str, column: int, welsh: str) -> str:
    """A bilingual line's English side; a title centred over both columns splits at its gap nearest the column."""
    parts = _split(raw, column)
    if parts is None:
        gaps = sorted(_GAP.finditer(raw.rstrip()), key=lambda gap: abs(gap.end() - column))
        parts = (raw[:gaps[0].start()].strip(), raw[gaps[0].end():].strip()) if gaps else (raw.strip(), raw.strip())
    return parts[1] if welsh == "left" else parts[0]


def _running_on(pieces: list[str]) -> bool:
    """Wrapped prose: many lines open in lower case, going on with the sentence above; a table's cells do not."""
    return sum(piece[:1].islower() for piece in pieces) >= _RUNNING_ON * len(pieces)


def _mean_words(pieces: list[str]) -> float:
    return sum(len(piece.split()) for piece in pieces) / len(pieces)


def _welsh_share(pieces: list[str]) -> float:
    found = [word.lower() for piece in pieces for word in _WORD.findall(piece)]
    return sum(word in words("welsh_markers") for word in found) / len(found) if found else 0.0
