"""What a question asks for: its intent, the dates and the body it names.

Cheap, rule-based reading of the question; it steers re-ranking ("what did X resolve" prefers
minute items with resolutions) and abstention (a decision asked for at a meeting whose minutes
the store does not hold cannot be answered).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import pairwise

from index.sparse import tokenize

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_NAMES = [month.capitalize() for month in MONTHS]
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+((?:19|20)\d\d)\b", re.I)
# Two months sharing the year printed after the second: 'between April and July 2016', 'April to July 2016'
_MONTH_PAIR_YEAR = re.compile(rf"\b{_MONTH}\s+(?:and|to|-|–)\s+{_MONTH},?\s+((?:19|20)\d\d)\b", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b", re.I)   # '8th of March' too
# A meeting's month named without its year or day, as people ask: 'who chaired the panel in September?', 'what did
# the LSCB decide in March?', 'at its March meeting': after a name, a body, a meeting or what a meeting does, at a
# clause's end (a month after other words is a report's or an event's: 'the review due in March', 'to do in April')
_MONTH_NAMES_RE = "(January|February|March|April|May|June|July|August|September|October|November|December)"
_BARE_MONTH = re.compile(
    r"(?:\b(?i:panel|partnership|commission|board|cabinet|committee|council|forum|meetings?|met|meets?|sat"
    r"|decided?|agreed?|resolved?|chaired|attended|discussed|considered|heard|presented)|\b[A-Z][\w'’-]*)"
    rf"\s+(?i:in|during|at)\s+{_MONTH_NAMES_RE}(?=\s*(?:[?,;.]|$))"
    rf"|\b(?i:its|their|the)\s+{_MONTH_NAMES_RE}\s+(?i:meeting)")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# The month a count is asked as at: 'at the end of July 2015', 'as at March 2014' (not 'in June 2014', which may be a
# progress report's month, nor a paper's or a meeting's: 'as at the June 2014 update')
_AS_AT_MONTH = re.compile(rf"\b(?:at the end of|as at|as of|by the end of)\s+{_MONTH},?\s+((?:19|20)\d\d)\b"
                          r"(?!\s+(?:[\w'’-]+\s+)?(?:reports?|updates?|meetings?|minutes|papers?|plans?|reviews?))", re.I)
# A month a figure is printed with: 'at the end of July', 'July 2016', not the word 'may'
_PRINTED_MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November"
                            r"|December)\b(?:,?\s+((?:19|20)\d\d))?")
# A meeting's year named without its month, as people ask: 'who chaired the panel in 2015?', 'the 2015 meeting of the
# partnership': after a name, a body, a meeting or what a meeting does, at a clause's end (as a bare month above)
_MEETING_YEAR = re.compile(
    r"(?:\b(?i:panel|partnership|commission|board|cabinet|committee|council|forum|body|meetings?|met|meets?|sat"
    r"|decided?|agreed?|resolved?|chaired|attended|discussed|considered|heard|presented)|\b[A-Z][\w'’-]*)"
    r"\s+(?i:in|during)\s+((?:19|20)\d\d)(?=\s*(?:[?,;.]|$))"
    r"|\b(?i:its|their|the)\s+((?:19|20)\d\d)\s+(?i:meetings?)\b")
# Dates printed otherwise than day, month and year in words: '27/09/2016', '2016-09-27', 'September 27, 2016'
_DAY_SLASH_MONTH_YEAR = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# A month cut short beside a day or a year ('14 Feb 2017', 'Sept. 2016', 'Oct 12'): not a word that happens to be one
_SHORT_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_SHORT_MONTH = re.compile(r"(?<=\d )(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=[\s,?]|$)"
                          r"|\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=,?\s+\d)", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
# A date the question reckons from, not one it asks about: 'after its 24 April 2018 meeting', 'since June 2014'
_ANCHOR_DATE = re.compile(rf"\b(?:after|since|following|before|until)\b[^?.;]{{0,40}}?\b{_MONTH}\b", re.I)

_DECISION = re.compile(r"\b(resolv\w*|decid\w*|decision\w*|agree\w*|conclu\w*|approv\w*|position)\b"
                       # what members or a body asked for is what their minutes resolved: 'what follow-up did members
                       # ask for', 'what did the Corporate Parenting Panel ask for'
                       r"|\b(?:members|councillors|the (?:[\w'’]+ ){0,4}?"
                       r"(?:panel|board|commission|committee|partnership|cabinet|forum))"
                       r"\b[^?]{0,30}\b(?:ask(?:ed)? for|call(?:ed)? for|request(?:ed)?)\b"
                       # how a body's discussion of an item turned out is what its minutes decided
                       r"|\b(?:outcomes?|results?) of (?:the |its |their )?(?:[\w'’,]+ ){0,8}?"
                       r"(?:discussions?|considerations?|debates?|deliberations?)\b"
                       # 'what was the outcome when the panel looked at X'
                       r"|\b(?:outcomes?|results?) (?:when|after)\b[^?]{0,60}\b(?:looked at|considered|discussed"
                       r"|debated|reviewed|examined)\b", re.I)
# 'who', or 'which' and a kind of person, perhaps after an organisation's name ('Which South Yorkshire Police officers')
_WHO = re.compile(r"\b(who|whom|whose|which (?:(?-i:[A-Z])[\w'’-]* ){0,4}(?:officers?|mps?|members?|councillors?"
                  r"|persons?|people|organisations?|senior|representatives?|staff))\b", re.I)
_WHO_FIRST = re.compile(r"\W*(?:who|whom)\b", re.I)
_JOINING = re.compile(r"^\W*(?:and|or|but)\s+", re.I)   # what joins a later part on: 'and who ...'
_ORGANISATION = re.compile(r"\b(which|what) (organisations?|providers?|agenc(?:y|ies)|partners?|charit(?:y|ies)|bod(?:y|ies))\b", re.I)
# A second question joined on: "who presented it, and when did the new model start?"
_NEXT_PART = re.compile(r"(?:,|\band\b|;)\s*(?:and\s+)?(?:who|whom|what|when|which|how|where|why|is|are|did|does|do|was|were|has|have)\b", re.I)
# Who chaired, attended or sent apologies: the meeting's attendance, as recorded
# 'present' as presence ('who was present at'), not the verb ('who was to present the item', 'present on X')
PRESENT_AS_PRESENCE = (r"(?<!\bto )present(?!\s+(?:the|a|an|this|that|these|those|his|her|their|its|on|about"
                       r"|to)\b)")
_ATTENDANCE = re.compile(rf"\b(chair(?:ed|s|ing|man|person)?|in the chair|{PRESENT_AS_PRESENCE}|attend\w*"
                         r"|apologi\w*)\b", re.I)
# 'Attendance' capitalised after another word is part of a post's or a service's name ('Head of Inclusion and
# Attendance'), not a question about who attended
_NAMED_ATTENDANCE = re.compile(r"(?<=\w )Attend\w*")
# A chair held as a post, not a meeting chaired: 'asked, as Health and Wellbeing Board chair, to sign', 'as chair of'
_AS_A_POST = re.compile(r"\bas\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for)\s+)?)*[Cc]hair(?:man|person)?\b")
# Who wrote a paper: its cover sheet's author, not whoever presented an item
_AUTHOR = re.compile(r"\b(wr[io]te|written|writing|authors?|authored|prepared|drafted|compiled)\b", re.I)
_WHEN = re.compile(r"\b(when|what (?:\w+ )?dates?|which (?:\w+ )?dates?)\b", re.I)
# "When was the next meeting?", "when did the following meeting take place?", "when is the board due to meet?"
_MEETING_DATES = re.compile(r"\b(?:next|following|subsequent|previous|last|latest|later|earlier)\s+(?:\w+\s+)?meetings?\b"
                            r"|\bmeetings?\b[^?.;]{0,30}\b(?:held|take place|took place)\b"
                            r"|\bwhen (?:did|does|do|will|is|are|was|were)\b[\w ]{0,40}\bmeet\b"
                            r"|\bdue to meet\b|\bmeets? (?:again|next)\b"
                            r"|\b(?:after|since)\s+(?:its|the|their)\b[^?.;]{0,30}\bmeeting\b"
                            r"|\bmeetings?\s+(?:after|following)\b|\bmeeting dates\b", re.I)
# A measure a question asks the value of: 'what was the total budget', 'what total cost', 'the average price'
_MEASURE = (r"(?:figures?|rates?|percentages?|numbers?|totals?|levels?|budgets?|costs?|amounts?|prices?|sums?|"
            r"averages?|salar(?:y|ies)|fees?)")
# The words naming what is measured, before the measure: 'the breastfeeding initiation', "Rotherham's overall"; a
# joining word ('the views of members on the rates') ends them
_MEASURED = r"(?:(?!(?:of|on|about|for|in|to|with|by|from)\b)[\w'’]+ ){0,4}"
_QUANTITY = re.compile(r"\b(how (?:many|much|long|often)|what (?:number|percentage|proportion|share)"
                       rf"|what (?:was|is|were|are) (?:the )?{_MEASURED}{_MEASURE}"
                       rf"|what (?:\w+ )?{_MEASURE} (?:was|were|is|are|has|have|had|did|does|will)\b"
                       rf"|what (?:total|overall|average|annual|combined|net|gross) (?:\w+ ){{0,2}}{_MEASURE}"
                       # the price of something asked by its verb: 'what does the new team cost each year?'
                       r"|what (?:does|did|do|will|would) [^?]{1,80}\bcost)\b", re.I)
# What a 'what was the X rate' question measures: the words before the measure
_MEASURED_THING = re.compile(rf"\bwhat (?:was|is|were|are) (?:the )?({_MEASURED}){_MEASURE}\b", re.I)
# What kind of figure answers it: an amount of money, a share, a length of time, or any number
_FIGURE_KINDS = [
    ("money", re.compile(r"\b(money|cost\w*|spen[dt]\w*|worth|budget\w*|fund\w*|rais\w*|pay\w*|paid|value|"
                         r"pric\w*|pounds|"
                         r"sav(?:e|ed|es|ing|ings)|efficienc\w*)\b|£", re.I)),
    ("share", re.compile(r"\b(percentage|proportion|share|rate)\b|%", re.I)),
    # 'how long', 'how many weeks': a length of time, perhaps written out ('every six weeks')
    ("duration", re.compile(r"\bhow long\b|\bhow many (?:working |calendar |school )?(?:days|weeks|months|years|hours)\b",
                            re.I)),
]
# A question about a meeting itself ("at its 5 November 2014 meeting", "when did the board meet")
_ABOUT_A_MEETING = re.compile(r"\b(meetings?|meet|met|agendas?)\b", re.I)
_REFERENCE = re.compile(r"\b(refer(?:s|red|ring)?|further to|arising from|earlier minutes?|minute chains?)\b", re.I)
# "Which actions were flagged red?", "marked complete (blue)": a RAG/BRAG status asked of a plan's actions
_STATUS_WORD = re.compile(r"\b(red|amber|green|blue)\b", re.I)
_PLAN_WORD = re.compile(r"\b(actions?|activit(?:y|ies)|milestones?|rated|flagged|marked|b?rag)\b", re.I)
_TRACE = re.compile(r"\b(trace|priority|priorities|milestone|actions?|target|lead)\b", re.I)
_ACTIONS = re.compile(r"\b(actions?|milestones?|activit(?:y|ies))\b", re.I)

# A year range as papers print a financial or school year: '2015/16', '2015-2016', '2017 – 18'
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[/–-]\s*((?:19|20)?\d\d)\b")
# What a question asks the value or name of: 'what salary ...', 'what was the weather ...', 'which football club ...'
_ASKED_THING = re.compile(r"^\W*(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:(?:the|a|an)\s+)?(.*)", re.I)
_COUNTED_THING = re.compile(r"\bhow many\s+(.*)", re.I)
# What a 'who' question asks someone did: 'who presented', 'who reported on', 'who leads'
_WHO_DID = re.compile(r"\bwho\s+(?:(?:is|was|are|were|will be|has been|had been)\s+)?([a-z]+)\b", re.I)
# A phrase between quotes of one style, which may hold quotes of another ('the ‘Our Town’ project'); an apostrophe
# inside a word ("children's", 'CCG’s') opens and closes none
_QUOTED = [re.compile(rf"(?<![\w'’]){opening}((?:[^{closing}{opening}]|(?<=\w)['’](?=\w))+){closing}(?!\w)")
           for opening, closing in (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"))]
_PHRASE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# One period a question names, with the word that ties it to the question: 'in 2014', 'by June 2014', 'for 2013/14'
_PERIOD_MENTION = re.compile(rf"(?:\b(?:in|during|for|by|from|of|at|between|and|to|compared with|than)\s+)?(?:the\s+)?"
                             rf"(?P<period>(?:19|20)\d\d\s*[/–-]\s*(?:19|20)?\d\d\b|{_MONTH}\s+(?:19|20)\d\d\b"
                             rf"|(?:19|20)\d\d\b)", re.I)
THING_WORDS_MAX = 3   # the phrase naming what is asked for is short: 'average house price', 'foster carers'

MIN_PART_WORDS = 3    # a later part searched on its own must say enough ("when was it due?" does not)
BODY_WORDS = ("panel", "partnership", "commission", "board", "cabinet", "committee", "council", "forum")


@dataclass
class QuestionIntent:
    text: str
    wants_decision: bool = False
    wants_person: bool = False
    wants_date: bool = False
    wants_organisation: bool = False  # "which organisations won the contracts?"
    wants_attendance: bool = False    # "who chaired the panel in September 2016?"
    wants_author: bool = False        # "who wrote the report?": a paper's authors
    wants_meeting_dates: bool = False  # "when was the next meeting?": the body's meetings, in date order
    parts: int = 1                    # questions in one: "who leads it, and when was it due?" has 2
    wants_trace: bool = False
    wants_actions: bool = False       # "what actions sit under the priority?": a plan's actions, listed
    wants_quantity: bool = False      # "how many", "how much": answered only by a figure
    figure_kind: str = "number"       # with wants_quantity: "money", "share", "duration" or "number"
    wants_references: bool = False    # "which minutes did it refer back to": the printed minute references
    statuses: set[str] = field(default_factory=set)   # RAG statuses asked of actions: {"Red"}, {"Blue"}
    years: set[int] = field(default_factory=set)
    periods: list[str] = field(default_factory=list)  # periods compared: 'in 2014 and in 2016'
    months: set[tuple[int, int]] = field(default_factory=set)       # (year, month)
    days: set[tuple[int, int]] = field(default_factory=set)         # (month, day) without a year
    bare_months: set[int] = field(default_factory=set)  # months named with neither year nor day: 'in September'
    meeting_years: set[int] = field(default_factory=set)  # a meeting's year without its month: 'the panel in 2015'
    body_words: set[str] = field(default_factory=set)

    @property
    def speaks_of_a_meeting(self) -> bool:
        """Whether the question speaks of a meeting itself ('at its 5 November 2014 meeting', 'when did it meet'), not
        inside a wording it quotes ("the action 'Implement the plan, meeting key deliverables'")."""
        return bool(_ABOUT_A_MEETING.search(unquoted(self.text)))

    @property
    def asks_of_a_meeting(self) -> bool:
        """Whether the question asks what happened at a meeting (a decision, who attended, when it met) rather than
        about a topic: then a month it names dates the meeting, not what the papers speak of."""
        return self.wants_decision or self.wants_attendance or self.wants_meeting_dates or self.speaks_of_a_meeting

    @property
    def names_a_meeting(self) -> bool:
        """True when the question pins a meeting down to a month (perhaps of any year), a day or only a year."""
        return bool(self.months or self.days or self.bare_months or self.meeting_years)

    def names_body(self, body: str) -> bool:
        """Whether the question names this body by one of its kind words ('the panel')."""
        lowered = body.lower()
        return any(word in lowered for word in self.body_words)


def bodies_named(question: str, bodies: list[str], share: float = 0.6) -> list[str]:
    """The bodies (of those given) a question names: most of a body's own words in it ('the Virtual School
    governing body'), else its kind word ('the panel'); empty when it names none."""
    asked = set(tokenize(question))
    wholly = [b for b in bodies if (words := set(tokenize(b))) and len(words & asked) >= share * len(words)]
    intent_words = {word for word in BODY_WORDS if re.search(rf"\b{word}\b", question.lower())}
    return wholly or [b for b in bodies if any(word in b.lower() for word in intent_words)]


