"""What the search index knows besides its hits, as the answer stages need it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from index.chunks import Chunk
from kg.answer.constraints import StoreText
from kg.answer.quotes import TermWeight, uniform


@dataclass
class CorpusView:
    """What the search index knows besides its hits: how rare a (stemmed) word is, for choosing
    what to quote; each node's pieces, for evidence of what the graph answers itself; and the
    months each node's text speaks of ('the June 2014 progress report'); whether a sentence names an
    organisation the graph knows; whether the papers print a name at all; who the people of the graph are."""

    term_weight: TermWeight = uniform
    chunks_of: Callable[[str], list[Chunk]] = lambda node: []
    months_of: Callable[[str], set[tuple[int, int]]] = lambda node: set()
    names_organisation: Callable[[str], bool] = lambda sentence: False
    text: StoreText | None = None     # the papers' words and phrases (None: names go unchecked)
    people: tuple[str, ...] = ()      # the names of the people the graph knows
