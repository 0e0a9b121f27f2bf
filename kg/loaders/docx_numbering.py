"""The numbers Word prints before numbered paragraphs: they live in the numbering definitions, not in the text.

A paragraph that Word numbers automatically ("1. Apologies for absence", "(a) ...") carries only a list id and a
level; the label is counted per list and level from the definitions (format and pattern: "%1.", "(%2)") as Word
renders it. Minutes written in Word number their items this way, so without the labels the items have no numbers.
"""
from __future__ import annotations

from collections import defaultdict

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DEFAULT = ("decimal", "%1.", 1)


class ListNumbers:
    """Counts a document's numbered paragraphs in reading order and gives each its printed label."""

    def __init__(self, numbering) -> None:
        """``numbering``: the numbering part's root element, or None when the document defines no lists."""
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self._counters: dict[str, dict[int, int]] = defaultdict(dict)
        if numbering is None:
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in numbering.iter(f"{_W}abstractNum")}
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = abstract.get(ref.get(f"{_W}val")) if ref is not None else None
            for level in definition.iter(f"{_W}lvl") if definition is not None else ():
                self._levels[(num.get(f"{_W}numId"), int(level.get(f"{_W}ilvl", "0")))] = (
                    _value(level, "numFmt", "decimal"), _value(level, "lvlText", "%1."), int(_value(level, "start", "1")))

    def label(self, paragraph) -> str | None:
        """The label Word prints before ``paragraph`` (a w:p element), or None when it is not numbered."""
        numbering = paragraph.find(f"{_W}pPr/{_W}numPr")
        if numbering is None:
            return None
        num_id = _value(numbering, "numId", "")
        depth = int(_value(numbering, "ilvl", "0"))
        if num_id in ("", "0"):
            return None
        counters = self._counters[num_id]
        fmt, pattern, start = self._levels.get((num_id, depth), _DEFAULT)
        counters[depth] = counters.get(depth, start - 1) + 1
        for deeper in [d for d in counters if d > depth]:
            del counters[deeper]                    # a new item restarts the lists under it
        if fmt == "bullet":
            return "-"
        text = pattern
        for level in range(depth + 1):
            level_fmt, _, level_start = self._levels.get((num_id, level), _DEFAULT)
            text = text.replace(f"%{level + 1}", _formatted(counters.get(level, level_start), level_fmt))
        return text.strip() or None


def _value(element, name: str, default: str) -> str:
    child = element.find(f"{_W}{name}")
    return child.get(f"{_W}val", default) if child is not None else default


def _formatted(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(number)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(number)


def _roman(number: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        out += numeral * count
    return out
