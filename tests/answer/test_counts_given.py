"""What gives a count: a 'how many' question is answered by a number counting something, not a length of time, an
ordinal, a list's label, a school year or an action's code; a short row giving the count ('• 17 households') is
quoted though it is short."""
from __future__ import annotations

import pytest

from index.chunks import Chunk
from kg.answer.quotes import Relevance, best_sentences, gives_count, gives_figure


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Children must have an initial health assessment within 20 working days.", False),
    ("The survey was open for three months from May to July, with pupils of Year 7 and Year 10.", False),
    ("Waiting for the 2nd session of the training.", False),
    ("1.1.C.3 - Safeguarding training for practice staff.", False),
    ("(2) That the report be shared with the board.", False),
    ("• 17 households", True),
    ("In 2015, 412 children were in care, 12 more than in April.", True),
])
def test_what_gives_a_count(sentence, counts):
    assert gives_count(sentence) is counts


def test_a_school_year_or_key_stage_is_no_figure_but_the_share_beside_it_is():
    assert not gives_figure("Pupils in Year 6 and at KS2 were asked.")
    assert gives_figure("In Y6, 21.4% of children were obese.")


def test_a_short_row_giving_the_count_asked_for_is_quoted():
    rows = ["Who took part in the study", "– Interviews and focus groups", "• 17 households", "• 13 staff"]
    spans = tuple((40 + n, 40 + n) for n in range(len(rows)))
    chunk = Chunk("c", "urn:c", "paper", "Warm homes study", "\n".join(rows), "pack.txt", (40, 43), None, spans)
    quotes = best_sentences(Relevance.of("How many households took part in the study?"), chunk, limit=1,
                            figure="number")
    assert [(q.text, q.lines) for q in quotes] == [("• 17 households", (42, 42))]
