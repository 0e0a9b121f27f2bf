"""Extractive, cited answers: search hits expanded and re-ranked through the graph.

No language model is needed: the answer is the resolutions or sentences the evidence holds, each
with body, date, minute number, file and lines. When the store cannot hold the answer (a decision
asked for at a meeting whose minutes are not in it), the best evidence is weak, or a "how many"
question finds no figure, the answer says so with ``answerable: false`` instead of padding with weak hits.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from index.chunks import Chunk
from kg.answer.context import ContextBuilder, NodeContext
from kg.answer.evidence import Evidence, cite, meeting_label, overlaps
from kg.answer.facts import (
    GraphFacts,
    attendance_facts,
    backing_evidence,
    decision_facts,
    graph_facts,
    meeting_date_facts,
    people_facts,
    priority_facts,
)
from kg.answer.intent import QuestionIntent, months_named, read_question, year_month
from kg.answer.quotes import (
    Quote,
    Relevance,
    TermWeight,
    gives_date,
    in_context,
    keywords,
    mentions_figure_of,
    names_any,
    repeats,
    scored_sentences,
    uniform,
)

MIN_DENSE_SIMILARITY = 0.30   # below this cosine the best chunk is not about the question
# Re-ranking factors: how much a fit with what the question asks for outweighs retrieval score
DECISION_BOOST, DECIDED_WORDS_BOOST, PERSON_BOOST = 1.5, 2.0, 1.15
PLAN_BOOST = 1.15      # a question about actions, priorities or milestones, and a plan's own priority or action
PLAN_KINDS = ("priority", "action")
FIGURE_BOOST = 1.2     # a piece printing the kind of figure asked for (money, a share, a length of time)
MONTH_BOOST, YEAR_BOOST, OTHER_YEAR_FACTOR, BODY_BOOST = 1.6, 1.25, 0.8, 1.2
FOLLOWING_SHARE = 0.8  # a sentence of the piece after a piece of evidence counts this share of one of its own
FOLLOWING_EVIDENCE = 3 # the best pieces whose following piece may be quoted
QUOTES_PER_PIECE = 2   # an answer quotes at most this many sentences of one piece
QUOTES = 4             # sentences an answer quotes (one fewer beside the graph's own answer lines)
WEAKEST_QUOTE = 0.3    # a sentence worth less than this share of the best one is not quoted


def rerank(intent: QuestionIntent, evidence: list[Evidence], corpus: CorpusView | None = None) -> list[Evidence]:
    """Boost evidence the graph says fits the question's intent, date and body."""
    topic = keywords(intent.text) - _QUESTION_WORDS
    for ev in evidence:
        ev.score *= _fit(intent, topic, ev, corpus or CorpusView())
    return sorted(evidence, key=lambda e: e.score, reverse=True)


def without_nested(ranked: list[Evidence]) -> list[Evidence]:
    """The evidence with each piece that lies inside another piece of the same minute item (a
    resolution printed inside its item's text) given way to that piece, which holds it and says
    more; the holder takes the better rank of the two."""
    of_item: dict[tuple[str, str], list[Evidence]] = {}
    for ev in ranked:
        if ev.context.item:
            of_item.setdefault((ev.source, ev.context.item["iri"]), []).append(ev)
    kept: list[Evidence] = []
    for ev in ranked:
        peers = of_item.get((ev.source, ev.context.item["iri"]), []) if ev.context.item else []
        holder = next((other for other in peers if other is not ev and _holds(other, ev)), None)
        chosen = holder or ev
        if chosen not in kept:
            chosen.score = max(chosen.score, ev.score)
            kept.append(chosen)
    return sorted(kept, key=lambda e: e.score, reverse=True)


def _holds(outer: Evidence, inner: Evidence) -> bool:
    """Whether ``outer``'s piece prints all of ``inner``'s lines and more (both of one minute item)."""
    return outer.lines[0] <= inner.lines[0] and inner.lines[1] <= outer.lines[1] and outer.lines != inner.lines


