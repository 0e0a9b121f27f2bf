"""`kg serve` listens on loopback unless told, and warns when told otherwise."""
from __future__ import annotations

from typer.testing import CliRunner

from kg.cli import app


def test_serve_binds_loopback_by_default_and_warns_for_other_addresses(graph_kg, monkeypatch):
    calls = []
    monkeypatch.setattr("kg.web.server.serve",
                        lambda kg, host, port, threads, workers: calls.append((host, port, threads)))
    store = str(graph_kg.store.root)
    quiet = CliRunner().invoke(app, ["serve", "--store", store])
    assert quiet.exit_code == 0 and calls[-1] == ("127.0.0.1", 8000, 8) and "warning" not in quiet.output
    loud = CliRunner().invoke(app, ["serve", "--store", store, "--host", "0.0.0.0", "--port", "9000"])
    assert loud.exit_code == 0 and calls[-1] == ("0.0.0.0", 9000, 8)
    assert "warning: listening on 0.0.0.0: anyone who can reach this address can read the store" in loud.output


def test_serve_needs_a_store(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no store at" in result.output
