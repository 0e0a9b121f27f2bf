"""Pieces of a file that partition its text lines, each embedded once, and the nodes that hold each.

Graph nodes nest (a resolution inside its minute item inside its paper; an action inside its
priority inside its plan): embedding each node's whole text embeds the same lines once per level.
Here a file's lines are packed into pieces that fit the model, none overlapping another. A piece
never crosses the edge of a node of a ``hard`` kind (by default a paper: another document, perhaps
another date); a full piece ends where some node ends if it can (so a small node stays whole in one
piece), else at a paragraph break or a sentence's end. Each piece is labelled with the innermost
node holding all of it (its kind, title and date), and each node points to the pieces its span
covers, so a hit on a piece reaches every node around it. Pieces are packed as full as those
edges allow: the model embeds a few full pieces faster than the same words in many short ones.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from index.chunks import (
    MAX_TOKENS,
    TITLE_TOKENS,
    Chunk,
    TokenCounter,
    Unit,
    approximate_tokens,
    is_lead_in,
    join_units,
    shorten,
    split_units,
)

# A table's row: cells split by tabs, or a label and two figures or more ('8 18 5448 6076 89.7%')
_TABLE_ROW = re.compile(r"\t|(?:^|\s)[£$]?-?\d[\d,.]*%?(?:\s+[£$]?-?\d[\d,.]*%?){1,}\s*$")
# A row summing up the rows above it: 'Total 224 63820', 'Totals: £93,000', '%<TAB>25<TAB>65'
_SUMMARY_ROW = re.compile(r"^\s*(?:(?:grand\s+)?totals?\b|%)[\s:]*[£$]?-?\d", re.I)
HARD_KINDS = frozenset({"paper"})   # pieces never cross these nodes' edges
FULL_ENOUGH = 0.5                   # a full piece may end early, at a better place, once this share of its budget is used


@dataclass(frozen=True)
class NodeSpan:
    """A graph node's place in its source file, and what a piece labelled with it carries."""

    node: str
    kind: str
    title: str
    source: str
    lines: tuple[int, int]
    date: str | None = None

    @property
    def size(self) -> int:
        return self.lines[1] - self.lines[0]


@dataclass(frozen=True)
class Partition:
    """A file's pieces in line order, and each node's pieces (ids, in line order)."""

    pieces: list[Chunk]
    node_pieces: dict[str, list[str]]


def partition(whole: NodeSpan, lines: list[tuple[int, str]], spans: Iterable[NodeSpan],
              count_tokens: TokenCounter = approximate_tokens, max_tokens: int = MAX_TOKENS,
              hard_kinds: Collection[str] = HARD_KINDS, specificity: tuple[str, ...] = ()) -> Partition:
    """Pieces of ``lines`` (a file's lines, (line number, text) in order; blank ones break paragraphs)
    for the nodes ``spans`` of that file; ``whole`` stands for the file itself and labels lines no
    node holds. Of nodes with the same span, the one whose kind comes first in ``specificity`` labels a piece."""
    spans = [s for s in spans if s.source == whole.source]
    gaps = {i for i, (_, text) in enumerate(lines) if not text.strip()}
    after_gap = [i > 0 and i - 1 in gaps for i in range(len(lines))]
    kept = [i for i in range(len(lines)) if i not in gaps]
    lines, after_gap = [lines[i] for i in kept], [after_gap[i] for i in kept]
    numbers = [n for n, _ in lines]
    holders: list[list[NodeSpan]] = [[] for _ in lines]
    for span in spans:
        for i in range(bisect.bisect_left(numbers, span.lines[0]), bisect.bisect_right(numbers, span.lines[1])):
            holders[i].append(span)
    rank = {kind: i for i, kind in enumerate(specificity)}

    def innermost(nodes: Iterable[NodeSpan]) -> NodeSpan:
        return min(nodes, key=lambda s: (s.size, rank.get(s.kind, len(rank)), s.node), default=whole)

    title_cost = {s.node: min(TITLE_TOKENS, count_tokens(s.title)) for s in [whole, *spans] if s.title}
    pieces: list[Chunk] = []
    for region in _regions(holders, hard_kinds):
        reserve = max((title_cost.get(s.node, 0) for s in {s for i in region for s in holders[i]}),
                      default=title_cost.get(whole.node, 0))
        budget = max_tokens - reserve
        units = [Held(unit, tuple(s.node for s in holders[i]), after_gap[i] and n == 0) for i in region
                 for n, unit in enumerate(split_units([lines[i]], budget, count_tokens))]
        for piece in _pack(units, budget):
            label = innermost(set.intersection(*(set(holders[i]) for i in _indexes(piece, numbers))))
            pieces.append(_piece(label, [held.unit for held in piece], count_tokens, max_tokens))
    node_pieces = {span.node: [p.id for p in pieces if p.lines[0] <= span.lines[1] and span.lines[0] <= p.lines[1]]
                   for span in [whole, *spans]}
    return Partition(pieces, {node: ids for node, ids in node_pieces.items() if ids})