def select(intent: QuestionIntent, ranked: list[Evidence], k: int) -> list[Evidence]:
    """The ``k`` best, but a question comparing years ("in 2014 and in 2018") gets the best piece
    dated in each year it names first, in year order, so the answer speaks to each year."""
    chosen: list[Evidence] = []
    if len(intent.years) > 1:
        for year in sorted(intent.years):
            best = next((ev for ev in ranked if ev.date and int(ev.date[:4]) == year), None)
            if best is not None and best not in chosen:
                chosen.append(best)
    return (chosen + [ev for ev in ranked if ev not in chosen])[:k]


def _decided_on(topic: set[str], ctx: NodeContext, weight: TermWeight) -> float:
    """How much of the question's topic an item's title and resolutions name, 0..1 weighted by word
    rarity: 'the placement sufficiency report' is the item titled so, not every item that noted
    'the report'. Words of the body's own name ('corporate parenting') say who, not what."""
    body = keywords(ctx.meeting["body"]) if ctx.meeting else set()
    wanted = topic - body
    total = sum(weight(word) for word in wanted)
    if not total:
        return 0.0
    decided = keywords(" ".join([ctx.item["title"] if ctx.item else "", *(r["text"] for r in ctx.resolutions)]))
    return sum(weight(word) for word in wanted & decided) / total


def _fit(intent: QuestionIntent, topic: set[str], ev: Evidence, corpus: CorpusView) -> float:
    """How much better the graph says ``ev`` fits than its retrieval score alone: a factor around 1
    (``topic``: the question's own words, less those of asking for a decision). A month named
    fits an item of a meeting held then, or a paper whose text speaks of it (a June 2014 update)."""
    ctx = ev.context
    factor = 1.0
    if intent.wants_decision and ctx.resolutions:
        factor *= DECISION_BOOST
        factor *= 1 + (DECIDED_WORDS_BOOST - 1) * _decided_on(topic, ctx, corpus.term_weight)
    if intent.wants_person and ctx.people:
        factor *= PERSON_BOOST
    if intent.wants_trace and ev.chunk.kind in PLAN_KINDS:
        factor *= PLAN_BOOST
    if intent.wants_quantity and mentions_figure_of(ev.text, intent.figure_kind):   # 'how much' and a £ sum
        factor *= FIGURE_BOOST
    if intent.months and (ev.date and year_month(ev.date) in intent.months
                          or not ctx.meeting and intent.months & corpus.months_of(ev.chunk.node)):
        factor *= MONTH_BOOST
    elif intent.years:
        factor *= YEAR_BOOST if ev.years() & intent.years else OTHER_YEAR_FACTOR
    if ctx.meeting and intent.names_body(ctx.meeting["body"]):
        factor *= BODY_BOOST
    return factor


def _titled_with_the_month(intent: QuestionIntent, evidence: list[Evidence]) -> bool:
    """Whether the month the question names is that of a decided item's title ('the performance
    report - July 2016'), not of a meeting."""
    return any(ev.context.item and ev.context.resolutions and intent.months & months_named(ev.context.item["title"])
               for ev in evidence)


def missing_meeting(intent: QuestionIntent, meetings: list[dict[str, Any]]) -> str | None:
    """A decision asked for at a named month/day whose minutes the store does not hold."""
    if not (intent.wants_decision and intent.names_a_meeting):
        return None
    minutes = [m for m in meetings if m["kind"] == "minutes"]
    if intent.body_words:
        minutes = [m for m in minutes if intent.names_body(m["body"])] or minutes
    for m in minutes:
        (year, month), day = year_month(m["date"]), int(m["date"][8:10])
        if (year, month) in intent.months or (month, day) in intent.days:
            return None
    wanted = ", ".join(sorted(f"{y}-{mo:02d}" for y, mo in intent.months) or
                       sorted(f"{d} of month {mo}" for mo, d in intent.days))
    return f"The store holds no minutes of a meeting in {wanted}, so what was decided there is not recorded."


_QUESTION_WORDS = keywords(("resolve decide decision agree panel partnership commission board committee council "
                               "meeting"))
