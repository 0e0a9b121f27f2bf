"""Layouts the bundled corpus does not show (../shared/FORMATS.md): the rules must hold for them too."""
from __future__ import annotations

import hashlib
from datetime import date

import pytest

from kg.loaders import parse_source
from kg.loaders.dates import parse_date
from kg.loaders.resolutions import find_resolutions, find_unlabelled_resolutions
from kg.model import Line, SourceText


def parse(text: str):
    raw = text.strip("\n").splitlines()
    source = SourceText("variant.txt", hashlib.sha256(text.encode()).hexdigest(), raw)
    return parse_source(source)


def decisions(*paragraphs: str) -> list[tuple[str | None, str]]:
    source = SourceText("v.txt", "0" * 64, [""] * len(paragraphs))
    lines = [Line(text, n, n) for n, text in enumerate(paragraphs, start=1)]
    return [(r.number, r.text) for r in find_resolutions(lines, source)]


@pytest.mark.parametrize("text,expected", [
    ("Wednesday, 20th March, 2013", date(2013, 3, 20)),
    ("Tuesday 5 January 2021", date(2021, 1, 5)),
    ("18/02/2025", date(2025, 2, 18)),
    ("20.01.09", date(2009, 1, 20)),
    ("18 01 12", date(2012, 1, 18)),
    ("27/09/16", date(2016, 9, 27)),
    ("held on 1st Sept 2015", date(2015, 9, 1)),
    ("ON WEDNESDAY 8TH AND THURSDAY 9TH OCTOBER 2025", date(2025, 10, 8)),     # a meeting over two days: the first
    ("held on 14 and 15 July 2025", date(2025, 7, 14)),
    ("consultation from 2 - 27 March 2026", date(2026, 3, 27)),             # weeks apart: not one meeting's days
])
def test_dates_as_councils_print_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("paragraphs,expected", [
    (["RESOLVEDThat the report be noted."], [(None, "That the report be noted.")]),
    (["RESOVLED that the item be deferred."], [(None, "that the item be deferred.")]),
    (["RESOLVED – That the budget be approved."], [(None, "That the budget be approved.")]),
    (["The Committee resolved:-", "(1) That the plan be approved.", "(2) That officers report back in March."],
     [("(1)", "That the plan be approved."), ("(2)", "That officers report back in March.")]),
    (["Decision: (a) to note the report; and (b) to refer it to Cabinet."],
     [("(a)", "to note the report; and"), ("(b)", "to refer it to Cabinet.")]),
    (["It was therefore – Resolved – That the matter be referred to Council."],
     [(None, "That the matter be referred to Council.")]),
    (["AGREED that the minutes be signed."], [(None, "that the minutes be signed.")]),
    (["Agreed actions were discussed at length."], []),
    (["DECISION: To approve, subject to a Section 106 agreement, and to the conditions in the report."],
     [(None, "To approve, subject to a Section 106 agreement, and to the conditions in the report.")]),
    (["DECISION: To thank the residents for their petition and to consider it at the next meeting."],
     [(None, "To thank the residents for their petition"), (None, "to consider it at the next meeting")]),
])
def test_decision_labels_and_parts(paragraphs, expected):
    assert decisions(*paragraphs) == expected


D_NUMBERED = """
HEALTH SCRUTINY PANEL
Tuesday, 3rd March, 2020

Present:- Councillor Khan (in the Chair); Councillors Ali, Brown and Chen.

Apologies for absence were received from Councillor Davies.

D17. MINUTES OF THE PREVIOUS MEETING

RESOLVED:- That the minutes of the meeting held on 4th February, 2020, be approved as a correct record.

D18. WINTER PRESSURES UPDATE

Jane Doe, Head of Urgent Care, presented a report on winter pressures.

Further to Minute No. D12 of 4th February, 2020, members asked about discharge delays.

Resolved:- (1) That the report be noted.

(2) That a further update be submitted in June.
"""


def test_prefixed_numbers_attendance_and_references():
    pack = parse(D_NUMBERED)
    (minutes,) = pack.meetings
    assert (minutes.body, minutes.date, minutes.kind) == ("HEALTH SCRUTINY PANEL", date(2020, 3, 3), "minutes")
    assert minutes.chair.name == "Councillor Khan"
    assert [p.name for p in minutes.present] == ["Councillor Khan", "Councillor Ali", "Councillor Brown", "Councillor Chen"]
    assert [p.name for p in minutes.apologies] == ["Councillor Davies"]
    assert [i.number for i in minutes.items] == ["D17", "D18"]
    item = minutes.items[1]
    assert [(r.number, r.text) for r in item.resolutions] == [("(1)", "That the report be noted."),
                                                              ("(2)", "That a further update be submitted in June.")]
    assert [(p.name, p.role) for p in item.people] == [("Jane Doe", "Head of Urgent Care")]
    (reference,) = item.references
    assert (reference.number, reference.meeting_date) == ("D12", date(2020, 2, 4))


ONE_LINE_PARAGRAPHS = """
Children and Young People Scrutiny Committee - Thursday 14 March 2024
PRESENT: Councillor Wilson in the chair.
45. DECLARATIONS OF INTEREST
There were no declarations of interest.
46. SCHOOL PLACES PLANNING
The Head of Education Access introduced the report on school places across the city for the coming five years.
RESOLVED that the report be noted and a further update be brought to the Committee in September.
47. WORK PROGRAMME
RESOLVED:
1. That the work programme be agreed.
2. That the Chair agree the final agenda for April.
"""


