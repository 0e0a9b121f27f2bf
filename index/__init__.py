"""Hybrid search over structure-aware chunks: dense (FAISS) + BM25 (bm25s), fused by relative score."""
from index.chunks import Chunk, ChunkSource, make_chunks
from index.embeddings import Embedder
from index.expansion import QueryExpander
from index.hybrid import Hit, HybridIndex

__all__ = ["Chunk", "ChunkSource", "Embedder", "Hit", "HybridIndex", "QueryExpander", "make_chunks"]
