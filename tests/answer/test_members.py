"""'Which things ...' asked of papers that only count them: refused with what is missing, while a sentence or a
graph line naming them is an answer. Invented papers; no index or model."""
from __future__ import annotations

from index.chunks import Chunk
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.members import members_refusal
from kg.answer.quotes import Quote


def _evidence(*quoted: str) -> list[Evidence]:
    text = "\n".join(quoted)
    rows = tuple((1 + i, 1 + i) for i in range(len(quoted)))
    chunk = Chunk("c", "urn:n", "paper", "", text, "pack.txt", (1, len(quoted)), "2015-03-10", rows)
    return [Evidence(chunk, 1.0, NodeContext("urn:n", "paper"),
                     quoted=[Quote(line, (1 + i, 1 + i)) for i, line in enumerate(quoted)])]


def test_things_only_counted_are_not_named():
    counted = _evidence("The Reading Passport was launched in May 2014 and a pilot runs in four primary schools.")
    refused = members_refusal("Which primary schools piloted the Reading Passport?", counted, "westford", [])
    assert refused is not None and refused.reason == "no_answer_kind"
    assert refused.missing == ["the names of the schools"]
    assert members_refusal("Name the 12 schools working towards the Reading Passport.",
                           _evidence("A further 12 schools/settings are working towards the Reading Passport."),
                           "westford", []) is not None


def test_things_named_or_not_counted_are_an_answer():
    named = _evidence("The Reading Passport pilot runs in four primary schools: Ashby, Brook Lane, Carrow and Dene.")
    assert members_refusal("Which primary schools piloted the Reading Passport?", named, "westford", []) is None
    uncounted = _evidence("Pilot primary schools for the Reading Passport are listed below.")
    assert members_refusal("Which primary schools piloted the Reading Passport?", uncounted, "westford", []) is None
    stated = ["Fostering Panel, 2015-03-03: apologies: Councillor Ashby, Councillor Brook. [pack.txt:4-6]"]
    two = _evidence("Two councillors sent apologies.")
    assert members_refusal("Which councillors sent apologies?", two, "westford", stated) is None
    assert members_refusal("Which councillors sent apologies?", two, "westford", []) is not None
    assert members_refusal("What did the panel decide about four schools?", two, "westford", []) is None
