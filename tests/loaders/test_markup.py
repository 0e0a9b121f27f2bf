"""HTML and Word documents read as lines: tables a row a line with spanning cells repeated,
scripts/styles/navigation dropped, and bad input refused with one line naming the file."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.loaders import load_pack
from kg.loaders.text import read_source

TRACKER = """<!DOCTYPE html>
<html><head><title>Tracker</title><style>p { color: red }</style><script>var x = 1;</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/committees">Committees</a></nav>
<p class="MsoNormal"><b>Orchard Vale Scrutiny Panel</b></p>
<p>Chair: Councillor Imogen Tull<br>Updated: 3 May 2022</p>
<table border="1">
<tr><td><b>Meeting date</b></td><td><b>Item</b></td><td><b>Action agreed</b></td><td><b>Officer</b></td><td><b>Progress</b></td></tr>
<tr><td rowspan="2">8 March 2022</td><td>Youth centres</td>
<td>Circulate the opening hours of every youth centre</td><td>Youth Service Manager</td><td>Completed &ndash; sent 10/03/22</td></tr>
<tr><td>Play areas</td><td>Map the play areas due for repair</td><td>Parks Officer</td><td>Outstanding &ndash; now scheduled for 7 June 2022 (slipped)</td></tr>
<tr><td colspan="2">12 April 2022 &ndash; Libraries</td><td>Report library membership by age</td><td>Head of Libraries</td><td>Outstanding</td></tr>
</table>
</body></html>
"""


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_html_tables_repeat_spanning_cells_and_drop_page_furniture(tmp_path):
    lines = read_source(_write(tmp_path, "tracker.html", TRACKER.encode())).raw_lines
    assert lines[:5] == ["Orchard Vale Scrutiny Panel", "", "Chair: Councillor Imogen Tull", "Updated: 3 May 2022", ""]
    rows = [line.split("\t") for line in lines if "\t" in line]
    assert rows[1][:2] == ["8 March 2022", "Youth centres"]
    assert rows[2][:3] == ["8 March 2022", "Play areas", "Map the play areas due for repair"]
    assert rows[3][:3] == ["12 April 2022 – Libraries", "12 April 2022 – Libraries", "Report library membership by age"]
    assert not any("Home" in line or "color" in line or "var x" in line for line in lines)


def test_html_action_tracker_gives_actions_with_officer_and_status(tmp_path):
    pack = load_pack(_write(tmp_path, "tracker.htm", TRACKER.encode()))
    actions = [a for d in pack.documents for a in d.actions]
    assert [(a.text, a.owner, a.status, a.due) for a in actions] == [
        ("Circulate the opening hours of every youth centre", "Youth Service Manager", "Completed", None),
        ("Map the play areas due for repair", "Parks Officer", "Outstanding", "7 June 2022"),
        ("Report library membership by age", "Head of Libraries", "Outstanding", None),
    ]
    assert [u.text for u in actions[0].updates] == ["sent 10/03/22"]


def _docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("Kestrel Bay Action Plan", level=1)
    document.add_paragraph("Agreed by the Partnership Board.")
    document.add_paragraph("Keep the plan under review", style="List Bullet")
    table = document.add_table(rows=3, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Action", "Owner", "Due date", "Status"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["Train all duty staff", "Jonah Pellow, Duty Manager", "May 2024", "Open"]):
        cell.text = text
    for cell, text in zip(table.rows[2].cells, ["Publish the duty rota", "", "June 2024", "Closed"]):
        cell.text = text
    table.cell(1, 1).merge(table.cell(2, 1))          # one owner for both rows
    document.save(path)
    return path


def test_docx_paragraphs_and_tables_with_a_merged_cell_repeated(tmp_path):
    lines = read_source(_docx(tmp_path / "plan.docx")).raw_lines
    assert [line for line in lines if line] == [
        "Kestrel Bay Action Plan", "Agreed by the Partnership Board.", "- Keep the plan under review",
        "Action\tOwner\tDue date\tStatus",
        "Train all duty staff\tJonah Pellow, Duty Manager\tMay 2024\tOpen",
        "Publish the duty rota\tJonah Pellow, Duty Manager\tJune 2024\tClosed",
    ]
    actions = [a for d in load_pack(tmp_path / "plan.docx").documents for a in d.actions]
    assert [(a.text, a.owner, a.due, a.status) for a in actions] == [
        ("Train all duty staff", "Jonah Pellow, Duty Manager", "May 2024", "Open"),
        ("Publish the duty rota", "Jonah Pellow, Duty Manager", "June 2024", "Closed"),
    ]


@pytest.mark.parametrize("name,data,reason", [
    ("broken.docx", b"PK\x03\x04 this is no zip at all", "not a readable Word .docx package"),
    ("text.docx", b"just some text pretending", "not a readable Word .docx package"),
    ("binary.html", b"\x00\x01\x02<html>\x00" * 40, "binary file"),
    ("empty.html", b"<html><head><script>var a;</script></head><body> </body></html>", "file has no text"),
])
def test_bad_html_and_docx_are_refused_with_one_line_naming_the_file(tmp_path, name, data, reason):
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason
    assert "\n" not in str(caught.value)


MEETING_PAGE = """<!DOCTYPE html>
<html><head><title>Meeting Details</title></head>
<body><form method="post" action="./Page.aspx" id="MainForm">
<input type="hidden" name="__STATE" value="x7f">
<h2>Meeting Details</h2>
<h3>Fenmoor Leisure and Culture Committee</h3>
<p>9 September 2026 - 18:30 to 20:10</p>
<table class="Items">
<tr><td>1</td><td><strong>Apologies</strong><div>Apologies were received from Councillor Tom Eady.</div></td></tr>
<tr><td>2</td><td><strong>Swimming Pool Opening Hours</strong>
<div>To consider the hours for the winter season.</div>
<div>Members discussed the early morning sessions.</div>
<div>AGREED: that the pool open at 6.30am on weekdays from 1 October.</div></td></tr>
</table>
</form></body></html>
"""


def test_a_page_in_a_form_with_items_laid_out_in_a_table(tmp_path):
    """ASP.NET committee pages wrap everything in a form; a table whose cells hold paragraphs lays a page
    out (an item a row) and is read as paragraphs, not as one row of joined cells."""
    pack = load_pack(_write(tmp_path, "meeting.html", MEETING_PAGE.encode()))
    [meeting] = pack.meetings
    assert (meeting.body, str(meeting.date)) == ("Fenmoor Leisure and Culture Committee", "2026-09-09")
    assert [(i.number, i.title, [r.text for r in i.resolutions]) for i in meeting.items] == [
        ("1", "Apologies", []),
        ("2", "Swimming Pool Opening Hours", ["that the pool open at 6.30am on weekdays from 1 October."])]


PANEL_PAGE_WITH_ATTENDANCE = """<html><body>
<h1>Agenda and minutes</h1>
<p>Eastmere Police and Crime Panel - Thursday, 12th March, 2026 10.00 am</p>
<table><tr><th>No.</th><th>Item</th></tr>
<tr><td>7/26</td><td><p>APOLOGIES</p><p>Minutes:</p><p>Apologies were received from Councillor Ben Hale.</p></td></tr>
<tr><td>8/26</td><td><p>POLICE AND CRIME PLAN</p><p>Minutes:</p><p>RESOLVED: that the plan be endorsed.</p></td></tr>
</table>
<h2>Attendance</h2>
<table><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>
<tr><td>Councillor Rosa Kemp</td><td>Chairman</td><td>Present</td></tr>
<tr><td>Councillor Ben Hale</td><td>Committee Member</td><td>Apologies</td></tr>
<tr><td>Councillor Sunil Vyas</td><td>Committee Member</td><td>Present</td></tr>
</table></body></html>
"""


def test_an_attendance_table_after_the_items(tmp_path):
    """A committee system's page prints who attended in a table after the last item: the chair from its role,
    apologies from its attendance column."""
    [meeting] = load_pack(_write(tmp_path, "panel.html", PANEL_PAGE_WITH_ATTENDANCE.encode())).meetings
    assert meeting.chair.name == "Councillor Rosa Kemp"
    assert [p.name for p in meeting.present] == ["Councillor Rosa Kemp", "Councillor Sunil Vyas"]
    assert [p.name for p in meeting.apologies] == ["Councillor Ben Hale"]
    assert [[r.text for r in i.resolutions] for i in meeting.items] == [[], ["that the plan be endorsed."]]


_NUMBERING = ('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/>'
              '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
              '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>'
              '</w:numbering>')


def _numbered_docx(path: Path) -> Path:
    """Minutes whose items Word numbers automatically from 4 (the numbers are in the numbering part, not the text),
    with a lettered list under the second item."""
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    document.part.numbering_part._element = parse_xml(_NUMBERING)     # the template's lists replaced by these

    def numbered(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text)
        num = parse_xml(f'<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                        f'<w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr>')
        paragraph._p.get_or_add_pPr().append(num)

    document.add_paragraph("Trevanion Parish Council")
    document.add_paragraph("Minutes of the meeting of the Parish Council held on Monday 9 February 2026")
    document.add_paragraph("Present: Cllr R Jelbert (Chairman), Cllr T Angove")
    numbered("Apologies for absence", 0)
    document.add_paragraph("RESOLVED to accept the apologies.")
    numbered("Finance", 0)
    numbered("Payments of £420 were approved.", 1)
    numbered("The bank reconciliation was noted.", 1)
    numbered("Date of next meeting", 0)
    document.add_paragraph("Monday 9 March 2026.")
    document.save(path)
    return path


def test_docx_automatic_numbers_are_printed_as_word_renders_them(tmp_path):
    lines = [line for line in read_source(_numbered_docx(tmp_path / "minutes.docx")).raw_lines if line]
    assert lines[3:] == ["4. Apologies for absence", "RESOLVED to accept the apologies.", "5. Finance",
                         "(a) Payments of £420 were approved.", "(b) The bank reconciliation was noted.",
                         "6. Date of next meeting", "Monday 9 March 2026."]
    meeting = next(m for m in load_pack(tmp_path / "minutes.docx").meetings if m.kind == "minutes")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("4", "Apologies for absence"), ("5", "Finance"), ("6", "Date of next meeting")]


def test_a_word_table_of_minutes_reads_each_row_as_an_item(tmp_path):
    """"Item | Minute | Action": each row's minute cell holds the title, the minute's paragraphs and the decision."""
    from docx import Document

    document = Document()
    document.add_paragraph("Ashwold District Council")
    document.add_paragraph("Environment Committee")
    document.add_paragraph("Minutes of a meeting held on Wednesday, 21 January 2026 at 6.00 pm")
    document.add_paragraph("Present: Councillor H Okafor (Chair), Councillor B Lyle")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Item", "Minute", "Action")):
        cell.text = text
    for row, (number, title, text, action) in zip(table.rows[1:], (
            ("EL.33", "Minutes", "RESOLVED: That the minutes of 19 November 2025 be confirmed.", ""),
            ("EL.34", "Garden waste charge 2026/27", "RESOLVED: That the charge be set at £58.", "HES"))):
        row.cells[0].text = number
        row.cells[1].text = title
        row.cells[1].add_paragraph("The Head of Environmental Services presented the report.")
        row.cells[1].add_paragraph(text)
        row.cells[2].text = action
    document.save(tmp_path / "minutes.docx")
    meeting = next(m for m in load_pack(tmp_path / "minutes.docx").meetings if m.kind == "minutes")
    assert [(i.number, i.title, [r.text for r in i.resolutions]) for i in meeting.items] == [
        ("EL.33", "Minutes", ["That the minutes of 19 November 2025 be confirmed."]),
        ("EL.34", "Garden waste charge 2026/27", ["That the charge be set at £58."])]
