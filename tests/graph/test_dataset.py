"""dataset.load: sources' N-Triples bulk-loaded at once, each into its own graph and the union, as put would assert them."""
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
    dataset.load(loaded, dataset.source_quads("first.txt", _FIRST) + dataset.source_quads("second.txt", _SECOND))
    for name, data in ((first, _FIRST), (second, _SECOND)):
        dataset.put(put, name, {q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)})
    assert sorted(map(str, loaded)) == sorted(map(str, put))
    assert len(list(loaded)) == 2 + 2 + 3   # each source's own graph, and the union holding the shared date once
    assert len(dataset.graph_triples(loaded, first)) == 2
    dataset.drop(loaded, first)
    union = {q.triple for q in loaded.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert _subjects_and_objects(union) == {("http://example.org/meeting/1", "2031-02-03"),
                                            ("http://example.org/item/4", "Parks levy")}


def test_a_literal_that_ends_like_a_line_keeps_its_text(tmp_path):
    """Only a line's ending takes the graph's name: a title ending " ." before an escaped line break stays whole."""
    data = b'<http://example.org/item/5> <http://purl.org/dc/terms/title> "Levy .\\n agreed ." .\n'
    loaded = ox.Store(str(tmp_path / "loaded"))
    dataset.load(loaded, dataset.source_quads("third.txt", data))
    assert {(q.object.value, q.graph_name) for q in loaded} == {
        ("Levy .\n agreed .", dataset.source_graph("third.txt")), ("Levy .\n agreed .", ox.DefaultGraph())}
