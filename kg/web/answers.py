"""Answers for the web: the one place the web app asks :class:`kg.api.KnowledgeGraph` a question,
and the answer's text cut into what the page prints and the citations it links."""
from __future__ import annotations

import re
import threading
from typing import Any

from kg.api import KnowledgeGraph

CITATION = re.compile(r"\[([^\[\]\n]+?):(\d+)-(\d+)\]")
_loading = threading.Lock()   # the index and model load once, not once per thread of the first requests


def warm_up(kg: KnowledgeGraph) -> None:
    """Load the search index and the embedding model now, and describe every indexed node, if the
    store has an index."""
    if kg.has_index():
        with _loading:
            kg.searcher.warm()


def answer_json(kg: KnowledgeGraph, question: str, k: int = 5) -> dict[str, Any]:
    """The answer as `kg ask --json` prints it (NoIndexError when the store has no index)."""
    with _loading:
        _ = kg.searcher   # loads the index and model, once
    return kg.ask(question, k=k).to_json()


def answer_lines(answer: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """Each line of the answer's text as runs: ``{"text": ...}`` or a citation
    ``{"source": name, "lines": [start, end]}``, so the page can link every citation."""
    out = []
    for line in answer["answer"].splitlines():
        runs: list[dict[str, Any]] = []
        at = 0
        for match in CITATION.finditer(line):
            if match.start() > at:
                runs.append({"text": line[at:match.start()]})
            runs.append({"source": match[1], "lines": [int(match[2]), int(match[3])]})
            at = match.end()
        if at < len(line):
            runs.append({"text": line[at:]})
        if runs:
            out.append(runs)
    return out
