"""BM25 over chunk texts (bm25s), with a lowercase Snowball-stemmed tokenizer (PyStemmer): questions
and papers word things differently ('who leads' / 'the lead officer', 'recruiting' / 'recruitment',
'approve' / 'approval'). Numbers, decimals and years pass through whole; an acronym is stemmed the
same way wherever it appears, so it still only meets itself."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

# Question words carry no topic: without them "what did the panel decide" does not rank every
# chunk that says "what" or "did".
STOPWORDS = frozenset(STOPWORDS_EN) | frozenset(
    "what which who whom whose when where why how did does do done was were has have had been being "
    "its his her our we you i me my any all about from than so can could would should may".split())
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_POSSESSIVE = re.compile(r"['’]s\b")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Lowercase, stemmed word tokens without possessives and stopwords; single characters
    kept only when digits ('5', not 'a'); decimals ('2.5') stay whole."""
    words = _TOKEN.findall(_POSSESSIVE.sub("", text.lower()))
    return _stemmer().stemWords([w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())])


def top_scores(scores: np.ndarray, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
    """The ``n`` best (position, score) pairs with a positive score, best first, among ``allowed``."""
    if allowed is not None:
        scores = np.where(allowed, scores, 0.0)
    n = min(n, len(scores))
    if n <= 0:
        return []
    top = np.argpartition(-scores, n - 1)[:n]
    return [(int(i), float(scores[i])) for i in top[np.argsort(-scores[top], kind="stable")] if scores[i] > 0]


class SparseIndex:
    """A BM25 index over texts numbered 0..n-1 in the order given."""

    def __init__(self, bm25: bm25s.BM25, size: int) -> None:
        self.bm25 = bm25
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> SparseIndex:
        bm25 = bm25s.BM25()
        if texts:
            bm25.index([tokenize(t) for t in texts], show_progress=False)
        return cls(bm25, len(texts))

    def query_tokens(self, query: str) -> list[str]:
        """The query's tokens the index knows, each once: an expanded query repeats words ('mental
        health service' in every spelling of CAMHS) and repeats would outweigh the question's own."""
        return [t for t in dict.fromkeys(tokenize(query)) if t in self.bm25.vocab_dict] if self.size else []

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every text for ``query`` (zeros when it shares no known term)."""
        tokens = self.query_tokens(query)
        return self.bm25.get_scores(tokens) if tokens else np.zeros(self.size)

    def search(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Up to ``n`` (text number, BM25 score) pairs with a positive score, best first;
        ``allowed`` is a boolean mask over the texts."""
        return top_scores(self.scores(query), n, allowed)

    def save(self, folder: Path) -> None:
        if self.size:
            self.bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, size: int) -> SparseIndex:
        bm25 = bm25s.BM25.load(str(folder), show_progress=False) if size else bm25s.BM25()
        return cls(bm25, size)
