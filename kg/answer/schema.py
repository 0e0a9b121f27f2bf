"""What an answer is: typed records the CLI prints from and tests read, and their JSON form (the contract
of ``kg ask --json`` and ``/api/ask``)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

AbstainReason = Literal["no_meeting", "no_entity", "no_body", "no_terms", "not_close", "no_figure", "no_date",
                        "no_answer_kind", "out_of_scope", "not_with_name"]

ABSTAIN_REASONS: dict[str, str] = {
    "no_meeting": "the store holds no papers (for a decision or attendance: no minutes) of the meeting the question dates",
    "no_entity": "the papers never mention a person, organisation, place or group the question names",
    "no_body": "the store holds no papers of the body the question names, nor any mention of it",
    "no_terms": "the question names nothing to look for",
    "not_close": "nothing in the store is close enough to the question",
    "no_figure": "the papers found do not give the figure asked for",
    "no_answer_kind": "the papers speak of what the question asks about, but not with the kind of answer it asks for (an outcome, who holds a post there)",
    "no_date": "the papers found give the figure asked for only for other years than the question names",
    "out_of_scope": "the papers never print the word for what the question asks for (a salary, the weather)",
    "not_with_name": "the papers mention a person, place, organisation or group the question names, but no piece "
                     "found for the question speaks of it",
}


@dataclass
class Resolution:
    """A decision the answer gives, with its meeting and the lines it is printed on."""

    text: str
    body: str | None
    date: str | None
    minute: str | None
    source: str
    lines: list[int]


@dataclass
class EvidenceRecord:
    """A piece of evidence as shown: the excerpt, its lines, its node and where that sits."""

    source: str
    lines: list[int]
    text: str
    score: float
    node: str
    meeting: dict[str, Any] | None
    item: dict[str, Any] | None


@dataclass
class Answer:
    """An extractive, cited answer, or a refusal saying why (``abstain_reason``) and what is missing."""

    question: str
    answer: str
    answerable: bool
    evidence: list[EvidenceRecord] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    context: dict[str, list[str]] = field(default_factory=dict)
    abstain_reason: AbstainReason | None = None
    missing: list[str] = field(default_factory=list)
    rephrased: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON form; ``rephrased`` only when asked for."""
        out = asdict(self)
        if self.rephrased is None:
            out.pop("rephrased")
        return out
