"""Dates as councils print them: '20th March, 2013', 'Tuesday 5 January 2021', '27/09/16', '20.01.09',
'12. March 2026' as OCR and some house styles print it, and the first of two days ('2nd and 3rd June 2025').

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
# "Monday 2nd and Tuesday 3rd June 2025", "14 and 15 July 2025": a meeting over two days is dated by its first
_FIRST_OF_TWO = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|to|-|–)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                           r"(?=\d{1,2})", re.I)
_LONGEST_MEETING_DAYS = 3      # "12 - 31 March" is a span of pages or of a consultation, not one meeting
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
    for match in _FIRST_OF_TWO.finditer(text):
        second = next((d for d in found if d[1] == match.end()), None)
        if second and 0 < second[0].day - int(match.group(1)) <= _LONGEST_MEETING_DAYS - 1:
            try:
                found.append((second[0].replace(day=int(match.group(1))), match.start(), second[2]))
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


_TIME_OF_DAY = re.compile(r"(?:\bat\s+)?\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)$", re.I)   # at its end


def is_date_line(text: str) -> bool:
    """A line that is essentially just a date ('Wednesday, 20th March, 2013')."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = (text[:dates[0][1]] + text[dates[0][2]:]).strip(" ,.-–")
    rest = _TIME_OF_DAY.sub("", rest).strip(" ,.-–")          # "Thursday, 6th March, 2025 10.00 am"
    return len(rest) <= 12 and not re.search(r"\d", rest)
