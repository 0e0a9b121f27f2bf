"""Packs arriving one at a time: a pack that adds minute items with the number an older reference cites
makes that reference be resolved again, against every item of that number; and parse workers keep what
they parse in the store themselves."""
from __future__ import annotations

from pathlib import Path

from kg.api import KnowledgeGraph
from kg.graph.build import build_graph
from kg.loaders import load_pack

MARCH = """
HEALTH SCRUTINY PANEL
Tuesday, 3rd March, 2020

Present:- Councillor Khan (in the Chair); Councillors Ali, Brown and Chen.

17. MINUTES OF THE PREVIOUS MEETING

RESOLVED:- That the minutes of the meeting held on 4th February, 2020, be approved as a correct record.

18. WINTER PRESSURES UPDATE

Members returned to the discharge figures considered under Minute No. 17 above.

Resolved:- That the report be noted.
"""

APRIL = """
HEALTH SCRUTINY PANEL
Tuesday, 7th April, 2020

Present:- Councillor Khan (in the Chair); Councillors Ali and Chen.

16. DECLARATIONS OF INTEREST

There were no declarations of interest.

17. MINUTES OF THE PREVIOUS MEETING

RESOLVED:- That the minutes of the meeting held on 3rd March, 2020, be approved as a correct record.
"""

REFERENCES = """SELECT ?from ?to WHERE { ?from ckg:hasReference ?ref . ?from dct:references ?to }"""
ITEM = "https://w3id.org/council-kg/id/meeting/health-scrutiny-panel/{day}/item/{number}"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_reference_to_its_own_meeting_survives_a_pack_with_an_item_of_the_same_number(tmp_path):
    march = _write(tmp_path, "health-scrutiny-2020-03.txt", MARCH)
    april = _write(tmp_path, "health-scrutiny-2020-04.txt", APRIL)
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest([march], with_index=False)
    kg.ingest([april], with_index=False)
    links = {(row["from"], row["to"]) for row in kg.sparql(REFERENCES)}
    assert links == {(ITEM.format(day="2020-03-03", number=18), ITEM.format(day="2020-03-03", number=17))}
    whole = build_graph([load_pack(march), load_pack(april)]).serialize(format="nt").splitlines()
    stored = kg.export("nt").replace("^^<http://www.w3.org/2001/XMLSchema#string>", "").splitlines()
    assert sorted(filter(None, stored)) == sorted(filter(None, whole))


def test_parse_workers_keep_each_files_copy_and_parse_in_the_store(tmp_path):
    march = _write(tmp_path, "health-scrutiny-2020-03.txt", MARCH)
    april = _write(tmp_path, "health-scrutiny-2020-04.txt", APRIL)
    kg = KnowledgeGraph.open(tmp_path / "store")
    reports = kg.ingest([march, april], with_index=False, workers=2)
    assert [(Path(r.path).name, r.status, r.counts["items"]) for r in reports] == [
        ("health-scrutiny-2020-03.txt", "ingested", 2), ("health-scrutiny-2020-04.txt", "ingested", 2)]
    version = kg.store.manifest().version
    assert all(kg.store.has_parsed(entry["sha256"], version) for entry in kg.store.manifest().sources.values())
    assert sorted(p.name for p in (tmp_path / "store" / "sources").iterdir()) == sorted(
        entry["stored"] for entry in kg.store.manifest().sources.values())
    assert not list((tmp_path / "store").rglob("*.tmp"))
    assert [r.status for r in kg.ingest([april], with_index=False, workers=2)] == ["unchanged"]
