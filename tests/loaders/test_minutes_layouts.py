"""Minutes in other councils' layouts, one invented paper per layout family (FORMATS.md): the council,
the meeting, every item, every decision and the attendance are asserted exactly."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.loaders import load_pack
from kg.model import Meeting, ParsedPack


def _pack(tmp_path: Path, text: str, name: str = "paper.txt", council: str | None = None) -> ParsedPack:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_pack(path, council)


def _minutes(pack: ParsedPack) -> Meeting:
    found = [m for m in pack.meetings if m.kind == "minutes"]
    assert len(found) == 1
    return found[0]


def _decisions(meeting: Meeting) -> dict[str, list[str]]:
    return {item.number: [r.text for r in item.resolutions] for item in meeting.items}


def _names(people) -> list[str]:
    return [p.name for p in people]


PRINTED = """Wexmoor City Council

Schools and Families Policy Committee

Meeting held 4 February 2026


PRESENT: Councillors Ada Quill (Chair), Basil Thorne (Deputy
Chair), Cora Lind and Dev Patel

Non-Council Voting Member: Rev. Ewan Marsh (Diocese)

1.
APOLOGIES FOR ABSENCE

1.1
Apologies for absence were received from Councillor Fay Oduya.

2.
SCHOOL PLACES PLAN 2026-29

2.1
Gus Harlow (Head of School Organisation) introduced the report.

Page 4
Meeting of the Schools and Families Policy Committee 04.02.2026

2.2
RESOLVED UNANIMOUSLY: That the Committee:-

(a) approves the School Places Plan 2026-29; and

(b) requests an annual update on the plan.

3.
WORK PROGRAMME

3.1
RESOLVED: That the work programme be noted.
"""


def test_printed_minutes_with_numbers_on_their_own_lines(tmp_path):
    pack = _pack(tmp_path, PRINTED)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Wexmoor City Council", "Schools and Families Policy Committee",
                                                         date(2026, 2, 4))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "SCHOOL PLACES PLAN 2026-29"), ("3", "WORK PROGRAMME")]
    assert _decisions(meeting) == {"1": [], "2": ["approves the School Places Plan 2026-29; and",
                                                 "requests an annual update on the plan."],
                                   "3": ["That the work programme be noted."]}
    assert meeting.chair.name == "Councillor Ada Quill"
    assert {"Councillor Ada Quill", "Councillor Basil Thorne", "Councillor Cora Lind", "Councillor Dev Patel",
            "Rev. Ewan Marsh"} == set(_names(meeting.present))
    assert _names(meeting.apologies) == ["Councillor Fay Oduya"]


MODERNGOV = """Skip to content  Fernhill Council  Home > Your Council > Meetings

Agenda and minutes

Children's Scrutiny Panel - Thursday, 12th March, 2026 2.00 pm

Venue: Room 4, Civic Offices. View directions

Contact: Hana Bright  01234 567890

Items
No. Item

71.

Apologies for Absence

Minutes:

Apologies for absence were received from Councillors Ivo Stark and Jan Wells.

72.

Youth Offer Review pdf icon PDF 210 KB

Additional documents:

Decision:

That the Panel supports the revised youth offer.

Minutes:

The Panel considered the review. The Chair, Councillor Kit Moss, welcomed the findings.

RESOLVED that:

1.    the report be noted; and

2.    a further update be presented in September 2026.
"""


def test_moderngov_page_with_decision_panel(tmp_path):
    pack = _pack(tmp_path, MODERNGOV)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Fernhill Council", "Children's Scrutiny Panel", date(2026, 3, 12))
    assert [(i.number, i.title) for i in meeting.items] == [("71", "Apologies for Absence"), ("72", "Youth Offer Review")]
    assert _decisions(meeting) == {"71": [], "72": ["That the Panel supports the revised youth offer.",
                                                   "the report be noted; and",
                                                   "a further update be presented in September 2026."]}
    assert _names(meeting.apologies) == ["Councillor Ivo Stark", "Councillor Jan Wells"]


SCOTTISH = """SOCIAL WORK AND EDUCATION COMMITTEE'S MINUTES.

Dunmarra, 3rd October 2025.

Social Work and Education Committee.

Present: Lena Rook (Chair), Omar Feld and Mr Piet Soan.

Apologies: Quin Adair.

Attending: R Tally (Clerk); S Venn, Director of Education.

1 Declarations of interest.

No declarations were made.

Nursery expansion – Progress noted.

2 There was submitted a report by the Director of Education regarding
progress with nursery expansion across the city.

After consideration, the committee noted the report.

Library hours – Consultation approved.

3 There was submitted a report by the Director of Education regarding
library opening hours.

After consideration, the committee (1) noted the report; and (2) approved
a six week consultation on the proposals.

Dunmarra City Council, City Chambers, Dunmarra DM1 1AA          Page 17
"""


def test_scottish_minutes_with_titles_above_the_numbers(tmp_path):
    pack = _pack(tmp_path, SCOTTISH)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Dunmarra City Council", "SOCIAL WORK AND EDUCATION COMMITTEE",
                                                         date(2025, 10, 3))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Declarations of interest"), ("2", "Nursery expansion – Progress noted"),
        ("3", "Library hours – Consultation approved")]
    assert _decisions(meeting) == {"1": [], "2": ["noted the report."],
                                   "3": ["noted the report; and", "approved a six week consultation on the proposals."]}
    assert _names(meeting.present) == ["Lena Rook", "Omar Feld", "Piet Soan", "R Tally", "S Venn"]
    assert meeting.chair.name == "Lena Rook"
    assert _names(meeting.apologies) == ["Quin Adair"]
    assert next(p for p in meeting.present if p.name == "S Venn").role == "Director of Education"


CODED = """Ashbury City Council                                    Minutes
Health and Wellbeing Board                        9 July 2025

Minutes of the meeting held on Wednesday, 9 July 2025

Present:
Councillor Tara Voss (Chair)           Executive Member for Adult Social Care
Dr Uma Reyes                           Director of Public Health
Will Nadir                             Strategic Director of Children and
                                       Education Services

Apologies:
Councillor Xena Ford


ABC/25/11 Minutes

Decision

To approve as a correct record the minutes of the meeting held on 7 May 2025.


ABC/25/12 Early Help Strategy – Annual Report

Will Nadir presented the report.

Decision

1. To note the report.
2. To endorse the Early Help Strategy 2025-28.


ABC/25/13 Any Other Business

There was no other business.
"""


def test_code_numbered_minutes_with_decision_headings_and_a_role_table(tmp_path):
    pack = _pack(tmp_path, CODED)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Ashbury City Council", "Health and Wellbeing Board",
                                                         date(2025, 7, 9))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("ABC/25/11", "Minutes"), ("ABC/25/12", "Early Help Strategy – Annual Report"), ("ABC/25/13", "Any Other Business")]
    assert _decisions(meeting) == {
        "ABC/25/11": ["To approve as a correct record the minutes of the meeting held on 7 May 2025."],
        "ABC/25/12": ["To note the report.", "To endorse the Early Help Strategy 2025-28."], "ABC/25/13": []}
    assert meeting.chair.name == "Councillor Tara Voss"
    roles = {p.name: p.role for p in meeting.present}
    assert roles["Uma Reyes"] == "Director of Public Health"
    assert roles["Will Nadir"] == "Strategic Director of Children and Education Services"
    assert _names(meeting.apologies) == ["Councillor Xena Ford"]


PARISH = """MILLBECK TOWN COUNCIL
MEETING of the TOWN COUNCIL held TUESDAY 10th JUNE 2025 at MILLBECK TOWN HALL at 7.00pm
MINUTES
PRESENT Councillors; Yates (Chair), Zorn, Abel and Birch.
Also present: Town Clerk – Cara Dent; and 4 members of the public.

2025/041 APOLOGIES FOR ABSENCE. Apologies were received from Cllr Crane. Proposed: Cllr Zorn, Seconded: Cllr Abel. RESOLVED: to accept the apologies.
2025/042 PLAY AREA REPAIRS. Members considered two quotations. Proposed: Cllr Birch, Seconded: Cllr Zorn. RESOVLED: a) to accept the quotation of £900 from Dale Play Ltd; b) that the Clerk reports on completion. Voting: 5 for, 1 against.
2025/043 DATE OF NEXT MEETING. Tuesday 8th July 2025 at 7.00pm.
"""


def test_parish_minutes_with_year_numbers_and_inline_decisions(tmp_path):
    pack = _pack(tmp_path, PARISH)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Millbeck Town Council", "TOWN COUNCIL", date(2025, 6, 10))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("2025/041", "APOLOGIES FOR ABSENCE"), ("2025/042", "PLAY AREA REPAIRS"), ("2025/043", "DATE OF NEXT MEETING")]
    assert _decisions(meeting) == {
        "2025/041": ["to accept the apologies."],
        "2025/042": ["to accept the quotation of £900 from Dale Play Ltd;", "that the Clerk reports on completion."],
        "2025/043": []}
    assert set(_names(meeting.present)) == {"Councillor Yates", "Councillor Zorn", "Councillor Abel", "Councillor Birch",
                                            "Cara Dent"}
    assert meeting.chair.name == "Councillor Yates"


NORTHERN = """Communities Committee
Tuesday, 4th March, 2025

             MEETING OF THE COMMUNITIES COMMITTEE

Minutes of the meeting of the Communities Committee held in the
Main Hall, City Hall, on Tuesday, 4th March, 2025 at 5.00 p.m.

Members present:     Councillor Egan (Chairperson);
                     Alderman Frew; and
                     Councillors Gill, Hurst and Ives.

In attendance:       Mrs. J. Kerr, Director of Community Services; and
                     Mr. L. Mott, Committee Services Officer.

1a.   Apologies

            Apologies were reported on behalf of Councillor Nash.

2.    Youth Grants 2025

            Moved by Councillor Gill,
            Seconded by Councillor Hurst, and

                  Resolved – That the Committee approves grants of £40,000
                  for youth clubs in 2025.

3.    Leisure Centre Consultation

            The Committee agreed to:

            (i)   endorse the draft response; and
            (ii)  request a meeting with the operator.

Glenmoy City Council
"""


def test_northern_irish_minutes_with_agreed_to_and_moved_seconded(tmp_path):
    pack = _pack(tmp_path, NORTHERN)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Glenmoy City Council", "Communities Committee", date(2025, 3, 4))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1a", "Apologies"), ("2", "Youth Grants 2025"), ("3", "Leisure Centre Consultation")]
    assert _decisions(meeting) == {
        "1a": [], "2": ["That the Committee approves grants of £40,000 for youth clubs in 2025."],
        "3": ["endorse the draft response; and", "request a meeting with the operator."]}
    assert meeting.chair.name == "Councillor Egan"
    assert {"Councillor Egan", "Alderman Frew", "Councillor Gill", "Councillor Hurst", "Councillor Ives",
            "Mrs. J. Kerr", "Mr. L. Mott"} == set(_names(meeting.present))


FORUM = """Oakvale Schools Forum

Minutes of the meeting held on Tuesday 14 October 2025 at 9.30am
Oakvale Learning Centre

Chair: Dr Rhea Sands

Attendance

Name                   Representing                              Present/Apologies
Dr Rhea Sands          Secondary academies                       ✓
Tom Ulley              Primary headteachers                      ✓
Vera Wynn              Special schools                           ✗

Officers in attendance (Oakvale County Council): Yusuf Amin (YA), Finance Manager; Zoe Bell (ZB), Clerk to the Forum

1
High Needs Budget
YA presented the forecast.
Agreed:
• to note the forecast overspend;
• that a working group be established.
YA to circulate terms of reference by 31 October. Action: YA

2
Any other business
None.

Actions arising

Action	Owner	Date
Book the working group's first meeting	Zoe Bell	November 2025
"""


def test_forum_minutes_with_tick_table_and_action_lines(tmp_path):
    pack = _pack(tmp_path, FORUM)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Oakvale County Council", "Oakvale Schools Forum",
                                                         date(2025, 10, 14))
    assert [(i.number, i.title) for i in meeting.items] == [("1", "High Needs Budget"), ("2", "Any other business")]
    assert _decisions(meeting) == {"1": ["to note the forecast overspend;", "that a working group be established."],
                                   "2": []}
    assert meeting.chair.name == "Rhea Sands"
    assert {"Tom Ulley", "Yusuf Amin (YA)", "Zoe Bell (ZB)"} <= set(_names(meeting.present))
    assert _names(meeting.apologies) == ["Vera Wynn"]
    first, last = meeting.items
    assert [(a.text, a.owner, a.due) for a in first.actions] == [
        ("YA to circulate terms of reference by 31 October", "YA", "31 October")]
    assert [(a.text, a.owner, a.due) for a in last.actions] == [
        ("Book the working group's first meeting", "Zoe Bell", "November 2025")]


def test_council_given_at_ingest_serves_when_the_text_names_none(tmp_path):
    text = PRINTED.replace("Wexmoor City Council\n", "")
    assert _pack(tmp_path, text).council is None
    assert _pack(tmp_path, text, council="Wexmoor City Council").council == "Wexmoor City Council"
    assert _pack(tmp_path, PRINTED, council="Another Council").council == "Wexmoor City Council"


MODERNGOV_ATTENDANCE_LAST = """Larkfield City Council

Agenda and minutes

Corporate Parenting Board
Monday, 2nd February, 2026 2.00 pm

Venue: Committee Room 1, Town Hall

Items
No. Item

12.

Apologies for absence

Minutes:

Councillor Nia Holt - other Council business

Oscar Pell

13.

Care Leavers' Offer pdf icon PDF 300 KB

Minutes:

Resolved to note the report and to ask officers to report back in June.

Attendance details

Present:
Councillor Rosa Trent (Chair)
Councillor Sami Udall
Tilly Varga
"""


def test_moderngov_apologies_one_a_line_and_attendance_after_the_items(tmp_path):
    meeting = _minutes(_pack(tmp_path, MODERNGOV_ATTENDANCE_LAST))
    assert (meeting.body, meeting.date) == ("Corporate Parenting Board", date(2026, 2, 2))
    assert [(i.number, i.title) for i in meeting.items] == [("12", "Apologies for absence"), ("13", "Care Leavers' Offer")]
    assert _decisions(meeting)["13"] == ["to note the report", "to ask officers to report back in June"]
    assert _names(meeting.apologies) == ["Councillor Nia Holt", "Oscar Pell"]
    assert meeting.chair.name == "Councillor Rosa Trent"
    assert _names(meeting.present) == ["Councillor Rosa Trent", "Councillor Sami Udall", "Tilly Varga"]


NOTICE = """BRAMLEY COUNTY COUNCIL – RECORD OF DECISION

DECISION TAKEN BY:

Nell Ortiz,
Cabinet Member for Education

DECISION NO:

25/00031

Title of Decision

Home to School Transport Policy 2026

Decision:

As Cabinet Member for Education, I agree to:

1. APPROVE the Home to School Transport Policy 2026; and

2. DELEGATE its publication to the Director of Education.

Reason(s) for decision:

The policy must be published each year.

signed                                   date

Nell Ortiz                               14 May 2025
"""

OFFICER_NOTICES = """CASTLEFORD CITY COUNCIL

RECORD OF DELEGATED DECISION TAKEN BY AN OFFICER

Decision reference:   EDU/2025/01

Subject:              Oak Lane School – new nursery class

Decision taken by:    Pia Quinn, Director of Learning

Date of decision:     3 June 2025

Decision:
To approve a nursery class at Oak Lane School from September 2025.

Reasons:
Demand for places exceeds supply.

==============================================================================
Decision reference:   EDU/2025/02

Subject:              Elm Road School – admission number

Decision taken by:    Pia Quinn, Director of Learning

Date of decision:     3 June 2025

Decision:
1.  To raise the admission number to 60.
2.  To review the change in 2027.

Contact officer: Rob Stone, Admissions Manager, 01234 000000
"""


def test_cabinet_member_decision_notice(tmp_path):
    pack = _pack(tmp_path, NOTICE)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Bramley County Council", "Cabinet Member for Education",
                                                         date(2025, 5, 14))
    assert [(i.number, i.title) for i in meeting.items] == [("25/00031", "Home to School Transport Policy 2026")]
    assert _decisions(meeting) == {"25/00031": ["APPROVE the Home to School Transport Policy 2026; and",
                                                "DELEGATE its publication to the Director of Education."]}
    assert [(p.name, p.role) for p in meeting.items[0].people] == [("Nell Ortiz", "Cabinet Member for Education")]


def test_officer_decision_record_with_two_decisions(tmp_path):
    pack = _pack(tmp_path, OFFICER_NOTICES)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Castleford City Council", "Director of Learning", date(2025, 6, 3))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("EDU/2025/01", "Oak Lane School – new nursery class"), ("EDU/2025/02", "Elm Road School – admission number")]
    assert _decisions(meeting) == {
        "EDU/2025/01": ["To approve a nursery class at Oak Lane School from September 2025."],
        "EDU/2025/02": ["To raise the admission number to 60.", "To review the change in 2027."]}
    assert ("Rob Stone", "Admissions Manager") in [(p.name, p.role) for p in meeting.items[1].people]


AGENDA_THEN_MINUTES = """Harrowby County Council

Cabinet

Thursday, 5th March, 2026 at 2.00 pm in Committee Room 'A', County Hall

Membership: County Councillors Uri Vance (Chair), Wes Yard and Zara Abbot

Agenda

1.    Apologies for Absence

2.    Minutes of the Meeting held on 5 February 2026            (Pages 1 - 6)

3.    School Places Strategy                                  (Pages 7 - 20)

----------------------------------------------------------------------------

Cabinet – Meeting held on Thursday, 5th February, 2026.

Present:-  County Councillors Vance (Chair), Yard and Abbot

7. Apologies for Absence

    None were received.

8. Youth Offer

    Resolved – That the youth offer be approved.
"""


def test_agenda_title_block_and_the_previous_minutes_after_it(tmp_path):
    pack = _pack(tmp_path, AGENDA_THEN_MINUTES)
    agenda = next(m for m in pack.meetings if m.kind == "agenda")
    assert (pack.council, agenda.body, agenda.date) == ("Harrowby County Council", "Cabinet", date(2026, 3, 5))
    assert [i.number for i in agenda.items] == ["1", "2", "3"]
    assert agenda.chair.name == "Councillor Uri Vance"
    assert [i.resolutions for i in agenda.items] == [[], [], []]
    minutes = _minutes(pack)
    assert (minutes.body, minutes.date) == ("Cabinet", date(2026, 2, 5))
    assert _decisions(minutes) == {"7": [], "8": ["That the youth offer be approved."]}
    assert _names(minutes.present) == ["Councillor Vance", "Councillor Yard", "Councillor Abbot"]


SMALL = """{body}

Minutes of the meeting held on Tuesday 3 June 2025

Present: Councillor Ann Lee (Chair), Councillor Bob Kerr

1. Budget

Agreed: to note the budget.

2. Any other business

None.
{footer}
"""


def test_ingest_council_option_and_one_body_and_person_per_council(tmp_path):
    from kg.api import KnowledgeGraph

    (tmp_path / "a.txt").write_text(SMALL.format(body="Cabinet", footer=""), encoding="utf-8")
    (tmp_path / "b.txt").write_text(SMALL.format(body="Cabinet", footer="Ormsby District Council"), encoding="utf-8")
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest([tmp_path / "a.txt"], with_index=False, council="Dalby Borough Council")
    kg.ingest([tmp_path / "b.txt"], with_index=False)          # a rebuild keeps a.txt's council
    meetings = {m["source"]: m for m in kg.records()["meetings"]}
    assert (meetings["a.txt"]["council"], meetings["b.txt"]["council"]) == ("Dalby Borough Council",
                                                                            "Ormsby District Council")
    assert meetings["a.txt"]["iri"].endswith("/meeting/dalby/cabinet/2025-06-03")
    assert meetings["a.txt"]["iri"] != meetings["b.txt"]["iri"]
    chairs = [p for p in kg.records()["people"] if p["name"].endswith("Ann Lee")]
    assert len(chairs) == 2                                  # two councils' Ann Lees are two people
    bodies = kg.sparql("SELECT ?b WHERE { ?b a besluit:Bestuursorgaan }")
    assert len(bodies) == 2


CONVENER = """Minutes

Learning and Families Committee
10.00am, Tuesday 3 February 2026

Present

Councillors Iona Reid (Convener), Jack Sim and Kay Toll.

Also present

Councillor Lou Marr (for item 2.1).

Declaration of interests

Councillor Jack Sim made a transparency statement in respect of item 2.1 as a trustee of a youth charity.

1.1  Minutes

Decision

To approve the minute of 9 December 2025 as a correct record.

2.1  Youth Work Review

Motion

1)   To note the report.

- moved by Councillor Reid, seconded by Councillor Toll

Decision

To approve the motion by Councillor Reid.

Norbury City Council
"""


def test_unnumbered_routine_heading_and_a_motion_that_is_not_the_decision(tmp_path):
    pack = _pack(tmp_path, CONVENER)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Norbury City Council", "Learning and Families Committee",
                                                         date(2026, 2, 3))
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "Declaration of interests"), ("1.1", "Minutes"), ("2.1", "Youth Work Review")]
    assert [[r.text for r in i.resolutions] for i in meeting.items] == [
        [], ["To approve the minute of 9 December 2025 as a correct record."], ["To approve the motion by Councillor Reid."]]
    assert [(d.person.name, d.regarding) for d in meeting.items[0].declarations] == [("Councillor Jack Sim", "item 2.1")]
    assert meeting.chair.name == "Councillor Iona Reid"
    assert _names(meeting.present) == ["Councillor Iona Reid", "Councillor Jack Sim", "Councillor Kay Toll",
                                       "Councillor Lou Marr"]


def test_officers_named_in_a_header_and_an_agenda(tmp_path):
    text = AGENDA_THEN_MINUTES.replace(
        "Membership:", "Contact: Ola Berg  Democratic Services Officer\n\nMembership:").replace(
        "3.    School Places Strategy", "The Cabinet Member for Schools - County Councillor Wes Yard\n\n"
        "3.    School Places Strategy")
    agenda = next(m for m in _pack(tmp_path, text).meetings if m.kind == "agenda")
    assert [(p.name, p.role) for p in agenda.officers] == [
        ("Ola Berg", "Democratic Services Officer"), ("Councillor Wes Yard", "Cabinet Member for Schools")]


MODERNGOV_TRAILERS = """Agenda and minutes

Adoption Panel - Wednesday, 8th April, 2026 10.00 am

Venue: Room 2, Civic Centre

Apologies for Absence

Minutes:

Apologies were received from Councillor Pam Reese.

Annual Report of the Panel pdf icon PDF 400 KB

Additional documents:

  • Appendix 1 - Statistics pdf icon PDF 120 KB

Minutes:

The Panel considered its annual report.

Resolved: That the annual report be approved.  ...  view the full minutes text for item 57.

Work Plan

Minutes:

Resolved: That the work plan be noted.

Kelby Council
"""


def test_moderngov_page_whose_numbers_are_only_in_trailers(tmp_path):
    pack = _pack(tmp_path, MODERNGOV_TRAILERS)
    meeting = _minutes(pack)
    assert (pack.council, meeting.body, meeting.date) == ("Kelby Council", "Adoption Panel", date(2026, 4, 8))
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "Apologies for Absence"), ("57", "Annual Report of the Panel"), (None, "Work Plan")]
    assert [[r.text for r in i.resolutions] for i in meeting.items] == [
        [], ["That the annual report be approved."],
        ["That the work plan be noted."]]
    assert _names(meeting.apologies) == ["Councillor Pam Reese"]


def test_item_numbering_families(tmp_path):
    from kg.loaders.item_headings import find_item_headings
    from kg.loaders.normalize import normalize
    from kg.model import SourceText

    def numbers(text: str) -> list[str]:
        lines = normalize(SourceText("x.txt", "0", text.splitlines()))
        return [h.number for h in find_item_headings(lines, 0, len(lines))]

    assert numbers("CAB 45/20 BUDGET\n\nText of the minute.\n\nCAB 46/20 SCHOOLS\n\nMore text.\n") == ["CAB 45/20", "CAB 46/20"]
    assert numbers("Minute 7  Budget\n\n7.1 The report was noted.\n\nMinute 8  Schools\n\n8.1 Noted.\n") == ["7", "8"]
    assert numbers("1. To note the report.\n2. To agree the plan.\n") == []          # a list of decisions, not items
    assert numbers("D17. PLANS\n\nText.\n\nD18. FEES\n\nText.\n") == ["D17", "D18"]


def test_agenda_routine_business_before_item_one_and_co_opted_members_posts(tmp_path):
    text = AGENDA_THEN_MINUTES.replace(
        "Agenda\n\n1.    Apologies for Absence\n\n2.", "Co-opted: Vic Lowe (Parent Governor Representative)\n\nAgenda\n\n"
        "Declarations of Interest.\n\n1.    Apologies for Absence\n\n2.")
    agenda = next(m for m in _pack(tmp_path, text).meetings if m.kind == "agenda")
    assert [(i.number, i.title) for i in agenda.items][:2] == [(None, "Declarations of Interest"),
                                                               ("1", "Apologies for Absence")]
    assert [i.number for i in agenda.items] == [None, "1", "2", "3"]
    assert ("Vic Lowe", "Parent Governor Representative") in [(p.name, p.role) for p in agenda.officers]


def test_initials_to_lines_are_actions_of_their_item(tmp_path):
    text = FORUM.replace("2\nAny other business\nNone.", "2\nAny other business\nZB to book the spring meeting by 9 January.")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(a.text, a.owner, a.due) for a in meeting.items[1].actions][:1] == [
        ("ZB to book the spring meeting by 9 January", "ZB", "9 January")]


EMBEDDED = """Report to the Panel

The panel is asked to note the governors' minutes below.

Ashgrove Virtual School – Governing Body Minutes
3rd March 2026 – Town Hall

Present:
Cllr Ada Quill (AQ)   Deputy Leader
Ben Ross (BR)   Virtual Head

1. Apologies

None.

2. Head's Report (BR)

BR presented the report. BR to share the attendance figures with governors.
"""


def test_minutes_printed_inside_a_pack_under_their_own_title(tmp_path):
    meeting = _minutes(_pack(tmp_path, EMBEDDED))
    assert (meeting.body, meeting.date) == ("Ashgrove Virtual School – Governing Body", date(2026, 3, 3))
    assert [(i.number, i.title) for i in meeting.items] == [("1", "Apologies"), ("2", "Head's Report (BR)")]
    assert [(a.owner, a.text) for a in meeting.items[1].actions] == [("BR", "BR to share the attendance figures with governors")]


UNNUMBERED = """LOWFIELD YOUTH COUNCIL MEETING

4 March 2026

Minutes

Present:

Amy Cole   Chair
Ben Dale   Support

Apologies

Cal Eves

Introductions

Members gave their names and the schools they attend to the group.

Budget Update

Ben reported that the group had spent most of its budget on the residential trip.

Next Steps

The group agreed to plan a survey of young people about local parks.
"""


def test_minutes_whose_items_print_no_numbers(tmp_path):
    meeting = _minutes(_pack(tmp_path, UNNUMBERED))
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "Introductions"), (None, "Budget Update"), (None, "Next Steps")]
    assert meeting.chair.name == "Amy Cole"
    assert _names(meeting.apologies) == ["Cal Eves"]


ONE_PARAGRAPH_A_LINE = """Harbourside City Council
Children, Families & Schools Committee
4.00pm 12 March 2024
Committee Room 1, Harbourside Town Hall
MINUTES
Present: Councillor Okafor (Chair) Brennan (Deputy Chair), Dalgleish, Fenwick and Mallory
Also in attendance: Sarah Quint (Executive Director, Families, Children and Learning)
PART ONE
1 Procedural Business
(a) Declarations of Substitutes
1.1 Councillor Mallory was present as substitute for Councillor Tan.
2 Minutes
2.1 RESOLVED: That the minutes of the meeting held on 15 January 2024 be agreed and signed as a correct record.
3 School Admissions Arrangements 2025/26
3.1 The Committee considered a report of the Executive Director setting out the admission arrangements.
3.2 RESOLVED: That the Committee
(1) determines the admission arrangements for community schools for 2025/26; and
(2) agrees the catchment area change for the Westcliff area.
4 Fostering Recruitment Update
4.1 RESOLVED: That the report be noted.
The meeting concluded at 6.10pm
"""


def test_minutes_printed_one_paragraph_a_line_with_numbered_paragraphs(tmp_path):
    """Item headings ("3 Title") sit right against their paragraphs ("3.1 ..."), no blank lines between;
    the attendance list carries "Councillor" over bare surnames and ends at "PART ONE"."""
    meeting = _minutes(_pack(tmp_path, ONE_PARAGRAPH_A_LINE))
    assert (meeting.body, meeting.date) == ("Children, Families & Schools Committee", date(2024, 3, 12))
    assert _decisions(meeting) == {
        "1": [], "2": ["That the minutes of the meeting held on 15 January 2024 be agreed and signed as a correct record."],
        "3": ["determines the admission arrangements for community schools for 2025/26; and",
              "agrees the catchment area change for the Westcliff area."],
        "4": ["That the report be noted."]}
    assert meeting.chair.name == "Councillor Okafor"
    assert _names(meeting.present) == ["Councillor Okafor", "Councillor Brennan", "Councillor Dalgleish",
                                       "Councillor Fenwick", "Councillor Mallory", "Sarah Quint"]


ISSUE_HISTORY = """Issue - meetings

Play Streets Pilot

Meeting: 14/10/2025 - Communities Scrutiny Committee (Item 41)

41 Play Streets Pilot pdf icon PDF 310 KB

To consider the interim evaluation of the pilot.

Additional documents:

Minutes:

Councillor Priya Osei introduced the evaluation. Members asked about road closures on school days.

RESOLVED that:-

(1) the evaluation be noted; and

(2) a final report be brought to the Committee in January 2026.

Meeting: 09/09/2025 - Communities Scrutiny Committee (Item 27)

27 Play Streets Pilot - scope pdf icon PDF 188 KB

Additional documents:

Minutes:

The Committee resolved to agree the scope of the evaluation, subject to adding the views of residents.
"""


def test_an_issue_history_page_holds_one_item_of_each_meeting(tmp_path):
    pack = _pack(tmp_path, ISSUE_HISTORY)
    assert [(m.kind, m.body, m.date) for m in pack.meetings] == [
        ("minutes", "Communities Scrutiny Committee", date(2025, 10, 14)),
        ("minutes", "Communities Scrutiny Committee", date(2025, 9, 9))]
    assert [_decisions(m) for m in pack.meetings] == [
        {"41": ["the evaluation be noted; and", "a final report be brought to the Committee in January 2026."]},
        {"27": ["to agree the scope of the evaluation, subject to adding the views of residents."]}]
    assert [m.items[0].title for m in pack.meetings] == ["Play Streets Pilot", "Play Streets Pilot - scope"]


PARISH_YEAR_NUMBERS = """MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD IN THE VILLAGE HALL ON MONDAY 2 JUNE 2025 AT 7.30PM

Present: Cllr J Hart (Chair), Cllr P Lowe, Cllr S Nunn, Cllr D Okoro
In attendance: Mrs K Bell (Clerk), 3 members of the public

25/061 To receive apologies for absence
Apologies were received and accepted from Cllr Venn.
25/062 To receive declarations of interest
None.
25/063 Planning
a) 25/00412/FUL Land at Mill Lane – erection of two dwellings. RESOLVED: to object on the grounds of access.
25/064 Finance
It was RESOLVED to approve payments totalling £2,410.50 as listed.
25/065 Play Area Inspection
The Clerk reported the annual inspection had found two low risk items. RESOLVED: that the Clerk obtain quotes for the repairs.
25/066 Date of next meeting: 7 July 2025
"""


MINUTE_NUMBER_OVER_YEAR = """North Fellside Council

Minutes of the Adult and Children's Scrutiny Committee

Date: Wednesday, 21 May 2025
Time: 10.00 am
Venue: Council Chamber, Fellside House

Committee Members Present: Councillor Graham Pryce (Chair), Councillor Anne Doyle, Councillor Lee Sutton, Councillor Mo Rahman

Officers Present: Jill Carter - Assistant Director, Education; Neil Yates - Scrutiny Officer

Minute 14/25 Apologies for Absence
Apologies were received from Councillor Tina Wood.

Minute 15/25 Minutes of the Previous Meeting
AGREED – That the minutes of the meeting held on 9 April 2025 be confirmed.

Minute 16/25 Elective Home Education Annual Report
Jill Carter presented the annual report. There were 412 children electively home educated at the end of the year, an increase of 9%.
AGREED –
(a) That the report be noted.
(b) That the Committee receive a further update in six months.

Minute 17/25 Work Programme
AGREED – That the work programme be approved.
"""


MINUTES_AS_A_TABLE = """Minutes of the Riverside Health and Wellbeing Board
Held on Tuesday 8 July 2025 at 2pm, Riverside Civic Centre

Members present:
Cllr Nadia Hussain\tChair, Cabinet Member for Health
Dr Paul Greer\tClinical Director, Riverside Place
Karen Lowe\tDirector of Public Health
Sam Tate\tHealthwatch Riverside

Apologies: Cllr Brian Fox, Marie Dunn

Item\tDiscussion\tAction
1. Welcome and apologies\tThe Chair welcomed members. Apologies were noted.\t
2. Minutes of last meeting\tThe minutes of 6 May 2025 were agreed as accurate.\t
3. Joint Local Health and Wellbeing Strategy\tKaren Lowe presented progress on the three priorities. Smoking prevalence had fallen to 11.2%.\tKL to circulate the dashboard by 31 July
4. Better Care Fund Plan\tThe Board approved the Better Care Fund plan for 2025/26.\tPG to submit the plan by 15 August
"""


CABINET_DECISIONS = """CABINET

Thursday 5 June 2025

Present: Councillor Ruth Ellis (Leader, in the Chair), Councillors Amir Khan, Beth Lowry and Colin Marsh

CAB/25/30 Declarations of Interest

There were no declarations of interest.

CAB/25/31 Children's Social Care Sufficiency Strategy

Cabinet Member: Councillor Beth Lowry

The Cabinet Member introduced the strategy, which set out how the council would increase local foster placements.

Decision:

(1) That the Sufficiency Strategy 2025-2030 be approved.

(2) That authority be delegated to the Director of Children's Services to agree the action plan.

Reasons for decision: to meet the council's sufficiency duty.

CAB/25/32 Home to School Transport Policy

