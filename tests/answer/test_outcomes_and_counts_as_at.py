"""Refusals of two kinds of near miss met on questions nobody tuned for, on invented papers: how an event turned
out (who or how many took part, what came of it) asked of papers that speak of it only as still to happen or that
predate it, and a count asked as at a month that the papers give only as at another."""
from __future__ import annotations

import pytest

from index.chunks import Chunk
from kg.answer.abstain import figure_refusal, outcome_refusal
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import counted_as_at, months_printed, read_question
from kg.answer.quotes import Quote


def _piece(text: str, date: str, title: str = "Communications", first_line: int = 10) -> Evidence:
    rows = tuple((first_line + i, first_line + i) for i in range(text.count("\n") + 1))
    chunk = Chunk("c", "urn:c", "minute_item", title, text, "pack.txt", (first_line, first_line + text.count("\n")),
                  date, rows)
    return Evidence(chunk, 1.0, NodeContext("urn:c", "minute_item", item={"title": title}))


SEMINAR = ("Members were encouraged to attend the seminar on the recruitment of foster carers, which would take place "
           "on Tuesday, 3rd May, 2016, at the Civic Centre.")


@pytest.mark.parametrize("question", [
    "How many foster carers attended the recruitment seminar on 3 May 2016?",
    "Which foster carers took part in the recruitment seminar in May 2016?",
    "What came out of the foster carer recruitment seminar?",
])
def test_who_or_how_many_took_part_in_an_event_spoken_of_as_still_to_happen_is_refused(question):
    refused = outcome_refusal(read_question(question), [_piece(SEMINAR, "2016-04-12")])
    assert refused is not None and refused.reason == "no_answer_kind"


def test_how_many_took_part_is_answered_when_the_papers_report_it():
    held = _piece("Fourteen foster carers attended the recruitment seminar at the Civic Centre on 3rd May, 2016.",
                  "2016-06-07")
    assert outcome_refusal(read_question("How many foster carers attended the recruitment seminar on 3 May 2016?"),
                           [held]) is None


def test_an_outcome_is_refused_from_a_piece_filed_under_its_name_written_before_it():
    bid = _piece("The trust had to develop the business plan for submission by 30th June with the outcome being "
                 "announced in October.", "2015-03-18", title="YOUTH GRANT")
    refused = outcome_refusal(read_question("What was the outcome of the Youth Grant business plan announced in "
                                            "October 2015?"), [bid])
    assert refused is not None and refused.reason == "no_answer_kind"
    assert refused.missing == ["the outcome of 'Youth Grant'"]


def test_a_sentence_sharing_little_more_than_the_date_is_not_about_the_outcome_asked():
    later = _piece("The spotlight visit will run during February, 2018.", "2018-01-10")
    assert outcome_refusal(read_question("What did the visit to the youth hub in February 2018 find?"), [later]) is None


def _figure(text: str, date: str) -> Evidence:
    ev = _piece(text, date, title="Performance report")
    last = text.count("\n")
    ev.quoted = [Quote(text.splitlines()[-1], (10 + last, 10 + last))]
    return ev


def test_a_count_asked_as_at_a_month_is_refused_from_another_months_count():
    question = read_question("How many children were in care at the end of March 2015?")
    refused = figure_refusal(question, [_figure("Children in care rose over the summer.\n"
                                                "At the end of July there were 412 children in care.", "2015-09-22")])
    assert refused is not None and refused.reason == "no_date" and refused.missing == ["a count as at March 2015"]
    assert figure_refusal(question, [_figure("At the end of March there were 412 children in care.", "2015-05-19")]) \
        is None
    assert figure_refusal(question, [_figure("Position at 31/03/2015\nThere were 412 children in care.",
                                             "2015-05-19")]) is None   # dated by the row before it


@pytest.mark.parametrize(("question", "months"), [
    ("How many care leavers were there at the end of March 2014?", {(2014, 3)}),
    ("How many milestones were green in June 2014?", set()),   # a progress report's month, perhaps
    ("How many children were in care as at the end of July 2016?", {(2016, 7)}),
    ("How many actions were green in the June 2014 progress report?", set()),   # a paper's month
    ("How many children did the panel hear were in care in July 2016?", set()),  # the meeting's month
    ("What share of care leavers were in work in March 2014?", set()),          # a share, not a count
])
def test_the_month_a_count_is_asked_as_at(question, months):
    assert counted_as_at(read_question(question)) == months


def test_months_printed_take_the_papers_year_when_none_is_printed():
    assert months_printed("at the end of July there were 442", 2016) == {(2016, 7)}
    assert months_printed("as at 31/08/2013, 73% of schools", None) == {(2013, 8)}
    assert months_printed("we may see more", 2016) == set()


def test_an_event_dated_after_the_paper_speaking_of_it_is_still_to_come():
    trip = _piece("In preparation for the youth council's trip to Lisbon in April, 2014, the group had learnt Portuguese.",
                  "2013-11-20")
    question = read_question("How many young people took part in the youth council's trip to Lisbon?")
    refused = outcome_refusal(question, [trip])
    assert refused is not None and refused.reason == "no_answer_kind"
    after = _piece("In April, 2014, nine young people went on the trip to Lisbon and took part in the exchange.",
                   "2014-06-04")
    assert outcome_refusal(question, [after]) is None
