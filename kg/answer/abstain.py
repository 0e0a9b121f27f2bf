"""Refusals: the checks that tell a question the store cannot answer, each with a reason code
(:data:`kg.answer.schema.ABSTAIN_REASONS`) and what is missing, instead of padding an answer with weak hits."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.answer.evidence import Evidence
from kg.answer.intent import QuestionIntent, months_named, year_month
from kg.answer.schema import AbstainReason


@dataclass
class Refusal:
    reason: AbstainReason
    message: str
    missing: list[str] = field(default_factory=list)


def refusal(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]], has_terms: bool,
            best_dense: float, min_dense: float) -> Refusal | None:
    """Why the question cannot be answered from this evidence, or None."""
    if not titled_with_the_month(intent, evidence):
        absent = missing_meeting(intent, meetings)
        if absent is not None:
            return Refusal("no_meeting", f"The store holds no minutes of a meeting in {absent}, so what was decided "
                                         "there is not recorded.", [f"minutes of a meeting in {absent}"])
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


def missing_meeting(intent: QuestionIntent, meetings: list[dict[str, Any]]) -> str | None:
    """The month or day of a decision asked for whose minutes the store does not hold ('2012-02'), or None."""
    if not (intent.wants_decision and intent.names_a_meeting):
        return None
    minutes = [m for m in meetings if m["kind"] == "minutes"]
    if intent.body_words:
        minutes = [m for m in minutes if intent.names_body(m["body"])] or minutes
    for m in minutes:
        (year, month), day = year_month(m["date"]), int(m["date"][8:10])
        if (year, month) in intent.months or (month, day) in intent.days:
            return None
    wanted = ", ".join(sorted(f"{y}-{mo:02d}" for y, mo in intent.months) or
                       sorted(f"{d} of month {mo}" for mo, d in intent.days))
    return wanted
