"""Answering a question, stage by stage: the question read once into its intent, hits turned into evidence with
their graph context, re-ranked, checked for a refusal, the graph's own answer lines, then quotes, then the
typed :class:`~kg.answer.schema.Answer`."""
from __future__ import annotations

from typing import Any

from kg.answer.abstain import (
    NO_FIGURE,
    Refusal,
    attendance_of,
    figure_refusals_by_part,
    lower_case_names,
    refusal,
    unmet_parts,
    with_named_pieces,
)
from kg.answer.business import business_facts
from kg.answer.compose import compose_answer
from kg.answer.context import ContextBuilder
from kg.answer.corpus import CorpusView
from kg.answer.counts import count_facts
from kg.answer.evidence import Evidence
from kg.answer.facts import (
    GraphFacts,
    attendance_facts,
    backing_evidence,
    decision_facts,
    graph_facts,
    meeting_date_facts,
    people_facts,
    priority_facts,
    status_facts,
)
from kg.answer.intent import read_question
from kg.answer.leads import priority_lead_facts, worded_priorities
from kg.answer.members import members_refusal
from kg.answer.mentioned import mentioned_facts
from kg.answer.named_people import people_named, prints_person
from kg.answer.plan_priorities import plan_priority_facts
from kg.answer.presented import presented_facts
from kg.answer.quotes import Quote, Relevance, keywords
from kg.answer.rerank import once_per_lines, rerank, select, without_nested
from kg.answer.roles import organisation_facts, role_facts
from kg.answer.schema import Answer, EvidenceRecord, Resolution
from kg.answer.series import series_facts
from kg.answer.titled import titled_evidence
from kg.answer.totals import total_facts
from kg.config import DEFAULT_CONFIG, AnswerConfig


def context_summary(evidence: list[Evidence]) -> dict[str, list[str]]:
    """The people, organisations, papers, priorities and related items around the evidence, each once."""
    def collect(attr: str) -> list[str]:
        out: list[str] = []
        for ev in evidence:
            for value in getattr(ev.context, attr):
                if value not in out:
                    out.append(value)
        return out

    return {name: collect(name) for name in ("people", "organisations", "documents", "priorities", "related_items")}


