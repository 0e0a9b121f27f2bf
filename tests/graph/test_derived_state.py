"""What each generation keeps beside its graph (:mod:`kg.graph.derived_state`): the plans, their version
links and the shared entity facts, exactly as its database holds them; a change made with it, without it or
with one of other code gives the graph of all the packs built at once, whatever order packs come and go in."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

from kg.api import KnowledgeGraph
from kg.graph import dataset, iris
from kg.graph.build import build_graph
from kg.graph.derived_state import BUCKETS, FOLDER, DerivedState, bucket_of
from kg.graph.link_scope import PrintedNumbers
from kg.graph.linking import PLAN_LINK, plans_in_store
from kg.graph.plan_versions import chain_links
from kg.loaders import load_pack

XSD_STRING = "^^<http://www.w3.org/2001/XMLSchema#string>"   # the store spells plain literals' type out

FEBRUARY = """
HEALTH SCRUTINY PANEL
Tuesday, 4th February, 2020

Present:- Councillor Khan (in the Chair); Councillors Ali, Brown and Dorothy Chen.
Also present: Mary Okafor, Clinical Commissioning Group (CCG).

9. WINTER PLAN

The CCG presented the winter plan. Councillor Dorothy Chen asked about discharge delays.

Resolved:- That the winter plan be noted.
"""

MARCH = """
HEALTH SCRUTINY PANEL
Tuesday, 3rd March, 2020

Present:- Councillor Khan (in the Chair); Councillors Ali, Brown and Chen.

17. DISCHARGE FIGURES

Mary Okafor (Clinical Commissioning Group) presented the discharge figures.

Resolved:- That the figures be noted.

18. WINTER PRESSURES UPDATE

Members returned to the figures considered under Minute No. 17 above and to the winter plan noted at
Minute No. 9 of the meeting held on 4th February, 2020.

Resolved:- That the report be noted.
"""

APRIL = """
HEALTH SCRUTINY PANEL
Tuesday, 7th April, 2020

Present:- Councillor Khan (in the Chair); Councillors Ali and D. Chen.

16. DECLARATIONS OF INTEREST

There were no declarations of interest.

17. CCG COMMISSIONING INTENTIONS

The CCG presented its commissioning intentions.

Resolved:- That the intentions be noted.
"""

PACKS = {"health-scrutiny-2020-02.txt": FEBRUARY, "health-scrutiny-2020-03.txt": MARCH,
         "health-scrutiny-2020-04.txt": APRIL}


def _write_packs(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, text in PACKS.items():
        paths[name] = folder / name
        paths[name].write_text(text, encoding="utf-8")
    return paths


def _triples(kg: KnowledgeGraph) -> list[str]:
    return sorted(line.replace(XSD_STRING, "") for line in kg.export("nt").splitlines() if line)


def _whole(paths) -> list[str]:
    """The reference: every pack parsed and built in memory at once."""
    return sorted(line for line in build_graph([load_pack(p) for p in paths]).serialize(format="nt").splitlines() if line)


def _state(kg: KnowledgeGraph) -> DerivedState | None:
    return DerivedState.read(kg.store.current, kg.store.manifest().version)


def test_each_generation_keeps_the_plans_links_and_entity_facts_its_graph_holds(tmp_path, corpus_files):
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest(corpus_files[:3], with_index=False)
    kg.ingest(corpus_files[3:], with_index=False)     # a change made with the first generation's state
    state = _state(kg)
    assert state is not None and (kg.store.current / FOLDER / "meta.pickle").exists()
    db = ox.Store.read_only(str(kg.store.current / "graph"))
    kinds = {str(predicate): kind for kind, predicate in PLAN_LINK.items()}
    links = {(t.subject.value, kinds[t.predicate.value], t.object.value)
             for t in dataset.graph_triples(db, dataset.PLAN_LINKS)}
    kept = {link for group in state.plan_groups for link in chain_links([state.plans[iri] for iri in group])}
    assert links and kept == links          # the links, made again from the groups kept
    assert state.plans == plans_in_store(db) and len(state.plans) > 1
    entities = {str(t) for t in dataset.graph_triples(db, dataset.ENTITIES)}
    stored = {str(triple) for triple in state.entity_facts}
    assert entities == stored and len(stored) > 100
    assert state.numbers == PrintedNumbers.read(db)     # kept up to date, not read again from every source
    cited = {number for numbers in state.numbers.cited.values() for _, number in numbers}
    assert len(state.numbers.numbered) == len(corpus_files) and cited >= {"103", "232"}
    assert _triples(kg) == _whole(corpus_files)


def test_a_missing_or_foreign_state_means_deriving_from_the_database(tmp_path):
    paths = list(_write_packs(tmp_path / "packs").values())
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest(paths[:1], with_index=False)
    shutil.rmtree(kg.store.current / FOLDER)
    kg.ingest(paths[1:2], with_index=False)
    assert _triples(kg) == _whole(paths[:2])
    assert _state(kg) is not None              # the change keeps a state of its own again
    DerivedState("older-code").write(kg.store.current)   # another version's state holds nothing this code trusts
    assert _state(kg) is None
    kg.ingest(paths[2:], with_index=False)
    assert _triples(kg) == _whole(paths)
    assert _state(kg).version == kg.store.manifest().version


def test_a_state_file_that_cannot_be_read_is_no_state(tmp_path):
    DerivedState("any").write(tmp_path)
    assert DerivedState.read(tmp_path, "any") == DerivedState("any")
    (tmp_path / FOLDER / "sources-07.pickle").write_bytes(b"not a pickle")
    assert DerivedState.read(tmp_path, "any") is None
    assert DerivedState.read(None, "any") is None
    assert DerivedState.read(tmp_path / "missing", "any") is None


def test_packs_sharing_people_and_organisations_come_and_go_in_any_order(tmp_path):
    """The same councillors (one printed as 'D. Chen' and 'Dorothy Chen') and the same CCG in every pack:
    removed and added back in another order, each store equals the one built from its packs at once."""
    paths = _write_packs(tmp_path / "packs")
    feb, march, april = paths.values()
    kg = KnowledgeGraph.open(tmp_path / "store")
    for path in (april, feb, march):
        kg.ingest([path], with_index=False)
        assert _state(kg) is not None
    assert _triples(kg) == _whole([feb, march, april])
    kg.remove([feb.name])
    assert _triples(kg) == _whole([march, april])
    numbers = _state(kg).numbers      # the removed pack's minute numbers are gone from the kept state
    assert set(numbers.numbered) == {str(iris.source_iri(path.name)) for path in (march, april)}
    assert {number for _, number in numbers.cited[str(iris.source_iri(march.name))]} == {"9", "17"}
    kg.remove([april.name])
    assert _triples(kg) == _whole([march])
    kg.ingest([feb], with_index=False)
    kg.ingest([april], with_index=False)
    assert _triples(kg) == _whole([feb, march, april])
    chen = kg.sparql("SELECT ?p WHERE { ?p foaf:name ?n . FILTER(CONTAINS(?n, 'Chen')) }")
    assert len(chen) == 1


def test_a_reference_citing_two_numbers_keeps_both_links_when_a_pack_adds_items_of_one(tmp_path):
    """March's item 18 cites its own meeting's minute 17 and February's minute 9: adding February (items
    numbered 9) derives that item's links again, and the link to minute 17 must be derived with them."""
    paths = _write_packs(tmp_path / "packs")
    feb, march = paths["health-scrutiny-2020-02.txt"], paths["health-scrutiny-2020-03.txt"]
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest([march], with_index=False)
    kg.ingest([feb], with_index=False)
    cited = {row["to"].rsplit("/", 3)[-3] + "/" + row["to"].rsplit("/", 1)[-1] for row in kg.sparql(
        "SELECT ?to WHERE { ?from ckg:hasReference ?ref ; dct:identifier '18' . ?from dct:references ?to }")}
    assert cited == {"2020-03-03/17", "2020-02-04/9"}
    assert _triples(kg) == _whole([feb, march])