Cabinet Member: Councillor Amir Khan

Decision:

That the revised policy be adopted from 1 September 2025.

Reasons for decision: to comply with statutory guidance.
"""


def test_parish_minutes_numbered_year_first(tmp_path):
    meeting = _minutes(_pack(tmp_path, PARISH_YEAR_NUMBERS))
    assert (meeting.body, meeting.date) == ("ASHCOMBE PARISH COUNCIL", date(2025, 6, 2))
    assert [i.number for i in meeting.items] == ["25/061", "25/062", "25/063", "25/064", "25/065", "25/066"]
    assert _decisions(meeting)["25/063"] == ["to object on the grounds of access."]
    assert _decisions(meeting)["25/065"] == ["that the Clerk obtain quotes for the repairs."]
    assert meeting.chair.name == "Councillor J Hart"
    assert _names(meeting.apologies) == ["Councillor Venn"]


def test_minutes_titled_without_held_on_numbered_year_last(tmp_path):
    """"Minutes of the X Committee" over a "Date:" line; "Minute 14/25"; "Committee Members Present:"."""
    meeting = _minutes(_pack(tmp_path, MINUTE_NUMBER_OVER_YEAR))
    assert (meeting.body, meeting.date) == ("Adult and Children's Scrutiny Committee", date(2025, 5, 21))
    assert _decisions(meeting) == {
        "14/25": [], "15/25": ["That the minutes of the meeting held on 9 April 2025 be confirmed."],
        "16/25": ["That the report be noted.", "That the Committee receive a further update in six months."],
        "17/25": ["That the work programme be approved."]}
    assert meeting.chair.name == "Councillor Graham Pryce"
    assert [(p.name, p.role) for p in meeting.present][-2:] == [
        ("Jill Carter", "Assistant Director, Education"), ("Neil Yates", "Scrutiny Officer")]


def test_minutes_printed_as_a_table_of_items(tmp_path):
    """One row per item (number and title, discussion, action), tab-separated; the chair marked in a role cell."""
    meeting = _minutes(_pack(tmp_path, MINUTES_AS_A_TABLE))
    assert (meeting.body, meeting.date) == ("Riverside Health and Wellbeing Board", date(2025, 7, 8))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome and apologies"), ("2", "Minutes of last meeting"),
        ("3", "Joint Local Health and Wellbeing Strategy"), ("4", "Better Care Fund Plan")]
    assert [r.text for r in meeting.items[1].resolutions] == ["The minutes of 6 May 2025 were agreed as accurate."]
    assert [(a.owner, a.text) for a in meeting.items[2].actions] == [("KL", "KL to circulate the dashboard by 31 July")]
    assert (meeting.chair.name, meeting.chair.role) == ("Councillor Nadia Hussain", "Cabinet Member for Health")
    assert _names(meeting.apologies) == ["Councillor Brian Fox", "Marie Dunn"]


def test_plural_title_after_the_chair_names_councillors(tmp_path):
    meeting = _minutes(_pack(tmp_path, CABINET_DECISIONS))
    assert [(p.name, p.role) for p in meeting.present] == [
        ("Councillor Ruth Ellis", "Leader"), ("Councillor Amir Khan", None), ("Councillor Beth Lowry", None),
        ("Councillor Colin Marsh", None)]
    assert _decisions(meeting)["CAB/25/31"] == [
        "That the Sufficiency Strategy 2025-2030 be approved.",
        "That authority be delegated to the Director of Children's Services to agree the action plan."]


RECOMMENDATIONS_UNDER_ITEM_LABELS = """WESTBRIDGE BOROUGH COUNCIL

CHILDREN'S SERVICES SCRUTINY PANEL

MINUTES of a meeting held on Thursday 16 January 2025 at 6.30 pm

Members: Councillor Dawn Price (Chair), Councillor Ian Lord (Vice-Chair), Councillors Beryl Ngata and Simon Wade

Officers: Ruth Hale (Director of Children's Services), Ola Bisi (Scrutiny Support Officer)

ITEM 1: APOLOGIES
Apologies were received from Councillor Tom Rees.

ITEM 2: SCHOOL ATTENDANCE
The Director presented the report. Persistent absence in secondary schools stood at 21.4%, down from 24.0%.
RECOMMENDED to Cabinet that:
(a) a targeted attendance campaign be funded for 2025/26; and
(b) progress be reported to the Panel in July 2025.

ITEM 3: PANEL WORK PROGRAMME
The Panel NOTED the work programme.
"""


LETTERED_ITEMS = """Minutes of the Eastvale Corporate Parenting Board held on 3 December 2024

Present:
Councillor Mary Stone (Chair)
Councillor Lewis Kay
Amanda Frost, Head of Children in Care
Jo Whitby, Participation Lead

A. Welcome and Introductions
The Chair welcomed everyone, including two members of the Children in Care Council.

B. Voice of the Child
Members of the Children in Care Council presented their survey of 64 young people about contact with social workers.
Agreed: that the Board respond in writing to each recommendation by March 2025.

C. Placement Stability
Amanda Frost reported that 11.9% of children had three or more placements in the year.
Agreed: that a deep dive on placement moves be brought to the next meeting.

D. Any Other Business
None.
"""


def test_minutes_of_a_meeting_named_above_and_recommendations(tmp_path):
    """"MINUTES of a meeting held on ..." under the body's title; "ITEM 2: TITLE"; "RECOMMENDED to Cabinet that:"."""
    meeting = _minutes(_pack(tmp_path, RECOMMENDATIONS_UNDER_ITEM_LABELS))
    assert (meeting.body, meeting.date) == ("CHILDREN'S SERVICES SCRUTINY PANEL", date(2025, 1, 16))
    assert _decisions(meeting)["2"] == ["a targeted attendance campaign be funded for 2025/26; and",
                                        "progress be reported to the Panel in July 2025."]
    assert {r.label for r in meeting.items[1].resolutions} == {"Recommended"}
    assert [i.title for i in meeting.items] == ["APOLOGIES", "SCHOOL ATTENDANCE", "PANEL WORK PROGRAMME"]


def test_items_lettered_a_b_c(tmp_path):
    meeting = _minutes(_pack(tmp_path, LETTERED_ITEMS))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("A", "Welcome and Introductions"), ("B", "Voice of the Child"), ("C", "Placement Stability"),
        ("D", "Any Other Business")]
    assert _decisions(meeting)["C"] == ["that a deep dive on placement moves be brought to the next meeting."]


BRACKETED_ITEM_NUMBERS = """SOUTH MARSH DISTRICT COUNCIL

LICENSING AND COMMUNITIES COMMITTEE

Minutes of the meeting held on 24 April 2025

Present: Councillor F. Adeyemi (Chairman); Councillors R. Bolt, C. Dunne, H. Evans and P. Gill.

(1) APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor M. Hart.

(2) COMMUNITY SAFETY PARTNERSHIP PLAN
The Community Safety Manager presented the draft plan for 2025-28.
RESOLVED: That the draft plan be endorsed for consultation.

(3) TAXI LICENSING FEES
RESOLVED: That the fees set out in Appendix A be approved from 1 July 2025.
"""


DECISION_LIST = """DECISION LIST

Cabinet

Tuesday, 10 June 2025

Decisions taken at the above meeting. Decisions will come into force after 17 June 2025 unless called in.

Item 5: Early Help Strategy 2025-2028
Decision: That the Early Help Strategy 2025-2028 be adopted.
Reason: The strategy sets the council's approach to support before statutory services are needed.

Item 6: Youth Service Review
Decision:
1. That the outcome of the consultation be noted.
2. That the new youth service model be implemented from January 2026.
Reason: To deliver the savings agreed in the budget.
"""


def test_items_numbered_in_brackets_over_capital_titles(tmp_path):
    """"(2) TITLE" heads an item; "(1) That ..." inside an item stays a decision part."""
    meeting = _minutes(_pack(tmp_path, BRACKETED_ITEM_NUMBERS))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "COMMUNITY SAFETY PARTNERSHIP PLAN"), ("3", "TAXI LICENSING FEES")]
    assert _decisions(meeting)["3"] == ["That the fees set out in Appendix A be approved from 1 July 2025."]
    assert _names(meeting.apologies) == ["Councillor M. Hart"]


def test_a_decision_list_is_the_record_of_a_meeting(tmp_path):
    meeting = _minutes(_pack(tmp_path, DECISION_LIST))
    assert (meeting.body, meeting.date) == ("Cabinet", date(2025, 6, 10))
    assert _decisions(meeting) == {
        "5": ["That the Early Help Strategy 2025-2028 be adopted."],
        "6": ["That the outcome of the consultation be noted.",
              "That the new youth service model be implemented from January 2026."]}


PRINTED_WITH_ITEM_TAGS = """Kestrel Vale Council

 

Minutes of a meeting of the Kestrel Vale Council held on

Thursday, 15th May, 2025 at 10.00 am at the Council Chamber - Riverside House

 

Present:

Councillors:

 

Chairman Cllr Pell

Vice Chairman Cllr Ives

 

Cllr Abara

Cllr Bristow

 

Cllr Coombe

Cllr Dray

 

In attendance:

Officers:

Head of Paid Service

Monitoring Officer

 

<AI1>

1.                            Election of the Chairman of the Council;

01/25    

RESOLVED

That Cllr Ives be elected Chairman of the Council for the year.

</AI1>

<AI2>

2.                            Children's Play Strategy

02/25    

The Council considered a report on a new play strategy for the district.

RESOLVED

That the Play Strategy 2025-2030 be adopted.

</AI2>

<AI3>

3.                            Appointments to Outside Bodies

03/25    

RESOLVED

That the appointments set out in the schedule be approved.

</AI3>
"""


MODERNGOV_A_LINE_PER_ITEM = """Agenda and minutes
Overview and Scrutiny Board - Monday, 14th October, 2024 6.00 pm
Venue: Parkside Suite - Town Hall
Contact: Democratic Services
Items
Apologies for Absence and Named Substitutes Minutes: Apologies for absence were submitted on behalf of Councillors A. Bates and K. Lund.
Declarations of Interest To invite Councillors to declare any interests they may have in items on the agenda. Minutes: There were no declarations of interest.
Minutes of the previous meeting held on 9th September 2024 Minutes: RESOLVED that the minutes of the meeting held on 9th September 2024 be approved as a correct record.
Leisure Centre Contract Review Minutes: The Board considered a report on the performance of the leisure centre contract. RESOLVED that a task group be set up to review the contract.
Work Programme Minutes: RESOLVED that the work programme be noted.
"""


def test_printed_minutes_with_item_tags_and_one_councillor_a_line(tmp_path):
    """"Minutes of a meeting of the X Council held on", "Chairman Cllr X" a line each, "1.   Title;" over
    its minute number."""
    meeting = _minutes(_pack(tmp_path, PRINTED_WITH_ITEM_TAGS))
    assert (meeting.body, meeting.council, meeting.date) == ("Council", "Kestrel Vale Council", date(2025, 5, 15))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Election of the Chairman of the Council"), ("2", "Children's Play Strategy"),
        ("3", "Appointments to Outside Bodies")]
    assert _decisions(meeting)["2"] == ["That the Play Strategy 2025-2030 be adopted."]
    assert meeting.chair.name == "Councillor Pell"
    assert [(p.name, p.role) for p in meeting.present][:2] == [("Councillor Pell", None), ("Councillor Ives", "Vice Chairman")]
    assert len(meeting.present) == 6


def test_a_moderngov_page_flattened_to_a_line_per_item(tmp_path):
    meeting = _minutes(_pack(tmp_path, MODERNGOV_A_LINE_PER_ITEM))
    assert (meeting.body, meeting.date) == ("Overview and Scrutiny Board", date(2024, 10, 14))
    assert [i.title for i in meeting.items] == [
        "Apologies for Absence and Named Substitutes", "Declarations of Interest",
        "Minutes of the previous meeting held on 9th September 2024", "Leisure Centre Contract Review", "Work Programme"]
    assert [r.text for r in meeting.items[3].resolutions] == ["that a task group be set up to review the contract."]
    assert _names(meeting.apologies) == ["Councillor A. Bates", "Councillor K. Lund"]


SCOTTISH_MINUTE_WITH_DECISION_HEADINGS = """Glenrannoch Council

MINUTE of MEETING of the EDUCATION AND CHILDREN'S SERVICES COMMITTEE held in the Council Chambers, Burgh Hall, on Wednesday 5 March 2025 at 10.00am.

Present: Provost A Munro, Councillors B Fraser (Convener), C Grant, D Ross and E Shaw.

Also Present: F Sutherland, Head of Education; G Mackay, Clerk.

Apologies: Councillor H Bain.

1. DECLARATIONS OF INTEREST
No declarations were made.

2. ATTAINMENT CHALLENGE UPDATE
There was submitted a report by the Head of Education on progress with closing the attainment gap.
Decision
The Committee agreed:-
(a) to note the report; and
(b) that a further report be submitted in September 2025.

3. SCHOOL ESTATE STRATEGY
There was submitted a report on the condition of the school estate.
Decision
The Committee agreed to approve the strategy.
"""


HELD_AT_A_TIME_ON_A_DATE = """Minutes of the Children and Young People Scrutiny Sub-Committee held at 7.00 pm on Tuesday 4 March 2025 at the Civic Centre, Brookfield

Members Present: Councillor Imran Shah (Chair), Councillor Lucy Fenn (Vice-Chair), Councillor Olu Adebayo, Councillor Rhys Bevan

Co-opted Members: Mrs Nora Flynn (Parent Governor Representative)

Officers: Peter Drake (Director of Children's Services), Ama Owusu (Head of Safeguarding)

1. Apologies for Absence
Apologies were received from Councillor Hana Novak.

2. Declarations of Interest
None.

3. Safeguarding Partnership Annual Report
Ama Owusu introduced the annual report.
RESOLVED: That the annual report be noted and the Sub-Committee's comments be passed to the Partnership.

4. Work Programme
RESOLVED: That the work programme be agreed.
"""


def test_scottish_minute_with_decision_headings(tmp_path):
    meeting = _minutes(_pack(tmp_path, SCOTTISH_MINUTE_WITH_DECISION_HEADINGS))
    assert (meeting.body, meeting.date) == ("EDUCATION AND CHILDREN'S SERVICES COMMITTEE", date(2025, 3, 5))
    assert _decisions(meeting) == {
        "1": [], "2": ["to note the report; and", "that a further report be submitted in September 2025."],
        "3": ["to approve the strategy."]}
    assert meeting.chair.name == "Councillor B Fraser"
    assert "Provost A Munro" in _names(meeting.present)


def test_minutes_held_at_a_time_on_a_date(tmp_path):
    meeting = _minutes(_pack(tmp_path, HELD_AT_A_TIME_ON_A_DATE))
    assert (meeting.body, meeting.date) == ("Children and Young People Scrutiny Sub-Committee", date(2025, 3, 4))
    assert _decisions(meeting)["4"] == ["That the work programme be agreed."]
    assert _names(meeting.apologies) == ["Councillor Hana Novak"]
    assert ("Ama Owusu", "Head of Safeguarding") in [(p.name, p.role) for p in meeting.present]


BILINGUAL_WELSH = """CYNGOR SIR TREFYNNON
TREFYNNON COUNTY COUNCIL

COFNODION / MINUTES

PWYLLGOR CRAFFU PLANT A PHOBL IFANC
CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

Dydd Llun, 3 Chwefror 2025 / Monday, 3 February 2025

YN BRESENNOL / PRESENT: Y Cynghorydd / Councillor Elin Morgan (Cadeirydd / Chair); Cynghorwyr / Councillors Dafydd Rees, Gwen Price a/and Huw Jenkins.

SWYDDOGION / OFFICERS: Sian Lloyd (Pennaeth Addysg / Head of Education)

1. YMDDIHEURIADAU / APOLOGIES
Derbyniwyd ymddiheuriadau gan / Apologies were received from Councillor Owain Pugh.

2. ADRODDIAD BLYNYDDOL Y GWASANAETH IEUENCTID / YOUTH SERVICE ANNUAL REPORT
Cyflwynodd Sian Lloyd yr adroddiad. / Sian Lloyd presented the report.
PENDERFYNWYD / RESOLVED: Nodi'r adroddiad / To note the report.

3. RHAGLEN WAITH / WORK PROGRAMME
PENDERFYNWYD / RESOLVED: Cymeradwyo'r rhaglen waith / To approve the work programme.
"""


SPACED_PDF_WITH_A_RUNNING_HEAD = """LONDON BOROUGH OF ASHMEAD

MINUTES OF THE CHILDREN'S SERVICES SCRUTINY COMMITTEE

Held on Wednesday 9 April 2025 at 7.00 pm

PRESENT: Councillors Tessa Mohan (Chair), Rob Ade-

yemi, Kay Ling and Sunil Varma.

ALSO PRESENT: Councillor Jo Best (Cabinet Member for Children's Services).

 

21.   APOLOGIES FOR ABSENCE AND SUBSTITUTIONS

 

There were none.

 

22.   CHILDREN MISSING EDUCATION AND ELECTIVE HOME

EDUCATION

 

The Committee received a report on children missing education. There were 311

children on the register at the end of March.

 

Ashmead Children's Services Scrutiny Committee – 9 April 2025

Page 2

 

RESOLVED:

 

(1)  That the report be noted.

 

(2)  That the Cabinet Member be asked to write to the Department for Education about a

register of children not in school.

 

23.   ANY OTHER BUSINESS

 

None.
"""


def test_bilingual_minutes_read_in_english(tmp_path):
    meeting = _minutes(_pack(tmp_path, BILINGUAL_WELSH))
    assert (meeting.body, meeting.date) == ("CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE", date(2025, 2, 3))
    assert meeting.chair.name == "Councillor Elin Morgan"
    assert _names(meeting.present)[:4] == ["Councillor Elin Morgan", "Councillor Dafydd Rees", "Councillor Gwen Price",
                                           "Councillor Huw Jenkins"]
    assert _decisions(meeting)["3"] == ["Cymeradwyo'r rhaglen waith / To approve the work programme."]
    assert _names(meeting.apologies) == ["Councillor Owain Pugh"]


def test_a_running_head_on_page_two_continues_the_minutes(tmp_path):
    """The body's name and date printed again over page 2 is not a new meeting; a title in capitals goes
    on past a blank line in text extracted with blank lines between lines."""
    meeting = _minutes(_pack(tmp_path, SPACED_PDF_WITH_A_RUNNING_HEAD))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("21", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"), ("22", "CHILDREN MISSING EDUCATION AND ELECTIVE HOME EDUCATION"),
        ("23", "ANY OTHER BUSINESS")]
    assert [r.text for r in meeting.items[1].resolutions] == [
        "That the report be noted.",
        "That the Cabinet Member be asked to write to the Department for Education about a register of children not in school."]


ATTENDEES_LABEL = """FENWICK CITY COUNCIL

HEALTH SCRUTINY PANEL

MINUTES

Tuesday 10 June 2025, 6.00pm, Room 4, Fenwick Town Hall

Attendees: Cllr Maya Dorsey (Chair), Cllr Ken Holt, Cllr Sara Vance, Cllr Bilal Nur
Officers in attendance: Ruth Okoye (Scrutiny Lead)

HSP/25/10  Welcome and apologies
Apologies were given by Cllr Alan Shore.

HSP/25/11  Winter pressures review
The Panel heard from the hospital trust on discharge delays.
Resolved – (i) to note the update; (ii) to ask the trust for monthly discharge figures.

HSP/25/12  Dental access
Resolved – that the Chair write to the integrated care board about dental access for children.
"""


ATTENDANCE_BY_CATEGORY = """Minutes of the Meeting of the Oakridge Schools Forum
Date: 26 February 2025
Venue: Oakridge Education Centre

Members present
Head teachers: Liz Barr (Chair), Tom Eke, Priya Lal
Governors: Mark Rowe
Academies: Jen Toft

Item 1 – Apologies
Apologies from Owen Slade.

Item 2 – Dedicated Schools Grant budget 2025/26
The Forum considered the proposed budget.
Decision: The Forum approved the central schools services block budget.

Item 3 – High needs block
Decision: The Forum noted the high needs deficit of £4.2m and asked for a recovery plan in June.
"""


ONE_MEMBER_A_LINE_WITH_DASHED_ROLES = """PORTSEA COUNTY COUNCIL
CORPORATE PARENTING PANEL
MINUTES OF MEETING HELD ON 13 MAY 2025

PRESENT
Councillor Hilda Bloom - Chair
Councillor Gary Tse
Councillor Rosa Lind
Mo Salah - Children in Care Council

APOLOGIES
Councillor Dean Fry

1) MINUTES OF THE LAST MEETING
The minutes of 11 March 2025 were approved.

2) CARE LEAVERS HOUSING
The Head of Service presented the housing offer for care leavers.
It was agreed that a joint protocol with housing be developed by September.

3) VOICE OF CHILDREN IN CARE
The Panel noted the survey results.
"""


@pytest.mark.parametrize("text, chair, present", [
    (ATTENDEES_LABEL, "Councillor Maya Dorsey", 5),
    (ATTENDANCE_BY_CATEGORY, "Liz Barr", 5),
    (ONE_MEMBER_A_LINE_WITH_DASHED_ROLES, "Councillor Hilda Bloom", 4)])
def test_the_chair_in_other_attendance_forms(tmp_path, text, chair, present):
    """"Attendees:"; categories under "Members present" ("Head teachers: X (Chair), Y"); "Name - Chair"."""
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == chair
    assert len(meeting.present) == present


ZERO_POINT_NUMBERED_BOARD = """Minutes
Meeting of the Thornbury Children's Trust Board
Thursday 19 June 2025, 1.30pm – 3.30pm, Virtual meeting (Teams)

Board members: Ann Sykes – Chair (Director of Children's Services); Cllr Raj Patel (Lead Member); Dr Helen Cho (Designated Doctor); Insp. Mark Dale (Police)
In attendance: Kerry Moss (Business Manager, minutes)
Apologies: Tony Shaw (Schools), Beth Ward (Health Visiting)

1.0 Introductions and apologies
1.1 Apologies were noted as above.
2.0 Minutes and action log
2.1 The minutes were agreed. Actions 4 and 6 are complete; action 5 carried forward.
3.0 Early help strategy refresh
3.1 The Board reviewed the draft refreshed strategy.
3.2 AGREED: the Board endorsed the strategy for consultation.
3.3 ACTION: KM to circulate the consultation timetable to partners.
4.0 Any other business
4.1 None.
"""


RECORD_OF_DECISIONS = """HOLLOWAY BOROUGH COUNCIL

Record of the Decisions of the Children and Families Cabinet Committee

Date: 8 October 2025

Members present: Cllr Denise Agu (Chair), Cllr Peter Lomax, Cllr Farah Iqbal

Decision 1: Kinship Care Policy
The Committee APPROVED the kinship care policy, with the amendment agreed at the meeting.

Decision 2: Short Breaks Statement
The Committee AGREED to publish the revised short breaks statement.

Decision 3: Fees for Independent Fostering Agencies
The Committee DEFERRED the decision to its next meeting pending further legal advice.
"""


PARISH_ONE_LINE_ITEMS = """WESTON PARISH COUNCIL
Minutes of the Parish Council Meeting
Monday 1st September 2025 at 7pm in the Pavilion

Councillors Present: Cllr T. Bright (Chairman), Cllr A. Moss, Cllr R. Khan, Cllr J. Lowe
Also Present: Mrs L. Green (Parish Clerk); PCSO Adams; 2 members of the public

082/25 Apologies: Cllr S. Wood – work commitments. Accepted.
083/25 Declarations of interest: None.
084/25 Minutes: The minutes of 4th August 2025 were approved and signed.
085/25 Playground: Quotes for the new swings were considered. It was resolved to accept the quote from Parkplay Ltd for £6,450.
086/25 Youth club: The council agreed to grant £500 to the village youth club.
087/25 Next meeting: Monday 6th October 2025.
"""


MEMBERSHIP_WITH_STATUS = """Minutes of the meeting of the Education Select Committee
held on Wednesday 15 October 2025

Membership
Councillor June Park (Chair) - present
Councillor Owen Ray (Vice Chair) - present
Councillor Tim Sole - apologies
Councillor Vera Nunn - present

Item 5 – Minutes of the last meeting
Agreed as a correct record.

Item 6 – SEND Inspection Outcome
The Director presented the outcome of the local area SEND inspection.
The Committee:
a) noted the inspection outcome; and
b) requested the improvement plan be brought to its January meeting.

Item 7 – Forward Plan
Noted.
"""


def test_board_minutes_numbered_one_point_nought(tmp_path):
    meeting = _minutes(_pack(tmp_path, ZERO_POINT_NUMBERED_BOARD))
    assert meeting.body == "Thornbury Children's Trust Board"
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1.0", "Introductions and apologies"), ("2.0", "Minutes and action log"),
        ("3.0", "Early help strategy refresh"), ("4.0", "Any other business")]
    assert [r.text for r in meeting.items[2].resolutions] == ["the Board endorsed the strategy for consultation."]
    assert [(a.owner, a.text) for a in meeting.items[2].actions] == [
        ("KM", "KM to circulate the consultation timetable to partners")]
    assert meeting.chair.name == "Ann Sykes"


def test_a_record_of_decisions_under_a_letterhead(tmp_path):
    meeting = _minutes(_pack(tmp_path, RECORD_OF_DECISIONS))
    assert (meeting.body, meeting.date) == ("Children and Families Cabinet Committee", date(2025, 10, 8))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Kinship Care Policy"), ("2", "Short Breaks Statement"), ("3", "Fees for Independent Fostering Agencies")]
    assert _decisions(meeting)["3"] == ["The Committee DEFERRED the decision to its next meeting pending further legal "
                                        "advice."]


def test_parish_items_with_title_and_minute_on_one_line(tmp_path):
    meeting = _minutes(_pack(tmp_path, PARISH_ONE_LINE_ITEMS))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("082/25", "Apologies"), ("083/25", "Declarations of interest"), ("084/25", "Minutes"),
        ("085/25", "Playground"), ("086/25", "Youth club"), ("087/25", "Next meeting")]
    assert _decisions(meeting)["086/25"] == ["to grant £500 to the village youth club."]
    assert meeting.chair.name == "Councillor T. Bright"


def test_a_membership_list_with_each_members_attendance(tmp_path):
    """"Councillor X - present" / "- apologies" rows are people, not labels; "The Committee:" over a) b)."""
    meeting = _minutes(_pack(tmp_path, MEMBERSHIP_WITH_STATUS))
    assert _names(meeting.apologies) == ["Councillor Tim Sole"]
    assert "Councillor Vera Nunn" in _names(meeting.present)
    assert _decisions(meeting)["6"] == [
        "noted the inspection outcome; and", "requested the improvement plan be brought to its January meeting."]


PARTNERSHIP_MINUTES_DASH_TITLE = """Minutes – Eastmoor Local Safeguarding Children Partnership Executive
Date: 17/07/2025
Chair: Dr Rachel Moore (Chief Nurse, Integrated Care Board)

Attendees: Dr Rachel Moore (ICB), Supt Liam Cross (Police), Grace Tan (Director of Children's Services), Ian Holt (Independent Scrutineer)

Item 1 Welcome, introductions and apologies
Apologies were received from Paul Dean (Education).

Item 2 Independent Scrutineer annual report
Ian Holt presented the annual report. The Executive agreed the report for publication.
Action: GT to share the report with the Health and Wellbeing Board.

Item 3 Neglect strategy progress
The Executive noted progress and agreed that a multi-agency audit be completed by December 2025.
Action: LC to nominate a police lead for the audit.
"""


PANEL_CODES_WITH_ONE_SLASH = """MINUTES

CHILDREN AND EDUCATION SCRUTINY PANEL

14 JULY 2025

MEMBERS PRESENT:
Cllr N Harper (Chair)
Cllr B Odum
Cllr C Leigh
Cllr R Mistry

OFFICERS:
V Chandra – Assistant Director, Inclusion
D Frost – Scrutiny Officer

PART A

CES/12 MINUTES
The minutes of the meeting held on 9 June 2025 were approved as a correct record.

CES/13 EXCLUSIONS FROM SCHOOL
The Assistant Director presented data on suspensions and permanent exclusions.
The Panel RESOLVED to:
(i) note the report;
(ii) request a breakdown by school for the next meeting.

CES/14 PANEL WORK PLAN
The Panel RESOLVED to agree the work plan.
"""


def test_partnership_minutes_titled_minutes_dash_body(tmp_path):
    meeting = _minutes(_pack(tmp_path, PARTNERSHIP_MINUTES_DASH_TITLE))
    assert (meeting.body, meeting.date) == ("Eastmoor Local Safeguarding Children Partnership Executive", date(2025, 7, 17))
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert [(a.owner, a.text) for i in meeting.items for a in i.actions] == [
        ("GT", "GT to share the report with the Health and Wellbeing Board"), ("LC", "LC to nominate a police lead for the audit")]


def test_items_coded_with_one_slash(tmp_path):
    meeting = _minutes(_pack(tmp_path, PANEL_CODES_WITH_ONE_SLASH))
    assert _decisions(meeting) == {"CES/12": [], "CES/13": ["note the report;", "request a breakdown by school for the next meeting."],
                                   "CES/14": ["to agree the work plan."]}
    assert meeting.chair.name == "Councillor N Harper"


YEAR_FIRST_COMMITTEE_CODES = """ASHLEIGH TOWN COUNCIL

MINUTES OF THE COMMUNITY SERVICES COMMITTEE MEETING HELD ON MONDAY 13 OCTOBER 2025 AT 7.00PM IN THE TOWN HALL

Present: Cllr M Dunne (Chair), Cllr P Rowe, Cllr G Seth, Cllr L Tate
In attendance: Town Clerk, Deputy Clerk

CS25/31. APOLOGIES FOR ABSENCE: Apologies were received from Cllr K Amos.
CS25/32. DECLARATIONS OF INTEREST: None.
CS25/33. YOUTH SHELTER: Members considered the location of a new youth shelter. RESOLVED that the shelter be sited at the recreation ground.
CS25/34. CHRISTMAS LIGHTS: RESOLVED to accept the contractor's quote of £3,200.
CS25/35. DATE OF NEXT MEETING: Monday 10 November 2025.
"""


def test_committee_codes_with_the_year_first(tmp_path):
    """"CS25/31. TITLE: minute" numbers items by the part after the slash; a bare date is never a title."""
    meeting = _minutes(_pack(tmp_path, YEAR_FIRST_COMMITTEE_CODES))
    assert [i.number for i in meeting.items] == ["CS25/31", "CS25/32", "CS25/33", "CS25/34", "CS25/35"]
    assert _decisions(meeting)["CS25/33"] == ["that the shelter be sited at the recreation ground."]
    assert meeting.chair.name == "Councillor M Dunne"


VILLAGE_COUNCIL_COURTESY_TITLES = """Brackenford & Lowe Parish Council
Planning and Amenities Committee
7.15pm14 May 2026
Minutes

Present:
Cllr Mrs R T Ingram (Chair)
Cllr Mr P Oduya
Cllr Miss H Yates

1 Chair and Council's Comments
The chair thanked the volunteers who cleared the pond.

2 Bus Shelter Repairs
RESOLVED, that:
· the quote from Hollins Joinery be accepted; and
· the works be finished before the winter timetable starts.

3 Vice Chair of the Council
RESOLVED: That Councillor Oduya serve as vice chair until the annual meeting.
"""


def test_courtesy_titles_a_time_glued_to_the_date_and_bulleted_decisions(tmp_path):
    """"Cllr Mrs R T Ingram": a courtesy title after the councillor's, initials without dots; "7.15pm14 May
    2026" as extracted; "RESOLVED, that:" over bullets; "X and Council's"/"Y of the Council" name no council."""
    meeting = _minutes(_pack(tmp_path, VILLAGE_COUNCIL_COURTESY_TITLES))
    assert (meeting.council, meeting.date) == ("Brackenford & Lowe Parish Council", date(2026, 5, 14))
    assert meeting.chair.name == "Councillor R T Ingram"
    assert _names(meeting.present) == ["Councillor R T Ingram", "Councillor P Oduya", "Councillor H Yates"]
    assert _decisions(meeting) == {
        "1": [], "2": ["the quote from Hollins Joinery be accepted; and", "the works be finished before the winter timetable starts."],
        "3": ["That Councillor Oduya serve as vice chair until the annual meeting."]}


PARISH_MEETING = """Minutes of Parish Meeting held on Thursday 2nd April 2026 in Fellside Reading Room

Parish Councillors present      Owen Tarrant (Chair), Lucy Abara

1.1   To receive apologies for absence.

None.

1.2   To approve the minutes of the meeting held on 5th March 2026.

RESOLVED: That the minutes be signed as a true record.
"""


def test_a_parish_meeting_is_a_body(tmp_path):
    meeting = _minutes(_pack(tmp_path, PARISH_MEETING))
    assert (meeting.body, meeting.date) == ("Parish Meeting", date(2026, 4, 2))
    assert _decisions(meeting)["1.2"] == ["That the minutes be signed as a true record."]


PARISH_MIN_REFERENCES = """                     NETHERBY PARISH COUNCIL

   Minutes of the Ordinary Meeting of Netherby Parish Council held on
   Monday 12th January 2026 at 7pm in the Pavilion

Present:      Cllr A. Rudd (Chairman), Cllr C. Tovey, Cllr J. Wren

Min 26/01     To receive and approve apologies for absence
              Apologies were received from Cllr D. Lomax. RESOLVED to accept
              the apologies.

Min 26/02     To approve the minutes of the meeting held on 8th December
              2025
              RESOLVED that the minutes be approved as a true record.

Min 26/03     Allotments
              The waiting list stood at eleven names.
"""


def test_parish_minute_references_and_titles_in_the_agendas_words(tmp_path):
    """"Min 26/01" numbers an item; "To receive and approve ..." is the agenda's title, not minute text;
    the "Ordinary Meeting of X Parish Council" is the Parish Council's own meeting."""
    meeting = _minutes(_pack(tmp_path, PARISH_MIN_REFERENCES))
    assert (meeting.body, meeting.council) == ("Parish Council", "Netherby Parish Council")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("26/01", "To receive and approve apologies for absence"),
        ("26/02", "To approve the minutes of the meeting held on 8th December"), ("26/03", "Allotments")]
    assert _decisions(meeting) == {"26/01": ["to accept the apologies."],
                                   "26/02": ["that the minutes be approved as a true record."], "26/03": []}


