"""Acronyms a pack defines itself: glossary rows ("CCG – Clinical Commissioning Group") and
inline definitions ("Children Missing Education (CME)")."""
from __future__ import annotations

import re

from kg.model import Line

_INLINE = re.compile(r"((?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|the|in|&)\s+)?){1,8})\(([A-Z][A-Za-z&]{1,9})\)")
_ROW = re.compile(r"^([A-Z][A-Za-z&]{1,9})\s*(?:[-–:=]|\t|\s{2,})\s*([A-Z][\w'’,&\s-]{5,80})$")


def _initials_fit(acronym: str, expansion: str) -> bool:
    """The acronym's letters appear, in order, as initials of the expansion's words."""
    initials = "".join(w[0].lower() for w in re.findall(r"[A-Za-z]+", expansion))
    position = 0
    for letter in acronym.lower():
        if letter == "&":
            continue
        position = initials.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def find_glossary(lines: list[Line]) -> dict[str, str]:
    """acronym -> expansion, first definition wins."""
    glossary: dict[str, str] = {}
    for line in lines:
        text = line.text
        row = _ROW.match(text)
        if row and _initials_fit(row.group(1), row.group(2)):
            glossary.setdefault(row.group(1), row.group(2).strip())
        for match in _INLINE.finditer(text):
            acronym = match.group(2)
            words = match.group(1).split()
            for size in range(len(words), 0, -1):
                expansion = " ".join(words[-size:])
                if _initials_fit(acronym, expansion) and len(words[-size:]) >= max(2, len(acronym) - 2):
                    glossary.setdefault(acronym, expansion)
                    break
    return glossary