def on_a_named_day(intent: QuestionIntent, iso_date: str) -> bool:
    """Whether a meeting held on ``iso_date`` is one the question dates (its month, its day and month, or its month
    of any year)."""
    return in_a_named_month(intent, iso_date) or (int(iso_date[5:7]), int(iso_date[8:10])) in intent.days


def in_a_named_month(intent: QuestionIntent, iso_date: str) -> bool:
    """Whether ``iso_date`` falls in a month the question names, with its year or without ('in September')."""
    return year_month(iso_date) in intent.months or int(iso_date[5:7]) in intent.bare_months


def year_month(iso_date: str) -> tuple[int, int]:
    """(year, month) of an ISO date: what a month named in a question is matched against."""
    return int(iso_date[:4]), int(iso_date[5:7])


def days_named(text: str) -> set[tuple[int, int]]:
    """The (month, day) pairs a text names: '12th December', '12 December 2017'."""
    return {(MONTHS[month.lower()], int(day)) for day, month in _DAY_MONTH.findall(text)}


def reckons_from_a_date(text: str) -> bool:
    """Whether the question's date is one it reckons from ('when is it due to meet after its 24 April 2018
    meeting?'), not the one it asks about ('when did it meet in June 2013?')."""
    return bool(_ANCHOR_DATE.search(text))


