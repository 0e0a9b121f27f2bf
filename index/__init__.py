"""Hybrid search over pieces of text: dense (FAISS) + BM25 (bm25s), fused by relative score. Pieces
partition each file's lines (index.partition) and graph nodes point to the pieces they cover."""
from index.chunks import Chunk, ChunkSource, make_chunks
from index.embeddings import Embedder
from index.expansion import QueryExpander
from index.hybrid import Hit, HybridIndex
from index.partition import NodeSpan, partition

__all__ = ["Chunk", "ChunkSource", "Embedder", "Hit", "HybridIndex", "NodeSpan", "QueryExpander", "make_chunks",
           "partition"]
