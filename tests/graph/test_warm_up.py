"""Before forking parse workers for several files, the ingesting process reads its small invented paper once
(so no worker pays a reader's first-use costs again); one file is parsed without it, and the paper leaves no
trace in the store."""
from __future__ import annotations

from kg import ingest as ingest_module
from kg.api import KnowledgeGraph

_MINUTES = """LIBRARIES COMMITTEE
Thursday, {day} May, 2032

Present:- Councillor Adeyemi (in the Chair); Councillors Moreau and Quist.

{number}. {title}

Resolved:- That the report be noted.
"""


def _read_here(monkeypatch) -> list[str]:
    """The names of the papers parsed in this process (the workers' parses happen in their own)."""
    names: list[str] = []
    parse_source = ingest_module.parse_source

    def recording(source, *args, **kwargs):
        names.append(source.name)
        return parse_source(source, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "parse_source", recording)
    return names


def test_several_files_are_parsed_after_one_warm_up_paper_and_one_file_without(tmp_path, monkeypatch):
    paths = []
    for day, number, title in (("6th", 4, "MOBILE LIBRARY STOPS"), ("20th", 9, "OPENING HOURS")):
        paths.append(tmp_path / f"libraries-2032-05-{day[:-2]}.txt")
        paths[-1].write_text(_MINUTES.format(day=day, number=number, title=title), encoding="utf-8")
    read = _read_here(monkeypatch)
    kg = KnowledgeGraph.open(tmp_path / "store")
    assert [r.status for r in kg.ingest(paths, with_index=False, workers=2)] == ["ingested"] * 2
    assert read == ["warm-up.txt"]
    assert sorted(kg.store.manifest().sources) == sorted(p.name for p in paths)
    assert "warm-up" not in kg.export("nt").lower()
    read.clear()
    third = tmp_path / "libraries-2032-06-03.txt"
    third.write_text(_MINUTES.format(day="3rd", number=2, title="BOOK FUND").replace("May", "June"), encoding="utf-8")
    assert [r.status for r in kg.ingest([third], with_index=False)] == ["ingested"]
    assert read == []
