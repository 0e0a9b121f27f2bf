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

from index.chunks import MAX_TOKENS, PIECE_JOIN, Chunk, TokenCounter, approximate_tokens
from index.dense import HNSW_THRESHOLD, DenseIndex
from index.embeddings import Embedder
from index.errors import StaleIndexError
from index.expansion import QueryExpander
from index.fusion import relative_score_fusion
from index.sparse import SparseIndex, top_scores

CANDIDATES = 50       # from each retriever, before fusion
DENSE_WEIGHT = 0.5    # share of the dense score in the fused one (the rest is BM25's)
# What may hold what: a hit is shown in a node around it only of a kind that holds its own (a
# resolution in its item, an action in its priority; never a priority in an action whose lines a
# table row shares)
CONTAINER_DEPTH = {"resolution": 0, "action": 0, "minute_item": 1, "agenda_item": 1, "priority": 1, "paper": 2}
MAX_VIEW_PIECES = 8    # a node of more pieces is too long to show whole
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


def merge_pieces(pieces: list[Chunk], label: Chunk) -> Chunk:
    """Consecutive pieces of one file as one chunk (their rows kept), labelled as ``label`` is."""
    rows = tuple(row for p in pieces for row in (p.rows if p.has_rows else (p.lines,) * (p.text.count("\n") + 1)))
    return Chunk(PIECE_JOIN.join(p.id for p in pieces), label.node, label.kind, label.title,
                 "\n".join(p.text for p in pieces), label.source, (pieces[0].lines[0], pieces[-1].lines[1]),
                 label.date, rows)


def vector_id(chunk_id: str) -> int:
    """The number a piece's vector is kept under: the first 60 bits of its (hex, content-hash) id."""
    return int(chunk_id[:15], 16)