def months_named(text: str) -> set[tuple[int, int]]:
    """The (year, month) pairs a text names: 'June 2014', '11th June, 2014', both of 'April and July 2016'."""
    named = {(int(year), MONTHS[month.lower()]) for month, year in _MONTH_YEAR.findall(text)}
    for first, _, year in _MONTH_PAIR_YEAR.findall(text):
        named.add((int(year), MONTHS[first.lower()]))
    return named


def counted_as_at(intent: QuestionIntent) -> set[tuple[int, int]]:
    """The months a 'how many' question asks its count as at ('How many children were in care at the end of July
    2015?'): a count of another month does not answer it. None when the question names a body or a meeting, whose
    month dates the meeting that heard the figure."""
    if not _COUNTED_THING.search(intent.text) or intent.body_words or intent.speaks_of_a_meeting:
        return set()
    return {(int(year), MONTHS[month.lower()]) for month, year in _AS_AT_MONTH.findall(intent.text)}


def months_printed(text: str, year: int | None) -> set[tuple[int, int]]:
    """The (year, month) pairs ``text`` prints, a month printed without its year taken as of ``year`` (its paper's)
    when given; dates in figures ('31/03/2014') included."""
    text = spelled_dates(text)
    return {(int(printed) if printed else year, MONTHS[month.lower()])
            for month, printed in _PRINTED_MONTH.findall(text) if printed or year}