def test_one_paragraph_per_line_and_moderngov_heading():
    (minutes,) = parse(ONE_LINE_PARAGRAPHS).meetings
    assert minutes.date == date(2024, 3, 14)
    assert minutes.chair.name == "Councillor Wilson"
    assert [i.number for i in minutes.items] == ["45", "46", "47"]
    assert [r.text for r in minutes.items[1].resolutions] == [
        "that the report be noted and a further update be brought to the Committee in September."]
    assert [(r.number, r.text) for r in minutes.items[2].resolutions] == [
        ("1.", "That the work programme be agreed."), ("2.", "That the Chair agree the final agenda for April.")]


def test_numbered_list_inside_an_item_does_not_open_items():
    text = ONE_LINE_PARAGRAPHS.replace("The Head of Education Access introduced",
                                       "Members noted:\n1. Rising rolls.\n2. New housing.\nThe Head of Education Access introduced")
    (minutes,) = parse(text).meetings
    assert [i.number for i in minutes.items] == ["45", "46", "47"]


MODERNGOV_PAGE = """
Agenda and minutes

Cabinet - Tuesday 5 January 2021 3.30 p.m.

Venue: Virtual meeting

No. Item

57.

Minutes of the previous meeting pdf icon PDF 177 KB

To confirm the minutes of the meeting held on 1 December 2020.

Minutes:

RESOLVED that the minutes of the meeting held on 1 December 2020 be approved as a correct record.

58.

Budget Monitoring Report pdf icon PDF 320 KB

To consider the report. If so, to formally pass the following resolution: RESOLVED - that the report be noted.

Additional documents:

Minutes:

The Director of Finance presented the report.

That Cabinet:
1. Approve the revised capital programme.
2. Note the forecast overspend of £2.1m.

59.

Children's Services Improvement Plan pdf icon PDF 210 KB

Minutes:

Members discussed the plan.

1. That the improvement plan be endorsed.
2. That progress be reported in March 2021.

Appendix A: Improvement Plan 2021-2023

1. Recruit social workers.
"""


def test_moderngov_page_with_minutes_sections():
    (minutes,) = parse(MODERNGOV_PAGE).meetings
    assert (minutes.body, minutes.date, minutes.kind) == ("Cabinet", date(2021, 1, 5), "minutes")
    assert [(i.number, i.title) for i in minutes.items] == [
        ("57", "Minutes of the previous meeting"), ("58", "Budget Monitoring Report"),
        ("59", "Children's Services Improvement Plan")]
    assert [r.text for r in minutes.items[0].resolutions] == [
        "that the minutes of the meeting held on 1 December 2020 be approved as a correct record."]
    assert [(r.number, r.text) for r in minutes.items[1].resolutions] == [
        ("1.", "Approve the revised capital programme."), ("2.", "Note the forecast overspend of £2.1m.")]
    assert [(r.number, r.text) for r in minutes.items[2].resolutions] == [
        ("1.", "That the improvement plan be endorsed."), ("2.", "That progress be reported in March 2021.")]
    assert minutes.span.end == 44  # the appendix after the last decision is the next paper


@pytest.mark.parametrize("paragraphs,expected", [
    (["That Cabinet: 1. Approve the plan. 2. Note the risks."], [("1.", "Approve the plan."), ("2.", "Note the risks.")]),
    (["That the report be noted."], [(None, "That the report be noted.")]),
    (["That was the last meeting the Director attended and it would be missed."], []),
    (["Members asked questions.", "1. Staffing.", "2. Budgets."], []),
])
def test_unlabelled_decisions(paragraphs, expected):
    source = SourceText("v.txt", "0" * 64, [""] * len(paragraphs))
    lines = [Line(text, n, n) for n, text in enumerate(paragraphs, start=1)]
    assert [(r.number, r.text) for r in find_unlabelled_resolutions(lines, source)] == expected


def test_hard_wrapped_and_one_line_paragraphs_give_the_same_decision():
    wrapped = ONE_LINE_PARAGRAPHS.replace(
        "RESOLVED that the report be noted and a further update be brought to the Committee in September.",
        "RESOLVED that the report be noted and a further update be\nbrought to the Committee in September.")
    (minutes,) = parse(wrapped).meetings
    (decision,) = minutes.items[1].resolutions
    assert decision.text == "that the report be noted and a further update be brought to the Committee in September."
    assert (decision.span.start, decision.span.end) == (7, 8)


def test_minutes_of_a_partner_board_held_on():
    text = """
Rotherham Youth Cabinet
Minutes from the meeting of Rotherham Youth Cabinet held on Monday 3rd June 2019
Present: Amy Jones (Chair), Ben Smith and Cara Lee
1. WELCOME AND INTRODUCTIONS
Amy welcomed everyone.
2. MAKE YOUR MARK BALLOT
It was agreed that the ballot would run in schools during October.
Action: Ben Smith to contact school councils.
"""
    (minutes,) = parse(text).meetings
    assert (minutes.body, minutes.date, minutes.span.start) == ("Rotherham Youth Cabinet", date(2019, 6, 3), 1)
    assert [p.name for p in minutes.present] == ["Amy Jones", "Ben Smith", "Cara Lee"]
    assert [(r.label, r.text) for r in minutes.items[1].resolutions] == [
        ("prose", "It was agreed that the ballot would run in schools during October."),
        ("Action", "Ben Smith to contact school councils.")]
