"""Retrieval for answers: the loaded index, hybrid hits for a question and its later parts, meeting summaries."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from rdflib import Graph

from index.chunks import Chunk
from kg.answer.constraints import StoreText
from kg.answer.context import ContextBuilder
from kg.answer.corpus import CorpusView
from kg.answer.intent import later_parts, months_named
from kg.answer.pipeline import answer_question
from kg.answer.quotes import mentions_any
from kg.answer.schema import Answer
from kg.config import DEFAULT_CONFIG, AnswerConfig
from kg.loaders.dates import find_dates
from kg.sparql import select
from kg.views.records import build_records

_ORGANISATION_NAMES = "SELECT DISTINCT ?name WHERE { ?o a org:Organization ; skos:prefLabel|skos:altLabel ?name }"


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


def meeting_summary(record: dict[str, Any], chunks_at: Callable[[str, tuple[int, int]], list[Chunk]]) -> dict[str, Any]:
    """What answers need of a meeting record: body, date, kind, attendance, the lines of its
    header (before its first item), where attendance is printed, its items (node, number, title, lines)
    and the header's date as printed (see :func:`printed_date`)."""
    first_item = min((item["lines"][0] for item in record["items"]), default=record["lines"][1] + 1)
    header = (record["lines"][0], max(record["lines"][0], first_item - 1))
    summary = {**{k: record[k] for k in ("body", "date", "kind", "chair", "present", "apologies", "source")},
               "header": header, "items": [{k: item[k] for k in ("iri", "number", "title", "lines")} for item in record["items"]]}
    return {**summary, "printed_date": printed_date(summary, chunks_at(record["source"], header))}


def printed_date(meeting: dict[str, Any], pieces: list[Chunk]) -> dict[str, Any] | None:
    """The row of the meeting's header that prints its date ('Date: Tuesday, 6th December, 2016'),
    joined with the next when the date wraps onto it, with its lines and the node of the piece
    holding it, so an answer can quote the date as the papers give it; None when no row does."""
    rows = [(row, lines, piece.node) for piece in pieces for row, lines in piece.row_spans()
            if meeting["header"][0] <= lines[0] <= meeting["header"][1]]
    wrapped = [(f"{row} {after}", (lines[0], end[1]), node) for (row, lines, node), (after, end, _) in zip(rows, rows[1:])]
    for text, lines, node in rows + wrapped:
        if any(day.isoformat() == meeting["date"] for day, _, _ in find_dates(text)):
            return {"text": text.strip(" *"), "lines": lines, "node": node}
    return None


class Searcher:
    """A loaded index plus the graph context needed to answer; load once, ask many times."""

    def __init__(self, graph: Graph, index_dir: Path, model: str | None = None,
                 config: AnswerConfig = DEFAULT_CONFIG) -> None:
        from index import Embedder, HybridIndex

        self.config = config
        self.index = HybridIndex.load(index_dir, Embedder(model))
        self.contexts = ContextBuilder(graph)
        # every indexed node's context at once: one query per kind of fact for all of them costs
        # about what three questions' worth of candidates cost one by one
        self.contexts.describe_all([chunk.node for chunk in self.index.chunks])
        months: dict[str, set[tuple[int, int]]] = {}
        for chunk in self.index.chunks:
            months.setdefault(chunk.node, set()).update(months_named(chunk.text))
        organisations = [row["name"] for row in select(graph, _ORGANISATION_NAMES)]
        self.corpus = CorpusView(self.index.sparse.idf, self.index.chunks_of, lambda node: months.get(node, set()),
                                 mentions_any(organisations), StoreText([chunk.text for chunk in self.index.chunks]))
        self.meetings = [meeting_summary(m, self.index.chunks_at) for m in build_records(graph)["meetings"]]

    def ask(self, question: str, k: int = 5, config: AnswerConfig | None = None) -> Answer:
        """The answer to ``question``, with ``config`` (else the searcher's) for every knob."""
        config = config or self.config
        parts = later_parts(question)
        vectors = self.index.query_vectors([question, *parts])   # one batch for the model
        # candidates for graph re-ranking
        hits = self.index.search(question, k=max(config.candidates, 10 * k), vector=vectors[0])
        part_hits = [self.index.search(part, k=config.part_candidates, vector=v) for part, v in zip(parts, vectors[1:])]
        return answer_question(question, merge_hits(hits, part_hits, config.part_weight), self.contexts, self.meetings,
                               k=k, corpus=self.corpus, config=config)
