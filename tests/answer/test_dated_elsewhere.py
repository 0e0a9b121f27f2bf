"""Constraints a question puts on something other than what it asks: a month dating the meeting that heard a
paper ('the January 2015 partnership'), a chair held as a post ('as Schools Forum chair'), the paper a figure is
read in ('the March 2015 PLP update'). Each is checked where it belongs, and near misses stay refused. Invented
papers; no index or model."""
from __future__ import annotations

from index.chunks import Chunk
from kg.answer.abstain import figure_refusal, unheld_meeting
from kg.answer.constraints import missing_meeting
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import read_question
from kg.answer.quotes import Quote

MEETINGS = [
    {"body": "Westford Families Partnership", "date": "2015-01-21", "kind": "minutes"},
    {"body": "Westford Youth Forum", "date": "2014-12-02", "kind": "minutes"},
    {"body": "Fostering Panel", "date": "2015-03-03", "kind": "minutes"},
]


def test_a_month_put_before_another_kind_of_body_dates_that_bodys_meeting():
    sent_on = read_question("Who chaired the Westford Youth Forum meeting whose minutes went to the January 2015 "
                            "partnership?")
    assert missing_meeting(sent_on, MEETINGS, minutes_only=True) is None
    month_off = read_question("Who chaired the Westford Youth Forum meeting whose minutes went to the February 2015 "
                              "partnership?")
    unmet = missing_meeting(month_off, MEETINGS, minutes_only=True)
    assert unmet is not None and unmet.reason == "no_meeting"
    assert unmet.missing == "minutes of a meeting of the Westford Families Partnership in February 2015"


def test_a_month_dating_the_body_asked_of_is_still_checked_against_it():
    unmet = missing_meeting(read_question("Who chaired the Westford Youth Forum in January 2015?"), MEETINGS, True)
    assert unmet is not None and unmet.missing == "minutes of a meeting of the Westford Youth Forum in January 2015"


def test_a_chair_held_as_a_post_is_not_a_meeting_chaired():
    assert not read_question("Which councillor was asked, as Schools Forum chair, to sign the pledge put to the "
                             "January 2015 partnership?").wants_attendance
    assert not read_question("Who was invited as chair of the Schools Forum to sign the pledge?").wants_attendance
    assert read_question("Who chaired the Schools Forum in May 2015?").wants_attendance
    assert unheld_meeting(read_question("Who was invited as Schools Forum chair to sign the pledge?"), [],
                          MEETINGS) is None
    refused = unheld_meeting(read_question("Who chaired the Schools Forum meeting in May 2015?"), [], MEETINGS)
    assert refused is not None and refused.missing == "papers of a meeting of the Schools Forum"


def _evidence(text: str, lines: tuple[int, int]) -> Evidence:
    rows = tuple((lines[0] + i, lines[0] + i) for i in range(text.count("\n") + 1))
    chunk = Chunk("c", "urn:n", "paper", "", text, "pack.txt", lines, "2015-03-10", rows)
    return Evidence(chunk, 1.0, NodeContext("urn:n", "paper"), quoted=[Quote(text.splitlines()[0], (lines[0],
                                                                                                    lines[0]))])


def test_the_paper_a_figure_is_read_in_is_not_what_the_figure_is_of():
    ev = _evidence("Mentoring sessions run in 7 youth centres, 2 a week each.\nCentres: Ashby, Brook.", (40, 41))
    asked = "How many mentoring sessions a week were youth centres running in the March 2015 PLP update?"
    assert figure_refusal(read_question(asked), [ev]) is None
    elsewhere = read_question("How many mentoring sessions a week did the PLP run?")
    refused = figure_refusal(elsewhere, [ev])
    assert refused is not None and refused.reason == "no_figure" and refused.missing == ["a figure about 'PLP'"]


def test_a_row_of_columns_is_of_each_year_its_tables_header_prints():
    text = ("Placements reviewed on time have been low for some years across the whole of the county service.\n"
            "Targets 2016/2017\n2015/\n2016\n2014/ 2015\nCarers approved\n↑ 40 31 22\n"
            "Reviews held within 15 working days ↑ 48% 41% 30%")
    ev = _evidence(text, (60, 67))
    ev.quoted = [Quote("Reviews held within 15 working days ↑ 48% 41% 30%", (67, 67))]
    for year in ("2016/17", "2015/16", "2014/15"):
        asked = f"What share of reviews were held within 15 working days in {year}?"
        assert figure_refusal(read_question(asked), [ev]) is None, year
    refused = figure_refusal(read_question("What share of reviews were held within 15 working days in 2019/20?"),
                             [ev])
    assert refused is not None and refused.reason == "no_date" and refused.missing == ["a figure for 2019/20"]
