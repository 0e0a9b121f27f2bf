"""Structure-aware chunks: one graph node's text, split to fit the embedding model.

A node's text comes as (original line number, text) pairs, or (first line, last line, text) triples
for lines joined from several original ones. Pieces are cut on line boundaries,
long lines on sentence boundaries (then on words), each within the model's word-piece budget with
the node's title in front, consecutive pieces sharing one line or sentence, and each citing its
own original line sub-span.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

MAX_TOKENS = 256      # all-MiniLM-L6-v2 truncates beyond this many word pieces
TITLE_TOKENS = 40     # a longer title is shortened so the piece keeps most of the budget
# A line leading into what follows: one ending in ':' or ':-', or a short numbered heading ('7.1 Outturn')
_LEAD_IN = re.compile(r"[:：]\s*-?\s*$|^\s*\d+(?:\.\d+)*\.?\s+[A-Z][^.;!?]{0,70}$")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z0-9(\"'‘“•-])")

TokenCounter = Callable[[str], int]


class ChunkSource(Protocol):
    """What ``make_chunks`` needs to know of a graph node (see kg.indexing.ChunkSource)."""

    node: str
    kind: str
    title: str
    source: str
    lines: list[tuple[int, str]] | list[tuple[int, int, str]]
    date: str | None            # ISO date the text belongs to, if known


@dataclass(frozen=True)
class Chunk:
    id: str
    node: str
    kind: str
    title: str
    text: str
    source: str
    lines: tuple[int, int]
    date: str | None = None
    rows: tuple[tuple[int, int], ...] = ()   # original lines of each newline-separated row of ``text``

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        """Original lines of the characters ``start:end`` of ``text`` (the whole span without rows)."""
        if not self.rows:
            return self.lines
        first, last = self.text.count("\n", 0, start), self.text.count("\n", 0, max(start, end - 1))
        return self.rows[first][0], self.rows[last][1]

    @property
    def has_rows(self) -> bool:
        """Whether each newline-separated row of ``text`` has its own original lines."""
        return len(self.rows) == self.text.count("\n") + 1

    def row_spans(self) -> list[tuple[str, tuple[int, int]]]:
        """Each row of ``text`` with its original lines (the whole span for every row without rows)."""
        rows = self.text.split("\n")
        return list(zip(rows, self.rows)) if self.has_rows else [(row, self.lines) for row in rows]

    @property
    def embed_text(self) -> str:
        """The text the model sees: the title first, unless the text already opens with it."""
        return f"{self.title}\n{self.text}" if self.title and not self.text.startswith(self.title) else self.text


def approximate_tokens(text: str) -> int:
    """Word pieces run about 1.3 per English word (plus two special tokens); for use without a tokenizer."""
    return int(len(text.split()) * 1.35) + 2


def make_chunks(sources: Iterable[ChunkSource], count_tokens: TokenCounter = approximate_tokens,
                max_tokens: int = MAX_TOKENS) -> list[Chunk]:
    """Pieces of every source's text, each with its title under ``max_tokens`` word pieces."""
    chunks: list[Chunk] = []
    for source in sources:
        title = shorten(source.title.strip(), count_tokens, TITLE_TOKENS)
        budget = max_tokens - (count_tokens(title) if title else 0)
        for piece in _pieces(_units(source.lines, budget, count_tokens), budget):
            text, rows = _join(piece)
            key = hashlib.sha256(f"{source.node}\x1f{piece[0][0]}\x1f{text}".encode()).hexdigest()[:16]
            span = (piece[0][0], max(unit[1] for unit in piece))
            chunks.append(Chunk(key, source.node, source.kind, title, text, source.source, span,
                                source.date, rows))
    return chunks


def shorten(text: str, count_tokens: TokenCounter, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` word pieces."""
    if count_tokens(text) <= limit:
        return text
    words = text.split()
    while len(words) > 1 and count_tokens(" ".join(words)) > limit:
        words = words[:max(1, int(len(words) * 0.85))]
    return " ".join(words)


Unit = tuple[int, int, str, int]   # first and last original line, text, word pieces


def _units(lines: Iterable[tuple], budget: int, count_tokens: TokenCounter) -> Iterator[Unit]:
    """Lines, with any line over the budget split into sentences and any such sentence into words."""
    for line in lines:
        first, last, text = (line[0], line[0], line[1]) if len(line) == 2 else line
        cost = count_tokens(text)
        if cost <= budget:
            yield first, last, text, cost
            continue
        for sentence in _SENTENCE_END.split(text):
            cost = count_tokens(sentence)
            if cost <= budget:
                yield first, last, sentence, cost
                continue
            words = sentence.split()
            step = max(1, int(len(words) * budget / cost * 0.9))
            for start in range(0, len(words), step):
                part = " ".join(words[start:start + step])
                yield first, last, part, count_tokens(part)


def _pieces(units: Iterator[Unit], budget: int) -> Iterator[list[Unit]]:
    """Greedy packing of units under ``budget``. A piece does not end on a heading or on a line
    introducing a list: those move to the next piece, with what they introduce; otherwise the next
    piece repeats the last unit when it fits."""
    piece: list[Unit] = []
    used = 0
    for unit in units:
        if piece and used + unit[3] > budget:
            carried = _trailing_lead_ins(piece)
            if carried and sum(u[3] for u in carried) + unit[3] <= budget:
                yield piece[:len(piece) - len(carried)]
                piece = carried
            else:
                yield piece
                overlap = piece[-1:] if len(piece) > 1 else []
                piece = overlap if overlap and overlap[0][3] + unit[3] <= budget else []
            used = sum(u[3] for u in piece)
        piece.append(unit)
        used += unit[3]
    if piece:
        yield piece


def _trailing_lead_ins(piece: list[Unit], most: int = 3) -> list[Unit]:
    """The headings and list introductions ending ``piece`` (never all of it)."""
    count = 0
    while count < min(most, len(piece) - 1) and _LEAD_IN.search(piece[-1 - count][2]):
        count += 1
    return piece[len(piece) - count:] if count else []


def _join(piece: list[Unit]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Sentences of one line rejoin with a space, lines with a newline; with the original
    (first, last) lines of each row."""
    out, rows = piece[0][2], [(piece[0][0], piece[0][1])]
    for previous, (first, last, text, _) in zip(piece, piece[1:]):
        if first == previous[0]:
            out += " " + text
            rows[-1] = (rows[-1][0], max(rows[-1][1], last))
        else:
            out += "\n" + text
            rows.append((first, last))
    return out, tuple(rows)
