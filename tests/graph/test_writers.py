"""One writer at a time, across real processes: a second ingest waits or is refused, readers are
never blocked, and the next writer removes what a killed one left behind; in a store folder and at a
live SPARQL endpoint (where the lock holder plays another machine: a companion folder of its own)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.api import KnowledgeGraph
from kg.errors import StoreBusyError

ROOT = Path(__file__).resolve().parents[2]
SMALL_PACK = "rotherham-improving-lives-2018-03-13.txt"
OTHER_PACK = "rotherham-corporate-parenting-panel-2016-12-06.txt"
HOLD_LOCK = ("import sys, time\nfrom kg.graph.store import open_store\n"
             "with open_store(sys.argv[1]).writer():\n    print('holding', flush=True)\n    time.sleep(120)\n")
LEASE = "3"   # seconds a killed holder's lock at an endpoint keeps others out


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
            "KG_WRITER_LEASE": LEASE, **extra}


def _kg(*args: str, stderr=subprocess.PIPE) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", *args], env=_env(),
                            stdout=subprocess.PIPE, stderr=stderr, text=True)


def _hold(store: str, tmp_path: Path) -> subprocess.Popen:
    """Another process (on another machine, for an endpoint) that holds the writer lock until killed."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, store], env=_env(KG_CACHE=str(tmp_path / "elsewhere")),
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


@pytest.fixture
def lock_holder(store_location, tmp_path):
    """Another process holding the store's writer lock until it is killed."""
    store = store_location
    holder = _hold(store, tmp_path)
    yield store, holder
    holder.kill()
    holder.wait()


def _wait_for(path: Path, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while text not in path.read_text():
        assert time.monotonic() < deadline, f"{text!r} never appeared in {path.read_text()!r}"
        time.sleep(0.2)


def test_no_wait_is_refused_at_once_with_one_line(lock_holder, corpus_files):
    store, _ = lock_holder
    pack = next(p for p in corpus_files if p.name == SMALL_PACK)
    started = time.monotonic()
    result = _kg("ingest", str(pack), "--store", store, "--no-index", "--no-wait")
    _, err = result.communicate(timeout=60)
    assert result.returncode == 3
    assert err.strip().splitlines() == [(f"error: another ingest is writing to {store}; try again when it has "
                                         "finished (without --no-wait, kg ingest waits for it)")]
    assert time.monotonic() - started < 30
    assert not KnowledgeGraph.open(store).store.exists()


def test_two_waiting_ingests_both_land_once_the_writer_is_gone(lock_holder, corpus_files, tmp_path):
    store, holder = lock_holder
    packs = [next(p for p in corpus_files if p.name == name) for name in (SMALL_PACK, OTHER_PACK)]
    logs = [tmp_path / f"ingest-{i}.err" for i in range(2)]
    ingests = []
    for pack, log in zip(packs, logs):
        with open(log, "w") as handle:
            ingests.append(_kg("ingest", str(pack), "--store", store, "--no-index", stderr=handle))
    for log in logs:
        _wait_for(log, f"waiting for another ingest into {store} ...")
    assert all(process.poll() is None for process in ingests)
    holder.kill()   # a writer that dies releases the lock
    holder.wait()
    for process in ingests:
        process.communicate(timeout=300)
        assert process.returncode == 0
    kg = KnowledgeGraph.open(store)
    assert sorted(kg.store.manifest().sources) == sorted(p.name for p in packs)
    assert kg.stats()["sources"] == 2


def test_readers_are_not_blocked_by_a_writer(store_location, corpus_files, tmp_path):
    KnowledgeGraph.open(store_location).ingest([next(p for p in corpus_files if p.name == SMALL_PACK)],
                                               with_index=False)
    holder = _hold(store_location, tmp_path)
    try:
        reader = _kg("stats", "--store", store_location, "--json")
        out, err = reader.communicate(timeout=60)
    finally:
        holder.kill()
        holder.wait()
    assert reader.returncode == 0, err
    assert '"sources": 1' in out


def test_the_api_refuses_a_second_writer_when_told_not_to_wait(lock_holder, corpus_files):
    store, _ = lock_holder
    with pytest.raises(StoreBusyError, match="another ingest is writing to"):
        KnowledgeGraph.open(store).ingest([corpus_files[0]], with_index=False, wait=False)


def test_next_writer_removes_a_killed_ingests_generation(tmp_path, corpus_files):
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest([next(p for p in corpus_files if p.name == SMALL_PACK)], with_index=False)
    live = kg.store.current
    abandoned = tmp_path / "store" / "gen-0123456789ab"
    (abandoned / "graph").mkdir(parents=True)
    (abandoned / "graph" / "000001.log").write_bytes(b"half written")
    stray_source = tmp_path / "store" / "sources" / "abc.txt.tmp"
    stray_source.write_text("half copied")
    kg.ingest([next(p for p in corpus_files if p.name == OTHER_PACK)], with_index=False)
    assert not abandoned.exists() and not stray_source.exists()
    generations = sorted(p.name for p in (tmp_path / "store").glob("gen-*"))
    assert generations == [kg.store.current.name] and kg.store.current != live
    assert kg.stats()["sources"] == 2
