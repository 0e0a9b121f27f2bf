"""Who holds a role a 'who' question names, read off the rows of the papers found: a cover sheet's labelled
fields ('Accountable Officer(s)' with the names on the rows after it, 'Lead Officer: A Name, Role') and a
name printed with its role ('Dr A Name, Designated Doctor LAC'); and who is of an organisation it names, read
off an attendance list's rows ('A Name – Member, Group Manager, Westford Fire and Rescue'). The graph knows a
paper's author; these rows name everyone else a paper gives a role to, with their lines."""
from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from functools import cache, lru_cache

from index.chunks import Chunk
from kg.answer.constraints import is_a_body_name, names_in
from kg.answer.context import ContextBuilder
from kg.answer.evidence import Evidence, cite
from kg.answer.facts import GraphFacts
from kg.answer.intent import QuestionIntent, word_list
from kg.answer.quotes import LABEL_ROWS, Quote, keywords, with_value
from kg.config import DEFAULT_CONFIG, AnswerConfig
from kg.sparql import select

_SEGMENT = re.compile(r"[,:;()\t]|\s[–-]\s")
_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?$")
_WORD = re.compile(r"[a-z]+(?:\(s\))?")
_NAME_PAIR = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+")
ROLE_WORDS_MAX = 5        # a role is a short phrase
ROLE_SHARE = 2 / 3        # of a role's words the question says
ROW_WORDS_MAX = 24        # a row naming a role holder is short; a sentence merely using the words is not
ORGANISATION_ROWS = 4     # an attendance list's entry runs over this many rows at most
# The row an attendance list's entry starts on: a person's name, then a dash ('A Name – Member')
_ENTRY_START = re.compile(r"^(?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+"
                          r"\s*[–-]\s")
TITLE_SHARE = 0.75        # of a paper's title words a question says when it names the paper
TITLE_WORDS_MIN = 2       # ... and at least this many ('the report' names none)
AUTHOR_ROLE = "report author"   # the role 'who wrote ...' asks for, as a cover sheet labels it
_TITLES = "SELECT ?paper ?title WHERE { ?paper a ckg:Paper ; dct:title ?title } ORDER BY ?paper"
_titles: weakref.WeakKeyDictionary[ContextBuilder, list[tuple[str, frozenset[str]]]] = weakref.WeakKeyDictionary()


@cache
def role_words() -> frozenset[str]:
    """The words of ``data/role_words.txt``, as printed (a stem would take 'management' for 'manager')."""
    return frozenset(word for entry in word_list("role_words") for word in _words(entry))


def _words(text: str) -> set[str]:
    """Lower-case words without a plural's 's' or '(s)': 'Officer(s)', 'officers' -> 'officer'."""
    return {w.removesuffix("(s)").removesuffix("s") for w in _WORD.findall(text.lower())}


def names_role(row: str, asked: frozenset[str], question_words: set[str]) -> bool:
    """Whether a short ``row`` prints a role the question (its keywords ``asked``, its words ``question_words``)
    names: a phrase of it with a role word the question says, most of its words said by the question, and a
    name ('A Name') besides those words."""
    if len(row.split()) > ROW_WORDS_MAX or not _words(row) & role_words() & question_words:
        return False
    for segment in _SEGMENT.split(row):
        words = [w for w in segment.split() if not _NUMBER.match(w)]
        stems = keywords(" ".join(words))
        if (0 < len(words) <= ROLE_WORDS_MAX and _words(segment) & role_words() & question_words
                and len(stems & asked) >= max(2, ROLE_SHARE * len(stems))):
            return True
    return False


def names_someone(text: str, question_words: set[str]) -> bool:
    """Whether ``text`` prints a name: two capitalised words neither of which is a role's or the question's."""
    return any(not (_words(pair) & (role_words() | question_words)) for pair in _NAME_PAIR.findall(text))


@lru_cache(maxsize=8192)
def _rows(piece: Chunk) -> tuple[tuple[Quote, frozenset[str]], ...]:
    """The piece's printed rows with their lines and the role words each prints; cached, as the same papers
    come back question after question."""
    return tuple((Quote(text.strip(), lines), frozenset(_words(text) & role_words()))
                 for text, lines in piece.row_spans() if text.strip())


def role_rows(question: str, pieces: list[Chunk]) -> list[tuple[Quote, Chunk]]:
    """The rows of ``pieces`` printing a role the question names (a label alone on its row with the rows of
    its value), each once, those sharing most words with the question first. Rows, not sentences: a cover
    sheet's fields end in no full stop."""
    asked, question_words = keywords(question), _words(question)
    roles_asked = role_words() & question_words
    found: list[tuple[Quote, Chunk]] = []
    for piece in pieces:
        rows = _rows(piece)
        for i, (row, roles) in enumerate(rows):
            if not roles & roles_asked or not names_role(row.text, asked, question_words) or any(
                    q.lines[0] <= row.lines[0] <= q.lines[1] for q, _ in found):
                continue
            quote = with_value(tuple(r for r, _ in rows[i:i + 1 + LABEL_ROWS]), 0)
            if names_someone(quote.text, question_words):
                found.append((quote, piece))
    # the row saying most of the question first: 'Accountable Officer(s) ... Deputy Strategic Director' before
    # 'Strategic Director Approving Submission' for the deputy strategic director named as accountable officer
    return sorted(found, key=lambda pair: -len(keywords(pair[0].text) & asked))


