"""BM25 over chunk texts (bm25s), with a lowercase tokenizer that lemmatizes (simplemma) then
Snowball-stems (PyStemmer): questions and papers word things differently ('who leads' / 'the lead
officer' / 'led by', 'recruiting' / 'recruitment', 'spoken to' / 'we spoke to'); the stemmer alone
misses irregular forms. Numbers, decimals and years pass through whole; an acronym is treated the
same way wherever it appears, so it still only meets itself.

bm25s works the scores out at ingest; answering a question reads the saved score matrix with numpy
alone, as importing bm25s (and scipy under it) would cost a cold `kg ask` a third of a second."""
from __future__ import annotations

import importlib.util
import json
import math
import re
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import Stemmer

from index.data_files import data_lines
from index.lemmas import lemmatizer


def _bm25s_stopwords() -> frozenset[str]:
    """bm25s's English stopwords, read from its module file alone: importing ``bm25s.stopwords`` runs the package's
    ``__init__``, which imports scipy."""
    spec = importlib.util.find_spec("bm25s")
    assert spec is not None and spec.submodule_search_locations, "bm25s is a dependency"
    path = Path(next(iter(spec.submodule_search_locations))) / "stopwords.py"
    module_spec = importlib.util.spec_from_file_location("_bm25s_stopwords", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return frozenset(module.STOPWORDS_EN)


STOPWORDS = _bm25s_stopwords() | frozenset(data_lines("question_words.txt"))
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
    """A BM25 index over texts numbered 0..n-1 in the order given: each known token's column of scores (the
    texts holding it and its BM25 score in each, compressed sparse columns as bm25s saves them)."""

    _FILES = {"data": "data.csc.index.npy", "indices": "indices.csc.index.npy", "indptr": "indptr.csc.index.npy"}
    _VOCABULARY = "vocab.index.json"

    def __init__(self, vocabulary: dict[str, int], columns: dict[str, np.ndarray], size: int) -> None:
        self.vocabulary = vocabulary
        self.columns = columns
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> SparseIndex:
        if not texts:
            return cls({}, {}, 0)
        import bm25s   # ingest only: see the module's docstring

        bm25 = bm25s.BM25()
        bm25.index([tokenize(t) for t in texts], show_progress=False)
        return cls(bm25.vocab_dict, {name: bm25.scores[name] for name in cls._FILES}, len(texts))

    def query_tokens(self, query: str) -> list[str]:
        """The query's tokens the index knows, each once: an expanded query repeats words ('mental
        health service' in every spelling of CAMHS) and repeats would outweigh the question's own."""
        return [t for t in dict.fromkeys(tokenize(query)) if t in self.vocabulary] if self.size else []

    @cached_property
    def _idf(self) -> dict[str, float]:
        """Each known token's inverse document frequency, BM25's own formula."""
        if not self.size:
            return {}
        df = np.diff(self.columns["indptr"])   # documents per token column; '' has no column
        return {token: math.log(1 + (self.size - df[i] + 0.5) / (df[i] + 0.5))
                for token, i in self.vocabulary.items() if i < len(df)}

    def idf(self, token: str) -> float:
        """How rare ``token`` (already tokenized) is across the texts; 0 for one they never use."""
        return self._idf.get(token, 0.0)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every text for ``query`` (zeros when it shares no known term): the sum of its tokens'
        columns, added token by token as bm25s adds them."""
        scores = np.zeros(self.size, dtype=self.columns["data"].dtype if self.size else np.float32)
        data, indices, indptr = (self.columns[name] for name in self._FILES)
        for token in self.query_tokens(query):
            start, end = indptr[self.vocabulary[token]], indptr[self.vocabulary[token] + 1]
            np.add.at(scores, indices[start:end], data[start:end])
        return scores

    def search(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Up to ``n`` (text number, BM25 score) pairs with a positive score, best first;
        ``allowed`` is a boolean mask over the texts."""
        return top_scores(self.scores(query), n, allowed)

    def save(self, folder: Path) -> None:
        """The columns and the vocabulary in the files and formats bm25s saves them in."""
        if self.size:
            for name, file in self._FILES.items():
                np.save(folder / file, self.columns[name])
            (folder / self._VOCABULARY).write_text(json.dumps(self.vocabulary, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, size: int) -> SparseIndex:
        if not size:
            return cls({}, {}, 0)
        columns = {name: np.load(folder / file) for name, file in cls._FILES.items()}
        return cls(json.loads((folder / cls._VOCABULARY).read_text(encoding="utf-8")), columns, size)
