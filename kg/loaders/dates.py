"""Dates as councils print them: '20th March, 2013', 'Tuesday 5 January 2021', '27/09/16', '20.01.09', and
'12. March 2026' as OCR and some house styles print it.

Numeric dates are read day first (UK councils); two-digit years are 20xx.
"""
from __future__ import annotations

import re
from datetime import date

MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9

_WORDY = re.compile(
    r"(?:\b|(?<=[ap]m))(\d{1,2})(?:\s*(?:st|nd|rd|th|ST|ND|RD|TH)|\.)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.\s](\d{1,2})[/.\s](\d{2}|\d{4})\b")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every date in ``text`` with its character span, in order."""
    found: list[tuple[date, int, int]] = []
    for match in _WORDY.finditer(text):
        month = MONTHS.get(match.group(2).lower())
        if month:
            try:
                found.append((date(int(match.group(3)), month, int(match.group(1))), match.start(), match.end()))
            except ValueError:
                pass
    for match in _NUMERIC.finditer(text):
        if any(s <= match.start() < e for _, s, e in found):
            continue
        day, month, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
        try:
            found.append((date(year, month, day), match.start(), match.end()))
        except ValueError:
            pass
    return sorted(found, key=lambda item: item[1])


def parse_date(text: str) -> date | None:
    """The first date in ``text``, or None."""
    dates = find_dates(text)
    return dates[0][0] if dates else None


def is_date_line(text: str) -> bool:
    """A line that is essentially just a date ('Wednesday, 20th March, 2013')."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = (text[:dates[0][1]] + text[dates[0][2]:]).strip(" ,.-–")
    return len(rest) <= 12 and not re.search(r"\d", rest)