def meeting_years(text: str) -> set[int]:
    """The years a question dates a meeting by, without a month ('who chaired the panel in 2015?'): in a part of it
    asking what a meeting decided, who attended or the meeting itself ('What post did she hold on the board in
    2013, and when did she attend ...?' dates no meeting by 2013)."""
    return {int(a or b) for part in question_parts(text)
            if _DECISION.search(part) or _ATTENDANCE.search(part) or _ABOUT_A_MEETING.search(unquoted(part))
            for a, b in _MEETING_YEAR.findall(part)}


def quoted_phrases(text: str) -> list[str]:
    """The phrases of two words or more a question quotes ("the action 'Extend the journalist project'"): the name
    of what it asks about, as printed."""
    phrases = [phrase.strip() for pattern in _QUOTED for phrase in pattern.findall(text) if len(phrase.split()) >= 2]
    return [phrase for phrase in phrases if not any(phrase != other and phrase in other for other in phrases)]


def unquoted(text: str) -> str:
    """The question without the phrases it quotes (:func:`quoted_phrases`): its own words."""
    for phrase in quoted_phrases(text):
        text = text.replace(phrase, " ")
    return text


def later_parts(text: str) -> list[str]:
    """The questions joined on after the first ("..., and when did the new model start?"), which the
    first one's words drown when the whole is searched at once."""
    starts = [m.start() for m in _NEXT_PART.finditer(text)]
    parts = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)])]
    return [cleaned for part in parts if len(set(tokenize(cleaned := part.lstrip(",;").strip()))) >= MIN_PART_WORDS]


