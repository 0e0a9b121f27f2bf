"""What answers need of the whole store, saved beside the index at ingest: read back as it was worked
out, and worked out again when the code that saved it was other code."""
from __future__ import annotations

import pickle

import pytest

from kg.answer.store_state import STATE_FILE, StoreState


@pytest.fixture(scope="module")
def loaded(built_kg):
    searcher = built_kg.searcher
    return built_kg.store.index_dir(), built_kg.graph, searcher.index


def same(a: StoreState, b: StoreState) -> bool:
    return (a.meetings, a.organisations, a.text.text, a.text.stems, a.text.home) == \
           (b.meetings, b.organisations, b.text.text, b.text.stems, b.text.home)


@pytest.mark.slow
def test_the_saved_state_is_what_the_store_gives(loaded):
    folder, graph, index = loaded
    assert (folder / STATE_FILE).is_file()
    saved, worked_out = StoreState.load(folder, graph, index), StoreState.of(graph, index)
    assert same(saved, worked_out)
    assert len(saved.meetings) == 14 and saved.text.home == "rotherham"
    (panel,) = [m for m in saved.meetings if m["body"] == "Corporate Parenting Panel" and m["kind"] == "agenda"]
    assert panel["date"] == "2016-12-06" and panel["printed_date"]["text"] == "Date: Tuesday, 6th December, 2016"


@pytest.mark.slow
def test_a_state_saved_by_other_code_is_worked_out_again(loaded, tmp_path):
    _, graph, index = loaded
    with (tmp_path / STATE_FILE).open("wb") as out:
        pickle.dump("a key of other code", out)
        out.write(b"not a pickle of this code's state")   # never read
    assert same(StoreState.load(tmp_path, graph, index), StoreState.of(graph, index))
    assert same(StoreState.load(tmp_path / "missing", graph, index), StoreState.of(graph, index))
