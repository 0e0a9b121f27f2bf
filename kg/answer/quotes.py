"""What to quote from a piece of evidence: its sentences, the ones that answer, the lines to show.

Matching is on stemmed words (as the search index sees them), each weighted by how rare it is in
the store, so 'Welfare Call' or 'peer review' counts for more than 'children' or 'Rotherham'.
Every quote and excerpt keeps the original lines it was printed on, to cite them exactly.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from index.chunks import Chunk
from index.sparse import tokenize
from kg.answer.intent import word_list
from kg.config import DEFAULT_CONFIG
from kg.loaders.mentions import ends_in_abbreviation

TermWeight = Callable[[str], float]
LIST_CHARS = 600       # how much of a list a sentence ending in ':' brings along
LIST_ITEMS_MIN = 2     # ... or a sentence followed at once by this many list items at least
HEADER_CELL_WORDS = 3   # cells of a header row are this short
TOTALS_SHARE = 0.8     # a totals row is worth this share of the best sentence of its piece
ANCHOR_WEIGHT = 10     # a quoted row outweighs any number of rows that merely share words
YEAR_SHARE = 0.5       # a year shared with the question counts this share of its weight

# Sentences end at a stop before a capital, at a line that stays a line, and at the cells and
# bullets of a table row flattened onto one line
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"'])|\n+|\t+|\s+[•○▪●]\s+")
# A line break inside a sentence is a wrap of the PDF's, unless a bullet, a number, a table row or its totals
# follow, or a capital or a figure follows a row ending in a figure
_TOTALS = r"(?:grand\s+)?totals?\b[\s:]*[£$]?\d"      # the start of a table's totals row: "Total 224", "Totals: £93,000"
_WRAP = re.compile(rf"(?<![.!?:;\t])\n(?![-–•(]|\d+(?:\.\d+)*[.):]?\s|[^\n]*\t|(?i:{_TOTALS}))(?!(?<=[\d%]\n)[A-Z\d])")
# A date broken after its month, its year on the next row ('Review 23 – 27 February' / '2016'): one sentence
_DATE_BROKEN = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
                          r"|december),?[ \t]*\n(?=[ \t]*(?:19|20)\d\d\b)", re.I)
_TOTALS_ROW = re.compile(rf"^{_TOTALS}[\d\s.,%£$/-]*(?:\btotal\b[\s\d.,%]*)*$", re.I)
_LEADER = re.compile(r"…{3,}|\.{8,}|(?:\. ){6,}")   # the dots of a contents line: 'Foreword ........ 3'
_FIGURE_CELL = re.compile(r"^[£$]?-?\d[\d,]*(?:\.\d+)?\s*%?$")
_INTRODUCES_LIST = re.compile(r":\s*-?$")
# A field label printed alone on its row, its value on the rows after: 'Report Author(s)', '29. Accountable Officer(s)'
_LABEL = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][\w()’'/&-]*(?:\s+[\w()’'/&-]+){0,4}\s*[:-]*$")
LABEL_ROWS = 4         # rows of value a label brings along, at most
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\(?\d+[.)]|\(?[a-z][.)]|\(?[ivx]+\))\s")
_NUMBER = re.compile(r"(?<![\w./])[£$]?\d+(?:,\d{3})*(?:\.\d+)?(?:%|st|nd|rd|th)?(?![\w/])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d(?:y\d\d)?")   # a year or a year range as tokenized ('2015', '2015y16')
# A paragraph or list number: "2.2 In Rotherham", "3. The", "(2) That the report", "12.1 Complex" glued on after a
# heading, or an action's code ("1.1.C.3")
_SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+(?=[A-Z])|^\s*\d+(?:\.\d+)*\.\s|^\s*\(?\d+\)\s"
                             r"|\b\d+\.\d+(?:\.\d+)*\s+(?=[A-Z])|\b\d+(?:\.[0-9A-Za-z]+){2,}\b")
# A number that names a part of something, not a quantity: "section 47", "Minute No. 45", "pages 12-14", "Stages 1
# and 2", a school year or key stage ("Year 7", "Y6", "KS2")
_REFERENCE_NUMBER = re.compile(r"\b(?:sections?|s\.|paragraphs?|paras?|pages?|pp?\.|minutes?|no\.|nos\.|items?|appendi(?:x|ces)|"
                               r"chapters?|regulations?|articles?|schedules?|tables?|figures?|priorit(?:y|ies)|objectives?|"
                               r"recommendations?|action\s+points?|clauses?|rules?|standards?|level|stages?|phases?|steps?"
                               r"|tiers?|years?|y|key\s+stages?|ks)\s*\d+(?:\.\d+)*[a-z]?(?:\s*(?:and|to|&|-|–)\s*\d+(?:\.\d+)*[a-z]?)?", re.I)
SPECIFIC_FIGURES = ("money", "share", "duration")
_SPAN_OF_TIME = re.compile(r"\d+\s*(?:working\s+|calendar\s+|school\s+)?(?:days?|weeks?|months?|years?|hours?)\b", re.I)
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I)
_FIGURE_OF_KIND = {
    "money": re.compile(r"[£$€]\s?\d|\d\s?(?:million|bn|k)\b|\bpounds\b", re.I),
    "share": re.compile(r"\d\s?%|\bper ?cent\b", re.I),
    "duration": re.compile(r"\d+\s*(?:days?|weeks?|months?|years?|hours?)\b", re.I),
}


def uniform(_: str) -> float:
    return 1.0


_DAY_OF_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|"
                           r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.I)
_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                   r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[.,]?\s+"
                   r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b|"
                   r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def gives_date(sentence: str) -> bool:
    """A day, a month of a year, or a weekday: what a 'when' question is answered with."""
    return bool(_DATE.search(sentence))


def names_any(names: list[str]) -> Callable[[str], bool]:
    """Whether a sentence names one of ``names`` (by surname, which minutes print alone)."""
    surnames = {name.split()[-1].lower() for name in names if name.split()}
    return lambda sentence: bool(surnames & set(re.findall(r"[a-z][a-z'-]+", sentence.lower())))


def mentions_any(names: list[str]) -> Callable[[str], bool]:
    """Whether a sentence prints one of ``names`` whole, as printed (acronyms in capitals): for
    organisations, whose last word ('Trust', 'Service') says nothing alone."""
    usable = sorted({name for name in names if len(name) >= 3}, key=len, reverse=True)
    if not usable:
        return lambda sentence: False
    pattern = re.compile(r"(?<![\w&])(?:" + "|".join(map(re.escape, usable)) + r")(?![\w&])")
    return lambda sentence: pattern.search(sentence) is not None


def mentions_figure_of(text: str, kind: str) -> bool:
    """Whether ``text`` prints an amount of money, a share or a length of time at all (``kind``)."""
    return kind in _FIGURE_OF_KIND and _FIGURE_OF_KIND[kind].search(text) is not None


@cache
def _written_lengths() -> re.Pattern[str]:
    """A length of time papers write out ('seven days', 'three months'; data/number_words.txt), but 'several', which
    gives no figure. Other written-out numbers ('five portions of fruit') are left as words: a count so written
    is too often an aside to be the figure asked for."""
    words = sorted(word_list("number_words") - {"several"}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(words)})(?=[\s-]+(?:working\s+|calendar\s+|school\s+)?"
                      r"(?:days?|weeks?|months?|years?|hours?)\b)", re.I)


def _in_digits(sentence: str) -> str:
    """``sentence`` with a written-out length of time as a figure ('seven days' reads '7 days'), so it answers
    'how long' as a printed one does; the figure's value is never read. Only for 'how long': a length of time is no
    count ('open for three months' answers no 'how many')."""
    return _written_lengths().sub("7", sentence)


def gives_figure(sentence: str, kind: str = "number") -> bool:
    """A number of the kind asked for (money, a share, a duration, perhaps written out: 'seven days', or any number)
    that is not a year or the sentence's own paragraph number ('2.2 In Rotherham, ...')."""
    written = _in_digits(sentence) if kind == "duration" else sentence   # 'seven days' answers 'how long' only
    text = _DAY_OF_MONTH.sub("", _REFERENCE_NUMBER.sub("", _SECTION_NUMBER.sub("", written)))
    if kind in _FIGURE_OF_KIND and not _FIGURE_OF_KIND[kind].search(text):
        return False
    return any(not _YEAR.fullmatch(n) for n in _NUMBER.findall(text))