def answer_question(question: str, hits: list[Any], contexts: ContextBuilder, meetings: list[dict[str, Any]],
                    k: int = 5, corpus: CorpusView | None = None, config: AnswerConfig = DEFAULT_CONFIG) -> Answer:
    """The answer to ``question`` from index ``hits`` (best first)."""
    corpus = corpus or CorpusView()
    intent = read_question(question)
    relevance = Relevance.of(question, corpus.term_weight)
    described = contexts.describe_all([h.chunk.node for h in hits])
    evidence = [Evidence(h.chunk, float(h.score), described[h.chunk.node]) for h in hits]
    evidence = titled_evidence(intent.text, evidence, meetings, corpus, contexts, config)
    ranked = once_per_lines(without_nested(rerank(intent, evidence, corpus, config)))
    evidence = select(intent, ranked, k)
    if corpus.text is not None:   # a name the best pieces miss, spoken of further down in a paper they are of
        evidence = with_named_pieces(evidence, ranked, config.named_piece_reach, corpus.text.home,
                                     corpus.term_weight, lower_case_names(intent.text, corpus.text), corpus.text,
                                     attendance_of(meetings))
    best_dense = max((getattr(h, "dense_score", 0.0) or 0.0 for h in hits), default=0.0)
    partly = unmet_parts(intent, evidence, meetings, corpus.text)   # parts the store cannot answer, said apart
    anchored = bool(evidence) and any(relevance.weight(word) >= config.rare_term_weight
                                      for word in relevance.keys & keywords(evidence[0].text))
    presented = presented_facts(intent, contexts, meetings, config)   # the graph knows who presented what
    found = backing_evidence(presented, corpus.chunks_of, contexts, 0.0, {ev.chunk.id for ev in evidence}, config)
    anchored = anchored or bool(presented.lines)   # the graph itself answers what a person presented
    anchored = anchored or corpus.text is not None and any(   # a piece found prints the person asked of
        prints_person(name, ev.text, corpus.text) for name in people_named(question, corpus) for ev in evidence)
    refused = refusal(intent, found + evidence, meetings, bool(relevance.keys), best_dense, config.min_dense_similarity,
                      corpus.text, constraints=not partly, anchored=anchored, weight=corpus.term_weight,
                      pieces_of=corpus.chunks_of)
    if refused is not None:
        return _reply(question, relevance, evidence, config, refused)
    decisions, resolutions = decision_facts(intent, evidence, config)
    marked = status_facts(intent, evidence, contexts)   # actions of a status, counted
    counted = (count_facts(intent, evidence, meetings, config)   # 'how many' the graph counts
               + total_facts(intent, relevance, ranked, config)   # ... or adds up from printed parts
               + (marked if intent.wants_quantity else GraphFacts()))
    leads = priority_lead_facts(intent, contexts, corpus.term_weight, config)
    facts = (decisions + counted + attendance_facts(intent, evidence, meetings)
             + meeting_date_facts(intent, evidence, meetings, config, corpus.chunks_of)
             + leads + presented + plan_priority_facts(intent, contexts, corpus.term_weight, config)
             + business_facts(intent, meetings, config)
             + mentioned_facts(intent, contexts, list(dict.fromkeys(m["body"] for m in meetings)), config)
             + people_facts(intent, evidence, decisions.items + [node for node, _, _ in leads.cited], config,
                            corpus.chunks_of)
             + role_facts(intent, evidence, contexts, corpus.chunks_of, config)
             + organisation_facts(intent, evidence, corpus.text.home if corpus.text else None, config)
             + priority_facts(intent, evidence, contexts, config,
                              worded_priorities(question, contexts, corpus.term_weight, config.lead_wording)
                              if intent.wants_actions else [])
             + graph_facts(intent, evidence, contexts) + (GraphFacts() if intent.wants_quantity else marked)
             + series_facts(intent, relevance, ranked, config))
    backing = backing_evidence(facts, corpus.chunks_of, contexts, max((ev.score for ev in evidence), default=0.0),
                               {ev.chunk.id for ev in evidence}, config)
    backing = once_per_lines(backing)   # the actions of one printed row cite one piece
    evidence = once_per_lines(backing + evidence)[:k]
    _attach_neighbours(evidence[len(backing):], corpus, config)
    # quotes come from what the search found
    text = compose_answer(relevance, intent, evidence[len(backing):], facts, corpus.names_organisation, config)
    unmet, unmet_figures = (figure_refusals_by_part(intent, evidence[len(backing):], corpus.text and corpus.text.home,
                                                    contexts.actions_at, corpus.term_weight, facts.lines)
                            if text else (NO_FIGURE, [])) if intent.wants_quantity and not counted.lines else (None, [])
    unmet = unmet or members_refusal(question, evidence[len(backing):], corpus.text and corpus.text.home, facts.lines)
    if unmet is not None:
        return _reply(question, relevance, evidence, config, unmet)
    anchor_cited(evidence, facts, config)
    text = text or "No sentence in the evidence answers this directly; see the evidence."
    text = "\n".join([text, *(f"Not answered: {unmet.message}" for unmet in partly),
                      *(f"Not answered: {refused.message}" for refused in unmet_figures)])
    return _reply(question, relevance, evidence, config, None, text, resolutions,
                  [unmet.missing for unmet in partly]
                  + [missing for refused in unmet_figures for missing in refused.missing])


def anchor_cited(evidence: list[Evidence], facts: GraphFacts, config: AnswerConfig) -> None:
    """Make the lines the graph's answer lines cite part of what the excerpt of the piece they start in shows: a short
    span whole, a long one (a whole minute item cited for who presented it) by its first rows, where its title and
    presenter are."""
    for ev in evidence:
        for source, (first, last) in facts.spans():
            if source == ev.source and ev.chunk.lines[0] <= first <= ev.chunk.lines[1]:
                ev.quoted.append(Quote("", (first, min(last, first + config.cited_rows_shown - 1))))


def _attach_neighbours(evidence: list[Evidence], corpus: CorpusView, config: AnswerConfig) -> None:
    """Give each piece the piece printed before it (where a table's caption or a sentence's start may be)
    and, for the best few, the piece after it (the rest of a list or table the search found the start of)."""
    for rank, ev in enumerate(evidence):
        pieces = corpus.chunks_of(ev.chunk.node)
        at = next((i for i, piece in enumerate(pieces) if piece.id == ev.chunk.id), None)
        if at is not None:
            ev.preceding = pieces[at - 1] if at > 0 else None
            ev.following = pieces[at + 1] if at + 1 < len(pieces) and rank < config.following_evidence else None


def _reply(question: str, relevance: Relevance, evidence: list[Evidence], config: AnswerConfig,
           refused: Refusal | None, text: str = "", resolutions: list[Resolution] | None = None,
           missing: list[str] | None = None) -> Answer:
    for ev in evidence:
        ev.focus(relevance, config.excerpt_chars)
    shown = [EvidenceRecord(**ev.as_dict()) for ev in evidence]
    if refused is not None:
        return Answer(question, refused.message, False, shown, [], context_summary(evidence),
                      abstain_reason=refused.reason, missing=refused.missing)
    return Answer(question, text, True, shown, resolutions or [], context_summary(evidence), missing=missing or [])
