"""People resolved across packs (initials declared in one pack, an officer by post, a surname-only form
that fits two people in one pack and one in another, a councillor by surname who gains a given name):
packs added and removed in any order give the graph of their packs built at once."""
from __future__ import annotations

from itertools import permutations
from pathlib import Path

from kg.api import KnowledgeGraph
from kg.graph.build import build_graph
from kg.graph.entities_bridge import PackEntities, councils_of
from kg.loaders import load_pack

XSD_STRING = "^^<http://www.w3.org/2001/XMLSchema#string>"

MARCH = """
LEARNING PARTNERSHIP BOARD
Wednesday, 12th March, 2031

Present:- Lorraine Dale (LD), Head of Inclusion; Councillor Pym (in the Chair); Omar Rauf, Strategic Director of Learning.

5. INCLUSION REPORT

The Strategic Director of Learning presented the report. Lorraine Dale asked about exclusions.

Resolved:- That the report be noted.

ACTION: LD to circulate the exclusion figures.
"""

APRIL = """
LEARNING PARTNERSHIP BOARD
Wednesday, 9th April, 2031

Present:- Councillor Pym (in the Chair); Councillor Tom Pym; Lorraine Dale, Head of Inclusion; Kate Dale, Service Manager.

7. EXCLUSIONS UPDATE

The Strategic Director of Learning presented the update. Ms Dale answered questions.

Resolved:- That the update be noted.
"""

MAY = """
LEARNING PARTNERSHIP BOARD
Wednesday, 14th May, 2031

Present:- Councillor Tom Pym (in the Chair); Kate Dale, Service Manager; Omar Rauf.

9. SCHOOL PLACES

Ms Dale presented the report on school places.

Resolved:- That the report be noted.

ACTION: KD to report on places in September.
"""

PACKS = {"board-2031-03.txt": MARCH, "board-2031-04.txt": APRIL, "board-2031-05.txt": MAY}


def _write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in PACKS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in PACKS]


def _triples(kg: KnowledgeGraph) -> list[str]:
    return sorted(line.replace(XSD_STRING, "") for line in kg.export("nt").splitlines() if line)


def _whole(paths: list[Path]) -> list[str]:
    return sorted(line for line in build_graph([load_pack(p) for p in paths]).serialize(format="nt").splitlines() if line)


def test_the_fixture_exercises_every_kind_of_printing(tmp_path):
    people = [p for path in _write(tmp_path) for p in PackEntities.of(load_pack(path)).people]
    assert {p.kind for p in people} == {"name", "initials", "post"}
    assert {(p.form, p.source) for p in people if p.form == "Ms Dale"} == {("Ms Dale", "board-2031-04.txt"),
                                                                          ("Ms Dale", "board-2031-05.txt")}


def test_packs_sharing_people_added_one_by_one_in_every_order_equal_the_packs_built_at_once(tmp_path):
    paths = _write(tmp_path / "packs")
    whole = _whole(paths)
    for number, order in enumerate(permutations(paths)):
        kg = KnowledgeGraph.open(tmp_path / f"store-{number}")
        for index, path in enumerate(order):
            kg.ingest([path], with_index=False)
            assert _triples(kg) == _whole(list(order[:index + 1])), [p.name for p in order[:index + 1]]
        assert _triples(kg) == whole


def test_packs_sharing_people_removed_in_any_order_equal_the_packs_left_built_at_once(tmp_path):
    paths = _write(tmp_path / "packs")
    for number, (first, second, _) in enumerate(permutations(paths)):
        kg = KnowledgeGraph.open(tmp_path / f"store-{number}")
        kg.ingest(paths, with_index=False)
        kg.remove([first.name])
        left = [p for p in paths if p != first]
        assert _triples(kg) == _whole(left)
        kg.remove([second.name])
        assert _triples(kg) == _whole([p for p in left if p != second])


def test_a_council_is_named_by_the_spelling_most_packs_print_whatever_pack_sorts_last():
    """Two packs print 'Hatherley Borough Council', one 'Hatherley Council' and sorts last by name: the
    council keeps the common spelling in every order, and a pack that names none takes it too."""
    def pack(source: str, council: str | None) -> PackEntities:
        return PackEntities(source, [], [], {}, ["Learning Partnership Board"], council)

    packs = [pack("a-2031.txt", "Hatherley Borough Council"), pack("b-2031.txt", "Hatherley Borough Council"),
             pack("z-2031.txt", "Hatherley Council"), pack("m-2031.txt", None)]
    for order in permutations(packs):
        assert set(councils_of(list(order)).values()) == {"Hatherley Borough Council"}
    assert councils_of(packs[2:])["m-2031.txt"] == "Hatherley Council"   # the only spelling printed


def test_a_pack_spelling_its_council_otherwise_rewrites_no_other_pack(tmp_path):
    """The store's packs print 'Hatherley Borough Council'; a new pack printing 'Hatherley Council', whose
    name sorts last, leaves every other pack's facts (their entity signatures) as they were."""
    paths = _write(tmp_path / "packs")
    for path in paths:
        path.write_text("HATHERLEY BOROUGH COUNCIL\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    extra = tmp_path / "packs" / "board-2031-06.txt"
    extra.write_text("HATHERLEY COUNCIL\n" + MAY.replace("14th May", "11th June"), encoding="utf-8")
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest(paths, with_index=False)
    before = {name: entry["entities"] for name, entry in kg.store.manifest().sources.items()}
    kg.ingest([extra], with_index=False)
    after = kg.store.manifest().sources
    assert {name: after[name]["entities"] for name in before} == before
    labels = kg.sparql("SELECT DISTINCT ?name WHERE { ?c a besluit:Bestuurseenheid ; skos:prefLabel ?name }")
    assert [str(row["name"]) for row in labels] == ["Hatherley Borough Council"]
    assert _triples(kg) == _whole([*paths, extra])
