"""People in attendance and action layouts the bundled packs do not all show (FORMATS.md "People")."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.entities import resolve_people
from kg.graph.entities_bridge import dated_mentions
from kg.loaders import load_pack
from kg.model import PersonMention, Span

CORPUS = Path(__file__).resolve().parents[2] / "data" / "rotherham"

SURNAMES_AFTER_CHAIR = """TESTSHIRE COUNCIL

CORPORATE PARENTING PANEL
Tuesday 5 January 2021

PRESENT: Councillor Wilson in the chair.

Councillors Beck, Cusworth and Jarvis.

1. MINUTES OF THE PREVIOUS MEETING

Resolved:- That the minutes of the previous meeting be approved as a true record.

2. PERFORMANCE REPORT

The Performance and Business Intelligence Manager presented the quarterly performance report. Councillor Beck asked \
about placement stability. Mary Roe, Head of Service, Children's Social Care, explained the figures.

ACTION: MR

Resolved:- That the report be noted.
"""

BLOCKS_BY_CATEGORY = """TESTSHIRE COUNCIL

HEALTH AND WELLBEING BOARD
Tuesday 1 March 2022

Present:

Elected Members
Councillor Jane Smith (Chair)
Councillor Tom Brown

Officers
Mary Roe – Head of Service / Children's Social Care
Sam Patel – Democratic Services Officer

Apologies:
Councillor Ann White

1. MINUTES OF THE PREVIOUS MEETING

Resolved:- That the minutes of the previous meeting be approved as a true record.

2. PERFORMANCE

Councillor Smith introduced the item. Mary Roe explained the figures (Action: Mary Roe/Sam Patel).