CABINET_DECISION_NOTICE_CODES = """KILNSEY BOROUGH COUNCIL

EXECUTIVE

Record of decisions of the meeting held on Tuesday 3 November
2026 at 6pm

Executive Members present: Councillors Hana Ruddock (in the Chair), Piers Lamb and Ola Femi

EX.14    SCHOOL CROSSING PATROLS

Decision:
The Executive withdrew the item for further consultation with schools.

Reasons for the decision:
Two head teachers asked for more time.

EX.15    CAR PARK CHARGES

Decision:
That the Executive approves the charges in Appendix B.
"""


def test_dotted_committee_codes_a_wrapped_year_and_prose_under_a_bare_decision_label(tmp_path):
    meeting = _minutes(_pack(tmp_path, CABINET_DECISION_NOTICE_CODES))
    assert (meeting.body, meeting.date) == ("EXECUTIVE", date(2026, 11, 3))
    assert _decisions(meeting) == {
        "EX.14": ["The Executive withdrew the item for further consultation with schools."],
        "EX.15": ["That the Executive approves the charges in Appendix B."]}
    assert meeting.chair.name == "Councillor Hana Ruddock"


HEADINGS_OVER_NUMBERED_PARAGRAPHS = """GLENCAIRN HILLS JOINT BOARD
MINUTES OF THE BOARD MEETING
held at Strathmore Hall on Friday 6th March 2026 at 10.00am

PRESENT
Morag Tait (Convener)            Ewan Leckie

Welcome
1. The Convener welcomed members and the new Clerk to the Board.
2. There were no apologies.

Visitor Centre Refurbishment (Paper 1)
3. The Director of Operations introduced the paper on the refurbishment.
4. The Board:
a) Approved the refurbishment at a cost of £420,000;
b) Asked for a report on visitor numbers after the first season.

Trail Maintenance Update (Paper 2)
Ewan Leckie left the room.
5. The Ranger Manager reported on repairs to the upland paths after the storms.
6. The Board noted the update.
"""


def test_unnumbered_headings_over_paragraphs_numbered_straight_through(tmp_path):
    """The paragraphs are numbered through the minutes; the unnumbered titles above them are the items,
    and "4. The Board: a) ... b) ..." is the item's decision."""
    meeting = _minutes(_pack(tmp_path, HEADINGS_OVER_NUMBERED_PARAGRAPHS))
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "Welcome"), (None, "Visitor Centre Refurbishment (Paper 1)"), (None, "Trail Maintenance Update (Paper 2)")]
    assert [[r.text for r in i.resolutions] for i in meeting.items] == [
        [], ["Approved the refurbishment at a cost of £420,000;", "Asked for a report on visitor numbers after the first season."],
        ["The Board noted the update."]]


TEXT_EXPORT_WITH_ITEM_MARKERS = """WARNING - Converting documents to text can change their layout.

Eastwold Fire and Rescue Authority

Tuesday, 10 March 2026 at 2.00 pm at Service Headquarters

Minutes

Present: Councillors K Ambrose (Chair), L Bright and M Coyle

<AI1>
31/26

Apologies for Absence

None.

</AI1>
<AI2>
32/26

Budget Monitoring

Resolved: - That the Authority:

i)    noted the forecast underspend of £0.4m;

ii)   approved the transfer of £0.2m to the equipment reserve.

                                                                   1
</AI2>
<AI3>
33/26

Date of Next Meeting

Tuesday, 9 June 2026.
</AI3>
"""


def test_a_text_export_with_item_markers_and_minute_numbers_on_their_own_lines(tmp_path):
    """"<AI2>" markers are dropped, "32/26" alone on a line is a minute number (no page is numbered past its
    page count), and "i)" "ii)" number the parts of a decision."""
    meeting = _minutes(_pack(tmp_path, TEXT_EXPORT_WITH_ITEM_MARKERS))
    assert _decisions(meeting) == {"31/26": [], "32/26": ["noted the forecast underspend of £0.4m;",
                                                          "approved the transfer of £0.2m to the equipment reserve."],
                                   "33/26": []}


PROCEEDINGS_OF_THE_COUNCIL = """                 LOUGHSIDE AND BRAMBLEY DISTRICT COUNCIL

   MINUTES OF THE PROCEEDINGS OF THE MONTHLY MEETING OF THE COUNCIL HELD IN
   THE CHAMBER, TOWN HOUSE, BRAMBLEY ON TUESDAY 6 JANUARY 2026 AT
   7.30 PM

In the Chair        :   The Mayor (Alderman P Grogan)

Members Present     :   Councillors – S Devine, R Lusk and O Tohill

1     APOLOGIES

      None.

2     SEALING OF DOCUMENTS

      RESOLVED – that the Common Seal be affixed to the lease of the Quay Road kiosk.
"""


def test_proceedings_of_the_monthly_meeting_of_the_council(tmp_path):
    """A header over three lines ("... HELD IN / THE CHAMBER ... ON <date> AT / 7.30 PM"): the Council's own
    meeting, the time not an item; "In the Chair : The Mayor (Alderman X)" names the chair."""
    meeting = _minutes(_pack(tmp_path, PROCEEDINGS_OF_THE_COUNCIL))
    assert (meeting.body, meeting.date) == ("Council", date(2026, 1, 6))
    assert meeting.chair.name == "P Grogan"          # an office before initials, not part of the name
    assert _decisions(meeting) == {"1": [], "2": ["that the Common Seal be affixed to the lease of the Quay Road kiosk."]}


SCOTTISH_MINUTE_OF_MEETING = """                              STRATHLEVEN COUNCIL

MINUTE of MEETING of the COMMUNITIES AND HOUSING COMMITTEE held in
the Burgh Chambers, Kilmory on Tuesday 3 March
2026 at 2.00 pm.

Present:      Councillors Ailsa Cairns (Convener), Rory Dow and Iona Fyfe.

Religious Representatives:  Rev. Colin Barr.

Apologies:    Councillor Hugh Moffat.

1.    HOUSING REVENUE ACCOUNT - RENT SETTING 2026/27

      The Committee resolved (6 for, 2 against):-
      to approve a rent increase of 4.5% from 6 April 2026.

2.    ALLOTMENT SITES - UPDATE

      The Committee resolved:-
      to note the update.
"""


def test_a_scottish_minute_of_meeting_with_spaced_labels_and_a_vote(tmp_path):
    """"MINUTE of MEETING of the X held in ... on <date>" (a year wrapped onto the next line); a label set off
    by spacing ("Religious Representatives:  Rev. X") opens a block of its own; "resolved (6 for, 2 against):-"."""
    meeting = _minutes(_pack(tmp_path, SCOTTISH_MINUTE_OF_MEETING))
    assert (meeting.body, meeting.date) == ("COMMUNITIES AND HOUSING COMMITTEE", date(2026, 3, 3))
    assert meeting.chair.name == "Councillor Ailsa Cairns"
    assert _names(meeting.present) == ["Councillor Ailsa Cairns", "Councillor Rory Dow", "Councillor Iona Fyfe",
                                       "Rev. Colin Barr"]
    assert _decisions(meeting) == {"1": ["to approve a rent increase of 4.5% from 6 April 2026."],
                                   "2": ["to note the update."]}


