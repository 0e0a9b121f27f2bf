"""What a request asks for, checked against the app's limits before any work is done on it, and the
question it asks answered: shared by the pages and the JSON API."""
from __future__ import annotations

from typing import Any

from fastapi import Request

from kg.web.answers import answer_json
from kg.web.errors import Refused


def checked_question(request: Request, q: str) -> str:
    """``q`` stripped, or Refused when it is empty or too long."""
    limit = request.app.state.limits.max_question
    text = q.strip()
    if not text:
        raise Refused(400, "the question is empty")
    if len(text) > limit:
        raise Refused(413, f"the question is {len(text)} characters long; the limit is {limit}")
    return text


def checked_name(request: Request, text: str, what: str) -> str:
    """``text`` (a name or a priority's wording) stripped, or Refused when it is empty or too long."""
    limit = request.app.state.limits.max_name
    text = text.strip()
    if not text or len(text) > limit:
        raise Refused(400, f"{what} must be 1-{limit} characters")
    return text


def checked_k(request: Request, k: int) -> int:
    """``k`` (pieces of evidence), or Refused outside 1 to the limit."""
    limit = request.app.state.limits.max_k
    if not 1 <= k <= limit:
        raise Refused(400, f"k must be between 1 and {limit}")
    return k


def ask(request: Request, q: str, k: int) -> dict[str, Any]:
    """The answer to ``q``, or Refused(503) when the store has no search index."""
    question, k = checked_question(request, q), checked_k(request, k)
    kg = request.app.state.kg
    if not kg.has_index():
        raise Refused(503, f"the store {kg.store.location} has no search index; run `kg ingest` without --no-index")
    return answer_json(kg, question, k)
