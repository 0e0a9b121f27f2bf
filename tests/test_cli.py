"""Bad input on the command line: each gets one error line naming the file or the option and a
non-zero exit, never a traceback. Runs on the graph-only store (no model loaded)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg.cli import app


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def store_of(kg) -> str:
    return str(kg.store.root)


def test_a_questions_file_that_is_not_text_is_named(graph_kg, tmp_path):
    binary = tmp_path / "questions.txt"
    binary.write_bytes(b"who chaired\n\xff\xfe\x00\x01")
    result = run("ask", "--questions", str(binary), "--store", store_of(graph_kg))
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {binary}: not UTF-8 text (one question a line)"


@pytest.mark.parametrize("content", ["", "\n  \n\t\n"])
def test_a_questions_file_without_questions_is_refused(graph_kg, tmp_path, content):
    empty = tmp_path / "questions.txt"
    empty.write_text(content, encoding="utf-8")
    result = run("ask", "--questions", str(empty), "--store", store_of(graph_kg))
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {empty}: no questions in it (one a line)"


def test_a_missing_questions_file_is_named(graph_kg, tmp_path):
    result = run("ask", "--questions", str(tmp_path / "none.txt"), "--store", store_of(graph_kg))
    assert result.exit_code == 2 and result.output.strip() == f"error: {tmp_path / 'none.txt'}: no such file"


@pytest.mark.parametrize("k", ["0", "-3"])
def test_k_below_one_is_a_usage_error(graph_kg, k):
    result = run("ask", "who chaired the panel", "-k", k, "--store", store_of(graph_kg))
    assert result.exit_code == 2 and "'-k'" in result.output and "Traceback" not in result.output


def test_export_to_a_place_that_cannot_be_written_is_named(graph_kg, tmp_path):
    missing = tmp_path / "no-such-folder" / "graph.ttl"
    result = run("export", "--format", "nt", "--output", str(missing), "--store", store_of(graph_kg))
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {missing}: cannot write it (No such file or directory)"
    folder = run("export", "--format", "nt", "--output", str(tmp_path), "--store", store_of(graph_kg))
    assert folder.exit_code == 1 and folder.output.strip() == f"error: {tmp_path}: cannot write it (Is a directory)"


@pytest.mark.parametrize("option, value", [("--port", "70000"), ("--port", "0"), ("--threads", "0"),
                                           ("--workers", "17")])
def test_serve_refuses_out_of_range_settings_before_starting(graph_kg, monkeypatch, option, value):
    started = []
    monkeypatch.setattr("kg.web.server.serve", lambda *args: started.append(args))
    result = run("serve", option, value, "--store", store_of(graph_kg))
    assert result.exit_code == 2 and f"'{option}'" in result.output and not started


@pytest.mark.parametrize("option, value", [("--timeout", "-1"), ("--timeout", "0"), ("--max-rows", "0")])
def test_sparql_refuses_limits_that_cannot_work(graph_kg, option, value):
    result = run("sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", option, value, "--store", store_of(graph_kg))
    assert result.exit_code == 2 and f"'{option}'" in result.output and "Traceback" not in result.output


def test_a_file_name_with_brackets_is_printed_as_it_is(tmp_path):
    """Error lines are text, not rich markup: '[bold]' in a file name stays in the message."""
    empty = tmp_path / "[bold]agenda.txt"
    empty.write_text("", encoding="utf-8")
    result = run("ingest", str(empty), "--store", str(tmp_path / "store"), "--no-index")
    assert result.exit_code == 1
    assert f"error: {empty}: file is empty" in result.output.splitlines()
