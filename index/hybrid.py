"""Hybrid retrieval: dense (FAISS) and BM25 candidates, each scored by both, fused by relative score.

Dense search finds paraphrases ("help for young people leaving care" -> transition to adult
services); BM25 finds exact names, numbers and acronyms the small embedding model blurs.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from index.chunks import Chunk
from index.dense import HNSW_THRESHOLD, DenseIndex
from index.embeddings import Embedder
from index.errors import StaleIndexError
from index.expansion import QueryExpander
from index.fusion import relative_score_fusion
from index.sparse import SparseIndex, top_scores

CANDIDATES = 50       # from each retriever, before fusion
DENSE_WEIGHT = 0.5    # share of the dense score in the fused one (the rest is BM25's)
FORMAT = 6            # bumped when the saved layout or the tokenizer changes

ChunkFilter = Callable[[Chunk], bool] | Mapping[str, object]


@dataclass
class Hit:
    chunk: Chunk
    score: float                 # fused score, 0..1
    dense_rank: int | None       # 1-based rank among dense candidates, None if not among them
    sparse_rank: int | None
    dense_score: float = 0.0     # cosine of the query vector with this chunk, for every hit
    sparse_score: float = 0.0    # BM25 score, 0 when the chunk shares no query term


def chunk_mask(chunks: list[Chunk], chunk_filter: ChunkFilter) -> np.ndarray:
    """Boolean mask of the chunks a filter admits: a predicate, or {field: value or collection of values}."""
    if callable(chunk_filter):
        return np.fromiter((bool(chunk_filter(c)) for c in chunks), dtype=bool, count=len(chunks))

    def admits(chunk: Chunk) -> bool:
        for field, wanted in chunk_filter.items():
            value = getattr(chunk, field)
            if isinstance(wanted, Collection) and not isinstance(wanted, str):
                if value not in wanted:
                    return False
            elif value != wanted:
                return False
        return True

    return np.fromiter((admits(c) for c in chunks), dtype=bool, count=len(chunks))


def diverse(order: list[int], chunks: list[Chunk], k: int) -> list[int]:
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


def vector_id(chunk_id: str) -> int:
    """The number a chunk's vector is kept under: the first 60 bits of its (hex, content-hash) id."""
    return int(chunk_id[:15], 16)


