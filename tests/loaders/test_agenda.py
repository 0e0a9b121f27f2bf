"""Agendas of the bundled packs: venue and time, numbered items with pages, sections and presenters."""
from __future__ import annotations

from functools import lru_cache

import pytest

from kg.loaders.meetings import parse_meetings
from kg.loaders.normalize import normalize
from kg.loaders.text import read_source
from kg.model import Item, Meeting
from tests.conftest import CORPUS


@lru_cache(maxsize=None)
def agenda_of(pack: str) -> Meeting:
    source = read_source(CORPUS / f"rotherham-{pack}.txt")
    (agenda,) = [m for m in parse_meetings(source, normalize(source)) if m.kind == "agenda"]
    return agenda


def item(pack: str, number: str) -> Item:
    return next(i for i in agenda_of(pack).items if i.number == number)


@pytest.mark.parametrize("pack,body,items,time", [
    ("cypf-partnership-2013-05-22", "CHILDREN, YOUNG PEOPLE AND FAMILIES PARTNERSHIP", 14, "2.00 p.m."),
    ("cypf-partnership-2014-01-15", "CHILDREN, YOUNG PEOPLE AND FAMILIES PARTNERSHIP", 13, "2.00 p.m."),
    ("corporate-parenting-panel-2016-12-06", "CORPORATE PARENTING PANEL", 13, "5.00 p.m."),
    ("improving-lives-2014-09-17", "IMPROVING LIVES SELECT COMMISSION", 12, "2.00 p.m."),
    ("improving-lives-2018-03-13", "IMPROVING LIVES SELECT COMMISSION", 11, "5.30 p.m."),
])
def test_agenda_heading_and_every_item_in_order(pack, body, items, time):
    agenda = agenda_of(pack)
    assert (agenda.body, len(agenda.items), agenda.time) == (body, items, time)
    assert [i.number for i in agenda.items] == [str(n) for n in range(1, items + 1)]
    assert agenda.venue.startswith("Town Hall, Moorgate Street")


@pytest.mark.parametrize("pack,number,pages", [
    ("cypf-partnership-2013-05-22", "12", (93, 110)),
    ("cypf-partnership-2014-01-15", "9", (72, 87)),
    ("corporate-parenting-panel-2016-12-06", "12", (126, 136)),
    ("improving-lives-2014-09-17", "9", (10, 86)),
    ("improving-lives-2018-03-13", "10", (37, 40)),
    ("improving-lives-2018-03-13", "11", None),
])
def test_page_ranges(pack, number, pages):
    assert item(pack, number).pages == pages


def test_sections_carry_over_to_the_items_below_them():
    sections = [i.section for i in agenda_of("corporate-parenting-panel-2016-12-06").items]
    assert sections[:6] == [None, None, None, None, None, "Annual Reports"]
    assert sections[6:8] == ["Items For Decision"] * 2
    assert set(sections[8:]) == {"Items For Information"}


def test_presenters_with_and_without_job_titles():
    assert [(p.name, p.role, p.capacity) for p in item("cypf-partnership-2014-01-15", "7").people] == [
        ("Carole Haywood", "Policy and Partnerships", "presenter"),
        ("Michael Holmes", "Policy and Partnerships", "presenter")]
    assert [(p.name, p.role) for p in item("cypf-partnership-2014-01-15", "6").people] == [
        ("Joyce Thacker", "Strategic Director, Children, Young People and Families")]
    assert [(p.name, p.role) for p in item("cypf-partnership-2013-05-22", "5").people] == [("Sue Wilson", None)]


def test_presenter_lines_do_not_join_the_title():
    assert item("cypf-partnership-2014-01-15", "5").title == "Warm and Well Families (Pages 7 - 18)"
    assert item("cypf-partnership-2013-05-22", "7").title == "'Once upon a School Project'"
