"""The council a paper belongs to: its letterhead, not the council its business mentions most."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.loaders import load_pack
from kg.model import ParsedPack


def _pack(tmp_path: Path, text: str) -> ParsedPack:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return load_pack(path, None)


def _council(tmp_path: Path, text: str) -> str | None:
    return _pack(tmp_path, text).council


def test_the_letterhead_names_the_council_not_the_planning_authority_its_items_mention(tmp_path):
    text = ("                 ORMSWORTH TOWN COUNCIL\n   The Old Courthouse, Ormsworth OR1 2AB   Tel: 01632 960000\n\n"
            "MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON MONDAY 2 MARCH 2026\n\n"
            "Present: Cllrs A Dale (Chair), B Hope\n\n"
            "1. APPLICATIONS\nThe Committee considered applications received from Wexley District Council.\n"
            "RESOLVED – No objection, subject to Wexley District Council's conditions.\n\n"
            "2. DECISIONS\nThe decisions issued by Wexley District Council were noted.\n"
            "RESOLVED that Wexley District Council be asked to name the new street.\n")
    assert _council(tmp_path, text) == "Ormsworth Town Council"


def test_the_first_form_a_council_prints_of_itself_is_kept(tmp_path):
    """"Abbotsford City Council" at the top; a payment to "Abbotsford District Council" further down is another
    council of the same place, not a second spelling of this one."""
    text = ("ABBOTSFORD CITY COUNCIL\n\nMINUTES OF THE MEETING OF ABBOTSFORD CITY COUNCIL HELD ON MONDAY 9 FEBRUARY 2026\n\n"
            "Present: The Mayor, Councillor Ann Lee (in the Chair)\n\n"
            "C25/26-112 PAYMENTS\nAbbotsford District Council\tBusiness rates\t3,204.00\n"
            "Council RESOLVED that the payments be approved.\n\n"
            "C25/26-113 PARKING\nCouncil RESOLVED to ask Abbotsford District Council for a parking review.\n")
    assert _council(tmp_path, text) == "Abbotsford City Council"


def test_a_council_name_never_reaches_across_a_tables_cells(tmp_path):
    text = ("Minutes of the meeting of the Joint Waste Board held on 11 March 2026\n\n"
            "Name\tCouncil\tAttendance\nCllr Sara Holt\tTamsford Borough Council\tPresent\n"
            "Cllr Dev Rao\tTamsford Borough Council\tPresent\n\n"
            "1. MINUTES\nRESOLVED that the minutes be approved.\n")
    assert _council(tmp_path, text) == "Tamsford Borough Council"


def test_a_council_in_a_column_printed_with_spaces_is_read_apart_from_the_name_beside_it(tmp_path):
    """`pdftotext -layout` keeps a members table's columns apart with runs of spaces only."""
    text = ("HARLOW VALE HEALTH PARTNERSHIP\nMinutes of the meeting held on 4 March 2026\n\n"
            "PRESENT\n     Ann Crake          Head of Housing Options      Dunmere Borough Council\n"
            "     Cllr Ivo Penn      Dunmere Borough Council, Cabinet Member\n"
            "     Dr Sue Lamb        Clinical Lead, Harlow Vale ICB\n\n"
            "1. WELCOME\nThe Chair welcomed members.\n\n2. PLAN\nAgreed: the plan be adopted.\n")
    assert _council(tmp_path, text) == "Dunmere Borough Council"


def test_a_name_run_into_the_council_it_represents_is_no_council(tmp_path):
    """"Cllr Ivo Penn Dunmere Borough Council" with one space between: where the name ends is unknowable, so that
    line names no council; the council printed on its own elsewhere is read."""
    text = ("Minutes of the Harlow Vale Health Partnership held on 4 March 2026\n\n"
            "Present: Cllr Ivo Penn Dunmere Borough Council; Dr Sue Lamb Harlow Vale ICB\n\n"
            "1. HOUSING\nThe report of Dunmere Borough Council was noted.\n"
            "Agreed: Dunmere Borough Council to lead the review.\n\nDunmere Borough Council, Civic Centre, Dunmere\n")
    assert _council(tmp_path, text) == "Dunmere Borough Council"


def test_a_stamp_over_the_letterhead_is_not_read_into_the_councils_name(tmp_path):
    text = ("                                   Public Document Pack\nWexmoor County Council\n\n"
            "PLACES COMMITTEE\n\nMinutes of the meeting of the Places Committee held on 5 May 2026\n\n"
            "Present: Councillors Dale (Chairman), Hope\n\n1. APOLOGIES\nNone.\n")
    assert _council(tmp_path, text) == "Wexmoor County Council"


def test_a_welsh_county_borough_council_under_its_welsh_name(tmp_path):
    text = ("Cyngor Bwrdeistref Sirol Glanrhyd\nGlanrhyd County Borough Council\n\n"
            "Minutes of the meeting of the Cabinet held on 2 June 2026\n\n"
            "Present: Councillor E Rees (Chair), Councillor G Price\n\n1. APOLOGIES\nNone.\n")
    assert _council(tmp_path, text) == "Glanrhyd County Borough Council"


