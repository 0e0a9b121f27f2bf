"""Bounded work on any input: a line with no breaks is read quickly, a file over its time budget is
reported and skipped while the batch goes on, and mutated or random documents never raise out of
the reading stage nor run over their budget (a property test)."""
from __future__ import annotations

import random
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.api import KnowledgeGraph
from kg.errors import InputError
from kg.ingest import parse_file
from kg.loaders.limits import MAX_LINE_CHARS, split_long_line
from kg.loaders.normalize import normalize
from kg.model import SourceText
from kg.parsing import parse_in_workers

SMALL_PACK = "rotherham-improving-lives-2018-03-13.txt"
PROPERTY_BUDGET_SECONDS = 20.0

# An invented pack in the usual layout: a body, a date, those present, numbered minutes with resolutions
# and a short plan table, so mutations reach the meeting, minute and plan readers.
PACK = """EXAMPLE SCRUTINY BOARD
Wednesday, 4th March, 2015

Present:- Councillor Arkwright (in the Chair); Councillors Bellamy, Cotton and Dunmore.
Apologies for absence were received from Councillor Eccles.

12. MINUTES OF THE PREVIOUS MEETING HELD ON 14TH JANUARY, 2015

Resolved:- That the minutes of the previous meeting be approved as a correct record.

13. LIBRARY OPENING HOURS

Jo Fairweather, Head of Culture, presented a report on the opening hours of the branch libraries.
Further to Minute No. 7 of 14th January, 2015, the Board noted the results of the survey.

Resolved:- (1) That the report be received.
(2) That a further report be submitted in six months.

Action Plan 2015-16
Priority 1: Keep the libraries open
Ref\tAction\tLead\tTimescale\tRAG
1.1\tReview staffing of the branch libraries\tJo Fairweather\tJune 2015\tGreen
1.2\tConsult users on Saturday hours\tSam Grey\tSeptember 2015\tAmber
"""


def _words_without_breaks(size: int) -> str:
    words = ["the", "board", "resolved", "that", "report", "be", "noted", "minutes", "action", "plan", "lead"]
    rng = random.Random(size)
    return " ".join(rng.choice(words) for _ in range(size // 5))[:size]


def test_long_lines_are_split_at_word_boundaries():
    text = _words_without_breaks(20_000)
    pieces = split_long_line(text)
    assert all(len(piece) <= MAX_LINE_CHARS for piece in pieces) and len(pieces) >= 5
    assert " ".join(pieces) == text
    assert split_long_line("x" * (MAX_LINE_CHARS + 5)) == ["x" * MAX_LINE_CHARS, "xxxxx"]
    assert split_long_line("short line") == ["short line"]


def test_split_pieces_keep_the_original_line_number():
    source = SourceText("one-line.txt", "0" * 64, ["HEADING", _words_without_breaks(10_000), "last"])
    lines = [line for line in normalize(source) if line.text]
    assert [line.start for line in lines] == [1, 2, 2, 2, 3]
    assert all(line.start == line.end for line in lines)


def test_a_250_kb_line_without_breaks_is_done_with_in_under_60_seconds(tmp_path):
    path = tmp_path / "no-breaks.txt"
    path.write_text(_words_without_breaks(250_000))
    started = time.monotonic()
    reports = KnowledgeGraph.open(tmp_path / "store").ingest([path], with_index=False)
    assert time.monotonic() - started < 60
    assert [r.path for r in reports] == [str(path)]
    assert reports[0].status in ("ingested", "error")


def _slow_parse(path: Path) -> str:
    """A parser that never finishes on files named 'stuck*'."""
    if path.name.startswith("stuck"):
        time.sleep(600)
    return path.name


def test_a_file_over_its_budget_is_reported_and_skipped_while_the_rest_go_on(tmp_path):
    paths = [tmp_path / "a.txt", tmp_path / "stuck.txt", tmp_path / "b.txt"]
    started = time.monotonic()
    results = dict(parse_in_workers(paths, _slow_parse, workers=2, budget=2.0))
    assert time.monotonic() - started < 30
    assert results[0] == "a.txt" and results[2] == "b.txt"
    assert isinstance(results[1], InputError)
    assert str(results[1]) == f"{paths[1]}: took longer than 2 s to read and parse; skipped"


def test_ingest_reports_a_pack_over_the_budget_and_writes_nothing(tmp_path, corpus_files):
    pack = next(p for p in corpus_files if p.name == SMALL_PACK)
    kg = KnowledgeGraph.open(tmp_path / "store")
    reports = kg.ingest([pack], with_index=False, budget=0.01)
    assert [(r.status, r.error) for r in reports] == [("error", "took longer than 0.01 s to read and parse; skipped")]
    assert not kg.store.exists()


def test_parallel_workers_give_the_same_graph_as_one(tmp_path, corpus_files):
    packs = [p for p in corpus_files if p.name != "rotherham-cypf-partnership-2014-01-15.txt"][:3]
    one = KnowledgeGraph.open(tmp_path / "one")
    two = KnowledgeGraph.open(tmp_path / "two")
    assert [r.status for r in one.ingest(packs, with_index=False, workers=1)] == ["ingested"] * 3
    assert [r.status for r in two.ingest(packs, with_index=False, workers=2)] == ["ingested"] * 3
    assert sorted(one.export("nt").splitlines()) == sorted(two.export("nt").splitlines())


_LINES = PACK.splitlines()
_mutation = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, len(_LINES) - 1)),
    st.tuples(st.just("duplicate"), st.integers(0, len(_LINES) - 1)),
    st.tuples(st.just("join"), st.integers(0, len(_LINES) - 1)),
    st.tuples(st.just("insert"), st.integers(0, len(_LINES) - 1), st.text(max_size=200)),
    st.tuples(st.just("repeat"), st.integers(0, len(_LINES) - 1), st.integers(2, 400)),
)


def _mutate(lines: list[str], mutations: list[tuple]) -> list[str]:
    lines = list(lines)
    for kind, at, *arg in mutations:
        at = min(at, len(lines) - 1)
        if kind == "delete" and len(lines) > 1:
            del lines[at]
        elif kind == "duplicate":
            lines.insert(at, lines[at])
        elif kind == "join" and at + 1 < len(lines):
            lines[at:at + 2] = [lines[at] + " " + lines[at + 1]]
        elif kind == "insert":
            lines.insert(at, arg[0])
        elif kind == "repeat":   # one line printed over and over, without breaks
            lines[at] = " ".join([lines[at]] * arg[0])
    return lines


def _check_reading_stage(tmp_path: Path, text: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    started = time.monotonic()
    try:
        pack, _ = parse_file(path)
    except InputError as exc:
        assert exc.path == str(path) and exc.reason
    else:
        assert all(line.start >= 1 for line in pack.lines)
    assert time.monotonic() - started < PROPERTY_BUDGET_SECONDS


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(_mutation, min_size=1, max_size=8))
def test_mutated_packs_are_read_or_refused_within_budget(tmp_path, mutations):
    _check_reading_stage(tmp_path, "\n".join(_mutate(_LINES, mutations)))


@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=3000))
def test_random_text_is_read_or_refused_within_budget(tmp_path, text):
    _check_reading_stage(tmp_path, text)
