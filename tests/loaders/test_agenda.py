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


SUMMONS = """Wyndham District Council

To: All Members of the Council

You are hereby summoned to attend a meeting of the Council to be held in the Council Chamber, Wyndham House on Wednesday, 16 July 2025 at 7.00 pm for the transaction of the business set out below.

Chief Executive

BUSINESS

1. Apologies for absence
2. Minutes
To confirm the minutes of the meeting held on 14 May 2025.
3. Declarations of interest
4. Chairman's announcements
5. Corporate Parenting Annual Report
Report of the Director of People (attached).
6. Motion on free school meals
"""


NOTICE_WITH_CONTENTS_TABLE = """Public Document Pack

NOTICE OF MEETING

Meeting: Children and Young People Overview and Scrutiny Panel
Date and Time: Thursday, 11 September 2025 at 2.00 pm
Place: Committee Room 2, County Hall
Enquiries to: Mel Ford, Democratic Services

AGENDA

Item No.    Subject    Page
1    Apologies for Absence
2    Declarations of Interest
3    Minutes of the Previous Meeting    1 - 6
4    Youth Offending Service Annual Plan    7 - 30
5    SEND Transformation Programme Update    31 - 58
6    Work Programme    59 - 64
"""


def _agenda_of(tmp_path, text: str) -> Meeting:
    path = tmp_path / "agenda.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    [meeting] = parse_meetings(source, normalize(source))
    assert meeting.kind == "agenda"
    return meeting


def test_a_summons_lists_the_business_under_its_sentence(tmp_path):
    """No "AGENDA" line: "summoned to attend a meeting of the Council to be held ... on <date>", then "BUSINESS";
    a description under a title ("To confirm ...", "Report of ...") is not part of it."""
    meeting = _agenda_of(tmp_path, SUMMONS)
    assert (meeting.body, str(meeting.date)) == ("Council", "2025-07-16")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence"), ("2", "Minutes"), ("3", "Declarations of interest"),
        ("4", "Chairman's announcements"), ("5", "Corporate Parenting Annual Report"), ("6", "Motion on free school meals")]


def test_a_notice_of_meeting_with_a_contents_table(tmp_path):
    meeting = _agenda_of(tmp_path, NOTICE_WITH_CONTENTS_TABLE)
    assert (meeting.body, str(meeting.date)) == ("Children and Young People Overview and Scrutiny Panel", "2025-09-11")
    assert (meeting.venue, meeting.time) == ("Committee Room 2, County Hall", "Thursday, 11 September 2025 at 2.00 pm")
    assert [(i.number, i.title, i.pages) for i in meeting.items][2:] == [
        ("3", "Minutes of the Previous Meeting", (1, 6)), ("4", "Youth Offending Service Annual Plan", (7, 30)),
        ("5", "SEND Transformation Programme Update", (31, 58)), ("6", "Work Programme", (59, 64))]
