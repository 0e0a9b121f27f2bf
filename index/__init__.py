"""Hybrid search over structure-aware chunks: dense (FAISS) + BM25 (bm25s), fused by RRF."""
from index.chunks import Chunk, make_chunks
from index.embeddings import Embedder
from index.hybrid import Hit, HybridIndex

__all__ = ["Chunk", "Embedder", "Hit", "HybridIndex", "make_chunks"]
