"""Refusals: the checks that tell a question the store cannot answer, each with a reason code
(:data:`kg.answer.schema.ABSTAIN_REASONS`) and what is missing, instead of padding an answer with weak hits."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from index.chunks import Chunk
from kg.answer.constraints import (
    NAME_PART_WORDS,
    StoreText,
    Unmet,
    acronym_printed,
    body_never_met,
    initials,
    is_a_body_name,
    is_acronym,
    missing_meeting,
    names_a_council,
    names_in,
    normal_words,
    one_slip,
    person_or_titled_said,
    person_said,
    unknown_name,
    unknown_year,
)
from kg.answer.evidence import Evidence, overlaps, years_in
from kg.answer.intent import (
    MONTHS,
    PRESENT_AS_PRESENCE,
    QuestionIntent,
    asked_thing,
    counted_as_at,
    counted_thing,
    days_named,
    measured_thing,
    months_named,
    months_printed,
    periods_named,
    question_parts,
    quoted_phrases,
    read_question,
    reckons_from_a_date,
    said_otherwise,
    word_list,
    year_month,
)
from kg.answer.quotes import (
    Quote,
    TermWeight,
    gives_count,
    gives_date,
    gives_figure,
    keywords,
    sentences,
    uniform,
)
from kg.answer.schema import AbstainReason
from kg.config import MISSPELT_MIN

# A question asking how something turned out: its findings, conclusions, outcome, whether it succeeded
_ASKS_OUTCOME = re.compile(r"\bwhat (?:were|was|are|is) the (?:findings|outcomes?|results?|conclusions?)\b"
                           r"|\bwhat conclusions\b|\bwhat did\b[^?]{0,80}\b(?:conclude|find)\b"
                           r"|\b(?:was|were|is)\b[^?]{0,80}\bsuccessful\b"
                           # 'how did the trip go', 'how did the bid turn out', 'how did the pilot fare'
                           r"|\bhow (?:did|has|have)\b[^?]{0,80}\b(?:go|gone|turn(?:ed)? out|fare[ds]?|end(?:ed)?)\b"
                           # 'what grade did the inspectors give the school', 'what judgement was reached'
                           r"|\bwhat (?:grade|grading|rating|judg(?:e)?ment|verdict)\b"
                           r"|\bwhat came (?:out )?of\b"
                           # who or how many took part in an event is how it turned out: 'how many attended the
                           # seminar', 'which schools took part in the 2018 survey'
                           r"|\b(?:how many|which)\b[^?]{0,80}\b(?:attended|took part|participated|turned up)\b", re.I)
# A sentence speaking of something still to happen: 'would take place', 'is to be interviewed', 'be provided'
_NOT_YET = re.compile(r"\b(?:would|will|shall|should|(?:is|are|was|were) to|to be|planned|due to|hoped|expected"
                      r"|intended|intention|yet to)\b"
                      r"|\bbe (?:provided|submitted|considered|reported|presented|received)\b", re.I)
_ASKS_CHAIR_ONLY = re.compile(r"\bchair(?:ed|s|ing|man|person)?\b", re.I)
_ASKS_ATTENDANCE = re.compile(rf"\b(?:{PRESENT_AS_PRESENCE}|attend\w*|apologi\w*)\b", re.I)
# 'Who is the headteacher of Eastfield School?': a person asked for by the post they hold at a named place
_ASKS_POST_AT = re.compile(r"^\W*who (?:is|was|are|were|has been|had been) (?:the |a |an )?(?P<post>(?:[\w'’-]+ ){0,3}?"
                           r"[\w'’-]+) (?:of|at|for|in) (?P<at>[^?]+)", re.I)
_MEETS = re.compile(r"\b(?:meet\w*|met|sat|convene\w*)\b", re.I)   # a row speaking of a meeting
# A later part of a question pointing back to what an earlier part named: 'and what did it agree?', 'who chaired that
# meeting?'
_REFERS_BACK = re.compile(r"\b(?:it|its|they|them|their|then|(?:that|the|this) meeting)\b", re.I)
# What a question says just before a body it names as where something was taken: 'went to the', 'reported to'
_TAKEN_TO = re.compile(r"\b(?:went|go(?:es|ne)?|came|brought|taken|reported|presented|submitted|referred)\s+to\s+"
                       r"(?:the\s+)?$", re.I)
_TIME_UNIT = re.compile(r"(?:days?|weeks?|months?|years?|hours?|minutes?|times?)$", re.I)   # 'how many weeks'
_COLUMNS = re.compile(r"(?:\s[£$]?\d[\d,]*(?:\.\d+)?%?){2,}\s*$")   # a row ending in figures side by side
_CITATION = re.compile(r"\[[^\]\s]+:\d+-\d+\]")   # '[pack.txt:12-14]' after a line: no figure of it
_LIST_MARK = re.compile(r"^\s*(?:[-–−•▪●○*]|\(?\d+[.)]|\(?[a-z][.)])\s")   # a row opening an item of a list
HEADER_ROW_CHARS = 60     # a row of a table's header is short; a longer row is the paragraph before the table
NEAR_LINES = 2             # a figure's subject is named within this many lines of it
NAME_WORDS_SHARED = 0.5   # more than this share of a name's words printed near a figure for the figure to be of it
TITLE_WORDS_SAID = 0.5     # more than this share of an item's title said for a question to ask about the item
OUTCOME_WORDS_SHARED = 3
POST_LINES = 1   # a post-holder's place is printed in their row or the next (a table's cell wrapped), not further   # a sentence about what the question asks of shares this many of its words


@dataclass
class Refusal:
    reason: AbstainReason
    message: str
    missing: list[str] = field(default_factory=list)


def refusal(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]], has_terms: bool,
            best_dense: float, min_dense: float, text: StoreText | None = None, constraints: bool = True,
            anchored: bool = False, weight: TermWeight = uniform,
            pieces_of: Callable[[str], list[Chunk]] = lambda node: []) -> Refusal | None:
    """Why the question cannot be answered from this evidence, or None: a name the papers (``text``)
    never print, a meeting the question dates that the store does not hold (unless ``constraints`` were
    checked part by part already), a name no piece found speaks of (likewise), how it turned out when the papers
    predate that, nothing to look for, nothing close enough (unless ``anchored``: the best piece prints a word of
    the question rare in the store, as 'NI062', which a sentence model reads poorly)."""
    unmet = unmet_constraint(intent, evidence, meetings, text) if constraints else None
    if unmet is not None:
        return Refusal(unmet.reason, unmet.message, [unmet.missing])  # type: ignore[arg-type]
    unknown = unknown_thing(intent, text) if text else None
    if unknown is not None:
        return unknown
    unanswered = (outcome_refusal(intent, evidence, text.home if text else None, _pack_dates(meetings), weight)
                  or year_refusal(intent, evidence)
                  or post_refusal(intent, evidence, text.home if text else None, weight)
                  or (unnamed_in_evidence(intent, evidence, text.home if text else None, weight,
                                          lower_case_names(intent.text, text) if text else [], text,
                                          attendance_of(meetings), pieces_of) if constraints
                      else None))
    if unanswered is not None:
        return unanswered
    if not has_terms:
        return Refusal("no_terms", "The question names nothing to look for; ask about a topic, a person, a meeting "
                                   "or a plan.", ["a topic, person, meeting or plan to look for"])
    if best_dense < min_dense and not anchored:
        return Refusal("not_close", "Nothing in the store is close enough to this question to answer it.",
                       ["papers about this question"])
    return None


def unknown_thing(intent: QuestionIntent, text: StoreText) -> Refusal | None:
    """For a 'what / which' question, a refusal (out_of_scope) when the papers print no word of what it asks for
    ('What salary does the director earn?', 'What was the weather like?'): nothing in them can be that. One
    word printed is enough to look further ('Which organisations won ...': the papers name organisations); a word
    naming a figure of any kind ('What sum ...', data/generic_measures.txt) names nothing to look for; a word people
    ask with is printed when a word papers say instead is (data/paraphrases.txt: 'headway' is 'progress')."""
    thing = [word for word in asked_thing(intent.text)
             if not word.isupper() and word.lower().removesuffix("s") not in word_list("generic_measures")]
    if not thing or any(text.mentions(word) for word in [*thing, *said_otherwise(" ".join(thing))]):
        return None   # a word printed, or one the papers say instead ('shortcomings': weaknesses)
    phrase = " ".join(thing)
    return Refusal("out_of_scope", f"The papers in the store never speak of '{phrase}'.",
                   [f"any mention of '{phrase}'"])


def unmet_constraint(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]],
                     text: StoreText | None) -> Unmet | None:
    """The first constraint of the question the store cannot meet: a name or a year never printed, a meeting not
    held."""
    bodies = frozenset(m["body"] for m in meetings)
    return (text and (unknown_name(intent.text, text, bodies) or unknown_year(intent, text))) or unheld_meeting(
        intent, evidence, meetings)


def unmet_parts(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]],
                text: StoreText | None) -> list[Unmet]:
    """For a question of several parts of which some can be answered: the constraints the others leave
    unmet, each to be said beside the answer; empty when every part or none can be (the whole question is
    answered or refused). A part naming no body speaks of the one the question names; a later part dating
    nothing that points back ('..., and what did it agree?') speaks of the meeting or time the question dates."""
    parts = question_parts(intent.text)
    if len(parts) < 2:
        return []
    unmet = []
    for at, part in enumerate(parts):
        part_intent = read_question(part)
        part_intent.body_words = part_intent.body_words or intent.body_words
        if at and not (part_intent.names_a_meeting or part_intent.years) and _REFERS_BACK.search(part):
            for dated in ("months", "days", "bare_months", "meeting_years", "years"):
                setattr(part_intent, dated, getattr(intent, dated))
        unmet.append(unmet_constraint(part_intent, evidence, meetings, text))
    return [u for u in unmet if u] if any(u is None for u in unmet) else []


NO_FIGURE = Refusal("no_figure", "The papers found do not give the figure asked for; see the evidence.",
                    ["a figure of the kind asked for"])


def figure_refusal(intent: QuestionIntent, evidence: list[Evidence], home: str | None = None,
                   actions_at: Callable[[str, tuple[int, int]], list[str]] = lambda source, lines: [],
                   weight: TermWeight = uniform, stated: list[str] | None = None) -> Refusal | None:
    """For a 'how many / how much' question answered with quotes of ``evidence``, why no quoted figure answers
    it: none gives a figure of the kind asked for (a sum for 'how much funding'); none is printed near, or under
    a heading naming, what the question names or quotes ('the Empower Cup in Scunthorpe' answered with another
    event's sum), or the thing it counts or measures (no_figure); none of the latter is of a year the question names
    (no_date: 'recruited in 2019/20' answered with 2015/16's; a 2016/17 rate answered with another measure's
    2016 figure). ``home`` is the home council's place, which names nothing in particular; ``actions_at`` gives the
    wording of the plan actions whose rows hold a figure's lines, which it is about; ``weight`` how rare a word is;
    ``stated`` the graph's own answer lines: when nothing is quoted, one of them must give the figure (a budget asked
    of an action is not answered by the action's leads)."""
    said = [(ev, quote) for ev in evidence for quote in ev.quoted]
    if not said:
        return None if any(gives_figure(_CITATION.sub("", line), intent.figure_kind) for line in stated or []) \
            else NO_FIGURE
    counts = intent.figure_kind == "number" and bool(counted_thing(intent.text)) and not _TIME_UNIT.match(
        counted_thing(intent.text)[0])   # 'how many staff' is not answered by a 'three month' pilot
    quoted = [(ev, quote) for ev, quote in said
              if (gives_count(quote.text) if counts else gives_figure(quote.text, intent.figure_kind))]
    if not quoted:   # sentences about the topic, but no figure of the kind asked for among them
        return NO_FIGURE
    quoted_names = quoted_phrases(intent.text)   # a name inside a quoted phrase is a word of it, not one of its own
    names = [name for name in names_in(intent.text) if name.lower() != home and not _venue(name, intent.text)
             and not any(name in phrase for phrase in quoted_names)] + quoted_names

    def about(name: str, ev: Evidence, quote: Quote) -> bool:
        """Whether a figure is of ``name``: named near it (or heading it), or for a quoted phrase (an event, an
        action) most of its rarer words near it or in its piece and the piece before (an event's heading over the
        paragraphs giving its sums); or printed in the minutes of the body it names."""
        near = " ".join([_heading(ev), *actions_at(ev.source, quote.lines), _printed_near(ev, quote)])
        piece = f"{ev.preceding.text if ev.preceding else ''} {ev.chunk.text}"
        quoted = name in quoted_names   # a long wording: its common words ('ensure', 'health') name nothing alone
        return (_names(name, near, weight if quoted else uniform) or quoted and _names(name, piece, weight)
                or is_a_body_name(name) and _reported_to(name, ev))

    if names and not any(about(name, ev, quote) for name in names for ev, quote in quoted):
        listed = ", ".join(f"'{name}'" for name in names)
        return Refusal("no_figure", f"The papers found give no figure of the kind asked for where they speak of "
                                    f"{listed}; see the evidence.", [f"a figure about {listed}"])
    counted = keywords(" ".join(counted_thing(intent.text)))
    if counted and not any(counted & keywords(f"{quote.text} {_printed_near(ev, quote)}") for ev, quote in quoted):
        thing = " ".join(counted_thing(intent.text))
        return Refusal("no_figure", f"The papers found give no count of '{thing}'; see the evidence.",
                       [f"a count of '{thing}'"])
    # most of a measure's words, as of a name's ('initiation' is not 'initial')
    if measured := " ".join(measured_thing(intent.text)):
        quoted = [(ev, quote) for ev, quote in quoted if _names(measured, f"{quote.text} {_printed_near(ev, quote)}")]
        if not quoted:
            return Refusal("no_figure", f"The papers found give no figure of '{measured}'; see the evidence.",
                           [f"a figure of '{measured}'"])
    if (as_at := counted_as_at(intent)) and not any(as_at & _figure_months(ev, quote) for ev, quote in quoted):
        named = " or ".join(f"{date(year, month, 1):%B %Y}" for year, month in sorted(as_at))
        return Refusal("no_date", f"The papers found give no count as at {named}; see the evidence for other "
                                  "months.", [f"a count as at {named}"])
    named_years = intent.years | years_in(intent.text)
    periods = periods_named(intent.text)
    # a month named may be a paper's ('the June 2014 progress report'): its figures are of a piece of its year
    # (or of a piece that names no year at all)
    of_the_year = (lambda ev, quote: not ev.years() or named_years & ev.years()) if intent.months else (
        lambda ev, quote: _of_the_periods(ev, quote, periods, named_years) if periods
        else named_years & _figure_years(ev, quote))
    if named_years and not any(of_the_year(ev, quote) for ev, quote in quoted):
        named = " or ".join([f"{year}/{(year + 1) % 100:02d}" for year in sorted(periods)]
                            or [str(year) for year in sorted(intent.years)])
        return Refusal("no_date", f"The papers found give no figure of the kind asked for about {named}; "
                                  "see the evidence for other years.", [f"a figure for {named}"])
    return None


def figure_refusals_by_part(intent: QuestionIntent, evidence: list[Evidence], home: str | None = None,
                            actions_at: Callable[[str, tuple[int, int]], list[str]] = lambda source, lines: [],
                            weight: TermWeight = uniform,
                            stated: list[str] | None = None) -> tuple[Refusal | None, list[Refusal]]:
    """:func:`figure_refusal` for a question asking several figures ('how many cases did it audit, and what share of
    plans had neglect as the main category?'): when the whole is refused but a part asking a figure is met by the
    quotes, the question is answered for that part and the other parts' refusals are returned to be said beside it;
    else the whole's refusal and nothing."""
    whole = figure_refusal(intent, evidence, home, actions_at, weight, stated)
    asked = [part for part in map(read_question, question_parts(intent.text)) if part.wants_quantity]
    if whole is None or len(asked) < 2:
        return whole, []
    unmet = [figure_refusal(part, evidence, home, actions_at, weight, stated) for part in asked]
    return (whole, []) if all(unmet) else (None, [refused for refused in unmet if refused is not None])


def _venue(name: str, question: str) -> bool:
    """Whether the question names ``name`` as where something was taken ('the review went to the LSCB', 'reported
    to the Cabinet') or the paper it is read in ('in the December 2013 CYPP update', data/source_papers.txt): the
    body that heard a figure or the paper printing it, neither of which need be printed beside it."""
    papers = "|".join(sorted(word_list("source_papers")))
    in_paper = re.compile(rf"\b(?:in|from|according to)\s+(?:the\s+)?(?:[\w'’/-]+\s+){{0,3}}{re.escape(name)}"
                          rf"(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:{papers})\b", re.I)
    return any(_TAKEN_TO.search(question[:at.start()]) for at in re.finditer(re.escape(name), question)) \
        or in_paper.search(question) is not None


def _names(name: str, text: str, weight: TermWeight = uniform) -> bool:
    """Whether ``text`` names ``name``: more than NAME_WORDS_SHARED of its words, weighed by ``weight`` ('funding'
    alone does not name the 'Controlling Migration Fund', nor 'matches' the 'Talent Match'), or its acronym; an
    acronym, by itself or spelt out ('LSCB' over the 'RLSCB Budget' or the 'Local Safeguarding Children Board')."""
    if is_acronym(name):   # 'the LSCB budget' over a row of the 'RLSCB Budget' or the Local Safeguarding ...
        return acronym_printed(name, text)
    words = keywords(name)
    return (sum(weight(word) for word in words & keywords(text)) > NAME_WORDS_SHARED * sum(map(weight, words))
            or bool(initials(name)) and acronym_printed(initials(name), text))


def _reported_to(body: str, ev: Evidence) -> bool:
    """Whether a piece is of a meeting of the body a question names ('what figure did the panel hear for X',
    'according to the Fostering Panel's minutes'): where a figure was reported, not what it is of."""
    return bool(ev.context.meeting) and _names(body, ev.context.meeting["body"])


def _figure_years(ev: Evidence, quote: Quote) -> set[int]:
    """The years a quoted figure is of: those printed in its dating row (:func:`_dating_row`), else the year of its
    paper; for an item of a list dated only by an earlier item ('- a visit to Portugal in April, 2014' over '- 6
    young people had volunteered at the Rotherham Show'), that item's years or its paper's: an item may be of the
    list's period or tell of another time."""
    paper = {int(ev.date[:4])} if ev.date else set()
    if (row := _dating_row(ev, quote)) is not None:
        sibling = row != quote.text and bool(_LIST_MARK.match(row)) and bool(_LIST_MARK.match(quote.text))
        return years_in(row) | paper if sibling else years_in(row)
    return paper


def _figure_months(ev: Evidence, quote: Quote) -> set[tuple[int, int]]:
    """The months a quoted count is as at: those printed in the quote, else in the last row before it printing a
    month ('at the end of July there were 442 children in care'), a month without its year being of the quote's
    or its paper's year; else its paper's month."""
    year = next(iter(sorted(years_in(quote.text))), None) or (int(ev.date[:4]) if ev.date else None)
    if printed := months_printed(quote.text, year):
        return printed
    rows = sorted(((lines, row) for piece in (ev.preceding, ev.chunk, ev.following) if piece is not None
                   for row, lines in piece.row_spans() if lines[0] < quote.lines[0]), key=lambda r: r[0])
    row = next((row for _, row in reversed(rows) if months_printed(row, year)), None)
    if row is not None:
        return months_printed(row, next(iter(sorted(years_in(row))), None) or year)
    return {(int(ev.date[:4]), int(ev.date[5:7]))} if ev.date else set()


def _dating_row(ev: Evidence, quote: Quote) -> str | None:
    """Where a quoted figure's year is printed: the quote itself, else the last row before it that prints a year
    ('In 2017, ... There had been more than 3,800 participants'); None when neither does."""
    if years_in(quote.text):
        return quote.text
    rows = sorted(((lines, row) for piece in (ev.preceding, ev.chunk, ev.following) if piece is not None
                   for row, lines in piece.row_spans() if lines[0] < quote.lines[0]), key=lambda r: r[0])
    return next((row for _, row in reversed(rows) if years_in(row)), None)


def _of_the_periods(ev: Evidence, quote: Quote, periods: set[int], years: set[int]) -> bool:
    """Whether a quoted figure is of a financial or school year the question names (``periods``: their first
    years): its dating row's year ranges matched as wholes ('2015/16' is not of 2016/17), else its years."""
    if periods & periods_named(_columns_header(ev, quote)):
        return True   # a row of columns ('36% 34% 12%') is of each year its table's header prints
    row = _dating_row(ev, quote)
    if row is not None and periods_named(row):
        return bool(periods & periods_named(row))
    return bool(years & _figure_years(ev, quote))


def _columns_header(ev: Evidence, quote: Quote) -> str:
    """For a quoted row ending in several figures side by side (a table's columns: 'completed within 20 working days
    ↑ 36% 34% 12%'), the short rows printed above it back to the paragraph before, joined (the table's header, its
    years perhaps cut over rows: '2014/' '2015'); '' for any other quote."""
    if not _COLUMNS.search(quote.text):
        return ""
    rows = sorted(((lines, row) for piece in (ev.preceding, ev.chunk) if piece is not None
                   for row, lines in piece.row_spans() if lines[0] < quote.lines[0]), key=lambda r: r[0])
    header: list[str] = []
    for _, row in reversed(rows):
        if len(row.strip()) > HEADER_ROW_CHARS:
            break
        header.insert(0, row.strip())
    return " ".join(header)


def _heading(ev: Evidence) -> str:
    """What a piece is filed under: its item's title ('HEALTH PROFILES 2013'), its paper's titles and its node's own
    title (an action's wording, over every figure of the action's row), which name the subject of every figure
    printed in it."""
    return " ".join([ev.context.item["title"] if ev.context.item else "", *ev.context.documents, ev.chunk.title])


def _printed_near(ev: Evidence, quote: Quote, reach: int = NEAR_LINES) -> str:
    """The rows printed within ``reach`` lines of a quote of ``ev`` (in its piece or those either side): where a
    figure's subject is named, not a neighbouring row's."""
    near = (quote.lines[0] - reach, quote.lines[1] + reach)
    return " ".join(row for piece in (ev.preceding, ev.chunk, ev.following) if piece is not None
                    for row, lines in piece.row_spans() if overlaps(lines, near))


def outcome_refusal(intent: QuestionIntent, evidence: list[Evidence], home: str | None = None,
                    pack_dates: dict[str, str] | None = None, weight: TermWeight = uniform) -> Refusal | None:
    """For a question asking how something turned out, a refusal (no_answer_kind) when every sentence of the
    evidence about it (naming the most particular of what the question names, by ``weight``, in the sentence or
    the heading it is filed under, and sharing OUTCOME_WORDS_SHARED of its words besides dates) speaks of it
    as still to happen, or is of a paper dated before the month the question says it turned out: the papers were
    written before its outcome."""
    if not _ASKS_OUTCOME.search(intent.text):
        return None
    names = [name for name in names_in(intent.text) if name.lower() != home]
    what = ", ".join(f"'{name}'" for name in names) or "what the question asks about"
    if len(names) > 1 and evidence and not any(all(_names(name, f"{_heading(ev)} {ev.text}") for name in names)
                                               for ev in evidence):
        # the outcome of one thing's dealings with another ('Ofsted's inspection of the Harbour School'): a piece must
        # speak of both, else the nearest text about either is no outcome of it
        return Refusal("not_with_name", f"No piece found speaks of {what} together; the papers found do not say how "
                                        "it turned out.", [f"a piece speaking of {what} together"])
    # the most particular name is what the outcome is of ('a visit to Portugal' of the council's, not the council)
    subject = max(names, key=lambda name: _mean_weight(name, weight), default=None)
    asked = keywords(intent.text) - _date_words(intent.text)   # a date shared says when, not what
    about = [(ev, quote.text) for ev in evidence for quote in sentences(ev.chunk)
             if (not subject or _names(subject, f"{_heading(ev)} {quote.text}", weight))
             and len(asked & keywords(quote.text)) >= (OUTCOME_WORDS_SHARED - 1 if subject and _names(
                 subject, quote.text, weight) else OUTCOME_WORDS_SHARED)]   # the name itself says what it is of
    if about and _all_dated_before(intent, [ev for ev, _ in about], pack_dates or {}):
        when = min(intent.months)
        return Refusal("no_answer_kind", f"The papers speaking of {what} are dated before "
                                         f"{date(when[0], when[1], 1):%B %Y}, when the question says it turned out; "
                                         "they do not say how it did.", [f"the outcome of {what}"])
    if not about or not all(_still_to_come(ev, text, pack_dates or {}) for ev, text in about):
        return None
    return Refusal("no_answer_kind", f"The papers speak of {what} only as still to happen; they do not say how it "
                                     "turned out.", [f"the outcome of {what}"])


def _mean_weight(name: str, weight: TermWeight) -> float:
    """How particular a name is: the mean rarity of its words ('Portugal' over 'Looked After Children's Council')."""
    words = keywords(name)
    return sum(map(weight, words)) / len(words) if words else 0.0


def _still_to_come(ev: Evidence, sentence: str, pack_dates: dict[str, str]) -> bool:
    """Whether a sentence speaks of something as still to happen: said so ('would take place', 'is to be'), or dated
    to a month after its paper's (its meeting's date, else its pack's): 'In preparation for a visit in April 2014'
    in minutes of November 2013."""
    written = ev.date or pack_dates.get(ev.source)
    return bool(_NOT_YET.search(sentence)) or bool(written) and any(
        month > year_month(written) for month in months_named(sentence))


def _date_words(text: str) -> frozenset[str]:
    """The words of ``text`` that date something (month names, years, days): a sentence sharing them with a question
    is of the same time, not about the same thing."""
    return keywords(" ".join(re.findall(rf"\b(?:{'|'.join(MONTHS)}|\d+(?:st|nd|rd|th)?)\b", text, re.I)))


def _all_dated_before(intent: QuestionIntent, evidence: list[Evidence], pack_dates: dict[str, str]) -> bool:
    """Whether every piece is dated (its meeting's or paper's date, else its pack's: the latest meeting of its file)
    before the first month the question names: papers written before an outcome was announced cannot give it."""
    if not intent.months:
        return False
    first = min(intent.months)
    dates = [ev.date or pack_dates.get(ev.source) for ev in evidence]
    return all(when and year_month(when) < first for when in dates)


def _pack_dates(meetings: list[dict[str, Any]]) -> dict[str, str]:
    """The date of each file's pack: its latest meeting's (an agenda pack's papers are written before it)."""
    dates: dict[str, str] = {}
    for m in meetings:
        if m.get("source") and m["date"] > dates.get(m["source"], ""):
            dates[m["source"]] = m["date"]
    return dates


def year_refusal(intent: QuestionIntent, evidence: list[Evidence]) -> Refusal | None:
    """For a question naming years (not months: a dated meeting is checked as such), a refusal (no_date) when no
    piece found speaks of any of them, by its date or its text ('Who replaced the director in 2019?' answered
    from papers of 2016-2018). A figure's year is checked by :func:`figure_refusal`."""
    if not intent.years or intent.months or intent.wants_quantity or not evidence:
        return None
    named = intent.years | periods_named(intent.text)
    if any(named & ev.years() for ev in evidence):
        return None
    listed = " or ".join(map(str, sorted(intent.years)))
    return Refusal("no_date", f"The papers found do not speak of {listed}; see the evidence for other years.",
                   [f"papers speaking of {listed}"])


def lower_case_names(question: str, text: StoreText) -> list[str]:
    """The names a question writes in lower case that the papers print capitalised ('what did the board agree about
    the youth parliament budget?' names the 'Youth Parliament'), the longest first and none inside another; not a
    post ('the designated nurse') nor one word alone."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Za-z][\w'’-]*", question)]
    found: list[tuple[int, int]] = []
    for size in range(NAME_PART_WORDS, 1, -1):
        for at in range(len(words) - size + 1):
            run = words[at:at + size]
            start, end = run[0][0], run[-1][1]
            if (all(word[0].islower() for *_, word in run) and not any(a < end and start < b for a, b in found)
                    and not {run[0][2].lower(), run[-1][2].lower()} & word_list("function_words")
                    and text.prints_as_a_name(phrase := question[start:end]) and not _is_a_role(phrase)):
                found.append((start, end))
    return [question[a:b] for a, b in sorted(found)]


def attendance_of(meetings: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """Who the graph says chaired, attended or sent apologies to each meeting (by body and date), as one text: a
    piece of the meeting's minutes speaks of them ('Councillor Lakin's partnership' is the one she chaired)."""
    said: dict[tuple[str, str], list[str]] = {}
    for m in meetings:
        said.setdefault((m["body"], m["date"]), []).extend(
            [m.get("chair") or "", *(m.get("present") or []), *(m.get("apologies") or [])])
    return {key: " ".join(filter(None, names)) for key, names in said.items()}


def unnamed_in_evidence(intent: QuestionIntent, evidence: list[Evidence], home: str | None = None,
                        weight: TermWeight = uniform, lower_case: list[str] | None = None,
                        store: StoreText | None = None,
                        attendance: dict[tuple[str, str], str] | None = None,
                        pieces_of: Callable[[str], list[Chunk]] = lambda node: []) -> Refusal | None:
    """A refusal (not_with_name) when the question names something (a person, place, organisation or group other
    than the home council's place, not a post) that no piece found speaks of, in its text, its meeting's, item's
    or paper's name or the people the graph gives it (who presented the item, who leads the action): more than
    half its words, weighed by their rarity (``weight``), printed there ('Who is the designated doctor in
    Northport?' answered with the home council's doctor from papers that mention Northport elsewhere; 'Wath
    Comprehensive School' is not any comprehensive school), or a person printed as papers print people ('Ms Orme',
    'J. Orme' for Jane Orme: :func:`person_said`, ``store`` telling whose surname it is); ``lower_case``: names the
    question writes in lower case (:func:`lower_case_names`); ``attendance``: who chaired, attended or sent apologies
    to each meeting (:func:`attendance_of`), whom a piece of its minutes speaks of too; ``pieces_of``: the pieces of
    a node (a minute item, a paper, a plan): a person printed in any piece of an item, paper or plan found (its
    cover sheet's author, the officer introducing the item) is its person, not one only missing from the pieces
    found; a place or organisation must be in the piece itself ('Barnsley' in a table of a paper about Rotherham)."""
    if not evidence:
        return None
    printed = _printed_texts(evidence, attendance)
    nodes: list[str] | None = None   # the whole text of each node found, read only for a name the pieces miss
    for name, words in _asked_names([*names_in(intent.text), *(lower_case or [])], home):
        if _speaks_of(name, words, printed, weight, store):
            continue
        if nodes is None:
            nodes = [" ".join(piece.text for piece in pieces_of(node))
                     for node in dict.fromkeys(ev.chunk.node for ev in evidence)]
        if not any(person_or_titled_said(name, f" {normal_words(text)} ", store) for text in nodes):
            return Refusal("not_with_name", f"No piece found for this question speaks of '{name}'; the papers "
                                            f"mention it only elsewhere.", [f"a piece speaking of '{name}'"])
    return None


def _asked_names(names: list[str], home: str | None) -> list[tuple[str, frozenset[str]]]:
    """Of the names a question gives, those a piece must speak of, each with the words weighed for it: not a post nor
    the home council's place; an acronym may be printed only spelt out ('CAMHS', 'KPIs'), so only words are weighed,
    and a title before a name ('Mrs', 'Cllr') is printed otherwise or not at all."""
    asked = []
    for name in map(_without_post, names):
        spelt = " ".join(word for word in name.split() if not word.isupper() and not is_acronym(word)
                         and word.strip(".").lower() not in word_list("honorifics"))
        if not _is_a_role(name) and name.lower() != home and (words := keywords(spelt)):
            asked.append((name, words))
    return asked


def _without_post(name: str) -> str:
    """A run naming a person after their post ('Strategic Director Joyce Thacker') read as the person's name: the
    words after its last role word, when they open with a name's word (not 'of' in 'Director of Public Health')."""
    words = name.split()
    last = max((at for at, word in enumerate(words) if _is_a_role(word)), default=-1)
    rest = words[last + 1:]
    return " ".join(rest) if last >= 0 and rest and rest[0][0].isupper() else name


def _printed_texts(evidence: list[Evidence], attendance: dict[tuple[str, str], str] | None) -> list[str]:
    """What each piece says of the names in it: its text, what it is filed under, its meeting's body and who attended
    that meeting, and the people the graph says presented or lead it."""
    meeting = [ev.context.meeting or {} for ev in evidence]
    return [" ".join([ev.text, _heading(ev), m.get("body", ""),
                      (attendance or {}).get((m.get("body", ""), m.get("date", "")), ""), *ev.context.people])
            for ev, m in zip(evidence, meeting)]


def with_named_pieces(evidence: list[Evidence], ranked: list[Evidence], reach: int,
                      home: str | None = None, weight: TermWeight = uniform, lower_case: list[str] | None = None,
                      store: StoreText | None = None,
                      attendance: dict[tuple[str, str], str] | None = None) -> list[Evidence]:
    """The evidence with, for each name the question writes in lower case (``lower_case``: a topic to the asker, a
    team or a service to the papers) that no piece of it speaks of, the best of the first ``reach`` ranked pieces
    that does (most of its words first) and is of a paper one of the evidence's pieces is of, in the last place: the
    search found the paper but not the part of it about that name ('the edge of care team' in a strategy whose other
    strands ranked higher). A capitalised name (a place, another council's body) printed only elsewhere, even in a
    table of a paper found, is left to :func:`unnamed_in_evidence` to refuse."""
    if not evidence or not lower_case:
        return evidence
    papers = {paper for ev in evidence for paper in ev.context.documents}
    chosen, slot = list(evidence), len(evidence) - 1   # promoted pieces take the last places, one each
    for name, words in _asked_names(lower_case, home):
        if slot < 1 or _speaks_of(name, words, _printed_texts(chosen, attendance), weight, store):
            continue
        speaking = [ev for ev in ranked[:reach] if ev not in chosen and papers & set(ev.context.documents)
                    and _speaks_of(name, words, _printed_texts([ev], attendance), weight, store)]
        if speaking:   # the one saying most of the name ('edge of care team', not an 'edge of care' aside), then rank
            chosen[slot] = max(speaking, key=lambda ev: _share_spoken(words, _printed_texts([ev], attendance)[0],
                                                                      weight))
            slot -= 1
    return chosen


def _speaks_of(name: str, words: frozenset[str], texts: list[str], weight: TermWeight,
               store: StoreText | None) -> bool:
    """Whether one of ``texts`` speaks of ``name`` (its keywords ``words``): more than NAME_WORDS_SHARED of its
    words by weight, or a person printed as papers print people (:func:`person_said`)."""
    return any(_share_spoken(words, text, weight) > NAME_WORDS_SHARED for text in texts) or any(
        person_said(name, f" {normal_words(text)} ", store) for text in texts)


def _share_spoken(words: frozenset[str], text: str, weight: TermWeight) -> float:
    """The share of a name's words (``words``), by weight, that ``text`` says."""
    said = keywords(text)
    return sum(weight(word) for word in words if _spoken(word, said)) / (sum(map(weight, words)) or 1.0)


def post_refusal(intent: QuestionIntent, evidence: list[Evidence], home: str | None = None,
                 weight: TermWeight = uniform) -> Refusal | None:
    """For 'who is the <post> of <a name>' ('Who is the headteacher of Eastfield School?'; not of a paper or a plan's
    part, data/written_things.txt, whose cover sheet or rows say), a refusal (no_answer_kind) when no row of the evidence printing the post (one of its role words, however spaced: 'head teacher') has the
    name within NEAR_LINES of it or over it (its item's, paper's or meeting's name): the papers that mention the
    place and the rows naming other places' post-holders do not say who holds the post there."""
    asked = _ASKS_POST_AT.match(intent.text)
    if not asked or not evidence:
        return None
    roles = word_list("role_words")
    posts = [word.lower() for word in asked["post"].split() if word.lower().removesuffix("s") in roles]
    names = [name for name in names_in(asked["at"]) if name.lower() != home and not _is_a_role(name)
             and not names_a_council(name)]      # a council's papers name its officers without its own name
    written = quoted_phrases(asked["at"]) or word_list("written_things") & {
        word.lower().removesuffix("s") for word in re.findall(r"[\w'’-]+", f"{asked['post']} {asked['at']}")}
    if not names or written or asked["post"].split()[-1].lower().removesuffix("s") not in roles:
        return None   # a post at a place or organisation, not the lead or author of a paper or a plan's priority

    def prints_post(row: str) -> bool:
        squeezed = re.sub(r"[\s-]+", "", row.lower())
        return any(post in squeezed for post in posts)

    for ev in evidence:
        over = f"{_heading(ev)} {ev.context.meeting['body'] if ev.context.meeting else ''}"
        for row, lines in ev.chunk.row_spans():   # rows, not sentences: a roster's rows end with no full stop
            if prints_post(row) and all(_names(name, f"{over} {_printed_near(ev, Quote(row, lines), POST_LINES)}",
                                               weight) for name in names):
                return None
    post, at = asked["post"], " and ".join(f"'{name}'" for name in names)
    return Refusal("no_answer_kind", f"No piece found names the {post} of {at}; the papers found mention "
                                     f"{'it' if len(names) == 1 else 'them'} but not who holds that post there.",
                   [f"the {post} of {at}"])


def _spoken(word: str, said: frozenset[str]) -> bool:
    """Whether a word of a name (a stem) is among the words (stems) a piece says, perhaps misspelt by one slip
    ('Lifes'), or with a stray plural 's' ('Childrens' stems to 'children', which stems to the 'child' said)."""
    return word in said or len(word) >= MISSPELT_MIN and (
        any(one_slip(word.lower(), other) for other in said) or bool(keywords(word) & said))


def _is_a_role(name: str) -> bool:
    """Whether a capitalised run names a post ('Chief Executive', 'Deputy Strategic Director'): a role word in it."""
    return any(word.lower().removesuffix("s") in word_list("role_words") for word in name.split())


def titled_with_the_month(intent: QuestionIntent, evidence: list[Evidence]) -> bool:
    """Whether the months (or days) the question names are all those of the titles of decided items it asks about
    (most of their titles said: 'the performance report - July 2016', 'minutes of the previous meeting held on
    12th December'), not of a meeting: a month named besides ('the July 2016 report, in August 2016') dates the
    meeting."""
    asked = keywords(intent.text)   # the item the question asks about: most of its title said
    titles = [title for ev in evidence if ev.context.item and ev.context.resolutions
              and len(keywords(title := ev.context.item["title"]) & asked) > TITLE_WORDS_SAID * len(keywords(title))]
    titled_months = set().union(*(months_named(title) for title in titles))
    titled_days = set().union(*(days_named(title) for title in titles))
    titled_bare = {month for _, month in titled_months} & intent.bare_months   # 'the July performance report'
    return bool(intent.months & titled_months or intent.days & titled_days or titled_bare) \
        and intent.months <= titled_months and intent.bare_months <= {month for _, month in titled_months}


def dated_in_the_papers(intent: QuestionIntent, evidence: list[Evidence]) -> bool:
    """For a 'when' question asking about the month it names (not reckoning from it), whether a piece found prints
    a date of that month: a meeting the store holds no papers of is dated by those that mention it ('the
    minutes of the board held on 14th June, 2013 were noted')."""
    return (intent.wants_date and not reckons_from_a_date(intent.text)
            and any(intent.months & months_named(ev.text) for ev in evidence))


def unheld_meeting(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]]) -> Unmet | None:
    """The meeting a question dates when the store does not hold it: the minutes, for what was decided (unless
    the month is that of a decided item's title) or who attended; any papers of it, for who chaired (an agenda
    prints its body's chair) or a question about the meeting itself (unless a decided item's title or, for a
    'when' question, a piece found prints its date); for when a body met or who attended it, any meeting papers of
    the body it names in full."""
    if (intent.wants_meeting_dates or intent.wants_attendance) and (body := body_never_met(intent.text, meetings)):
        return _meetings_unheld(intent, body, evidence)
    if intent.wants_decision and not titled_with_the_month(intent, evidence) or intent.wants_attendance:
        if not intent.wants_decision and reported_meeting(intent, evidence, _ASKS_ATTENDANCE):
            return None   # who attended or sent apologies, said of it in a later meeting's minutes
        # who chairs a body is printed on its agenda's membership list too; who attended only in minutes
        return missing_meeting(intent, meetings, minutes_only=not _ASKS_CHAIR_ONLY.search(intent.text)
                               or intent.wants_decision or bool(_ASKS_ATTENDANCE.search(intent.text)))
    if intent.speaks_of_a_meeting and not dated_in_the_papers(intent, evidence) and not titled_with_the_month(
            intent, evidence):   # a question about a meeting itself: the meeting it dates must be held
        return missing_meeting(intent, meetings, minutes_only=False)
    return None


