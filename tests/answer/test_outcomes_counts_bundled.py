"""On the bundled corpus (slow: the store is built once per session): near misses of the kinds this issue's rules
refuse, and the answers beside them that must still be given."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "reason", "missing"), [
    ("How many children were in care at the end of December 2017?", "no_date", ["a count as at December 2017"]),
    ("How many foster carers attended the recruitment seminar on 6 February 2018?", "no_answer_kind", None),
    ("What was the outcome of the Talent Match business plan announced in September 2013?", "no_answer_kind",
     ["the outcome of 'Talent Match'"]),
])
def test_near_misses_are_refused_with_their_reason(built_kg, question, reason, missing):
    answer = built_kg.ask(question).to_json()
    assert answer["answerable"] is False and answer["abstain_reason"] == reason
    if missing is not None:
        assert answer["missing"] == missing


@pytest.mark.parametrize(("question", "figure"), [
    ("How many children were in care at the end of July 2016?", "442 children in care"),
    ("How many households took part in the framework analysis?", "17 households"),
    ("How many young people took part in the 2017 Rotherham lifestyle survey?", "3,800 participants"),
])
def test_the_counts_beside_them_are_given(built_kg, question, figure):
    answer = built_kg.ask(question).to_json()
    assert answer["answerable"] is True and figure in answer["answer"]
