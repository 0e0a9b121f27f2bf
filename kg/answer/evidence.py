"""A piece of evidence: a search hit with what the graph says around its node, and how to cite it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from index.chunks import Chunk
from kg.answer.constraints import YEAR_SPAN_MAX
from kg.answer.context import NodeContext
from kg.answer.quotes import Quote, Relevance, excerpt, in_context

_YEAR_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)(?:\s*[/-]\s*(\d\d))?\b")
# A range of years as printed: '2013 – 2016', '2018-2025', '2017 to 2020'
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[/–-]|to)\s*((?:19|20)?\d\d)\b")


@dataclass(eq=False)
class Evidence:
    """A search hit with what the graph says around its node; ``score`` is re-ranked in place, so
    two pieces of evidence are the same only when they are one object."""

    chunk: Chunk
    score: float
    context: NodeContext
    quoted: list[Quote] = field(default_factory=list)   # what the answer quotes of it
    following: Chunk | None = None    # the node's next piece, whose sentences may be quoted for it
    preceding: Chunk | None = None    # the node's piece before, where the caption of a table it ends may be
    shown: Quote | None = None    # the excerpt of the chunk to show (see :meth:`focus`); all of it if unset

    @property
    def source(self) -> str:
        return self.chunk.source

    @property
    def lines(self) -> tuple[int, int]:
        return self.chunk.lines

    @property
    def text(self) -> str:
        return self.chunk.text

    @property
    def date(self) -> str | None:
        """The node's meeting date, or its pack's."""
        return self.chunk.date

    def years(self) -> set[int]:
        """The year it is dated and the years it speaks of ('2015/16' names 2015 and 2016; a plan for 2013 – 2016
        speaks of 2014 too)."""
        return ({int(self.date[:4])} if self.date else set()) | years_spoken_of(self.text)

    def focus(self, relevance: Relevance, limit: int) -> None:
        """Show the run of lines around what the answer quotes of it (in the pieces before or after
        it too, when a quote starts or lies there), else the one that speaks most to the question (see
        :func:`kg.answer.quotes.excerpt`)."""
        before = any(q.lines[0] < self.chunk.lines[0] for q in self.quoted)
        beyond = any(q.lines[0] > self.chunk.lines[1] for q in self.quoted)
        shown_from = in_context(self.chunk, self.preceding if before else None, self.following if beyond else None)
        self.shown = excerpt(relevance, shown_from, limit, anchors=[q.lines for q in self.quoted])

    def as_dict(self) -> dict[str, Any]:
        shown = self.shown or Quote(self.text, self.lines)
        return {"source": self.source, "lines": list(shown.lines), "text": shown.text, "score": round(self.score, 4),
                "node": self.chunk.node, "meeting": self.context.meeting, "item": self.context.item}


def years_in(text: str) -> set[int]:
    """The years a text speaks of ('2015/16' names 2015 and 2016)."""
    years = set()
    for first, second in _YEAR_IN_TEXT.findall(text):
        years.add(int(first))
        if second:
            years.add(int(first[:2] + second))
    return years


def years_spoken_of(text: str) -> set[int]:
    """The years a text names, and those inside the ranges it prints (of at most YEAR_SPAN_MAX years)."""
    years = years_in(text)
    for first, last in _YEAR_RANGE.findall(text):
        start, end = int(first), int(first[:2] + last[-2:])
        if 0 < end - start <= YEAR_SPAN_MAX:
            years.update(range(start, end + 1))
    return years


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def cite(source: str, lines: tuple[int, int]) -> str:
    return f"[{source}:{lines[0]}-{lines[1]}]"


def meeting_label(ctx: NodeContext) -> str:
    if not ctx.meeting:
        return ""
    minute = f"Minute {ctx.item['number']} " if ctx.item and ctx.item.get("number") else ""
    title = f"'{ctx.item['title']}' " if ctx.item else ""
    return f"{minute}{title}({ctx.meeting['body']}, {ctx.meeting['date']})"
