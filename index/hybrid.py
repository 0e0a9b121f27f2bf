"""Hybrid retrieval: FAISS inner product over normalised embeddings fused with BM25 by RRF."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import bm25s
import faiss
import numpy as np

from index.chunks import Chunk
from index.embeddings import Embedder
from index.expansion import QueryExpander
from index.fusion import reciprocal_rank_fusion

HNSW_THRESHOLD = 50_000   # above this many vectors an approximate HNSW index replaces the flat one
CANDIDATES = 50


@dataclass
class Hit:
    chunk: Chunk
    score: float
    dense_score: float | None
    dense_rank: int | None
    sparse_rank: int | None


def _tokenize(texts: list[str]):
    return bm25s.tokenize(texts, stopwords="en", show_progress=False)


def build_dense(vectors: np.ndarray, hnsw_threshold: int = HNSW_THRESHOLD) -> faiss.Index:
    dimension = vectors.shape[1]
    if len(vectors) > hnsw_threshold:
        index = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = 128
    else:
        index = faiss.IndexFlatIP(dimension)
    index.add(vectors)
    return index


def _diverse(order: list[int], chunks: list[Chunk], k: int) -> list[int]:
    """Best first, skipping pieces that mostly repeat lines already returned (a paper and the
    action inside it cover the same lines)."""
    kept: list[int] = []
    for i in order:
        chunk = chunks[i]
        size = chunk.lines[1] - chunk.lines[0] + 1
        if any(chunks[j].source == chunk.source and
               min(chunks[j].lines[1], chunk.lines[1]) - max(chunks[j].lines[0], chunk.lines[0]) + 1 >= size / 2
               for j in kept):
            continue
        kept.append(i)
        if len(kept) == k:
            break
    return kept


class HybridIndex:
    def __init__(self, chunks: list[Chunk], dense: faiss.Index, sparse: bm25s.BM25, embedder: Embedder,
                 expander: QueryExpander) -> None:
        self.chunks = chunks
        self.dense = dense
        self.sparse = sparse
        self.embedder = embedder
        self.expander = expander

    @classmethod
    def build(cls, chunks: list[Chunk], embedder: Embedder, glossary: dict[str, list[str]] | None = None,
              hnsw_threshold: int = HNSW_THRESHOLD) -> HybridIndex:
        vectors = embedder.encode([c.embed_text for c in chunks])
        sparse = bm25s.BM25()
        sparse.index(_tokenize([c.text for c in chunks]), show_progress=False)  # titles repeat in every piece: they would swamp term weights
        return cls(chunks, build_dense(vectors, hnsw_threshold), sparse, embedder, QueryExpander(glossary))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        faiss.write_index(self.dense, str(folder / "dense.faiss"))
        self.sparse.save(str(folder / "bm25"), show_progress=False)
        (folder / "chunks.json").write_text(json.dumps([asdict(c) for c in self.chunks]), encoding="utf-8")
        (folder / "glossary.json").write_text(json.dumps(self.expander.forward), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, embedder: Embedder) -> HybridIndex:
        chunks = [Chunk(**{**c, "lines": tuple(c["lines"])}) for c in json.loads((folder / "chunks.json").read_text())]
        sparse = bm25s.BM25.load(str(folder / "bm25"), show_progress=False)
        glossary = json.loads((folder / "glossary.json").read_text())
        return cls(chunks, faiss.read_index(str(folder / "dense.faiss")), sparse, embedder, QueryExpander(glossary))

    def search(self, query: str, k: int = 10, candidates: int = CANDIDATES) -> list[Hit]:
        if not self.chunks:
            return []
        expanded = self.expander.expand(query)
        n = min(candidates, len(self.chunks))
        vector = self.embedder.encode_query(expanded)
        dense_scores, dense_ids = self.dense.search(vector, n)
        dense_ranking = [int(i) for i in dense_ids[0] if i >= 0]
        dense_by_id = {int(i): float(s) for i, s in zip(dense_ids[0], dense_scores[0]) if i >= 0}
        tokens = _tokenize([expanded])
        sparse_ranking: list[int] = []
        if tokens.vocab and any(tokens.ids):
            ids, scores = self.sparse.retrieve(tokens, k=n, show_progress=False, n_threads=1)
            sparse_ranking = [int(i) for i, s in zip(ids[0], scores[0]) if s > 0]
        fused = reciprocal_rank_fusion([dense_ranking, sparse_ranking])
        dense_rank = {doc: rank for rank, doc in enumerate(dense_ranking, 1)}
        sparse_rank = {doc: rank for rank, doc in enumerate(sparse_ranking, 1)}
        best = _diverse(sorted(fused, key=fused.get, reverse=True), self.chunks, k)
        return [Hit(self.chunks[i], fused[i], dense_by_id.get(i), dense_rank.get(i), sparse_rank.get(i)) for i in best]

    def similarity(self, query: str, chunk_ids: list[int]) -> list[float]:
        vector = self.embedder.encode_query(query)
        return [float(self.dense.reconstruct(i) @ vector[0]) for i in chunk_ids]
