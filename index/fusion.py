"""Reciprocal rank fusion: robust to the two retrievers' incomparable score scales."""
from __future__ import annotations

RRF_K = 60


def reciprocal_rank_fusion(rankings: list[list[int]], k: int = RRF_K, weights: list[float] | None = None) -> dict[int, float]:
    """Fused score per document id: sum over rankings of weight / (k + rank), ranks from 1."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, doc in enumerate(ranking, start=1):
            scores[doc] = scores.get(doc, 0.0) + weight / (k + rank)
    return scores
