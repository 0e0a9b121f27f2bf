"""Refusals: the checks that tell a question the store cannot answer, each with a reason code
(:data:`kg.answer.schema.ABSTAIN_REASONS`) and what is missing, instead of padding an answer with weak hits."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.answer.constraints import StoreText, Unmet, missing_meeting, names_in, unknown_name
from kg.answer.evidence import Evidence, years_in
from kg.answer.intent import QuestionIntent, months_named
from kg.answer.quotes import keywords
from kg.answer.schema import AbstainReason

# A question about a meeting itself ("at its 5 November 2014 meeting", "when did the board meet"): the
# meeting it dates must be in the store
_ABOUT_A_MEETING = re.compile(r"\b(meetings?|meet|met)\b", re.I)


@dataclass
class Refusal:
    reason: AbstainReason
    message: str
    missing: list[str] = field(default_factory=list)


def refusal(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]], has_terms: bool,
            best_dense: float, min_dense: float, text: StoreText | None = None) -> Refusal | None:
    """Why the question cannot be answered from this evidence, or None: a name the papers (``text``)
    never print, a meeting the question dates that the store does not hold, nothing to look for,
    nothing close enough."""
    unmet = (text and unknown_name(intent.text, text)) or unheld_meeting(intent, evidence, meetings)
    if unmet is not None:
        return Refusal(unmet.reason, unmet.message, [unmet.missing])  # type: ignore[arg-type]
    if not has_terms:
        return Refusal("no_terms", "The question names nothing to look for; ask about a topic, a person, a meeting "
                                   "or a plan.", ["a topic, person, meeting or plan to look for"])
    if best_dense < min_dense:
        return Refusal("not_close", "Nothing in the store is close enough to this question to answer it.",
                       ["papers about this question"])
    return None


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
    if named_years and not intent.months and not any(
            named_years & (years_in(quote.text) or ({int(ev.date[:4])} if ev.date else set())) for ev, quote in quoted):
        named = " or ".join(str(year) for year in sorted(intent.years))
        return Refusal("no_date", f"The papers found give no figure of the kind asked for about {named}; "
                                  "see the evidence for other years.", [f"a figure for {named}"])
    names = [name for name in names_in(intent.text) if name.lower() != home]
    if names and not any(keywords(name) & keywords(_read_with_neighbours(ev)) for name in names for ev, _ in quoted):
        listed = ", ".join(f"'{name}'" for name in names)
        return Refusal("no_figure", f"The papers found give no figure of the kind asked for where they speak of "
                                    f"{listed}; see the evidence.", [f"a figure about {listed}"])
    return None


def _read_with_neighbours(ev: Evidence) -> str:
    """A piece's text with the pieces printed either side (where a table's caption or a list's heading is)."""
    return " ".join(piece.text for piece in (ev.preceding, ev.chunk, ev.following) if piece is not None)


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
