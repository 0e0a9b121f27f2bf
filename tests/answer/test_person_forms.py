"""A person a question names in full is found where papers print them otherwise: by initials, by a title and the
surname, over a line break or with a possessive, and not where the surname is another person's; and a verb a
question opens with is no part of a name (invented papers)."""
from __future__ import annotations

import pytest

from index.chunks import Chunk
from kg.answer.abstain import unnamed_in_evidence
from kg.answer.constraints import (
    StoreText,
    names_in,
    normal_words,
    person_said,
    unknown_name,
)
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import read_question

PAPERS = StoreText([
    "Westford Metropolitan Borough Council. Corporate Parenting Panel.",
    "Present: Councillor Hale (in the chair), J. Orme, Headteacher.",
    "Ms Orme reported on the virtual school. Peter Dyer led the peer review; Dr Dyer thanked the panel.",
    "Report author: Orme, J. (Head of the Virtual School)",
])


def _piece(text: str) -> Evidence:
    rows = tuple((40 + i, 40 + i) for i in range(text.count("\n") + 1))
    chunk = Chunk("c", "urn:c", "paper", "Virtual school update", text, "pack.txt", (40, 40 + text.count("\n")),
                  "2016-03-03", rows)
    return Evidence(chunk, 1.0, NodeContext("urn:c", "paper", documents=["Virtual school update"]))


@pytest.mark.parametrize("printed", [
    "J. Orme presented the report.",
    "The report of J A Orme, Headteacher.",
    "Author: Orme, J.",
    "Ms Orme said attendance had risen.",
    "The report was presented by Jane\nOrme, who said attendance had risen.",   # split over lines
    "Jane Orme’s report said attendance had risen.",                            # possessive
])
def test_a_person_printed_by_initials_title_line_break_or_possessive_is_said(printed):
    assert person_said("Jane Orme", f" {normal_words(printed)} ", PAPERS)


@pytest.mark.parametrize("printed", [
    "P. Orme presented the report.",           # another initial
    "Jane Smith presented the report.",        # another surname
    "Dr Dyer thanked the panel.",              # 'Dyer' is Peter Dyer in these papers: a title is no proof of Jane
    "The Orme Centre hosted the meeting.",     # the surname as a place, no title or initial before it
])
def test_another_person_or_a_bare_surname_is_not_said(printed):
    name = "Jane Dyer" if "Dyer" in printed else "Jane Orme"
    assert not person_said(name, f" {normal_words(printed)} ", PAPERS)


def test_a_group_or_body_is_no_person():
    assert not person_said("Orme Foster Carers Association", " orme foster carers association ", PAPERS)


def test_a_given_name_never_printed_is_met_by_its_initial_before_the_surname():
    assert unknown_name("What did Jane Orme report to the panel?", PAPERS) is None
    refused = unknown_name("What did Jane Dyer report to the panel?", PAPERS)   # Dyer is Peter here
    assert refused is not None and refused.reason == "no_entity"
    assert refused.missing == "any mention of 'Jane Dyer'"


def test_a_piece_printing_the_person_by_title_and_surname_is_not_refused_for_the_name():
    question = read_question("What did Jane Orme say about attendance at the virtual school?")
    assert unnamed_in_evidence(question, [_piece("Ms Orme said attendance had risen.")], store=PAPERS) is None
    elsewhere = unnamed_in_evidence(question, [_piece("Attendance had risen, the panel heard.")], store=PAPERS)
    assert elsewhere is not None and elsewhere.reason == "not_with_name"
    assert elsewhere.missing == ["a piece speaking of 'Jane Orme'"]


@pytest.mark.parametrize(("question", "names"), [
    ("Compare the RAG overview of the plan in the March 2015 and June 2015 reports.", ["RAG"]),
    ("Trace Westford's Family Hub from plan to opening.", ["Westford Family Hub"]),
    ("List Councillor Hale's reports to the panel.", ["Councillor Hale"]),
    ("Westford Council agreed what about libraries?", ["Westford Council"]),   # a name opening the question stays
])
def test_a_verb_the_question_opens_with_is_no_part_of_a_name(question, names):
    assert names_in(question) == names


def test_a_question_opening_with_a_verb_is_not_refused_for_the_verb():
    question = read_question("Compare the RAG ratings of the plan in the March 2015 and June 2015 reports.")
    piece = _piece("RAG ratings of the plan's milestones: March 2015, 12 green; June 2015, 15 green.")
    assert unnamed_in_evidence(question, [piece], store=PAPERS) is None