def gives_count(sentence: str) -> bool:
    """A number that counts something: not a length of time ('a 30 day placement', 'within 20 working days'), nor an
    ordinal ('the 2nd session'), nor any number :func:`gives_figure` passes over."""
    return gives_figure(_ORDINAL.sub("", _SPAN_OF_TIME.sub("", sentence)))


@lru_cache(maxsize=65_536)
def keywords(text: str) -> frozenset[str]:
    """Stemmed content words, as the search index sees them ('raise' meets 'raised'); cached, as
    the same sentences are weighed question after question."""
    return frozenset(tokenize(text))


@dataclass(frozen=True)
class Quote:
    """A sentence (or excerpt) of a chunk with the original lines it was printed on."""

    text: str
    lines: tuple[int, int]


@dataclass(frozen=True)
class Relevance:
    """How much a text speaks to a question: the rarity-weighted question words it shares."""

    keys: frozenset[str]
    weight: TermWeight = uniform

    @classmethod
    def of(cls, question: str, weight: TermWeight = uniform) -> Relevance:
        return cls(frozenset(keywords(question)), weight)

    def shared(self, text: str) -> float:
        """The weight of the question words ``text`` shares; a year counts YEAR_SHARE of its
        weight, as it says when, not what: 'PEP audits in 2015-16 ...' does not answer what
        attendance was like in 2015/16 (the re-ranking already prefers pieces of the year)."""
        return sum(self.weight(t) * (YEAR_SHARE if _YEAR_TOKEN.fullmatch(t) else 1.0)
                   for t in self.keys & keywords(text))

    def density(self, text: str) -> float:
        """Shared weight discounted for length: a long run-on sentence shares some words by chance."""
        return self.shared(text) / math.sqrt(max(len(keywords(text)), 1))


