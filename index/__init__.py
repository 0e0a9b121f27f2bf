"""Hybrid search over structure-aware chunks: dense (FAISS) + BM25 (bm25s), fused by relative score.

The names below load on first use (PEP 562): importing one light module of the package, such as
``index.errors``, must not load FAISS, bm25s and scipy with it.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.chunks import Chunk, ChunkSource, make_chunks
    from index.embeddings import Embedder
    from index.expansion import QueryExpander
    from index.hybrid import Hit, HybridIndex

_HOMES = {"Chunk": "index.chunks", "ChunkSource": "index.chunks", "make_chunks": "index.chunks",
          "Embedder": "index.embeddings", "QueryExpander": "index.expansion", "Hit": "index.hybrid",
          "HybridIndex": "index.hybrid"}

__all__ = ["Chunk", "ChunkSource", "Embedder", "Hit", "HybridIndex", "QueryExpander", "make_chunks"]


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module 'index' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
