"""Extraction debris repaired line by line, keeping the original line numbers."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.loaders.normalize import normalize
from kg.loaders.text import read_source

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
