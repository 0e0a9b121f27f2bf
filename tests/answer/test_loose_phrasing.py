"""Readings of loosely phrased questions and of papers' wrapped dates: 'present' as the verb ('who was to present
the item') is not attendance, 'how did X go' asks an outcome papers written before it cannot give (their pack's
date when the piece has none), and a date whose year wraps onto the next row is quoted whole. Invented text."""
from __future__ import annotations

from index.chunks import Chunk
from kg.answer.abstain import outcome_refusal, refusal
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import read_question
from kg.answer.quotes import sentences


def _piece(text: str, lines: tuple[int, int], date: str | None = None, source: str = "pack.txt") -> Evidence:
    rows = tuple((lines[0] + i, lines[0] + i) for i in range(text.count("\n") + 1))
    return Evidence(Chunk("c", "urn:n", "paper", "", text, source, lines, date, rows), 1.0, NodeContext("urn:n", "paper"))


def test_present_as_a_verb_is_not_attendance():
    assert not read_question("Who was down to present the harbour item at the partnership in May 2013?").wants_attendance
    assert not read_question("Who will present on the reading scheme?").wants_attendance
    assert read_question("Who was present at the partnership in May 2013?").wants_attendance
    assert read_question("Which officers were present when the board met?").wants_attendance


def test_who_was_to_present_at_a_meeting_held_only_as_an_agenda_is_not_refused():
    meetings = [{"body": "Harbour Partnership", "date": "2013-05-22", "kind": "agenda", "source": "pack.txt"}]
    item = _piece("8. Harbour Reading Scheme - Ann Byrd to present", (31, 31), "2013-05-22")
    asked = read_question("Who was down to present the Harbour Reading Scheme item at the partnership in May 2013?")
    assert refusal(asked, [item], meetings, True, 0.9, 0.3) is None
    attended = read_question("Who was present at the partnership in May 2013?")
    assert refusal(attended, [item], meetings, True, 0.9, 0.3).reason == "no_meeting"   # minutes needed


def test_how_a_trip_went_is_refused_when_every_paper_on_it_predates_it():
    question = read_question("How did the young people's Harbour Sail trip go in April 2017?")
    plan = _piece("The young people are fundraising for the Harbour Sail trip, to go in April 2017.", (60, 60))
    refused = outcome_refusal(question, [plan], pack_dates={"pack.txt": "2016-12-06"})
    assert refused is not None and refused.reason == "no_answer_kind"
    assert refused.missing == ["the outcome of 'Harbour Sail'"]
    assert outcome_refusal(question, [plan], pack_dates={"pack.txt": "2017-06-13"}) is None   # written after
    assert outcome_refusal(question, [plan]) is None       # no date known: nothing says it predates the trip


def test_a_date_whose_year_wraps_onto_the_next_row_is_one_sentence():
    piece = _piece("Care Quality Commission Review 23 – 27 February\n2016\nNext row of the plan", (10, 12))
    quoted = [(q.text, q.lines) for q in sentences(piece.chunk)]
    assert quoted[0] == ("Care Quality Commission Review 23 – 27 February 2016", (10, 11))
    numbered = _piece("The actions agreed:\n2016 targets were met", (20, 21))
    assert [q.text for q in sentences(numbered.chunk)][0] == "The actions agreed:"   # no month before: kept apart


def test_a_sentence_brings_the_list_its_paragraph_introduces():
    from kg.answer.quotes import Relevance, scored_sentences

    rows = ["This report highlights some areas where a new approach to harbour play is being tried. "
            "The areas highlighted are:", "", "- Evening sailing clubs,", "- A lending library of kit,", "",
            "5. Recommendations"]
    piece = _piece("\n".join(rows), (40, 45))
    relevance = Relevance.of("What new approaches to harbour play were tried?")
    best = max(scored_sentences(relevance, piece.chunk), key=lambda pair: pair[0])[1]
    assert best.text == ("This report highlights some areas where a new approach to harbour play is being tried. The "
                         "areas highlighted are: - Evening sailing clubs, - A lending library of kit,")
    assert best.lines == (40, 43)
    after = ["A new approach to harbour play is being tried.", "- Evening sailing clubs,", "- A lending library of kit,"]
    best = max(scored_sentences(relevance, _piece("\n".join(after), (50, 52)).chunk), key=lambda pair: pair[0])[1]
    assert best.lines == (50, 52)        # a list straight after the sentence, no colon
    alone = ["A new approach to harbour play is being tried. Progress can be followed here:", "www.example.org"]
    best = max(scored_sentences(relevance, _piece("\n".join(alone), (60, 61)).chunk), key=lambda pair: pair[0])[1]
    assert best.text == "A new approach to harbour play is being tried."    # no list follows: the sentence alone


def test_an_outcome_of_one_thing_s_dealings_with_another_needs_a_piece_naming_both():
    question = read_question("What grade did Ofsted give the Harbour Lane School?")
    inspection = _piece("Ofsted inspected two children's homes in the autumn.", (70, 70))
    school = _piece("The Harbour Lane School opened a new library.", (80, 80))
    refused = outcome_refusal(question, [inspection, school])
    assert refused is not None and refused.reason == "not_with_name"
    assert refused.missing == ["a piece speaking of 'Ofsted', 'Harbour Lane School' together"]
    graded = _piece("Ofsted judged the Harbour Lane School good in May.", (90, 90))
    assert outcome_refusal(question, [inspection, school, graded]) is None
    assert outcome_refusal(read_question("What did Ofsted find?"), [inspection]) is None   # one name: nothing to pair
