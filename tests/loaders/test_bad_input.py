"""Bad input: one clear line naming the file, the rest of the batch still ingested, the store intact."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.api import KnowledgeGraph
from kg.cli import app
from kg.errors import InputError
from kg.loaders.text import read_source

SMALL_PACK = "rotherham-improving-lives-2018-03-13.txt"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n \n", "file has no text"),
    ("binary.txt", b"\x00\x01\x02binary\x00" * 50, "binary file"),
    ("image.png", b"\x89PNG\r\n", "unsupported file type .png"),
    ("fake.pdf", b"this is not a pdf", "not a PDF"),
    ("broken.pdf", b"%PDF-1.4\n garbage without objects", "PDF"),
])
def test_read_source_rejects_with_reason(tmp_path, name, data, reason):
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason


def test_missing_file_is_named(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "nowhere.txt")


def test_cp1252_text_is_decoded(tmp_path):
    text = "CORPORATE PARENTING PANEL\nTuesday, 6th December, 2016\nThe panel\u2019s budget was \u00a3260.\n"
    path = _write(tmp_path, "legacy.txt", text.encode("cp1252"))
    assert read_source(path).raw_lines[2] == "The panel\u2019s budget was \u00a3260."


def test_text_that_is_neither_utf8_nor_cp1252_is_rejected(tmp_path):
    path = _write(tmp_path, "odd.txt", "Minutes\n".encode() + b"\x81\x8d\x8f\x90\x9d" * 20)
    with pytest.raises(InputError, match="neither UTF-8 nor Windows-1252"):
        read_source(path)


def test_cli_batch_reports_each_bad_file_and_ingests_the_good_one(tmp_path, corpus_files):
    good = next(p for p in corpus_files if p.name == SMALL_PACK)
    empty = _write(tmp_path, "empty.txt", b"")
    binary = _write(tmp_path, "blob.txt", b"\x00\xff" * 100)
    shapeless = _write(tmp_path, "shopping.txt", b"eggs\nmilk\nbread\n")
    store = tmp_path / "store"
    result = CliRunner().invoke(app, ["ingest", str(empty), str(binary), str(shapeless), str(tmp_path / "missing.txt"),
                                      str(good), "--store", str(store), "--no-index"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert f"error: {empty}: file is empty" in lines
    assert any(line.startswith(f"error: {binary}: binary file") for line in lines)
    assert not any(line.startswith(f"error: {shapeless}") for line in lines)      # readable: kept as a paper
    assert f"warning: {shapeless}: no agenda, minutes or papers recognised: stored as one paper of type other" \
        in result.output.splitlines()
    assert f"error: {tmp_path / 'missing.txt'}: no such file" in lines
    assert "Traceback" not in result.output
    assert KnowledgeGraph.open(store).stats()["sources"] == 2


def test_cli_exits_non_zero_when_nothing_was_ingested(tmp_path):
    empty = _write(tmp_path, "empty.txt", b"")
    result = CliRunner().invoke(app, ["ingest", str(empty), "--store", str(tmp_path / "store"), "--no-index"])
    assert result.exit_code == 1
    assert "nothing was ingested" in result.output
    assert not (tmp_path / "store" / "CURRENT").exists()


def test_failed_ingest_leaves_store_exactly_as_it_was(tmp_path, corpus_files, monkeypatch):
    good = next(p for p in corpus_files if p.name == SMALL_PACK)
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest([good], with_index=False)
    before = kg.export("nt")
    generation = kg.store.current

    import kg.graph.update as update_module

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(update_module, "write_sources", explode)
    other = tmp_path / "copy.txt"
    shutil.copy(next(p for p in corpus_files if p.name != SMALL_PACK), other)
    with pytest.raises(RuntimeError):
        kg.ingest([other], with_index=False)
    reopened = KnowledgeGraph.open(tmp_path / "store")
    assert reopened.store.current == generation
    assert sorted(reopened.export("nt").splitlines()) == sorted(before.splitlines())
    assert [p.name for p in (tmp_path / "store").iterdir() if p.name.startswith("gen-")] == [generation.name]


@pytest.mark.parametrize("pointer", [b"", b"\xff\xfe garbage", b"gen-000000000000", b"../elsewhere"])
def test_a_damaged_current_pointer_is_one_line_and_deletes_nothing(tmp_path, pointer):
    """A store whose CURRENT names no generation is reported, never read as empty: an ingest would otherwise
    delete every generation folder as abandoned."""
    paper = _write(tmp_path, "minutes.txt", b"Minutes of the Cabinet held on 3 March 2026\n\n1. Apologies\nNone.\n"
                                             b"2. Budget\nRESOLVED: That the budget be approved.\n")
    store = tmp_path / "store"
    assert CliRunner().invoke(app, ["ingest", str(paper), "--store", str(store), "--no-index"]).exit_code == 0
    generations = sorted(p.name for p in store.glob("gen-*"))
    (store / "CURRENT").write_bytes(pointer)
    for command in (["stats", "--store", str(store)], ["ingest", str(paper), "--store", str(store), "--no-index"]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 1, result.output
        assert "the store's CURRENT file" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in store.glob("gen-*")) == generations
