"""A store at a SPARQL endpoint (a live Oxigraph server): a failed or unlocked write changes nothing
the endpoint shows, another machine sees and reads what one machine ingested and adds to it, and
guarded queries run there. The failed-ingest test runs on a store folder as well."""
from __future__ import annotations

import subprocess
import sys

import pytest

import kg.graph.update as update_module
from kg.api import KnowledgeGraph
from kg.errors import EndpointError, NoIndexError
from kg.graph.build import build_graph
from kg.graph.endpoint import SparqlEndpoint
from kg.graph.endpoint_lock import STORE_GRAPH, WRITER_LOCK
from kg.graph.endpoint_store import LIVE, MANIFEST, STAGING, STATE
from kg.loaders import load_pack

SMALL_PACK = "rotherham-improving-lives-2018-03-13.txt"
OTHER_PACK = "rotherham-corporate-parenting-panel-2016-12-06.txt"
XSD_STRING = "^^<http://www.w3.org/2001/XMLSchema#string>"


def _triples(kg: KnowledgeGraph) -> list[str]:
    return sorted(line.replace(XSD_STRING, "") for line in kg.export("nt").splitlines() if line)


def _pack(corpus_files, name: str):
    return next(p for p in corpus_files if p.name == name)


def _staging_graphs(url: str) -> list[str]:
    return [name for name in SparqlEndpoint(url).named_graphs() if name.startswith(STAGING)]


def test_a_failed_ingest_changes_nothing_visible(store_location, corpus_files, monkeypatch):
    kg = KnowledgeGraph.open(store_location)
    kg.ingest([_pack(corpus_files, SMALL_PACK)], with_index=False)
    before = _triples(kg)

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(update_module, "write_sources", explode)
    with pytest.raises(RuntimeError, match="disk full"):
        kg.ingest([_pack(corpus_files, OTHER_PACK)], with_index=False)
    reopened = KnowledgeGraph.open(store_location)
    assert _triples(reopened) == before
    assert sorted(reopened.store.manifest().sources) == [SMALL_PACK]


def test_a_failure_while_switching_leaves_the_endpoint_as_it_was(endpoint_store, corpus_files,
                                                                 monkeypatch):
    kg = KnowledgeGraph.open(endpoint_store)
    kg.ingest([_pack(corpus_files, SMALL_PACK)], with_index=False)
    before = _triples(kg)
    update = SparqlEndpoint.update

    def refuse_the_switch(self, request: str) -> None:
        if "INSERT" in request and "DROP SILENT GRAPH" in request:
            raise EndpointError(self.url, "update request refused (503): overloaded")
        update(self, request)

    monkeypatch.setattr(SparqlEndpoint, "update", refuse_the_switch)
    with pytest.raises(EndpointError, match="overloaded"):
        kg.ingest([_pack(corpus_files, OTHER_PACK)], with_index=False)
    monkeypatch.undo()
    assert _triples(KnowledgeGraph.open(endpoint_store)) == before
    assert _staging_graphs(endpoint_store) == []


def test_a_writer_that_lost_its_lock_changes_nothing(endpoint_store, corpus_files, monkeypatch):
    kg = KnowledgeGraph.open(endpoint_store)
    kg.ingest([_pack(corpus_files, SMALL_PACK)], with_index=False)
    before = _triples(kg)
    write_sources = update_module.write_sources

    def lose_the_lock(*args, **kwargs):   # as if the lease ran out and another writer came and went
        SparqlEndpoint(endpoint_store).update(f"DELETE WHERE {{ GRAPH <{STORE_GRAPH}> {{ ?l a <{WRITER_LOCK}> ; ?p ?o }} }}")
        return write_sources(*args, **kwargs)

    monkeypatch.setattr(update_module, "write_sources", lose_the_lock)
    with pytest.raises(EndpointError, match="writer lock ran out before the change was written; nothing was changed"):
        kg.ingest([_pack(corpus_files, OTHER_PACK)], with_index=False)
    assert _triples(KnowledgeGraph.open(endpoint_store)) == before
    assert _staging_graphs(endpoint_store) == []


def test_another_machine_sees_reads_and_adds_to_the_shared_graph(endpoint_store, corpus_files, tmp_path, monkeypatch):
    url = endpoint_store
    first, second, third = (_pack(corpus_files, SMALL_PACK), _pack(corpus_files, OTHER_PACK),
                            next(p for p in corpus_files if p.name not in (SMALL_PACK, OTHER_PACK)))
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "machine-a"))
    KnowledgeGraph.open(url).ingest([first], with_index=False)

    monkeypatch.setenv("KG_CACHE", str(tmp_path / "machine-b"))
    on_b = KnowledgeGraph.open(url)
    assert sorted(on_b.store.manifest().sources) == [SMALL_PACK]
    assert on_b.store.source_path(SMALL_PACK).read_bytes() == first.read_bytes()   # fetched from the endpoint
    messages: list[str] = []
    on_b.ingest([second], progress=messages.append, with_index=False)
    assert "parsing 1 stored files again" in messages   # machine B had never parsed machine A's pack

    monkeypatch.setenv("KG_CACHE", str(tmp_path / "machine-a"))
    on_a = KnowledgeGraph.open(url)
    on_a.ingest([third], with_index=False)   # machine A's mirror catches up with machine B's change first
    whole = sorted(line for line in build_graph([load_pack(p) for p in (first, second, third)])
                   .serialize(format="nt").splitlines() if line)
    assert _triples(on_a) == whole
    assert on_a.stats()["sources"] == 3


