"""Figures reported over time for what a question traces ('how did X change', 'is it improving', 'how close
by December'): the sentences of the best pieces found that give a figure of it, each dated (the month or
year it prints, else its paper's date), in date order, with the direction the figures went:
"Figures over time: 11.9% (2016-03) [file:lines] -> 12.2% (2016-07) [file:lines]: rising"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.answer.constraints import names_in
from kg.answer.evidence import Evidence, cite, years_in
from kg.answer.facts import GraphFacts
from kg.answer.intent import MONTHS, QuestionIntent, months_named
from kg.answer.quotes import Quote, Relevance, gives_figure, keywords, sentences
from kg.config import DEFAULT_CONFIG, AnswerConfig

# Words of a question asking how something went over time, not what it is
_OVER_TIME = re.compile(r"\b(chang\w*|trend\w*|mov(?:e|ed|ing)|improv\w*|deteriorat\w*|progress\w*|over time|"
                        r"compar\w*|ris(?:e|en|ing)|rose|f[ae]ll\w*|increas\w*|decreas\w*|how close|between)\b", re.I)
_MONTH_YEAR = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)"
                         r",?\s+((?:19|20)\d\d)\b", re.I)
_FIGURE = re.compile(r"(?<![\w./£])(£?\d+(?:,\d{3})*(?:\.\d+)?)\s*(%?)(?![\w/])")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_PERIOD = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?\b")
_CLAUSE = re.compile(r"[,;:.–]\s")
# A target or a projection is not a figure reported: 'the target is 70%', 'there will be a projected 604', 'would be
# 479', 'to reduce its number to 360' (in the TARGET_WORDS words before the figure)
_TARGET = re.compile(r"\b(?:targets?|projected|projections?|forecasts?|will be|would be|aims? to|reduce\w*\b.*\bto)\b",
                     re.I)
TARGET_WORDS = 6
COUNT_WORDS = 4   # a count's noun is printed within this many words of it
# A number that counts nothing reported: a rate's ('80.2 per 10,000'), an age ('the age of 11'), a day of a month or a
# range of days ('23 – 27 February'), a count of parts of the paper ('these 5 strands')
_NOT_A_COUNT_AFTER = re.compile(r"^\s*(?:per\b|[–-]\s*\d|(?:st|nd|rd|th)?\s*(?:of\s+)?(?:january|february|march|april|may"
                                r"|june|july|august|september|october|november|december)\b|strands?\b|sections?\b"
                                r"|paragraphs?\b|pages?\b|appendi\w+\b|years? old\b)", re.I)
_NOT_A_COUNT_BEFORE = re.compile(r"\b(?:aged?|age of|years?|per|over|under|paragraph|section|page|appendix|these|those|the)\s+$",
                                 re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)           # 'from 192 to 185': where a change starts
# A question's word saying when, not what: a number, a year or a year range ('2015y16' as tokenized), a month
_WHEN_WORD = re.compile(r"^(?:[\d.y]+|jan\w*|feb\w*|march|april|may|june|juli|july|august|septemb\w*|octob\w*|novemb\w*|decemb\w*)$")
# The question's words that say how it changed or when, not what: they do not pick the figures' sentences
_NOT_SUBJECT = keywords("how did has have change changed trend moved improved improving between from to over time "
                        "compare compared rise fall increase decrease close progress share number percentage proportion "
                        "rate figure figures level update updates against")


@dataclass(frozen=True)
class Point:
    """A figure of the series: its value as printed, when it is of, and the sentence and piece it is from."""

    value: str
    when: tuple[int, int]        # (year, month); month 0 when only the year is known
    quote: Quote
    ev: Evidence


def asks_over_time(intent: QuestionIntent) -> bool:
    """Whether the question asks how something went over time, in its own words, not a name's ('the
    Improving Lives Select Commission' asks nothing about improving)."""
    text = intent.text
    for name in names_in(text):
        text = text.replace(name, " ")
    return bool(_OVER_TIME.search(text))