def test_the_town_mayor_in_the_chair(tmp_path):
    text = ("KELWICK TOWN COUNCIL\n\nMINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 9 MARCH 2026\n\n"
            "PRESENT: The Town Mayor Cllr Jean Pellow (in the Chair), Cllrs Ann Bray and Tom Eddy.\n\n"
            "FC/26/01    APOLOGIES\n             None.\n\n"
            "FC/26/02    MINUTES\n             RESOLVED (unanimous) that the minutes be signed.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Jean Pellow"
    assert _decisions(meeting) == {"FC/26/01": [], "FC/26/02": ["that the minutes be signed."]}


COMMUNITY_COUNCIL_MOTIONS = """CYNGOR CYMUNED LLANFAIR ISAF / LLANFAIR ISAF COMMUNITY COUNCIL

Minutes of the monthly meeting of the Council held at the Village Hall on Monday, 9th March 2026 at 7.30 p.m.

1.   Yn bresennol / Present
     Cynghorwyr / Councillors: Mr Huw Pryce (Cadeirydd / Chair), Mrs Eirlys
     Tudor, Mr Gethin Rees.
     Hefyd / Also: Mrs Ann Lloyd (Clerc / Clerk).

2.   Cofnodion y cyfarfod blaenorol / Minutes of the previous meeting
     Proposed (ET) & seconded (GR) that the minutes be approved as a true record.
     Unanimously agreed.

3.   Cyllid / Finance
     3.1  Proposed (GR) & seconded (HP) that the grass cutting quote of £640 be accepted.
          Carried (2 in favour, 1 against).
     3.2  Proposed (ET) & seconded (GR) that the hall fee be waived. Lost.
"""


def test_community_council_motions_agreed_and_attendance_under_an_item(tmp_path):
    """"1. Present" heads the attendance; a motion proposed and seconded is a decision once agreed or carried
    (a lost one is not); bilingual headings read in English."""
    meeting = _minutes(_pack(tmp_path, COMMUNITY_COUNCIL_MOTIONS))
    assert meeting.chair.name == "Huw Pryce"
    assert [p.name for p in meeting.present] == ["Huw Pryce", "Eirlys Tudor", "Gethin Rees", "Ann Lloyd"]
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Present"), ("2", "Minutes of the previous meeting"), ("3", "Finance")]
    assert _decisions(meeting)["2"] == ["that the minutes be approved as a true record."]
    assert _decisions(meeting)["3"] == ["that the grass cutting quote of £640 be accepted."]


PARISH_DOUBLE_NUMBERS = """Minutes of Parish Council 14 January 2026

THOSE ATTENDING:

Cllr R Oakley (Chair)

Cllr T Briggs

C101/26      1.         APOLOGIES FOR ABSENCE.

Cllr M Dunn and Cllr P Hale (work commitment), Cllr S Lowe (illness). The meeting accepted these reasons.

C102/26      2.         TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 10 DECEMBER 2025 .

RESOLVED that the minutes be signed as a true record.

C103/26      3.         MATTERS ARISING.

None.
"""


def test_a_minute_code_before_the_agenda_number_and_earlier_minutes_named_in_a_title(tmp_path):
    """"C102/26  2.  TO RECEIVE AND ADOPT THE MINUTES OF ... HELD ON <date> ." is an item naming an earlier
    meeting, not a new set of minutes; apologies listed without "received from" are apologies."""
    [meeting] = _pack(tmp_path, PARISH_DOUBLE_NUMBERS).meetings
    assert [(i.number, i.title) for i in meeting.items] == [
        ("C101/26", "APOLOGIES FOR ABSENCE"),
        ("C102/26", "TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 10 DECEMBER 2025"),
        ("C103/26", "MATTERS ARISING")]
    assert _decisions(meeting)["C102/26"] == ["that the minutes be signed as a true record."]
    assert _names(meeting.apologies) == ["Councillor M Dunn", "Councillor P Hale", "Councillor S Lowe"]


BOROUGH_COMMITTEE_LAYOUT = """                                                            Public Document Pack

        LONDON BOROUGH OF ASHTREE VALE

        MINUTES of the LICENSING AND
        APPEALS COMMITTEE

        Held on: Wednesday 4 March 2026             Venue: Room 3, Town Hall
        Time:    6.30 pm - 8.05 pm

        PRESENT:        Councillors Iman Qureshi (Chair), Rob Tandy and Kit Lowe

  LAC 12    Apologies for Absence

            None.

  LAC 13    Street Trading Policy

            RESOLVED that the revised policy be adopted.

Licensing and Appeals Committee - 4 March 2026                                        1

  LAC 14    Date of Next Meeting

            8 April 2026.

Licensing and Appeals Committee - 4 March 2026                                        2
"""


def test_committee_codes_with_a_space_a_running_head_on_two_pages_and_held_on_with_a_colon(tmp_path):
    """"LAC 12" numbers items; "Held on: <date>" dates the title above it; the body and date printed at the
    foot of each of two pages is a running head, not a second meeting; "London Borough of Ashtree Vale"."""
    [meeting] = _pack(tmp_path, BOROUGH_COMMITTEE_LAYOUT).meetings
    assert (meeting.body, meeting.date, meeting.council) == (
        "LICENSING AND APPEALS COMMITTEE", date(2026, 3, 4), "London Borough of Ashtree Vale")
    assert _decisions(meeting) == {"LAC 12": [], "LAC 13": ["that the revised policy be adopted."], "LAC 14": []}
    assert meeting.chair.name == "Councillor Iman Qureshi"


JOINT_COMMITTEE_CAPITAL_HEADINGS = """MARLOW VALE JOINT CEMETERIES COMMITTEE

At a meeting of the Marlow Vale Joint Cemeteries Committee held at the Lodge, Hill Road, Marlow Vale on
Friday 6 February 2026 at 10.00 am.

PRESENT: The Mayor (Councillor Rhys Abbot) in the Chair; Councillors Dean and Fox.

DECLARATIONS OF INTEREST

No declarations of interest were made at the meeting.

FEES 2026/27

The Treasurer presented the proposed fees (a) Burials: it was RESOLVED that the fees rise by 4%.

EXCLUSION OF THE PUBLIC

It was RESOLVED that the public be excluded for the next item under paragraph 3 of the schedule.

(a) Memorial repairs: Resolved – to accept the lowest tender.
"""


def test_capital_headings_over_paragraphs_the_mayor_in_the_chair_and_inline_labels(tmp_path):
    """Unnumbered capital headings over minute text are items even when a heading's words could label
    attendance ("EXCLUSION OF THE PUBLIC"); "The Mayor (Councillor X) in the Chair"; "(a) ... Resolved – ..."."""
    meeting = _minutes(_pack(tmp_path, JOINT_COMMITTEE_CAPITAL_HEADINGS))
    assert meeting.chair.name == "Councillor Rhys Abbot"
    assert [i.title for i in meeting.items] == ["DECLARATIONS OF INTEREST", "FEES 2026/27", "EXCLUSION OF THE PUBLIC"]
    assert [[r.text for r in i.resolutions] for i in meeting.items][1:] == [
        ["that the fees rise by 4%."],
        ["that the public be excluded for the next item under paragraph 3 of the schedule.", "to accept the lowest tender."]]


DECISIONS_AND_MINUTES_PAGE = """Agenda, decisions and minutes

Executive - Tuesday, 6th January, 2026 6.00 pm

Items
No. Item

1.

Apologies

Decision:

Apologies were received from Councillor Amy Rudd.

Minutes:

Apologies were received from Councillor Amy Rudd.

2.

Minutes

Decision:

The purpose of this item was to approve the minutes.

RESOLVED that the minutes of the meeting held on 2 December 2025 be approved.

Voting Record

6 For, 0 Against, 0 Abstention

Minutes:

RESOLVED: That the minutes of the meeting held on 2 December 2025 be approved.

3.

Depot Relocation

Decision:

The Executive deferred the item to its February meeting.
"""


def test_a_page_of_decisions_and_minutes(tmp_path):
    """Under a bare "Decision:" the text is the decision only when the body acts in it ("The Executive
    deferred ..."), and a labelled decision below wins over narrative; a vote tally ("6 For, 0 Against") is no
    item; the same decision in the decision panel and the minutes is one decision."""
    meeting = _minutes(_pack(tmp_path, DECISIONS_AND_MINUTES_PAGE))
    assert _decisions(meeting) == {
        "1": [], "2": ["that the minutes of the meeting held on 2 December 2025 be approved."],
        "3": ["The Executive deferred the item to its February meeting."]}


PARISH_TITLES_WITH_COLON_DASH = """Minutes of the Meeting of the Parish Council held on 12/2/2026 in the Village Hall

Present:- Cllr J. Ward (Chairman), Cllr K. Moss.


1. Apologies for Absence:- None.


2. Correspondence:- Letter from the highways team circulated. Agreed to buy two grit bins.


3. Finance:-

Payments: Resolved to pay: clerk's salary £412.50; hall hire £18.00.
"""


def test_titles_ending_colon_dash_and_decisions_opening_a_sentence(tmp_path):
    """"2. Correspondence:- text" titles the item; "Agreed to ..." / "Resolved to ..." opening a sentence mid-
    paragraph are decisions; "£412.50;" is an amount, not a decision's part "50."."""
    meeting = _minutes(_pack(tmp_path, PARISH_TITLES_WITH_COLON_DASH))
    assert [i.title for i in meeting.items] == ["Apologies for Absence", "Correspondence", "Finance"]
    assert _decisions(meeting) == {"1": [], "2": ["to buy two grit bins."],
                                   "3": ["to pay: clerk's salary £412.50; hall hire £18.00."]}


NUMBERED_LISTS_INSIDE_ITEMS = """MINUTES OF THE MEETING OF ORMSBY PARISH COUNCIL

HELD AT THE PAVILION ON WEDNESDAY 11th MARCH 2026

Present                    Councillor D. Hale (in the chair)

  1. Apologies
    None were received.

  2. Finance
    The Council received, noted and duly RESOLVED to authorise:
    1. The Financial Report for February.
    2. Cheques for payment totalling £1,204.50.
    3. The Council also RESOLVED that the budget working group meet in April.

  3. Planning
    1. Applications received by the planning authority were noted.
    2. No comments were made on the tree works notice.
"""


def test_numbered_lists_restarting_inside_items(tmp_path):
    """"3. Planning" over "1. Applications ...": a heading over its own list (its neighbour's number is not next
    to its own), not an entry of a list; "noted and duly RESOLVED to authorise:" introduces numbered decisions."""
    meeting = _minutes(_pack(tmp_path, NUMBERED_LISTS_INSIDE_ITEMS))
    assert [i.title for i in meeting.items] == ["Apologies", "Finance", "Planning"]
    assert _decisions(meeting)["2"] == ["The Financial Report for February.", "Cheques for payment totalling £1,204.50.",
                                        "that the budget working group meet in April."]


SCOTTISH_UNNUMBERED_ARTICLES = """Glenarden Council

Minute of Meeting of Glenarden Council held on 4 March 2026


Determination of Exempt Business


The Council was requested to determine that the following item of business be taken in private.


The Council resolved:-

to exclude the press and public from the meeting during consideration of item 9.


Minute of Meeting of Glenarden Council of 28 January 2026


The Council had before it the minute of its previous meeting of 28 January 2026.


DECISION

AGREED under Standing Order 12 to approve the minute as a correct record.


Request for Deputation from the Harbour Users Group


The Council had before it a request to hear a deputation on the harbour dues report.


The Council resolved:-

to hear the deputation before the report.
"""


def test_scottish_articles_under_long_unnumbered_headings(tmp_path):
    """Unnumbered headings of up to twelve words ("Minute of Meeting of X of <date>") over minute text; a
    capitals label running straight into its decision ("AGREED under Standing Order 12 to ...")."""
    meeting = _minutes(_pack(tmp_path, SCOTTISH_UNNUMBERED_ARTICLES))
    assert [[r.text for r in i.resolutions] for i in meeting.items] == [
        ["to exclude the press and public from the meeting during consideration of item 9."],
        ["under Standing Order 12 to approve the minute as a correct record."],
        ["to hear the deputation before the report."]]
    assert meeting.items[1].title == "Minute of Meeting of Glenarden Council of 28 January 2026"


def test_a_capitals_title_glued_to_the_minute_text(tmp_path):
    """Extraction that drops the break after a bold title: "101. APOLOGIES FOR ABSENCEApologies were ..."."""
    text = ("EXECUTIVE\nMinutes of the meeting held on Monday 2 March 2026 at 10.00 am\n"
            "Present: Councillor Ann Bell (Chair), Councillors Carr and Dean\n"
            "101. APOLOGIES FOR ABSENCEApologies were received from Councillor Fox.\n"
            "102. BUDGET MONITORING QUARTER 3The Director of Finance presented the report.\n"
            "RESOLVED: That the report be noted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [("101", "APOLOGIES FOR ABSENCE"),
                                                            ("102", "BUDGET MONITORING QUARTER 3")]
    assert _decisions(meeting)["102"] == ["That the report be noted."]
    assert _names(meeting.apologies) == ["Councillor Fox"]


BOARD_WITH_SUB_ITEMS = """WHEALCOVE HARBOUR BOARD

Minutes of the meeting of the Board held on Tuesday 10 February 2026 at 6.00 pm

Present: Captain R Tonkin (Chairman), Mrs A Carne, Mr P Pascoe

Item 1   APOLOGIES

         None.

Item 2   HARBOUR MASTER'S REPORT

Item 2 (a)  Dredging

         It was proposed by Mrs Carne, seconded by Mr Pascoe and
         AGREED that the lower quotation be accepted.

Item 2 (b)  Slipway Repairs

         Decision

         The Whealcove Harbour Board:-

         (a)  approved the repairs; and

         (b)  noted that the slipway had been closed since January.
"""


def test_sub_items_and_a_named_body_deciding(tmp_path):
    """"Item 2 (a)" is an item of its own after "Item 2"; "The Whealcove Harbour Board:-" over (a) (b) decides."""
    meeting = _minutes(_pack(tmp_path, BOARD_WITH_SUB_ITEMS))
    assert [i.number for i in meeting.items][:4] == ["1", "2", "2 (a)", "2 (b)"]
    assert _decisions(meeting)["2 (b)"] == ["approved the repairs; and", "noted that the slipway had been closed since January."]


def test_committee_codes_with_an_ampersand(tmp_path):
    text = ("MINUTES OF THE FINANCE AND GENERAL PURPOSES COMMITTEE MEETING held on Wednesday 14th January 2026\n\n"
            "Present:   Cllr S. White (Chair), Cllr D. Apple\n\n"
            "F&GP 26/01   APOLOGIES FOR ABSENCE\n             None.\n\n"
            "F&GP 26/02   MINUTES\n             RESOLVED that the minutes be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {"F&GP 26/01": [], "F&GP 26/02": ["that the minutes be approved."]}


def test_surnames_under_a_councillors_label_and_a_majority_decision(tmp_path):
    """"Councillors: Adeyemi, Barnstaple, Mrs H Carver" lists councillors by surname under the label's title;
    "RESOLVED by a majority that ..." is a decision."""
    text = ("MINUTES of a meeting of the COUNTY COUNCIL held at Shire Hall on Thursday 19 February 2026 at 10.00 am\n\n"
            "PRESENT:   Councillor Mary Old (Chairman)\n\n"
            "Councillors: Adeyemi, Barnstaple, Mrs H Carver and Dunmore.\n\n"
            "54/26     MINUTES\n\n          RESOLVED by a majority that the minutes be signed.\n\n"
            "55/26     QUESTIONS\n\n          None.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert sorted(_names(meeting.present)) == ["Councillor Adeyemi", "Councillor Barnstaple", "Councillor Dunmore",
                                               "Councillor Mary Old", "Mrs H Carver"]
    assert _decisions(meeting) == {"54/26": ["that the minutes be signed."], "55/26": []}


def test_a_title_opening_with_an_acronym(tmp_path):
    """"SC/26/12  HMICFRS Inspection - Action Plan" is a title in mixed case; the acronym alone is no capitals title."""
    text = ("SCRUTINY COMMITTEE\nMinutes of the meeting held on Monday 2 March 2026\n\n"
            "Present: Councillor Ann Bell (Chair)\n\n"
            "SC/26/11   Apologies\n            None.\n\n"
            "SC/26/12   HMICFRS Inspection - Action Plan Progress\n            The Chief Fire Officer reported progress.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.title for i in meeting.items] == ["Apologies", "HMICFRS Inspection - Action Plan Progress"]


FLATTENED_COMMITTEE_PAGE = """Agenda and minutes

Executive - Tuesday, 3rd March, 2026 7.30 pm

No. | Item |
Apologies Minutes: An apology for absence was received on behalf of Councillor Joan Tate. |
Minutes To receive as a correct record the minutes of the meeting of the Executive held on Tuesday 3 February 2026. Minutes: RESOLVED: That the minutes be signed as a correct record. |
Parks Strategy Minutes: The Executive considered the strategy. RESOLVED: That the strategy be adopted. |
"""


def test_an_item_about_earlier_minutes_does_not_open_new_minutes(tmp_path):
    """A committee page flattened to a line per item: "Minutes To receive as a correct record the minutes of the
    meeting of X held on <date>" is an item of this meeting, not the heading of another."""
    [meeting] = _pack(tmp_path, FLATTENED_COMMITTEE_PAGE).meetings
    assert meeting.date == date(2026, 3, 3)
    assert [[r.text for r in i.resolutions] for i in meeting.items] == [
        [], ["That the minutes be signed as a correct record."], ["That the strategy be adopted."]]


FULL_COUNCIL_UNDER_THE_PROVOST = """Minutes

The City of Strathaird Council

Strathaird, Thursday 12 March 2026

Present:-

LORD PROVOST

The Right Honourable Moira Kerr

COUNCILLORS

Robert C Allan                    Graham J Hume

1     Minutes

Decision

To approve the minute of the Council of 12 February 2026 as a correct record.

2     Questions

Questions put by members and their answers are in the Appendix to this minute.
"""


def test_the_full_council_under_its_provost(tmp_path):
    """A header naming only the council is the full Council's meeting; "LORD PROVOST" over a name gives the chair
    (the honorific dropped); a middle initial ("Robert C Allan") stays in a name."""
    meeting = _minutes(_pack(tmp_path, FULL_COUNCIL_UNDER_THE_PROVOST))
    assert (meeting.body, meeting.date) == ("Council", date(2026, 3, 12))
    assert meeting.chair.name == "Moira Kerr"
    assert {"Robert C Allan", "Graham J Hume"} <= set(_names(meeting.present))
    assert _decisions(meeting) == {"1": ["To approve the minute of the Council of 12 February 2026 as a correct record."],
                                   "2": []}


PARISH_ONE_DIGIT_CODES_AND_DASHED_TITLES = """Minutes of the Parish Council Meeting held on Monday 9th February 2026 at
7.30pm in the Village Hall

Present: Cllrs Mark Hale (Chairman), Ruth Penn

7/26 Apologies for absence – Cllr Ivo Dent (holiday); accepted.

8/26 Minutes of the meeting held 12th January 2026 – it was resolved
that the minutes be signed as a true record.

9/26 Play area – new swings
Two quotations were considered. It was resolved to accept the lower quotation.
"""


def test_one_digit_slash_codes_and_titles_before_a_dash(tmp_path):
    """"7/26 Title – minute text" titles the item before the dash when minute text follows it (a sentence, or
    words running on into the next line); "Play area – new swings" is one title."""
    meeting = _minutes(_pack(tmp_path, PARISH_ONE_DIGIT_CODES_AND_DASHED_TITLES))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("7/26", "Apologies for absence"), ("8/26", "Minutes of the meeting held 12th January 2026"),
        ("9/26", "Play area – new swings")]


def test_a_one_letter_code_with_a_dot(tmp_path):
    """"C.139 APOLOGIES" numbers an item like "CAB.87"; "C.128 ..." cited inside a minute is not one."""
    text = ("MINUTES of the ORDINARY MEETING of the Town Council held at the Hall on Thursday 15 January 2026.\n\n"
            "PRESENT:  Town Mayor Cllr Eirlys Pugh (Chair); Cllrs Alun Bevan and Carys Bowen.\n\n"
            "C.139  APOLOGIES FOR ABSENCE\nNone.\n\n"
            "C.140  MATTERS ARISING\nC.128 Christmas lights: the invoice had been paid.\n\n"
            "C.141  MINUTES\nResolved – that the minutes be signed.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {"C.139": [], "C.140": [], "C.141": ["that the minutes be signed."]}


def test_sederunt_and_a_single_apology(tmp_path):
    """"Sederunt:" lists who was present (Scottish minutes); "Apology:" for one absent member."""
    text = ("MINUTE of MEETING of the GLENMOR LICENSING BOARD held in the Council Chambers on Tuesday 3 March 2026.\n\n"
            "Sederunt:       Councillor Fiona Mack (Convener)\n"
            "                Councillors Alan Buie and Kirsty Lennox.\n\n"
            "Apology:        Councillor Hamish Strang.\n\n"
            "1.  MINUTE OF PREVIOUS MEETING\n\n    The Board resolved:-\n    to approve the minute.\n\n"
            "2.  ANY OTHER BUSINESS\n\n    None.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Fiona Mack"
    assert _names(meeting.present) == ["Councillor Fiona Mack", "Councillor Alan Buie", "Councillor Kirsty Lennox"]
    assert _names(meeting.apologies) == ["Councillor Hamish Strang"]


def test_a_committee_named_under_its_authoritys_letterhead(tmp_path):
    """The letterhead names the authority; the line nearest above "Minutes of the meeting" names the body."""
    text = ("EASTFELL COMBINED FIRE AUTHORITY\n\nAUDIT AND GOVERNANCE COMMITTEE\n\n"
            "Minutes of the meeting held at Service Headquarters\non 27 November 2025 commencing at 10.00 am\n\n"
            "Members:\nCllr Hazel Drum (Chair)\nCllr Victor Ash\n\n"
            "AGC/25/21  Apologies\n            None.\n\nAGC/25/22  Internal Audit Plan\n"
            "            Resolved that the plan be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.body == "AUDIT AND GOVERNANCE COMMITTEE"
    assert _decisions(meeting) == {"AGC/25/21": [], "AGC/25/22": ["that the plan be approved."]}


def test_a_date_printed_only_in_the_page_footer(tmp_path):
    """A parish header with no date ("held in the Village Hall at 7pm"): the footer's "Minutes of meeting
    9.2.2026 ... Page 1 of 2" dates the meeting; a date inside an item does not."""
    text = ("UPPER BRANDLEY PARISH COUNCIL\n\n"
            "Minutes of the Ordinary Meeting of the Parish Council held in the Village Hall at 7pm\n\n"
            "Present: Cllrs P Rowe (Chairman), S Okafor and T Bell.\n\n"
            "1.   Apologies for absence\n     None.\n\n"
            "2.   Declarations of interest and requests for dispensation\n     None were made.\n\n"
            "3.   Minutes\n     Resolved: that the minutes of the meeting held on 12th January 2026 be signed.\n\n"
            "______________________________________________\n"
            "Upper Brandley PC – Minutes of meeting 9.2.2026              Page 1 of 2\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date) == ("Parish Council", date(2026, 2, 9))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence"), ("2", "Declarations of interest and requests for dispensation"),
        ("3", "Minutes")]


def test_decisions_on_their_own_lines_under_sub_numbered_paragraphs(tmp_path):
    """"Resolved:" opening a line ends the paragraph above it even in mixed case; "It was also resolved" after a
    full stop is a second decision; a motion proposed and seconded and then resolved in the label's own words is
    recorded once; a line ending in a colon introduces what follows and is not part of the title."""
    text = ("Minutes of the meeting of Ashcombe Parish Council held on 2 March 2026\n\n"
            "Present: Cllrs A Lee (Chairman), B Shaw and C Dunn.\n\n"
            "1.   Planning\n     The Council considered the following applications:\n\n"
            "1.1  P/26/0101/HOU – 4 Mill Lane: rear conservatory\n     Resolved: no objection.\n\n"
            "2.   Finance\n"
            "2.1  Precept\n     It was proposed by Cllr Shaw and seconded by Cllr Dunn that the precept be £9,000.\n"
            "     Resolved unanimously: that the precept for 2026/27 be £9,000.\n\n"
            "3.   Village green\n     Members discussed the mowing quote. Resolved: to defer the quote. It was also\n"
            "     resolved to thank the volunteers who planted the bulbs.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Planning"), ("1.1", "P/26/0101/HOU – 4 Mill Lane"), ("2", "Finance"), ("2.1", "Precept"),
        ("3", "Village green")]
    assert _decisions(meeting) == {
        "1": [], "1.1": ["no objection."], "2": [], "2.1": ["that the precept for 2026/27 be £9,000."],
        "3": ["to defer the quote.", "to thank the volunteers who planted the bulbs."]}


def test_items_numbered_with_a_closing_bracket(tmp_path):
    """A community council's post numbers its items "1) Welcome"; "1) To note ..." under a decision is a part
    of that decision, not an item."""
    text = ("<html><body><article><h1>Minutes – May 2026 meeting</h1>\n"
            "<p>KILBRAE COMMUNITY COUNCIL</p>\n"
            "<p>Minute of the meeting held on Tuesday 5th May 2026 at 7.00pm in Kilbrae Hall</p>\n"
            "<p>Present: Ruth Orr (Chair), Neil Bain, Shona Kerr</p>\n"
            "<p>1) Welcome and apologies</p><p>Ruth welcomed everyone. No apologies.</p>\n"
            "<p>2) Path repairs</p><p>Neil reported on the state of the shore path.</p>\n"
            "<p>Agreed: 1) To note the report. 2) To ask the council for a repair date.</p>\n"
            "<p>3) Date of next meeting</p><p>Tuesday 2nd June 2026.</p>\n"
            "</article></body></html>\n")
    meeting = _minutes(_pack(tmp_path, text, name="minutes.html"))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome and apologies"), ("2", "Path repairs"), ("3", "Date of next meeting")]
    assert _decisions(meeting) == {"1": [], "2": ["To note the report.", "To ask the council for a repair date."], "3": []}


def test_outcome_and_conclusion_labels_and_a_determination(tmp_path):
    """A board's notes record each decision under "Conclusion:" (or "Outcome:") when a body's decision or "Noted."
    follows; a standards hearing "DETERMINED that"; a plan's "Outcome: All children will ..." decides nothing."""
    text = ("LOWFORD JOINT WASTE PARTNERSHIP BOARD\n\nMinutes of the meeting held on 4 March 2026\n\n"
            "Present: Cllr Ann Hale (Chair), Cllr Bob Rees\n\n"
            "ITEM 1: PERFORMANCE REPORT\n\nThe manager presented the figures.\n\n"
            "Conclusion: The Board noted the report and asked for rates by round.\n\n"
            "ITEM 2: RISK REGISTER\n\nConclusion: Noted.\n\n"
            "ITEM 3: STANDARDS HEARING\n\nThe Sub-Committee DETERMINED that the member breached the Code.\n\n"
            "ITEM 4: DELIVERY PLAN\n\nOutcome: All residents will have a weekly collection.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {
        "1": ["The Board noted the report and asked for rates by round."], "2": ["Noted."],
        "3": ["that the member breached the Code."], "4": []}


def test_minutes_of_a_meeting_named_only_by_its_kind(tmp_path):
    """"MINUTES of the hybrid meeting held ..." or "the twelfth meeting of the municipal year": the body is the
    title line above; "the Board Meeting" still names a board."""
    text = ("DEEPDALE COMBINED AUTHORITY\nHOUSING COMMITTEE\n"
            "Minutes of the third meeting of the municipal year, held at One Quay Street,\n"
            "Deepdale, on Thursday 5 March 2026 commencing at 2.00 pm\n\n"
            "Members present:\n  Councillor Rhea Moss (Chair)\n  Councillor Dev Patel\n\n"
            "Minute 3.1   Apologies for Absence\nThere were none.\n\n"
            "Minute 3.2   Housing Pipeline\nRESOLVED: That the pipeline be noted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date) == ("HOUSING COMMITTEE", date(2026, 3, 5))
    assert _decisions(meeting) == {"3.1": [], "3.2": ["That the pipeline be noted."]}


def test_county_councillors_and_name_particles(tmp_path):
    """"County Councillor X (Chairman)" on a line of its own, then "County Councillors: A ap B, C" wrapped over
    lines: the chair and every member, a Welsh "ap" kept inside the name."""
    text = ("TREFYNYDD COUNTY COUNCIL\nAUDIT COMMITTEE\n"
            "Minutes of a meeting of the Audit Committee held at County Hall on Monday, 2 March 2026 at 10.00 a.m.\n\n"
            "PRESENT:\nCounty Councillor Megan Rhys (Chairman)\n"
            "County Councillors: Dafydd ap Iorwerth, Siân Evans and\nOwain Price\n\n"
            "1.  APOLOGIES\n    None.\n\n2.  STATEMENT OF ACCOUNTS\n    RESOLVED: That the statement be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Megan Rhys"
    assert sorted(_names(meeting.present)) == ["Councillor Dafydd ap Iorwerth", "Councillor Megan Rhys",
                                               "Councillor Owain Price", "Councillor Siân Evans"]


def test_minutes_numbered_in_roman_numerals(tmp_path):
    """County minutes numbered through the year in roman numerals ("XXVIII", "XXIX", "XXX"); "CIL Receipts" in
    capitals is no numeral."""
    text = ("WOLDSHIRE COUNTY COUNCIL\nPEOPLE OVERVIEW AND SCRUTINY COMMITTEE\n"
            "Minutes of a meeting of the People Overview and Scrutiny Committee held at County Hall on Wednesday, "
            "4 March 2026 at 10.00 a.m.\n\nPRESENT:\nCounty Councillor Ruth Dale (Chairman)\n\n"
            "XXVIII   Apologies for Absence\nNone were received.\n\n"
            "XXIX     Minutes\nIt was RESOLVED that the minutes be signed.\n\n"
            "XXX      Care Market Review\nCIL Receipts were discussed.\nIt was RESOLVED that the review be noted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("XXVIII", "Apologies for Absence"), ("XXIX", "Minutes"), ("XXX", "Care Market Review")]
    assert _decisions(meeting)["XXX"] == ["that the review be noted."]


def test_the_chair_from_a_role_column_and_from_a_presiding_note(tmp_path):
    """"Councillor X   Leader of the Council (in the Chair)" marks the chair in a table of members; with no chair in
    the attendance, "(Councillor Y in the Chair)" on a line of its own names who presided."""
    table = ("ASHBY VALE COUNCIL\nMINUTES OF THE EXECUTIVE\n"
             "Tuesday 10 February 2026 at 5.30 pm, Council Chamber\n\n"
             "Executive Members present:\n"
             "   Councillor Nadia Fox          Leader of the Council (in the Chair)\n"
             "   Councillor Omar Reid          Deputy Leader; Finance\n\n"
             "EX.11   APOLOGIES\n        None.\n\nEX.12   BUDGET\n        RESOLVED: That the budget be approved.\n")
    meeting = _minutes(_pack(tmp_path, table))
    assert (meeting.chair.name, meeting.chair.role) == ("Councillor Nadia Fox", "Leader of the Council")
    note = ("Castleford Borough Council\nStandards Hearing Sub-Committee\n"
            "Minutes of the hearing held on Friday 16 January 2026 at 10.00 am\n\n"
            "Members of the Sub-Committee:   Councillors Ann Hart, Raj Bedi and Tom Lyle\n\n"
            "1.  ELECTION OF CHAIR FOR THE HEARING\n"
            "    RESOLVED – That Councillor Ann Hart be elected Chair for this hearing.\n\n"
            "                      (Councillor Hart in the Chair)\n\n"
            "2.  DETERMINATION\n    Having heard the parties, the Sub-Committee DETERMINED that the member\n"
            "    breached the Code.\n")
    meeting = _minutes(_pack(tmp_path, note, name="hearing.txt"))
    assert meeting.chair.name == "Councillor Ann Hart"        # the member present named in full
    assert _decisions(meeting)["2"] == ["that the member breached the Code."]


def test_decisions_in_the_right_hand_column_of_a_text_table(tmp_path):
    """Minutes printed as a table ("No. | Item / Discussion | Decision") and extracted with the layout kept: each
    row's decision, side by side with its discussion, is read whole and belongs to that row's item; a header
    underline is no decision."""
    text = ("                     WESTDALE SCHOOLS FORUM\n\n"
            "              Minutes of the meeting held on Tuesday 3 March 2026\n\n"
            "Present:      Councillor Anna Pike (Chair), Councillor Joe Marr\n\n"
            " No.   Item / Discussion                          Decision\n"
            " ---   ---------------------------------------   ------------------------------\n"
            " 1     Minutes of 2 December 2025                 AGREED as a correct record.\n\n"
            " 2     Growth fund                                AGREED: to hold £50,000 for\n"
            "       Officers set out the pupil numbers in      schools taking bulge classes\n"
            "       the three growing areas.                   in September 2026.\n\n"
            " 3     Any other business                         -\n"
            "       None.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Minutes of 2 December 2025"), ("2", "Growth fund"), ("3", "Any other business")]
    assert _decisions(meeting) == {
        "1": ["as a correct record."], "2": ["to hold £50,000 for schools taking bulge classes in September 2026."],
        "3": []}


def test_a_hearing_with_capital_headings_and_no_numbers(tmp_path):
    """A licensing hearing: unnumbered headings in capitals, one over a short line ("There were none."), one
    wrapped onto a second line of capitals; "DETERMINATION" and "Reasons" are parts of the application's item;
    the members under "Members of the Sub-Committee:" attend, and the councillor elected chair presides."""
    text = ("MARLEY DISTRICT COUNCIL\n\nLICENSING ACT 2003 SUB-COMMITTEE\n\n"
            "Minutes of a hearing held on Tuesday 3 February 2026 at 10.00 am in\nCommittee Room 1\n\n"
            "Members of the Sub-Committee: Councillors Ian Ward, Lucy Moss\nand Tom Peel\n\n\n"
            "ELECTION OF CHAIR\n\nRESOLVED that Councillor Lucy Moss be elected Chair for this hearing.\n\n\n"
            "APOLOGIES\n\nThere were none.\n\n\n"
            "APPLICATION FOR A NEW PREMISES LICENCE – THE OLD FORGE, 4 MILL\nLANE, MARLEY\n\n"
            "The Licensing Officer presented her report on the application and the two representations.\n\n"
            "DETERMINATION\n\nRESOLVED to grant the licence subject to the agreed conditions.\n\n"
            "Reasons\n\nThe Sub-Committee was satisfied that the conditions would prevent nuisance.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.title for i in meeting.items] == [
        "ELECTION OF CHAIR", "APOLOGIES", "APPLICATION FOR A NEW PREMISES LICENCE – THE OLD FORGE, 4 MILL LANE, MARLEY"]
    assert [r.text for r in meeting.items[2].resolutions] == ["to grant the licence subject to the agreed conditions."]
    assert meeting.chair.name == "Councillor Lucy Moss"
    assert _names(meeting.present) == ["Councillor Ian Ward", "Councillor Lucy Moss", "Councillor Tom Peel"]


def test_a_minute_number_printed_under_its_capitals_title(tmp_path):
    """Plain text extraction of a committee system's PDF: the title in capitals, then the minute number alone on
    the next line, then the minute text."""
    text = ("PLANNING COMMITTEE\nWednesday, 11 March 2026\n"
            "Present: Councillor Ada Penn (Chairman)\nCouncillors Bell, Cole and Dunn\n"
            "APOLOGIES\nPLN11/26\nApologies for absence were received from Councillor Hale.\n"
            "APPLICATION 26/00101/FUL – THE OLD MILL, CHURCH LANE\nPLN12/26\n"
            "The Committee considered the report of the Head of Planning.\n"
            "RESOLVED – That planning permission be GRANTED subject to conditions.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("PLN11/26", "APOLOGIES"), ("PLN12/26", "APPLICATION 26/00101/FUL – THE OLD MILL, CHURCH LANE")]
    assert _decisions(meeting)["PLN12/26"] == ["That planning permission be GRANTED subject to conditions."]


def test_councillors_printed_as_a_grid_of_surnames(tmp_path):
    """Full council minutes list "Councillors:" as three columns of surnames (one with a post in brackets)."""
    text = ("                         ASHTON VALE BOROUGH COUNCIL\n\n"
            "           MINUTES OF THE MEETING OF THE COUNCIL HELD IN THE COUNCIL CHAMBER\n"
            "           ON THURSDAY, 5 MARCH 2026 AT 7.00 PM\n\n"
            "PRESENT:     The Mayor (Councillor Joan Pyke) in the Chair\n\n"
            "Councillors: Abbott                   Cryer (Deputy Mayor)     Evans\n"
            "             Birtwistle               Dean                     Frost\n\n"
            "56.    MINUTES\n\n       RESOLVED: That the minutes be signed.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert sorted(_names(meeting.present)) == [
        "Councillor Abbott", "Councillor Birtwistle", "Councillor Cryer", "Councillor Dean", "Councillor Evans",
        "Councillor Frost", "Councillor Joan Pyke"]


def test_item_titles_in_sentence_case(tmp_path):
    """A partnership board's items titled in sentence case ("Minutes of the last meeting (12 November 2025) and
    action log") are items; a numbered line that states what happened is minute text."""
    text = ("Westvale Safeguarding Children Partnership\nExecutive Board – Minutes\n\n"
            "Date:  Wednesday 21 January 2026      Time: 10:00 – 12:30\n\n"
            "1. Welcome and apologies\nThe Chair welcomed members.\n\n"
            "2. Minutes of the last meeting (12 November 2025) and action log\nThe minutes were accepted.\n"
            "The Board agreed:\n  • that action 16 remains open.\n\n"
            "3. Multi-agency arrangements – yearly report 2024/25\nThe Board agreed:\n  • to approve the yearly report.\n\n"
            "4. Any other business\nNone.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert _decisions(meeting) == {"1": [], "2": ["that action 16 remains open."], "3": ["to approve the yearly report."],
                                   "4": []}


def test_a_cabinet_page_with_an_attendance_table_and_contact_field(tmp_path):
    """A council site's cabinet page: "Contact: X, Democratic Services" is a page field, not an item; the
    attendance table's role "Chair (Leader of the Council)" marks the chair; "Apologies" in the last column."""
    html = ("<html><body><p>Minutes</p><h1>Cabinet</h1><p>Tuesday, 20 January 2026 7.00 pm</p>"
            "<p>Venue: Committee Room 1, Civic Centre</p><p>Contact: Ivy Salt, Democratic Services</p>"
            "<h2>Attendance</h2><table><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>"
            "<tr><td>Councillor Hattie Vane</td><td>Chair (Leader of the Council)</td><td>Present</td></tr>"
            "<tr><td>Councillor Dom Ash</td><td>Deputy Leader</td><td>Present</td></tr>"
            "<tr><td>Councillor Lorna Quist</td><td>Housing</td><td>Apologies</td></tr></table>"
            "<h2>Items</h2><h3>71. Declarations of Interest</h3><p>None were declared.</p>"
            "<h3>72. Minutes of the previous meeting</h3>"
            "<table><tr><td>Decision:</td><td>That the minutes be approved.</td></tr></table></body></html>")
    meeting = _minutes(_pack(tmp_path, html, name="cabinet.html"))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("71", "Declarations of Interest"), ("72", "Minutes of the previous meeting")]
    assert (meeting.chair.name, meeting.chair.role) == ("Councillor Hattie Vane", "Leader of the Council")
    assert _names(meeting.present) == ["Councillor Hattie Vane", "Councillor Dom Ash"]
    assert _names(meeting.apologies) == ["Councillor Lorna Quist"]


def test_an_item_taken_out_of_order(tmp_path):
    """Scottish minutes print items in the order they were taken: "7." before "6." keeps both items."""
    text = ("Transport Committee\n\n10.00 am, Thursday 29 January 2026\n\nPresent\n\n"
            "Councillors Arbuthnot (Convener), Baird and Cochrane.\n\n"
            "5.    Work Programme\n\nDecision\n\nTo note the Work Programme.\n\n"
            "7.    Westgate Corridor – Outcome of Consultation\n\nDetails were provided of the consultation.\n\n"
            "Decision\n\nTo approve the design.\n\n"
            "6.    Winter Maintenance Update\n\nAn update was provided on gritting.\n\nDecision\n\nTo note the update.\n\n"
            "8.    Public Conveniences Strategy\n\nDecision\n\nTo continue consideration of the report.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["5", "7", "6", "8"]
    assert _decisions(meeting)["6"] == ["To note the update."]


def test_a_lay_member_chairing_under_a_present_label(tmp_path):
    """A Welsh governance and audit committee chaired by a lay member: "Lay Member X – Chairperson" under
    "Present" is the chair, named without the kind of member."""
    text = ("GOVERNANCE AND AUDIT COMMITTEE - THURSDAY, 22 JANUARY 2026\n\n"
            "MINUTES OF A MEETING OF THE GOVERNANCE AND AUDIT COMMITTEE HELD IN THE COUNCIL CHAMBER\n"
            "ON THURSDAY, 22 JANUARY 2026 AT 10:00\n\nPresent\n\n"
            "Lay Member Gwenno Prys – Chairperson\n\n"
            "118. DECLARATIONS OF INTEREST\n\n      None.\n\n119. APPROVAL OF MINUTES\n\n"
            "      RESOLVED: That the minutes be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Gwenno Prys"
    assert _decisions(meeting) == {"118": [], "119": ["That the minutes be approved."]}


def test_the_conveners_signature_is_no_decision(tmp_path):
    """Scottish minutes end with the convener's signature ("- FIONA REID, Convener."), right under the last
    decision's parts: it is not a part of that decision."""
    text = ("MINUTE OF MEETING of the EDUCATION COMMITTEE held in the Town House on Tuesday 3 March 2026.\n\n"
            "Present:  Councillor Fiona Reid (Convener); Councillors Amy Bell and Rory Dunn.\n\n"
            "1.    SCHOOL TRANSPORT CONTRACTS\n\n      The Committee resolved:-\n"
            "      (i)   to approve the award of Lots 1 to 4; and\n"
            "      (ii)  to instruct the Head of Procurement to publish the notices.\n"
            "- FIONA REID, Convener.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {"1": ["to approve the award of Lots 1 to 4; and",
                                         "to instruct the Head of Procurement to publish the notices."]}


def test_an_action_by_column_beside_the_titles(tmp_path):
    """A "Minute No. | Subject | Action by" table: the officer printed beside a wrapped title in capitals is no
    part of the title and no decision."""
    text = ("Minutes of the meeting of the HOUSING SCRUTINY COMMITTEE held at the\nGuildhall, on Tuesday, "
            "3 March 2026 commencing at 5.00 pm\n\nPresent        Cllrs Rhian Pell (Chairman), Jack Amor\n\n"
            "Minute No.     Subject                                                Action by\n\n"
            "43.            MINUTES\n\n               RESOLVED:\n\n"
            "               THAT the minutes of the meeting held on 20 January 2026\n               be confirmed.\n\n"
            "46.            HOMELESSNESS AND TEMPORARY                           Director of\n"
            "               ACCOMMODATION - QUARTER 3                            Housing\n\n"
            "               The Cabinet Member introduced the report.\n\n"
            "               RESOLVED:\n\n               THAT the report be noted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("43", "MINUTES"), ("46", "HOMELESSNESS AND TEMPORARY ACCOMMODATION - QUARTER 3")]
    assert _decisions(meeting) == {"43": ["THAT the minutes of the meeting held on 20 January 2026 be confirmed."],
                                   "46": ["THAT the report be noted."]}


def test_a_title_that_goes_on_after_its_colon(tmp_path):
    """"77. Urgent Item: Temporary Accommodation Lease" is one title; "78. Correspondence: a letter ... was noted."
    is a title and its minute."""
    text = ("Minutes of the meeting of the Cabinet held on Tuesday 20 January 2026\n\n"
            "Present: Councillor Hattie Vane (Chair), Councillor Dom Ash\n\n"
            "76. Minutes of the previous meeting\n\nRESOLVED: That the minutes be approved.\n\n"
            "77. Urgent Item: Temporary Accommodation Lease – Millbrook House\n\n"
            "RESOLVED: That the lease be agreed.\n\n"
            "78. Correspondence: a letter from the Lord Lieutenant was noted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("76", "Minutes of the previous meeting"), ("77", "Urgent Item: Temporary Accommodation Lease – Millbrook House"),
        ("78", "Correspondence")]


def test_an_unnumbered_capitals_heading_on_its_text_before_the_numbered_items(tmp_path):
    """A town council's "PUBLIC PARTICIPATION" printed without a number, its text on the next line, before
    "88/25 APOLOGIES FOR ABSENCE": an item with no number."""
    text = ("MINUTES of the meeting of the FULL TOWN COUNCIL held on Monday 9th March 2026 at 7.00pm.\n\n"
            "Present:\tTown Mayor Cllr Jan Morley (Chairman)\n\tCllrs Pete Allen, Rosa Betts\n\n"
            "PUBLIC PARTICIPATION\nA resident raised concerns about skateboarding at the Bandstand.\n\n"
            "88/25\tAPOLOGIES FOR ABSENCE\nApologies were received from Cllr Lionel Jupp.\n\n"
            "89/25\tDECLARATIONS OF INTEREST\nThere were none.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "PUBLIC PARTICIPATION"), ("88/25", "APOLOGIES FOR ABSENCE"), ("89/25", "DECLARATIONS OF INTEREST")]


def test_an_action_log_after_the_last_item_is_no_decision(tmp_path):
    """"ACTION: X to ..." under an item is an action recorded as decided; the "Action log (new actions)" table
    printed after the last item is not a decision of that item."""
    text = ("Westvale Safeguarding Children Partnership\nExecutive Board – Minutes\n\n"
            "Date:  Wednesday 21 January 2026      Time: 10:00 – 12:30\n\n"
            "1. Neglect strategy – progress update\nThe manager reported on training.\n"
            "ACTION: JT to raise use of the tool at the ICB forum. Owner: JT.\n\n"
            "2. Date of next meeting\nWednesday 18 March 2026, 10:00.\n\n"
            "Action log (new actions)\nNo.  Action                               Owner    Due\n"
            "18   Graded care profile at ICB forum     JT       31/03/2026\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {"1": ["JT to raise use of the tool at the ICB forum. Owner: JT."], "2": []}


def test_a_decision_over_a_page_break_reads_on_past_the_footer(tmp_path):
    """"RESOLVED: That" over numbered parts, the third broken by the page's footer ("Council – 5 March 2026   Page 1
    of 2"), its page stamp and running head: the part reads on, the fourth part follows, and "That" alone is no
    decision."""
    text = ("MINUTES OF THE MEETING OF THE COUNCIL HELD ON THURSDAY, 5 MARCH 2026 AT 7.00 PM\n\n"
            "PRESENT:     The Mayor (Councillor Joan Pyke) in the Chair\n\n"
            "61.    BUDGET 2026/27\n\n       RESOLVED: That\n"
            "       (1) the revenue budget for 2026/27 be approved;\n"
            "       (2) the Capital Programme be approved as set out at\n\n\n\n"
            "Council – 5 March 2026                                                      Page 1 of 2\n"
            "                                                                                  Page 7\n"
            "                                  Council – 5 March 2026\n\n"
            "           Appendix C to the Cabinet report; and\n"
            "       (3) the Treasury Management Strategy be adopted.\n\n"
            "62.    CLOSE\n\n       The meeting closed at 9.00 pm.\n\n"
            "Council – 5 March 2026                                                      Page 2 of 2\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting)["61"] == [
        "the revenue budget for 2026/27 be approved;",
        "the Capital Programme be approved as set out at Appendix C to the Cabinet report; and",
        "the Treasury Management Strategy be adopted."]


def test_titles_in_capitals_after_a_colon_and_a_list_after_a_dash(tmp_path):
    """"OSC/56  CALL-IN: CLOSURE OF X" is one title in capitals; "9/26 Items for next agenda – speed indicator
    device; parish meeting date." is a title, a dash, then the minute (a list)."""
    text = ("Minutes of the meeting of the Overview and Scrutiny Committee held on 4 March 2026\n\n"
            "Present: Councillor Ann Lee (Chair), Councillor Bo Rees\n\n"
            "OSC/55  MINUTES\nRESOLVED: That the minutes be signed.\n\n"
            "OSC/56  CALL-IN: CLOSURE OF BRAMBLE STREET CUSTOMER SERVICE CENTRE\n"
            "RESOLVED: That no further action be taken on the call-in.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.title for i in meeting.items] == ["MINUTES", "CALL-IN: CLOSURE OF BRAMBLE STREET CUSTOMER SERVICE CENTRE"]
    parish = ("UPPER DENT PARISH COUNCIL\nMinutes of the meeting of the Parish Council held on 12th January 2026\n\n"
              "Present: Cllrs A Moss (Chairman), B Hale, C Dunn\n\n"
              "8/26 Defibrillator – the pads expire in March. Resolved to purchase replacement pads.\n\n"
              "9/26 Items for next agenda – speed indicator device; Annual Parish\nMeeting date.\n\n"
              "10/26 Date of next meeting – Monday 9th February 2026 at 7.30pm.\n")
    meeting = _minutes(_pack(tmp_path, parish, name="parish.txt"))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("8/26", "Defibrillator"), ("9/26", "Items for next agenda"), ("10/26", "Date of next meeting")]


def test_a_heading_over_a_numbered_paragraph_that_is_only_a_date(tmp_path):
    """Paragraphs numbered straight through under unnumbered headings: "Date of Next Meeting" over "14. Friday 13th
    February 2026, at 10.00am." is an item though its paragraph is no sentence."""
    text = ("LOCH TARVIE NATIONAL PARK AUTHORITY\nMINUTES OF THE BOARD MEETING\nheld on Friday 12th December 2025\n\n"
            "PRESENT\nAilsa Brodie (Convener)\n\n"
            "Minutes of the Previous Meeting\n12. The minutes of the meeting held on 24th October were approved.\n\n"
            "Any Other Business\n13. Isla Ross asked that thanks be recorded to the rangers. This was agreed.\n\n"
            "Date of Next Meeting\n14. Friday 13th February 2026, Tarvie Community Centre, at 10.00am.\n"
            "15. The meeting closed at 12.55pm.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.title for i in meeting.items] == [
        "Minutes of the Previous Meeting", "Any Other Business", "Date of Next Meeting"]


def test_titled_sub_items_under_a_heading_are_items_and_paragraph_numbers_are_not(tmp_path):
    """"7. Finance" over "7.1 Payments" and "7.2 Bank reconciliation": each sub-item is an item with its own decision,
    the heading kept; "6.1" over minute text, "6.2 The report was noted." and "8.1 There were no declarations" are
    paragraphs of their item."""
    text = ("BRAKEWELL PARISH COUNCIL\nMinutes of the meeting of the Parish Council held on 9th March 2026\n\n"
            "Present: Cllrs P Dane (Chairman), R Hollis, S Mott\n\n"
            "5.   Matters arising\n     None.\n\n"
            "6.   Village hall lease\n"
            "6.1  The Clerk reported that the draft lease had been received from the trustees.\n"
            "6.2  The report was noted.\n\n"
            "7.   Finance\n"
            "7.1  Payments\n     Resolved: that the payments listed be approved.\n\n"
            "7.2  Bank reconciliation\n     Resolved: that the reconciliation to 28th February be accepted.\n\n"
            "8.   Declarations\n"
            "8.1  There were no declarations of interest\n\n"
            "9.   Date of next meeting\n     Monday 13th April 2026.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("5", "Matters arising"), ("6", "Village hall lease"), ("7", "Finance"), ("7.1", "Payments"),
        ("7.2", "Bank reconciliation"), ("8", "Declarations"), ("9", "Date of next meeting")]
    decisions = _decisions(meeting)
    assert decisions["7"] == []
    assert decisions["7.1"] == ["that the payments listed be approved."]
    assert decisions["7.2"] == ["that the reconciliation to 28th February be accepted."]


def test_lettered_headings_under_an_item_are_items_and_lettered_parts_are_not(tmp_path):
    """"4. MINUTES" over "(a) Previous meeting" and "(b) Footpaths Working Group", each over its own minute, are items
    of their own; a decision's lettered parts ("(a) the report be noted;") and lettered topics printed one under
    another with no text between stay inside their item."""
    text = ("KILBARRY TOWN COUNCIL\nMinutes of the meeting of the Town Council held on 14th April 2026\n\n"
            "Present: Cllrs M Ogden (Mayor), T Rees, V Shah\n\n"
            "4. MINUTES\nThe Council considered the minutes as follows:\n"
            "(a) Previous meeting\nRESOLVED - That the minutes of 10th March 2026 be approved.\n"
            "(b) Footpaths Working Group\nThe notes of the Group's meeting of 2nd April 2026 were received.\n"
            "5. HIGHWAYS\nThe Clerk listed the matters reported to the county council:\n"
            "a) Pothole on Mill Lane\nb) Faded lines at the school crossing\n"
            "RESOLVED - That\n(a) the list be noted; and\n(b) the Clerk report back in June.\n"
            "6. DATE OF NEXT MEETING\nMonday 11th May 2026.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("4", "MINUTES"), ("(a)", "Previous meeting"), ("(b)", "Footpaths Working Group"), ("5", "HIGHWAYS"),
        ("6", "DATE OF NEXT MEETING")]
    decisions = _decisions(meeting)
    assert decisions["(a)"] == ["That the minutes of 10th March 2026 be approved."]
    assert decisions["4"] == []
    assert decisions["5"] == ["the list be noted; and", "the Clerk report back in June."]


def test_items_folded_in_an_accordion_page(tmp_path):
    """A committee site's minutes page folds each item under a toggle button ("<span>12.</span> Title"): the button
    heads the item; the page's other buttons (search) are no text."""
    html = ("<html><body><button type='submit'>Search</button><h1>Licensing Committee</h1>"
            "<p>Date: Tuesday 3 March 2026</p><h2>Minutes</h2>"
            "<div class='item'><button aria-expanded='true'><span>12.</span> <span>Street Trading Policy</span></button>"
            "<div class='panel'><p>The Committee considered the revised policy.</p>"
            "<dl><dt>Resolved</dt><dd>That the Street Trading Policy be adopted.</dd></dl></div></div>"
            "<div class='item'><button aria-expanded='false'><span>13.</span> <span>Fees 2026/27</span></button>"
            "<div class='panel'><dl><dt>Resolved</dt><dd>That the fees be increased by 3%.</dd></dl></div></div>"
            "</body></html>")
    meeting = _minutes(_pack(tmp_path, html, name="page.html"))
    assert [(i.number, i.title) for i in meeting.items] == [("12", "Street Trading Policy"), ("13", "Fees 2026/27")]
    assert _decisions(meeting) == {"12": ["That the Street Trading Policy be adopted."],
                                   "13": ["That the fees be increased by 3%."]}


def test_minutes_set_as_a_markdown_table(tmp_path):
    """A document converted to text prints its tables as pipe rows: the item table ("| Item | Subject | Minutes |")
    gives the items and their decisions; the rule under the header is no row."""
    text = ("FENBRIDGE JOINT CREMATORIUM COMMITTEE\n\n"
            "Minutes of the meeting held on Friday 6 March 2026 at 10.00am\n\n"
            "| Item | Subject | Minutes |\n| --- | --- | --- |\n"
            "| 1 | Apologies | None. |\n"
            "| 2 | Fees 2026/27 | The Manager presented the fees. Decision: The Committee approved a cremation fee of £890. |\n"
            "| 3 | Date of next meeting | 5 June 2026. |\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"), ("2", "Fees 2026/27"), ("3", "Date of next meeting")]
    assert _decisions(meeting)["2"] == ["The Committee approved a cremation fee of £890."]


def test_a_word_document_saved_as_text_a_paragraph_per_line(tmp_path):
    """Word's "save as text": no blank lines, no numbers, a paragraph per line, tables as tab rows; each short title
    line after a finished sentence (or a table row) over minute text is an item; "Board decision:" labels a decision.
    Text wrapped to a page's width (most long lines ending mid-sentence) is never read this way."""
    text = ("Marlow Vale Council\nMarlow Vale Early Years Board\n"
            "Minutes of the meeting held on Tuesday 10 February 2026\n\n"
            "Name\tRole\tAttendance\nKaren Bligh (Chair)\tNursery owner\tPresent\nTom Pask\tChildminder\tPresent\n"
            "Welcome and apologies\n"
            "The Chair welcomed members to the meeting. There were no apologies received this time.\n"
            "Funding rates for 2026/27\n"
            "The finance officer presented the proposed hourly rates for each entitlement and the supplements.\n"
            "Board decision: The Board supported the proposed hourly rates for consultation with providers.\n"
            "Sufficiency assessment\n"
            "The officer reported that places in the two northern wards remained short of demand this year.\n"
            "Board decision: The Board asked for a plan for new places in the northern wards by June.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.title for i in meeting.items] == ["Welcome and apologies", "Funding rates for 2026/27",
                                                "Sufficiency assessment"]
    assert [r.text for i in meeting.items for r in i.resolutions] == [
        "The Board supported the proposed hourly rates for consultation with providers.",
        "The Board asked for a plan for new places in the northern wards by June."]
    wrapped = text.replace("for each entitlement and the supplements.\n", "for each entitlement\nand the supplements and\n"
                           "the finance officer said that the rates would be reviewed\nnext year.\n")
    wrapped = wrapped.replace("northern wards remained short of demand this year.\n",
                              "northern wards remained short\nof demand this year and the officer said\nthat more\n"
                              "places were expected in the\nsouthern wards from the\nspring term.\n")
    assert not [m for m in _pack(tmp_path, wrapped, name="wrapped.txt").meetings if m.kind == "minutes" and m.items]


def test_a_capitals_title_wrapped_before_a_street_number_and_a_chair_elected_by_that(tmp_path):
    """"APPLICATION ... – THE MILL," over "4 BRIDGE STREET, ASHFORD" is one title, not item 4; "That Councillor X be
    elected Chair for the meeting." names the chair of minutes whose attendance names none."""
    text = ("ASHFORD VALE DISTRICT COUNCIL\n\nLICENSING SUB-COMMITTEE\n\n"
            "Minutes of a meeting of the Licensing Sub-Committee held on Tuesday, 3 March 2026 at 10.00 am\n\n"
            "Present:       Councillors Rhian Cole, Sam Ortiz and Mary Lund\n\n\n"
            "LSC 21    ELECTION OF CHAIR\n\n"
            "          RESOLVED – That Councillor Mary Lund be elected Chair for the meeting.\n\n"
            "LSC 22    APOLOGIES FOR ABSENCE\n\n          There were no apologies.\n\n"
            "LSC 23    APPLICATION FOR A NEW PREMISES LICENCE – THE MILL,\n"
            "          4 BRIDGE STREET, ASHFORD\n\n"
            "          The Licensing Manager presented the report.\n\n"
            "          RESOLVED – That the licence be granted as applied for.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("LSC 21", "ELECTION OF CHAIR"), ("LSC 22", "APOLOGIES FOR ABSENCE"),
        ("LSC 23", "APPLICATION FOR A NEW PREMISES LICENCE – THE MILL, 4 BRIDGE STREET, ASHFORD")]
    assert _decisions(meeting)["LSC 23"] == ["That the licence be granted as applied for."]
    assert meeting.chair.name == "Councillor Mary Lund"


def test_a_committee_code_followed_by_a_stop(tmp_path):
    """"JPC 31. APOLOGIES" numbers its item with the committee's code and a stop, the title on the same line."""
    text = ("JOINT PLANNING COMMITTEE\n\nMinutes of the meeting held on Monday, 2 March 2026 at 2.00 pm\n\n"
            "PRESENT: Councillor Ivy Brand (Chair), Councillor Leo Hunt\n\n"
            "JPC 31. APOLOGIES FOR ABSENCE\nThere were no apologies.\n\n"
            "JPC 32. MINUTES\nRESOLVED – That the minutes of the meeting held on 1 December 2025 be approved.\n\n"
            "JPC 33. LOCAL PLAN TIMETABLE\nAGREED – That the revised timetable be published.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("JPC 31", "APOLOGIES FOR ABSENCE"), ("JPC 32", "MINUTES"), ("JPC 33", "LOCAL PLAN TIMETABLE")]
    assert _decisions(meeting)["JPC 33"] == ["That the revised timetable be published."]


def test_an_attendance_table_known_by_its_header_row(tmp_path):
    """No "Present" label: the header row "| Name | Council | Role | Attendance |" opens the attendance, each row's
    last cell says who came; "Chair" in the role column, or "(Chair)" after a post, names the chair."""
    text = ("ORMSBY AND TEWELL JOINT BURIAL COMMITTEE\n\n"
            "Minutes of the meeting held on Thursday 5 March 2026 at 2.00pm\n\n"
            "| Name | Council | Role | Attendance |\n| --- | --- | --- | --- |\n"
            "| Councillor Nia Rowe | Ormsby | Chair | Present |\n"
            "| Councillor Abel Hart | Tewell | Member | Apologies |\n"
            "| Councillor Kit Moss | Tewell | Member | Present |\n\n"
            "| Item | Subject | Minutes |\n| --- | --- | --- |\n"
            "| 1 | Apologies | Councillor Hart sent apologies. |\n"
            "| 2 | Fees | Decision: The Committee approved the fees for 2026/27. |\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Nia Rowe"
    assert _names(meeting.present) == ["Councillor Nia Rowe", "Councillor Kit Moss"]
    assert _names(meeting.apologies) == ["Councillor Abel Hart"]
    html = ("<html><body><h1>Health and Wellbeing Board</h1><p>Date: Thursday 5 March 2026</p>"
            "<table><tr><th>Member</th><th>Role</th><th>Attendance</th></tr>"
            "<tr><td>Councillor Ada Birch</td><td>Cabinet Member for Health (Chair)</td><td>Present</td></tr>"
            "<tr><td>Dr Omar Fenn</td><td>Director of Public Health</td><td>Present</td></tr></table>"
            "<h2>Minutes</h2><h3>12. Minutes</h3><p>Resolved: That the minutes be approved.</p>"
            "<h3>13. Pharmacy Needs</h3><p>Resolved: That the statement be published.</p></body></html>")
    meeting = _minutes(_pack(tmp_path, html, name="board.html"))   # the table ends the header: the body is the title
    assert (meeting.body, meeting.date) == ("Health and Wellbeing Board", date(2026, 3, 5))
    assert (meeting.chair.name, meeting.chair.role) == ("Councillor Ada Birch", "Cabinet Member for Health")


def test_posts_printed_after_the_names_in_an_attendance_list(tmp_path):
    """"Councillor X, Chair (Y Council)" names the chair and her council; ", Vice-Chair (Z Council)" is the next
    member's post, not a councillor called Vice-Chair; a member with a bracketed note that holds a label's word
    ("(Business Board representative, non-voting)") is a member, not a label."""
    text = ("Northfold Transport Partnership Board\nMinutes\nDate:\tThursday, 5 March 2026\n\n"
            "Present:\tCouncillor Ada Rees, Chair (Northfold Council)\n\n"
            "Councillor Ben Hale, Vice-Chair (Southby Council)\n\n"
            "Kim Lowe (Business Board representative, non-voting)\n\n"
            "Apologies:\tCouncillor Cy Ward (Eastmere Council)\n\n"
            "1.\nMinutes\n\nResolved: That the minutes be approved.\n\n"
            "2.\nBus Service Plan\n\nResolved: That the plan be adopted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.chair.name, meeting.chair.role) == ("Councillor Ada Rees", "Northfold Council")
    assert [(p.name, p.role) for p in meeting.present] == [
        ("Councillor Ada Rees", "Northfold Council"), ("Councillor Ben Hale", "Vice-Chair (Southby Council)"),
        ("Kim Lowe", "Business Board representative, non-voting")]
    assert _names(meeting.apologies) == ["Councillor Cy Ward"]


def test_a_scrutiny_committees_recommendations_to_cabinet_heading(tmp_path):
    """"Recommendations to Cabinet" over numbered "That Cabinet ..." lines labels what the committee recommends; the
    "RESOLVED that" after it is a decision of its own."""
    text = ("HOUSING SCRUTINY COMMITTEE\n\nMinutes of the meeting held on Tuesday 3 March 2026\n\n"
            "Present: Councillor Ivo Grant (Chair), Councillor Pia Lowe\n\n"
            "18 HOMELESSNESS STRATEGY\nThe Committee considered the draft strategy.\nRecommendations to Cabinet\n"
            "1. That Cabinet fund two more tenancy sustainment officers.\n"
            "2. That Cabinet publish quarterly figures on temporary accommodation.\n"
            "RESOLVED that the Committee notes the draft strategy.\n"
            "19 WORK PROGRAMME\nRESOLVED that the work programme be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting)["18"] == [
        "That Cabinet fund two more tenancy sustainment officers.",
        "That Cabinet publish quarterly figures on temporary accommodation.",
        "that the Committee notes the draft strategy."]


def test_a_decision_read_on_past_a_page_stamp_and_a_dated_running_head(tmp_path):
    """"(a) ... accom-" / "Page 1 of 2" / "Housing Committee – 3 March 2026" (the running head atop every page) /
    "modation, ...;" / "(b) ...": the stamp and the running head that cut the sentence are left out, the word joined, and the parts after it read on; the
    same line after a finished sentence ("Full Council – 26 March 2026" for the next meeting) stays."""
    text = ("Housing Committee – 3 March 2026\nHOUSING COMMITTEE\n\nMinutes of the meeting held on Tuesday 3 March 2026\n\n"
            "Present: Councillor Ivo Grant (Chair), Councillor Pia Lowe\n\n"
            "19 TEMPORARY ACCOMMODATION\nRESOLVED that the Committee:\n"
            "(a) approves the purchase of up to 40 homes for use as temporary accom-\n\n"
            "Page 1 of 2\n\nHousing Committee – 3 March 2026\n"
            "modation, funded from the Housing Revenue Account;\n"
            "(b) sets a target of no families in bed and breakfast by March 2027.\n\n"
            "20 DATE OF NEXT MEETING\nThe next meeting will be held after the full council meeting.\n\n"
            "Full Council – 26 March 2026\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting)["19"] == [
        "approves the purchase of up to 40 homes for use as temporary accommodation, funded from the Housing Revenue "
        "Account;", "sets a target of no families in bed and breakfast by March 2027."]
    assert "Full Council – 26 March 2026" in meeting.items[-1].text


def test_a_body_titled_as_its_meeting(tmp_path):
    """"Minutes of the Parish Council Meeting held on ..." names the Parish Council; a meeting is not a body."""
    text = ("LOWER ASHCOTT PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on Monday 12th January 2026\n\n"
            "Present: Cllrs A Moss (Chairman), B Hale\n\n"
            "1/26 Apologies – none.\n2/26 Minutes – Resolved that the minutes of 8th December be signed.\n")
    assert _minutes(_pack(tmp_path, text)).body == "Parish Council"


def test_a_council_site_page_of_layout_tables(tmp_path):
    """An old council site sets its minutes in layout tables: the committee's title over "Minutes of the meeting held
    at <place> on <date>" names the meeting; "Present:<TAB>Councillor X<TAB>Chairman" rows give the chair and the
    members; officers listed by post ("Head of Planning, Principal Planner and Senior Lawyer") are no people."""
    html = ("<html><body><table><tr><td><a href='/'>Home</a> | <a href='/c'>Committees</a></td></tr>"
            "<tr><td><table><tr><td><h2>PLANNING AND REGULATION COMMITTEE</h2>"
            "<p>Minutes of the meeting held at County Hall, Ashmoor on Wednesday 14 January 2026 at 10.00 am</p>"
            "<table><tr><td>Present:</td><td>Councillor Gina Thorne</td><td>Chairman</td></tr>"
            "<tr><td></td><td>Councillor Alan Pike</td><td>Vice-Chairman</td></tr>"
            "<tr><td></td><td>Councillor Bea Ash</td><td></td></tr>"
            "<tr><td>Officers:</td><td>Head of Planning, Principal Planner and Senior Lawyer</td><td></td></tr></table>"
            "<table><tr><td>1.</td><td>APOLOGIES</td></tr></table><p>There were none.</p>"
            "<table><tr><td>2.</td><td>MINUTES</td></tr></table>"
            "<p>RESOLVED: that the minutes of the meeting held on 10 December 2025 be signed.</p>"
            "</td></tr></table></td></tr></table></body></html>")
    meeting = _minutes(_pack(tmp_path, html, name="page.html"))
    assert (meeting.body, meeting.date) == ("PLANNING AND REGULATION COMMITTEE", date(2026, 1, 14))
    assert [(i.number, i.title) for i in meeting.items] == [("1", "APOLOGIES"), ("2", "MINUTES")]
    assert (meeting.chair.name, meeting.chair.role) == ("Councillor Gina Thorne", "Chairman")
    assert _names(meeting.present) == ["Councillor Gina Thorne", "Councillor Alan Pike", "Councillor Bea Ash"]


def test_minute_numbers_the_raw_text_stream_set_apart_from_their_titles(tmp_path):
    """Text in the PDF's raw order: the margin's numbers "12".."15" on lines of their own, some inside a sentence,
    a page number between; the titles on lines of their own over their text. The n-th number is the n-th title's."""
    text = ("CABINET\nMINUTES of a meeting of the Cabinet held at County Hall on Tuesday, 10 March 2026 at 10.00 am\n"
            "PRESENT: Councillor Ann Hale (Chair), Councillors Bo Lund and Cy Marr\n"
            "Apologies for Absence\n12\nApologies for absence were received from Councillor Di Ross, Cabinet Member.\n"
            "Public Questions\nMr Tom Pell asked when the evening bus service between Ashby\n13\n"
            "and Colby would be reviewed. The Cabinet Member replied that it would be in April.\n"
            "Library Opening Hours\nThe Cabinet Member introduced the report on the consultation responses.\n"
            "RESOLVED – That the revised opening hours be approved.\n1\n14\n"
            "Fees and Charges 2026/27\nThe Cabinet Member for Finance introduced the schedule of fees for the year.\n"
            "RESOLVED – That the fees and charges be approved.\n15\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("12", "Apologies for Absence"), ("13", "Public Questions"), ("14", "Library Opening Hours"),
        ("15", "Fees and Charges 2026/27")]
    assert _decisions(meeting)["15"] == ["That the fees and charges be approved."]


def test_a_minute_reference_of_letters_year_and_a_three_digit_number(tmp_path):
    """"TC25/149 MINUTES": a town council's code, the year and a minute number of three digits."""
    text = ("MILLWORTH TOWN COUNCIL\n\nMinutes of the meeting of the Full Council held on Monday 2 March 2026\n\n"
            "Present: Cllr A Lee (Town Mayor, in the Chair), Cllrs B Shaw and C Dunn\n\n"
            "    TC25/149 MINUTES\n\n      RESOLVED: that the minutes of 2 February 2026 be signed.\n\n"
            "    TC25/150 COMMITTEE REPORTS\n\n      The minutes of the Planning Committee were received.\n\n"
            "    TC25/151 TOWN CLOCK\n\n      RESOLVED: that the repair quote of £1,200 be accepted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("TC25/149", "MINUTES"), ("TC25/150", "COMMITTEE REPORTS"), ("TC25/151", "TOWN CLOCK")]


def test_a_table_whose_narrow_title_column_wraps_over_several_lines(tmp_path):
    """Rows of "Minute | Discussion and decision" flattened: the number, its title wrapped in the narrow column over
    short lines ("Apologies for" / "Absence and" / "Substitutes"), then the wide column's text."""
    text = ("JOINT MUSEUMS COMMITTEE\n\nMinutes of the meeting held on Wednesday 4 March 2026 at 2.00 pm\n\n"
            "Present: Councillor Rosa Fenn (Chair), Councillor Tom Hale\n\n"
            "Minute\nDiscussion and decision\n"
            "JMC 19\nApologies for\nAbsence and\nSubstitutes\n"
            "Apologies were received from Councillor Ian Cole. Councillor Amy Dorn attended as his\nsubstitute.\n"
            "JMC 20\nMuseums Service\nBusiness Plan\n2026/27\n"
            "The Head of Museums presented the business plan for the coming year and its budget.\n"
            "RESOLVED that the Museums Service Business Plan 2026/27 be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("JMC 19", "Apologies for Absence and Substitutes"), ("JMC 20", "Museums Service Business Plan 2026/27")]
    assert _decisions(meeting)["JMC 20"] == ["that the Museums Service Business Plan 2026/27 be approved."]


def test_minutes_printed_wholly_in_capitals_and_a_sentence_naming_an_earlier_meeting(tmp_path):
    """The attendance in capitals ("COUNCILLOR P GASKELL (LEADER OF THE COUNCIL) (CHAIRMAN)", "COUNCILLORS L MARSH,
    A CORBETT AND U RAMAN") gives the chair and the members; "... the minute of the meeting of the Executive" /
    "Committee of 15 January 2026." inside an item is a sentence going on, not the heading of other minutes."""
    text = ("ASHFOLD DISTRICT COUNCIL\n\n"
            "MINUTES OF A MEETING OF THE EXECUTIVE HELD AT THE COUNCIL OFFICES ON TUESDAY 3 FEBRUARY 2026 AT 5.30 PM\n\n"
            "PRESENT:      COUNCILLOR P GASKELL (LEADER OF THE COUNCIL) (CHAIRMAN)\n"
            "              COUNCILLORS L MARSH (DEPUTY LEADER), A CORBETT AND U RAMAN\n\n"
            "EX/51    MINUTES\n\n         THERE WAS SUBMITTED THE MINUTE OF THE MEETING OF THE EXECUTIVE\n"
            "         Committee of 15 January 2026.\n\n"
            "         RESOLVED THAT THE MINUTES BE APPROVED AS A CORRECT RECORD.\n\n"
            "EX/52    LEISURE CENTRE FEES\n\n         RESOLVED THAT THE FEES BE APPROVED.\n")
    meetings = [m for m in _pack(tmp_path, text).meetings if m.kind == "minutes"]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert (meeting.chair.name, meeting.chair.role) == ("Councillor P Gaskell", "Leader of the Council")
    assert _names(meeting.present) == ["Councillor P Gaskell", "Councillor L Marsh", "Councillor A Corbett",
                                       "Councillor U Raman"]
    assert [i.number for i in meeting.items] == ["EX/51", "EX/52"]


def test_minutes_whose_items_no_rule_reads_still_record_the_meeting(tmp_path):
    """A paper of nothing but minutes whose business is prose with no headings: the meeting (body, date, council) and
    its attendance are kept; a stray "Minutes of ..." line with no attendance under it makes no meeting."""
    text = ("WEXLEY PARISH COUNCIL\n\nMinutes of the meeting of the Parish Council held on Monday 2 March 2026\n\n"
            "Present: Cllr A Moss (Chairman), Cllr B Hale, Cllr C Dunn\n\n"
            "The Chairman welcomed everyone and the Clerk read the correspondence, after which members talked about "
            "the state of the footpaths and the bus shelter at some length and the meeting closed at nine o'clock.\n")
    meetings = _pack(tmp_path, text).meetings
    assert [(m.kind, m.body, m.date, m.items) for m in meetings] == [("minutes", "Parish Council", date(2026, 3, 2), [])]
    assert meetings[0].chair.name == "Councillor A Moss"
    stray = ("A note about the hall.\n\nMinutes of the meeting of the Hall Committee held on Monday 2 March 2026\n\n"
             "were circulated to members, who talked about the roof.\n")
    assert _pack(tmp_path, stray, name="note.txt").meetings == []


def test_a_body_and_date_heading_with_a_colon(tmp_path):
    """"CABINET MEETING: 15 JANUARY 2026" under a bilingual council name heads the Cabinet's minutes."""
    text = ("                 ABERWEN COUNCIL\n                 CYNGOR ABERWEN\n\n"
            "            CABINET MEETING: 15 JANUARY 2026\n\n\n"
            "Cabinet Members Present:   Councillor Rhys Penn (Leader)\n"
            "                           Councillors Sian Ash and Marc Hale\n\n"
            "67     MINUTES OF THE CABINET MEETING HELD ON 11 DECEMBER 2025\n\n"
            "RESOLVED: that the minutes of the meeting held on 11 December 2025 be approved.\n\n"
            "68     BUDGET STRATEGY 2026/27\n\nRESOLVED: that the budget proposals be approved for consultation.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date, meeting.council) == ("CABINET", date(2026, 1, 15), "Aberwen Council")
    assert [i.number for i in meeting.items] == ["67", "68"]


def test_a_postcode_opening_a_line_is_no_item(tmp_path):
    """An application's address wrapped so that its postcode opens a line ("CH15 2LL") is no item that could hold
    back the items every heading numbers."""
    text = ("Northern Area Planning Committee\n\n"
            "MINUTES OF THE NORTHERN AREA PLANNING COMMITTEE MEETING HELD ON 4 FEBRUARY 2026 AT MONKTON HOUSE.\n\n"
            "Present:\nCllr Tamsin Rook (Chairman), Cllr Howard Ellery\n\n"
            "14    Apologies\n\n      There were none.\n\n"
            "15    Minutes of the Previous Meeting\n\n      Resolved:\n\n      To approve the minutes.\n\n"
            "16    Declarations of Interest\n\n      None.\n\n"
            "17    Planning Applications\n\n      The Committee considered the application for The Old Forge, Hatch,\n"
            "CH15 2LL\n\n      Resolved:\n\n      That planning permission be granted.\n\n"
            "18    Urgent Items\n\n      There were no urgent items.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["14", "15", "16", "17", "18"]


def test_a_decisions_heading_over_numbered_decisions(tmp_path):
    """"Decisions" standing over "1. To note ..." / "2. To recommend ..." labels each of them."""
    text = ("Executive\n\nMinutes of the meeting held on Wednesday 11 February 2026\n\n"
            "Present: Councillor Ann Hale (Chair), Councillor Bo Lund\n\n"
            "Exe/26/13 Revenue Budget 2026/27\n\nThe Executive considered the proposed revenue budget.\n\n"
            "Decisions\n\n1. To note the forecast outturn position for 2025/26.\n\n"
            "2. To recommend the revenue budget to Council.\n\n"
            "Exe/26/14 Capital Programme\n\nDecision\n\nTo approve the changes to the capital programme.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {
        "Exe/26/13": ["To note the forecast outturn position for 2025/26.", "To recommend the revenue budget to Council."],
        "Exe/26/14": ["To approve the changes to the capital programme."]}


def test_resolved_slash_dash_and_thereafter_the_committee_approved(tmp_path):
    """"RESOLVED/-" over its decision, and "Thereafter, the Committee APPROVED ..." after a recorded vote."""
    text = ("COMBINED AUTHORITY BOARD\n\nMinutes of the meeting held on Monday 9 March 2026\n\n"
            "Present: Mayor Jo Kerr (Chair), Councillor Bo Lund\n\n"
            "MCA 08/26     EXCLUSION OF THE PRESS AND PUBLIC\n\nRESOLVED/-\n\n"
            "That the press and public be excluded for the following item.\n\n"
            "MCA 09/26     PROSPERITY FUND\n\nThe motion was carried by 8 votes to 3.\n\n"
            "Thereafter, the Committee APPROVED the Round 3 awards totalling £486,300.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {
        "MCA 08/26": ["That the press and public be excluded for the following item."],
        "MCA 09/26": ["APPROVED the Round 3 awards totalling £486,300."]}


def test_a_one_word_decision_under_its_label(tmp_path):
    """A committee system's page: "Decision:" over "Approved." records that decision."""
    html = ("<html><body><h1>Cabinet</h1><p>Minutes of the meeting of the Cabinet held on Tuesday 10 February 2026</p>"
            "<p>Present: Councillor Ann Hale (Chair), Councillor Bo Lund</p>"
            "<table><tr><td><p>95.</p></td><td><p>Minutes of the previous meeting</p>"
            "<p>Decision:</p><p>Approved.</p><p>Minutes:</p><p>The minutes were confirmed.</p></td></tr>"
            "<tr><td><p>96.</p></td><td><p>Car Parking Charges</p>"
            "<p>Decision:</p><p>That the charges be frozen for 2026/27.</p></td></tr></table></body></html>")
    meeting = _minutes(_pack(tmp_path, html, name="cabinet.html"))
    assert _decisions(meeting) == {"95": ["Approved."], "96": ["That the charges be frozen for 2026/27."]}


def test_a_mayor_named_after_the_post_and_a_chair_on_a_line_of_its_own(tmp_path):
    """"Mayor Jo Kerr (In the Chair)" in a table's name column is the chair; "City Mayor Ray Gill" a member; in minutes
    whose attendance marks no chair, "Mr L Ross in the Chair" on a line of its own names who presided."""
    text = ("MINUTES OF THE MEETING OF THE WESTVALE COMBINED AUTHORITY HELD ON FRIDAY 30 JANUARY 2026\n\nPRESENT:\n\n"
            "Westvale Mayor                     Mayor Jo Kerr (In the Chair)\n"
            "Aldby                              Councillor Kit Bost\n"
            "Fellam                             City Mayor Ray Gill\n\n"
            "MCA 01/26     MINUTES\n\nRESOLVED – That the minutes be approved.\n\n"
            "MCA 02/26     BUDGET\n\nRESOLVED – That the budget be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Jo Kerr"
    assert _names(meeting.present) == ["Jo Kerr", "Councillor Kit Bost", "Ray Gill"]
    scottish = ("THE HIGHLAND-TYPE COUNCIL\n\nMinutes of Meeting of the Economy Committee held on Thursday 5 March 2026\n\n"
                "Present:\nMr A Baillie                  Mrs M MacInnes\nMr L Ross                     Mr K Rury\n\n"
                "Mr L Ross in the Chair\n\n"
                "1. Apologies\n\nThere were none.\n\n2. Minutes\n\nThe Committee APPROVED the minutes.\n")
    assert _minutes(_pack(tmp_path, scottish, name="scot.txt")).chair.name == "Mr L Ross"


def test_a_members_line_wrapped_under_its_label_column(tmp_path):
    """"Councillors Sian Ash, Gethin Carew, Ffion" / "Dyfnallt and Marc Hale" in the label column's right-hand side
    is a list of members going on, not a label of its own."""
    text = ("                 ABERWEN COUNCIL\n\n            CABINET MEETING: 15 JANUARY 2026\n\n"
            "Cabinet Members Present:   Councillor Rhys Penn (Leader)\n"
            "                           Councillors Sian Ash, Gethin Carew, Ffion\n"
            "                           Dyfnallt and Marc Hale\n\n"
            "Apologies:                 Councillor Iestyn Morl\n\n"
            "67     MINUTES\n\nRESOLVED: that the minutes be approved.\n\n"
            "68     BUDGET\n\nRESOLVED: that the budget proposals be approved for consultation.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _names(meeting.present) == ["Councillor Rhys Penn", "Councillor Sian Ash", "Councillor Gethin Carew",
                                       "Councillor Ffion Dyfnallt", "Councillor Marc Hale"]


def test_planning_items_titled_by_the_application_reference(tmp_path):
    """"P.104/26  NP/26/0031/FUL – Conversion of field barn ..." is an item numbered "P.104/26" whose title is the
    application: the dash after a reference does not end it, the title wraps in lower case or onto a postcode."""
    text = ("FELLMOOR NATIONAL PARK AUTHORITY\n\nPLANNING COMMITTEE\n\n"
            "Minutes of the meeting held at the National Park Office on Friday 6 February 2026 at 10.00am\n\n"
            "Members Present:   Mrs Alison Thwaite (Chair)\n                   Mr Peter Brock\n\n"
            "P.104/26  NP/26/0031/FUL – Conversion of field barn to holiday let, High\n"
            "          Gill Barn, Thornside\n\n"
            "          RESOLVED: That the application be APPROVED contrary to the officer recommendation.\n\n"
            "P.105/26  NP/25/0412/FUL – Erection of 4 affordable local occupancy\n"
            "          dwellings, land off Church Brow, Aysdale\n\n"
            "          RESOLVED: That the application be APPROVED.\n\n"
            "P.106/26  PL/2025/09140 - The Old Forge, 12 Church Street, Hatch,\n          CH15 2LL\n\n"
            "          RESOLVED: That the application be REFUSED.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("P.104/26", "NP/26/0031/FUL – Conversion of field barn to holiday let, High Gill Barn, Thornside"),
        ("P.105/26", "NP/25/0412/FUL – Erection of 4 affordable local occupancy dwellings, land off Church Brow, Aysdale"),
        ("P.106/26", "PL/2025/09140 - The Old Forge, 12 Church Street, Hatch, CH15 2LL")]


def test_a_table_of_members_with_what_each_represents(tmp_path):
    """"Name | Organisation | Role" and "Governor | Category | Attendance" over the business: the members, the chair
    marked in the role or category column."""
    text = ("Kestermoor Community Safety Partnership\n\nPartnership Board – Minutes\n\n"
            "Date: 4 February 2026 Time: 10:00 – 12:05 Venue: Committee Room 2\n\n"
            "Name\tOrganisation\tRole\nCllr Denise Marl\tKestermoor Borough Council\tChair\n"
            "Supt. Ravi Anand\tPolice\tVice-Chair\nGail Thurs\tFire and Rescue Service\tMember\n\n"
            "1. Minutes\nAGREED: the minutes of 5 November 2025 were agreed.\n\n"
            "2. Anti-social behaviour\nAGREED: the Board endorsed the new case review threshold.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Denise Marl"
    assert _names(meeting.present) == ["Councillor Denise Marl", "Ravi Anand", "Gail Thurs"]


def test_bilingual_attendance_labels_and_titles_of_a_welsh_community_council(tmp_path):
    """"Presennol / Present: Cyng./Cllrs. X (Cadeirydd/Chair), Y" reads the English label and title."""
    text = ("          CYNGOR CYMUNED LLANWERN-Y-BRYN COMMUNITY COUNCIL\n\n"
            "   Minutes of the monthly meeting of the Council held in the Church Hall on Tuesday,\n"
            "   13 January 2026 at 7.15pm.\n\n"
            "Presennol / Present: Cyng./Cllrs. Gwen Prys (Cadeirydd/Chair), Iestyn Rhys,\nMeinir Tudur.\n"
            "Yn bresennol hefyd / In attendance: Sian Lloyd (Clerc/Clerk).\n\n"
            "1/26      YMDDIHEURIADAU / APOLOGIES\n          None.\n\n"
            "2/26      COFNODION / MINUTES\n          Cytunwyd / Agreed: that the minutes be signed.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Gwen Prys"
    assert _names(meeting.present)[-3:] == ["Councillor Gwen Prys", "Councillor Iestyn Rhys", "Councillor Meinir Tudur"]


def test_a_minute_number_glued_to_its_title_and_a_welsh_council_name(tmp_path):
    """Spans set side by side with no space ("PHA 26/01Apologies") are a number and a title; "CYNGOR CYMUNED X
    COMMUNITY COUNCIL" is the X Community Council."""
    text = ("CYNGOR CYMUNED LLANWERN COMMUNITY COUNCIL\nMINUTES OF THE MEETING OF THE COUNCIL\n"
            "held at the Church Hall on Tuesday 20 January 2026 at 7.00 pm\nPRESENT:\n"
            "Councillor Ann Ray (Chairman)\nCouncillor Bo Lee\n"
            "PHA 26/01Apologies\nApologies were received from Councillor Di Ross.\n"
            "PHA 26/02Minutes of the meeting held on 14 October 2025\n"
            "RESOLVED that the minutes be approved and signed as a correct record.\n"
            "PHA 26/03Budget 2026/27\nRESOLVED that the budget be approved.\n")
    pack = _pack(tmp_path, text)
    meeting = _minutes(pack)
    assert [(i.number, i.title) for i in meeting.items][:2] == [
        ("PHA 26/01", "Apologies"), ("PHA 26/02", "Minutes of the meeting held on 14 October 2025")]
    assert pack.council == "Llanwern Community Council"


def test_minutes_in_an_agenda_pack_before_a_report_with_numbered_sections(tmp_path):
    """The previous meeting's minutes ("OS.41 APOLOGIES ...") inside a pack, followed by a report whose sections are
    numbered in capitals ("1 PURPOSE OF REPORT"): the minutes' items are the OS numbers, not the report's sections."""
    text = ("                      FERNLEY DISTRICT COUNCIL\n\n"
            "     Minutes of a meeting of the OVERVIEW AND SCRUTINY PANEL held in the Council\n"
            "     Chamber on Tuesday, 17 March 2026 at 6.30 pm\n\n"
            "     Present:     Councillor D Kaye (Chair), Councillor R Abara\n\n"
            "OS.41  APOLOGIES FOR ABSENCE\n\n       None.\n\n"
            "OS.42  MINUTES\n\n       RESOLVED – That the minutes of 10 February 2026 be approved.\n\n"
            "OS.43  CAR PARKING CHARGES REVIEW\n\n       RESOLVED – That the review be noted.\n\n"
            "                                                                          Page 4\n\n"
            "                                    Agenda Item 4\n\n"
            "REPORT TO: OVERVIEW AND SCRUTINY PANEL\n\n"
            "1   PURPOSE OF REPORT\n\n    To set out the options for the leisure contract.\n\n"
            "2   RECOMMENDATIONS\n\n    That the Panel notes the options.\n\n"
            "3   BACKGROUND\n\n    The contract ends in March 2027.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["OS.41", "OS.42", "OS.43"]


def test_minutes_titled_by_a_bare_minutes_line_under_the_body_inside_a_pack(tmp_path):
    """A pack's agenda, then "Castleby Council" / "Corporate Policy Committee" / "Minutes" / "8 April 2026, 2.00 pm":
    the title block names the body above its bare "Minutes" line."""
    text = ("Corporate Policy Committee\nWednesday 10 June 2026, 2.00 pm\n\nCastleby Council\n\nAGENDA\n\n"
            "Item 1 Welcome and apologies\nItem 2 Minutes of the previous meeting – 8 April 2026 (attached)\n\n\n"
            "Item 2\n\nCastleby Council\nCorporate Policy Committee\nMinutes\n"
            "8 April 2026, 2.00 pm, Kingsweir Room, Civic Centre\n\n"
            "Members present\nCouncillor Ann Fenn – Chair\nCouncillor Tom Leem\n\n"
            "Item 1 Welcome and apologies\nThe Chair welcomed members.\n\n"
            "Item 2 Council tax support scheme\nDecision: The Committee approved the scheme for consultation.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date) == ("Corporate Policy Committee", date(2026, 4, 8))
    assert [i.number for i in meeting.items] == ["1", "2"]


def test_draft_minutes_posted_below_an_agenda_on_a_town_council_site(tmp_path):
    """"Draft minutes – Full Council, 9 June 2026" under the agenda of the next meeting heads the Full Council's
    minutes of that date."""
    html = ("<html><body><h1>Saltby Town Council</h1><h2>Full Council – Tuesday 14 July 2026</h2><h3>Agenda</h3><ol>"
            "<li>To receive apologies for absence.</li><li>To approve the minutes of 9 June 2026 (below).</li></ol>"
            "<h3>Draft minutes – Full Council, 9 June 2026</h3>"
            "<p>Present: The Mayor, Cllr Ann Rown (in the Chair); Cllrs Ahmed Dar, Carys Ell.</p>"
            "<p><strong>FC26/37 Apologies</strong></p><p>None.</p>"
            "<p><strong>FC26/38 Quay car park lease</strong></p><p>RESOLVED: to accept the lease.</p></body></html>")
    minutes = [m for m in _pack(tmp_path, html, name="page.html").meetings if m.kind == "minutes"]
    assert [(m.body, m.date, [i.number for i in m.items]) for m in minutes] == [
        ("Full Council", date(2026, 6, 9), ["FC26/37", "FC26/38"])]


def test_minutes_numbered_by_code_before_papers_stamped_item_n(tmp_path):
    """Minutes numbered "C.21" to "C.24", then the pack's next papers stamped "Item 5" and "Item 6" over their
    capitals titles: the minutes' numbering, four long, is the items, not the two stamps."""
    text = ("        NORTHDALE JOINT WASTE COMMITTEE\n\n"
            "        MINUTES OF THE MEETING HELD ON THURSDAY 9 JULY 2026 AT 2.00PM\n\n"
            "        Present: Councillor Ann Ack (Chair), Councillor Peter Crow\n\n"
            "   C.21  Declarations of interest\n        There were none.\n\n"
            "   C.22  Minutes\n        The minutes of 16 April 2026 were agreed as a correct record.\n\n"
            "   C.23  Contract extension\n        RESOLVED that the contract be extended by two years.\n\n"
            "   C.24  Date of next meeting\n        8 October 2026.\n\n"
            "                                                                      Item 5\n"
            "        NORTHDALE WASTE PARTNERSHIP – OFFICER WORKING GROUP\n"
            "        Notes of the meeting of 1 July 2026 (for information)\n\n"
            "   1.  Contamination rates\n       Contamination had fallen to 11.2 per cent.\n\n"
            "                                                                      Item 6\n"
            "        REPORT OF THE PARTNERSHIP MANAGER\n        Recycling performance 2025/26\n\n"
            "   1.  Purpose of the report\n       To report recycling performance.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["C.21", "C.22", "C.23", "C.24"]


def test_a_title_closed_by_a_full_stop_before_the_minute_on_its_line(tmp_path):
    """"26/049 Apologies for absence. Apologies were received ..." is item 26/049 titled "Apologies for absence", not
    a title taken from the public session's line above; "Mr. Hale said ..." is no title."""
    text = ("OAKBY PARISH COUNCIL\n\nMinutes of the meeting of the Parish Council held on Monday 8th June 2026\n\n"
            "Present: Cllr. A Moss (Chairman), Cllr. B Hale\n\n"
            "Public session: a resident raised speeding on Church Road; noted for item 26/051.\n\n"
            "26/049 Apologies for absence. Apologies were received and accepted from Cllr. Giles.\n"
            "26/050 Minutes. RESOLVED that the Minutes of 11th May 2026 be signed.\n"
            "26/051 Highways. Mr. Hale said the Clerk will ask for a speed survey.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("26/049", "Apologies for absence"), ("26/050", "Minutes"), ("26/051", "Highways")]
    assert _decisions(meeting)["26/050"] == ["that the Minutes of 11th May 2026 be signed."]


def test_attendance_headings_spanning_a_tables_columns(tmp_path):
    """A table whose "Board members present" / "Apologies" headings span both columns (each cell of the row
    repeats them): the members under each heading are present or sent apologies."""
    html = ("<html><body><p>ASHVALE COUNCIL</p><p>HEALTH AND WELLBEING BOARD</p>"
            "<p>MINUTES of the meeting held on Wednesday, 15 July 2026 at Ashvale House</p><table>"
            "<tr><th colspan='2'>Board members present</th></tr>"
            "<tr><td>Councillor Bea Quay (Chair)</td><td>Cabinet Member for Health</td></tr>"
            "<tr><td>Marcus Threl</td><td>Director of Public Health</td></tr>"
            "<tr><th colspan='2'>Apologies</th></tr><tr><td>Councillor Sim Ald</td><td>Leader of the Council</td></tr>"
            "</table><p>HWB 26/14 Welcome and apologies</p><p>The Chair welcomed members.</p>"
            "<p>HWB 26/15 Minutes</p><p>AGREED: that the minutes be approved.</p></body></html>")
    meeting = _minutes(_pack(tmp_path, html, name="board.html"))
    assert meeting.chair.name == "Councillor Bea Quay"
    assert _names(meeting.present) == ["Councillor Bea Quay", "Marcus Threl"]
    assert _names(meeting.apologies) == ["Councillor Sim Ald"]


def test_a_motion_carried_before_its_words(tmp_path):
    """"It was moved by X, seconded by Y and carried unanimously that ..." records the motion as decided; one moved
    and seconded with no outcome printed decided nothing."""
    text = ("NORTHDALE JOINT WASTE COMMITTEE\n\nMINUTES OF THE MEETING HELD ON THURSDAY 9 JULY 2026 AT 2.00PM\n\n"
            "Present: Councillor Ann Ack (Chair), Councillor Peter Crow\n\n"
            "C.23  Contract extension\n"
            "      It was moved by Councillor Ack, seconded by Councillor Crow and carried unanimously that the\n"
            "      contract be extended for two years.\n\n"
            "C.24  Gate fees\n      It was moved by Councillor Crow and seconded by Councillor Ack that the fee be frozen.\n\n"
            "C.25  Date of next meeting\n      8 October 2026.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting)["C.23"] == ["that the contract be extended for two years."]
    assert _decisions(meeting)["C.24"] == []


def test_items_taken_in_private_are_numbered_anew_under_their_part_heading(tmp_path):
    meeting = _minutes(_pack(tmp_path, (
        "MINUTES of the meeting of the Cabinet held on Tuesday, 3 March 2026\n\n"
        "Present: Councillor A Dale (Chair), Councillor B Hope\n\n"
        "41.  Apologies for Absence\n\n      None.\n\n"
        "42.  Library Opening Hours\n\n      Cabinet RESOLVED:\n      to extend Saturday opening.\n\n"
        "43.  Exclusion of the Press and Public\n\n      Cabinet RESOLVED:\n      that the public be excluded.\n\n"
        "PART 2 – EXEMPT ITEMS (not for publication)\n\n"
        "E1.   Sale of the Old Depot\n\n      Cabinet RESOLVED:\n      to sell the depot to the preferred bidder.\n\n"
        "E2.   Cleaning Contract\n\n      Cabinet RESOLVED:\n      to extend the cleaning contract by a year.\n")))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("41", "Apologies for Absence"), ("42", "Library Opening Hours"), ("43", "Exclusion of the Press and Public"),
        ("E1", "Sale of the Old Depot"), ("E2", "Cleaning Contract")]
    assert _decisions(meeting)["E2"] == ["to extend the cleaning contract by a year."]


def test_a_report_numbered_after_the_minutes_is_no_private_part(tmp_path):
    meeting = _minutes(_pack(tmp_path, (
        "MINUTES of the meeting of the Cabinet held on Tuesday, 3 March 2026\n\n"
        "Present: Councillor A Dale (Chair), Councillor B Hope\n\n"
        "41.  Apologies for Absence\n\n      None.\n\n"
        "42.  Library Opening Hours\n\n      Cabinet RESOLVED:\n      to extend Saturday opening.\n\n"
        "Report of the Head of Libraries\n\n1.  Purpose of the report\n\n   To set out opening hours.\n\n"
        "2.  Recommendations\n\n   That Saturday opening is extended.\n")))
    assert [item.number for item in meeting.items] == ["41", "42"]


def test_a_meeting_date_printed_with_a_stop_after_the_day(tmp_path):
    """OCR and some house styles print "12. March 2026"; the minutes' date is read all the same."""
    meeting = _minutes(_pack(tmp_path, (
        "MINUTES of the meeting of the Joint Burial Committee held at the Lodge on Thursday\n12. March 2026 at\n"
        "10.30 am.\n\nPRESENT: Cllrs R. Dale (Chairman), V. Hope\n\n"
        "JB/31  APOLOGIES\n       None.\n\nJB/32  FEES\n       AGREED: that the fees be adopted.\n")))
    assert (meeting.body, meeting.date) == ("Joint Burial Committee", date(2026, 3, 12))
    assert [item.number for item in meeting.items] == ["JB/31", "JB/32"]


def test_a_scottish_minute_with_routine_business_unnumbered_and_the_convener_by_surname(tmp_path):
    meeting = _minutes(_pack(tmp_path, (
        "Minute of Meeting\nPensions Committee\n\nDate: Tuesday, 03 March 2026\n\n"
        "Present: Councillor Alan Baird, Councillor Morag Guthrie and Councillor Ross Urie.\n\n"
        "Chair\nCouncillor Guthrie, Convener, presided.\n\n"
        "Apology\nCouncillor Graeme Nisbet.\n\n"
        "Declarations of Interest\nCouncillor Baird declared that he was a member of the Fund in respect of item 2.\n\n"
        "1   Minute of Previous Meeting\n    There was submitted the Minute of the meeting of 2 December 2025.\n"
        "    DECIDED: That the Minute be approved.\n\n"
        "2   Pension Fund Budget\n    There was submitted a report on the budget of the Fund.\n"
        "    DECIDED: That the budget be approved.\n")))
    assert [(item.number, item.title) for item in meeting.items] == [
        (None, "Declarations of Interest"), ("1", "Minute of Previous Meeting"), ("2", "Pension Fund Budget")]
    assert meeting.chair.name == "Councillor Morag Guthrie"
    assert _names(meeting.present) == ["Councillor Alan Baird", "Councillor Morag Guthrie", "Councillor Ross Urie"]
    assert _names(meeting.apologies) == ["Councillor Graeme Nisbet"]


def test_numbered_rows_of_a_table_of_figures_are_not_items(tmp_path):
    """An indicator table inside an item ("5 | Suicide rate | 11.6 | 10.7 | No change") numbers its rows like the
    minutes number their items; the items that follow the table keep their own numbers."""
    meeting = _minutes(_pack(tmp_path, (
        "Minutes of the Health and Wellbeing Board held on 26 January 2026\n\n"
        "Present: Councillor Ann Dale (Chair), Dr Raj Nand\n\n"
        "3. Outcomes Framework Report\n\nThe Director presented the indicators:\n\n"
        "No.\tIndicator\tThis area\tEngland\tTrend\n"
        "1\tHealthy life expectancy (female)\t62.1\t63.9\tWorse\n"
        "2\tSmoking prevalence in adults (%)\t13.8\t11.9\tBetter\n"
        "3\tChildren overweight (%)\t23.4\t21.3\tNo change\n"
        "4\tFalls admissions, 65+\t2,214\t1,933\tWorse\n"
        "5\tSuicide rate (per 100,000)\t11.6\t10.7\tNo change\n\n"
        "RESOLVED that the report be noted.\n\n"
        "4. Better Care Fund Return\n\nRESOLVED that the return be ratified.\n\n"
        "5. Forward Plan\n\nRESOLVED that the forward plan be agreed.\n"), name="minutes.txt"))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("3", "Outcomes Framework Report"), ("4", "Better Care Fund Return"), ("5", "Forward Plan")]
    assert _decisions(meeting)["5"] == ["that the forward plan be agreed."]


def test_an_authoritys_older_minutes_numbered_with_a_letter_and_ordered(tmp_path):
    """"P/1547 APOLOGIES" minute numbers running through the years, and "ORDERED that" as the decision label."""
    meeting = _minutes(_pack(tmp_path, (
        "MINUTES of a meeting of the Wexmoor Police Authority held at Headquarters on\n"
        "Thursday 25 June 2009 commencing at 10.00 am.\n"
        "PRESENT: Mr R Dale (Chairman), Councillor Mrs J Ash\n"
        "P/1547 APOLOGIES FOR ABSENCE\nApologies for absence were received from Mr N Olle.\n"
        "P/1548 MINUTES\nORDERED that the minutes of the meeting held on 23 April 2009 be confirmed.\n"
        "P/1549 REVENUE OUTTURN\nThe Treasurer presented the outturn.\n"
        "ORDERED that the underspend be transferred to the Capital Reserve.\n")))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("P/1547", "APOLOGIES FOR ABSENCE"), ("P/1548", "MINUTES"), ("P/1549", "REVENUE OUTTURN")]
    assert _decisions(meeting)["P/1549"] == ["that the underspend be transferred to the Capital Reserve."]


def test_a_title_block_printed_after_the_first_pages_body(tmp_path):
    """Text taken from a PDF in drawing order can open on the attendance, the council's title block coming after
    the first page's items: those items and that attendance belong to the minutes all the same."""
    meeting = _minutes(_pack(tmp_path, (
        "Members Present:\nCouncillor A J Dale (Chairman)\nCouncillors D Ash, M Bell and K Corr\n"
        "Minute No. 31\nAPOLOGIES FOR ABSENCE\nApologies were received from Councillor R Elm.\n"
        "Minute No. 32\nMINUTES\nRESOLVED: That the Minutes of the meeting held on 17 June 2008 be confirmed.\n"
        "WEXBY DISTRICT COUNCIL\nMINUTES of a meeting of the DEVELOPMENT CONTROL COMMITTEE held in the\n"
        "Council Chamber, Wexby on Tuesday 15 July 2008 at 6.00 pm\n"
        "Minute No. 33\nAPPLICATION 08/00412/FUL\nRESOLVED: That planning permission be granted.\n")))
    assert [item.number for item in meeting.items] == ["31", "32", "33"]
    assert meeting.chair.name == "Councillor A J Dale"
    assert meeting.date == date(2008, 7, 15)


def test_minute_numbers_of_year_meeting_and_minute_read_through_ocr_slips(tmp_path):
    """"07/19:03" (year / meeting : minute), OCR printing "07/l9:04" and "07/19:O5"; a decision confirming the
    minutes "of the Council Meeting held on 9 October 2007" names an earlier meeting and opens none."""
    meeting = _minutes(_pack(tmp_path, (
        "CARRICK BOROUGH COUNCIL\n\nMINUTES OF THE PROCEEDINGS OF THE MONTHLY MEETING OF CARRICK BOROUGH\n"
        "COUNCIL HELD IN THE COUNCIL CHAMBER ON TUESDAY 13 NOVEMBER 2007 AT 7.30 PM\n\n"
        "In the Chair:   The Mayor (Councillor S J Keown)\n\n"
        "07/19:03   MINUTES OF COUNCIL MEETING HELD ON 9 OCTOBER 2007\n\n"
        "           It was PROPOSED by Alderman Gault, Seconded by Councillor Hagan\n           and\n\n"
        "           RESOLVED: that the Minutes of the Council Meeting held on\n"
        "           9 October 2007 be taken as read and signed as correct.\n\n"
        "07/l9:04   MINUTES OF DEVELOPMENT COMMITTEE HELD ON 23 OCTOBER 2007\n\n"
        "           RESOLVED: that the Minutes be adopted.\n\n"
        "07/19:O5   CORRESPONDENCE\n\n           The correspondence was noted.\n")))
    assert meeting.date == date(2007, 11, 13)
    assert [item.number for item in meeting.items] == ["07/19:03", "07/19:04", "07/19:05"]
    assert _decisions(meeting)["07/19:04"] == ["that the Minutes be adopted."]


def _two_columns(left: list[str], right: list[str], column: int = 50) -> str:
    """Two columns of text side by side, as `pdftotext -layout` prints a page set in two columns."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join(f"{a:<{column}}{b}".rstrip() for a, b in zip(left, right)) + "\n"


def test_minutes_printed_in_two_columns_read_column_by_column(tmp_path):
    left = ["PRESENT: Councillor Mrs S Hart (in", "the Chair); Councillors Ash, Birch,", "Dale and Elm.", "",
            "56.  DECLARATIONS OF INTEREST", "", "Councillor Ash declared a personal", "interest in minute 59 as a",
            "governor of the school.", "", "57.  MINUTES", "", "RESOLVED - That the minutes of the",
            "meeting held on 17 August 2011 be", "approved as a correct record.", "",
            "58.  SCHOOL PLACES PLAN", "", "The Director presented the plan, which", "provided for three new",
            "classrooms and the closure of the", "annexe at the end of the summer term,", "with the pupils moving to the",
            "main site in September and the annexe", "offered for sale once it was empty."]
    right = ["   59.  SCHOOL TRANSPORT POLICY", "", "     The Board considered the revised", "     policy, which would",
             "     withdraw the discretionary bus pass", "     from sixth form students who live", "     within three miles,",
             "     and heard from two parents who", "     asked for a year's notice of the", "     change.",
             "", "     RESOLVED - That the revised policy", "     be approved for consultation.", "",
             "   60.  LIBRARY OPENING HOURS", "", "     The Cabinet Member reported the", "     outcome of consultation",
             "     with users and staff, who had", "     asked for later opening on", "     Thursdays.", "",
             "     RESOLVED - That the library open", "     until 8 pm on Thursdays."]
    text = ("                    ASHVALE METROPOLITAN BOROUGH COUNCIL\n\n                           EXECUTIVE BOARD\n\n"
            "        Minutes of the Meeting held on Wednesday, 14th September, 2011\n\n"
            + _two_columns([f"      {line}" if line else "" for line in left], right))
    meeting = _minutes(_pack(tmp_path, text))
    assert [item.number for item in meeting.items] == ["56", "57", "58", "59", "60"]
    assert _decisions(meeting)["59"] == ["That the revised policy be approved for consultation."]
    assert meeting.chair.name == "Councillor S Hart"


def test_a_bilingual_paper_with_welsh_and_english_side_by_side_is_read_in_english(tmp_path):
    welsh = ["Cynghorwyr: E. Lloyd (Cadeirydd) ac", "P. Rees", "", "1. COFNODION", "",
             "PENDERFYNWYD: bod cofnodion y cyfarfod", "a gynhaliwyd ar 17 Ionawr yn cael eu", "cymeradwyo fel cofnod cywir.",
             "", "2. CYNLLUN TRAFFIG", "", "Penderfyniad:", "", "bod y cynllun a nodir yn yr adroddiad", "yn cael ei gymeradwyo.",
             "", "Rheswm dros y Penderfyniad:", "", "Lleihau nifer y gwrthdrawiadau yn y dref."]
    english = ["Councillors: E. Lloyd (Chairperson) and", "P. Rees", "", "1. MINUTES", "",
               "RESOLVED: that the minutes of the meeting", "held on 17 January be approved as a", "correct record.",
               "", "2. TRAFFIC SCHEME", "", "Decision:", "", "that the scheme set out in the report", "be approved.",
               "", "Reason for Decision:", "", "To reduce the number of collisions in the town."]
    text = ("   CYNGOR SIR GLANNAU          GLANNAU COUNTY COUNCIL\n\n"
            "   BWRDD CABINET YR AMGYLCHEDD          ENVIRONMENT CABINET BOARD\n\n"
            "   Dydd Iau, 14 Chwefror 2013                     Thursday, 14 February 2013\n\n"
            + _two_columns([f"   {line}" if line else "" for line in welsh], english, column=48))
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date) == ("ENVIRONMENT CABINET BOARD", date(2013, 2, 14))
    assert [(item.number, item.title) for item in meeting.items] == [("1", "MINUTES"), ("2", "TRAFFIC SCHEME")]
    assert _decisions(meeting)["2"] == ["that the scheme set out in the report be approved."]


def test_a_minute_number_alone_over_its_title_under_an_action_columns_heading(tmp_path):
    """PyMuPDF prints "08/112" on its own line over the title; the action column's heading ("ACTION") or a row's
    initials above it are no title, and a leading zero makes "08/112" no page stamp ("page 8 of 112")."""
    meeting = _minutes(_pack(tmp_path, (
        "WEXSHIRE PRIMARY CARE TRUST\nMINUTES OF A MEETING OF THE TRUST BOARD HELD IN PUBLIC ON WEDNESDAY\n"
        "24 SEPTEMBER 2008 AT 1.30 PM\nPresent:\nMr P Tregar, Chairman\nMrs G Ash, Chief Executive\nACTION\n"
        "08/112\nAPOLOGIES FOR ABSENCE\nApologies were received from Mr F Osei.\n"
        "08/113\nFINANCE REPORT – MONTH 5\nRESOLVED: that the Board note the financial position.\nMG\nRE\n"
        "08/114\nPRACTICE BASED COMMISSIONING\nThe Board RESOLVED to approve the business case.\n")))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("08/112", "APOLOGIES FOR ABSENCE"), ("08/113", "FINANCE REPORT – MONTH 5"),
        ("08/114", "PRACTICE BASED COMMISSIONING")]


def test_unlabelled_decisions_after_the_motion_and_the_vote(tmp_path):
    """Recent minutes print no label: the proposer, seconder and vote, then "That ..." (with or without "be")."""
    meeting = _minutes(_pack(tmp_path, (
        "LITTLE WEXBY PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on Tuesday 10th June 2025\n\n"
        "Present:\tCllr Ann Dale (Chair), Cllr Tom Moss\n\n"
        "Item 1\tApologies for absence\nApologies were received from Cllr Fay Rowe.\n"
        "Proposed: Cllr Moss  Seconded: Cllr Dale  All in favour\nThat the reason for absence be accepted.\n\n"
        "Item 2\tPlanning\n(a) 25/00644/HOUS – 3 Mill Cottages – rear extension\n"
        "Proposed: Cllr Dale  Seconded: Cllr Moss  4 for, 0 against\n"
        "That the Parish Council has no objection to the application.\n\n"
        "Item 3\tFootpaths\nMembers discussed the overgrown path. On being put to the vote (5 for, 1 against) it was\n"
        "That the Clerk write to the County Council asking for the path to be cleared.\n\n"
        "Item 4\tMotion\nThe motion as amended was carried:\n\n"
        "That this Council calls on the County Council to mend the bridge.\n\n"
        "Item 5\tClosure\nThat this was the last meeting of the year was noted.\n")))
    assert _decisions(meeting) == {
        "1": ["That the reason for absence be accepted."],
        "2": ["That the Parish Council has no objection to the application."],
        "3": ["That the Clerk write to the County Council asking for the path to be cleared."],
        "4": ["That this Council calls on the County Council to mend the bridge."],
        "5": []}


def test_the_body_deciding_in_prose_is_a_decision(tmp_path):
    meeting = _minutes(_pack(tmp_path, (
        "Minutes of the meeting of Wexby Town Council held on 8 April 2024\n\nPresent: Cllr Ann Dale (Mayor, in the Chair)\n\n"
        "Minute 24/117 Finance\nThe year-end position was presented. Council approved the transfer of the surplus of "
        "£9,600 to the building reserve.\n\n"
        "Minute 24/118 Grants\nCouncillors agreed to award grants of £250 to the youth club and £150 to the library.\n\n"
        "Minute 24/119 Correspondence\nThe correspondence was read.\n\n"
        "Minute 24/120 Audit\nThe Council considered a report by the internal auditor on the petty cash and agreed to "
        "raise the limit to £200.\n")))
    assert _decisions(meeting) == {
        "24/117": ["Council approved the transfer of the surplus of £9,600 to the building reserve."],
        "24/118": ["Councillors agreed to award grants of £250 to the youth club and £150 to the library."],
        "24/119": [],
        "24/120": ["The Council considered a report by the internal auditor on the petty cash and agreed to raise the "
                   "limit to £200."]}


def test_a_welsh_partnership_boards_bilingual_labels(tmp_path):
    meeting = _minutes(_pack(tmp_path, (
        "Dyffryn Glas Regional Partnership Board\nCOFNODION / MINUTES\nDyddiad / Date: 5 Chwefror / February 2026\n"
        "Yn bresennol / Present:\nDr Gwen Prys\tCadeirydd / Chair – Vice-Chair, Health Board\n"
        "Cllr Elfed Morg\tCabinet Member for Social Services\n"
        "Eitem 1 / Item 1\nCroeso / Welcome\nThe Chair welcomed members.\n"
        "Eitem 2 / Item 2\nCronfa / Integration Fund\nThe plan was presented.\n"
        "Penderfyniad / Decision: The Board approved the 2026/27 investment plan.\n")))
    assert meeting.date == date(2026, 2, 5)
    assert [item.number for item in meeting.items] == ["1", "2"]
    assert _decisions(meeting)["2"] == ["The Board approved the 2026/27 investment plan."]
    assert meeting.chair.name == "Gwen Prys"


def test_a_word_table_one_cell_a_line_with_a_lead_column_of_initials(tmp_path):
    """A Word table extracted a cell a line: the number, the title wrapped in its narrow column, the discussion, then
    the lead's initials ("AM"), which are no title of the next item."""
    meeting = _minutes(_pack(tmp_path, (
        "Wexby Children's Trust Board\nMinutes of meeting: Wednesday 19 July 2017, 9.30am\n"
        "Chair: Dr Ann Mahr\nNo.\nItem\nDiscussion and outcome\nLead\n"
        "1\nWelcome and\napologies\nAM welcomed members. Apologies were noted as listed above.\nAM\n"
        "2\nChildren and Young\nPeople's Plan\nSV presented the final draft of the plan with four outcomes for children.\n"
        "Board decision: The plan is approved.\nSV\n"
        "3\nEarly Help\nperformance\nKA reported 612 early help assessments in the first quarter of the year.\nKA\n")))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Welcome and apologies"), ("2", "Children and Young People's Plan"), ("3", "Early Help performance")]


def test_a_long_title_over_its_numbered_paragraphs(tmp_path):
    """"2.<tab>Minutes of the previous meeting and action log" reads like a sentence, but "2.1" under it makes it the
    title of item 2."""
    meeting = _minutes(_pack(tmp_path, (
        "Community Safety Partnership Board\nMinutes of the meeting held on 10 December 2019\n\n"
        "1.\tWelcome and apologies\n1.1\tThe Chair opened the meeting.\n\n"
        "2.\tMinutes of the previous meeting and action log\n2.1\tThe minutes of 3 September 2019 were approved.\n\n"
        "3.\tAnti-social behaviour case review (community trigger) – annual report\n"
        "3.1\tThree applications were received.\nDecision: The Board noted the annual report.\n")))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Welcome and apologies"), ("2", "Minutes of the previous meeting and action log"),
        ("3", "Anti-social behaviour case review (community trigger) – annual report")]


@pytest.mark.parametrize("title,opening,body", [
    ("KELLAND WATER BOARD", "MINUTES OF THE MEETING OF THE BOARD HELD AT THE BOARD OFFICE ON MONDAY 9 MARCH 2026",
     "KELLAND WATER BOARD"),
    ("Ashvale Police and Crime Panel minutes – 3 February 2026",
     "These are the draft minutes of the Panel meeting held on Tuesday 3 February 2026.",
     "Ashvale Police and Crime Panel"),
])
def test_a_body_named_by_its_noun_alone_takes_the_full_name_its_title_prints(tmp_path, title, opening, body):
    """"the meeting of the Board": the minutes name their body by its noun; the title above names it in full."""
    text = (f"{title}\n\n{opening}\n\nPresent: Mr A Dale (Chairman), Mrs B Hope\n\n"
            "1. APOLOGIES\nNone.\n\n2. ACCOUNTS\nRESOLVED that the accounts be approved.\n")
    assert _minutes(_pack(tmp_path, text)).body == body


LETTERED = """Ormsby Vale Council

Licensing Committee - Premises Visits

Notes of the visits held on Thursday 12 March 2026

Members:     Councillor Ruth Bell (Chair), Councillors Imran Shah and Tom Gale

(a)  Apologies for absence

     None.

(b)  Former bus depot, Quarry Lane, Ormsby -
     proposed late-night food outlet and
     takeaway

     Members viewed the yard and the approach from Quarry Lane.

     Decision: That the Licensing Officer report the opening hours sought to the next meeting.

(c)  The Anchor, 4 High Street, Ormsby

     Members saw the new smoking shelter.

(d)  Future visits

     Decision: That the next visits be held on 9 April 2026.
"""


def test_items_lettered_in_brackets_when_nothing_else_numbers_them(tmp_path):
    """"(a) Apologies for absence": letters number the items of a paper with no other numbering; a title wrapped
    after a comma or a dash goes on over its lines."""
    meeting = _minutes(_pack(tmp_path, LETTERED))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("(a)", "Apologies for absence"),
        ("(b)", "Former bus depot, Quarry Lane, Ormsby - proposed late-night food outlet and takeaway"),
        ("(c)", "The Anchor, 4 High Street, Ormsby"), ("(d)", "Future visits")]
    assert _decisions(meeting)["(b)"] == ["That the Licensing Officer report the opening hours sought to the next "
                                          "meeting."]
    assert _decisions(meeting)["(d)"] == ["That the next visits be held on 9 April 2026."]


def test_lettered_parts_of_a_decision_never_number_items(tmp_path):
    text = ("ORMSBY VALE COUNCIL\n\nCABINET\n\nMinutes of the meeting held on 4 March 2026\n\n"
            "Present: Councillor Ruth Bell (Chair), Councillor Tom Gale\n\n"
            "1. BUDGET\n\nRESOLVED that Cabinet:\n(a) Budget Monitoring Report Quarter 3\n(b) Capital Programme Update\n"
            "be noted.\n\n2. PARKS\n\nRESOLVED that the parks plan be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["1", "2"]


def test_a_label_column_of_councillors_by_kind_with_a_label_wrapped_over_two_rows(tmp_path):
    """`pdftotext -layout` keeps a label column apart with spaces: "County Councillors:" over full names, the first
    the chair; "Parish Members" / "(non-voting):" is one label wrapped down the column, its names running on."""
    text = ("WESTBRAY COUNTY COUNCIL\n\nSOUTH AREA COMMITTEE\n\n"
            "MINUTES of a meeting held at the Corn Exchange, Westbray on 12/02/2026 at 7.00pm\n\nPRESENT\n\n"
            "County Councillors:     Nia Pollard (Chairman), Owen Tasker\n"
            "                        (Vice-Chairman), Leah Quinn, Sam Dent\n\n"
            "Parish Members          Ivy Hale (Brayford Parish Council), Ross\n"
            "(non-voting):           Kemp (Upton Parish Council)\n\n"
            "Officers:               Area Highways Manager\n\n"
            "SAC/26/01   APOLOGIES\nNone.\n\nSAC/26/02   HIGHWAYS\nAGREED: That the report be noted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Nia Pollard"
    assert sorted(_names(meeting.present)) == ["Councillor Leah Quinn", "Councillor Nia Pollard",
                                               "Councillor Owen Tasker", "Councillor Sam Dent", "Ivy Hale", "Ross Kemp"]


@pytest.mark.parametrize("present,chair,names", [
    ("Present: The Chairman of the Council (Councillor Ann Wray) in the Chair;\n"
     "the Vice-Chairman of the Council (Councillor Ben Holt);\nCouncillors: C. Lowe and D. Nash.",
     "Councillor Ann Wray", ["Councillor Ann Wray", "Councillor Ben Holt", "Councillor C. Lowe", "Councillor D. Nash"]),
    ("PRESENT:     Councillor Eira Pugh (Presiding Member)\n             Councillors F. Rees and G. Owen",
     "Councillor Eira Pugh", ["Councillor Eira Pugh", "Councillor F. Rees", "Councillor G. Owen"]),
    ("Members:        Councillor H. Dale, Councillor I. Shah and\n                Councillor J. Lund\n\n"
     "Parties:        Mr Kit Stone (applicant) and Ms Ada Fry\n                (his representative); Mrs Ferris (resident)",
     None, ["Councillor H. Dale", "Councillor I. Shah", "Councillor J. Lund"]),
])
def test_who_presided_and_who_was_a_member(tmp_path, present, chair, names):
    """The council's chairman named by the post ("The Chairman of the Council (Councillor X) in the Chair"), a
    Welsh council's "Presiding Member", a list wrapped after "and"; the parties at a hearing are not its members."""
    text = (f"ASHCOMBE DISTRICT COUNCIL\n\nMINUTES of the meeting of the COUNCIL held on MONDAY, 2 MARCH 2026\n\n"
            f"{present}\n\n1. APOLOGIES\nNone.\n\n2. ACCOUNTS\nRESOLVED: That the accounts be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.chair.name if meeting.chair else None) == chair
    assert sorted(_names(meeting.present)) == sorted(names)


SCOTTISH_RUN_ON = """KILBRECK COUNCIL
HOUSING COMMITTEE
KILBRECK, 3 March 2026. Minute of Meeting of the HOUSING
COMMITTEE. Present:- Councillor Morag Leslie, Convener; Councillor Iain
Tait, Vice Convener; and Councillors Bain, Coutts and Dey; and Mr Ross
Gow (tenant representative), and Ms Fay Orr (tenant representative).
Apologies:- Councillor Hay.
DECLARATIONS OF INTEREST
1. There were no declarations of interest.
HOUSING REVENUE ACCOUNT BUDGET 2026/27 - HSG/26/011
2. The Committee had before it a report by the Chief Officer - Housing
which set out the proposed rent increase of 6.5%.
The Committee resolved:-
to approve a rent increase of 6.5% from 1 April 2026.
REPAIRS PERFORMANCE
3. The Committee had before it a report on repairs completed within target.
The Committee resolved:-
to note the report.
"""


def test_a_scottish_minute_printed_without_blank_lines(tmp_path):
    """The title runs into the attendance ("... COMMITTEE. Present:- ..."); each item's title in capitals stands
    right above the numbered paragraph that opens its minute, with no blank line between."""
    meeting = _minutes(_pack(tmp_path, SCOTTISH_RUN_ON))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "DECLARATIONS OF INTEREST"), ("2", "HOUSING REVENUE ACCOUNT BUDGET 2026/27 - HSG/26/011"),
        ("3", "REPAIRS PERFORMANCE")]
    assert _decisions(meeting)["2"] == ["to approve a rent increase of 6.5% from 1 April 2026."]
    assert meeting.chair.name == "Councillor Morag Leslie"
    assert sorted(_names(meeting.present)) == ["Councillor Bain", "Councillor Coutts", "Councillor Dey",
                                               "Councillor Iain Tait", "Councillor Morag Leslie", "Fay Orr", "Ross Gow"]


def test_numbered_paragraphs_whose_decision_is_labelled_on_its_own_paragraph(tmp_path):
    """"4 Minutes" over "4.1 RESOLVED:": the paragraph that holds a decision is no item of its own."""
    text = ("MINUTES OF A MEETING OF THE\nLICENSING COMMITTEE\nTUESDAY, 3 MARCH 2026\nLondon Borough of Ferndown\n"
            "Councillors Present:\nCllr Ada Moss in the Chair\nCllr Ben Lowe and Cllr Cy Hart\n"
            "1 Apologies for Absence\n1.1 There were none.\n"
            "2 Minutes of the Previous Meeting\n2.1 RESOLVED:\nThat the minutes be agreed as a correct record.\n"
            "3 Street Trading Policy\n3.1 The Licensing Manager presented the draft policy.\n"
            "3.2 Members asked about pitch fees.\n3.3 RESOLVED:\nThat the policy be recommended to Cabinet.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for Absence"), ("2", "Minutes of the Previous Meeting"), ("3", "Street Trading Policy")]
    assert _decisions(meeting) == {"1": [], "2": ["That the minutes be agreed as a correct record."],
                                   "3": ["That the policy be recommended to Cabinet."]}


@pytest.mark.parametrize("title,body", [
    ("Minutes of a hybrid meeting of the Licensing Committee held in the Council Chamber on 4 March 2026",
     "Licensing Committee"),
    ("Minutes of Meeting of the Housing Committee of Lough Arden and Moyle District Council held on 9 March 2026",
     "Housing Committee"),
])
def test_a_body_named_without_how_it_met_or_its_council(tmp_path, title, body):
    text = (f"{title}\n\nPresent: Councillor A Dale (Chair), Councillor B Hope\n\n"
            "1. APOLOGIES\nNone.\n\n2. FEES\nRESOLVED: That the fees be approved.\n")
    assert _minutes(_pack(tmp_path, text)).body == body


def test_sub_items_whose_titles_wrap_and_exempt_items_listed_by_title_alone(tmp_path):
    """"5.1 Application No. X - Site," wraps its title after a comma and is an item of its own under "5."; exempt
    items printed as their references and titles only, one per line, are items, not a list inside the last one."""
    text = ("Planning Committee\nMinutes of the meeting held on 4 March 2026\n"
            "Present: Councillor Ann Dale (Chair), Councillor Ben Hope\n"
            "PL/26/01 Apologies\nNone.\n"
            "PL/26/02 Planning Applications\nThe Committee considered the applications.\n"
            "PL/26/02.1 Application 25/0817 - Tir Glas, Station Road,\nLlanfechan\nEighteen dwellings.\n"
            "DECISION: To approve.\n"
            "PL/26/02.2 Application 25/0902 - Bryn Farm, Pentre\nA poultry building.\nDECISION: To defer.\n"
            "Exclusion of the Public\nResolved that the public be excluded.\n"
            "PL/26/03 Tender for Grounds Maintenance\nPL/26/04 Staffing Review\nPL/26/05 Duration of Meeting\n"
            "The meeting ended at 8.26 pm.\n")
    numbers = [i.number for i in _minutes(_pack(tmp_path, text)).items]
    assert numbers[-3:] == ["PL/26/03", "PL/26/04", "PL/26/05"]


def test_a_planning_item_numbered_in_applications_5_1_to_5_2(tmp_path):
    text = ("Planning Committee\nMinutes of the meeting held on 4 March 2026\n"
            "Present: Councillor Ann Dale (Chair), Councillor Ben Hope\n"
            "1. APOLOGIES\nNone.\n"
            "2. PLANNING APPLICATIONS\nThe Committee considered the following applications.\n"
            "2.1 Application No. C25/0817/LL - Tir Glas, Ffordd yr Orsaf,\nLlanfechan\nEighteen dwellings.\n"
            "DECISION: To approve, subject to the conditions in the report.\n"
            "2.2 Application No. C25/0902/LL - Fferm Bryn, Pentre Gwyn\nA poultry building.\n"
            "DECISION: To defer the application for a site visit.\n"
            "3. APPEALS\nThe Committee noted the appeal decisions.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["1", "2", "2.1", "2.2", "3"]
    assert _decisions(meeting)["2.1"] == ["To approve, subject to the conditions in the report."]


def test_a_members_table_printed_as_a_name_line_then_a_role_line(tmp_path):
    """Plain `pdftotext` of a two-column members table: each name on a line, its holder's post on the next; the
    first "Chair, ..." chairs the board, a later one chairs the organisation named after it."""
    text = ("ASHVALE COUNCIL\nHEALTH AND WELLBEING BOARD\nThursday 5 March 2026\nBoard members present:\n"
            "Councillor Rhona Beck\nChair, Cabinet Member for Health\nCouncillor Tom Bale\n"
            "Cabinet Member for Children and Young People\nDr Nia Shah\nDirector of Public Health\n"
            "Ken Oduya\nChair, Healthwatch Ashvale\n"
            "HWB 12\nAPOLOGIES\nNone.\nHWB 13\nPHARMACY NEEDS\nRESOLVED: That the assessment be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Rhona Beck"
    assert [(p.name, p.role) for p in meeting.present] == [
        ("Councillor Rhona Beck", "Cabinet Member for Health"),
        ("Councillor Tom Bale", "Cabinet Member for Children and Young People"),
        ("Nia Shah", "Director of Public Health"), ("Ken Oduya", "Chair, Healthwatch Ashvale")]


def test_minute_references_whose_middle_number_counts_the_items(tmp_path):
    """"CPP/15/26" is item 15 of 2026: the number that changes is in the middle, the year last."""
    text = ("Wexmoor County Council\n\nCorporate Parenting Panel\nMinutes of meeting\n\n"
            "Date:    Thursday 5 March 2026          Time: 2.00 pm\n\n"
            "Members present:          Cllr Ann Dale (Chair)\n                          Cllr Ben Hope\n\n"
            "CPP/15/26    Apologies\n\n             None.\n\n"
            "CPP/16/26    Minutes of the Previous Meeting\n\n"
            "             Resolved: that the minutes be approved.\n\n"
            "CPP/17/26    Work Programme\n\n             Resolved: that the work programme be noted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["CPP/15/26", "CPP/16/26", "CPP/17/26"]
    assert _decisions(meeting)["CPP/17/26"] == ["that the work programme be noted."]


def test_the_committee_decided_that_opens_its_own_paragraph_in_text_without_blank_lines(tmp_path):
    """Plain `pdftotext` prints no blank lines: a wrapped title's last line ("Astley") runs straight into "The
    Committee decided that ...", which still opens the decision."""
    text = ("Planning and Regulation Committee\nMinutes of the meeting held on 16 March 2026\n"
            "Present: County Councillor Ann Dale (Chair), County Councillor Ben Hope\n"
            "27 Application NM/26/0051\nVariation of condition 3 to extend hours at the Waste Transfer Station,\n"
            "Astley\nThe Committee decided that the application be refused for the reason that the extended hours\n"
            "would cause unacceptable noise.\n28 Work Programme\nThe Committee noted the work programme.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting)["27"] == ["that the application be refused for the reason that the extended hours "
                                         "would cause unacceptable noise."]


WRAPPED_UNNUMBERED = """Leisure and Parks Committee
Wednesday, 11th February, 2026
MEETING OF THE LEISURE AND PARKS COMMITTEE
Members present: Councillor Rooney (Chairperson);
Aldermen Quigley and Shaw; and
Councillors Byrne, Carson, Dunlop and Ferris.
In attendance: Mr. T. Gilmore, Director of Leisure Services.
Apologies
Apologies were reported on behalf of Councillor Kane, who was attending a training
event on behalf of the Council elsewhere in the borough that afternoon.
Minutes
The minutes of the meeting of 14th January were taken as read and signed as correct,
having been adopted by the Council at its meeting on 2nd February without change.
Strategic Issues
Pitch Booking Charges 2026/27
The Director reported that charges for grass and synthetic pitches had been frozen for
two years and set out the options for the coming season in some detail to Members.
The Committee agreed to increase pitch booking charges by four per cent from 1st April,
with no increase for junior clubs affiliated to a recognised governing body of sport.
Motion – Water Refill Stations
Moved by Councillor Carson,
Seconded by Councillor Dunlop and
Resolved – That the Committee agrees to install water refill stations in the four main
parks and that the cost be met from the existing parks maintenance budget this year.
Bowling Green Grants
(Councillor Ferris, having declared an interest, left the meeting.)
The Committee approved grants totalling £18,300 to the three bowling clubs named in the
report, subject to each club providing evidence of its insurance cover before payment.
Chairperson
"""


def test_unnumbered_headings_in_wrapped_text_without_blank_lines(tmp_path):
    """Plain `pdftotext` of minutes whose items print no numbers and no blank lines: a title is a short line after a
    finished paragraph, over minute text (or a bracketed note, then the text); a section heading over a title
    ("Strategic Issues") and a proposer's line ending "and" are no items."""
    meeting = _minutes(_pack(tmp_path, WRAPPED_UNNUMBERED))
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "Apologies"), (None, "Minutes"), (None, "Pitch Booking Charges 2026/27"),
        (None, "Motion – Water Refill Stations"), (None, "Bowling Green Grants")]
    decisions = [[r.text for r in i.resolutions] for i in meeting.items]
    assert decisions[3] == ["That the Committee agrees to install water refill stations in the four main parks and "
                            "that the cost be met from the existing parks maintenance budget this year."]
    assert decisions[4] == ["The Committee approved grants totalling £18,300 to the three bowling clubs named in the report, "
                            "subject to each club providing evidence of its insurance cover before payment."]


def test_plural_aldermen_name_each_alderman(tmp_path):
    """"Aldermen Quigley and Shaw" lists two aldermen, as "Councillors A and B" lists two councillors."""
    meeting = _minutes(_pack(tmp_path, WRAPPED_UNNUMBERED))
    names = _names(meeting.present)
    assert "Alderman Quigley" in names and "Alderman Shaw" in names
    assert {"Councillor Byrne", "Councillor Carson", "Councillor Dunlop", "Councillor Ferris"} <= set(names)


def test_a_members_table_of_name_dash_role_rows_whose_roles_wrap(tmp_path):
    """Plain `pdftotext` wraps a long role onto the next line ("Care Board (Vice-Chair)", "(Chair)"): the wrapped
    part belongs to the row above, so no place in a role ("Vale Place") is read as a person and the chair is found."""
    text = ("WEXMOOR COUNTY COUNCIL\nHEALTH AND WELLBEING BOARD\n"
            "MINUTES of a meeting of the Health and Wellbeing Board held at County Hall on Tuesday, 3 March 2026.\n"
            "Board Members present:\n"
            "Councillor Ann Dale – Cabinet Member for Adult Social Care and Public Health\n(Chair)\n"
            "Dr Omar Haddad – Clinical Director, Vale Place, Wexmoor and Fenn Integrated\nCare Board (Vice-Chair)\n"
            "Councillor Ben Hope – Cabinet Member for Children\n"
            "Grace Lund – Director of Public Health\n"
            "Ivan Marsh – Healthwatch Wexmoor\n"
            "Also in attendance: Kay Noble (Democratic Services Officer)\n"
            "12. Apologies\nApologies were received from Councillor Lee Moss.\n"
            "13. Better Care Fund Plan\nThe Board RESOLVED to approve the Better Care Fund plan for 2026/27.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Ann Dale"
    members = [p for p in meeting.present if p.name != "Kay Noble"]
    assert _names(members) == ["Councillor Ann Dale", "Omar Haddad", "Councillor Ben Hope", "Grace Lund", "Ivan Marsh"]
    assert members[1].role == "Clinical Director, Vale Place, Wexmoor and Fenn Integrated Care Board"


SELECT_COMMITTEE = """Wexmoor County Council
Communities Select Committee
Minutes of the meeting held on 9 March 2026
Present: Councillor Ann Dale (Chairman), Councillor Ben Hope, Councillor Cara Lind
21/26 LIBRARY SERVICE REVIEW [Item 4]
Key points raised during the discussion:
1. Members asked how many branch libraries had reduced their opening hours.
Recommendations:
1. The Committee welcomes the rise in children's library membership.
2. The Committee recommends that the Cabinet Member publishes branch opening hours
online each quarter.
22/26 FLOOD RESILIENCE GRANTS [Item 5]
Recommendations:
The Committee asks that the grant criteria include community halls used as rest centres.
23/26 HIGHWAYS CAPITAL PROGRAMME [Item 6]
The report set out the following
Recommendations:
1. That Cabinet approves the programme.
Resolved:
That the Committee notes the programme and asks for a report on pothole repairs in July.
"""


def test_a_select_committees_recommendations_are_its_decisions_unless_a_label_follows(tmp_path):
    """A select committee prints what it recommends under "Recommendations:", in its own voice: those are its
    decisions; where a "Resolved:" follows in the item, the recommendations above it were the report's."""
    decisions = _decisions(_minutes(_pack(tmp_path, SELECT_COMMITTEE)))
    assert decisions["21/26"] == ["The Committee welcomes the rise in children's library membership.",
                                  "The Committee recommends that the Cabinet Member publishes branch opening hours "
                                  "online each quarter."]
    assert decisions["22/26"] == ["The Committee asks that the grant criteria include community halls used as rest "
                                  "centres."]
    assert decisions["23/26"] == ["That the Committee notes the programme and asks for a report on pothole repairs "
                                  "in July."]


def test_a_page_number_printed_with_a_dated_running_head_is_no_item(tmp_path):
    """"7 Glen Vale Area Committee 3 March 2026" at each page's foot carries the page number, not an item's: item 8
    after it is read, and the last item's decision does not run on into the next page's footer."""
    text = ("Minute of Meeting of the Glen Vale Area Committee held on 3 March 2026\n"
            "Present: Councillor Ann Dale (Chair), Councillor Ben Hope\n"
            "6. Common Good Fund\nThe Committee AGREED a grant of £900 to the Glen Vale Gala.\n"
            "7. Ward Discretionary Fund\nThe Committee AGREED to award £1,500 to the Men's Shed.\n"
            "7 Glen Vale Area Committee 3 March 2026\n"
            "8. Ward Business Plan\nThe Committee NOTED the update.\n"
            "9. Minutes\nThe Minutes of the meeting of 2 December 2025 were APPROVED.\n"
            "8 Glen Vale Area Committee 3 March 2026\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("6", "Common Good Fund"), ("7", "Ward Discretionary Fund"), ("8", "Ward Business Plan"), ("9", "Minutes")]
    assert all("Glen Vale Area Committee" not in r.text for i in meeting.items for r in i.resolutions)


def test_a_decisions_parts_numbered_as_the_items_paragraphs(tmp_path):
    """"RESOLVED that:" over "6.1 the report be noted;" / "6.2 ...": the parts carry the item's paragraph numbers and
    go on the clause ("that:"), and a part run on after "; and 8.2" is a part of its own."""
    text = ("Wexmoor County Council\nPension Fund Committee\nMinutes of the meeting held on 12 March 2026\n"
            "PRESENT: Councillor A. Dale (Chair), Councillors B. Hope and C. Lind\n"
            "6. ACTUARIAL VALUATION\nThe Fund Actuary reported that the funding level was 112%.\nRESOLVED that:\n"
            "6.1 the valuation report be noted;\n6.2 the revised Funding Strategy Statement be approved.\n"
            "7. CLIMATE REPORTING\nRESOLVED by a majority that:\n7.1 the climate report be published; and\n"
            "7.2 the Fund adopt an interim carbon target for 2030.\n8. EXCLUSION OF THE PUBLIC\n"
            "RESOLVED that the public be excluded for the following item.\n")
    decisions = _decisions(_minutes(_pack(tmp_path, text)))
    assert decisions["6"] == ["the valuation report be noted;", "the revised Funding Strategy Statement be approved."]
    assert decisions["7"] == ["the climate report be published; and", "the Fund adopt an interim carbon target for 2030."]


JOINT_BOARD = """GLENMOR AND STRATHAY LICENSING JOINT BOARD
MINUTE of MEETING of the GLENMOR AND STRATHAY LICENSING JOINT BOARD held in the Burgh Hall, Kilmory on Thursday 9 June 2022 at 10.00 a.m.
Present:-
Representing Glenmor Council
Councillors Ailsa Bruce, Calum Dunn and Ewan Fyfe
Representing Strathay Council
Councillors Gail Hume and Iain Kerr
I APPOINTMENT OF CONVENER
The Joint Board agreed that Councillor Bruce be appointed Convener.
II MINUTE OF PREVIOUS MEETING
The minute of meeting of 10 March 2022 was submitted and approved.
III BUDGET MONITORING
The Joint Board agreed to note the position.
IV FEES REVIEW
The Joint Board agreed to increase the fees by 3%.
V ANNUAL REPORT 2021/22
RESOLVED: That the annual report be published.
RESOLVED FURTHER: That the Clerk send the report to both councils.
"""


def test_a_joint_boards_minute_numbered_in_single_roman_letters(tmp_path):
    """Items "I", "V" (one letter, over a title in capitals) go with "II", "IV"; the council is the one its members
    represent, not "Representing X Council"; the Convener the first item appoints chairs; "RESOLVED FURTHER:" labels
    a second decision."""
    pack = _pack(tmp_path, JOINT_BOARD)
    meeting = _minutes(pack)
    assert [i.number for i in meeting.items] == ["I", "II", "III", "IV", "V"]
    assert meeting.chair.name == "Councillor Ailsa Bruce"
    assert _decisions(meeting)["V"] == ["That the annual report be published.",
                                        "That the Clerk send the report to both councils."]
    assert pack.council == "Glenmor Council"


def test_the_council_that_publishes_a_joint_bodys_minutes_in_a_page_footer(tmp_path):
    """A fire authority's committee names its host council only in the footer by its page stamp ("Published by
    Democratic Services, X County Council"): that is the council, though the footer stands mid-text."""
    body = "".join(f"{n}. ITEM {n}\nRESOLVED that report {n} be noted.\n" for n in range(1, 12))
    text = ("WEXMOOR AND FENN COMBINED FIRE AUTHORITY\nAUDIT COMMITTEE\n"
            "MINUTES of a meeting of the Audit Committee held at Fire Headquarters on Tuesday 6 February 2024.\n"
            "PRESENT: Councillor A Dale (Chair), Councillors B Hope and C Lind\n" + body +
            "Page 1 of 2\nPublished by Democratic Services, Wexmoor County Council, on behalf of the Clerk\n" + body)
    assert _pack(tmp_path, text).council == "Wexmoor County Council"


def test_aldermen_named_with_initials_keep_the_names_as_printed(tmp_path):
    """"Aldermen – R Boyd, S Cunningham": named in full, each as printed; a surname alone takes the title."""
    text = ("Minutes of the meeting of the Wexmoor Borough Council Planning Committee held on 4 March 2026\n"
            "Members Present     :   Aldermen – R Boyd, S Cunningham, Quigley and\n"
            "                        W Thompson\n\n"
            "                        Councillors – A Dale, B Hope\n\n"
            "1. Apologies\nNone.\n2. Minutes\nRESOLVED that the minutes be approved.\n"
            "3. Work Programme\nRESOLVED that the work programme be noted.\n")
    names = _names(_minutes(_pack(tmp_path, text)).present)
    assert {"R Boyd", "S Cunningham", "Alderman Quigley", "W Thompson"} <= set(names)


def test_a_substitute_note_wrapped_in_a_members_table_cell(tmp_path):
    """"Councillor Amy Roe (substitute for" / "Councillor Tom Keeble)": the note wraps in its cell; the substitute
    attended, the member she stood in for did not."""
    text = ("WEXMOOR POLICE AND CRIME PANEL\nMINUTES of the meeting held on Monday 2 February 2026\n\n"
            "PANEL MEMBERS PRESENT:\n\n"
            "Councillor Ann Dale (Chair)                       Wexmoor Council\n"
            "Councillor Amy Roe (substitute for                Fenn District Council\n"
            "Councillor Tom Keeble)\n"
            "Councillor Ben Hope                               Wexmoor Council\n\n"
            "1. Apologies\nApologies were received from Councillor Tom Keeble.\n"
            "2. Precept\nRESOLVED that the proposed precept be endorsed.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert "Councillor Amy Roe" in _names(meeting.present)
    assert "Councillor Tom Keeble" not in _names(meeting.present)


def test_one_apology_recorded_in_the_singular(tmp_path):
    """"An apology for absence was received from Councillor W.J. Thomas.": one apology, read as apologies are."""
    text = ("Wexmoor County Council\nPension Fund Committee\nMinutes of the meeting held on 12 March 2026\n"
            "PRESENT: Councillor A. Dale (Chair), Councillors B. Hope and C. Lind\n"
            "1. APOLOGIES FOR ABSENCE\nAn apology for absence was received from Councillor W.J. Thomas.\n"
            "2. MINUTES\nRESOLVED that the minutes be signed as a correct record.\n")
    assert _names(_minutes(_pack(tmp_path, text)).apologies) == ["Councillor W.J. Thomas"]


def test_item_numbers_followed_by_the_municipal_year(tmp_path):
    """"PL41-23/24" is item 41 of the year 2023/24, printed alone over its title in capitals."""
    text = ("PLANNING COMMITTEE\nMinutes of a meeting of the Planning Committee of the Fernley District Council held in\n"
            "the Council Chamber on Wednesday 6th March 2024 at 1000 hours.\n"
            "PRESENT:-\nCouncillor Ruth Adey in the Chair\nCouncillors Tom Bale and Nia Shah.\n"
            "PL41-23/24\nAPOLOGIES FOR ABSENCE\nThere were no apologies for absence.\n"
            "PL42-23/24\nMINUTES\nRESOLVED that the minutes of the meeting held on 7th February 2024 be approved.\n"
            "PL43-23/24\nAPPLICATION NO. 23/00612/FUL – TWELVE DWELLINGS – LAND OFF MILL LANE\n"
            "RESOLVED that Application No. 23/00612/FUL be APPROVED subject to conditions.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["PL41-23/24", "PL42-23/24", "PL43-23/24"]
    assert _decisions(meeting)["PL43-23/24"] == ["that Application No. 23/00612/FUL be APPROVED subject to conditions."]


LABEL_COLON_VALUE_CELLS = """KILLEAGH AND MOY BOROUGH COUNCIL
MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE LEISURE COMMITTEE
HELD IN THE CIVIC CENTRE ON MONDAY 12 FEBRUARY 2024 AT 6.30 PM
In the Chair
:
Alderman D Keane
Committee
Members Present
:
Aldermen – S Orr and R Nairn
Councillors – C Boyd, M Dunne and P Quail
Officers Present
:
Director of Leisure – G Hale
Democratic Services Officer – R Tully
1
APOLOGIES
Alderman P Breen and Councillor N Coyle.
2
PLAY AREAS
Proposed by Councillor Boyd
Seconded by Alderman Orr and agreed that
the refurbishment of five play areas be approved.
"""


def test_a_label_colon_and_value_table_read_one_cell_a_line(tmp_path):
    """pdftotext prints a table of label, colon and value cells a cell a line: each label (wrapped over two lines
    too) heads the names below it; "Role – Name" rows are people; "Alderman" before initials is an office, not a
    name; an apologies minute may print the names alone."""
    meeting = _minutes(_pack(tmp_path, LABEL_COLON_VALUE_CELLS))
    assert meeting.chair.name == "D Keane"
    assert _names(meeting.present) == ["D Keane", "S Orr", "R Nairn", "Councillor C Boyd", "Councillor M Dunne",
                                       "Councillor P Quail", "G Hale", "R Tully"]
    assert [(p.name, p.role) for p in meeting.present[-2:]] == [("G Hale", "Director of Leisure"),
                                                                 ("R Tully", "Democratic Services Officer")]
    assert _names(meeting.apologies) == ["P Breen", "Councillor N Coyle"]


SECTIONS_OF_REFERENCED_REPORTS = """KILLEAGH AND MOY BOROUGH COUNCIL
MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE ENVIRONMENT
COMMITTEE HELD IN THE CIVIC CENTRE ON TUESDAY 5 MARCH 2024 AT 7.00 PM
In the Chair : Councillor T Orr
1
APOLOGIES
Councillor N Coyle.
2
ITEMS FOR DECISION
2.1
EN/WM/012 GARDEN WASTE SUBSCRIPTIONS
Members were advised that subscriptions had risen by 6%.
Proposed by Councillor Boyd
Seconded by Councillor Dunne and agreed that
the subscription charge be held at £45 for 2024/25.
2.2
EN/PK/044 PLAY AREA REFURBISHMENT
Proposed by Councillor Quail
Seconded by Councillor Boyd and agreed that
the refurbishment of five play areas be approved.
3
ITEMS FOR NOTING
3.1
EN/GEN/021 CORRESPONDENCE
Members noted a letter from the Department.
"""


def test_report_items_numbered_under_section_items(tmp_path):
    """"2" / "ITEMS FOR DECISION" over "2.1" / "EN/WM/012 GARDEN WASTE ...": each report, its number alone over its
    reference and title in capitals, is an item of its own under the section; the meeting's name is read past
    "the Proceedings of the Meeting of"."""
    meeting = _minutes(_pack(tmp_path, SECTIONS_OF_REFERENCED_REPORTS))
    assert meeting.body == "ENVIRONMENT COMMITTEE"
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES"), ("2", "ITEMS FOR DECISION"), ("2.1", "EN/WM/012 GARDEN WASTE SUBSCRIPTIONS"),
        ("2.2", "EN/PK/044 PLAY AREA REFURBISHMENT"), ("3", "ITEMS FOR NOTING"), ("3.1", "EN/GEN/021 CORRESPONDENCE")]


def test_resolved_that_over_a_clause_of_its_own(tmp_path):
    """"RESOLVED THAT:" stands alone; the clause below opens with its subject ("The report be approved."), not
    "That"; parts lettered below it are read as before."""
    text = ("Minutes of a meeting of the Audit Joint Committee held on 25 June 2020\n\n"
            "Present: Councillor R Ash (Chairman), Councillors B Hope and C Lind\n\n"
            "3.    MINUTES\n\n      RESOLVED THAT:\n\n      The minutes of the meeting held on 20 February 2020 be confirmed.\n\n"
            "4.    RISK REGISTER\n\n      RESOLVED THAT:\n\n      a)   The report be noted.\n\n"
            "      b)   The register be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {"3": ["The minutes of the meeting held on 20 February 2020 be confirmed."],
                                   "4": ["The report be noted.", "The register be approved."]}


def test_a_body_named_without_the_resolves_in_parts(tmp_path):
    """"Council resolved to:" (no "the" before the body's name) over numbered parts, in text with no blank lines;
    "Council resolved to approve ..." in one sentence."""
    text = ("Minutes of the meeting of the Council held on 19 February 2014\n"
            "Present: Councillor A Dale (Lord Mayor, in the Chair), Councillors B Hope and C Lind\n"
            "Min 91 Minutes\nCouncil resolved to approve the minutes of the meeting held on 20 January 2014.\n"
            "Min 92 Budget 2014/15\nThe debate resumed and the motion was carried.\nCouncil resolved to:\n"
            "(1) approve the revenue budget for 2014/15 of £23,884,000, as set out in\nAppendix 1 to the report;\n"
            "(2) approve the capital programme; and\n(3) note the statement on reserves.\n"
            "Min 93 Pay Policy\nCabinet agreed to approve the Pay Policy Statement for 2014/15.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {
        "91": ["to approve the minutes of the meeting held on 20 January 2014."],
        "92": ["approve the revenue budget for 2014/15 of £23,884,000, as set out in Appendix 1 to the report;",
               "approve the capital programme; and", "note the statement on reserves."],
        "93": ["to approve the Pay Policy Statement for 2014/15."]}


HEADINGS_OVER_NUMBERED_PARAGRAPHS_NO_BLANKS = """FENMOOR COUNTY COUNCIL
HIGHWAYS POLICY OVERVIEW COMMITTEE
MINUTES of a meeting of the Highways Policy Overview Committee held at County Hall on Friday, 20 November 2009.
PRESENT: Mr H J Bell (Chairman), Mrs P A Dane, Mr R Eyre and Mrs S Ford.
UNRESTRICTED ITEMS
Membership and Substitutes
41. The Committee noted that Mr R Eyre was present as substitute for Mr A Gray.
Cabinet Member's Update
42. Mr Hale gave a verbal update on matters within his portfolio since the last
meeting, including the flooding at Harwell Bridge.
43. RESOLVED that the update be noted with thanks.
Gritting Review
43a. (Mrs Ford left the meeting during this item.)
44. The Committee considered a report on the winter gritting
routes and the salt stock held at the four depots.
45. Mr Eyre proposed and Mrs Dane seconded that the review include footways.
Carried
46. RESOLVED that the review be endorsed.
3
Highways Policy Overview Committee, 20 November 2009
Exclusion of the Press and Public
47. RESOLVED that the public be excluded from the meeting for the following business.
EXEMPT ITEMS
Term Contract - Performance
48. The Committee received an exempt report on the performance of the term contractor.
49. RESOLVED that the report be noted.
4
Highways Policy Overview Committee, 20 November 2009
"""


def test_titles_over_paragraphs_numbered_through_the_year_in_text_without_blank_lines(tmp_path):
    """Each item's title stands over the first of its paragraphs (numbered straight through the year) after a
    finished sentence, a part of the meeting in capitals, a bracketed note or a running head; a vote's "Carried"
    and the running head are no titles."""
    meeting = _minutes(_pack(tmp_path, HEADINGS_OVER_NUMBERED_PARAGRAPHS_NO_BLANKS))
    assert [i.title for i in meeting.items] == ["Membership and Substitutes", "Cabinet Member's Update", "Gritting Review",
                                                "Exclusion of the Press and Public", "Term Contract - Performance"]
    assert {r.text for r in meeting.items[2].resolutions} == {"that the review include footways.",   # carried
                                                              "that the review be endorsed."}



def test_the_board_noted_the_update_is_a_decision(tmp_path):
    """A decision cell "The Board noted the update." and "The Board supported ..." are decisions; "The Board noted
    that ..." reports."""
    text = ("Ashvale Health and Wellbeing Board\n\nMinutes of the meeting held on Wednesday 16 March 2022\n\n"
            "Present: Cllr Ann Dale (Chair), Ben Hope\n\n"
            "1. Health checks\tBH outlined a proposal.\tThe Board supported the proposal to commission the checks.\n"
            "2. Wellbeing update\tThe Board noted that waiting times had fallen.\tThe Board noted the update.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting) == {"1": ["The Board supported the proposal to commission the checks."],
                                   "2": ["The Board noted the update."]}


SEDERUNT_COLUMN = """INVERCRAIG CITY COUNCIL

Town House, Invercraig, 15 March 2011

MINUTE OF MEETING OF THE HOUSING COMMITTEE

S e d e r u n t :

Councillor Moira Lind, Convener; Councillor Fraser Dunn, Vice-Convener; and

COUNCILLORS

ALAN BRODIE
ISLA FORBES (as substitute for
Councillor Reid)
JOHN URQUHART and
MAIRI WATT

Councillor Moira Lind, in the Chair.

Apologies were intimated on behalf of Councillors Reid and Wishart.

HOUSING REPAIRS

1. The Committee had before it a report on the repairs contract.

The Committee resolved:-
to note the report.
"""


def test_a_scottish_sederunt_set_letter_spaced_over_a_column_of_names(tmp_path):
    """"S e d e r u n t :" (letter-spaced) heads the attendance; a name whose substitute note wraps is one member;
    the column's last two names joined by "and" are two; "Apologies were intimated on behalf of"; the body is read
    past "Minute of Meeting of the"."""
    meeting = _minutes(_pack(tmp_path, SEDERUNT_COLUMN))
    assert meeting.body == "HOUSING COMMITTEE"
    assert _names(meeting.present) == ["Councillor Moira Lind", "Councillor Fraser Dunn", "Alan Brodie",
                                       "Isla Forbes", "John Urquhart", "Mairi Watt"]
    assert _names(meeting.apologies) == ["Councillor Reid", "Councillor Wishart"]


def test_officers_printed_as_their_post_then_their_name_in_brackets(tmp_path):
    """"Chief Executive (Nia Gwyn)": the post first, its holder's name in brackets (Welsh bilingual minutes print
    officers so); "Councillor Ann Dale (Chair)" keeps its reading."""
    text = ("Minutes of the Corporate Scrutiny Committee meeting held on Wednesday, 4 October 2023\n"
            "PRESENT:\nCouncillor Ann Dale (Chair)\nCouncillor Ben Hope\n"
            "IN ATTENDANCE:\nChief Executive (Nia Gwyn)\nScrutiny Manager (Gareth Lloyd)\n"
            "1 MINUTES\nThe minutes were confirmed as correct.\n2 SCORECARD\nRESOLVED to accept the report.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert meeting.chair.name == "Councillor Ann Dale"
    assert [(p.name, p.role) for p in meeting.present] == [
        ("Councillor Ann Dale", None), ("Councillor Ben Hope", None), ("Nia Gwyn", "Chief Executive"),
        ("Gareth Lloyd", "Scrutiny Manager")]


def test_a_scottish_committee_decides_in_roman_numbered_parts(tmp_path):
    """"Thereafter, the Committee:-" over "i. scrutinised and NOTED ...; and" / "ii. AGREED ..."; "The Committee
    scrutinised and NOTED ..." in one sentence."""
    text = ("Minutes of Meeting of the Glenard Area Committee held on Monday 5 September 2016\n\n"
            "Present: Mr R Dunn (Chair), Mrs A Rose\n\n"
            "4.   Police Performance\n\n     The Chief Inspector presented the report.\n\n"
            "     Thereafter, the Committee:-\n\n"
            "     i.    scrutinised and NOTED the police performance; and\n"
            "     ii.   AGREED that a speed survey be reported to the next meeting.\n\n"
            "5.   Fire Performance\n\n     The Committee scrutinised and NOTED the performance of the service.\n")
    meeting = _minutes(_pack(tmp_path, text))
    decisions = _decisions(meeting)
    assert decisions["4"] == ["scrutinised and NOTED the police performance; and",
                              "that a speed survey be reported to the next meeting."]
    assert decisions["5"] == ["The Committee scrutinised and NOTED the performance of the service."]


def test_item_numbers_with_the_meetings_month_and_year(tmp_path):
    """"AS3/Jun/24": the item's number, then the meeting's month and year; a reference to another item in the text
    ("see AS5/Jun/24 below") opens nothing."""
    text = ("ADULTS SCRUTINY COMMITTEE\n18 June 2024\nPRESENT – Councillor Hale (Chair); Councillors Pybus and Rowe.\n"
            "AS1/Jun/24 APPOINTMENT OF CHAIR\nRESOLVED – That Councillor Hale be appointed Chair.\n"
            "AS2/Jun/24 DECLARATIONS OF INTEREST\nCouncillor Rowe declared an interest in AS3/Jun/24\n"
            "below, as a relative is employed by a provider.\n"
            "AS3/Jun/24 HOME CARE PERFORMANCE\nRESOLVED – That the report be noted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.number for i in meeting.items] == ["AS1/Jun/24", "AS2/Jun/24", "AS3/Jun/24"]
    assert _decisions(meeting)["AS3/Jun/24"] == ["That the report be noted."]


DASHED_CAPITALS = """No.

PLANNING COMMITTEE

Minutes of a meeting held on 15th June, 2023.
Present: Councillor N.J. Hale (Chairman); Councillors G.D. Bevan and T.G. Rowe.

APOLOGIES FOR ABSENCE -
These were received from Councillor M.J. Tan.

MINUTES -
RESOLVED - T H A T the minutes of the meeting held on 18th May, 2023 be approved.

BUILDING REGULATION APPLICATIONS AND OTHER BUILDING CONTROL MATTERS
DETERMINED BY THE HEAD OF SUSTAINABLE DEVELOPMENT UNDER DELEGATED POWERS -
RESOLVED - T H A T the applications be noted.

1  PLN/Planning/2023/June 15 Minutes - GD
No.

ENFORCEMENT ACTION -
(a) Land at Maes y Ffynnon
RESOLVED - T H A T an Enforcement Notice be served.

2  PLN/Planning/2023/June 15 Minutes - GD
No.

TREES -
RESOLVED - T H A T the delegated decisions be noted.

3  PLN/Planning/2023/June 15 Minutes - GD
"""


def test_titles_in_capitals_closed_by_a_dash_and_a_numbered_footer(tmp_path):
    """"ENFORCEMENT ACTION -": a title in capitals closed by a dash opens an item whatever follows it, and may wrap
    over two long lines; "2  PLN/Planning/2023/June 15 Minutes - GD", printed with the page's number on every page,
    is page furniture, never item 2."""
    meeting = _minutes(_pack(tmp_path, DASHED_CAPITALS))
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "APOLOGIES FOR ABSENCE"), (None, "MINUTES"),
        (None, "BUILDING REGULATION APPLICATIONS AND OTHER BUILDING CONTROL MATTERS DETERMINED BY THE HEAD OF "
               "SUSTAINABLE DEVELOPMENT UNDER DELEGATED POWERS"),
        (None, "ENFORCEMENT ACTION"), (None, "TREES")]


def test_minutes_headed_by_a_lone_body_name_and_numbered_year_item_committee(tmp_path):
    """"CABINET" alone in capitals over the date heads the minutes ("Cabinet Members Present:" opens them);
    "25/28/ECSC" numbers items by year, item and the committee's letters."""
    text = ("Ashby Vale District Council\nMinutes\nCABINET\nThursday, 17 October 2024\n"
            "Cabinet Members Present:\nCouncillors Ann Dale (Chairman)\nBen Hope\n"
            "25/27/CAB Apologies for Absence\nThere were none.\n"
            "25/28/CAB Budget Monitoring\nRESOLVED: That Cabinet notes the budget position.\n"
            "Page 1\nCabinet - 17 October 2024\n"
            "25/29/CAB Parking Charges\nRESOLVED: That the charges be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date) == ("CABINET", date(2024, 10, 17))
    assert [i.number for i in meeting.items] == ["25/27/CAB", "25/28/CAB", "25/29/CAB"]


def test_a_lettered_item_number_alone_over_its_wrapped_title(tmp_path):
    """"LR24.11" alone on its line over a title in capitals wrapped in a narrow column is item LR24.11 (a bare
    "2024" stays a year)."""
    text = ("ASHBY VALE DISTRICT COUNCIL\nMinutes of the meeting of the Licensing Committee held on Thursday 20 June "
            "2024.\nPresent:\nCllr Mrs P Dale (Chair)\nCllr Mr R Hope\n"
            "LR24.11\nAPOLOGIES FOR\nABSENCE\nNone.\nLR24.12\nHACKNEY CARRIAGE\nTABLE OF FARES\n"
            "It was RESOLVED that the revised table of fares be approved.\nLR24.13\nDATE OF NEXT\nMEETING\n"
            "It was noted that the next meeting would be held on 12 September\n2024\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("LR24.11", "APOLOGIES FOR ABSENCE"), ("LR24.12", "HACKNEY CARRIAGE TABLE OF FARES"),
        ("LR24.13", "DATE OF NEXT MEETING")]
    assert _decisions(meeting)["LR24.12"] == ["that the revised table of fares be approved."]


MODERNGOV_PAGE_TITLED_BODY = """<html><body>
<div>Ashvale County Borough Council</div>
<h1>Agenda and minutes</h1>
<h2>Licensing Committee</h2>
<p>Thursday, 6th March, 2025 10.00 am</p>
<p>Present:</p>
<p>Chair – Councillor Ann Dale</p>
<p>Councillors: Ben Hope and Cara Lind</p>
<h2>Items</h2>
<p>Declarations of Interest</p>
<p>Presented By: Chair</p>
<p>Minutes:</p>
<p>2.1 There were no declarations of interest.</p>
<p>Minutes of the previous Licensing Committee</p>
<p>Minutes:</p>
<p>3.1 The minutes of the meeting held on 14 November 2024 were confirmed as an accurate record.</p>
<p>Licensing Fees 2025/26</p>
<p>Presented By: Licensing Team Leader</p>
<p>Minutes:</p>
<p>4.1 The Licensing Team Leader presented the report.</p>
<p>4.2 RESOLVED that the fees set out at Appendix A be approved.</p>
</body></html>
"""


def test_a_committee_page_titled_by_the_body_over_its_date_and_time(tmp_path):
    """"Agenda and minutes" over the body's name in title case over "Thursday, 6th March, 2025 10.00 am" heads the
    minutes; each "Minutes:" label minutes the title above it, past "Presented By:"; "Minutes of the previous X" is
    an item, not another meeting; the paragraphs' "2.1" numbers are not items."""
    meeting = _minutes(_pack(tmp_path, MODERNGOV_PAGE_TITLED_BODY, name="minutes.html"))
    assert (meeting.body, meeting.date) == ("Licensing Committee", date(2025, 3, 6))
    assert [i.title for i in meeting.items] == ["Declarations of Interest", "Minutes of the previous Licensing Committee",
                                                "Licensing Fees 2025/26"]
    assert [r.text for r in meeting.items[2].resolutions] == ["that the fees set out at Appendix A be approved."]


def test_it_was_resolved_after_a_comma_and_parts_across_a_page_number(tmp_path):
    """"Having considered the report, it was resolved –" over bullets; lettered parts go on past a page's number
    printed alone between them."""
    text = ("Minutes of the Corporate Scrutiny Committee meeting held on Wednesday, 4 October 2023\n"
            "PRESENT: Councillor Ann Dale (Chair), Councillor Ben Hope\n"
            "4 CORPORATE SCORECARD\nThe Leader presented the report.\n"
            "Having considered the report and the responses of Officers, it was resolved –\n"
            "• To accept the scorecard report for Quarter 1.\n• To recommend the mitigation measures to the Executive.\n"
            "5 SPEED LIMITS\nRESOLVED to:\na) approve the speed limits in the 19 locations listed in\nAnnex 2;\n2\n"
            "b) defer a decision on the four remaining locations;\nc) note the monitoring results.\n"
            "6 DATE OF NEXT MEETING\nThe next meeting would be held on 6 December 2023.\n")
    decisions = _decisions(_minutes(_pack(tmp_path, text)))
    assert decisions["4"] == ["To accept the scorecard report for Quarter 1.",
                              "To recommend the mitigation measures to the Executive."]
    assert decisions["5"] == ["approve the speed limits in the 19 locations listed in Annex 2;",
                              "defer a decision on the four remaining locations;", "note the monitoring results."]


def test_a_meeting_documents_page_names_its_body_over_the_date(tmp_path):
    """An older committee page: "Meeting documents" over "Cabinet" over "Tuesday, 8th July, 2008 7.30 pm"; the
    council's banner ("X Borough Council - Committee Information") names no body."""
    text = ("<html><body><div>Ashby Vale Borough Council - Committee Information</div><h1>Meeting documents</h1>"
            "<h2>Cabinet</h2><p>Tuesday, 8th July, 2008 7.30 pm</p>"
            "<p>Members present: Councillor R J Pell (Leader) (in the Chair), Councillor Mrs A Quinn</p>"
            "<table><tr><td>CB 08/062</td><td>Declarations of Interest</td><td>There were none.</td></tr>"
            "<tr><td>CB 08/063</td><td>Budget</td><td>RESOLVED: That the budget be noted.</td></tr></table>"
            "</body></html>")
    meeting = _minutes(_pack(tmp_path, text, name="minutes.html"))
    assert (meeting.body, meeting.date) == ("Cabinet", date(2008, 7, 8))


def test_members_marked_present_with_a_star_or_remote_with_an_r(tmp_path):
    """"(Present = *)" / "(Remote = r)": a member marked "*" or "r" attended, an unmarked one did not."""
    text = ("MINUTES of the meeting of the FENSHIRE POLICE AND CRIME PANEL held on 6 February 2025.\n"
            "Elected Members:\n(Present = *)\n(Remote = r)\n"
            "* Councillor John Ellis (Chairman) – Ashcombe District Council\n"
            "r Councillor Ben Crane – Wealdon Borough Council\nCouncillor Derek Ing – Tanfield District Council\n"
            "Independent Members:\n* Mr Anthony Rudd\n"
            "1/25 APOLOGIES FOR ABSENCE\nApologies were received from Councillor Derek Ing.\n"
            "2/25 MINUTES\nThe minutes were agreed as a true record.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _names(meeting.present) == ["Councillor John Ellis", "Councillor Ben Crane", "Anthony Rudd"]
    assert meeting.chair.name == "Councillor John Ellis"


def test_partner_board_with_a_coded_attendance_grid_and_an_item_table(tmp_path):
    """A partner board's minutes as `pdftotext -layout` gives them: "MEETING:" and "LOCATION:" cells beside "Date of" /
    "Meeting:" cells, a legend of attendance codes over a grid ("P", "A", "DNA" for did not attend, "D/R" for a deputy
    who attended), the items numbered in an "Item | Discussion | Action | Lead" table, decisions as "Decision:" lines
    and sentences ("Members noted the report.", "Reports ... were received and noted."), the independent chair the
    member who presides."""
    text = (
        "           Minutes of the Larkhill Safeguarding Children Partnership (LSCP) Meeting\n\n"
        " MEETING:        Larkhill Safeguarding Children Partnership     Date of       2nd May 2025\n"
        "                                                                Meeting:\n"
        " LOCATION:       Larkhill Town Hall, Committee Room 1,          Time of       2pm to 4pm\n"
        "                 Market Street                                  Meeting:\n\n"
        " P= Present   A= Apologies   DNA=Did not attend   D/R=Deputise/Representative\n\n"
        " Board Member                                                          P    A   DNA  D/R\n"
        " Ruth Okonjo (RO) – Independent Chair                                  P\n"
        " Peter Vance (PV) – Director of Children's Services                    P\n"
        " Amy Lister (AL) – Detective Superintendent, Police                         A\n"
        " Colin Frey (CF) – Head of Safeguarding, Community Trust                         DNA\n"
        " Dev Sharma (DS) – Designated Nurse, ICB                                              D/R\n\n"
        " Item   Discussion                                                     Action          Lead\n"
        " 1.     Welcome and Apologies\n"
        "        RO welcomed members. Apologies noted as above.\n\n"
        " 2.     Annual Report 2024/25\n"
        "        PV presented the draft annual report.\n"
        "        Decision: The Partnership approved the annual report for publication.\n\n"
        " 3.     Performance Report Quarter 4\n"
        "        PV presented the report.\n"
        "        Members noted the report.\n\n"
        " 4.     Sub-group Reports\n"
        "        Reports from the training and audit sub-groups were received and noted.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date) == ("Larkhill Safeguarding Children Partnership (LSCP)", date(2025, 5, 2))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome and Apologies"), ("2", "Annual Report 2024/25"), ("3", "Performance Report Quarter 4"),
        ("4", "Sub-group Reports")]
    assert _decisions(meeting) == {
        "1": [], "2": ["The Partnership approved the annual report for publication."],
        "3": ["Members noted the report."],
        "4": ["Reports from the training and audit sub-groups were received and noted."]}
    assert meeting.chair.name == "Ruth Okonjo (RO)"      # initials kept: resolution reads them
    assert _names(meeting.present) == ["Ruth Okonjo (RO)", "Peter Vance (PV)", "Dev Sharma (DS)"]
    assert _names(meeting.apologies) == ["Amy Lister (AL)"]


def test_board_printing_each_name_over_its_organisation_and_apologies_by_organisation(tmp_path):
    """A public services board's minutes: the body's name under its Welsh name, the meeting's hours on a line of their
    own, "Present:" over a name a line, each over its organisation, a group heading ("Policy Support:") over more
    names, apologies as "Apologies: Name, Organisation; ..." and a sentence deciding in the board's name kept whole."""
    text = (
        "Bwrdd Gwasanaethau Cyhoeddus Penfro\nPenfro Public Services Board\nMeeting 9\n3rd of March, 2025\n"
        "Council Chamber, County Hall\n10am – 12pm\nMINUTES\nPresent:\n"
        "Cllr Alaw Prys\nPenfro County Council (Chair)\nTomos Reece\nNatural Resources Wales\n"
        "Mair Lloyd\nWelsh Government\nDr Ifan Jones\nHywel Dda University Health Board\n"
        "Policy Support:\nBeca Hughes\nPSB Manager, Penfro County Council\n"
        "9.1 Apologies and Disclosures of interest\n"
        "Apologies: Prof. Sion Roberts, Penfro University; Gwen Ellis, Department for Work and Pensions.\n"
        "There were no disclosures of interest.\n"
        "9.2 Well-being Plan update\nBH presented the update.\nThe Board noted the update.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date) == ("Penfro Public Services Board", date(2025, 3, 3))
    assert _decisions(meeting) == {"9.1": [], "9.2": ["The Board noted the update."]}
    assert meeting.chair.name == "Councillor Alaw Prys"
    assert _names(meeting.present) == ["Councillor Alaw Prys", "Tomos Reece", "Mair Lloyd", "Ifan Jones", "Beca Hughes"]
    assert _names(meeting.apologies) == ["Sion Roberts", "Gwen Ellis"]


def test_council_minutes_numbered_in_sections_with_quoted_motions(tmp_path):
    """A county council's monthly minutes: "Ordinary Meeting <date>" under the title (the council itself met; its name
    only in the page footer), items numbered as sections ("4.0 Roads" over "4.1 Taking in charge of Oak Drive." with
    its minute), decisions as "It was proposed by ... Seconded by ... And Resolved:" over a motion in quotes, a quoted
    motion the chair declared carried, a quoted motion then "The motion was proposed ... and agreed", and "X was
    adopted on the proposal of ..."; a motion quoted as read out, with another decision after it, is no decision."""
    text = (
        "Meeting Minutes\nOrdinary Meeting 13th June 2011, Council Chamber, County Buildings\n"
        "The Cathaoirleach, Councillor Rory Kehoe presided.\n"
        "Members Present: Councillors Ann Barry, Rory Kehoe and Tom Nolan.\n"
        "1.0 Confirmation of Minutes\n1.1 Confirmation of minutes of Ordinary meeting held on 9th May, 2011.\n"
        "The minutes were confirmed on the proposal of Councillor Barry and seconded by Councillor Nolan.\n"
        "2.0 Roads\n2.1 Taking in charge of Oak Drive, Kilbeg.\nThe Director outlined the report.\n"
        "It was proposed by Cllr. Ann Barry\nSeconded by Cllr. Tom Nolan\nAnd Resolved:\n"
        "“That the Council declares the roads at Oak Drive, Kilbeg to be public roads.”\n"
        "2.2 Borrowing for the Kilbeg Bridge Scheme.\nA vote was taken: For 10, Against 2.\n"
        "The Cathaoirleach declared the following resolution carried:\n"
        "“That the Council approves borrowing of €900,000 for the Kilbeg Bridge Scheme.”\n"
        "3.0 Annual Report 2010\nThe Annual Report 2010 was adopted on the proposal of Councillor Nolan and "
        "seconded by Councillor Kehoe.\n"
        "4.0 Notices of Motion\n4.1 Motion in the name of Councillor Tom Nolan:\n"
        "“That the Council calls on the Minister to keep the Kilbeg Garda station open.”\n"
        "The motion was proposed by Councillor Nolan, seconded by Councillor Barry and agreed unanimously.\n"
        "4.2 Motion in the name of Councillor Ann Barry:\nRead: the motion as follows:\n"
        "“That the Council seeks a review of the bus routes serving Kilbeg village.”\n"
        "AGREED: to refer the motion to the Area Committee.\n"
        "June 2011 Kilbeg County Council Minutes.doc page 1 of 1\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date, meeting.council) == ("Council", date(2011, 6, 13), "Kilbeg County Council")
    assert [i.number for i in meeting.items] == ["1.0", "1.1", "2.0", "2.1", "2.2", "3.0", "4.0", "4.1", "4.2"]
    assert meeting.items[4].title == "Borrowing for the Kilbeg Bridge Scheme"
    decisions = _decisions(meeting)
    assert decisions["1.1"] == ["The minutes were confirmed on the proposal of Councillor Barry and seconded by "
                                "Councillor Nolan."]
    assert decisions["2.1"] == ["That the Council declares the roads at Oak Drive, Kilbeg to be public roads."]
    assert decisions["2.2"] == ["That the Council approves borrowing of €900,000 for the Kilbeg Bridge Scheme."]
    assert decisions["3.0"] == ["The Annual Report 2010 was adopted on the proposal of Councillor Nolan and seconded by "
                                "Councillor Kehoe."]
    assert decisions["4.1"] == ["That the Council calls on the Minister to keep the Kilbeg Garda station open."]
    assert decisions["4.2"] == ["to refer the motion to the Area Committee."]


def test_a_record_of_decisions_with_a_running_head_and_marked_items(tmp_path):
    """A cabinet's record of decisions: its header at the top ("CABINET" / "RECORD OF DECISIONS" / "Date of meeting:"),
    the same meeting named again as the next page's running head (a repeat, not another meeting), items marked as key
    ("5.*") or urgent ("10.(U)") decisions."""
    text = (
        "ASHGROVE BOROUGH COUNCIL\n\nCABINET\nRECORD OF DECISIONS\n\n"
        "Date of meeting:   Wednesday 14 February 2024, 7.00 pm\nVenue:   Council Chamber\n\n"
        "PRESENT:   Councillor Ann Webb (Leader of the Council) (Chair)\n"
        "           Councillor Joe Hart (Finance)\n\n"
        "Item   Subject and decision\n"
        "4.     MINUTES OF THE PREVIOUS MEETING\n"
        "       Decision:   RESOLVED: That the minutes of 17 January 2024 be agreed.\n\n"
        "5.*    BUDGET 2024/25\n"
        "       Decision:   RESOLVED: That Cabinet recommends the budget to Council.\n\n"
        "                                     1\n\n"
        "Cabinet – Record of Decisions – 14 February 2024\n"
        "Item   Subject and decision\n"
        "9.     EXCLUSION OF THE PRESS AND PUBLIC\n"
        "       Decision:   RESOLVED: That the press and public be excluded for item 10.\n\n"
        "10.(U) DISPOSAL OF LAND AT MILL LANE (EXEMPT)\n"
        "       Decision:   RESOLVED: That Cabinet approves the disposal on the terms in the exempt report.\n")
    pack = _pack(tmp_path, text)
    meeting = _minutes(pack)
    assert (meeting.body, meeting.date) == ("CABINET", date(2024, 2, 14))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("4", "MINUTES OF THE PREVIOUS MEETING"), ("5", "BUDGET 2024/25"), ("9", "EXCLUSION OF THE PRESS AND PUBLIC"),
        ("10", "DISPOSAL OF LAND AT MILL LANE (EXEMPT)")]
    assert _decisions(meeting)["10"] == ["That Cabinet approves the disposal on the terms in the exempt report."]
    assert meeting.chair.name == "Councillor Ann Webb"


def test_bilingual_town_council_minutes_read_in_english(tmp_path):
    """A Welsh town council prints its title Welsh first ("CYNGOR TREF X / X TOWN COUNCIL", "Cyngor Llawn / Full
    Council – COFNODION / MINUTES", the date in Welsh then in English); the minutes item names the earlier meeting
    ("Minutes of the Full Council meeting held on ...") without opening it; lettered sentences under an item
    ("(a) Payments ... totalling £6,482.17, as set out in the") are its text, not items."""
    text = (
        "CYNGOR TREF LLANGARTH / LLANGARTH TOWN COUNCIL\n\n"
        "Cyngor Llawn / Full Council – COFNODION / MINUTES\n\n"
        "Cyfarfod a gynhaliwyd nos Lun 20 Chwefror 2017 am 7.00pm\n"
        "Meeting held in the Council Chamber on Monday 20 February 2017 at 7.00pm\n\n"
        "Yn bresennol / Present:\n  Cyng. / Cllr. Ffion Pugh (Maer / Mayor, Cadeirydd / Chair)\n  Cyng. / Cllr. Aled Rees\n\n"
        "17/020  COFNODION / MINUTES\n"
        "        Minutes of the Full Council meeting held on Monday 23 January 2017\n"
        "        to be confirmed as correct.\n"
        "        RESOLVED to accept the minutes as a true record.\n\n"
        "17/021  CYLLID / FINANCE\n"
        "        (a) Payments for January 2017 totalling £5,310.40, as set out in the\n"
        "            schedule circulated, were presented.\n"
        "        (b) The Clerk presented the budget monitoring statement.\n"
        "        RESOLVED that the payments be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date) == ("Full Council", date(2017, 2, 20))
    assert [(i.number, i.title) for i in meeting.items] == [("17/020", "MINUTES"), ("17/021", "FINANCE")]
    assert _decisions(meeting) == {"17/020": ["to accept the minutes as a true record."],
                                   "17/021": ["that the payments be approved."]}
    assert sorted(_names(meeting.present)) == ["Councillor Aled Rees", "Councillor Ffion Pugh"]
    assert meeting.chair.name == "Councillor Ffion Pugh"


def test_a_word_saved_page_with_the_committee_code_over_each_number_and_a_coded_members_list(tmp_path):
    """A committee's minutes saved from Word as a web page: "Minutes / of the Meeting of the / Audit Committee /
    <date> / held at ..." (the date is not the body's), members marked "P" or "A" in front of their names under a
    legend printed a code a line ("P: Present", "A: Apologies for absence submitted"), and each item's code, number
    and title on lines of their own ("AUD" / "1" / "Declarations of interest")."""
    html = ("<html><body><p><b>Ferncombe Council</b></p><p><b>Minutes</b></p><p>of the Meeting of the</p>"
            "<p><b>Audit Committee</b></p><p><b>Wednesday, 11th July 2018</b></p><p>held at the Town Hall.</p>"
            "<p><b>Councillors:</b></p><p>P&nbsp; Iris Gant (Chairman)</p><p>P&nbsp; Ben Loxley</p>"
            "<p>A&nbsp; Cara Jowett</p><p>P: Present</p><p>A: Apologies for absence submitted</p>"
            "<p><b>AUD</b></p><p><b>1&nbsp;&nbsp;&nbsp;</b></p><p><b>Declarations of interest</b></p><p>None.</p>"
            "<p><b>AUD</b></p><p><b>2&nbsp;&nbsp;&nbsp;</b></p><p><b>Minutes of the meeting held on 18 April 2018</b></p>"
            "<p><b>Resolved:</b> that the minutes be approved as a correct record.</p></body></html>")
    meeting = _minutes(_pack(tmp_path, html, name="page.html"))
    assert (meeting.body, meeting.date) == ("Audit Committee", date(2018, 7, 11))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("AUD 1", "Declarations of interest"), ("AUD 2", "Minutes of the meeting held on 18 April 2018")]
    assert _decisions(meeting)["AUD 2"] == ["that the minutes be approved as a correct record."]
    assert meeting.chair.name == "Iris Gant"
    assert sorted(_names(meeting.present)) == ["Ben Loxley", "Iris Gant"]
    assert _names(meeting.apologies) == ["Cara Jowett"]


def test_unnumbered_titles_with_a_colon_and_the_next_meeting_over_its_date(tmp_path):
    """Minutes with unnumbered titles and no blank lines, text wrapped at the page's width: a title with a colon after
    a finished sentence ("Voice of the child: Children in Care Council report"), "Date of next meeting" over the date
    alone, and "The Panel NOTED the report." kept whole."""
    text = (
        "Hartmoor County Council\nMinutes of the meeting of the Corporate Parenting Panel held on 8 October 2025\n"
        "Present: Councillors Naomi Hale (Chair), Ravi Kaur and Tom Birch.\n"
        "Welcome and introductions\n"
        "The Chair welcomed everyone to the meeting, including two young people from\n"
        "the council's participation team, who would present the annual report, and\n"
        "the new head of the virtual school, who had joined the council in September\n"
        "from a neighbouring authority and would attend the Panel from now on.\n"
        "Voice of the child: Children in Care Council report 2024-25\n"
        "Two members of the Children in Care Council presented the council's annual\n"
        "report, which set out their three priorities for the coming year and the\n"
        "work done with the virtual school on bus passes for young people. Members\n"
        "asked how the council would respond to the priority on staying over at the\n"
        "homes of friends, and the Director agreed to bring a written answer to the\n"
        "next meeting of the Panel, with the views of the foster carers' association.\n"
        "The Panel NOTED the report.\n"
        "Date of next meeting\nWednesday 14 January 2026 at 4.30pm, Oak Room, Shire Hall.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [i.title for i in meeting.items] == [
        "Welcome and introductions", "Voice of the child: Children in Care Council report 2024-25",
        "Date of next meeting"]
    assert [r.text for r in meeting.items[1].resolutions] == ["The Panel NOTED the report."]


def test_a_committee_page_listing_its_agenda_and_minutes_documents_holds_minutes(tmp_path):
    """A committee system's meeting page: "Documents" over the links "Agenda" and "Minutes" (a list of documents, not
    an agenda's title), then each agenda item with its minute number and minute text: minutes, whose decisions count."""
    html = ("<html><body><h1>Meeting Details</h1><h2>Licensing Committee</h2><p>4 May 2016 - 10:00 to 11:30</p>"
            "<p>Status: Minutes published</p><h3>Documents</h3><p><a href='a'>Agenda</a></p><p><a href='m'>Minutes</a></p>"
            "<h3>Agenda Items</h3>"
            "<div><p><span>1</span> Apologies for Absence</p><p>To receive any apologies.</p><p>21</p>"
            "<p>Apologies were received from Councillor Ann Tate.</p></div>"
            "<div><p><span>2</span> Street Trading Policy</p><p>To consider the revised policy.</p><p>22</p>"
            "<p>RESOLVED that the revised Street Trading Policy be adopted from 1 June 2016.</p></div>"
            "<div><p><span>3</span> Fees 2016/17</p><p>To set the fees.</p><p>23</p>"
            "<p>RESOLVED that the fees set out in the appendix be approved.</p></div></body></html>")
    pack = _pack(tmp_path, html, name="page.html")
    assert [m.kind for m in pack.meetings] == ["minutes"]
    meeting = _minutes(pack)
    assert (meeting.body, meeting.date) == ("Licensing Committee", date(2016, 5, 4))
    assert _decisions(meeting) == {"1": [], "2": ["that the revised Street Trading Policy be adopted from 1 June 2016."],
                                   "3": ["that the fees set out in the appendix be approved."]}


def test_an_authority_s_officers_named_after_their_posts_and_parts_printed_without_a_space(tmp_path):
    """A fire authority's minutes: officers "in attendance" named after their posts ("Chief Fire Officer I Walton",
    "Treasurer A Zissis", "Clerk to the Authority R Bainbridge"), and a decision's parts printed with no space after
    their numeral ("(i)That ...")."""
    text = ("Fire Authority for Lowmoor\nAt a meeting of the Fire Authority for Lowmoor held at Headquarters on "
            "Thursday 13 November 2014 at 10.00 a.m.\nPresent:\nCouncillor D Hebden in the Chair\n"
            "Councillors A Blake, J Carr and M Dow.\n"
            "Also in attendance: Chief Fire Officer I Walsh, Treasurer A Zane and Clerk to the Authority R Bain.\n"
            "A1Declarations of interest\nThere were no declarations.\n"
            "A2Budget monitoring – quarter two\nThe Authority considered a report of the treasurer.\nResolved:\n"
            "(i)That the forecast underspend of £86,000 be noted.\n(ii)That the revised capital programme be approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting)["A2"] == ["That the forecast underspend of £86,000 be noted.",
                                         "That the revised capital programme be approved."]
    officers = {p.name: p.role for p in meeting.present if p.role}
    assert officers == {"I Walsh": "Chief Fire Officer", "A Zane": "Treasurer", "R Bain": "Clerk to the Authority"}


def test_a_footer_naming_the_minutes_on_every_page_opens_no_other_meeting(tmp_path):
    """An academy trust's minutes whose every page ends with "Minutes of the Board of Directors' Meeting held on the
    10th October 2018" and a page number: one meeting, its items read on across the pages; "The Directors noted the
    CEO's report." is a decision."""
    footer = ("Minutes of the Board of Directors' Meeting held on the 10th October 2018\n"
              "Signed by Chair ..............................\nPage {}\n")
    text = ("St Brigid Academies Trust\nMinutes of the Directors' Meeting held on Wednesday, 10th October 2018 at 6.00 pm"
            "\nPresent: Mrs B Dean (Chair), Mr T Fell, Mrs S Hart\n"
            "71/18 Opening Prayer\nThe Opening Prayer was led by Mrs Dean.\n"
            "72/18 Apologies\nApologies had been received from Mr G Moss.\n" + footer.format(1) +
            "73/18 Chief Executive Officer's Report\nThe CEO presented her report.\nThe Directors noted the CEO's report.\n"
            + footer.format(2) +
            "74/18 Date of Next Meeting\nWednesday, 12th December 2018 at 6.00 pm.\n" + footer.format(3))
    minutes = [m for m in _pack(tmp_path, text).meetings if m.kind == "minutes"]
    assert [(m.date, [i.number for i in m.items]) for m in minutes] == [
        (date(2018, 10, 10), ["71/18", "72/18", "73/18", "74/18"])]
    assert _decisions(minutes[0])["73/18"] == ["The Directors noted the CEO's report."]


def test_a_capitals_title_wrapped_before_its_date_keeps_the_date(tmp_path):
    """"7  MINUTES OF THE POLICY COMMITTEE MEETING HELD ON" / "13 SEPTEMBER 2021": the date under the title is not
    item 13, and the items after it are read (the title itself is kept to its first line)."""
    text = ("KILREA BOROUGH COUNCIL\nMINUTES OF THE MEETING OF THE COUNCIL HELD ON MONDAY 27 SEPTEMBER 2021\n"
            "Present: Councillor J Ferris (Mayor) (In the Chair)\n\n"
            " 6      MINUTES OF THE OPERATIONS COMMITTEE MEETING HELD ON 6 SEPTEMBER 2021\n"
            "        It was agreed that the minutes be adopted.\n\n"
            " 7      MINUTES OF THE POLICY AND GOVERNANCE COMMITTEE MEETING HELD ON\n"
            "        13 SEPTEMBER 2021\n"
            "        It was agreed that the minutes be adopted.\n\n"
            " 8      CONFIDENTIAL ITEMS\n        None.\n\n 9      ANY OTHER BUSINESS\n        None.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("6", "MINUTES OF THE OPERATIONS COMMITTEE MEETING HELD ON 6 SEPTEMBER 2021"),
        ("7", "MINUTES OF THE POLICY AND GOVERNANCE COMMITTEE MEETING HELD ON"),
        ("8", "CONFIDENTIAL ITEMS"), ("9", "ANY OTHER BUSINESS")]


def test_a_title_line_naming_the_body_before_its_date_hour_and_place(tmp_path):
    """"Monthly Board Meeting Tuesday 16th September 2014 at 1900 hours at the Parish Hall," over "MINUTES": the body
    is named before the date; the hour and the place after it are not part of its name."""
    text = ("                 GLENVAIR PARISH COMMISSIONERS\n\n"
            "  Monthly Board Meeting Tuesday 16th September 2014 at 1900 hours at the Parish Hall,\n"
            "                       Main Road, Glenvair.\n\n                         MINUTES\n\n"
            "Present:   Mr R. Kewley (Chairman), Mrs A. Corlett.\n\n"
            "102/14 Apologies\nNone.\n\n103/14 Minutes\nThe minutes of the last meeting were approved.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date) == ("Monthly Board", date(2014, 9, 16))


def test_a_motion_s_record_ending_in_a_colon_over_bulleted_decisions(tmp_path):
    """Northern Irish minutes record each decision as the motion carried ("On the proposal of X, seconded by Y, it was
    agreed to ..."); when that sentence ends in a colon, the bullets under it are the decisions and it is not."""
    text = ("LOUGHSIDE DISTRICT COUNCIL\nMinutes of Finance Committee Meeting held on Tuesday 6 March 2018 at 7.00pm\n"
            "In the Chair:\nCouncillor M Keane\nFIN/031/2018 DISTRICT RATE 2018/19\n"
            "Read: Report from the Head of Finance. (Copy circulated)\nAGREED:\n"
            "On the proposal of Councillor Ross, seconded by Councillor Bell, it was agreed to recommend to\n"
            "Council:\n• that the capital programme be approved as set out in the report;\n"
            "• that the district rate be set at 1.9% above last year’s rate.\n"
            "FIN/032/2018 TOURISM GRANTS\nAGREED:\n"
            "On the proposal of Councillor Bell, seconded by Councillor Ross, it was agreed to award the grants as listed.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting)["FIN/031/2018"] == ["that the capital programme be approved as set out in the report;",
                                                   "that the district rate be set at 1.9% above last year’s rate."]
    assert _decisions(meeting)["FIN/032/2018"] == [
        "On the proposal of Councillor Bell, seconded by Councillor Ross, it was agreed to award the grants as listed."]


def test_the_last_item_s_prose_decisions_run_to_where_the_meeting_closed(tmp_path):
    """The last item's decisions recorded in prose after its first paragraphs are kept when the minutes say where
    they end ("There being no further business, the meeting ended at ..."); what follows is not minute text."""
    text = ("LOUGHSIDE DISTRICT COUNCIL\nMinutes of Finance Committee Meeting held on Tuesday 6 March 2018 at 7.00pm\n"
            "In the Chair:\nCouncillor M Keane\nFIN/031/2018 DECLARATIONS OF INTEREST\nNone.\n"
            "FIN/032/2018 TENDER FOR CLEANING SERVICES\nRead: Report from the Head of Estates. (Copy circulated)\n"
            "AGREED:\nOn the proposal of Councillor Ross, seconded by Councillor Bell, it was agreed to award the contract "
            "to the most economically advantageous tenderer.\nAGREED:\n"
            "On the proposal of Councillor Bell, seconded by Councillor Ross, it was agreed to come out of closed session.\n"
            "There being no further business, the meeting ended at 8.05pm.\n"
            "Members agreed the arrangements for the civic reception were a success.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert _decisions(meeting)["FIN/032/2018"] == [
        "On the proposal of Councillor Ross, seconded by Councillor Bell, it was agreed to award the contract to the "
        "most economically advantageous tenderer.",
        "On the proposal of Councillor Bell, seconded by Councillor Ross, it was agreed to come out of closed session."]


def test_a_board_named_by_its_acronym_in_a_running_head_and_spelt_out_below(tmp_path):
    """A partnership board's minutes: a running head "Minutes from XSCB Board Meeting: <date>" and a "2 | Page" on
    every page, the title block spelling the acronym out, the date line going on with the hours and the room, and an
    item naming the previous meeting's date, which is not this meeting's."""
    page_head = "Minutes from WSCB Board Meeting: 12th October 2017\n"
    text = (page_head + "1 | Page\nWESTMERE SAFEGUARDING CHILDREN BOARD (WSCB)\n"
            "Thursday 12th October 2017, 9.30am – 12.00pm, Room 4, Westmere House\n"
            "1. Welcome and Apologies\nThe Chair welcomed members. Apologies were noted; Karen Lowe (Lay Member).\n"
            "Lucy Dee (LD)\nMinutes\nWSCB Business Unit\n"
            "2. Minutes of the previous meeting (13th July 2017) and Action Log\n"
            "The minutes were agreed as an accurate record.\n"
            "3. Neglect Strategy\nThe strategy was presented by the Business Manager.\n"
            "Agreed: That the Neglect Strategy be approved.\n" + page_head + "2 | Page\n"
            "4. Any Other Business\nNone.\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date.isoformat()) == ("WESTMERE SAFEGUARDING CHILDREN BOARD", "2017-10-12")
    assert [item.number for item in meeting.items] == ["1", "2", "3", "4"]
    assert _decisions(meeting)["3"] == ["That the Neglect Strategy be approved."]


def test_an_action_log_printed_one_cell_a_line_after_the_last_item(tmp_path):
    """A board's notes end with a summary of actions, its table flattened one cell a line (Ref / Action / Lead /
    Date): each row is an action of the minutes with its lead and date, and its references are no items."""
    text = ("Westmere Carers Board\nMeeting Notes\nTuesday 10th November 2020 – Microsoft Teams\n"
            "1.\nWelcome and apologies\nPresent:\nAnn Lee (AL) – Director (Chair)\nBen Bowe (BB) – Head of Finance\n"
            "2.\nBudget\nBB presented the budget. The Board noted the budget.\n"
            "3.\nAny other business\nNone.\nNext meeting: Tuesday 8th December 2020.\n"
            "Summary of actions\nRef\nAction\nLead\nDate\n"
            "C11\nRe-profile the respite budget for quarter 3\nBB\n04.12.20\n"
            "C12\nWrite to the carers' centre about the helpline hours\nAL\n30.11.20\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert [item.number for item in meeting.items] == ["1", "2", "3"]
    actions = [(a.text, a.owner, a.due) for item in meeting.items for a in item.actions]
    assert actions == [("Re-profile the respite budget for quarter 3", "BB", "04.12.20"),
                       ("Write to the carers' centre about the helpline hours", "AL", "30.11.20")]


def test_a_header_grid_row_names_the_meeting_before_the_venue(tmp_path):
    """A board's minutes whose header is a grid of labels and values ("Meeting  <BODY>  Venue  <room>"), printed with
    its columns kept: the body is the value after "Meeting", not the council named above the grid."""
    text = ("Westmere Metropolitan Borough Council\n"
            "Meeting           WESTMERE YOUTH JUSTICE BOARD                  Venue       ROOM 2, CIVIC CENTRE\n"
            "Date              MONDAY 3RD MARCH 2014                         Start Time  10.00AM\n"
            "Present           K ROWE (CHAIR),         J BANKS,          L CRAIG\n\n"
            "No.   Item                              Action\n"
            "1     Apologies                         None received.\n"
            "2     Reoffending Data                  The Board noted the quarter 3 data.\n"
            "3     Date of Next Meeting              2 June 2014\n")
    meeting = _minutes(_pack(tmp_path, text))
    assert (meeting.body, meeting.date.isoformat()) == ("WESTMERE YOUTH JUSTICE BOARD", "2014-03-03")
