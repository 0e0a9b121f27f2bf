"""Store behaviour: idempotent re-ingest, replacement of a changed pack, stable IRIs, SHACL; the first
three in a store folder and at a live SPARQL endpoint alike."""
from __future__ import annotations

from kg.api import KnowledgeGraph

SMALL_PACK = "rotherham-improving-lives-2018-03-13.txt"
XSD_STRING = "^^<http://www.w3.org/2001/XMLSchema#string>"   # a folder store spells plain literals' type out


def _triples(kg: KnowledgeGraph) -> list[str]:
    return sorted(line.replace(XSD_STRING, "") for line in kg.export("nt").splitlines() if line)


def test_ingesting_the_same_pack_twice_changes_nothing(store_location, corpus_files):
    pack = next(p for p in corpus_files if p.name == SMALL_PACK)
    kg = KnowledgeGraph.open(store_location)
    assert [r.status for r in kg.ingest([pack], with_index=False)] == ["ingested"]
    first = _triples(kg)
    assert len(first) > 1000
    generation = kg.store.current
    assert [r.status for r in kg.ingest([pack], with_index=False)] == ["unchanged"]
    assert kg.store.current == generation
    assert _triples(KnowledgeGraph.open(store_location)) == first


def test_iris_do_not_depend_on_ingest_order_or_store(store_location, corpus_files, graph_kg):
    """The packs ingested in two batches, each in reverse order, into another store give the same
    triples as all of them at once in folder order."""
    backwards = list(reversed(corpus_files))
    other = KnowledgeGraph.open(store_location)
    other.ingest(backwards[:3], with_index=False)
    other.ingest(backwards[3:], with_index=False)
    assert _triples(other) == _triples(graph_kg)
    assert other.stats() == graph_kg.stats()


def test_reingesting_a_changed_pack_replaces_its_facts(tmp_path, store_location, corpus_files):
    original = next(p for p in corpus_files if p.name == SMALL_PACK)
    changed = tmp_path / "in" / SMALL_PACK
    changed.parent.mkdir()
    text = original.read_text(encoding="utf-8")
    assert "That the minutes of the previous meeting" in text
    changed.write_text(text.replace("That the minutes of the previous meeting", "That the MINUTES of the previous meeting"),
                       encoding="utf-8")
    kg = KnowledgeGraph.open(store_location)
    kg.ingest([original], with_index=False)
    kg.ingest([changed], with_index=False)
    texts = [r["t"] for r in kg.sparql("SELECT ?t WHERE { ?r a besluit:Besluit ; prov:value ?t }")]
    assert any("That the MINUTES of the previous meeting" in t for t in texts)
    assert not any("That the minutes of the previous meeting" in t for t in texts)
    assert kg.stats()["sources"] == 1


def test_corpus_graph_conforms_to_shapes(built_kg):
    conforms, report = built_kg.validate()
    assert conforms, report[:3000]


def test_every_extracted_node_cites_file_and_lines(built_kg):
    rows = built_kg.sparql("""SELECT ?n WHERE {
        VALUES ?t { besluit:BehandelingVanAgendapunt besluit:Besluit besluit:Agendapunt ckg:Paper ckg:Action ckg:Priority }
        ?n a ?t . FILTER NOT EXISTS { ?n prov:wasDerivedFrom ?f ; ckg:lineStart ?a ; ckg:lineEnd ?b } }""")
    assert rows == []


def test_turtle_export_uses_the_project_prefixes(tmp_path, corpus_files):
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest([p for p in corpus_files if p.name == SMALL_PACK], with_index=False)
    prefixes = [line for line in kg.export("ttl").splitlines() if line.startswith("@prefix")]
    assert "@prefix schema: <http://schema.org/> ." in prefixes
    assert "@prefix besluit: <http://data.vlaanderen.be/ns/besluit#> ." in prefixes
    assert not any(line.startswith("@prefix schema1:") for line in prefixes)
