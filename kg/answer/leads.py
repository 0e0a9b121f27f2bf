"""A plan's priority found by its wording, from the graph: a 'who' question about a priority ('who is the strategic
lead for the priority on engaging with parents?') is answered with the leads the graph files on the priority whose
wording the question says most of, in every version of the plan that prints it, each with its lines; a question
about a priority's actions finds it so when the search did not."""
from __future__ import annotations

import weakref
from dataclasses import dataclass

from kg.answer.context import ContextBuilder
from kg.answer.evidence import cite
from kg.answer.facts import GraphFacts
from kg.answer.intent import QuestionIntent
from kg.answer.quotes import TermWeight, keywords, uniform
from kg.config import DEFAULT_CONFIG, AnswerConfig
from kg.sparql import select

_LED = """SELECT ?p ?label ?number ?lead ?start ?end ?source ?plan WHERE {
      ?p a ckg:Priority ; skos:prefLabel ?label ; ckg:lead/foaf:name ?lead ; ckg:lineStart ?start ;
         ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source .
      OPTIONAL { ?p skos:notation ?number } OPTIONAL { ?p skos:inScheme/dct:title ?plan } }
      ORDER BY ?source ?start ?lead"""


@dataclass(frozen=True)
class LedPriority:
    """A priority with leads, as one version of a plan prints it."""

    iri: str
    label: str
    number: str | None
    plan: str | None
    leads: tuple[str, ...]
    source: str
    lines: tuple[int, int]


_led: weakref.WeakKeyDictionary[ContextBuilder, list[LedPriority]] = weakref.WeakKeyDictionary()
_worded: weakref.WeakKeyDictionary[ContextBuilder, list[tuple[str, str]]] = weakref.WeakKeyDictionary()
_PRIORITIES = "SELECT ?p ?label WHERE { ?p a ckg:Priority ; skos:prefLabel ?label } ORDER BY ?p"


def led_priorities(contexts: ContextBuilder) -> list[LedPriority]:
    """Every priority the graph gives a lead, in print order (read once per graph)."""
    if contexts not in _led:
        grouped: dict[str, list[dict]] = {}
        for row in select(contexts.graph, _LED):
            grouped.setdefault(row["p"], []).append(row)
        _led[contexts] = [LedPriority(iri, rows[0]["label"], rows[0]["number"], rows[0]["plan"],
                                      tuple(dict.fromkeys(r["lead"] for r in rows)), rows[0]["source"],
                                      (int(rows[0]["start"]), int(rows[0]["end"])))
                          for iri, rows in grouped.items()]
    return _led[contexts]


def worded_priorities(question: str, contexts: ContextBuilder, weight: TermWeight = uniform,
                      minimum: float = 1.0) -> list[str]:
    """The priorities (any, led or not) whose wording the question says most of, at least ``minimum`` of it, best
    first."""
    if contexts not in _worded:
        _worded[contexts] = [(row["p"], row["label"]) for row in select(contexts.graph, _PRIORITIES)]
    scored = [(wording_said(label, question, weight), iri) for iri, label in _worded[contexts]]
    return [iri for score, iri in sorted(scored, key=lambda pair: -pair[0]) if score >= minimum]


def wording_said(label: str, question: str, weight: TermWeight = uniform) -> float:
    """How much of a priority's wording the question says, 0..1, each word weighed by its rarity ('engaging
    with parents and families' says all of 'We will engage with parents and families')."""
    words = keywords(label)
    total = sum(weight(word) for word in words)
    return sum(weight(word) for word in words & keywords(question)) / total if total else 0.0


def priority_lead_facts(intent: QuestionIntent, contexts: ContextBuilder, weight: TermWeight = uniform,
                        config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """For a 'who' question about a priority or its lead, the leads of the priority whose wording it says
    most of (at least ``config.lead_wording``), one line per version of the plan printing it (at most
    ``config.priority_versions``): "Priority 2 'We will engage with parents and families' (Action Plan
    2013 – 2016): led by Sue Wilson [file:lines]"."""
    facts = GraphFacts()
    if not intent.wants_person or not intent.wants_trace:
        return facts
    scored = [(wording_said(p.label, intent.text, weight), p) for p in led_priorities(contexts)]
    best = max((score for score, _ in scored), default=0.0)
    if best < config.lead_wording:
        return facts
    for _, priority in [pair for pair in scored if pair[0] == best][:config.priority_versions]:
        number = f" {priority.number}" if priority.number else ""
        plan = f" ({priority.plan})" if priority.plan else ""
        facts.lines.append(f"Priority{number} '{priority.label}'{plan}: led by {', '.join(priority.leads)}. "
                           f"{cite(priority.source, priority.lines)}")
        facts.cited.append((priority.iri, priority.lines, priority.source))
    return facts