def _regions(holders: list[list[NodeSpan]], hard_kinds: Collection[str]) -> list[list[int]]:
    """Runs of line indexes held by the same nodes of the hard kinds."""
    regions: list[list[int]] = []
    previous: frozenset[str] | None = None
    for i, nodes in enumerate(holders):
        hard = frozenset(s.node for s in nodes if s.kind in hard_kinds)
        if hard != previous:
            regions.append([])
            previous = hard
        regions[-1].append(i)
    return regions


class Held(NamedTuple):
    """A unit of text, the nodes holding its line, and whether a blank line comes before it."""

    unit: Unit
    holders: tuple[str, ...]
    after_gap: bool


def _pack(units: list[Held], budget: int) -> Iterator[list[Held]]:
    """Greedy packing under ``budget``, no piece overlapping the next; a full piece ends at the best
    place (see :func:`_best_cut`) and what follows that place starts the next one."""
    piece: list[Held] = []
    used = 0
    for held in units:
        while piece and used + held.unit[3] > budget:
            cut = _best_cut(piece, held, budget)
            yield piece[:cut]
            piece = piece[cut:]
            used = sum(h.unit[3] for h in piece)
        piece.append(held)
        used += held.unit[3]
    if piece:
        yield piece


def _best_cut(piece: list[Held], following: Held, budget: int) -> int:
    """Where a full piece ends: the strongest place (see :func:`_cut_strength`) that leaves it at
    least FULL_ENOUGH full, the latest of equally strong ones."""
    best, strongest = len(piece), _cut_strength(piece[-1], following)
    used = sum(h.unit[3] for h in piece)
    for cut in range(len(piece) - 1, 0, -1):
        used -= piece[cut].unit[3]
        if used < FULL_ENOUGH * budget:
            break
        strength = _cut_strength(piece[cut - 1], piece[cut])
        if strength > strongest:
            best, strongest = cut, strength
    return best


def _cut_strength(before: Held, after: Held) -> int:
    """How good a place to end a piece lies between two units: a node's edge (3), a paragraph
    break or a heading next (2), a sentence's end (1); never (0) after a heading or a line
    introducing what follows, nor inside a sentence, nor between two rows of a table; worst of all
    (-1) before a table's totals or shares row, which means nothing without the rows above it."""
    if before.holders != after.holders:
        return 3
    if _SUMMARY_ROW.match(after.unit[2]) and _TABLE_ROW.search(before.unit[2]):
        return -1
    if _TABLE_ROW.search(before.unit[2]) and _TABLE_ROW.search(after.unit[2]):
        return 0
    if is_lead_in(before.unit[2]):
        return 0
    if after.after_gap or is_lead_in(after.unit[2]):
        return 2
    return 1 if before.unit[2].rstrip().endswith((".", "!", "?", ";")) else 0


def _indexes(piece: list[Held], numbers: list[int]) -> list[int]:
    """Indexes into the file's text lines of the lines a piece's units come from."""
    return sorted({bisect.bisect_left(numbers, held.unit[0]) for held in piece})


def _piece(label: NodeSpan, units: list[Unit], count_tokens: TokenCounter, max_tokens: int) -> Chunk:
    text, rows = join_units(units)
    # word pieces never cross whitespace, so the joined text costs what its units do (each counts
    # the two special tokens once), and the title what is left, the special tokens counted once
    room = min(TITLE_TOKENS, max_tokens - sum(unit[3] - 2 for unit in units))
    title = shorten(label.title.strip(), count_tokens, room) if room > 2 else ""
    piece = Chunk("", label.node, label.kind, title, text, label.source,
                  (units[0][0], max(unit[1] for unit in units)), label.date, rows)
    # the id names what the model sees and where: equal ids, equal vectors
    key = hashlib.sha256(f"{label.source}\x1f{piece.lines[0]}\x1f{piece.embed_text}".encode()).hexdigest()[:16]
    return replace(piece, id=key)