def series_facts(intent: QuestionIntent, relevance: Relevance, ranked: list[Evidence],
                 config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """The figures of what the question traces among the ``ranked`` pieces' sentences, in date order, with
    the direction they went, each citing its lines; nothing when fewer than two dates give one."""
    facts = GraphFacts()
    if not asks_over_time(intent):
        return facts
    subject = Relevance(frozenset(word for word in relevance.keys - _NOT_SUBJECT if not _WHEN_WORD.match(word)),
                        relevance.weight)
    whole = sum(subject.weight(word) for word in subject.keys) or 1.0
    kind = "share" if intent.figure_kind == "share" or "%" in intent.text else "number"
    scored = []
    for ev in ranked[:config.series_pieces]:
        for quote in sentences(ev.chunk):
            share = subject.shared(quote.text) / whole
            if share >= config.series_share and gives_figure(quote.text, kind):
                scored.append((share, quote, ev))
    best = max((share for share, _, _ in scored), default=0.0)
    points: dict[tuple[int, int], Point] = {}
    unit = None
    for share, quote, ev in sorted(scored, key=lambda s: -s[0]):
        if share < config.series_close * best:
            break
        for point in (Point(value, when, quote, ev) for value, when in dated_figures(quote.text, _period_of(ev), kind)
                      if kind == "share" or counts_subject(quote.text, value, subject.keys)):
            if unit is None:   # the best sentence's first figure sets the unit: a share is not compared with a count
                unit = point.value.endswith("%")
            if point.value.endswith("%") == unit and point.when not in points:
                points[point.when] = point
    ordered = [points[when] for when in sorted(points)][:config.series_points]
    if len(ordered) < 2:
        return facts
    chain = " -> ".join(f"{p.value} ({_label(p.when)}) {cite(p.ev.source, p.quote.lines)}" for p in ordered)
    facts.lines.append(f"Figures over time: {chain}: {_direction(ordered)}.")
    quoted = list(dict.fromkeys((p.quote, p.ev) for p in ordered))
    facts.lines += [f"- {quote.text} {cite(ev.source, quote.lines)}" for quote, ev in quoted]
    facts.said += [(ev.source, quote.lines) for quote, ev in quoted]
    return facts


def counts_subject(text: str, value: str, subject: frozenset[str]) -> bool:
    """Whether the figure ``value`` of ``text`` counts what the question traces: a word of it printed within
    COUNT_WORDS words either side ('442 children in care', '409 of these children', 'looked after children from
    424'), not a count of something else the sentence also speaks of ('these 5 strands', 'per 10,000')."""
    at = re.search(rf"(?<![\w.,]){re.escape(value)}(?![\w])", text)
    if at is None:
        return False
    before = " ".join(text[:at.start()].split()[-COUNT_WORDS:])
    after = " ".join(text[at.end():].split()[:COUNT_WORDS])
    return bool(subject & (keywords(before) | keywords(after)))


def dated_figures(text: str, fallback: str | None = None, kind: str = "number") -> list[tuple[str, tuple[int, int]]]:
    """The reported figures of ``text`` of the kind asked for ('share': a percentage), not a target, each with
    the (year, month) it is of (month 0: only a year): the month and year (or year) printed after it ('75% in
    September 2015'), or before it when none follows or it is where a change starts ('since April 2016 from
    192 to 185 in July 2016'), else, for its first figure, the ``fallback`` ISO date (its paper's)."""
    dates = [(m.start(), m.end(), (int(m.group(2)), MONTHS[m.group(1).lower()])) for m in _MONTH_YEAR.finditer(text)]
    dates += [(m.start(), m.end(), (max(years_in(m.group())), 0)) for m in _PERIOD.finditer(text)
              if not any(start <= m.start() < end for start, end, _ in dates)]
    dates.sort()
    found: list[tuple[str, tuple[int, int]]] = []
    for figure in _FIGURE.finditer(text):
        number, unit = figure.groups()
        clause = " ".join(_CLAUSE.split(text[:figure.start()])[-1].split()[-TARGET_WORDS:])
        if _YEAR.match(number) or (kind == "share" and not unit) or _TARGET.search(clause) or not unit and (
                _NOT_A_COUNT_AFTER.match(text[figure.end():]) or _NOT_A_COUNT_BEFORE.search(text[:figure.start()])):
            continue
        after = [d for d in dates if d[0] >= figure.end()]
        before = [d for d in dates if d[1] <= figure.start()]
        starts_a_change = _FROM.search(text[:figure.start()]) is not None
        chosen = after[0] if after and not (starts_a_change and before) else before[-1] if before else None
        if chosen is not None:
            found.append((number + unit, chosen[2]))
        elif fallback and not found:
            found.append((number + unit, (int(fallback[:4]), int(fallback[5:7]))))
    return found


def _period_of(ev: Evidence) -> str | None:
    """The ISO date a piece's undated figures are of: the month its minute item's title names (a 'performance
    report - July 2016' minuted in September gives July's figures), else its meeting's or paper's date."""
    titled = months_named(ev.context.item["title"]) if ev.context.item else set()
    if titled:
        year, month = max(titled)
        return f"{year}-{month:02d}-01"
    return ev.date


def _label(when: tuple[int, int]) -> str:
    year, month = when
    return f"{year}-{month:02d}" if month else str(year)


def _direction(points: list[Point]) -> str:
    """'rising', 'falling' or 'unchanged', from the first figure to the last."""
    first, last = (float(p.value.strip("%£").replace(",", "")) for p in (points[0], points[-1]))
    return "rising" if last > first else "falling" if last < first else "unchanged"
