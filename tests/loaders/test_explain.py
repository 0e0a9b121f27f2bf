"""`kg ingest --explain` and the unread-lines check, on invented minutes."""
from __future__ import annotations

from dataclasses import replace

from typer.testing import CliRunner

from kg.cli import app
from kg.loaders import load_pack
from kg.loaders.explain import explain, unread, unread_warnings

MINUTES = """Minutes of the meeting of the Fenwick Borough Council Housing Panel held on 14 March 2024

Present: Councillor Ada Pell (in the Chair), Councillors Ross Vane and Iris Coe.

1. APOLOGIES FOR ABSENCE

Apologies were received from Councillor Tom Hale.

2. TENANCY SUSTAINMENT REPORT

The Housing Manager presented the quarterly tenancy sustainment report.

RESOLVED: That the report be noted.
"""


def _pack(tmp_path):
    path = tmp_path / "fenwick-housing-panel.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return load_pack(path), path


def test_explain_lists_each_record_by_its_lines(tmp_path):
    pack, _ = _pack(tmp_path)
    rows = [(row.start, row.kind, row.text) for row in explain(pack)]
    assert (5, "item", "1 APOLOGIES FOR ABSENCE") in rows
    assert (9, "item", "2 TENANCY SUSTAINMENT REPORT") in rows
    assert (13, "decision (Resolved)", "That the report be noted.") in rows
    assert rows[0][1] == "minutes of a meeting" and "Housing Panel, 2024-03-14" in rows[0][2]
    assert unread(pack) == []


def test_a_decision_label_left_unread_is_reported_with_its_line(tmp_path):
    pack, _ = _pack(tmp_path)
    meeting = pack.meetings[0]
    without_decisions = replace(meeting, items=[replace(item, resolutions=[]) for item in meeting.items])
    pack = replace(pack, meetings=[without_decisions])
    assert [(kind, line.start) for kind, line in unread(pack)] == [("decision labels with no decision read", 13)]
    assert unread_warnings(pack) == ["unread: decision labels with no decision read (1) at lines 13"]


def test_cli_explain_prints_the_records_and_writes_no_store(tmp_path):
    _, path = _pack(tmp_path)
    result = CliRunner().invoke(app, ["ingest", "--explain", str(path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "TENANCY SUSTAINMENT REPORT" in result.output and "decision (Resolved)" in result.output
    assert not (tmp_path / "store").exists()
