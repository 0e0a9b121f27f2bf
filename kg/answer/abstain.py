"""Refusals: the checks that tell a question the store cannot answer, each with a reason code
(:data:`kg.answer.schema.ABSTAIN_REASONS`) and what is missing, instead of padding an answer with weak hits."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.answer.constraints import StoreText, Unmet, missing_meeting, unknown_name
from kg.answer.evidence import Evidence
from kg.answer.intent import QuestionIntent, months_named
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
