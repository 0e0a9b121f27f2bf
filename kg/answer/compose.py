"""The answer text: the graph's own answer lines first, then the sentences of the evidence that speak most
to the question, each citing its own lines."""
from __future__ import annotations

from collections.abc import Callable

from kg.answer.evidence import Evidence, cite, meeting_label, overlaps
from kg.answer.facts import GraphFacts
from kg.answer.intent import QuestionIntent, deed_asked
from kg.answer.quotes import (
    Quote,
    Relevance,
    gives_date,
    in_context,
    keywords,
    names_any,
    repeats,
    scored_sentences,
)
from kg.config import DEFAULT_CONFIG, AnswerConfig


def compose_answer(relevance: Relevance, intent: QuestionIntent, evidence: list[Evidence],
                   facts: GraphFacts, names_organisation: Callable[[str], bool] = lambda sentence: False,
                   config: AnswerConfig = DEFAULT_CONFIG) -> str:
    """The answer text: the graph's own answer lines (``facts``: resolutions, minute references,
    actions of a status) first, then the best sentences of the evidence, without lines already
    cited; empty when nothing answers (for a "how many" question: no sentence gives a figure).
    ``names_organisation`` tells a sentence naming a known organisation, for 'which organisations'."""
    pieces = config.quotes - 1 if facts.lines else config.quotes
    if intent.parts == 1:   # an item whose resolutions are the answer needs no quote besides
        evidence = [ev for ev in evidence if not any(ev.chunk.node == n or ev.context.item and ev.context.item["iri"] == n
                                                     for n in facts.items)]
    return "\n".join(facts.lines + _quotes(relevance, intent, evidence, pieces, facts.spans(), names_organisation, config))


def _quotes(relevance: Relevance, intent: QuestionIntent, evidence: list[Evidence], pieces: int,
            cited: list[tuple[str, tuple[int, int]]], names_organisation: Callable[[str], bool],
            config: AnswerConfig) -> list[str]:
    """The ``pieces`` best sentences among all the evidence, at most config.quotes_per_piece from one, not
    repeating lines ``cited`` or a sentence said already; a sentence's worth is how much it speaks
    to the question times how well its piece ranks (at least config.weakest_quote of the best's, for a
    question of one part). Printed in evidence order."""
    figure = intent.figure_kind if intent.wants_quantity else None
    top = max((ev.score for ev in evidence), default=0.0) or 1.0
    candidates = sorted(((score * ev.score / top * share, rank, quote) for rank, ev in enumerate(evidence)
                         for score, quote, share in _candidates(relevance, ev, figure,
                                                                        _asked_for(intent, ev, names_organisation),
                                                                        config,
                                                                        intent.wants_person or intent.wants_date)),
                        key=lambda c: c[0], reverse=True)
    quoted, said = [], []      # the same sentence printed in two papers is quoted once
    chosen: dict[int, list[Quote]] = {}
    # a one-part question is not padded with sentences far weaker than its best; the later parts
    # of a many-part one share fewer of the whole question's words, so all may be quoted for them
    floor = config.weakest_quote * candidates[0][0] if candidates and intent.parts == 1 else 0.0
    for worth, rank, quote in candidates:
        ev = evidence[rank]
        if worth < floor:
            break
        if (len(chosen.get(rank, [])) == config.quotes_per_piece or repeats(quote.text, said)
                or any(source == ev.source and overlaps(lines, quote.lines) for source, lines in cited)
                or _read_already(quote, ev.source, quoted)):
            continue
        chosen.setdefault(rank, []).append(quote)
        quoted.append((ev.source, quote))
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


def _read_already(quote: Quote, source: str, quoted: list[tuple[str, Quote]]) -> bool:
    """Whether a sentence was quoted already from its paper: lines shared with a quote saying most of its words, or
    most of whose words it says (the sentence read whole from one piece and cut short from another). Two sentences
    sharing only the line one ends and the other begins on ('... none were declined.  In 2014/15, 49 ...') are two
    quotes."""
    return any(source == said_in and overlaps(said.lines, quote.lines)
               and (repeats(quote.text, [said.text]) or repeats(said.text, [quote.text])) for said_in, said in quoted)


def _candidates(relevance: Relevance, ev: Evidence, figure: str | None, prefer: Callable[[str], bool] | None,
                config: AnswerConfig, values: bool = False) -> list[tuple[float, Quote, float]]:
    """(score, sentence, share of the piece's rank it is worth) for the sentences an answer may quote
    for ``ev``: its own, and those of the piece printed after it (the rest of a list or a table
    the search found the start of), worth ``config.following_share``. The piece is read in its node's text
    (:func:`kg.answer.quotes.in_context`), so a sentence or table row cut by a piece boundary is quoted
    whole ('This means that children coming into care must have ...', '... within 20 working days
    | 36% 34% 12%') and a totals row is weighed with its table, whose caption may be printed in
    the piece before; with ``values``, a field label comes with its value (see :func:`scored_sentences`)."""
    whole = in_context(ev.chunk, ev.preceding, ev.following)
    return [(score, quote, config.following_share if quote.lines[0] > ev.chunk.lines[1] else 1.0)
            for score, quote in scored_sentences(relevance, whole, figure, prefer, values, config.asked_kind_weight)
            if quote.lines[1] >= ev.chunk.lines[0]]


def _asked_for(intent: QuestionIntent, ev: Evidence,
               names_organisation: Callable[[str], bool]) -> Callable[[str], bool] | None:
    """What makes a sentence of ``ev`` the kind of answer asked for: naming its people ('who'),
    saying what it asks someone did ('who presented'), an organisation the graph knows ('which organisations')
    or giving a date ('when')."""
    tests = []
    if intent.wants_person and ev.context.people:
        tests.append(names_any(ev.context.people))
    if intent.wants_person and (deed := deed_asked(intent.text)):   # 'presented by the Service Leader, ...'
        tests.append(lambda sentence, done=keywords(deed): bool(done & keywords(sentence)))
    if intent.wants_organisation:
        tests.append(names_organisation)
    if intent.wants_date:
        tests.append(gives_date)
    return (lambda sentence: any(test(sentence) for test in tests)) if tests else None
