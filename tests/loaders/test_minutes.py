"""Minutes sections of the bundled packs: where they run, who attended, items, decisions verbatim."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import pytest

from kg.loaders.meetings import parse_meetings
from kg.loaders.normalize import normalize
from kg.loaders.text import read_source
from kg.model import Meeting
from tests.conftest import CORPUS


@lru_cache(maxsize=None)
def minutes_of(pack: str) -> dict[date, Meeting]:
    source = read_source(CORPUS / f"rotherham-{pack}.txt")
    return {m.date: m for m in parse_meetings(source, normalize(source)) if m.kind == "minutes"}


@pytest.mark.parametrize("pack,day,lines,items,first,last", [
    ("cypf-partnership-2013-05-22", date(2013, 3, 20), (56, 279), 11, "197", "207"),
    ("cypf-partnership-2013-05-22", date(2013, 3, 15), (1815, 2241), 16, "1", "13"),
    ("cypf-partnership-2014-01-15", date(2013, 11, 20), (111, 460), 11, "235", "245"),
    ("corporate-parenting-panel-2016-12-06", date(2016, 9, 27), (114, 882), 16, "D14", "D29"),
    ("improving-lives-2014-09-17", date(2014, 7, 9), (39, 251), 9, "9", "17"),
    ("improving-lives-2018-03-13", date(2018, 1, 23), (59, 498), 9, "107", "115"),
])
def test_minutes_sections_span_and_items(pack, day, lines, items, first, last):
    minutes = minutes_of(pack)[day]
    assert (minutes.span.start, minutes.span.end) == lines
    assert len(minutes.items) == items
    assert (minutes.items[0].number, minutes.items[-1].number) == (first, last)


@pytest.mark.parametrize("pack,day,chair,present,apologies", [
    ("cypf-partnership-2013-05-22", date(2013, 3, 20), "Councillor Lakin", 21, 3),
    ("cypf-partnership-2013-05-22", date(2013, 3, 15), "Alan Hazell", 35, 8),
    ("cypf-partnership-2014-01-15", date(2013, 11, 20), "Councillor Lakin", 18, 2),
    ("corporate-parenting-panel-2016-12-06", date(2016, 9, 27), "Councillor Sansome", 2, 4),
    ("improving-lives-2014-09-17", date(2014, 7, 9), "Councillor G. A. Russell", 4, 4),
    ("improving-lives-2018-03-13", date(2018, 1, 23), "Councillor Clark", 12, 3),
])
def test_chair_and_attendance_counts(pack, day, chair, present, apologies):
    minutes = minutes_of(pack)[day]
    assert minutes.chair.name == chair
    assert (len(minutes.present), len(minutes.apologies)) == (present, apologies)


def test_apologies_rows_of_an_attendance_table_are_kept():
    board = minutes_of("cypf-partnership-2013-05-22")[date(2013, 3, 15)]
    assert [p.name for p in board.apologies][:3] == ["Yvonne Weakley", "Dawn Peet", "Mark Monteiro"]
    assert {p.capacity for p in board.apologies} == {"apologies"}
    assert board.chair.role == "Independent Chair"


def test_nested_sub_resolutions_keep_their_own_lines():
    item = next(i for i in minutes_of("improving-lives-2018-03-13")[date(2018, 1, 23)].items if i.number == "113")
    assert [(r.number, r.span.start, r.span.end) for r in item.resolutions] == [
        ("(1)", 396, 396), ("(2)", 398, 398), ("(a)", 400, 401), ("(b)", 402, 403), ("(c)", 405, 406),
        ("(3)", 408, 412)]
    assert item.resolutions[3].text == ("notes and supports the plan for a joint Social, Emotional and Mental Health "
                                        "strategy across Education, Health and Social Care;")


def test_agreed_label_and_wrapped_decision():
    item = next(i for i in minutes_of("corporate-parenting-panel-2016-12-06")[date(2016, 9, 27)].items
                if i.number == "D15")
    (decision,) = item.resolutions
    assert decision.label == "Agreed"
    assert decision.text == "That the minutes of the meeting held on 20th July, 2016, be approved as a correct record."
    assert (decision.span.start, decision.span.end) == (135, 139)


def test_narrative_outcome_is_not_a_resolution():
    item = minutes_of("cypf-partnership-2013-05-22")[date(2013, 3, 20)].items[0]
    assert item.resolutions == []
    assert item.outcome == ("The minutes of the meeting held on 23rd January, 2013, were considered and approved as a "
                            "correct record.")


def test_partner_board_action_tables_are_not_action_lines():
    board = minutes_of("cypf-partnership-2014-01-15")[date(2013, 9, 13)]
    labels = [(i.number, r.label, r.text) for i in board.items for r in i.resolutions]
    assert labels == [("5", "prose", "Board members agreed with this suggestion.")]


def test_item_titles_wrapped_over_lines_are_joined():
    titles = {i.number: i.title for i in minutes_of("cypf-partnership-2013-05-22")[date(2013, 3, 20)].items}
    assert titles["199"] == ("Y&H REGIONAL HEALTH AND WELLBEING COLLABORATIVE - ACTION PLAN FOR ROTHERHAM "
                             "IMPROVING OUTCOMES FOR CHILDREN ACTION PLAN")