def repeats(text: str, said: list[str], share: float = 0.8) -> bool:
    """Whether most of ``text``'s words were already said by one of ``said``."""
    words = keywords(text)
    return bool(words) and any(len(words & keywords(other)) >= share * len(words) for other in said)


def _data_row_whole(row: str) -> str:
    """A table row of figures after its label ('Total<TAB>40<TAB>103<TAB>16'), or a header row of
    short cells ('Priority<TAB>Green<TAB>Amber'), with its tabs made spaces, so it is quoted whole
    rather than cell by cell."""
    cells = [c.strip() for c in row.split("\t") if c.strip()]
    figures = all(_FIGURE_CELL.match(c) for c in cells[1:])
    header = all(len(c.split()) <= HEADER_CELL_WORDS for c in cells)
    return row.replace("\t", " ") if len(cells) > 2 and (figures or header) else row


@lru_cache(maxsize=8192)
def sentences(chunk: Chunk) -> tuple[Quote, ...]:
    """The chunk's sentences, hard wraps undone, each with its own line span; cached, as the same
    pieces come back question after question."""
    # same length: character offsets still point into chunk.text
    text = _WRAP.sub(" ", "\n".join(map(_data_row_whole, chunk.text.split("\n"))))
    text = _DATE_BROKEN.sub(lambda broken: broken.group().replace("\n", " "), text)
    quotes, start = [], 0
    boundaries = [b for b in _SENTENCE.finditer(text) if not ends_in_abbreviation(text, b.start())]
    for boundary in [*boundaries, None]:
        end = boundary.start() if boundary else len(text)
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            offset = start + piece.index(stripped)
            quotes.append(Quote(stripped, chunk.lines_of(offset, offset + len(stripped))))
        start = boundary.end() if boundary else end
    return tuple(quotes)


