"""Structure-aware chunks: one graph node's text, split to fit the embedding model.

A node's text is a list of (original line number, text) pairs; pieces are cut on line
boundaries, each within the model's word-piece budget, each prefixed by the node's title, and each
citing its own original line sub-span.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

MAX_TOKENS = 256
TITLE_TOKENS = 32
OVERLAP_LINES = 1


class ChunkSource(Protocol):
    node: str
    kind: str
    title: str
    source: str
    lines: list[tuple[int, str]]


@dataclass(frozen=True)
class Chunk:
    id: str
    node: str
    kind: str
    title: str
    text: str
    source: str
    lines: tuple[int, int]

    @property
    def embed_text(self) -> str:
        return f"{self.title}\n{self.text}" if self.title and not self.text.startswith(self.title) else self.text


def approximate_tokens(text: str) -> int:
    """Word pieces run about 1.3 per English word; used when no tokenizer is at hand."""
    return int(len(text.split()) * 1.35) + 2


def make_chunks(sources: Iterable[ChunkSource], count_tokens: Callable[[str], int] = approximate_tokens,
                max_tokens: int = MAX_TOKENS) -> list[Chunk]:
    chunks: list[Chunk] = []
    for source in sources:
        title = source.title[:200]
        budget = max_tokens - min(TITLE_TOKENS, count_tokens(title)) - 4
        for piece in _pieces(source.lines, budget, count_tokens):
            text = "\n".join(text for _, text in piece)
            key = hashlib.sha256(f"{source.node}\x1f{piece[0][0]}\x1f{text}".encode()).hexdigest()[:16]
            chunks.append(Chunk(key, source.node, source.kind, title, text, source.source, (piece[0][0], piece[-1][0])))
    return chunks


def _pieces(lines: list[tuple[int, str]], budget: int, count_tokens: Callable[[str], int]):
    piece: list[tuple[int, str]] = []
    used = 0
    for number, text in lines:
        cost = count_tokens(text)
        if cost > budget:  # one very long line: cut it by words
            if piece:
                yield piece
                piece, used = [], 0
            words = text.split()
            step = max(1, int(len(words) * budget / cost))
            for start in range(0, len(words), step):
                yield [(number, " ".join(words[start:start + step]))]
            continue
        if piece and used + cost > budget:
            yield piece
            piece = piece[-OVERLAP_LINES:] if OVERLAP_LINES else []
            used = sum(count_tokens(t) for _, t in piece)
            if used + cost > budget:
                piece, used = [], 0
        piece.append((number, text))
        used += cost
    if piece:
        yield piece
