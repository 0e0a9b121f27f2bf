"""Kinds of question a set written by someone who never saw the answers showed refused wrongly, on invented papers:
a question opening with a preposition-like word ('Following the ...'), a team written in lower case whose part of a
paper found ranked low, a body named as where a report went rather than what a figure is of, a person named after
their post, a question asking two figures of which the papers found give one, what a body named in full asked for."""
from __future__ import annotations

from index.chunks import Chunk
from kg.answer.abstain import figure_refusal, figure_refusals_by_part, unnamed_in_evidence, with_named_pieces
from kg.answer.constraints import names_in
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import read_question
from kg.answer.quotes import Quote


def _piece(text: str, paper: str, first_line: int = 20) -> Evidence:
    chunk = Chunk(f"c{first_line}", f"urn:c{first_line}", "paper", paper, text, "pack.txt",
                  (first_line, first_line + text.count("\n")), "2015-03-03",
                  tuple((first_line + i, first_line + i) for i in range(text.count("\n") + 1)))
    return Evidence(chunk, 1.0, NodeContext(f"urn:c{first_line}", "paper", documents=[paper]))


def test_a_question_opening_with_following_or_regarding_names_what_comes_after():
    assert names_in("Following the WCYP action on school meals, who leads it?") == ["WCYP"]
    assert names_in("Regarding the Youth Cabinet, what did it ask for?") == ["Youth Cabinet"]
    assert names_in("Concerning Westford Academy: when was it inspected?") == ["Westford Academy"]


def test_a_lower_case_name_the_best_pieces_miss_is_found_further_down_their_paper():
    first = _piece("Placements will fall over the three years of the plan.", "Placement strategy", 10)
    second = _piece("Fewer children will enter placements.", "Placement strategy", 30)
    elsewhere = _piece("The Edge of Care Team costs £90,000.", "Budget report", 50)
    aside = _piece("Support at the edge of care will grow.", "Placement strategy", 70)
    team = _piece("An Edge of Care Team will cut placements by 40.", "Placement strategy", 90)
    ranked = [first, second, elsewhere, aside, team]
    named = ["edge of care team"]
    # the piece saying all of the name, of the paper found, takes the last place; another paper's is never taken
    assert with_named_pieces([first, second], ranked, 20, lower_case=named) == [first, team]
    assert with_named_pieces([first, second], ranked, 4, lower_case=named) == [first, aside]   # within reach only
    assert with_named_pieces([first, second], ranked, 20, lower_case=[]) == [first, second]   # capitalised: refused
    assert with_named_pieces([team, second], ranked, 20, lower_case=named) == [team, second]   # already spoken of


def test_a_body_a_report_went_to_need_not_be_printed_beside_its_figure():
    saved = _piece("Fostering review findings\nThe review found savings of £40,000 a year.", "Fostering review")
    saved.quoted = [Quote("The review found savings of £40,000 a year.", (21, 21))]
    went = read_question("The fostering review went to the Westford Schools Forum in 2015: how much did it save?")
    assert figure_refusal(went, [saved]) is None
    of_the_forum = figure_refusal(read_question("How much did the Westford Schools Forum save in 2015?"), [saved])
    assert of_the_forum is not None and of_the_forum.reason == "no_figure"
    assert of_the_forum.missing == ["a figure about 'Westford Schools Forum'"]


def test_a_person_named_after_their_post_must_be_spoken_of_by_a_piece_found():
    question = read_question("What did Strategic Director Jane Orme report to the panel?")
    silent = _piece("The Strategic Director reported on the new placements.", "Director's report")
    refused = unnamed_in_evidence(question, [silent])
    assert refused is not None and refused.reason == "not_with_name"
    assert refused.missing == ["a piece speaking of 'Jane Orme'"]
    spoken = _piece("Jane Orme, Strategic Director, reported on the new placements.", "Director's report")
    assert unnamed_in_evidence(question, [spoken]) is None
    assert unnamed_in_evidence(read_question("What did the Director of Public Health report?"), [silent]) is None


def test_a_question_asking_two_figures_is_answered_for_the_one_the_quotes_give():
    audit = _piece("Neglect audit\nOf the plans reviewed, 45% had neglect as the main category.", "Neglect audit")
    audit.quoted = [Quote("Of the plans reviewed, 45% had neglect as the main kind.", (21, 21))]
    both = read_question("How many cases did the audit cover, and what share of plans had neglect as the main kind?")
    refused, unmet = figure_refusals_by_part(both, [audit])
    assert refused is None and [r.missing for r in unmet] == [["a count of 'cases'"]]
    neither = read_question("How many cases did the audit cover, and how many families did it visit?")
    refused, unmet = figure_refusals_by_part(neither, [audit])
    assert refused is not None and refused.reason == "no_figure" and unmet == []
    one = figure_refusals_by_part(read_question("How many cases did the audit cover?"), [audit])
    assert one[0] is not None and one[0].missing == ["a count of 'cases'"] and one[1] == []


def test_what_a_body_named_in_full_asked_for_is_what_its_minutes_decided():
    assert read_question("What did the Westford Fostering Panel ask for after the director's report?").wants_decision
    assert read_question("What did the panel ask for after the report?").wants_decision
    assert not read_question("What did the director ask for in the report?").wants_decision
