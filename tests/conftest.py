"""Shared fixtures: one store built from the bundled corpus for the whole session."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "rotherham"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


MODEL_FIXTURES = {"built_kg", "records", "pack_index"}   # fixtures that build a search index, so load the embedding model


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that loads the embedding model as ``slow``, so ``-m "not slow"`` is a quick run."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def built_kg(tmp_path_factory, corpus_files):
    """The bundled corpus ingested once, graph and index, into a temporary store."""
    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.open(tmp_path_factory.mktemp("store"))
    reports = kg.ingest(corpus_files)
    assert [r.status for r in reports] == ["ingested"] * len(corpus_files)
    return kg


@pytest.fixture(scope="session")
def graph_kg(tmp_path_factory):
    """The bundled corpus, graph only (no embeddings), in a store of its own: for tests of the
    graph that need no search, so they run without the embedding model."""
    from kg.views import explore

    return explore.build_corpus_store(CORPUS, tmp_path_factory.mktemp("graph-store"))


@pytest.fixture(scope="session")
def records(built_kg):
    return built_kg.records()


CYPP_PACKS = ["rotherham-cypf-partnership-2013-05-22.txt", "rotherham-cypf-partnership-2014-01-15.txt",
              "rotherham-improving-lives-2014-09-17.txt"]


@pytest.fixture(scope="session")
def cypp_kg(tmp_path_factory):
    """The three packs that carry the Children and Young People's Plan 2013-16, graph only."""
    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.open(tmp_path_factory.mktemp("cypp"))
    kg.ingest([CORPUS / name for name in CYPP_PACKS], with_index=False)
    return kg


def _oxigraph_binary() -> str | None:
    """The `oxigraph` server command (``pip install oxigraph``): on PATH or beside this Python."""
    beside = Path(sys.executable).parent / "oxigraph"
    return shutil.which("oxigraph") or (str(beside) if beside.exists() else None)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory) -> str:
    """A live Oxigraph SPARQL server on a free local port, its database in a temporary folder; its URL."""
    yield from _serve_oxigraph(tmp_path_factory.mktemp("oxigraph"))


@pytest.fixture
def oxigraph_union_server(tmp_path) -> str:
    """An Oxigraph server whose default graph is the union of its graphs (a setting the store refuses)."""
    yield from _serve_oxigraph(tmp_path / "oxigraph-union", "--union-default-graph")


def _serve_oxigraph(folder: Path, *options: str):
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the `oxigraph` command is not installed (pip install oxigraph): no live SPARQL endpoint to test")
    folder.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{_free_port()}"
    server = subprocess.Popen([binary, "serve", "--location", str(folder / "db"), "--bind", url.removeprefix("http://"),
                               *options], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=2).raise_for_status()
            break
        except httpx.HTTPError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"oxigraph serve did not start on {url}")
            time.sleep(0.2)
    yield url
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@pytest.fixture
def endpoint_store(oxigraph_server, tmp_path, monkeypatch) -> str:
    """The live Oxigraph server emptied for the test, as a store URL (this machine's companion folder
    in the test's temporary folder)."""
    httpx.post(f"{oxigraph_server}/update", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"},
               timeout=30).raise_for_status()
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "cache"))
    return oxigraph_server


@pytest.fixture(params=["folder", "endpoint"])
def store_location(request, tmp_path) -> str:
    """Where a test's store lives: a folder, or the live Oxigraph server (see ``endpoint_store``)."""
    return str(tmp_path / "store") if request.param == "folder" else request.getfixturevalue("endpoint_store")