Resolved:- That the report be noted.
"""


def meeting_of(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    pack = load_pack(path)
    (meeting,) = pack.meetings
    return pack, meeting


def test_surnames_listed_after_the_chair(tmp_path):
    _, meeting = meeting_of(tmp_path, "testshire-panel-2021-01-05.txt", SURNAMES_AFTER_CHAIR)
    assert meeting.chair.name == "Councillor Wilson"
    assert [p.name for p in meeting.present] == ["Councillor Wilson", "Councillor Beck", "Councillor Cusworth",
                                                 "Councillor Jarvis"]


def test_post_and_initials_in_an_item_resolve_to_people(tmp_path):
    pack, meeting = meeting_of(tmp_path, "testshire-panel-2021-01-05.txt", SURNAMES_AFTER_CHAIR)
    item = meeting.items[1]
    post = "Performance and Business Intelligence Manager"
    named = [(p.name, p.capacity) for p in item.people if p.name in ("MR", post)]
    assert named == [(post, "presenter"), ("MR", "lead")]
    mentions = [m for m, _ in dated_mentions(pack) if isinstance(m, PersonMention)]
    roe = next(c for c in resolve_people(mentions) if c.name == "Mary Roe")
    assert "MR" in {m.name for m in roe.mentions}
    assert roe.evidence == ["'MR' ~ 'Mary Roe': the only person in the same pack with those initials"]


def test_attendance_blocks_by_category(tmp_path):
    _, meeting = meeting_of(tmp_path, "testshire-board-2022-03-01.txt", BLOCKS_BY_CATEGORY)
    assert meeting.chair.name == "Councillor Jane Smith"
    assert [(p.name, p.role) for p in meeting.present] == [
        ("Councillor Jane Smith", None), ("Councillor Tom Brown", None),
        ("Mary Roe", "Head of Service / Children's Social Care"), ("Sam Patel", "Democratic Services Officer")]
    assert [p.name for p in meeting.apologies] == ["Councillor Ann White"]


def test_surname_only_councillor_joins_the_one_full_name_not_the_others(tmp_path):
    pack, _ = meeting_of(tmp_path, "testshire-board-2022-03-01.txt", BLOCKS_BY_CATEGORY)
    mentions = [m for m, _ in dated_mentions(pack) if isinstance(m, PersonMention)]
    clusters = {c.name: c for c in resolve_people(mentions)}
    assert "Councillor Smith" in clusters["Jane Smith"].variants
    assert {"Tom Brown", "Ann White", "Mary Roe", "Sam Patel"} <= set(clusters)


def test_initials_declared_in_brackets_win_over_other_people_with_those_initials():
    a = Span("a.txt", 1, 1)
    clusters = resolve_people([PersonMention("Lorraine Dale (LD)", a), PersonMention("Lisa Du-Valle", a),
                               PersonMention("LD", a), PersonMention("Mark Roberts", Span("b.txt", 1, 1)),
                               PersonMention("Mike Ross", Span("b.txt", 1, 1)),
                               PersonMention("MR", Span("b.txt", 2, 2))])
    by_name = {c.name: c for c in clusters}
    assert len(by_name["Lorraine Dale"].mentions) == 2 and len(by_name["Lisa Du-Valle"].mentions) == 1
    assert len(by_name["MR"].mentions) == 1          # two people in b.txt have the initials M.R.: not guessed


def test_action_initials_in_a_partner_boards_minutes():
    pack = load_pack(CORPUS / "rotherham-corporate-parenting-panel-2016-12-06.txt")
    mentions = [m for m, _ in dated_mentions(pack) if isinstance(m, PersonMention)]
    dale = next(c for c in resolve_people(mentions) if c.name == "Lorraine Dale")
    assert {m.name for m in dale.mentions} >= {"Lorraine Dale (LD)", "LD"}
    assert "'LD' ~ 'Lorraine Dale': printed as 'Lorraine Dale (LD)' in the same pack" in dale.evidence


def test_the_chairman_in_an_item_is_the_meetings_chair():
    pack = load_pack(CORPUS / "rotherham-cypf-partnership-2013-05-22.txt")
    (meeting,) = [m for m in pack.meetings if m.kind == "minutes" and str(m.date) == "2013-03-20"]
    item = next(i for i in meeting.items if i.number == "206")              # "The Chairman reported that ..."
    assert [(p.name, p.role, p.capacity) for p in item.people if p.role == "Chair"] == [
        ("Councillor Lakin", "Chair", "presenter")]
    chaired = [i.number for m in load_pack(CORPUS / "rotherham-improving-lives-2018-03-13.txt").meetings
               for i in m.items if any(p.role == "Chair" for p in i.people)]
    assert chaired == ["110"]       # "signature by the Chairman"; "the Chair of the Improving Lives ..." is not


def test_chair_of_another_body_is_not_the_meetings_chair(tmp_path):
    text = SURNAMES_AFTER_CHAIR.replace("Councillor Beck asked", "The Chair of the Safeguarding Board asked")
    _, meeting = meeting_of(tmp_path, "testshire-panel-2021-01-05.txt", text)
    assert not any(p.name == "Councillor Wilson" for i in meeting.items for p in i.people)


@pytest.mark.parametrize("present, chair, names", [
    ("Present: Councillor Jane Smith (Chair) / Councillor Tom Brown / Mary Roe (Head of Service)",
     "Councillor Jane Smith", ["Councillor Jane Smith", "Councillor Tom Brown", "Mary Roe"]),
    ("Present: Councillors Smith (Chair), Brown and White.",
     "Councillor Smith", ["Councillor Smith", "Councillor Brown", "Councillor White"]),
    ("Present: Councillor Smith (Vice-Chair, in the Chair), Councillor Brown and Mary Roe.",
     "Councillor Smith", ["Councillor Smith", "Councillor Brown", "Mary Roe"]),
    ("Present: Councillors Smith (Vice-Chair), Brown and White.",
     None, ["Councillor Smith", "Councillor Brown", "Councillor White"]),
    ("PRESENT: Councillor Wilson (Chairman); Councillors Beck and Jarvis; Mrs J Smith (co-opted member).",
     "Councillor Wilson", ["Councillor Wilson", "Councillor Beck", "Councillor Jarvis", "Mrs J Smith"]),
])
def test_present_lists_with_the_chair_marked_in_brackets(tmp_path, present, chair, names):
    text = SURNAMES_AFTER_CHAIR.replace("PRESENT: Councillor Wilson in the chair.\n\nCouncillors Beck, Cusworth and "
                                        "Jarvis.", present)
    _, meeting = meeting_of(tmp_path, "testshire-panel-2021-01-05.txt", text)
    assert (meeting.chair.name if meeting.chair else None) == chair
    assert [p.name for p in meeting.present] == names


def _attendance(tmp_path: Path, header: str) -> tuple[str | None, list[str]]:
    _, meeting = meeting_of(tmp_path, "minutes.txt",
                            f"{header}\n\n1. APOLOGIES\nNone.\n\n2. LIBRARIES\nRESOLVED – That the report be noted.\n")
    return (meeting.chair.name if meeting.chair else None), [person.name for person in meeting.present]


def test_a_full_council_presided_by_the_mayor_named_in_brackets(tmp_path):
    chair, present = _attendance(tmp_path, (
        "Minutes of a meeting of the Council held on Wednesday, 4 March 2026\nPresent:\n"
        "The Mayor (Councillor Iris Vane) in the Chair\nThe Deputy Mayor (Councillor Omar Holt)\n"
        "Councillors Abbot, Brook and Carr"))
    assert chair == "Councillor Iris Vane"
    assert sorted(present) == ["Councillor Abbot", "Councillor Brook", "Councillor Carr", "Councillor Iris Vane",
                               "Councillor Omar Holt"]


def test_two_columns_of_councillors_run_into_one_line_and_a_substitute(tmp_path):
    chair, present = _attendance(tmp_path, (
        "Children's Committee\nMinutes of the Meeting held on Tuesday 3 March 2026\nPresent:\n"
        "Cllr Ann Dale (Chair)\nCllr Bo Hart Cllr Cy Moss\nCllr Di Penn Cllr Ed Quill\n"
        "Substitute Member Present:\nCllr Fay Rowe for Cllr Gus Sims"))
    assert chair == "Councillor Ann Dale"
    assert present == ["Councillor Ann Dale", "Councillor Bo Hart", "Councillor Cy Moss", "Councillor Di Penn",
                       "Councillor Ed Quill", "Councillor Fay Rowe"]


def test_two_cells_of_members_glued_into_one_word(tmp_path):
    chair, present = _attendance(tmp_path, (
        "Westmere Borough Council\nMinutes of the Housing Committee held on Monday 9 March 2026\nIn the Chair:\n"
        "Councillor K Lyle\nIn attendance:\nCouncillor R AbbotCouncillor T O’Dea\nCouncillor W GrantCouncillor E Hale\n"
        "Councillor N Ives\n1. APOLOGIES\nNone."))
    assert chair == "Councillor K Lyle"
    assert present == ["Councillor K Lyle", "Councillor R Abbot", "Councillor T O’Dea", "Councillor W Grant",
                       "Councillor E Hale", "Councillor N Ives"]


def test_a_table_of_members_flattened_one_cell_a_line_under_attendance_and_apologies(tmp_path):
    _, meeting = meeting_of(tmp_path, "board.txt", (
        "WESTMERE GROWTH BOARD\nMinutes of the Meeting\n4 March 2019\nCivic Hall, Westmere\n"
        "Attendance and Apologies:\nDirectors\nRepresenting\nNadia Orme\nNO\nPrivate Sector – Board Chair\n"
        "Cllr Peter Vane\nPV\nWestmere District Councils\nRuth Sallow\nRS\nHigher Education\n"
        "In Attendance\nOwen Tasker\nOT\nChief Executive\nApologies\nCllr Mina Rao\nMR\nWestmere County Council\n"
        "Keith Lomas\nKL\nFurther Education\n1. Welcome\n1.1 NO welcomed those present.\n"
        "2. Growth Deal Programme\n2.1 The Board approved the programme.\n"))
    assert [(p.name, p.role) for p in meeting.present] == [
        ("Nadia Orme", "Private Sector – Board Chair"), ("Councillor Peter Vane", "Westmere District Councils"),
        ("Ruth Sallow", "Higher Education"), ("Owen Tasker", "Chief Executive")]
    assert [p.name for p in meeting.apologies] == ["Councillor Mina Rao", "Keith Lomas"]


def test_the_chair_named_with_another_post_and_a_label_column_wrapped(tmp_path):
    chair, present = _attendance(tmp_path, (
        "Minutes of a meeting of the Cabinet held on Tuesday, 13 January 2026\n\n"
        " Present:    Councillor H Marsh (Leader of the Council and Chair), Councillor R Oke\n"
        "             (Deputy Leader), Councillors T Ash and M Iqbal\n\n"
        " Also        Councillors A Bell (Leader of the Opposition), C Dunn and\n"
        " Present:    K Yard\n"))
    assert chair == "Councillor H Marsh"
    assert present == ["Councillor H Marsh", "Councillor R Oke", "Councillor T Ash", "Councillor M Iqbal",
                       "Councillor A Bell", "Councillor C Dunn", "Councillor K Yard"]


def test_a_table_of_members_and_their_roles_run_into_lines(tmp_path):
    """pdfplumber prints a two-column table ("Member | Appointed as") as one line a row, name and role run together;
    initials mark where a name ends, and "and" inside a role ("Highways and Transport") splits nobody."""
    chair, present = _attendance(tmp_path, (
        "MINUTES of a meeting of the Wexmoor Police Authority held on Thursday 25 June 2009.\n"
        "PRESENT: Member Appointed as\n"
        "Mr R Dale (Chairman) Independent Member\n"
        "Councillor Mrs J Ash (Vice-Chairman) Wexmoor County Council\n"
        "Councillor M Lathe Highways and Transport\n"
        "Mr K Jess JP Magistrate Member\n"
        "Councillor Mrs W Vick Oakleigh Borough Council (substitute for Councillor T Lamb)"))
    assert chair == "Mr R Dale"
    assert present == ["Mr R Dale", "Councillor J Ash", "Councillor M Lathe", "Mr K Jess", "Councillor W Vick"]


def test_attendance_told_in_sentences_under_the_apologies_item(tmp_path):
    _, meeting = meeting_of(tmp_path, "page.txt", "Agenda and minutes\n\nCabinet - Tuesday, 9th January, 2024 6.00 pm\n\nItems\nNo.\tItem\n\n71.\n\n"
                    "Apologies for Absence\n\nMinutes:\n\nThe Leader of the Council, Councillor Iris Vane, chaired the "
                    "meeting. Also present were Councillors Dev Sand, Pia Oke and Cal Ash.\n\nApologies for absence "
                    "were received from Councillor Tom Renn.\n\n72.\n\nBudget\n\nMinutes:\n\nThat the budget be "
                    "approved.\n")
    assert meeting.chair.name == "Councillor Iris Vane"
    assert [p.name for p in meeting.present] == ["Councillor Iris Vane", "Councillor Dev Sand", "Councillor Pia Oke",
                                                  "Councillor Cal Ash"]
    assert [p.name for p in meeting.apologies] == ["Councillor Tom Renn"]


def test_a_chair_who_sent_apologies_does_not_chair(tmp_path):
    _, meeting = meeting_of(tmp_path, "minutes.txt", "Minutes of the Licensing Committee held on 16 November 2021\n\n"
                    "Present: Councillors Gwen Morc, Femi Ade and Roy Hinch\n\n"
                    "1. Election of Chair for the meeting\nThat Councillor Gwen Morc be elected Chair for the meeting.\n\n"
                    "2. Apologies\nApologies were received from Councillors Paul Strand (Chair) and Elsie Vance "
                    "(Vice-Chair).\n\n3. Fees\nRESOLVED: That the fees be approved.\n")
    assert [(p.name, p.capacity) for p in meeting.apologies] == [
        ("Councillor Paul Strand", "apologies"), ("Councillor Elsie Vance", "apologies")]
    assert meeting.chair.name == "Councillor Gwen Morc"


@pytest.mark.parametrize("attendance, chair", [
    ("PRESENT:         Councillor Lorna Fair (Mayor)\n                 Councillor Sian Chad (Deputy Mayor)\n"
     "                 Councillors Abbot, Brook and Carr", "Councillor Lorna Fair"),
    ("Present: Councillor Owen Treg (Chairman of the Council), Councillor Gwen Row, Councillor Brian Crow",
     "Councillor Owen Treg"),
    ("Present: Provost Aled Rad, Councillors Abbot, Brook and Carr\n\nProvost Aled Rad, presiding.", "Aled Rad"),
])
def test_the_civic_head_presides_over_full_council(tmp_path, attendance, chair):
    found, _ = _attendance(tmp_path, f"Minutes of the meeting of Wexby Council held on 18 July 2024\n\n{attendance}")
    assert found == chair


def test_a_grid_of_surnames_under_a_councillors_label_of_its_own(tmp_path):
    _, present = _attendance(tmp_path, (
        "Minutes of the meeting of the County Council held on Thursday 18 July 2024\n\n"
        "     PRESENT:   Councillor Eli Cott (Chairman)\n\n     Councillors:\n"
        "     Cardew             Venables           Rowbotham\n     Radcliffe          Chaudry            Kavanagh\n"))
    assert present == ["Councillor Eli Cott", "Councillor Cardew", "Councillor Venables", "Councillor Rowbotham",
                       "Councillor Radcliffe", "Councillor Chaudry", "Councillor Kavanagh"]


def test_a_board_of_directors_table_with_initials_and_what_each_represents(tmp_path):
    chair, present = _attendance(tmp_path, (
        "WEXBY ENTERPRISE PARTNERSHIP\nBOARD OF DIRECTORS\nMinutes of the meeting held on 27 November 2018\n"
        "Directors                    Representing\n"
        "Graham Lyth          GL      Private Sector (Chair)\n"
        "Amira Khou           AK      Private Sector (Vice-Chair)\n"
        "Cllr Stuart Bell     SB      Wexby County Council\n"))
    assert chair == "Graham Lyth"
    assert present == ["Graham Lyth", "Amira Khou", "Councillor Stuart Bell"]
