"""Minute items a question names by their title ('who reported on health profiles 2013?'): their pieces are made
candidates beside the search's hits, to be re-ranked with them. A short title of rare words is drowned in a
question's other words, and the item then missed, though the graph knows it by that title."""
from __future__ import annotations

from typing import Any

from kg.answer.constraints import is_a_body_name, names_in
from kg.answer.context import ContextBuilder
from kg.answer.corpus import CorpusView
from kg.answer.evidence import Evidence
from kg.answer.leads import wording_said
from kg.answer.quotes import TermWeight, keywords, uniform
from kg.answer.roles import TITLE_WORDS_MIN
from kg.config import AnswerConfig


def titled_items(question: str, meetings: list[dict[str, Any]], weight: TermWeight = uniform,
                 share: float = 0.8) -> list[str]:
    """The minute items (of the minutes the store holds) whose title the question says at least ``share`` of, by
    weight, or holds every word of a name the question gives ('the Death Overview' of the 'Child Death Overview
    Panel Annual Report'), the best said first; an item's title printed in several meetings names each of them. A
    title that is a body's name (another body's minutes noted) names the body, not the item."""
    bodies = [keywords(body) for body in {meeting["body"] for meeting in meetings}]
    # a name the question gives that is no body's ('the Policy Procedures'): the item whose title holds all its words
    runs = [words for run in names_in(question) if not is_a_body_name(run) and len(words := keywords(run)) >= 2]
    scored: dict[str, float] = {}
    for meeting in meetings:
        if meeting["kind"] != "minutes":
            continue
        for item in meeting["items"]:
            words = keywords(item["title"])
            if len(words) >= TITLE_WORDS_MIN and not any(words <= body for body in bodies):
                said = wording_said(item["title"], question, weight)
                if said >= share or any(run <= words for run in runs):
                    scored[item["iri"]] = said
    return sorted(scored, key=lambda iri: -scored[iri])


def titled_evidence(question: str, evidence: list[Evidence], meetings: list[dict[str, Any]], corpus: CorpusView,
                    contexts: ContextBuilder, config: AnswerConfig) -> list[Evidence]:
    """The evidence with the minute items the question names by title (at most ``config.titled_items``) scored at
    least ``config.titled_item_score`` of the best hit: a piece found of each, else its first piece added."""
    named = titled_items(question, meetings, corpus.term_weight, config.item_title_wording)[:config.titled_items]
    if not named:
        return evidence
    floor = max((ev.score for ev in evidence), default=1.0) * config.titled_item_score
    for node in named:
        found = next((ev for ev in evidence if ev.chunk.node == node), None)
        if found is not None:
            found.score = max(found.score, floor)
        elif pieces := corpus.chunks_of(node):
            evidence.append(Evidence(pieces[0], floor, contexts.describe(node)))
    return evidence
