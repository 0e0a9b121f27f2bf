"""Retrieval for answers: the loaded index, hybrid hits for a question and its later parts."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.answer.context import ContextBuilder
from kg.answer.corpus import CorpusView
from kg.answer.intent import later_parts, months_named, period_parts, spelled_dates
from kg.answer.named_people import with_people_pieces
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
                                 mentions_any(state.organisations), state.text, tuple(state.people))
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
        searched = spelled_dates(question)   # '27/09/2016' searched as the papers print it
        parts = later_parts(searched)
        periods = period_parts(searched)   # a comparison of periods: each period's papers searched for apart
        vectors = self.index.query_vectors([searched, *parts, *periods])   # one batch for the model
        # candidates for graph re-ranking
        hits = self.index.search(searched, k=max(config.candidates, 10 * k), vector=vectors[0])
        wanted = [config.part_candidates] * len(parts) + [config.period_candidates] * len(periods)
        part_hits = [self.index.search(part, k=n, vector=v) for part, n, v in zip(parts + periods, wanted, vectors[1:])]
        hits = merge_hits(hits, part_hits, config.part_weight)
        if self.corpus.text is not None:   # a person the question names: the pieces printing them
            hits = with_people_pieces(question, hits, self.index, self.corpus, config)
        return answer_question(question, hits, self.contexts, self.meetings, k=k, corpus=self.corpus, config=config)
