"""Incremental change of a store: a pack added, replaced or removed writes only its own graph (and
those whose people now resolve differently), stored packs are not parsed again, and the result is
the graph of all the packs built at once; in a store folder and at a live SPARQL endpoint alike."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

from kg.api import KnowledgeGraph
from kg.graph.build import build_graph
from kg.loaders import load_pack

SMALL_PACK = "rotherham-improving-lives-2018-03-13.txt"


XSD_STRING = "^^<http://www.w3.org/2001/XMLSchema#string>"   # the store spells plain literals' type out


def _triples(kg: KnowledgeGraph) -> list[str]:
    return sorted(line.replace(XSD_STRING, "") for line in kg.export("nt").splitlines() if line)


def _whole(paths) -> list[str]:
    """The reference: every pack parsed and built in memory at once."""
    return sorted(line for line in build_graph([load_pack(p) for p in paths]).serialize(format="nt").splitlines() if line)


def test_adding_a_pack_writes_its_graph_without_parsing_the_store_again(store_location, corpus_files):
    kg = KnowledgeGraph.open(store_location)
    kg.ingest(corpus_files[:4], with_index=False)
    messages: list[str] = []
    reports = kg.ingest([corpus_files[4]], progress=messages.append, with_index=False)
    assert [r.status for r in reports] == ["ingested"]
    assert not any("stored files again" in m for m in messages)
    written = [m.removeprefix("writing ") for m in messages if m.startswith("writing ") and m.endswith(".txt")]
    assert corpus_files[4].name in written and len(written) < 5
    assert _triples(kg) == _whole(corpus_files)


def test_removing_a_pack_gives_the_store_that_never_had_it(store_location, corpus_files):
    kept = [p for p in corpus_files if p.name != SMALL_PACK]
    kg = KnowledgeGraph.open(store_location)
    kg.ingest(corpus_files, with_index=False)
    kg.remove([SMALL_PACK])
    assert sorted(kg.store.manifest().sources) == [p.name for p in kept]
    assert kg.stats()["sources"] == 4
    assert _triples(kg) == _whole(kept)
    assert not kg.sparql(f"SELECT ?n WHERE {{ ?n prov:wasDerivedFrom ?s . ?s dct:title '{SMALL_PACK}' }}")


def test_a_store_built_by_other_code_is_rebuilt_from_its_sources(tmp_path, corpus_files):
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest(corpus_files[:2], with_index=False)
    manifest_path = kg.store.current / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["version"] = "older-code"
    manifest_path.write_text(json.dumps(manifest))
    shutil.rmtree(tmp_path / "store" / "parsed")   # older code's parses are filed under its own version
    messages: list[str] = []
    kg.ingest([corpus_files[2]], progress=messages.append, with_index=False)
    assert "parsing 2 stored files again" in messages
    assert _triples(kg) == _whole(corpus_files[:3])


def test_kg_remove_names_a_source_the_store_does_not_hold(store_location, corpus_files):
    store = store_location
    KnowledgeGraph.open(store).ingest([p for p in corpus_files if p.name == SMALL_PACK], with_index=False)
    result = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "remove", "nowhere.txt",
                             "--store", store], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: nowhere.txt: no source of that name in {store}"
    assert KnowledgeGraph.open(store).stats()["sources"] == 1


def test_packs_added_one_at_a_time_newest_first_give_the_graph_of_all_at_once(tmp_path, corpus_files):
    """Later versions of a plan arrive before earlier ones (the chain is relinked in the middle), and
    minutes citing earlier meetings arrive before them (their references are resolved again)."""
    kg = KnowledgeGraph.open(tmp_path / "store")
    for path in sorted(corpus_files, key=lambda p: p.name, reverse=True):
        kg.ingest([path], with_index=False)
    assert _triples(kg) == _whole(corpus_files)
    assert kg.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ckg:sameWorkAs ?b }")[0]["n"] > 0


def test_versions_of_a_plan_removed_and_added_back_in_another_order_give_the_graph_of_the_packs_left(tmp_path,
                                                                                                    corpus_files):
    """The store keeps only the groups of plan versions, not their links: removing a version (the middle one
    first) withdraws the links made again from the plans before, and adding it back links the chain again."""
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest(corpus_files, with_index=False)
    linked = kg.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ckg:sameWorkAs ?b }")[0]["n"]
    left = list(corpus_files)
    for path in (corpus_files[3], corpus_files[1]):
        kg.remove([path.name])
        left.remove(path)
        assert _triples(kg) == _whole(left)
    for path in (corpus_files[1], corpus_files[3]):
        kg.ingest([path], with_index=False)
    assert _triples(kg) == _whole(corpus_files)
    assert kg.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ckg:sameWorkAs ?b }")[0]["n"] == linked > 0
