"""Shared fixtures: one store built from the bundled corpus for the whole session."""
from __future__ import annotations

import os
from pathlib import Path

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
