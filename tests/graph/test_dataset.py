"""dataset.load: a source's N-Triples bulk-loaded into its own graph and the union, as put would assert them."""
import pyoxigraph as ox

from kg.graph import dataset

_SHARED = b'<http://example.org/meeting/1> <http://purl.org/dc/terms/date> "2031-02-03"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
_FIRST = _SHARED + b'<http://example.org/meeting/1> <http://purl.org/dc/terms/title> "Budget panel" .\n'
_SECOND = _SHARED + b'<http://example.org/item/4> <http://purl.org/dc/terms/title> "Parks levy" .\n'


def _subjects_and_objects(triples: set[ox.Triple]) -> set[tuple[str, str]]:
    return {(t.subject.value, t.object.value) for t in triples}


def test_loaded_graphs_and_union_equal_put_and_survive_a_drop(tmp_path):
    loaded, put = ox.Store(str(tmp_path / "loaded")), ox.Store(str(tmp_path / "put"))
    first, second = dataset.source_graph("first.txt"), dataset.source_graph("second.txt")
    for name, data in ((first, _FIRST), (second, _SECOND)):
        dataset.load(loaded, name, data)
        dataset.put(put, name, {q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)})
    assert sorted(map(str, loaded)) == sorted(map(str, put))
    assert len(dataset.graph_triples(loaded, first)) == 2
    dataset.drop(loaded, first)
    union = {q.triple for q in loaded.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert _subjects_and_objects(union) == {("http://example.org/meeting/1", "2031-02-03"),
                                            ("http://example.org/item/4", "Parks levy")}
