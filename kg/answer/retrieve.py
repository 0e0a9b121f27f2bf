"""Retrieval for answers: the loaded index, hybrid hits for a question and its later parts."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.answer.context import ContextBuilder
from kg.answer.corpus import CorpusView
from kg.answer.intent import later_parts, months_named
from kg.answer.pipeline import answer_question
from kg.answer.quotes import mentions_any
from kg.answer.schema import Answer
from kg.answer.store_state import StoreState
from kg.config import DEFAULT_CONFIG, AnswerConfig


def merge_hits(hits: list[Any], parts: list[list[Any]], part_weight: float) -> list[Any]:
    """The whole question's hits with each later part's best ones added (scaled by ``part_weight``), best first."""
    seen = {h.chunk.id for h in hits}
    merged = list(hits)
    for part in parts:
        for hit in part:
            if hit.chunk.id not in seen:
                seen.add(hit.chunk.id)
                merged.append(replace(hit, score=hit.score * part_weight))
    return sorted(merged, key=lambda h: h.score, reverse=True)


OTHER_PIECES = 0.1   # each further piece of a text found adds this share of its own score to the text's


def node_hits(hits: list[Any], view: Callable[[Any], Any]) -> list[Any]:
    """Each hit shown as ``view`` shows its piece (its node's whole text when that is short), one hit
    per text, best first: a view printing the lines of another (a piece inside an item shown whole)
    takes its place; a text ranks by its best piece, and a little more for each other piece of it found."""
    out: list[Any] = []
    for hit in hits:   # best first
        chunk = view(hit.chunk)
        inside = [i for i, kept in enumerate(out) if kept.chunk.source == chunk.source
                  and (_within(kept.chunk.lines, chunk.lines) or _within(chunk.lines, kept.chunk.lines))]
        if not inside:
            out.append(replace(hit, chunk=chunk))
        else:
            # another piece of a text kept: that text is found twice, and counts it; a wider text
            # than those kept stands where the best of them stood
            wider = not any(_within(chunk.lines, out[i].chunk.lines) for i in inside)
            best = out[inside[0]]
            out[inside[0]] = replace(best, chunk=chunk if wider else best.chunk,
                                     score=best.score + OTHER_PIECES * hit.score)
            for i in reversed(inside[1:]) if wider else ():
                del out[i]
    return sorted(out, key=lambda h: -h.score)


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


class Searcher:
    """A loaded index plus the graph context needed to answer; load once, ask many times."""

    def __init__(self, graph: Graph, index_dir: Path, model: str | None = None,
                 config: AnswerConfig = DEFAULT_CONFIG) -> None:
        from index import Embedder, HybridIndex
        from index.question_encoder import FOLDER

        self.config = config
        self.index = HybridIndex.load(index_dir, Embedder(model, question_encoder_dir=index_dir / FOLDER))
        self.contexts = ContextBuilder(graph)
        self._months: dict[str, set[tuple[int, int]]] = {}
        state = StoreState.load(index_dir, graph, self.index)
        self.corpus = CorpusView(self.index.sparse.idf, self.index.chunks_of, self.months_of,
                                 mentions_any(state.organisations), state.text)
        self.meetings = state.meetings

    def warm(self) -> None:
        """Describe every indexed node now, for a process that will answer many questions: one query per
        kind of fact for all of them costs about what three questions' worth of candidates cost one by
        one. A single question (a cold `kg ask`) is quicker without."""
        self.contexts.describe_all([chunk.node for chunk in self.index.chunks])

    def months_of(self, node: str) -> set[tuple[int, int]]:
        """The (year, month) pairs the text of ``node``'s pieces names (worked out when first asked)."""
        if node not in self._months:
            self._months[node] = {month for chunk in self.index.chunks_of(node) for month in months_named(chunk.text)}
        return self._months[node]

    def ask(self, question: str, k: int = 5, config: AnswerConfig | None = None) -> Answer:
        """The answer to ``question``, with ``config`` (else the searcher's) for every knob."""
        config = config or self.config
        parts = later_parts(question)
        vectors = self.index.query_vectors([question, *parts])   # one batch for the model
        # candidates for graph re-ranking
        hits = self.index.search(question, k=max(config.candidates, 10 * k), vector=vectors[0])
        part_hits = [self.index.search(part, k=config.part_candidates, vector=v) for part, v in zip(parts, vectors[1:])]
        merged = node_hits(merge_hits(hits, part_hits, config.part_weight), lambda piece: self.index.node_view(piece, config.view_tokens))
        part_best = {self.index.node_view(part[0].chunk, config.view_tokens).id for part in part_hits if part}
        return answer_question(question, merged, self.contexts, self.meetings,
                               k=k, corpus=self.corpus, config=config, part_best=part_best)