def scored_sentences(relevance: Relevance, chunk: Chunk, figure: str | None = None,
                     prefer: Callable[[str], bool] | None = None, values: bool = False,
                     preferred: float = DEFAULT_CONFIG.asked_kind_weight) -> list[tuple[float, Quote]]:
    """Each sentence of ``chunk`` that speaks to the question, with how much, in text order; with
    ``figure``, only sentences that give a number of that kind (see :func:`gives_figure`);
    sentences ``prefer`` likes (naming a person the question asks for, say) count ``preferred`` times more; a line
    of a contents page (its dotted leader) is never one. A sentence that introduces a list ('The
    following priorities are COMPLETE:') comes with its list.
    A table's totals row shares no words with the question but answers it when its table does: it
    is worth most of the best sentence of the chunk (read :func:`in_context`, where the table's
    start may be printed in the piece before). With ``values`` (a person or a date asked for), a field label
    printed alone on its row ('Accountable Officer(s)') comes with the rows of its value."""
    quotes = sentences(chunk)
    densities = [relevance.density(q.text) for q in quotes]
    context = max(densities, default=0.0)
    # A sum of money, a share or a length of time answers 'how much/long' even in other words
    floor = -1.0 if figure in SPECIFIC_FIGURES else 0.0
    scored = []
    for i, (quote, density) in enumerate(zip(quotes, densities)):
        totals = _TOTALS_ROW.match(quote.text) is not None
        gives = figure is not None and gives_figure(quote.text, figure)   # a short row may give it: '• 17 households'
        if ((len(quote.text) <= 15 and not totals and not gives) or _LEADER.search(quote.text)
                or (figure is not None and not gives)):
            continue
        score = density * (preferred if prefer and prefer(quote.text) else 1)
        if totals and context > 0:
            score = max(score, TOTALS_SHARE * context)
        if score > floor:
            scored.append((score, with_value(quotes, i) if values and _LABEL.match(quote.text) else _with_list(quotes, i)))
    return scored


def best_sentences(relevance: Relevance, chunk: Chunk, limit: int = 2, figure: str | None = None,
                   prefer: Callable[[str], bool] | None = None) -> list[Quote]:
    """The ``limit`` sentences of ``chunk`` that speak most to the question, in text order (see
    :func:`scored_sentences`)."""
    scored = scored_sentences(relevance, chunk, figure, prefer)
    best = sorted(range(len(scored)), key=lambda i: scored[i][0], reverse=True)[:limit]
    return [scored[i][1] for i in sorted(best)]


def with_value(quotes: tuple[Quote, ...], i: int) -> Quote:
    """Sentence ``i``, and when it is a field label alone on its row ('Accountable Officer(s)'), the rows of
    its value after it, up to LABEL_ROWS of them, up to the next label."""
    quote = quotes[i]
    if not _LABEL.match(quote.text):
        return quote
    text, last = quote.text, quote.lines[1]
    for row in quotes[i + 1:i + 1 + LABEL_ROWS]:
        if _LABEL.match(row.text) and _INTRODUCES_LIST.search(row.text) or len(text) + len(row.text) > LIST_CHARS:
            break
        text, last = f"{text} {row.text}", row.lines[1]
    return Quote(text, (quote.lines[0], last))


def _with_list(quotes: tuple[Quote, ...], i: int) -> Quote:
    """Sentence ``i``, followed by the list items after it when it ends with a colon or the list follows it at once
    ('This report highlights some areas where a new approach is taken.' then '- Enhanced support ...'), or when the
    next sentence of its paragraph introduces one ('... inform wider change. The areas highlighted are:')."""
    quote = quotes[i]
    following = quotes[i + 1] if i + 1 < len(quotes) else None
    if (following is not None and following.lines[0] <= quote.lines[1] and _INTRODUCES_LIST.search(following.text)
            and not _INTRODUCES_LIST.search(quote.text)):
        introduced = _with_list(quotes, i + 1)
        if introduced != following:   # a list does follow
            return Quote(f"{quote.text} {introduced.text}", (quote.lines[0], introduced.lines[1]))
    listed = quotes[i + 1:i + 1 + LIST_ITEMS_MIN]
    if not _INTRODUCES_LIST.search(quote.text) and not (
            len(listed) == LIST_ITEMS_MIN and all(_LIST_ITEM.match(item.text) for item in listed)
            and not _LIST_ITEM.match(quote.text)):
        return quote
    text, last = quote.text, quote.lines[1]
    for item in quotes[i + 1:]:
        if not _LIST_ITEM.match(item.text) or len(text) + len(item.text) > LIST_CHARS:
            break
        text, last = f"{text} {item.text}", item.lines[1]
    return Quote(text, (quote.lines[0], last))


