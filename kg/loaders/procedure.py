"""Procedure recorded in minutes, as data: recorded votes, declarations of interest, and the exclusion
of the press and public, so routine items can be told from substantive ones and a decision's vote read.

Votes are printed as counts in many shapes ("For: 8; Against: 3; Abstentions: 1", "FOR - 6 Members;
AGAINST - 2 Members", "9 in favour, 3 against", "Voting: 8 for, 1 against, 1 abstention", "five Members
voted for the proposal and seven against and it was declared lost", "For the motion - 7 votes / For the
amendment - 4 votes"), with the outcome ("The motion was CARRIED", "declared carried").
Declarations: "<person> declared a personal interest in Item 7 ...". Exclusions: "the press and
public be excluded ... paragraph 3 of Schedule 12A" (or the section of another Act cited).
"""
from __future__ import annotations

import re

from kg.loaders.people_text import clean_person
from kg.model import Declaration, Exclusion, Line, SourceText, Vote

_NUMBER_WORDS = {w: n for n, w in enumerate(
    "no one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_COUNT = r"(?P<{0}>\d{{1,3}}|" + "|".join(_NUMBER_WORDS) + r")"
_FOR = [re.compile(p, re.I) for p in (
    r"\bfor(?:\s+the\s+motion)?\s*[:\-–]\s*" + _COUNT.format("n"),
    _COUNT.format("n") + r"\s+(?:members\s+)?(?:voted\s+)?(?:for|in\s+favour)\b",
)]
_AGAINST = [re.compile(p, re.I) for p in (
    r"\bagainst\s*[:\-–]\s*" + _COUNT.format("n"),
    _COUNT.format("n") + r"\s+(?:members\s+)?(?:voted\s+)?against\b",
    r"\band\s+" + _COUNT.format("n") + r"\s+(?:for\s+the\s+amendment)\b",
    r"\bfor\s+the\s+amendment\s*[:\-–]\s*" + _COUNT.format("n"),
)]
_ABSTAIN = [re.compile(p, re.I) for p in (
    r"\babstentions?\s*[:\-–]\s*" + _COUNT.format("n"),
    _COUNT.format("n") + r"\s+(?:members\s+)?abstentions?\b",
    _COUNT.format("n") + r"\s+(?:members\s+)?abstained\b",
)]
_OUTCOME = re.compile(r"\b(?:was|were|declared|accordingly\s+declared)\s+(?P<outcome>carried|lost|defeated|fell)\b", re.I)
_VOTE_CUE = re.compile(r"\bvot(?:e|es|ed|ing)\b|\bfor\s*[:\-–]\s*\d|\bin\s+favour\b|\babstention", re.I)
_DECLARED = re.compile(r"(?P<who>(?:(?:County\s+)?Councillor|Cllr|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]+){0,2}|"
                       r"[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:declared|made)\s+(?:an?\s+)?"
                       r"(?P<kind>(?:[\w-]+\s+){0,3}?)(?:interest|transparency statement)\b"
                       r"(?:.{0,40}?\b(?:in|on|in respect of)\s+(?:agenda\s+)?(?P<ref>(?:item|minute)\s+[\w./]+))?", re.I)
_EXCLUDED = re.compile(r"\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press)\b[^.]{0,80}?\bexclud|"
                       r"\bexclud\w*\s+(?:the\s+)?(?:members\s+of\s+the\s+)?(?:press\s+and\s+(?:the\s+)?public|public)\b", re.I)
_GROUNDS = re.compile(r"\bparagraphs?\s+(?P<paragraph>\d+(?:\s*(?:,|and)\s*\d+)*)\s+of\s+(?:part\s+1\s+of\s+)?schedule\s+12a\b|"
                      r"\b(?P<section>section\s+\d+\s*\(\d+\)[^.;]{0,60}?act[^.;]{0,40})|"
                      r"\(paragraphs?\s+(?P<bracketed>\d+(?:\s*(?:,|and)\s*\d+)*)\)", re.I)
_NONE_EXCLUDED = re.compile(r"\bno\s+(?:items?|business|reports?)\b[^.]{0,80}\bexclud", re.I)


def find_votes(paragraphs: list[Line], source: SourceText) -> list[Vote]:
    """Recorded votes, one per paragraph that prints counts (an outcome in the next paragraph joins it)."""
    votes: list[Vote] = []
    for position, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if not _VOTE_CUE.search(text):
            continue
        counts = [_first(patterns, text) for patterns in (_FOR, _AGAINST, _ABSTAIN)]
        if counts[0] is None and counts[1] is None:
            continue
        outcome = _OUTCOME.search(text)
        if not outcome and position + 1 < len(paragraphs):
            outcome = _OUTCOME.search(paragraphs[position + 1].text)
        votes.append(Vote(source.span(paragraph.start, paragraph.end), counts[0], counts[1], counts[2],
                          outcome.group("outcome").lower() if outcome else None, text.strip()))
    return votes


def find_declarations(paragraphs: list[Line], source: SourceText) -> list[Declaration]:
    """"Councillor X declared a personal interest in Item 7 as ..." as who, what kind and which item."""
    found: list[Declaration] = []
    for paragraph in paragraphs:
        span = source.span(paragraph.start, paragraph.end)
        for match in _DECLARED.finditer(paragraph.text):
            person = clean_person(match.group("who"), span, "mentioned")
            if person is None:
                continue
            kind = " ".join(match.group("kind").split()) or None
            found.append(Declaration(person, span, kind.lower() if kind else None,
                                     match.group("ref"), paragraph.text.strip()))
    return found


def find_exclusion(paragraphs: list[Line], source: SourceText) -> Exclusion | None:
    """The press and public excluded, with the exempt paragraph (or section) cited."""
    for position, paragraph in enumerate(paragraphs):
        if _EXCLUDED.search(paragraph.text) and not _NONE_EXCLUDED.search(paragraph.text):
            grounds = next((g for p in paragraphs[position:position + 3] if (g := _GROUNDS.search(p.text))), None)
            paragraph_no = grounds and (grounds.group("paragraph") or grounds.group("bracketed"))
            cited = (f"paragraph {paragraph_no} of Schedule 12A" if paragraph_no
                     else grounds.group("section").strip() if grounds else None)
            return Exclusion(source.span(paragraph.start, paragraph.end), cited, paragraph.text.strip())
    return None


def _first(patterns: list[re.Pattern], text: str) -> int | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            value = match.group("n").lower()
            return int(value) if value.isdigit() else _NUMBER_WORDS[value]
    return None
