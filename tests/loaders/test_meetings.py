"""Meetings in each bundled pack: agenda items, minute items, verbatim resolutions, attendance."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import pytest

from kg.loaders import load_pack
from kg.model import ParsedPack
from tests.conftest import CORPUS


@lru_cache(maxsize=None)
def pack(name: str) -> ParsedPack:
    return load_pack(CORPUS / f"rotherham-{name}.txt")


def meeting(name: str, kind: str, day: date):
    return next(m for m in pack(name).meetings if m.kind == kind and m.date == day)


def resolutions(name: str, day: date, number: str) -> list[tuple[str | None, str, int]]:
    item = next(i for i in meeting(name, "minutes", day).items if i.number == number)
    return [(r.number, r.text, r.span.start) for r in item.resolutions]


@pytest.mark.parametrize("name,expected", [
    ("cypf-partnership-2013-05-22", [("agenda", date(2013, 5, 22), 14), ("minutes", date(2013, 3, 20), 11),
                                     ("minutes", date(2013, 3, 15), 16)]),
    ("cypf-partnership-2014-01-15", [("agenda", date(2014, 1, 15), 13), ("minutes", date(2013, 11, 20), 11),
                                     ("minutes", date(2014, 11, 26), 12),    # the Youth Cabinet's, unnumbered
                                     ("minutes", date(2013, 9, 13), 25)]),
    ("corporate-parenting-panel-2016-12-06", [("agenda", date(2016, 12, 6), 13), ("minutes", date(2016, 9, 27), 16),
                                              ("minutes", date(2016, 11, 1), 8)]),   # the Virtual School's governors
    ("improving-lives-2014-09-17", [("agenda", date(2014, 9, 17), 12), ("minutes", date(2014, 7, 9), 9)]),
    ("improving-lives-2018-03-13", [("agenda", date(2018, 3, 13), 11), ("minutes", date(2018, 1, 23), 9)]),
])
def test_each_pack_has_its_meetings_with_every_item(name, expected):
    assert [(m.kind, m.date, len(m.items)) for m in pack(name).meetings] == expected


@pytest.mark.parametrize("name,day,first,last", [
    ("cypf-partnership-2013-05-22", date(2013, 3, 20), "197", "207"),
    ("cypf-partnership-2014-01-15", date(2013, 11, 20), "235", "245"),
    ("corporate-parenting-panel-2016-12-06", date(2016, 9, 27), "D14", "D29"),
    ("improving-lives-2014-09-17", date(2014, 7, 9), "9", "17"),
    ("improving-lives-2018-03-13", date(2018, 1, 23), "107", "115"),
])
def test_minute_numbers_run_from_first_to_last(name, day, first, last):
    numbers = [i.number for i in meeting(name, "minutes", day).items]
    assert (numbers[0], numbers[-1]) == (first, last)


def test_sub_resolutions_are_separate_and_verbatim():
    assert resolutions("cypf-partnership-2013-05-22", date(2013, 3, 20), "200") == [
        ("(1)", "That the document be a single agency document.", 131),
        ("(2)", "That a Partnership section be included illustrating some of the key successes of the Partnership.", 133),
        ("(3)", "That success stories be publicised as they happen rather than waiting until the year end.", 135),
    ]


def test_label_alone_on_its_line_then_numbered_parts():
    found = resolutions("corporate-parenting-panel-2016-12-06", date(2016, 9, 27), "D17")
    assert [(n, t) for n, t, _ in found] == [("(1)", "That the report be noted."),
                                              ("(2)", "That a representative from the CAMHS be invited to the next meeting.")]


def test_resolved_with_spaced_dash_and_long_text():
    (number, text, line), = resolutions("cypf-partnership-2013-05-22", date(2013, 3, 20), "203")
    assert number is None and line == 218
    assert text.startswith("That, under Section 100A(4) of the Local Government Act 1972, the press and public be excluded")
    assert text.endswith("(as amended 2006 – information relates to finance and business affairs).")


def test_minutes_referring_to_earlier_minutes():
    found = resolutions("improving-lives-2018-03-13", date(2018, 1, 23), "110")
    assert len(found) == 4
    assert found[2][1].startswith("That, with regard to Minute No. 103 (Domestic Abuse Update), a further report")
    item = next(i for i in meeting("improving-lives-2018-03-13", "minutes", date(2018, 1, 23)).items if i.number == "110")
    assert {r.number for r in item.references} >= {"101", "103"}


def test_partner_board_prose_decisions():
    found = resolutions("cypf-partnership-2013-05-22", date(2013, 3, 15), "5")
    assert [t for _, t, _ in found] == [
        "Taking on board the comments made at today's meeting, RLSCB agreed to formally sign off the Multi Agency "
        "Threshold Descriptors, Practice Resolution Protocol and Multi Agency Referral Form.",
        "It was agreed that these documents would now be formally launched and uploaded to the RLSCB website for "
        "other agencies to be able to access."]


def test_a_speaker_agreeing_is_not_a_decision():
    assert resolutions("cypf-partnership-2013-05-22", date(2013, 3, 15), "7.1") == []


def test_attendance_chair_present_and_apologies():
    m = meeting("cypf-partnership-2013-05-22", "minutes", date(2013, 3, 20))
    assert m.chair.name == "Councillor Lakin"
    assert len(m.present) == 21 and m.present[-1].name == "Sarah Whittle"
    assert [p.name for p in m.apologies] == ["Julie Mott", "Susan Skalycz", "Chrissy Wright"]
    ilsc = meeting("improving-lives-2014-09-17", "minutes", date(2014, 7, 9))
    assert ilsc.chair.name == "Councillor G. A. Russell"
    assert [p.name for p in ilsc.present] == ["Councillor G. A. Russell", "Councillor Ahmed", "Councillor Astbury",
                                              "Councillor Reynolds"]


def test_attendance_table_of_a_partner_board():
    board = meeting("cypf-partnership-2013-05-22", "minutes", date(2013, 3, 15))
    assert board.chair.name == "Alan Hazell"
    assert board.chair.role == "Independent Chair"
    names = [p.name for p in board.present]
    assert "Deborah Wildgoose" in names and "Dave Stopford" in names


def test_presenters_with_job_titles():
    item = next(i for i in meeting("cypf-partnership-2013-05-22", "minutes", date(2013, 3, 20)).items if i.number == "205")
    assert [(p.name, p.role, p.capacity) for p in item.people] == [
        ("Karen Etheridge", "Assistant Director", "presenter"), ("Alison Davies", "Clinical Director", "presenter")]


def test_agenda_items_with_pages_sections_and_presenters():
    agenda = meeting("cypf-partnership-2013-05-22", "agenda", date(2013, 5, 22))
    assert agenda.venue.startswith("Town Hall")
    assert agenda.time == "2.00 p.m."
    item = next(i for i in agenda.items if i.number == "10")
    assert item.title == "Commissioning Priorities (CYPP Link) (Pages 61 - 66)"
    assert item.pages == (61, 66)
    assert [p.name for p in item.people] == ["Claire Burton"]
    assert next(i for i in agenda.items if i.number == "2").section == "For Decision"


def test_wrapped_agenda_titles_are_joined():
    agenda = meeting("corporate-parenting-panel-2016-12-06", "agenda", date(2016, 12, 6))
    item = next(i for i in agenda.items if i.number == "7")
    assert item.title == "The Looked After and Care Leaver's Strategy 2017-20 (herewith) (Pages 33 - 61)"
    assert item.pages == (33, 61)


def test_minutes_do_not_swallow_the_next_paper():
    assert meeting("cypf-partnership-2013-05-22", "minutes", date(2013, 3, 20)).span.end == 279
