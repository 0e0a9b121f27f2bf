"""BM25 over chunk texts (bm25s), with a lowercase tokenizer that lemmatizes (simplemma) then
Snowball-stems (PyStemmer): questions and papers word things differently ('who leads' / 'the lead
officer' / 'led by', 'recruiting' / 'recruitment', 'spoken to' / 'we spoke to'); the stemmer alone
misses irregular forms. Numbers, decimals and years pass through whole; an acronym is treated the
same way wherever it appears, so it still only meets itself."""
from __future__ import annotations

import math
import re
from functools import cached_property, lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

from index.data_files import data_lines
from index.lemmas import lemmatizer

STOPWORDS = frozenset(STOPWORDS_EN) | frozenset(data_lines("question_words.txt"))
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_POSSESSIVE = re.compile(r"['’]s\b")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[/–-]\s*(?:19|20)?(\d\d)\b(?![/-]\d)")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


_LEMMATIZER = lemmatizer()


@lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    return _LEMMATIZER.lemmatize(word, lang="en") if word.isalpha() else word


def _one_year_range(match: re.Match) -> str:
    return f"{match.group(1)} {match.group(1)}y{match.group(2)}"


def tokenize(text: str) -> list[str]:
    """Lowercase, lemmatized and stemmed word tokens without possessives and stopwords; single
    characters kept only when digits ('5', not 'a'); decimals ('2.5') stay whole; a year range
    ('2015/16', '2015-2016') is its first year and one token of its own ('2015y16'), so its
    '16' does not meet every table cell printing 16."""
    words = _TOKEN.findall(_YEAR_RANGE.sub(_one_year_range, _POSSESSIVE.sub("", text.lower())))
    lemmas = [_lemma(w) for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    return _stemmer().stemWords([w for w in lemmas if w not in STOPWORDS])


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

    @cached_property
    def _idf(self) -> dict[str, float]:
        """Each known token's inverse document frequency, BM25's own formula."""
        if not self.size:
            return {}
        df = np.diff(self.bm25.scores["indptr"])   # documents per token column; '' has no column
        return {token: math.log(1 + (self.size - df[i] + 0.5) / (df[i] + 0.5))
                for token, i in self.bm25.vocab_dict.items() if i < len(df)}

    def idf(self, token: str) -> float:
        """How rare ``token`` (already tokenized) is across the texts; 0 for one they never use."""
        return self._idf.get(token, 0.0)

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