def test_the_next_writer_drops_a_killed_writers_staging_graphs(endpoint_store, corpus_files):
    stray = f"{STAGING}0123456789abcdef/0/add"
    SparqlEndpoint(endpoint_store).update(f"INSERT DATA {{ GRAPH <{stray}> {{ <urn:x:s> <urn:x:p> 'half sent' }} }}")
    assert _staging_graphs(endpoint_store) == [stray]
    KnowledgeGraph.open(endpoint_store).ingest([_pack(corpus_files, SMALL_PACK)], with_index=False)
    assert _staging_graphs(endpoint_store) == []


def test_kg_sparql_runs_at_the_endpoint(endpoint_store, corpus_files):
    kg = KnowledgeGraph.open(endpoint_store)
    kg.ingest([_pack(corpus_files, SMALL_PACK)], with_index=False)
    expected = kg.sparql("SELECT (COUNT(?r) AS ?n) WHERE { ?r a besluit:Besluit }")[0]["n"]
    assert expected > 5
    result = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "sparql", "--json",
                             "SELECT (COUNT(?r) AS ?n) WHERE { ?r a besluit:Besluit }", "--store", endpoint_store],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert f'"{expected}"' in result.stdout or f": {expected}" in result.stdout
    refused = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "sparql",
                              "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", "--store", endpoint_store],
                             capture_output=True, text=True, timeout=120, check=False)
    assert refused.returncode != 0 and len(refused.stderr.strip().splitlines()) == 1
    assert kg.stats()["triples"] == len(_triples(kg))


def test_every_reading_command_gives_the_same_at_the_endpoint_as_in_a_folder(endpoint_store, corpus_files, tmp_path):
    pack = _pack(corpus_files, SMALL_PACK)
    folder = KnowledgeGraph.open(tmp_path / "folder")
    folder.ingest([pack], with_index=False)
    shared = KnowledgeGraph.open(endpoint_store)
    shared.ingest([pack], with_index=False)
    assert shared.stats() == folder.stats()
    assert shared.export("records") == folder.export("records")
    voice = "children and young people have a voice"
    assert shared.trace(voice) == folder.trace(voice) and shared.trace(voice) is not None
    people = folder.sparql("SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n } ORDER BY ?n")
    assert shared.sparql("SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n } ORDER BY ?n") == people
    name = people[0]["n"]
    assert shared.person(name) == folder.person(name)


def test_the_web_app_serves_the_shared_graph_on_another_machine(endpoint_store, corpus_files, tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from kg.web.app import create_app

    pack = _pack(corpus_files, SMALL_PACK)
    KnowledgeGraph.open(endpoint_store).ingest([pack], with_index=False)
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "web-machine"))   # no copy of the pack here yet
    kg = KnowledgeGraph.open(endpoint_store)
    line = 226
    printed = pack.read_text(encoding="utf-8").splitlines()[line - 1].strip()
    with TestClient(create_app(kg)) as client:
        assert client.get("/api/stats").json() == kg.stats()
        source = client.get(f"/source/{SMALL_PACK}", params={"start": line, "end": line})
        assert source.status_code == 200 and printed[:40] in source.text
        rows = client.get("/sparql", params={"query": "SELECT (COUNT(?m) AS ?n) WHERE { ?m a besluit:Zitting }"},
                          headers={"Accept": "application/sparql-results+json"}).json()
        assert rows["results"]["bindings"][0]["n"]["value"] == str(kg.stats()["meetings"])
        assert client.get("/api/ask", params={"q": "what was resolved"}).status_code == 503   # no index here


@pytest.mark.slow
def test_an_answer_from_the_endpoint_is_the_answer_from_a_folder(endpoint_store, corpus_files, tmp_path, monkeypatch):
    """With the search index a machine builds at ingest (loads the embedding model): the machine that
    ingested the pack, and another that ingests it again (unchanged) to build its own index."""
    pack = _pack(corpus_files, SMALL_PACK)
    folder = KnowledgeGraph.open(tmp_path / "folder")
    folder.ingest([pack])
    shared = KnowledgeGraph.open(endpoint_store)
    shared.ingest([pack])
    question = "what did the commission resolve about the lifestyle survey"
    expected = folder.ask(question).to_json()
    assert shared.ask(question).answerable and shared.ask(question).to_json() == expected
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "machine-b"))
    on_b = KnowledgeGraph.open(endpoint_store)
    with pytest.raises(NoIndexError, match=f"no search index in {endpoint_store}"):
        on_b.ask(question)
    live = on_b.store.live_state()[0]
    assert [r.status for r in on_b.ingest([pack])] == ["unchanged"]
    assert on_b.store.live_state()[0] == live   # building an index here writes nothing to the endpoint
    assert on_b.ask(question).to_json() == expected


def test_a_server_with_a_union_default_graph_is_refused_with_one_line(oxigraph_union_server, corpus_files, tmp_path,
                                                                      monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "cache"))
    SparqlEndpoint(oxigraph_union_server).update(
        f'INSERT DATA {{ GRAPH <{STORE_GRAPH}> {{ <{STATE}> <{LIVE}> "1" ; <{MANIFEST}> "{{}}" }} }}')
    result = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "stats",
                             "--store", oxigraph_union_server], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"error: {oxigraph_union_server}: its default graph is the union of all graphs; "
                                     "serve it without that option (oxigraph serve: no --union-default-graph)")