class HybridIndex:
    """Pieces searched by meaning and by words. ``node_pieces`` maps each graph node to the ids of
    the pieces its span covers, in line order (by default each piece's own node to its pieces)."""

    def __init__(self, chunks: list[Chunk], dense: DenseIndex, sparse: SparseIndex, embedder: Embedder,
                 expander: QueryExpander, node_pieces: dict[str, list[str]] | None = None) -> None:
        self.chunks = chunks
        self.dense = dense
        self.sparse = sparse
        self.embedder = embedder
        self.expander = expander
        if node_pieces is None:
            node_pieces = {}
            for chunk in chunks:
                node_pieces.setdefault(chunk.node, []).append(chunk.id)
        self.node_pieces = node_pieces
        self._ids = np.array([vector_id(c.id) for c in chunks], dtype=np.int64)
        self._position = {int(i): p for p, i in enumerate(self._ids)}
        self._tokens: dict[str, int] = {}

    @classmethod
    def build(cls, chunks: list[Chunk], embedder: Embedder, glossary: dict[str, list[str]] | None = None,
              node_pieces: dict[str, list[str]] | None = None, start_from: DenseIndex | None = None,
              hnsw_threshold: int = HNSW_THRESHOLD) -> HybridIndex:
        """An index of ``chunks``. ``start_from``: the vectors of the live index (see
        :meth:`live_vectors`), which this one takes over: the vectors of pieces no longer
        present are removed, and only pieces it lacks are embedded (all of them in one batch) and added."""
        ids = np.array([vector_id(c.id) for c in chunks], dtype=np.int64)
        dense = start_from if start_from is not None else DenseIndex.build(
            np.zeros((0, embedder.dimension), dtype=np.float32), embedder.dimension, hnsw_threshold)
        held = dense.ids
        dense.remove(held[~np.isin(held, ids)])
        new = [i for i, known in enumerate(np.isin(ids, held)) if not known]
        if new:
            dense.add(ids[new], embedder.encode([chunks[i].embed_text for i in new]))
        # BM25 sees the piece text only: a title repeated in every piece of a long paper would swamp
        # term weights. Rebuilt whole: about a second per thousand pieces, against a minute to embed them
        sparse = SparseIndex.build([c.text for c in chunks])
        return cls(chunks, dense, sparse, embedder, QueryExpander(glossary), node_pieces)

    def save(self, folder: Path) -> None:
        """Write the index files into ``folder`` (the caller makes the folder's appearance atomic)."""
        folder = Path(folder)
        (folder / "bm25").mkdir(parents=True, exist_ok=True)
        self.dense.save(folder / "dense.faiss")
        self.sparse.save(folder / "bm25")
        (folder / "chunks.json").write_text(json.dumps([asdict(c) for c in self.chunks]), encoding="utf-8")
        (folder / "nodes.json").write_text(json.dumps(self.node_pieces), encoding="utf-8")
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
    def load(cls, folder: Path, embedder: Embedder) -> HybridIndex:
        folder = Path(folder)
        cls._check(folder, embedder)
        chunks = [Chunk(**{**c, "lines": tuple(c["lines"]), "rows": tuple(map(tuple, c.get("rows", ())))})
                  for c in json.loads((folder / "chunks.json").read_text(encoding="utf-8"))]
        glossary = json.loads((folder / "glossary.json").read_text(encoding="utf-8"))
        node_pieces = json.loads((folder / "nodes.json").read_text(encoding="utf-8"))
        return cls(chunks, DenseIndex.load(folder / "dense.faiss"), SparseIndex.load(folder / "bm25", len(chunks)),
                   embedder, QueryExpander(glossary), node_pieces)

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

    def chunks_of(self, node: str) -> list[Chunk]:
        """The pieces a graph node's span covers, in order."""
        return [self._by_id[i] for i in self.node_pieces.get(node, [])]

    def nodes_of(self, chunk_id: str) -> list[str]:
        """The graph nodes whose span covers the piece ``chunk_id``."""
        return self._nodes_by_piece.get(chunk_id, [])

    def node_view(self, piece: Chunk, max_tokens: int = MAX_TOKENS,
                  count_tokens: TokenCounter = approximate_tokens) -> Chunk:
        """What a hit on ``piece`` shows and quotes: the whole text of the largest node around it whose
        pieces fit ``max_tokens`` together (a resolution's item with its heading and resolutions, a
        short action's priority), as one chunk labelled with that node; the piece itself when even
        its own node is longer (a long paper's pieces are windows of it already)."""
        depth = CONTAINER_DEPTH.get(piece.kind)
        views = []
        for node in self.nodes_of(piece.id):
            if not 1 < len(self.node_pieces[node]) <= MAX_VIEW_PIECES:
                continue
            pieces = self.chunks_of(node)
            label = next((p for p in pieces if p.node == node), None) if node != piece.node else piece
            holds = label is not None and (node == piece.node or depth is not None
                                           and CONTAINER_DEPTH.get(label.kind, -1) > depth)
            if holds and self._node_tokens(node, count_tokens) <= max_tokens:
                views.append(merge_pieces(pieces, label))
        return max(views, key=lambda view: view.lines[1] - view.lines[0], default=piece)

    def _node_tokens(self, node: str, count_tokens: TokenCounter) -> int:
        """Word pieces of a node's whole text (as one text: each piece's two special tokens counted once)."""
        if node not in self._tokens:
            pieces = self.node_pieces[node]
            self._tokens[node] = sum(count_tokens(self._by_id[i].text) - 2 for i in pieces) + 2
        return self._tokens[node]

    def chunks_at(self, source: str, lines: tuple[int, int]) -> list[Chunk]:
        """The pieces of ``source`` overlapping ``lines``, in file order."""
        return [c for c in self._by_source.get(source, []) if c.lines[0] <= lines[1] and lines[0] <= c.lines[1]]

    @cached_property
    def _by_id(self) -> dict[str, Chunk]:
        return {chunk.id: chunk for chunk in self.chunks}

    @cached_property
    def _nodes_by_piece(self) -> dict[str, list[str]]:
        nodes: dict[str, list[str]] = {}
        for node, pieces in self.node_pieces.items():
            for piece in pieces:
                nodes.setdefault(piece, []).append(node)
        return nodes

    @cached_property
    def _by_source(self) -> dict[str, list[Chunk]]:
        by_source: dict[str, list[Chunk]] = {}
        for chunk in sorted(self.chunks, key=lambda c: c.lines):
            by_source.setdefault(chunk.source, []).append(chunk)
        return by_source

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
        best = sorted(pool, key=lambda i: (-fused[i], i))[:k]
        return [Hit(self.chunks[i], float(fused[i]), dense_rank.get(i), sparse_rank.get(i), float(cosine[i]),
                    float(bm25[i])) for i in best]

    def search_nodes(self, query: str, nodes: Collection[str], k: int = 10,
                     vector: np.ndarray | None = None) -> list[tuple[str, Hit]]:
        """The ``k`` best of ``nodes`` for ``query``, each with its best piece's hit, best first: a
        node ranks by the best of the pieces its span covers."""
        pieces = {piece for node in nodes for piece in self.node_pieces.get(node, [])}
        hits = self.search(query, k=len(pieces), filter=lambda c: c.id in pieces, vector=vector)
        best: dict[str, Hit] = {}
        for hit in hits:
            for node in self.nodes_of(hit.chunk.id):
                if node in nodes and node not in best:
                    best[node] = hit
        return sorted(best.items(), key=lambda pair: -pair[1].score)[:k]
