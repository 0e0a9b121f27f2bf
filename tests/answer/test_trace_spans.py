"""What a trace between two months ranks, on invented papers: a piece of a month between the two a question traces
between ranks as one of either end."""
from __future__ import annotations

from index.chunks import Chunk
from kg.answer.context import NodeContext
from kg.answer.corpus import CorpusView
from kg.answer.evidence import Evidence
from kg.answer.intent import read_question
from kg.answer.rerank import months_spanned, rerank


def _dated(node: str, date: str, text: str) -> Evidence:
    chunk = Chunk(node, f"urn:{node}", "paper", "Children in care", text, "pack.txt", (1, 2), date, ((1, 1), (2, 2)))
    return Evidence(chunk, 1.0, NodeContext(f"urn:{node}", "paper"))


def test_a_trace_between_two_months_ranks_a_piece_between_them_as_one_of_its_ends():
    intent = read_question("How did the number of children in care change from March 2015 to November 2016?")
    assert months_spanned(intent) == ((2015, 3), (2016, 11))
    between = _dated("mid", "2016-07-05", "There were 442 children in care at the end of July.")
    outside = _dated("late", "2017-05-02", "There were 470 children in care at the end of April.")
    end = _dated("end", "2016-11-08", "There were 461 children in care in November.")
    ranked = rerank(intent, [outside, between, end], CorpusView())
    assert [ev.chunk.id for ev in ranked] == ["mid", "end", "late"]   # ties keep their order; outside falls back
    assert ranked[0].score == ranked[1].score > ranked[2].score


def test_a_question_dating_one_month_or_asking_no_trace_spans_nothing():
    assert months_spanned(read_question("Who chaired the panel in March 2015 and in November 2016?")) is None
    assert months_spanned(read_question("How did the number of children in care change in 2016?")) is None
