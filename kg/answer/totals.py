"""'How many in total' answered by adding up what the papers print in parts: the rows of a list that each
open with a count of what the question asks about ('- 120 staff attended the workshops', '- 340 pupils attended
the sessions') give "In total: 460 (120 + 340) [file:lines] [file:lines]", each row quoted with its lines. Nothing
is added when a row prints a total of its own (that row answers) or fewer than two rows give a count."""
from __future__ import annotations

import re

from kg.answer.evidence import Evidence, cite
from kg.answer.facts import GraphFacts
from kg.answer.intent import QuestionIntent
from kg.answer.quotes import Quote, Relevance, keywords, repeats, sentences
from kg.config import DEFAULT_CONFIG, AnswerConfig

# A question asking for the sum of parts, not one printed figure: a total, or how many there would be once more are
# added ('how many placements will there be once those planned open?')
_ASKS_TOTAL = re.compile(r"\b(?:in total|total(?:led)?|altogether|combined|all told|put together|together)\b"
                         r"|\b(?:would|will)\b[^?]*\b(?:once|after|when)\b", re.I)
# One sentence printing a count and more of it to come: '16 young people ... and a further 6 due to start'
_AND_FURTHER = re.compile(r"(?<![\w.,£])(\d{1,3}(?:,\d{3})+|\d+)(?![\d%/.:])[^.;%]{1,120}?\b(?:a further|another|an "
                          r"additional|an extra|plus)\s+(\d{1,3}(?:,\d{3})+|\d+)(?![\d%/.:])", re.I)
# A row or sentence opening with a count of what its next words name ('- 1,204 pupils ...', '£3,500 was spent ...'):
# not a share, a year range or label ('2013-14: ...'), a paragraph's number before its heading ('8.5 CSE Sub Group')
_OPENING_COUNT = re.compile(r"^[\W_]*?(£?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d/.:–-])\s+(?!per\s?cent\b)(?=[a-z])")
_PRINTS_A_TOTAL = re.compile(r"\b(?:in total|totall?ed|total of|overall|altogether|in all)\b", re.I)
# The question's words that ask for a sum, not what is summed
BULLETS = "-•*–· "   # what a list row opens with before its words
_NOT_SUBJECT = keywords("how many much total totalled altogether combined together all told put number people")


def asks_for_a_total(intent: QuestionIntent) -> bool:
    """Whether a 'how many' or 'how much' question asks for the sum of parts ('in total', 'altogether')."""
    return intent.wants_quantity and intent.figure_kind in ("number", "money") and bool(_ASKS_TOTAL.search(intent.text))


def total_facts(intent: QuestionIntent, relevance: Relevance, ranked: list[Evidence],
                config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """The sum of a count and more of it to come printed in one sentence ('16 ... and a further 6'), else of the counts
    that rows of the best ``ranked`` pieces open with; each sentence or row speaking of what the question asks about
    (at least config.total_share of its words by weight, and a row config.total_close of the best row's), each row
    once however many pieces print it."""
    facts = GraphFacts()
    if not asks_for_a_total(intent):
        return facts
    subject = Relevance(frozenset(relevance.keys - _NOT_SUBJECT), relevance.weight)
    whole = sum(subject.weight(word) for word in subject.keys) or 1.0
    rows: list[tuple[float, Quote, Evidence, str | None]] = []   # (share, row, piece, its opening count or None)
    to_come: list[tuple[float, re.Match[str], Quote, Evidence]] = []   # sentences printing more of a count to come
    for ev in ranked[:config.total_pieces]:
        for quote in sentences(ev.chunk):
            if (further := _AND_FURTHER.search(quote.text)) and subject.shared(quote.text) / whole >= config.total_share:
                to_come.append((subject.shared(quote.text), further, quote, ev))
            count = opening_count(quote.text)
            if subject.shared(quote.text) / whole >= config.total_share and (count or _PRINTS_A_TOTAL.search(quote.text)):
                rows.append((subject.shared(quote.text) / whole, quote, ev, count))
    if to_come:
        return _more_to_come(*max(to_come, key=lambda found: found[0])[1:])
    best = max((share for share, *_ in rows), default=0.0)
    close = [row for row in sorted(rows, key=lambda r: -r[0]) if row[0] >= config.total_close * best]
    if not close or any(count is None for *_, count in close):   # a row printing a total answers itself
        return facts
    money = close[0][3].startswith("£")   # the best row's unit: a sum of money is not added to a count
    parts: list[tuple[str, Quote, Evidence]] = []
    for _, quote, ev, count in close:
        if count.startswith("£") == money and not repeats(quote.text, [q.text for _, q, _ in parts]):
            parts.append((count, quote, ev))
    parts = sorted(parts[:config.total_parts], key=lambda p: (p[2].source, p[1].lines))
    if len(parts) < 2:
        return facts
    total = sum(float(count.strip("£").replace(",", "")) for count, _, _ in parts)
    cites = " ".join(cite(ev.source, quote.lines) for _, quote, ev in parts)
    facts.lines.append(f"In total: {'£' if money else ''}{total:,.0f} ({' + '.join(c for c, _, _ in parts)}) {cites}")
    facts.lines += [f"- {quote.text.lstrip(BULLETS)} {cite(ev.source, quote.lines)}" for _, quote, ev in parts]
    facts.said += [(ev.source, quote.lines) for _, quote, ev in parts]
    return facts


def opening_count(text: str) -> str | None:
    """The count a row or sentence opens with, as printed ('1,204', '£3,500'); None if none."""
    count = _OPENING_COUNT.match(text)
    return None if count is None else count[1] + count[2]


def _more_to_come(further: re.Match[str], quote: Quote, ev: Evidence) -> GraphFacts:
    """'In total: 22 (16 + 6) [file:lines]' for a sentence printing a count and more of it to come, quoted."""
    counts = [further[1], further[2]]
    total = sum(int(count.replace(",", "")) for count in counts)
    return GraphFacts([f"In total: {total:,} ({' + '.join(counts)}) {cite(ev.source, quote.lines)}",
                       f"- {quote.text.lstrip(BULLETS)} {cite(ev.source, quote.lines)}"],
                      said=[(ev.source, quote.lines)])