def compose_answer(relevance: Relevance, intent: QuestionIntent, evidence: list[Evidence],
                   facts: GraphFacts, names_organisation: Callable[[str], bool] = lambda sentence: False) -> str:
    """The answer text: the graph's own answer lines (``facts``: resolutions, minute references,
    actions of a status) first, then the best sentences of the evidence, without lines already
    cited; empty when nothing answers (for a "how many" question: no sentence gives a figure).
    ``names_organisation`` tells a sentence naming a known organisation, for 'which organisations'."""
    pieces = QUOTES - 1 if facts.lines else QUOTES
    if intent.parts == 1:   # an item whose resolutions are the answer needs no quote besides
        evidence = [ev for ev in evidence if not any(ev.chunk.node == n or ev.context.item and ev.context.item["iri"] == n
                                                     for n in facts.items)]
    return "\n".join(facts.lines + _quotes(relevance, intent, evidence, pieces, facts.spans(), names_organisation))


def _quotes(relevance: Relevance, intent: QuestionIntent, evidence: list[Evidence], pieces: int,
            cited: list[tuple[str, tuple[int, int]]], names_organisation: Callable[[str], bool]) -> list[str]:
    """The ``pieces`` best sentences among all the evidence, at most QUOTES_PER_PIECE from one, not
    repeating lines ``cited`` or a sentence said already; a sentence's worth is how much it speaks
    to the question times how well its piece ranks (at least WEAKEST_QUOTE of the best's, for a
    question of one part). Printed in evidence order."""
    figure = intent.figure_kind if intent.wants_quantity else None
    top = max((ev.score for ev in evidence), default=0.0) or 1.0
    candidates = sorted(((score * ev.score / top * share, rank, quote) for rank, ev in enumerate(evidence)
                         for score, quote, share in _candidates(relevance, ev, figure,
                                                                        _asked_for(intent, ev, names_organisation))),
                        key=lambda c: c[0], reverse=True)
    quoted, said = list(cited), []      # the same sentence printed in two papers is quoted once
    chosen: dict[int, list[Quote]] = {}
    # a one-part question is not padded with sentences far weaker than its best; the later parts
    # of a many-part one share fewer of the whole question's words, so all may be quoted for them
    floor = WEAKEST_QUOTE * candidates[0][0] if candidates and intent.parts == 1 else 0.0
    for worth, rank, quote in candidates:
        ev = evidence[rank]
        if worth < floor:
            break
        if (len(chosen.get(rank, [])) == QUOTES_PER_PIECE or repeats(quote.text, said)
                or any(source == ev.source and overlaps(lines, quote.lines) for source, lines in quoted)):
            continue
        chosen.setdefault(rank, []).append(quote)
        quoted.append((ev.source, quote.lines))
        said.append(quote.text)
        if sum(map(len, chosen.values())) == pieces:
            break
    parts = []
    for rank in sorted(chosen):
        ev, quotes = evidence[rank], sorted(chosen[rank], key=lambda q: q.lines)
        ev.quoted.extend(quotes)
        where = meeting_label(ev.context)
        parts.append((f"{where}: " if where else "") + " ".join(f"{q.text} {cite(ev.source, q.lines)}" for q in quotes))
    return parts


def _candidates(relevance: Relevance, ev: Evidence, figure: str | None,
                prefer: Callable[[str], bool] | None) -> list[tuple[float, Quote, float]]:
    """(score, sentence, share of the piece's rank it is worth) for the sentences an answer may quote
    for ``ev``: its own, and those of the piece printed after it (the rest of a list or a table
    the search found the start of), worth FOLLOWING_SHARE. The piece is read in its node's text
    (:func:`kg.answer.quotes.in_context`), so a sentence or table row cut by a piece boundary is quoted
    whole ('This means that children coming into care must have ...', '... within 20 working days
    | 36% 34% 12%') and a totals row is weighed with its table, whose caption may be printed in
    the piece before."""
    whole = in_context(ev.chunk, ev.preceding, ev.following)
    return [(score, quote, FOLLOWING_SHARE if quote.lines[0] > ev.chunk.lines[1] else 1.0)
            for score, quote in scored_sentences(relevance, whole, figure, prefer) if quote.lines[1] >= ev.chunk.lines[0]]