def test_a_community_councils_meeting_of_the_council_is_the_community_council(tmp_path):
    """"Minutes of the meeting of the Council" of a community council: the body is named by its kind, as a town
    or parish council's own meeting is."""
    [meeting] = _pack(tmp_path, "CYNGOR CYMUNED LLANFAES / LLANFAES COMMUNITY COUNCIL\n\n"
                          "Minutes of the monthly meeting of the Council held on Tuesday, 10 March 2026\n\n"
                          "Present: Cllrs A Rees (Chair), B Price\n\n1. APOLOGIES\nNone.\n\n"
                          "2. PLAYING FIELD\nResolved that the grass be cut monthly.\n").meetings
    assert (meeting.body, meeting.council) == ("Community Council", "Llanfaes Community Council")


def test_the_meeting_of_a_parish_council_named_in_full_is_the_parish_councils_own(tmp_path):
    """"Minutes of the Meeting of Ashby Parva Parish Council" under its letterhead: the body is the council's own
    meeting, named by its kind as a town council's is ("Town Council")."""
    [meeting] = _pack(tmp_path, "ASHBY PARVA PARISH COUNCIL\n\n"
                          "Minutes of the Meeting of Ashby Parva Parish Council held on Tuesday 10th\n"
                          "February 2026 at 7.30pm in the Village Hall\n\n"
                          "Present: Cllrs M. Hart (Chairman), J. Penn\n\n1.  Apologies for absence\n    None.\n\n"
                          "2.  Playing field\n    Resolved: to cut the grass monthly.\n").meetings
    assert (meeting.body, meeting.council) == ("Parish Council", "Ashby Parva Parish Council")


def test_a_council_printed_as_a_title_line_beats_one_named_in_a_sentence(tmp_path):
    """Text in drawing order prints the title block after the first items: the council on a line of its own is the
    paper's, not the parish council a declaration names before it."""
    text = ("Members Present:\nCouncillor A J Dale (Chairman)\n\n"
            "Minute No. 31\nDECLARATIONS OF INTEREST\nCouncillor Bell declared a personal interest as a member of\n"
            "West Wexby Parish Council, which had been consulted on the application.\n\n"
            "WEXBY DISTRICT COUNCIL\n\nMINUTES of a meeting of the PLANNING COMMITTEE held on 15 July 2008\n\n"
            "Minute No. 32\nAPPLICATION 08/00412/FUL\nRESOLVED: That planning permission be granted.\n"
            "Minute No. 33\nAPPEALS\nRESOLVED: That the appeal decisions be noted.\n")
    assert _council(tmp_path, text) == "Wexby District Council"


def test_a_web_page_that_names_its_council_only_in_its_title(tmp_path):
    """A committee system's page loses the logo that names the council; its <title> still does."""
    page = ("<html><head><title>Minutes - Licensing Panel - 3 June 2026 - Orrin Vale District Council</title></head>"
            "<body><h1>Licensing Panel - Wednesday, 3rd June, 2026 10.00 am</h1>"
            "<p>Present: Councillor A Dale (Chair), Councillor B Hope</p>"
            "<h2>1. Apologies</h2><p>None.</p><h2>2. Fees</h2><p>RESOLVED: That the fees be approved.</p>"
            "</body></html>")
    path = tmp_path / "minutes.html"
    path.write_text(page, encoding="utf-8")
    assert load_pack(path, None).council == "Orrin Vale District Council"


@pytest.mark.parametrize("letterhead,council", [
    ("BOROUGH OF TERNMOUTH", "Borough of Ternmouth"),
    ("CITY AND COUNTY OF LLANDERW", "City and County of Llanderw"),
    ("COMHAIRLE NAN EILEAN MHOR", "Comhairle nan Eilean Mhor"),
])
def test_councils_named_without_the_word_council(tmp_path, letterhead, council):
    text = (f"{letterhead}\n\nAUDIT COMMITTEE\n\nMinutes of the meeting held on Monday 2 March 2026\n\n"
            "Present: Councillor A Dale (Chair), Councillor B Hope\n\n1. APOLOGIES\nNone.\n")
    assert _council(tmp_path, text) == council


def test_an_authority_that_is_not_called_a_council_stands_for_one(tmp_path):
    """A national park authority's letterhead, "Meeting:" printed over the body's name; a council's minutes that
    mention a combined authority and a fire authority remain the council's."""
    text = ("Tarnfell National Park Authority\n\nMINUTES\nMeeting:\n\nNational Park Authority\n\nDate:\n\n"
            "Friday 22 November 2024 at 10.00 am\n\nPresent:\n\nCllr Ann Dale, Mr Ben Hope\n\n"
            "1. Minutes\n\nRESOLVED: That the minutes be approved.\n")
    pack = _pack(tmp_path, text)
    assert pack.council == "Tarnfell National Park Authority"
    assert [m.body for m in pack.meetings] == ["National Park Authority"]
    text = ("Minutes of the meeting of the Cabinet held on 3 March 2026\n\nPresent: Councillor Ann Dale (Chair)\n\n"
            "1. Transport\nThe Leader reported on the Lowmoor Combined Authority's bus franchising decision.\n"
            "RESOLVED: That the Lowmoor Combined Authority be asked to consult the Lowmoor Fire Authority.\n\n"
            "Ashby Vale District Council, Council Offices, Ashby Vale\n")
    assert _council(tmp_path, text) == "Ashby Vale District Council"
