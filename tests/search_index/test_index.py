"""The search index: chunk sizes and spans, the embedding cache, fusion, expansion, and a real
search over paragraph chunks of a bundled pack."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index import Chunk, Embedder, HybridIndex, QueryExpander, make_chunks  # noqa: E402
from index.dense import DenseIndex  # noqa: E402
from index.fusion import relative_score_fusion  # noqa: E402
from index.hybrid import chunk_mask, vector_id  # noqa: E402
from index.sparse import SparseIndex, tokenize  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "rotherham"


@dataclass
class Source:
    node: str
    kind: str
    title: str
    source: str
    lines: list
    date: str | None = None


def words_plus_specials(text: str) -> int:
    """A tokenizer stand-in: one piece per word plus the two special tokens."""
    return len(text.split()) + 2


def numbered_words(first: int, count: int) -> str:
    return " ".join(f"w{first + i}" for i in range(count))


def test_pieces_fit_the_budget_carry_the_title_and_cite_their_own_lines():
    lines = [(100 + n, numbered_words(n * 40, 40)) for n in range(20)]   # 800 words over lines 100-119
    source = Source("urn:item", "minute_item", "Transition to adult services", "pack.txt", lines)
    chunks = make_chunks([source], words_plus_specials, max_tokens=100)
    assert len(chunks) > 8
    for chunk in chunks:
        assert words_plus_specials(chunk.embed_text) <= 100
        assert chunk.embed_text.startswith("Transition to adult services\n")
        cited = [n for n, text in lines if text in chunk.text]
        assert chunk.lines == (cited[0], cited[-1])
        assert chunk.text == "\n".join(text for n, text in lines if chunk.lines[0] <= n <= chunk.lines[1])
    assert chunks[0].lines[0] == 100 and chunks[-1].lines[1] == 119
    # consecutive pieces share a line, so a sentence at a cut is whole in one of them
    assert all(a.lines[1] == b.lines[0] for a, b in zip(chunks, chunks[1:]))
    assert len({c.id for c in chunks}) == len(chunks)


def test_a_long_line_splits_on_sentences_and_keeps_its_line_number():
    sentences = [f"Sentence {i} says {numbered_words(i * 30, 25)}." for i in range(12)]
    source = Source("urn:p", "paper", "Report", "pack.txt", [(7, "Intro."), (8, 11, " ".join(sentences))])
    chunks = make_chunks([source], words_plus_specials, max_tokens=80)
    long_pieces = [c for c in chunks if c.lines != (7, 7)]
    assert all(c.lines in {(7, 11), (8, 11)} for c in long_pieces)
    for chunk in long_pieces:
        assert chunk.text.endswith(".") and chunk.text.split("\n")[-1].startswith("Sentence")
    joined = " ".join(c.text.split("\n")[-1] for c in long_pieces)
    assert all(s in joined for s in sentences)


def test_a_piece_does_not_end_on_a_heading_or_a_list_introduction():
    lines = [(1, numbered_words(0, 40)), (2, numbered_words(40, 40)), (3, "7.1 Commissioning Outturn"),
             (4, "The following priorities are COMPLETE:"), (5, "- " + numbered_words(80, 30)),
             (6, "- " + numbered_words(110, 30))]
    chunks = make_chunks([Source("urn:paper", "paper", "", "pack.txt", lines)], words_plus_specials, max_tokens=100)
    assert chunks[0].lines == (1, 2)
    assert chunks[1].text.startswith("7.1 Commissioning Outturn\nThe following priorities are COMPLETE:\n- w80")


def test_an_overlong_title_is_shortened_so_text_keeps_the_budget():
    source = Source("urn:x", "paper", numbered_words(0, 200), "f.txt", [(1, numbered_words(500, 30))])
    (chunk,) = make_chunks([source], words_plus_specials, max_tokens=100)
    assert words_plus_specials(chunk.title) <= 40
    assert words_plus_specials(chunk.embed_text) <= 100


def test_relative_score_fusion_scales_each_retriever_over_the_pool():
    dense, bm25 = np.array([0.9, 0.5, 0.7]), np.array([0.0, 12.0, 3.0])
    fused = relative_score_fusion([dense, bm25], [0.5, 0.5])
    assert fused == pytest.approx([0.5, 0.5, 0.25 + 0.125])
    # one retriever far ahead keeps its lead; a flat list adds nothing
    assert relative_score_fusion([np.array([1.0, 1.0]), np.array([0.0, 5.0])], [0.5, 0.5]).tolist() == [0.0, 0.5]


def test_expansion_goes_both_ways():
    expander = QueryExpander({"IYSS": ["Integrated Youth Support Service"]})
    assert "child and adolescent mental health services" in expander.expand("CAMHS transition to adult services")
    assert "child and adolescent mental health services" in expander.expand("waits for camhs")
    assert expander.terms("Child and Adolescent Mental Health Services waits") == ["CAMHS"]
    assert expander.terms("outcomes for children in care") == ["LAC", "looked after children"]
    assert expander.terms("who runs the integrated youth support service") == ["IYSS"]
    assert expander.terms("a place to send the LAC review") == ["looked after children", "children in care"]
    assert expander.terms("CAMHS and child and adolescent mental health services") == []
    spellings = QueryExpander({"CAMHS": ["Child, Adolescent and Mental Health Service"]})
    assert spellings.terms("CAMHS waits") == ["child and adolescent mental health services",
                                              "Child, Adolescent and Mental Health Service"]
    assert spellings.expand("CAMHS waits", forms=1) == "CAMHS waits child and adolescent mental health services"


def test_bm25_tokens_are_stemmed_without_possessives_but_keep_numbers():
    assert tokenize("Rotherham's foster carers: policies for 2014/15, 2.5% and D17.") == \
        ["rotherham", "foster", "carer", "polici", "2014", "2014y15", "2.5", "d17"]
    assert tokenize("in 2015-2016") == tokenize("in 2015/16") == tokenize("2015 – 16") == ["2015", "2015y16"]
    assert tokenize("meeting of 2016-12-06") == ["meet", "2016", "12", "06"]
    assert tokenize("who leads recruiting") == ["lead", "recruit"]
    # irregular forms meet their lemma: 'led by', 'we spoke to'
    assert tokenize("led by North Yorkshire") == tokenize("leading North Yorkshire")
    assert tokenize("we spoke to 4000 children") == tokenize("spoken to 4000 child")
    assert set(tokenize("who leads recruiting")) < set(tokenize("the lead officer for recruitment"))
    sparse = SparseIndex.build(["foster carers recruited", "adopters approved", "nothing relevant here"])
    assert [i for i, _ in sparse.search("how many foster carer households", 3)] == [0]
    assert sparse.search("the of and", 3) == []
    assert [i for i, _ in sparse.search("foster adopters", 3, allowed=np.array([False, True, True]))] == [1]


def test_saved_bm25_scores_are_bm25s_own_and_read_without_bm25s(tmp_path):
    import subprocess
    import sys

    import bm25s

    texts = ["the panel resolved that the transition protocol be noted", "foster carers recruited in 2015/16",
             "the panel noted the foster carers report", "CAMHS transition: the panel asked for an update"]
    sparse = SparseIndex.build(texts)
    (tmp_path / "ours").mkdir()
    sparse.save(tmp_path / "ours")
    library = bm25s.BM25()
    library.index([tokenize(t) for t in texts], show_progress=False)
    library.save(str(tmp_path / "bm25s"), show_progress=False)   # an index saved by bm25s itself reads the same
    for loaded in (SparseIndex.load(tmp_path / "ours", len(texts)), SparseIndex.load(tmp_path / "bm25s", len(texts))):
        for query in ("panel transition", "foster carers 2015/16", "camhs update noted", "nothing at all"):
            tokens = loaded.query_tokens(query)
            expected = library.get_scores(tokens) if tokens else np.zeros(len(texts), dtype=np.float32)
            assert np.array_equal(loaded.scores(query), expected)
            assert np.array_equal(sparse.scores(query), expected)
    assert sparse.scores("panel transition")[0] > 0 and sparse.scores("panel transition")[1] == 0
    # answering a question reads the scores without importing bm25s or scipy (a third of a second)
    probe = ("import sys; from pathlib import Path; from index.sparse import SparseIndex; "
             f"SparseIndex.load(Path({str(tmp_path / 'ours')!r}), 4).scores('panel'); "
             "print(sorted(m for m in ('bm25s', 'scipy') if m in sys.modules))")
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                              cwd=Path(__file__).resolve().parents[2])
    assert imported.stdout.strip() == "[]"


def unit_vectors(count: int, dimension: int = 16, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(count, dimension)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_dense_switches_to_hnsw_above_the_threshold_and_filters_by_id():
    vectors = unit_vectors(300)
    ids = np.arange(1000, 1300)
    flat, hnsw = (DenseIndex.build(vectors, 16, hnsw_threshold=1000, ids=ids),
                  DenseIndex.build(vectors, 16, hnsw_threshold=100, ids=ids))
    assert not flat.approximate and hnsw.approximate
    for index in (flat, hnsw):
        assert index.search(vectors[42], 3)[0][0] == 1042
        assert sorted(i for i, _ in index.search(vectors[42], 10, np.array([1005, 1006, 1007]))) == [1005, 1006, 1007]
        assert index.similarity(vectors[42], [1042, 1007]) == pytest.approx([1.0, float(vectors[7] @ vectors[42])], abs=1e-5)


@pytest.mark.parametrize("threshold", [1000, 100])
def test_dense_removes_and_adds_vectors_by_id(tmp_path, threshold):
    vectors = unit_vectors(300)
    index = DenseIndex.build(vectors[:150], 16, hnsw_threshold=threshold)   # ids: row numbers
    index.remove(np.array([42, 43, 9999]))
    assert index.index.ntotal == 148 and 42 not in {i for i, _ in index.search(vectors[42], 5)}
    index.add(np.arange(500, 650), vectors[150:])
    assert index.approximate == (threshold == 100)   # past the threshold it became HNSW
    assert index.search(vectors[160], 1)[0][0] == 510
    index.save(tmp_path / "dense.faiss")
    loaded = DenseIndex.load(tmp_path / "dense.faiss", hnsw_threshold=threshold)
    assert sorted(loaded.ids.tolist()) == sorted(set(range(150)) - {42, 43} | set(range(500, 650)))
    assert np.allclose(loaded.vectors(np.array([510, 7])), vectors[[160, 7]], atol=1e-6)


class WordHashEmbedder:
    """Vectors from hashed words (so texts sharing words are near), recording what it is asked to embed."""

    model_id = "test/word-hash"
    dimension = 32

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.embedded.extend(texts)
        return self.encode_queries(texts)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, sum(map(ord, word)) % self.dimension] += 1.0
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def piece(key: str, node: str, text: str, lines: tuple[int, int], source: str = "a.txt") -> Chunk:
    return Chunk(key.ljust(16, "0"), node, "paper", "", text, source, lines)


def test_a_new_index_starts_from_the_live_one_and_embeds_only_new_chunks(tmp_path):
    embedder = WordHashEmbedder()
    old = [piece("a1", "urn:a", "foster carers recruited", (1, 3)), piece("a2", "urn:a", "adopters approved", (4, 6)),
           piece("b1", "urn:b", "school attendance fell", (1, 2), "b.txt")]
    HybridIndex.build(old, embedder).save(tmp_path / "live")
    assert len(embedder.embedded) == 3
    # source b is replaced: its chunk goes, a new one comes; a's chunks are kept, not embedded again
    new = old[:2] + [piece("b2", "urn:b", "school exclusions rose", (1, 2), "b.txt")]
    embedder.embedded.clear()
    index = HybridIndex.build(new, embedder, start_from=HybridIndex.live_vectors(tmp_path / "live", embedder))
    assert embedder.embedded == ["school exclusions rose"]
    assert sorted(index.dense.ids.tolist()) == sorted(vector_id(c.id) for c in new)
    index.save(tmp_path / "next")
    loaded = HybridIndex.load(tmp_path / "next", embedder)
    assert loaded.search("exclusions", k=1)[0].chunk.id == new[2].id
    assert [hit.chunk.id for hit in loaded.search("foster carers", k=3, filter={"source": "a.txt"})] == \
        [new[0].id, new[1].id]
    assert [c.text for c in loaded.chunks_of("urn:a")] == ["foster carers recruited", "adopters approved"]
    # the live index's own files are untouched
    assert sorted(HybridIndex.load(tmp_path / "live", embedder).dense.ids.tolist()) == \
        sorted(vector_id(c.id) for c in old)


def test_an_index_of_another_model_is_not_started_from(tmp_path):
    HybridIndex.build([piece("a1", "urn:a", "foster carers", (1, 1))], WordHashEmbedder()).save(tmp_path)
    other = WordHashEmbedder()
    other.model_id = "test/another"
    assert HybridIndex.live_vectors(tmp_path, other) is None
    assert HybridIndex.live_vectors(None, other) is None


def test_filters_by_field_values_or_predicate():
    chunks = [Chunk(str(i), f"urn:{i}", kind, "", "t", src, (1, 1))
              for i, (kind, src) in enumerate([("resolution", "a"), ("paper", "a"), ("resolution", "b")])]
    assert chunk_mask(chunks, {"kind": "resolution"}).tolist() == [True, False, True]
    assert chunk_mask(chunks, {"kind": "resolution", "source": ["b", "c"]}).tolist() == [False, False, True]
    assert chunk_mask(chunks, lambda c: c.source == "a").tolist() == [True, True, False]


def test_word_pieces_are_counted_without_loading_the_model():
    """Chunking counts word pieces with the model's own tokenizer file: no torch, no model load."""
    import subprocess
    import sys

    script = ("import sys\nfrom index.embeddings import Embedder\ne = Embedder()\n"
              "print(e.count_tokens('CAMHS transition to adult services'), e.count_tokens(''),"
              " 'torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    # [CLS] cam ##hs transition to adult services [SEP]; an empty text is the two special tokens
    assert result.stdout.split() == ["8", "2", "False", "False"]


# -- with the model -------------------------------------------------------------------------------------

@pytest.mark.slow
def test_cache_embeds_only_new_texts(tmp_path):
    first = Embedder(cache_dir=tmp_path)
    vectors = first.encode(["foster carers", "adoption approvals", "school attendance"])
    assert first.encoded == 3 and vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    second = Embedder(cache_dir=tmp_path)   # a later ingest, reading the cache from disk
    again = second.encode(["school attendance", "foster carers", "CAMHS transition"])
    assert second.encoded == 1
    assert np.array_equal(again[:2], vectors[[2, 0]])


@pytest.mark.slow
def test_passages_embed_as_questions_do_whatever_the_precision():
    """Passages may be embedded in bfloat16 (on CPUs that multiply it natively), questions in float32:
    the same text must land in the same place."""
    texts = ["Continue to improve the transition for children and young people from CAMHS to adult services",
             "Total 224 63820 71168 89.7%", "Apologies were received from the Strategic Director."]
    embedder = Embedder()
    passages, questions = embedder.encode(texts), embedder.encode_queries(texts)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-5)
    assert (passages * questions).sum(axis=1).min() > 0.9995


