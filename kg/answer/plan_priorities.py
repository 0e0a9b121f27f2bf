"""A plan's priorities, from the graph: 'What priorities does the Corporate Parenting Strategy set?' is answered
with the priorities the graph files under the plan whose title the question says (most of its wording, weighed by
rarity), in print order, each with its lines. The search finds a piece of the plan; the graph knows its list."""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from kg.answer.context import ContextBuilder
from kg.answer.evidence import cite
from kg.answer.facts import GraphFacts
from kg.answer.intent import QuestionIntent
from kg.answer.leads import wording_said
from kg.answer.quotes import TermWeight, keywords, uniform
from kg.answer.roles import TITLE_WORDS_MIN
from kg.config import DEFAULT_CONFIG, AnswerConfig
from kg.sparql import select

_PRIORITIES = """SELECT ?doc ?title ?p ?label ?number ?start ?end ?source WHERE {
      ?doc ckg:hasPriority ?p ; dct:title ?title .
      ?p skos:prefLabel ?label ; ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
      OPTIONAL { ?p skos:notation ?number } } ORDER BY ?source ?start"""
# 'What priorities does it set?', 'Which priorities are listed?', 'What are the priorities of ...?'
_ASKS_PRIORITIES = re.compile(r"\b(?:what|which)\b[^?]{0,40}\bpriorities\b", re.I)


@dataclass(frozen=True)
class PlanPriority:
    """A priority as one plan prints it."""

    plan: str
    title: str
    iri: str
    label: str
    number: str | None
    source: str
    lines: tuple[int, int]


_listed: weakref.WeakKeyDictionary[ContextBuilder, list[PlanPriority]] = weakref.WeakKeyDictionary()


def plan_priorities(contexts: ContextBuilder) -> list[PlanPriority]:
    """Every priority with its plan, in print order (read once per graph)."""
    if contexts not in _listed:
        _listed[contexts] = [PlanPriority(row["doc"], " ".join(row["title"].split()), row["p"], row["label"],
                                          row["number"], row["source"], (int(row["start"]), int(row["end"])))
                             for row in select(contexts.graph, _PRIORITIES)]
    return _listed[contexts]


def plans_named(question: str, priorities: list[PlanPriority], weight: TermWeight, share: float) -> list[str]:
    """The plans whose title the question says at least ``share`` of (by weight), the best first; plans of one
    title printed in several packs come together."""
    titles = {p.plan: p.title for p in priorities if len(keywords(p.title)) >= TITLE_WORDS_MIN}
    scored = sorted(((wording_said(title, question, weight), plan) for plan, title in titles.items()),
                    key=lambda pair: -pair[0])
    best = scored[0][0] if scored else 0.0
    return [plan for score, plan in scored if score >= share and score == best]


def plan_priority_facts(intent: QuestionIntent, contexts: ContextBuilder, weight: TermWeight = uniform,
                        config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """For 'what priorities does <plan> set', the priorities of the plan the question names (the first of those of
    its title), at most ``config.priority_actions``: "'Corporate Parenting Strategy' sets 4 priorities:" then
    "- 1. Stability and consistency [file:lines]", each backed by its own piece."""
    facts = GraphFacts()
    if not _ASKS_PRIORITIES.search(intent.text) or intent.wants_person:   # leads of a priority: see leads.py
        return facts
    priorities = plan_priorities(contexts)
    plans = plans_named(intent.text, priorities, weight, config.plan_title_wording)
    if not plans:
        return facts
    listed = [p for p in priorities if p.plan == plans[0]]
    first = f", the first {config.priority_actions}" if len(listed) > config.priority_actions else ""
    facts.lines.append(f"'{listed[0].title}' sets {len(listed)} priorit{'ies' if len(listed) > 1 else 'y'}{first}:")
    for p in listed[:config.priority_actions]:
        number = f"{p.number}. " if p.number else ""
        facts.lines.append(f"- {number}{p.label} {cite(p.source, p.lines)}")
        facts.cited.append((p.iri, p.lines, p.source))
    return facts