def reported_meeting(intent: QuestionIntent, evidence: list[Evidence], said: re.Pattern[str]) -> bool:
    """Whether a sentence of a piece found prints a date of the month the question dates a meeting to (and of the
    day, when it names one) with what it asks of that meeting (``said``: who attended or sent apologies), in a piece
    of the papers of the body it names by kind, if any: a meeting the store holds no papers of, reported in a later
    one's minutes ('the minutes of the meeting held on 12th December, 2017 ... the addition of Councillor Pitchley to
    the list of Members who had given their apologies'). A meeting only scheduled ('the next meeting: Tuesday 29
    November 2016') reports nothing of what it did."""
    for ev in evidence:
        if intent.body_words and not (ev.context.meeting and intent.names_body(ev.context.meeting["body"])):
            continue
        if any(intent.months & months_named(quote.text) and (not intent.days or intent.days & days_named(quote.text))
               and said.search(quote.text) for quote in sentences(ev.chunk)):
            return True
    return False


def _dates_the_day(intent: QuestionIntent, text: str) -> bool:
    """Whether ``text`` prints a day the question names, of the month and year it names ('22 January 2019')."""
    return bool(intent.days & days_named(text)) and (not intent.months or bool(intent.months & months_named(text)))


def _meetings_unheld(intent: QuestionIntent, body: str, evidence: list[Evidence]) -> Unmet | None:
    """For when a body met or meets next, or who attended it, a body the store holds no meeting papers of: unmet
    (no_meeting), unless for the dates a row of the evidence prints the body's name, a meeting and a date ('the
    Health and Wellbeing Board will next meet on 4 June 2014'), or for a question dating the meeting to a day a
    piece prints the body's whole name and that day (a work programme or action tracker of the body's meetings)."""
    if not intent.wants_attendance and any(_names(body, row) and _MEETS.search(row) and gives_date(row)
                                           for ev in evidence for row, _ in ev.chunk.row_spans()):
        return None
    if intent.days and any(f" {normal_words(body)} " in f" {normal_words(ev.chunk.text)} "
                           and _dates_the_day(intent, ev.chunk.text) for ev in evidence):
        return None   # a piece names the body and prints the very day asked: a record of that meeting (a tracker's)
    return Unmet("no_meeting", f"The store holds no papers of a meeting of the {body}; the papers found mention it "
                               "only in passing.", f"papers of a meeting of the {body}")