@pytest.mark.slow
def test_word_pieces_are_counted_as_the_models_tokenizer_counts_them():
    embedder = Embedder()
    texts = ["Total 224 63820 71168 89.7%", "Café naïve – “quoted” £1,777 ½", "",
             "Apologies were received from Cllr Watson."]
    assert [embedder.count_tokens(t) for t in texts] == \
        [len(embedder.model.tokenizer(t, add_special_tokens=True)["input_ids"]) for t in texts]


@pytest.mark.slow
def test_passages_embed_batch_by_batch_as_sentence_transformers_does():
    """Whole batches on threads of one torch thread each give the vectors the model's own ``encode`` gives
    on one thread with the same batches, in the callers' order, and leave torch's thread count as it was."""
    import torch

    from index.embeddings import embed_passages, load_model

    model = load_model(Embedder().model_name)
    texts = ["Apologies were received.", "Foster carers recruited this year: 41 households, up from 35.",
             "Total 224 63820 71168 89.7%", "CAMHS transition to adult services",
             "The Board noted the annual report of the Local Safeguarding Children Board and its priorities."]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        expected = model.encode(texts, batch_size=2, convert_to_numpy=True)
    finally:
        torch.set_num_threads(threads)
    vectors = embed_passages(model, texts, batch_size=2, workers=2)
    assert vectors.dtype == np.float32 and np.array_equal(vectors, expected)
    assert torch.get_num_threads() == threads


