"""A question comparing periods ('in 2014 and in 2016', '2013/14 compared with 2015/16') is searched once per
period and its evidence speaks to each period, on invented text."""
from __future__ import annotations

import pytest

from index.chunks import Chunk
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import (
    compared_periods,
    period_parts,
    period_printed,
    read_question,
)
from kg.answer.rerank import select


@pytest.mark.parametrize(("question", "periods"), [
    ("Which towns led the library reviews in 2011 and in 2013?", ["2011", "2013"]),
    ("Did Eastvale gain or lose bus drivers in 2011/12 compared with 2013/14?", ["2011/12", "2013/14"]),
    ("Where had the harbour inquiry got to in March 2012 and by October 2012?", ["March 2012", "October 2012"]),
    ("Who chaired the board in May 2012?", []),
    ("What was agreed in 2012 and what happened after 2012?", []),   # one period named twice
])
def test_the_periods_a_question_compares(question, periods):
    assert compared_periods(question) == periods
    assert read_question(question).periods == periods


def test_each_compared_period_is_searched_without_the_others():
    assert period_parts("Which towns led the library reviews in 2011 and in 2013?") == [
        "Which towns led the library reviews in 2011 and ?", "Which towns led the library reviews and in 2013?"]
    assert period_parts("Who chaired the board in May 2012?") == []


@pytest.mark.parametrize(("period", "text", "printed"), [
    ("2011/12", "recruited 9 drivers in 2011 – 12", True),
    ("2011/12", "the 2011-2012 report", True),
    ("2011/12", "in 2011/13 and 2012/13", False),
    ("March 2012", "the inquiry reported in March, 2012", False),
    ("March 2012", "due to report in March 2012", True),
])
def test_a_period_in_its_printed_forms(period, text, printed):
    assert period_printed(period, text) is printed


def _piece(name: str, text: str, date: str | None, score: float) -> Evidence:
    chunk = Chunk(name, f"urn:{name}", "paper", name, text, "pack.txt", (1, 1), date)
    return Evidence(chunk, score, NodeContext(f"urn:{name}", "paper"))


def test_each_compared_period_gets_its_best_piece_first():
    later = [_piece(f"later{i}", "In 2013/14 twelve drivers left the service.", "2014-06-01", 2.0 - i / 10)
             for i in range(5)]
    earlier = _piece("earlier", "A net gain of 8 drivers in 2011/12.", "2014-06-01", 0.5)
    spanning = _piece("spanning", "The plan for 2011 – 2014 aims to recruit.", "2012-01-01", 0.6)
    ranked = [*later, spanning, earlier]
    chosen = select(read_question("Did Eastvale gain or lose bus drivers in 2011/12 compared with 2013/14?"), ranked, 5)
    assert [ev.chunk.id for ev in chosen] == ["earlier", "later0", "later1", "later2", "later3"]


def test_a_compared_year_is_a_pieces_date_not_a_year_inside_a_span_it_prints():
    dated = _piece("dated", "The review began.", "2013-03-01", 0.4)
    spanning = _piece("spanning", "The plan for 2011 – 2014 aims to recruit.", "2011-01-01", 1.0)
    early = _piece("early", "Reviews were led by towns.", "2011-05-01", 0.9)
    chosen = select(read_question("Which towns led the library reviews in 2011 and in 2013?"),
                    [spanning, early, dated], 2)
    assert [ev.chunk.id for ev in chosen] == ["spanning", "dated"]
