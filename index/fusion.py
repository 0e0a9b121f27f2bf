"""Relative score fusion: each retriever's scores min-max scaled over the candidate pool, then mixed.

Unlike reciprocal rank fusion, a chunk far ahead in one retriever (BM25's only exact match of a
name or a figure) keeps its lead instead of being flattened to "rank 1", and each candidate is
scored by both retrievers, not only by those that happened to list it.
"""
from __future__ import annotations

import numpy as np


def min_max(scores: np.ndarray) -> np.ndarray:
    """Scores scaled to 0..1 (all zeros when they are all equal)."""
    if not scores.size or scores.max() == scores.min():
        return np.zeros_like(scores, dtype=float)
    return (scores - scores.min()) / (scores.max() - scores.min())


def relative_score_fusion(score_lists: list[np.ndarray], weights: list[float]) -> np.ndarray:
    """Weighted sum of each list's min-max scaled scores; all lists score the same candidates, in order."""
    fused = np.zeros(len(score_lists[0]), dtype=float)
    for scores, weight in zip(score_lists, weights):
        fused += weight * min_max(np.asarray(scores, dtype=float))
    return fused
