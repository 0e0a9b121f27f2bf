"""Nearest neighbours by inner product over normalised embeddings (so cosine similarity), by piece id.

Vectors are kept under 64-bit ids (``IndexIDMap2``), so a new generation of the index starts from
the live one, removes the pieces of replaced or removed sources and adds the new ones, without
embedding or re-adding the rest. Exact search (``IndexFlatIP``) is fast enough for tens of
thousands of pieces; beyond ``hnsw_threshold`` vectors an HNSW graph keeps queries in
milliseconds at a small recall cost (HNSW cannot delete, so a removal rebuilds it from its vectors).
"""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

HNSW_THRESHOLD = 50_000
HNSW_NEIGHBOURS = 32
HNSW_EF_SEARCH = 128


def _empty(dimension: int, size: int, hnsw_threshold: int) -> faiss.IndexIDMap2:
    if size > hnsw_threshold:
        base = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
    else:
        base = faiss.IndexFlatIP(dimension)
    return faiss.IndexIDMap2(base)


class DenseIndex:
    def __init__(self, index: faiss.IndexIDMap2, hnsw_threshold: int = HNSW_THRESHOLD) -> None:
        self.index = index
        self.hnsw_threshold = hnsw_threshold

    @classmethod
    def build(cls, vectors: np.ndarray, dimension: int, hnsw_threshold: int = HNSW_THRESHOLD,
              ids: np.ndarray | None = None) -> DenseIndex:
        """An index of ``vectors`` under ``ids`` (by default their row numbers)."""
        dense = cls(_empty(dimension, len(vectors), hnsw_threshold), hnsw_threshold)
        dense.add(np.arange(len(vectors)) if ids is None else ids, vectors)
        return dense

    @property
    def approximate(self) -> bool:
        return isinstance(faiss.downcast_index(self.index.index), faiss.IndexHNSW)

    @property
    def ids(self) -> np.ndarray:
        """The ids held, in the order they were added."""
        return faiss.vector_to_array(self.index.id_map).astype(np.int64)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add ``vectors`` under ``ids`` (not held yet); past the threshold the index becomes HNSW."""
        if not len(ids):
            return
        ids, vectors = np.asarray(ids, dtype=np.int64), np.ascontiguousarray(vectors, dtype=np.float32)
        if not self.approximate and self.index.ntotal + len(ids) > self.hnsw_threshold:
            self._rebuild(np.concatenate([self.ids, ids]), np.vstack([self.vectors(self.ids), vectors]))
        else:
            self.index.add_with_ids(vectors, ids)

    def remove(self, ids: np.ndarray) -> None:
        """Drop the vectors of ``ids`` (ids not held are ignored)."""
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids):
            return
        if self.approximate:
            kept = self.ids[~np.isin(self.ids, ids)]
            self._rebuild(kept, self.vectors(kept))
        else:
            self.index.remove_ids(faiss.IDSelectorBatch(ids))

    def _rebuild(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        self.index = _empty(self.index.d, len(ids), self.hnsw_threshold)
        if len(ids):
            self.index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        """The vectors held under ``ids``, in that order."""
        if not len(ids):
            return np.zeros((0, self.index.d), dtype=np.float32)
        return self.index.reconstruct_batch(np.asarray(ids, dtype=np.int64))

    def search(self, query: np.ndarray, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Up to ``n`` (id, cosine) pairs, best first; ``allowed``: the only ids to consider."""
        n = min(n, self.index.ntotal)
        if n <= 0:
            return []
        # the vectors' own index is searched by row and rows turned into ids here: the id map's
        # search translates them on OpenMP threads, which costs 15 ms a query on a busy machine
        held = self.ids
        params = None
        if allowed is not None:
            selector = faiss.IDSelectorBatch(np.flatnonzero(np.isin(held, np.asarray(allowed, dtype=np.int64))))
            params = (faiss.SearchParametersHNSW(sel=selector, efSearch=max(HNSW_EF_SEARCH, n)) if self.approximate
                      else faiss.SearchParameters(sel=selector))
        elif self.approximate:
            params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, n))
        base = faiss.downcast_index(self.index.index)
        scores, rows = base.search(np.atleast_2d(query).astype(np.float32), n, params=params)
        return [(int(held[r]), float(s)) for r, s in zip(rows[0], scores[0]) if r >= 0]

    def similarity(self, query: np.ndarray, ids: list[int]) -> list[float]:
        """Cosine of the query with the vectors of ``ids`` (no search)."""
        return (self.vectors(np.asarray(ids, dtype=np.int64)) @ np.ravel(query)).tolist() if ids else []

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, hnsw_threshold: int = HNSW_THRESHOLD) -> DenseIndex:
        return cls(faiss.read_index(str(path)), hnsw_threshold)