@pytest.fixture(scope="module")
def pack_index(tmp_path_factory):
    """Paragraph chunks of one bundled pack, indexed, saved and loaded back."""
    from kg.loaders.normalize import normalize, paragraphs
    from kg.loaders.text import read_source

    source = read_source(CORPUS / "rotherham-improving-lives-2014-09-17.txt")
    paras = [p for p in paragraphs(normalize(source)) if p.text.strip()]
    sources = [Source(f"urn:para/{p.start}", "paragraph", "", source.name, [(p.start, p.end, p.text)]) for p in paras]
    embedder = Embedder(cache_dir=tmp_path_factory.mktemp("cache"))
    chunks = make_chunks(sources, embedder.count_tokens)
    folder = tmp_path_factory.mktemp("index")
    HybridIndex.build(chunks, embedder).save(folder)
    return HybridIndex.load(folder, Embedder()), embedder


@pytest.mark.slow
def test_real_chunks_fit_the_model(pack_index):
    index, embedder = pack_index
    assert max(embedder.count_tokens(c.embed_text) for c in index.chunks) <= 256


@pytest.mark.slow
def test_camhs_question_finds_the_transition_action(pack_index):
    index, _ = pack_index
    action = "Continue to improve the transition for children and young people from CAMHS to adult services"
    hits = index.search("How is the move from CAMHS to adult services being improved?", k=5)
    assert hits[0].chunk.lines == (430, 431) and action in hits[0].chunk.text
    spelled_out = index.search("What is being done about moving young people from child and adolescent mental "
                               "health services to adult services?", k=5)
    assert action in " ".join(h.chunk.text for h in spelled_out[:3])
    assert hits[0].sparse_rank is not None and hits[0].dense_rank is not None
    assert all(0.0 < h.dense_score <= 1.0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    filtered = index.search("CAMHS transition", k=5, filter=lambda c: c.lines[0] > 1000)
    assert filtered and all(h.chunk.lines[0] > 1000 for h in filtered)


def test_each_row_of_a_chunk_knows_its_original_lines():
    source = Source("urn:x", "paper", "T", "f.txt", [(10, "Overall, the events raised"), (12, "an online total"),
                                                     (13, "of £1,777."), (15, "Next sentence.")])
    (chunk,) = make_chunks([source], words_plus_specials)
    assert chunk.rows == ((10, 10), (12, 12), (13, 13), (15, 15))
    start = chunk.text.index("an online")
    assert chunk.lines_of(start, chunk.text.index("£1,777") + 6) == (12, 13)
    assert Chunk("k", "n", "paper", "", "a\nb", "f.txt", (3, 9)).lines_of(0, 3) == (3, 9)   # no rows: whole span


def test_an_index_of_another_format_asks_for_a_re_ingest(tmp_path):
    from index.errors import StaleIndexError
    from index.hybrid import FORMAT

    (tmp_path / "meta.json").write_text(f'{{"format": {FORMAT - 1}, "model": "m", "chunks": 0}}')
    with pytest.raises(StaleIndexError, match="re-ingest"):
        HybridIndex.load(tmp_path, type("Stub", (), {"model_id": "m"})())

