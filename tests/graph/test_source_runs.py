"""Sources' graphs are written in runs (one worker and one bulk load a run), and give the graph of one
worker writing them one by one: each source's facts in its own named graph and in the union."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.api import KnowledgeGraph
from kg.graph import dataset, update

_MINUTES = """PARKS AND OPEN SPACES PANEL
{day}

Present:- Councillor Okafor (in the Chair); Councillors Brandt and Lindqvist.

{number}. {title}

Resolved:- That the report be noted.
"""
_MEETINGS = (("Tuesday, 4th February, 2031", 3, "ALLOTMENT WAITING LIST"),
             ("Tuesday, 4th March, 2031", 8, "TREE PLANTING PROGRAMME"),
             ("Tuesday, 1st April, 2031", 12, "PLAYGROUND SAFETY REVIEW"))


def _packs(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for month, (day, number, title) in enumerate(_MEETINGS, 2):
        path = folder / f"parks-panel-2031-{month:02d}.txt"
        path.write_text(_MINUTES.format(day=day, number=number, title=title), encoding="utf-8")
        paths.append(path)
    return paths


def test_two_workers_write_runs_of_sources_and_give_the_graph_of_one(tmp_path, monkeypatch):
    packs = _packs(tmp_path / "packs")
    runs: list[list[tuple[str, ...]]] = []
    parse_in_workers = update.parse_in_workers

    def recording(paths, parse, workers=1, *args, **kwargs):
        runs.append(list(paths))
        return parse_in_workers(paths, parse, workers, *args, **kwargs)

    monkeypatch.setattr(update, "parse_in_workers", recording)
    two = KnowledgeGraph.open(tmp_path / "two")
    assert [r.status for r in two.ingest(packs, with_index=False, workers=2)] == ["ingested"] * 3
    assert runs == [[("parks-panel-2031-02.txt", "parks-panel-2031-03.txt"), ("parks-panel-2031-04.txt",)]]
    one = KnowledgeGraph.open(tmp_path / "one")
    one.ingest(packs, with_index=False, workers=1)
    assert sorted(two.export("nt").splitlines()) == sorted(one.export("nt").splitlines())
    db = ox.Store.read_only(str(two.store.current / "graph"))
    for path, (_, _, title) in zip(packs, _MEETINGS, strict=True):
        texts = {q.object.value.upper() for q in db.quads_for_pattern(None, None, None, dataset.source_graph(path.name))}
        assert {m[2] for m in _MEETINGS} & texts == {title}   # its own item, and no other source's
