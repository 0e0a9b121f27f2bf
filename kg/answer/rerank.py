"""Re-ranking: search hits weighed by what the graph says about their nodes against what the question asks
for (a decision, a person, a plan's actions, a figure, a month or year, a body), nested pieces folded into
the piece that holds them, and the k best chosen."""
from __future__ import annotations

from kg.answer.context import NodeContext
from kg.answer.corpus import CorpusView
from kg.answer.evidence import Evidence
from kg.answer.intent import MONTHS, QuestionIntent, period_printed, year_month
from kg.answer.named_people import people_named, prints_person
from kg.answer.quotes import TermWeight, keywords, mentions_figure_of
from kg.answer.series import asks_over_time
from kg.config import DEFAULT_CONFIG, AnswerConfig

PLAN_KINDS = ("priority", "action")
_QUESTION_WORDS = keywords(("resolve decide decision agree panel partnership commission board committee council "
                               "meeting"))


def rerank(intent: QuestionIntent, evidence: list[Evidence], corpus: CorpusView | None = None,
           config: AnswerConfig = DEFAULT_CONFIG) -> list[Evidence]:
    """Boost evidence the graph says fits the question's intent, date and body, and pieces printing a person it
    names."""
    topic = keywords(intent.text) - _QUESTION_WORDS
    spanned = months_spanned(intent)
    corpus = corpus or CorpusView()
    people = people_named(intent.text, corpus)
    for ev in evidence:
        ev.score *= _fit(intent, topic, ev, corpus, config, spanned)
        if corpus.text and any(prints_person(name, ev.text, corpus.text) for name in people):
            ev.score *= config.named_person_boost   # 'What post does Jane Orme hold?': the pieces printing her
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


def once_per_lines(ranked: list[Evidence]) -> list[Evidence]:
    """The evidence with each run of lines shown once: several nodes filed on one printed row (the actions of a
    plan's table row) give the same piece, which would be shown again and again and crowd out the next."""
    seen: set[tuple[str, tuple[int, int]]] = set()
    kept = []
    for ev in ranked:
        if (ev.source, ev.lines) not in seen:
            seen.add((ev.source, ev.lines))
            kept.append(ev)
    return kept


def _holds(outer: Evidence, inner: Evidence) -> bool:
    """Whether ``outer``'s piece prints all of ``inner``'s lines and more (both of one minute item)."""
    return outer.lines[0] <= inner.lines[0] and inner.lines[1] <= outer.lines[1] and outer.lines != inner.lines


def select(intent: QuestionIntent, ranked: list[Evidence], k: int) -> list[Evidence]:
    """The ``k`` best, but a question comparing periods ("in 2014 and in 2018", "2013/14 compared with 2015/16")
    gets first, for each period in the question's order, the best piece that prints it or, for a year or a month,
    is dated then, so the answer speaks to each period."""
    chosen: list[Evidence] = []
    for period in intent.periods:
        best = next((ev for ev in ranked if _of_period(ev, period)), None)
        if best is not None and best not in chosen:
            chosen.append(best)
    return (chosen + [ev for ev in ranked if ev not in chosen])[:k]


def _of_period(ev: Evidence, period: str) -> bool:
    """Whether ``ev`` is dated in ``period`` (a year, a month with its year) or, for a financial year or a month,
    prints it (a year is printed in too much else: a plan's span, a report's own date)."""
    words = period.lower().split()
    if len(words) == 2 and words[0] in MONTHS:
        return bool(ev.date) and ev.date.startswith(f"{words[1]}-{MONTHS[words[0]]:02d}") or period_printed(period, ev.text)
    if period.isdigit():
        return bool(ev.date) and ev.date.startswith(period)
    return period_printed(period, ev.text)


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


def months_spanned(intent: QuestionIntent) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For a question asking how something went over time between months it names ('from March 2015 to November
    2016'), the first and last of them: the months are a span's ends, and the figures between count as much."""
    if len(intent.months) < 2 or not asks_over_time(intent):
        return None
    return min(intent.months), max(intent.months)


def _in_span(ev: Evidence, corpus: CorpusView, spanned: tuple[tuple[int, int], tuple[int, int]] | None) -> bool:
    """Whether ``ev`` is dated, or speaks of a month, inside the span a question asks about."""
    if spanned is None:
        return False
    first, last = spanned
    months = {year_month(ev.date)} if ev.date else set()
    return any(first <= month <= last for month in months | corpus.months_of(ev.chunk.node))


def _fit(intent: QuestionIntent, topic: set[str], ev: Evidence, corpus: CorpusView, config: AnswerConfig,
         spanned: tuple[tuple[int, int], tuple[int, int]] | None = None) -> float:
    """How much better the graph says ``ev`` fits than its retrieval score alone: a factor around 1
    (``topic``: the question's own words, less those of asking for a decision). A month named
    fits an item of a meeting held then, or a piece whose text speaks of it (a June 2014 update; minutes
    reporting July's figures), unless the question asks of a meeting, whose date the month is; for a question
    tracing something over the months it names (``spanned``, :func:`months_spanned`), a piece of any month between."""
    ctx = ev.context
    factor = 1.0
    if intent.wants_decision and ctx.resolutions:
        factor *= config.decision_boost
        factor *= 1 + (config.decided_words_boost - 1) * _decided_on(topic, ctx, corpus.term_weight)
    if intent.wants_person and ctx.people:
        factor *= config.person_boost
    if intent.wants_trace and ev.chunk.kind in PLAN_KINDS:
        factor *= config.plan_boost
    if intent.wants_quantity and mentions_figure_of(ev.text, intent.figure_kind):   # 'how much' and a £ sum
        factor *= config.figure_boost
    if intent.months and (ev.date and year_month(ev.date) in intent.months
                          or (not ctx.meeting or not intent.asks_of_a_meeting)
                          and intent.months & corpus.months_of(ev.chunk.node) or _in_span(ev, corpus, spanned)):
        factor *= config.month_boost
    elif intent.bare_months and ev.date and int(ev.date[5:7]) in intent.bare_months and ctx.meeting:
        factor *= config.month_boost   # 'in September' of any year: a meeting held in a September
    elif intent.years:
        factor *= config.year_boost if ev.years() & intent.years else config.other_year_factor
    if ctx.meeting and intent.names_body(ctx.meeting["body"]):
        factor *= config.body_boost
    return factor