def _inodes(kg: KnowledgeGraph) -> dict[str, int]:
    return {path.name: path.stat().st_ino for path in (kg.store.current / FOLDER).iterdir()}


def test_a_change_writes_only_the_state_of_the_sources_it_touches(tmp_path):
    """April's pack is added: the buckets of the sources whose facts were written again are new files; every
    other bucket is the previous generation's file, linked. The state read back equals the database's."""
    paths = list(_write_packs(tmp_path / "packs").values())
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest(paths[:2], with_index=False)
    before, signatures = _inodes(kg), {name: e["entities"] for name, e in kg.store.manifest().sources.items()}
    kg.ingest(paths[2:], with_index=False)
    after, manifest = _inodes(kg), kg.store.manifest()
    rebuilt = {name for name, entry in manifest.sources.items() if signatures.get(name) != entry["entities"]}
    assert paths[2].name in rebuilt
    written = {f"sources-{bucket_of(str(iris.source_iri(name))):02d}.pickle" for name in rebuilt}
    assert len(after) == BUCKETS + 2 and written
    assert {name for name in after if name.startswith("sources-") and after[name] != before[name]} == written
    state = _state(kg)
    db = ox.Store.read_only(str(kg.store.current / "graph"))
    assert state.plans == plans_in_store(db) and state.numbers == PrintedNumbers.read(db)
    assert state.entities == {name: (entry["sha256"], kg.store.parsed_entities(entry["sha256"], manifest.version))
                              for name, entry in manifest.sources.items()}
    assert _triples(kg) == _whole(paths)


def test_each_sources_entities_are_read_from_the_state_not_from_every_parse(tmp_path):
    """With February's parsed entities gone, adding March still resolves February's people (from the state)
    and gives the graph of both built at once; without a state it would have to read them."""
    paths = list(_write_packs(tmp_path / "packs").values())
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest(paths[:1], with_index=False)
    entry = kg.store.manifest().sources[paths[0].name]
    (tmp_path / "store" / "parsed" / f"{entry['sha256']}-{kg.store.manifest().version}.entities.pickle").unlink()
    kg.ingest(paths[1:2], with_index=False)
    assert _triples(kg) == _whole(paths[:2])
    kg.remove([paths[1].name])
    assert _triples(kg) == _whole(paths[:1])
