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


def _panel(day: str, items: str) -> str:
    return f"HEALTH SCRUTINY PANEL\n{day}\n\nPresent:- Councillor Khan (in the Chair); Councillors Ali and Chen.\n\n{items}"


CITED_PACKS = {
    "panel-2020-02.txt": _panel("Tuesday, 4th February, 2020", """8. HOSPITAL DISCHARGES

The panel considered the discharge figures.

Resolved:- That the figures be noted.

9. WINTER PLAN

The panel considered the winter plan.

Resolved:- That the plan be noted.
"""),
    "panel-2020-03.txt": _panel("Tuesday, 3rd March, 2020", """9. WINTER PLAN REFRESH

The panel considered the refreshed winter plan.

Resolved:- That the refreshed plan be noted.
"""),
    "board-2020-04.txt": """ADULT CARE BOARD
Tuesday, 7th April, 2020

Present:- Councillor Khan (in the Chair); Councillor Ali.

9. CARE HOME FEES

The board considered the fees.

Resolved:- That the fees be agreed.
""",
    "panel-2020-05.txt": _panel("Tuesday, 5th May, 2020", """20. WINTER REVIEW

Members returned to the winter plan considered under Minute No. 9 above.

Resolved:- That the review be noted.

21. DISCHARGE REVIEW

Members returned to the figures noted at Minute No. 8 of the meeting held on 4th February, 2020.

Resolved:- That the review be noted.
"""),
}
PANEL_ITEM = "https://w3id.org/council-kg/id/meeting/health-scrutiny-panel/{day}/item/{number}"


def _stored(kg: KnowledgeGraph) -> list[str]:
    return sorted(filter(None, kg.export("nt").replace("^^<http://www.w3.org/2001/XMLSchema#string>", "").splitlines()))


def _built(paths: list[Path]) -> list[str]:
    return sorted(filter(None, build_graph([load_pack(p) for p in paths]).serialize(format="nt").splitlines()))


def test_an_undated_reference_moves_to_the_latest_earlier_meeting_of_its_body_as_packs_come_and_go(tmp_path):
    """May's item 20 cites 'Minute No. 9 above' (May has no item 9): the panel's latest earlier meeting with an
    item 9 (March, else February), never the board's item 9 of April; item 21 cites February's 8 by date.
    Each store, packs added and removed in several orders, equals the one built from its packs at once."""
    paths = {name: _write(tmp_path, name, text) for name, text in CITED_PACKS.items()}
    feb, march, board, may = paths.values()
    from_item = (PANEL_ITEM.format(day="2020-05-05", number=20), PANEL_ITEM.format(day="2020-05-05", number=21))
    for order in ((may, feb, board, march), (march, board, may, feb), (board, may, march, feb)):
        kg = KnowledgeGraph.open(tmp_path / f"store-{order[0].stem}")
        for count, path in enumerate(order, start=1):
            kg.ingest([path], with_index=False)
            assert _stored(kg) == _built(list(order[:count]))
        links = {(row["from"], row["to"]) for row in kg.sparql(REFERENCES)}
        assert links == {(from_item[0], PANEL_ITEM.format(day="2020-03-03", number=9)),
                         (from_item[1], PANEL_ITEM.format(day="2020-02-04", number=8))}
        kg.remove([march.name])
        assert _stored(kg) == _built([feb, board, may])
        links = {(row["from"], row["to"]) for row in kg.sparql(REFERENCES)}
        assert links == {(from_item[0], PANEL_ITEM.format(day="2020-02-04", number=9)),
                         (from_item[1], PANEL_ITEM.format(day="2020-02-04", number=8))}
        kg.remove([feb.name])
        assert _stored(kg) == _built([board, may])
        assert not list(kg.sparql(REFERENCES))


def _numbered_panel(month: int) -> str:
    return _panel(f"Tuesday, {month}th {['', '', '', '', 'April', 'May', 'June', 'July'][month]}, 2021",
                  f"""9. WINTER PLAN NUMBER {month}

The panel considered winter plan number {month}.

Resolved:- That the plan be noted.
""")


def test_references_among_many_meetings_of_one_body_printing_the_same_number_pick_as_at_once(tmp_path):
    """Four monthly meetings of the panel each print an item 9; August's meeting cites 'Minute No. 9 above'
    (the latest earlier one: July's) and 'Minute No. 9 of the meeting held on 5th May, 2021' (May's). Packs
    added in several orders, and July's taken out again, always give the store built at once."""
    paths = [_write(tmp_path, f"panel-2021-0{month}.txt", _numbered_panel(month)) for month in (4, 5, 6, 7)]
    august = _write(tmp_path, "panel-2021-08.txt", _panel("Tuesday, 3rd August, 2021", """30. WINTER REVIEW

Members returned to the plan considered under Minute No. 9 above.

Resolved:- That the review be noted.

31. MAY REVIEW

Members returned to the plan noted at Minute No. 9 of the meeting held on 5th May, 2021.

Resolved:- That the review be noted.
"""))
    april, may, june, july = paths
    review, may_review = (PANEL_ITEM.format(day="2021-08-03", number=n) for n in (30, 31))
    for order in ((april, may, june, july, august), (august, july, april, june, may), (june, august, may, april, july)):
        kg = KnowledgeGraph.open(tmp_path / f"store-{order[0].stem}")
        for count, path in enumerate(order, start=1):
            kg.ingest([path], with_index=False)
            assert _stored(kg) == _built(list(order[:count]))
        assert {(row["from"], row["to"]) for row in kg.sparql(REFERENCES)} == {
            (review, PANEL_ITEM.format(day="2021-07-07", number=9)),
            (may_review, PANEL_ITEM.format(day="2021-05-05", number=9))}
        kg.remove([july.name])
        assert _stored(kg) == _built([april, may, june, august])
        assert (review, PANEL_ITEM.format(day="2021-06-06", number=9)) in {
            (row["from"], row["to"]) for row in kg.sparql(REFERENCES)}
