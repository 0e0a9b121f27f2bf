"""Procedure as data: recorded votes, declarations of interest, exclusion of the press and public."""
from __future__ import annotations

import pytest

from kg.loaders.procedure import find_declarations, find_exclusion, find_votes
from kg.model import Line, SourceText


def _paragraphs(*texts: str) -> tuple[list[Line], SourceText]:
    return [Line(text, n, n) for n, text in enumerate(texts, start=1)], SourceText("p.txt", "0", list(texts))


@pytest.mark.parametrize("texts, expected", [
    (["A recorded vote was taken: For: 8; Against: 3; Abstentions: 1", "The motion was CARRIED."], (8, 3, 1, "carried")),
    (["(NOTE: The result of the vote was FOR - 6 Members; AGAINST - 2 Members; ABSTENTIONS - 0 Members.)"],
     (6, 2, 0, None)),
    (["On a vote, five Members voted for the proposal and seven against and it was declared lost."], (5, 7, None, "lost")),
    (["Voting: 8 for, 1 against, 1 abstention."], (8, 1, 1, None)),
    (["Schools members voted: 9 in favour, 3 against."], (9, 3, None, None)),
    (["For the motion - 7 votes For the amendment - 4 votes"], (7, 4, None, None)),
    (["Members voted to approve the report."], None),
])
def test_recorded_votes(texts, expected):
    paragraphs, source = _paragraphs(*texts)
    votes = find_votes(paragraphs, source)
    assert [(v.votes_for, v.against, v.abstentions, v.outcome) for v in votes] == ([expected] if expected else [])


def test_declarations_name_the_person_the_kind_and_the_item():
    paragraphs, source = _paragraphs(
        "Councillor Ruth Okafor declared a non-pecuniary interest in Agenda Item 6 as a school governor.",
        "Dr Sam Idris declared a personal interest in item ABC/25/17 as his practice hosts a clinic.",
        "No other declarations were made.")
    assert [(d.person.name, d.kind, d.regarding, d.span.start) for d in find_declarations(paragraphs, source)] == [
        ("Councillor Ruth Okafor", "non-pecuniary", "Item 6", 1), ("Sam Idris", "personal", "item ABC/25/17", 2)]


def test_exclusion_cites_its_grounds_and_a_nil_return_is_no_exclusion():
    paragraphs, source = _paragraphs(
        "RESOLVED: That the press and public be excluded from the meeting as item 9 contains information "
        "as defined in paragraph 3 of Schedule 12A of the Local Government Act 1972.")
    exclusion = find_exclusion(paragraphs, source)
    assert (exclusion.grounds, exclusion.span.start) == ("paragraph 3 of Schedule 12A", 1)
    paragraphs, source = _paragraphs("There were no items of business that required the press and public to be excluded.")
    assert find_exclusion(paragraphs, source) is None


def test_an_agendas_proposed_resolution_is_not_a_decision_and_a_decision_printed_twice_counts_once():
    from kg.loaders.resolutions import find_resolutions

    paragraphs, source = _paragraphs(
        "Exclusion of the press and public. If so, to formally pass the following resolution:",
        "RESOLVED – That the press and public be excluded for the next item.",
        "Decision:",
        "That the report be noted.",
        "Minutes:",
        "The Panel considered the report.",
        "RESOLVED: That the report be noted.")
    assert [r.text for r in find_resolutions(paragraphs, source)] == ["That the report be noted."]


def test_a_decision_panel_and_the_minute_printing_the_same_decision_give_one_decision():
    from kg.loaders.resolutions import find_resolutions

    paragraphs, source = _paragraphs("Decision:", "That the Quarter 3 report be noted", "Minutes:",
                                     "RESOLVED that the Quarter 3 report be noted.")
    assert [r.text for r in find_resolutions(paragraphs, source)] == ["That the Quarter 3 report be noted"]
