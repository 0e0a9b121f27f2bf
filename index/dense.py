"""Nearest neighbours by inner product over normalised embeddings (so cosine similarity).

Exact search (``IndexFlatIP``) is fast enough for tens of thousands of chunks; beyond
``hnsw_threshold`` vectors an HNSW graph keeps queries in milliseconds at a small recall cost.
"""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

HNSW_THRESHOLD = 50_000
HNSW_NEIGHBOURS = 32
HNSW_EF_SEARCH = 128


class DenseIndex:
    def __init__(self, index: faiss.Index) -> None:
        self.index = index

    @classmethod
    def build(cls, vectors: np.ndarray, dimension: int, hnsw_threshold: int = HNSW_THRESHOLD) -> DenseIndex:
        if len(vectors) > hnsw_threshold:
            index = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        else:
            index = faiss.IndexFlatIP(dimension)
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(index)

    @property
    def approximate(self) -> bool:
        return isinstance(self.index, faiss.IndexHNSW)

    def search(self, query: np.ndarray, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Up to ``n`` (vector number, cosine) pairs, best first; ``allowed`` is a boolean mask."""
        n = min(n, self.index.ntotal)
        if n <= 0:
            return []
        params = None
        if allowed is not None:
            selector = faiss.IDSelectorBatch(np.flatnonzero(allowed).astype(np.int64))
            params = (faiss.SearchParametersHNSW(sel=selector, efSearch=max(HNSW_EF_SEARCH, n)) if self.approximate
                      else faiss.SearchParameters(sel=selector))
        elif self.approximate:
            params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, n))
        scores, ids = self.index.search(np.atleast_2d(query).astype(np.float32), n, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def similarity(self, query: np.ndarray, ids: list[int]) -> list[float]:
        """Cosine of the query with the given vectors (no search)."""
        return [float(self.index.reconstruct(i) @ np.ravel(query)) for i in ids]

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path) -> DenseIndex:
        return cls(faiss.read_index(str(path)))