def in_context(chunk: Chunk, preceding: Chunk | None = None, following: Chunk | None = None) -> Chunk:
    """``chunk`` as it reads in its node's text: after the rows of the piece before it that it
    does not hold (where a sentence it opens in the middle of begins, or the caption of a table it
    ends) and before those of the piece after it (the rest of a table or a list the search found
    the start of). Either neighbour is left out when it or the chunk has no rows."""
    if not chunk.has_rows:
        return chunk
    before = [(text, lines) for text, lines in preceding.row_spans()
              if lines[1] < chunk.lines[0]] if preceding and preceding.has_rows else []
    after = [(text, lines) for text, lines in following.row_spans()
             if lines[0] > chunk.lines[1]] if following and following.has_rows else []
    if not (before or after):
        return chunk
    rows = [*before, *chunk.row_spans(), *after]
    return replace(chunk, text="\n".join(text for text, _ in rows), lines=(rows[0][1][0], rows[-1][1][1]),
                   rows=tuple(lines for _, lines in rows))


def excerpt(relevance: Relevance, chunk: Chunk, limit: int,
            anchors: list[tuple[int, int]] = ()) -> Quote:
    """The run of the chunk's rows, at most ``limit`` characters (or one row), that shares most
    with the question, taking in the ``anchors`` (line spans quoted from it) first: what a reader
    needs to see of a long piece, with its own lines. Quotes too far apart for one run get a run
    each, of an equal share of the limit, joined by an ellipsis, as a search engine's snippet."""
    if len(chunk.text) <= limit or not chunk.has_rows:
        return Quote(chunk.text, chunk.lines)
    rows = chunk.text.split("\n")
    shared = [relevance.shared(row) for row in rows]
    quoted = sorted(rows_of for a, b in anchors
                    if (rows_of := [i for i, (first, last) in enumerate(chunk.rows) if a <= last and first <= b]))
    held = [i for rows_of in quoted for i in rows_of]
    if not held or len("\n".join(rows[min(held):max(held) + 1])) <= limit:
        runs = [_best_run(rows, _anchored(shared, held), limit)]
    else:
        runs = [_best_run(rows, _anchored(shared, rows_of), limit // len(quoted)) for rows_of in quoted]
        runs = _merged(runs)
    text = "\n…\n".join("\n".join(rows[first:last + 1]) for first, last in runs)
    return Quote(text, (chunk.rows[runs[0][0]][0], chunk.rows[runs[-1][1]][1]))


def _merged(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of rows in order, those that overlap or touch made one."""
    out: list[tuple[int, int]] = []
    for first, last in sorted(runs):
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def _anchored(shared: list[float], held: list[int]) -> list[float]:
    """Row weights with the rows of quoted lines outweighing any number of rows that merely share words."""
    anchored, held_rows = ANCHOR_WEIGHT * max(shared, default=1.0) + 1.0, set(held)
    return [weight + anchored * (i in held_rows) for i, weight in enumerate(shared)]


def _best_run(rows: list[str], weights: list[float], limit: int) -> tuple[int, int]:
    """(first, last) row of the run of rows, at most ``limit`` characters joined (or one row),
    with the most weight."""
    best, best_span, start, size, total = -1.0, (0, 0), 0, -1, 0.0   # size: of the rows joined by newlines
    for end, row in enumerate(rows):
        size, total = size + len(row) + 1, total + weights[end]
        while size > limit and start < end:
            size, total = size - len(rows[start]) - 1, total - weights[start]
            start += 1
        if total > best:
            best, best_span = total, (start, end)
    return best_span
