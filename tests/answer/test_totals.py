"""'How many in total' adds up the rows that each open with a count of what is asked about, on invented text."""
from __future__ import annotations

import pytest

from index.chunks import Chunk
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import read_question
from kg.answer.quotes import Relevance
from kg.answer.totals import asks_for_a_total, opening_count, total_facts


def _piece(text: str, first_line: int = 10, name: str = "c") -> Evidence:
    rows = tuple((first_line + i, first_line + i) for i in range(text.count("\n") + 1))
    chunk = Chunk(name, f"urn:{name}", "paper", "Road safety update", text, "pack.txt",
                  (first_line, first_line + text.count("\n")), "2015-03-01", rows)
    return Evidence(chunk, 1.0, NodeContext(f"urn:{name}", "paper"))


ROWS = ("Road safety update for 2014/15:\n"
        "- 1204 parents and carers attended road safety workshops over 2014/15\n"
        "- 3,310 pupils took part in road safety workshops or cycling sessions over 2014/15\n"
        "- Over 2014/15 there were 42 collisions involving 38 pupils\n"
        "8.2 Road safety sessions will continue next year.")
QUESTION = "How many people in total attended road safety workshops or sessions in 2014/15, parents and pupils together?"


def _answer(question: str, *pieces: Evidence) -> list[str]:
    return total_facts(read_question(question), Relevance.of(question), list(pieces)).lines


def test_the_counts_rows_open_with_are_added_up_and_each_row_cited():
    lines = _answer(QUESTION, _piece(ROWS))
    assert lines == [
        "In total: 4,514 (1204 + 3,310) [pack.txt:11-11] [pack.txt:12-12]",
        "- 1204 parents and carers attended road safety workshops over 2014/15 [pack.txt:11-11]",
        "- 3,310 pupils took part in road safety workshops or cycling sessions over 2014/15 [pack.txt:12-12]",
    ]


def test_a_row_printed_in_two_pieces_is_added_once():
    lines = _answer(QUESTION, _piece(ROWS), _piece(ROWS.split("\n", 1)[1], 40, "d"))
    assert lines[0].startswith("In total: 4,514 ")


def test_nothing_is_added_when_a_row_prints_its_own_total():
    printed = ROWS + "\n- In total 4,514 parents and pupils attended road safety workshops and sessions over 2014/15"
    assert _answer(QUESTION, _piece(printed)) == []


def test_nothing_is_added_for_one_count_or_a_question_not_asking_for_a_sum():
    assert _answer(QUESTION, _piece(ROWS.split("\n- 3,310")[0])) == []
    assert _answer("How many parents attended road safety workshops in 2014/15?", _piece(ROWS)) == []


@pytest.mark.parametrize(("question", "asks"), [
    (QUESTION, True),
    ("How much was spent altogether on the two bridges?", True),
    ("What share of pupils in total walked to school?", False),   # shares are not added up
    ("What did the total place pilot achieve?", False),           # asks no quantity
])
def test_a_question_asking_for_a_sum(question, asks):
    assert asks_for_a_total(read_question(question)) is asks


@pytest.mark.parametrize(("row", "count"), [
    ("- 1,204 parents attended", "1,204"),
    ("£3,500 was spent on signs", "£3,500"),
    ("1911 staff attended the workshops", "1911"),
    ("2014-15: 7,353 attendances", None),
    ("8.2 Road safety sessions", None),
    ("45% of pupils walked", None),
    ("12 per cent of pupils walked", None),
])
def test_the_count_a_row_opens_with(row, count):
    assert opening_count(row) == count


def test_a_count_and_more_of_it_to_come_in_one_sentence_are_added_up():
    text = ("Eastvale currently has 14 pupils in supported lodgings and a further 5 lodgings due to open within "
            "the next 2 months.\nSupported lodgings cost £40 a night.")
    question = "How many supported lodgings would Eastvale have once those due in the next two months open?"
    assert _answer(question, _piece(text)) == [
        "In total: 19 (14 + 5) [pack.txt:10-10]",
        ("- Eastvale currently has 14 pupils in supported lodgings and a further 5 lodgings due to open within the "
         "next 2 months. [pack.txt:10-10]"),
    ]
    assert _answer("How many pupils are in supported lodgings?", _piece(text)) == []   # asks no total
