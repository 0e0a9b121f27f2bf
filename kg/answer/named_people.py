"""The people a question names and the pieces printing them. A name's words are weak for the sentence model
('Steve Green' reads as a colour) and common for BM25, so a question about someone printed once in a membership
list ranks other people's rows first, or finds none of the pieces printing them; those pieces are what it asks
about, and a question naming a person the papers print is about the papers however far its wording is from theirs."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from index.hybrid import Hit, HybridIndex
from kg.answer.constraints import StoreText, names_in, normal_words, person_or_titled_said, person_said
from kg.answer.corpus import CorpusView
from kg.answer.intent import word_list
from kg.answer.quotes import TermWeight, keywords
from kg.config import AnswerConfig


@dataclass(frozen=True)
class NamedPerson:
    """A person a question names (``asked``: 'Ms Pyper') and the whole names of the graph's people it may be
    (``known``: 'Clair Pyper')."""

    asked: str
    known: tuple[str, ...]


def people_named(question: str, corpus: CorpusView) -> list[NamedPerson]:
    """The names the question gives that are people of the graph, read from the papers (``corpus.people``: 'Jane
    Orme', 'J. Orme' or 'Mrs Orme' for Jane Orme; not 'Troubled Families', printed as a programme's name)."""
    named = []
    for name in names_in(question):
        asked = _words(name)
        if len(name.split()) < 2 or not asked:   # a word alone ('CAMHS') names no one
            continue
        same = [(person, words) for person, words in _known(corpus.people) if _same_person(asked, words)]
        if same:
            named.append(NamedPerson(name, tuple(person for person, words in same if len(words) > 1)))
    return named


@cache
def _known(people: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Each person of the graph with the words of their name, worked out once per store."""
    return [(person, _words(person)) for person in people]


def _words(name: str) -> list[str]:
    """A name's words, lower-cased, without titles ('Mrs. J. Jones' gives ['j', 'jones'])."""
    return [word for word in normal_words(name).split() if word not in word_list("honorifics")]


def _same_person(asked: list[str], known: list[str]) -> bool:
    """Whether a name asked is a known person's: the same surname, and the same given name or its initial (or none
    asked: 'Mrs Orme')."""
    if not asked or not known or asked[-1] != known[-1]:
        return False
    return len(asked) == 1 or len(known) > 1 and (asked[0] == known[0] or asked[0][0] == known[0][0]
                                                  and min(len(asked[0]), len(known[0])) == 1)


def prints_person(person: NamedPerson, piece_text: str, text: StoreText) -> bool:
    """Whether a piece's text prints the person as papers print people, by the name asked or the whole name of the
    graph's person it is ('Ms Pyper' printed 'Clair Pyper')."""
    said = f" {normal_words(piece_text)} "
    return person_or_titled_said(person.asked, said, text) or any(person_said(known, said, text)
                                                                   for known in person.known)


def with_people_pieces(question: str, hits: list[Hit], index: HybridIndex, corpus: CorpusView,
                       config: AnswerConfig) -> list[Hit]:
    """``hits`` (best first) with, for each person the question names whom none of the best ``config.person_in_best``
    hits prints, the best ``config.person_pieces`` pieces printing them for the question, scored at least
    ``config.person_piece_score`` of the best hit (added when the search missed them). Only pieces speaking of the
    rest of the question (more than half its other words by rarity, in the piece or its title), or any when it asks
    only what the person is or does (data/person_asking_words.txt): someone printed in one row does not answer 'what
    did Jane Orme say about exclusions' when that row speaks of no exclusions."""
    people = people_named(question, corpus)
    if not people or corpus.text is None:
        return hits
    floor = max((hit.score for hit in hits), default=0.0) * config.person_piece_score
    asking = {word.lower() for phrase in word_list("person_asking_words") for word in keywords(phrase)}
    scored = {hit.chunk.id: hit for hit in hits}
    for person in people:
        if any(prints_person(person, hit.chunk.text, corpus.text) for hit in hits[:config.person_in_best]):
            continue   # the search ranks them high enough already
        named = " ".join([person.asked, *person.known])
        printing = {index.chunks[at].id for at, _ in index.sparse.search(named, config.person_pieces_read)
                    if prints_person(person, index.chunks[at].text, corpus.text)}
        rest = {word.lower() for word in keywords(question.replace(person.asked, " "))} - asking
        found = index.search(question, k=config.person_pieces, filter={"id": printing}) if printing else []
        for hit in found:
            if _speaks_of_rest(rest, f"{hit.chunk.title} {hit.chunk.text}", corpus.term_weight):
                held = scored.get(hit.chunk.id, hit)
                scored[hit.chunk.id] = replace(held, score=max(held.score, floor))
    return sorted(scored.values(), key=lambda hit: hit.score, reverse=True)


def _speaks_of_rest(rest: set[str], piece: str, weight: TermWeight) -> bool:
    """Whether a piece prints more than half of ``rest`` (the question's other words) by rarity; true of none."""
    total = sum(weight(word) for word in rest)
    said = {word.lower() for word in keywords(piece)}
    return not total or sum(weight(word) for word in rest if word in said) > total / 2
