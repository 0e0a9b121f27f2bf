"""Refusals: the checks that tell a question the store cannot answer, each with a reason code
(:data:`kg.answer.schema.ABSTAIN_REASONS`) and what is missing, instead of padding an answer with weak hits."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.answer.constraints import (
    StoreText,
    Unmet,
    missing_meeting,
    names_in,
    unknown_name,
)
from kg.answer.evidence import Evidence, overlaps, years_in
from kg.answer.intent import QuestionIntent, months_named, question_parts, read_question
from kg.answer.quotes import Quote, keywords, sentences
from kg.answer.schema import AbstainReason

# A question about a meeting itself ("at its 5 November 2014 meeting", "when did the board meet"): the
# meeting it dates must be in the store
_ABOUT_A_MEETING = re.compile(r"\b(meetings?|meet|met)\b", re.I)
# A question asking how something turned out: its findings, conclusions, outcome, whether it succeeded
_ASKS_OUTCOME = re.compile(r"\bwhat (?:were|was|are|is) the (?:findings|outcomes?|results?|conclusions?)\b"
                           r"|\bwhat conclusions\b|\bwhat did\b[^?]{0,80}\b(?:conclude|find)\b"
                           r"|\b(?:was|were|is)\b[^?]{0,80}\bsuccessful\b", re.I)
# A sentence speaking of something still to happen: 'would take place', 'is to be interviewed', 'be provided'
_NOT_YET = re.compile(r"\b(?:would|will|shall|(?:is|are|was|were) to|to be|planned|due to|hoped|expected|intended)\b"
                      r"|\bbe (?:provided|submitted|considered|reported|presented|received)\b", re.I)
NEAR_LINES = 2             # a figure's subject is named within this many lines of it
OUTCOME_WORDS_SHARED = 3   # a sentence about what the question asks of shares this many of its words


@dataclass
class Refusal:
    reason: AbstainReason
    message: str
    missing: list[str] = field(default_factory=list)


def refusal(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]], has_terms: bool,
            best_dense: float, min_dense: float, text: StoreText | None = None, constraints: bool = True,
            anchored: bool = False) -> Refusal | None:
    """Why the question cannot be answered from this evidence, or None: a name the papers (``text``)
    never print, a meeting the question dates that the store does not hold (unless ``constraints`` were
    checked part by part already), how it turned out when the papers predate that, nothing to look for,
    nothing close enough (unless ``anchored``: the best piece prints a word of the question rare in the store,
    as 'NI062', which a sentence model reads poorly)."""
    unmet = unmet_constraint(intent, evidence, meetings, text) if constraints else None
    if unmet is not None:
        return Refusal(unmet.reason, unmet.message, [unmet.missing])  # type: ignore[arg-type]
    unanswered = outcome_refusal(intent, evidence, text.home if text else None)
    if unanswered is not None:
        return unanswered
    if not has_terms:
        return Refusal("no_terms", "The question names nothing to look for; ask about a topic, a person, a meeting "
                                   "or a plan.", ["a topic, person, meeting or plan to look for"])
    if best_dense < min_dense and not anchored:
        return Refusal("not_close", "Nothing in the store is close enough to this question to answer it.",
                       ["papers about this question"])
    return None


def unmet_constraint(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]],
                     text: StoreText | None) -> Unmet | None:
    """The first constraint of the question the store cannot meet: a name never printed, a meeting not held."""
    return (text and unknown_name(intent.text, text)) or unheld_meeting(intent, evidence, meetings)


def unmet_parts(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]],
                text: StoreText | None) -> list[Unmet]:
    """For a question of several parts of which some can be answered: the constraints the others leave
    unmet, each to be said beside the answer; empty when every part or none can be (the whole question is
    answered or refused). A part naming no body speaks of the one the question names."""
    parts = question_parts(intent.text)
    if len(parts) < 2:
        return []
    unmet = []
    for part in parts:
        part_intent = read_question(part)
        part_intent.body_words = part_intent.body_words or intent.body_words
        unmet.append(unmet_constraint(part_intent, evidence, meetings, text))
    return [u for u in unmet if u] if any(u is None for u in unmet) else []


NO_FIGURE = Refusal("no_figure", "The papers found do not give the figure asked for; see the evidence.",
                    ["a figure of the kind asked for"])


def figure_refusal(intent: QuestionIntent, evidence: list[Evidence], home: str | None = None) -> Refusal | None:
    """For a 'how many / how much' question answered with figures (the quotes of ``evidence``), why they
    do not answer it: none is of a year the question names (no_date: 'recruited in 2019/20' answered with
    2015/16's), or none is printed in a piece naming any of what the question names ('the Empower Cup in
    Scunthorpe' answered with another event's sum: no_figure); ``home`` is the home council's place,
    which names nothing in particular."""
    quoted = [(ev, quote) for ev in evidence for quote in ev.quoted]
    if not quoted:
        return None
    named_years = intent.years | years_in(intent.text)
    # a month named may be a paper's ('the June 2014 progress report'): its figures are of a piece of its year
    # (or of a piece that names no year at all)
    of_the_year = (lambda ev, quote: not ev.years() or named_years & ev.years()) if intent.months else (
        lambda ev, quote: named_years & _figure_years(ev, quote))
    if named_years and not any(of_the_year(ev, quote) for ev, quote in quoted):
        named = " or ".join(str(year) for year in sorted(intent.years))
        return Refusal("no_date", f"The papers found give no figure of the kind asked for about {named}; "
                                  "see the evidence for other years.", [f"a figure for {named}"])
    names = [name for name in names_in(intent.text) if name.lower() != home]
    if names and not any(keywords(name) & keywords(_printed_near(ev, quote)) for name in names for ev, quote in quoted):
        listed = ", ".join(f"'{name}'" for name in names)
        return Refusal("no_figure", f"The papers found give no figure of the kind asked for where they speak of "
                                    f"{listed}; see the evidence.", [f"a figure about {listed}"])
    return None


def _figure_years(ev: Evidence, quote: Quote) -> set[int]:
    """The years a quoted figure is of: those printed in it, else in the last row before it that prints any
    ('In 2017, ... There had been more than 3,800 participants'), else the year of its paper."""
    if years := years_in(quote.text):
        return years
    rows = sorted(((lines, row) for piece in (ev.preceding, ev.chunk, ev.following) if piece is not None
                   for row, lines in piece.row_spans() if lines[0] < quote.lines[0]), key=lambda r: r[0])
    for _, row in reversed(rows):
        if years := years_in(row):
            return years
    return {int(ev.date[:4])} if ev.date else set()


def _printed_near(ev: Evidence, quote: Quote) -> str:
    """The rows printed within NEAR_LINES of a quote of ``ev`` (in its piece or those either side): where a
    figure's subject is named, not a neighbouring row's."""
    near = (quote.lines[0] - NEAR_LINES, quote.lines[1] + NEAR_LINES)
    return " ".join(row for piece in (ev.preceding, ev.chunk, ev.following) if piece is not None
                    for row, lines in piece.row_spans() if overlaps(lines, near))


def outcome_refusal(intent: QuestionIntent, evidence: list[Evidence], home: str | None = None) -> Refusal | None:
    """For a question asking how something turned out, a refusal (no_answer_kind) when every sentence of the
    evidence about it (naming what the question names, sharing OUTCOME_WORDS_SHARED of its words) speaks of it
    as still to happen: the papers were written before its outcome."""
    if not _ASKS_OUTCOME.search(intent.text):
        return None
    names = [name for name in names_in(intent.text) if name.lower() != home]
    subject = frozenset().union(*(keywords(name) for name in names))
    asked = keywords(intent.text)
    about = [quote.text for ev in evidence for quote in sentences(ev.chunk)
             if (not subject or subject & keywords(quote.text)) and len(asked & keywords(quote.text)) >= OUTCOME_WORDS_SHARED]
    if not about or not all(_NOT_YET.search(text) for text in about):
        return None
    what = ", ".join(f"'{name}'" for name in names) or "what the question asks about"
    return Refusal("no_answer_kind", f"The papers speak of {what} only as still to happen; they do not say how it "
                                     "turned out.", [f"the outcome of {what}"])


def titled_with_the_month(intent: QuestionIntent, evidence: list[Evidence]) -> bool:
    """Whether the month the question names is that of a decided item's title ('the performance
    report - July 2016'), not of a meeting."""
    return any(ev.context.item and ev.context.resolutions and intent.months & months_named(ev.context.item["title"])
               for ev in evidence)


def unheld_meeting(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]]) -> Unmet | None:
    """The meeting a question dates when the store does not hold it: the minutes, for what was decided (unless
    the month is that of a decided item's title) or who chaired and attended; any papers of it, for a
    question about the meeting itself."""
    if intent.wants_decision and not titled_with_the_month(intent, evidence) or intent.wants_attendance:
        return missing_meeting(intent, meetings, minutes_only=True)
    if _ABOUT_A_MEETING.search(intent.text):
        return missing_meeting(intent, meetings, minutes_only=False)
    return None