def compared_periods(text: str) -> list[str]:
    """The periods a question compares, as printed and each once, in the question's order: 'in 2014 and in 2016'
    gives ['2014', '2016'], '2013/14 compared with 2015/16' two financial years, 'in November 2013 and by June
    2014' two months; none when it names fewer than two."""
    periods = list(dict.fromkeys(" ".join(m["period"].split()) for m in _PERIOD_MENTION.finditer(text)))
    return periods if len({period.lower() for period in periods}) > 1 else []


def period_parts(text: str) -> list[str]:
    """The question once for each of the periods it compares (:func:`compared_periods`), the others cut out: the
    papers of each period are searched for apart, as the words both share would rank one period's above the
    other's."""
    if not compared_periods(text):
        return []
    mentions = list(_PERIOD_MENTION.finditer(text))
    return [" ".join(_PERIOD_MENTION.sub(lambda m, kept=kept: m[0] if m.start() == kept.start() else "", text).split())
            for kept in mentions]


def period_printed(period: str, text: str) -> bool:
    """Whether ``text`` prints ``period`` (one of :func:`compared_periods`): a financial year in any of its printed
    forms ('2013/14', '2013-2014', '2013 – 14'), a month with its year, a year."""
    if ranged := _YEAR_RANGE.fullmatch(period):
        first, second = ranged[1], ranged[2][-2:]
        return bool(re.search(rf"\b{first}\s*[/–-]\s*(?:{first[:2]})?{second}\b", text))
    return bool(re.search(rf"\b{re.escape(period)}\b", text, re.I))


