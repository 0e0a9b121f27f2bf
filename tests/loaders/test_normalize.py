"""Extraction debris repaired line by line, keeping the original line numbers."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.loaders.normalize import normalize, paragraphs
from kg.loaders.text import read_source
from kg.model import Line

CORPUS = Path(__file__).resolve().parents[2] / "data" / "rotherham"


@pytest.mark.parametrize(("printed", "meant"), [
    (" Who we spoke toWho we spoke toWho we spoke toWho we spoke to", "Who we spoke to"),
    (" Why are we doing this?  Why are we doing this?  Why are we doing this?  ", "Why are we doing this?"),
    (" OOOOur approach ur approach ur approach ur approach ", "Our approach"),
    ("aaaalready in action…lready in action…lready in action…lready in action…", "already in action…"),
    ("Bringing together 'thinkers’ Bringing together 'thinkers’ Bringing together 'thinkers’ and",
     "Bringing together 'thinkers’ and"),
    # not overprints: short repeated cells, rules and leaders, a word said twice
    ("Green Green Green Amber", "Green Green Green Amber"),
    ("--------------------\t--", "--------------------\t--"),
    ("that had had to be done", "that had had to be done"),
])
def test_overprinted_runs_are_read_once(tmp_path, printed, meant):
    path = tmp_path / "pack.txt"
    path.write_text(f"Heading\n{printed}\n", encoding="utf-8")
    assert normalize(read_source(path))[1].text == meant


def test_overprinted_headings_of_the_2018_pack_keep_their_line_numbers():
    lines = {line.start: line.text for line in normalize(read_source(CORPUS / "rotherham-improving-lives-2018-03-13.txt"))}
    assert lines[532] == "Our approach"
    assert lines[582] == "Who we spoke to"
    assert lines[697] == "‘Child Friendly Rotherham’"
    assert lines[699] == "already in action…"


def test_letters_and_digits_an_ocr_reading_confused_are_put_back(tmp_path):
    """A scanned page read by OCR: "RES0LVED", "Counci1", "c0uncil" are words; "26/00l", "26/0O4" are minute numbers.
    Road numbers, ordinals, times and references stay as printed."""
    from kg.loaders import load_pack
    text = ("LOWER ASHCOTT PARISH COUNCIL\n\nMinutes of the Meeting of the Parish Counci1 held on Tuesday 20th January 2026\n\n"
            "Present: Cllr A Moss (Chairman), Cllr B Hale\n\n"
            "Min 26/00l  APOLOGIES\n     RES0LVED to accept the apologies.\n\n"
            "Min 26/0O4  HIGHWAYS\n     Speeding on the B1234 and the A1 at 10am on 1st May; the c0uncil tax.\n"
            "     RESOLVED that the Clerk write to the County Council.\n")
    path = tmp_path / "scan.txt"
    path.write_text(text, encoding="utf-8")
    meeting = next(m for m in load_pack(path, None).meetings if m.kind == "minutes")
    assert [(i.number, [r.text for r in i.resolutions]) for i in meeting.items] == [
        ("26/001", ["to accept the apologies."]), ("26/004", ["that the Clerk write to the County Council."])]
    assert "B1234 and the A1 at 10am on 1st May; the council tax." in meeting.items[1].text


@pytest.mark.parametrize("printed, meant", [
    ("22.   DECLARATl0NS OF lNTEREST", "22. DECLARATIONS OF INTEREST"),
    ("27.   STATEMENT 0F INVESTMENT PRlNClPLES", "27. STATEMENT OF INVESTMENT PRINCIPLES"),
    ("All children and the PDF 10l", "All children and the PDF 10l"),          # a word in lower case stays
    ("In the Chair: The Mayor (Counci1lor S J Keown)", "In the Chair: The Mayor (Councillor S J Keown)"),
])
def test_capitals_an_ocr_reading_printed_with_l_and_zero_are_put_back(tmp_path, printed, meant):
    path = tmp_path / "scan.txt"
    path.write_text(printed + "\n", encoding="utf-8")
    assert normalize(read_source(path))[0].text == meant


def test_a_sentence_wrapped_before_an_acronym_goes_on_and_a_label_or_an_owner_opens_a_block():
    """"to create three new" / "SEN resource bases at ...": one sentence; "RESOLVED that ..." after an unfinished
    line, "HLC to circulate ..." (an action by its owner's initials) and a heading in capitals each open a block."""
    texts = ["(1) approves capital expenditure of £6.8m to create three new", "SEN resource bases at two schools;",
             "The proposal was put to the vote and", "RESOLVED that the report be noted.",
             "Partners agreed the offer would be reviewed and", "HLC to circulate the revised offer to partners.",
             "The item was deferred to the next", "ANY OTHER BUSINESS"]
    lines = [Line(text, number, number) for number, text in enumerate(texts, start=1)]
    assert [p.text for p in paragraphs(lines)] == [
        "(1) approves capital expenditure of £6.8m to create three new SEN resource bases at two schools;",
        "The proposal was put to the vote and", "RESOLVED that the report be noted.",
        "Partners agreed the offer would be reviewed and", "HLC to circulate the revised offer to partners.",
        "The item was deferred to the next", "ANY OTHER BUSINESS"]