def organisation_rows(name: str, piece: Chunk, question_words: set[str]) -> list[Quote]:
    """The runs of at most ORGANISATION_ROWS rows of ``piece`` that print the organisation ``name`` (all its
    words, the last row completing it) and a person's name, from the row the entry starts on ('A Name – '): an
    attendance list's 'A Name – Member / Group Manager, Westford Fire / and Rescue'."""
    wanted = keywords(name)
    rows = [(Quote(text.strip(), lines), keywords(text)) for text, lines in piece.row_spans() if text.strip()]
    found: list[Quote] = []
    for i in range(len(rows)):
        window = rows[max(0, i - ORGANISATION_ROWS + 1):i + 1]
        printed = frozenset().union(*(words for _, words in window))
        before = frozenset().union(*(words for _, words in window[:-1]))
        if not wanted <= printed or wanted <= before:
            continue
        starts = [j for j, (row, _) in enumerate(window) if _ENTRY_START.match(row.text)]
        window = window[starts[-1]:] if starts else window   # from the row the entry starts on
        text = " ".join(row.text for row, _ in window)
        if names_someone(text, question_words | _words(name)):
            found.append(Quote(text, (window[0][0].lines[0], window[-1][0].lines[1])))
    return found


def organisation_facts(intent: QuestionIntent, evidence: list[Evidence], home: str | None = None,
                       config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """For a 'who' question naming an organisation (not a body that meets, nor a post, nor the home council's
    place: 'Who represented Westford Fire and Rescue at the board?'), the rows of the best pieces printing it
    with a person's name, at most ``config.role_rows``: '<rows> [file:lines]'."""
    facts = GraphFacts()
    if not intent.wants_person:
        return facts
    question_words = _words(intent.text)
    names = [name for name in names_in(intent.text) if name.lower() != home and not is_a_body_name(name)
             and not _words(name) & role_words()]
    for ev in evidence[:config.people_evidence] if names else []:
        for name in names:
            for quote in organisation_rows(name, ev.chunk, question_words):
                if len(facts.lines) < config.role_rows and (ev.source, quote.lines) not in facts.said:
                    facts.lines.append(f"{quote.text} {cite(ev.source, quote.lines)}")
                    facts.said.append((ev.source, quote.lines))
    return facts


def titled_papers(question: str, contexts: ContextBuilder) -> list[str]:
    """The papers of the graph whose title the question names ('who wrote the report on complex abuse processes'
    names 'Complex Abuse Processes'), most of the title's words said first (its years aside: 'the fostering
    service performance report' names the one of 2015-2016): a paper the search missed is still found by its name."""
    if contexts not in _titles:
        _titles[contexts] = [(row["paper"], frozenset(w for w in keywords(row["title"]) if not w[0].isdigit()))
                             for row in select(contexts.graph, _TITLES) if row["title"]]
    asked = keywords(question)
    named = [(len(words & asked) / len(words), paper) for paper, words in _titles[contexts]
             if len(words & asked) >= max(TITLE_WORDS_MIN, TITLE_SHARE * len(words))]
    return [paper for _, paper in sorted(named, key=lambda pair: -pair[0])]


def role_facts(intent: QuestionIntent, evidence: list[Evidence], contexts: ContextBuilder,
               chunks_of: Callable[[str], list[Chunk]], config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """For a 'who' question naming a role ('the accountable officers of the fostering report'), the rows
    of the best papers found that print it, with their lines: "'Fostering Service Performance Report':
    Accountable Officer(s) Mel Meggs, Deputy Strategic Director ... [file:lines]"."""
    facts = GraphFacts()
    if not intent.wants_person or intent.wants_attendance:
        return facts
    papers = [ev.chunk.node for ev in evidence[:config.people_evidence] if ev.context.kind == "paper"]
    asked = f"{intent.text} {AUTHOR_ROLE}" if intent.wants_author else intent.text
    # a paper's author is printed once on its cover; a question asking another role besides ('who wrote it, and who
    # are its accountable officers?') is given that role's rows too
    other_roles = role_words() & _words(intent.text) - _words(AUTHOR_ROLE)
    per_paper = 1 if intent.wants_author and not other_roles else config.role_rows
    for node in dict.fromkeys(titled_papers(intent.text, contexts) + papers):
        titles = contexts.describe(node).documents
        for quote, piece in role_rows(asked, chunks_of(node))[:min(per_paper, config.role_rows - len(facts.lines))]:
            label = f"'{titles[0][:100]}': " if titles else ""
            facts.lines.append(f"{label}{quote.text} {cite(piece.source, quote.lines)}")
            facts.cited.append((node, quote.lines, piece.source))
        if len(facts.lines) >= config.role_rows:
            break
    return facts
