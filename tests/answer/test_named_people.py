"""People a question names: who of the graph they are, which pieces print them, and the pieces added or lifted for
a question about someone the search ranks low, on invented papers; then on the bundled corpus, questions about
people printed once that were refused as not close or not speaking of them, and the near misses still refused."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from index.chunks import Chunk
from kg.answer.constraints import StoreText
from kg.answer.corpus import CorpusView
from kg.answer.named_people import NamedPerson, people_named, prints_person, with_people_pieces
from kg.config import AnswerConfig

ROWS = ["Members present: Jane Orme - Member, Headteacher, Northgate Primary School",
        "Mrs. Platt (Westford Carers Forum) for items on older people",
        "Troubled Families payments by results were claimed for 40 families."]
PAPERS = StoreText(ROWS)
PEOPLE = ("Jane Orme", "Mrs Platt", "Director of Children and Families")
CORPUS = CorpusView(text=PAPERS, people=PEOPLE)


@pytest.mark.parametrize(("question", "named"), [
    ("What post does Jane Orme hold?", [NamedPerson("Jane Orme", ("Jane Orme",))]),
    ("What post does J. Orme hold?", [NamedPerson("J Orme", ("Jane Orme",))]),
    ("Who is Ms Orme?", [NamedPerson("Ms Orme", ("Jane Orme",))]),
    ("What does Mrs Platt represent?", [NamedPerson("Mrs Platt", ())]),
    ("What did Troubled Families claim?", []),   # a programme, though a post of the graph ends in 'Families'
    ("What post does Peter Orme hold?", []),     # another given name: someone else
])
def test_the_people_a_question_names_are_the_graphs(question, named):
    assert people_named(question, CORPUS) == named


def test_a_person_asked_by_title_and_surname_is_printed_by_their_whole_name():
    asked = people_named("Who is Ms Orme?", CORPUS)[0]
    assert prints_person(asked, ROWS[0], PAPERS)
    assert not prints_person(asked, ROWS[1], PAPERS)
    assert prints_person(people_named("What does Mrs Platt represent?", CORPUS)[0], ROWS[1], PAPERS)


@dataclass
class _Hit:
    chunk: Chunk
    score: float


class _Index:
    """The index calls :func:`with_people_pieces` makes: BM25 over the pieces, and the search among those allowed."""

    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = chunks
        self.sparse = self

    def search(self, query: str, n: int = 10, k: int | None = None, filter: dict | None = None) -> list:
        if filter is None:   # the sparse search: (position, score) of every piece sharing a word
            return [(at, 1.0) for at, chunk in enumerate(self.chunks)
                    if set(query.lower().split()) & set(chunk.text.lower().split())][:n]
        return [_Hit(chunk, 0.1) for chunk in self.chunks if chunk.id in filter["id"]][:k]


def _piece(number: int, text: str) -> Chunk:
    return Chunk(f"c{number}", f"urn:n{number}", "paragraph", "", text, "papers.txt", (number, number))


def test_a_person_the_search_ranks_low_gets_the_pieces_printing_them():
    pieces = [_piece(i, f"Item {i}: the budget for school transport was noted.") for i in range(12)]
    pieces.append(_piece(12, ROWS[0]))
    hits = [_Hit(piece, 1.0 - i / 15) for i, piece in enumerate(pieces)]
    lifted = with_people_pieces("What post does Jane Orme hold?", hits, _Index(pieces), CORPUS, AnswerConfig())
    assert [hit.chunk.id for hit in lifted[:3]] == ["c0", "c1", "c12"]   # 0.9 of the best, from 0.2
    assert lifted[2].score == pytest.approx(0.9)


def test_the_pieces_printing_a_person_are_not_lifted_for_a_topic_they_never_speak_of():
    pieces = [_piece(i, f"Item {i}: the budget for school transport was noted.") for i in range(12)]
    pieces.append(_piece(12, ROWS[0]))
    hits = [_Hit(piece, 1.0 - i / 15) for i, piece in enumerate(pieces)]
    kept = with_people_pieces("What did Jane Orme say about exclusions from school?", hits, _Index(pieces), CORPUS,
                              AnswerConfig())
    assert [hit.chunk.id for hit in kept] == [hit.chunk.id for hit in hits]


@pytest.mark.parametrize(("question", "source", "line"), [
    ("Who is Kevin Wilson?", "rotherham-cypf-partnership-2014-01-15.txt", 355),
    ("What post does Steve Green hold?", "rotherham-cypf-partnership-2013-05-22.txt", 1866),
    ("What organisation does Mrs Clough represent on the Improving Lives Select Commission?",
     "rotherham-improving-lives-2018-03-13.txt", 54),
])
def test_a_question_about_someone_printed_once_is_answered_from_where_they_are_printed(built_kg, question, source,
                                                                                       line):
    answer = built_kg.ask(question, k=5).to_json()
    assert answer["answerable"]
    assert any(ev["source"] == source and ev["lines"][0] <= line <= ev["lines"][1] for ev in answer["evidence"][:3])


def test_someone_printed_only_elsewhere_is_still_refused_on_a_topic_they_never_speak_of(built_kg):
    answer = built_kg.ask("What did Kevin Wilson say about school exclusions?", k=5).to_json()
    assert not answer["answerable"]
    assert answer["abstain_reason"] == "not_with_name"
