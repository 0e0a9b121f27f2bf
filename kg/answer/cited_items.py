"""A minute item as the graph's answers state and cite it: "Minute 8 'RLSCB Budget' (Local Safeguarding Children
Board, 2013-03-15) <what the graph says of it> [file:lines]", backed by the item's own piece. Read from query rows
that give the item, its title, number, body, meeting date, source and lines."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.answer.evidence import cite
from kg.answer.facts import GraphFacts


@dataclass(frozen=True)
class CitedItem:
    """One minute item, where it was decided and where it is printed."""

    item: str
    title: str
    number: str | None
    body: str
    date: str
    source: str
    lines: tuple[int, int]

    @classmethod
    def of(cls, row: dict[str, Any]) -> CitedItem:
        return cls(row["item"], row["title"], row["number"], row["body"], row["date"], row["source"],
                   (int(row["start"]), int(row["end"])))

    def state(self, facts: GraphFacts, what: str) -> None:
        """Add the item's line saying ``what`` (": presented by X", " mentions Y") to ``facts``, citing its lines."""
        minute = f"Minute {self.number} " if self.number else ""
        facts.lines.append(f"{minute}'{' '.join(self.title.split())}' ({self.body}, {self.date}){what} "
                           f"{cite(self.source, self.lines)}")
        facts.cited.append((self.item, self.lines, self.source))