def _asked_for(intent: QuestionIntent, ev: Evidence,
               names_organisation: Callable[[str], bool]) -> Callable[[str], bool] | None:
    """What makes a sentence of ``ev`` the kind of answer asked for: naming its people ('who'),
    an organisation the graph knows ('which organisations') or giving a date ('when')."""
    tests = []
    if intent.wants_person and ev.context.people:
        tests.append(names_any(ev.context.people))
    if intent.wants_organisation:
        tests.append(names_organisation)
    if intent.wants_date:
        tests.append(gives_date)
    return (lambda sentence: any(test(sentence) for test in tests)) if tests else None


def context_summary(evidence: list[Evidence]) -> dict[str, list[str]]:
    def collect(attr: str) -> list[str]:
        out: list[str] = []
        for ev in evidence:
            for value in getattr(ev.context, attr):
                if value not in out:
                    out.append(value)
        return out

    return {name: collect(name) for name in ("people", "organisations", "documents", "priorities", "related_items")}


@dataclass
class CorpusView:
    """What the search index knows besides its hits: how rare a (stemmed) word is, for choosing
    what to quote; each node's pieces, for evidence of what the graph answers itself; and the
    months each node's text speaks of ('the June 2014 progress report'); whether a sentence names an
    organisation the graph knows."""

    term_weight: TermWeight = uniform
    chunks_of: Callable[[str], list[Chunk]] = lambda node: []
    months_of: Callable[[str], set[tuple[int, int]]] = lambda node: set()
    names_organisation: Callable[[str], bool] = lambda sentence: False


def answer_question(question: str, hits: list[Any], contexts: ContextBuilder, meetings: list[dict[str, Any]],
                    k: int = 5, corpus: CorpusView | None = None) -> dict[str, Any]:
    """Build the JSON answer for ``question`` from index ``hits`` (best first)."""
    corpus = corpus or CorpusView()
    intent = read_question(question)
    relevance = Relevance.of(question, corpus.term_weight)
    described = contexts.describe_all([h.chunk.node for h in hits])
    evidence = [Evidence(h.chunk, float(h.score), described[h.chunk.node]) for h in hits]
    evidence = select(intent, without_nested(rerank(intent, evidence, corpus)), k)
    best_dense = max((getattr(h, "dense_score", 0.0) or 0.0 for h in hits), default=0.0)

    def reply(answer: str, answerable: bool, resolutions: list[dict]) -> dict[str, Any]:
        for ev in evidence:
            ev.focus(relevance)
        return {"question": question, "answer": answer, "answerable": answerable,
                "evidence": [ev.as_dict() for ev in evidence], "resolutions": resolutions,
                "context": context_summary(evidence)}

    reason = None if _titled_with_the_month(intent, evidence) else missing_meeting(intent, meetings)
    if reason is None and not relevance.keys:
        reason = "The question names nothing to look for; ask about a topic, a person, a meeting or a plan."
    if reason is None and best_dense < MIN_DENSE_SIMILARITY:
        reason = "Nothing in the store is close enough to this question to answer it."
    if reason is not None:
        return reply(reason, False, [])
    decisions, resolutions = decision_facts(intent, evidence)
    facts = (decisions + attendance_facts(intent, evidence, meetings) + meeting_date_facts(intent, evidence, meetings)
             + people_facts(intent, evidence, decisions.items) + priority_facts(intent, evidence, contexts)
             + graph_facts(intent, evidence, contexts))
    backing = backing_evidence(facts, corpus.chunks_of, contexts, max((ev.score for ev in evidence), default=0.0),
                               {ev.chunk.id for ev in evidence})
    evidence = (backing + evidence)[:k]
    for rank, ev in enumerate(evidence[len(backing):]):
        pieces = corpus.chunks_of(ev.chunk.node)
        at = next((i for i, piece in enumerate(pieces) if piece.id == ev.chunk.id), None)
        if at is not None:
            ev.preceding = pieces[at - 1] if at > 0 else None
            ev.following = pieces[at + 1] if at + 1 < len(pieces) and rank < FOLLOWING_EVIDENCE else None
    # quotes come from what the search found
    text = compose_answer(relevance, intent, evidence[len(backing):], facts, corpus.names_organisation)
    if intent.wants_quantity and not text:
        return reply("The papers found do not give the figure asked for; see the evidence.", False, [])
    return reply(text or "No sentence in the evidence answers this directly; see the evidence.", True, resolutions)