def question_parts(text: str) -> list[str]:
    """Every question of a many-part one, the first included: "Who chaired the panel in September 2016, and
    what did it decide in October 2016?" gives two."""
    starts = [m.start() for m in _NEXT_PART.finditer(text)]
    bounds = [0, *starts, len(text)]
    return [part for a, b in pairwise(bounds) if (part := text[a:b].strip(" ,;")).strip("?")]


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of ``data/NAME.txt``, one a line, lower-cased, '#' comments aside."""
    text = files("kg.answer").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.split("#", 1)[0].strip().lower() for line in text.splitlines()) - {""}


@cache
def paraphrases() -> dict[str, tuple[str, ...]]:
    """``data/paraphrases.txt``: words people ask with, each with what papers print instead ('headway' ->
    'progress')."""
    text = files("kg.answer").joinpath("data", "paraphrases.txt").read_text(encoding="utf-8")
    pairs = [line.split("#", 1)[0].split("=", 1) for line in text.splitlines()]
    return {word.strip().lower(): tuple(other.strip().lower() for other in others.split(","))
            for word, others in (pair for pair in pairs if len(pair) == 2)}


def said_otherwise(phrase: str) -> list[str]:
    """What papers print for the words of ``phrase`` people ask with ('What shortcomings ...' gives 'weakness',
    'failing', ...), a plural's 's' aside; a line read both ways, as words of one sense each say the others ('What
    obstacles ...' gives 'hurdle' and its 'barrier', 'challenge')."""
    words = " ".join(word.lower().removesuffix("s") for word in phrase.split())

    def said(word: str) -> bool:
        return re.search(rf"\b{re.escape(word)}\b", words) is not None

    return [other for word, others in paraphrases().items() if said(word) or any(map(said, others))
            for other in [word, *others]]


def function_words() -> frozenset[str]:
    """The words of ``data/function_words.txt``: they end the phrase naming what a question asks for."""
    return word_list("function_words")


def asks_for_a_role_holder(text: str) -> bool:
    """Whether a 'which' question asks for a person by their role: 'Which strategic director approved it?'."""
    match = re.match(r"\W*which\s+(.*)", text, re.I)
    return bool(match) and any(word.lower().removesuffix("s") in word_list("role_words")
                               for word in _leading_phrase(match.group(1)))


def _leading_phrase(rest: str) -> list[str]:
    """The words at the front of ``rest`` up to the first function word (at most THING_WORDS_MAX)."""
    words = []
    for word in _PHRASE_WORD.findall(rest):
        if word.lower() in function_words() or len(words) == THING_WORDS_MAX:
            break
        words.append(word)
    return words


def asked_thing(text: str) -> list[str]:
    """The words naming what a 'what / which' question asks for: 'What salary does the director earn?' gives
    ['salary'], 'What was the weather like?' ['weather'], 'Which football club sponsored it?' ['football', 'club']."""
    match = _ASKED_THING.match(text)
    return _leading_phrase(match.group(1)) if match else []


def counted_thing(text: str) -> list[str]:
    """The words naming what a 'how many' question counts: 'How many staff work in the hub?' gives ['staff', 'work'],
    'How many foster carers were approved?' ['foster', 'carers']."""
    match = _COUNTED_THING.search(text)
    return _leading_phrase(match.group(1)) if match else []


def measured_thing(text: str) -> list[str]:
    """The common words before the measure a 'what was the X rate / figure / cost' question asks ("What was
    Rotherham's breastfeeding initiation rate?" gives ['breastfeeding', 'initiation']; a name is checked as such)."""
    match = _MEASURED_THING.search(text)
    return [word for word in match.group(1).split() if word.isalpha() and word.islower()] if match else []


def deed_asked(text: str) -> str | None:
    """The verb of a 'who' question, what the person asked for did ('Who presented the report?' gives
    'presented'); None for 'who is / was / did ...', which say nothing of it."""
    match = _WHO_DID.search(text)
    return match.group(1).lower() if match and match.group(1).lower() not in function_words() else None


