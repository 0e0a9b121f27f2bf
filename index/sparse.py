"""BM25 over chunk texts (bm25s), with a plain lowercase tokenizer: plurals folded but no stemmer,
so that minute numbers, years and acronyms stay exact and nothing outside the venv is needed."""
from __future__ import annotations

import re
from pathlib import Path

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_EN

# Question words carry no topic: without them "what did the panel decide" does not rank every
# chunk that says "what" or "did".
STOPWORDS = frozenset(STOPWORDS_EN) | frozenset(
    "what which who whom whose when where why how did does do done was were has have had been being "
    "its his her our we you i me my any all about from than so can could would should may".split())
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_POSSESSIVE = re.compile(r"['’]s\b")


def singular(word: str) -> str:
    """Plural folding only (Harman's S-stemmer): 'carers' meets 'carer', 'policies' meets 'policy',
    while names and acronyms are left as they are far more often than by a full stemmer."""
    if len(word) > 4 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes", "sses")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss", "is")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Lowercase, plural-folded word tokens without possessives and stopwords; single characters
    kept only when digits ('5', not 'a'); decimals ('2.5') stay whole."""
    words = _TOKEN.findall(_POSSESSIVE.sub("", text.lower()))
    return [singular(w) for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


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

    def search(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Up to ``n`` (text number, BM25 score) pairs with a positive score, best first;
        ``allowed`` is a boolean mask over the texts."""
        # each query term once: an expanded query repeats words ('mental health service' in every
        # spelling of CAMHS) and repeats would outweigh the words only the question has
        tokens = [t for t in dict.fromkeys(tokenize(query)) if t in self.bm25.vocab_dict] if self.size else []
        if not tokens:
            return []
        scores = self.bm25.get_scores(tokens)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        n = min(n, self.size)
        top = np.argpartition(-scores, n - 1)[:n]
        return [(int(i), float(scores[i])) for i in top[np.argsort(-scores[top], kind="stable")] if scores[i] > 0]

    def save(self, folder: Path) -> None:
        if self.size:
            self.bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, size: int) -> SparseIndex:
        bm25 = bm25s.BM25.load(str(folder), show_progress=False) if size else bm25s.BM25()
        return cls(bm25, size)