class HybridIndex:
    """Chunks searched by meaning and by words. Their vectors are kept under their ids (see
    :func:`vector_id`), so a new generation of the index starts from the live one's vectors."""

    def __init__(self, chunks: list[Chunk], dense: DenseIndex, sparse: SparseIndex, embedder: Embedder,
                 expander: QueryExpander) -> None:
        self.chunks = chunks
        self.dense = dense
        self.sparse = sparse
        self.embedder = embedder
        self.expander = expander
        self._ids = np.array([vector_id(c.id) for c in chunks], dtype=np.int64)
        self._position = {int(i): p for p, i in enumerate(self._ids)}

    @classmethod
    def build(cls, chunks: list[Chunk], embedder: Embedder, glossary: dict[str, list[str]] | None = None,
              start_from: DenseIndex | None = None, hnsw_threshold: int = HNSW_THRESHOLD) -> HybridIndex:
        """An index of ``chunks``. ``start_from``: the vectors of the live index (see
        :meth:`live_vectors`), which this one takes over: the vectors of chunks no longer present
        are removed, and only the chunks it lacks are embedded (in one batch) and added."""
        ids = np.array([vector_id(c.id) for c in chunks], dtype=np.int64)
        dense = start_from if start_from is not None else DenseIndex.build(
            np.zeros((0, embedder.dimension), dtype=np.float32), embedder.dimension, hnsw_threshold)
        held = dense.ids
        dense.remove(held[~np.isin(held, ids)])
        new = [i for i, known in enumerate(np.isin(ids, held)) if not known]
        if new:
            dense.add(ids[new], embedder.encode([chunks[i].embed_text for i in new]))
        # BM25 sees the piece text only: a title repeated in every piece of a long paper would swamp term weights
        sparse = SparseIndex.build([c.text for c in chunks])
        return cls(chunks, dense, sparse, embedder, QueryExpander(glossary))

    def save(self, folder: Path) -> None:
        """Write the index files into ``folder`` (the caller makes the folder's appearance atomic)."""
        folder = Path(folder)
        (folder / "bm25").mkdir(parents=True, exist_ok=True)
        self.dense.save(folder / "dense.faiss")
        self.sparse.save(folder / "bm25")
        (folder / "chunks.json").write_text(json.dumps([asdict(c) for c in self.chunks]), encoding="utf-8")
        (folder / "glossary.json").write_text(json.dumps(self.expander.forward), encoding="utf-8")
        meta = {"format": FORMAT, "model": self.embedder.model_id, "chunks": len(self.chunks)}
        (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")

    @staticmethod
    def _check(folder: Path, embedder: Embedder) -> None:
        """Raise StaleIndexError unless the index in ``folder`` is of this format and model."""
        meta_file = folder / "meta.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        if meta.get("format", FORMAT) != FORMAT:
            raise StaleIndexError(f"index in {folder} has format {meta['format']}, this version reads {FORMAT}; re-ingest")
        if meta.get("model", embedder.model_id) != embedder.model_id:
            raise StaleIndexError(f"index in {folder} was embedded with {meta['model']}, not {embedder.model_id}; re-ingest")

    @classmethod
    def live_vectors(cls, folder: Path | None, embedder: Embedder) -> DenseIndex | None:
        """The vectors of the saved index in ``folder`` for a new index to start from; None when there
        is none, or it is of another format or model."""
        if folder is None or not (Path(folder) / "dense.faiss").exists():
            return None
        try:
            cls._check(Path(folder), embedder)
        except StaleIndexError:
            return None
        return DenseIndex.load(Path(folder) / "dense.faiss")

    @classmethod
    def load(cls, folder: Path, embedder: Embedder) -> HybridIndex:
        folder = Path(folder)
        cls._check(folder, embedder)
        chunks = [Chunk(**{**c, "lines": tuple(c["lines"]), "rows": tuple(map(tuple, c.get("rows", ())))})
                  for c in json.loads((folder / "chunks.json").read_text(encoding="utf-8"))]
        glossary = json.loads((folder / "glossary.json").read_text(encoding="utf-8"))
        return cls(chunks, DenseIndex.load(folder / "dense.faiss"), SparseIndex.load(folder / "bm25", len(chunks)),
                   embedder, QueryExpander(glossary))

    def chunks_of(self, node: str) -> list[Chunk]:
        """The pieces of one graph node's text, in order."""
        return self._by_node.get(node, [])

    def chunks_at(self, source: str, lines: tuple[int, int]) -> list[Chunk]:
        """The pieces of ``source`` overlapping ``lines``, in file order."""
        return [c for c in self._by_source.get(source, []) if c.lines[0] <= lines[1] and lines[0] <= c.lines[1]]

    @cached_property
    def _by_source(self) -> dict[str, list[Chunk]]:
        by_source: dict[str, list[Chunk]] = {}
        for chunk in sorted(self.chunks, key=lambda c: c.lines):
            by_source.setdefault(chunk.source, []).append(chunk)
        return by_source

    @cached_property
    def _by_node(self) -> dict[str, list[Chunk]]:
        by_node: dict[str, list[Chunk]] = {}
        for chunk in self.chunks:
            by_node.setdefault(chunk.node, []).append(chunk)
        return by_node

    def query_vectors(self, queries: list[str]) -> np.ndarray:
        """Each query's embedding (one row per query, encoded in one batch), averaged with that of
        the query plus the main spelled-out form of its acronyms: every spelling of every acronym
        would drown the question's own words."""
        texts: list[str] = []
        owners: list[int] = []
        for i, query in enumerate(queries):
            expanded = self.expander.expand(query, forms=1)
            for text in [query] if expanded == query else [query, expanded]:
                texts.append(text)
                owners.append(i)
        encoded = self.embedder.encode_queries(texts)
        vectors = np.zeros((len(queries), encoded.shape[1]), dtype=encoded.dtype)
        np.add.at(vectors, owners, encoded)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    def search(self, query: str, k: int = 10, filter: ChunkFilter | None = None,
               candidates: int = CANDIDATES, vector: np.ndarray | None = None) -> list[Hit]:
        """The ``k`` best chunks for ``query`` (optionally only those ``filter`` admits), best first;
        ``vector``: the query's embedding when already computed (see :meth:`query_vectors`)."""
        if not self.chunks or not query.strip():
            return []
        allowed = chunk_mask(self.chunks, filter) if filter is not None else None
        if allowed is not None and not allowed.any():
            return []
        vector = self.query_vectors([query]) if vector is None else vector.reshape(1, -1)
        n = max(candidates, k)
        dense = [(self._position[i], score) for i, score in
                 self.dense.search(vector, n, self._ids[allowed] if allowed is not None else None)]
        bm25 = self.sparse.scores(self.expander.expand(query))
        sparse = top_scores(bm25, n, allowed)
        pool = list(dict.fromkeys([i for i, _ in dense] + [i for i, _ in sparse]))
        cosines = np.array(self.dense.similarity(vector, [int(self._ids[i]) for i in pool]))
        fused = dict(zip(pool, relative_score_fusion([cosines, bm25[pool]], [DENSE_WEIGHT, 1 - DENSE_WEIGHT])))
        cosine = dict(zip(pool, cosines))
        dense_rank = {i: rank for rank, (i, _) in enumerate(dense, 1)}
        sparse_rank = {i: rank for rank, (i, _) in enumerate(sparse, 1)}
        best = diverse(sorted(pool, key=lambda i: (-fused[i], i)), self.chunks, k)
        return [Hit(self.chunks[i], float(fused[i]), dense_rank.get(i), sparse_rank.get(i), float(cosine[i]),
                    float(bm25[i])) for i in best]