def periods_named(text: str) -> set[int]:
    """The first years of the year ranges a text prints ('2015/16', '2015-2016' give 2015): a financial or school
    year is a period of its own, not either calendar year."""
    starts = set()
    for first, second in _YEAR_RANGE.findall(text):
        end = int(second) if len(second) == 4 else int(first[:2] + second)
        if end == int(first) + 1:
            starts.add(int(first))
    return starts


def spelled_dates(text: str) -> str:
    """The text with each date printed in figures, month first or with its month cut short ('27/09/2016',
    '2016-09-27', 'September 27, 2016', '27 Sept 2016') written as papers in this country print it ('27 September
    2016'), so that it is read and searched as one; a day and month that make no date are left as printed."""
    def spelled(day: str, month: str, year: str, printed: str) -> str:
        return f"{int(day)} {_MONTH_NAMES[int(month) - 1]} {year}" if 1 <= int(month) <= 12 and 1 <= int(day) <= 31 \
            else printed

    text = _SHORT_MONTH.sub(lambda m: _MONTH_NAMES[_SHORT_MONTHS.index((m[1] or m[2]).lower()[:3])], text)
    text = _ISO_DATE.sub(lambda m: spelled(m[3], m[2], m[1], m[0]), text)
    text = _DAY_SLASH_MONTH_YEAR.sub(lambda m: spelled(m[1], m[2], m[3], m[0]), text)
    return _MONTH_DAY_YEAR.sub(lambda m: f"{int(m[2])} {m[1]} {m[3]}", text)


def read_question(text: str) -> QuestionIntent:
    text = spelled_dates(text)
    intent = QuestionIntent(text)
    intent.wants_quantity = bool(_QUANTITY.search(text))
    # "How long did it take to approve adopters?" asks for a figure, not a decision
    # "Who approved the report?" asks for a person, not for what was decided
    # ... but a later part may ask it: "Who presented the report, and what was agreed?", "How many were open, and what
    # did members ask for?"
    intent.wants_decision = any(_DECISION.search(part) and not _WHO_FIRST.match(_JOINING.sub("", part))
                                and not _QUANTITY.search(part) for part in question_parts(text))
    intent.wants_person = bool(_WHO.search(text)) or asks_for_a_role_holder(text)
    intent.wants_date = bool(_WHEN.search(text))
    intent.wants_meeting_dates = intent.wants_date and bool(_MEETING_DATES.search(text))
    intent.wants_organisation = bool(_ORGANISATION.search(text))
    intent.wants_attendance = intent.wants_person and bool(_ATTENDANCE.search(
        _NAMED_ATTENDANCE.sub("", _AS_A_POST.sub("", text))))
    intent.wants_author = intent.wants_person and bool(_AUTHOR.search(text))
    intent.parts = 1 + len(_NEXT_PART.findall(text))
    intent.wants_trace = bool(_TRACE.search(text))
    intent.wants_actions = bool(_ACTIONS.search(text))
    intent.figure_kind = next((kind for kind, pattern in _FIGURE_KINDS if pattern.search(text)), "number")
    if intent.figure_kind == "money" and _COUNTED_THING.search(text):   # 'how many officers did it fund' counts
        intent.figure_kind = "number"
    intent.wants_references = bool(_REFERENCE.search(text))
    if _PLAN_WORD.search(text):
        intent.statuses = {word.capitalize() for word in _STATUS_WORD.findall(text)}
    for day, month, year in _DAY_MONTH_YEAR.findall(text):
        intent.months.add((int(year), MONTHS[month.lower()]))
        intent.days.add((MONTHS[month.lower()], int(day)))
    intent.months |= months_named(text)
    intent.days |= days_named(text)
    intent.bare_months = {MONTHS[(a or b).lower()] for a, b in _BARE_MONTH.findall(text)} - {
        month for _, month in intent.months} - {month for month, _ in intent.days}
    intent.years = {int(y) for y in _YEAR.findall(text)} | {y for y, _ in intent.months}
    intent.periods = compared_periods(text)
    if not (intent.months or intent.days or intent.bare_months):
        intent.meeting_years = meeting_years(text)
    lowered = text.lower()
    intent.body_words = {word for word in BODY_WORDS if re.search(rf"\b{word}\b", lowered)}
    return intent
