"""Figures dated for a series, and rows naming who holds a role, on invented text."""
from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from index.chunks import Chunk
from kg.answer.context import ContextBuilder, NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import read_question
from kg.answer.quotes import Relevance, keywords
from kg.answer.roles import role_rows, titled_papers
from kg.answer.series import counts_subject, dated_figures, series_facts
from kg.ontology import CKG


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("The share in good schools rose from 61% in March 2015 to 70% in authority and 64% out of authority in March 2016.",
     "share", [("61%", (2015, 3)), ("70%", (2016, 3)), ("64%", (2016, 3))]),
    ("Referrals had fallen since May 2017 from 310 to 288 in August 2017.", "number",
     [("310", (2017, 5)), ("288", (2017, 8))]),
    ("In October 2019 14.2% of the cohort had moved school twice.", "share", [("14.2%", (2019, 10))]),
    ("Uptake target for 2018/19 was 70%, actual figure is 66.4%.", "share", [("66.4%", (2019, 0))]),
    ("Currently 42 volunteers are active.", "number", [("42", (2020, 6))]),
])
def test_each_figure_is_dated_by_the_date_printed_beside_it(text, kind, expected):
    assert dated_figures(text, "2020-06-30", kind) == expected


def _chunk(rows: list[str], first: int) -> Chunk:
    return Chunk("c1", "paper:x", "paper", "A report", "\n".join(rows), "report.txt", (first, first + len(rows) - 1),
                 rows=tuple((n, n) for n in range(first, first + len(rows))))


def test_a_role_label_alone_on_its_row_brings_the_names_printed_under_it():
    piece = _chunk(["The service managers will review the plan in the spring and report back.",
                    "12. Accountable Officer(s)", "Jo Bloggs, Assistant Director", "Sam Smith, Head of Service",
                    "Approvals Obtained from:-", "Finance: Lee Chan"], 40)
    found = role_rows("Who are the accountable officers for the report?", [piece])
    assert [(quote.text, quote.lines) for quote, _ in found] == [
        ("12. Accountable Officer(s) Jo Bloggs, Assistant Director Sam Smith, Head of Service", (41, 43))]


def test_a_name_printed_with_its_role_is_found_and_a_sentence_merely_using_the_words_is_not():
    piece = _chunk(["Lead Officer: Pat Jones, Designated Nurse", "Dr Ann Lee, Designated Doctor LAC",
                    "The designated doctor and the lead officer meet monthly with commissioners to review it."], 7)
    found = role_rows("Who are the lead officer and the designated doctor?", [piece])
    assert [quote.text for quote, _ in found] == ["Lead Officer: Pat Jones, Designated Nurse",
                                                 "Dr Ann Lee, Designated Doctor LAC"]


def test_a_paper_the_question_names_by_its_title_is_found_in_the_graph():
    graph = Graph()
    for name, title in (("a", "Harbour Play Scheme Review"), ("b", "Play Scheme Budget 2019/20"), ("c", "Report")):
        graph.add((URIRef(f"urn:paper:{name}"), RDF.type, CKG.Paper))
        graph.add((URIRef(f"urn:paper:{name}"), DCTERMS.title, Literal(title)))
    contexts = ContextBuilder(graph)
    assert titled_papers("Who wrote the review of the Harbour play scheme?", contexts) == ["urn:paper:a"]
    assert titled_papers("Who wrote the report?", contexts) == []          # one word names no paper
    assert titled_papers("What did the play scheme budget cost in 2019/20?", contexts) == ["urn:paper:b"]


def test_wording_said_weighs_the_priority_s_words_the_question_says():
    from kg.answer.leads import wording_said

    label = "We will engage with parents and families"
    assert wording_said(label, "Who leads the priority on engaging with parents and families?") == 1.0
    assert wording_said(label, "Who leads the priority on school attendance?") == 0.0



def _piece(text: str, line: int, date: str, title: str | None) -> Evidence:
    chunk = Chunk(f"c{line}", f"urn:{line}", "item" if title else "paper", "", text, "pack.txt", (line, line), date,
                  ((line, line),))
    item = {"iri": f"urn:{line}", "number": "7", "title": title} if title else None
    return Evidence(chunk, 1.0, NodeContext(f"urn:{line}", "item" if title else "paper", item=item))


def test_figures_of_a_report_minuted_later_are_of_the_month_its_title_names():
    question = "How has the share of children with three or more placement moves changed?"
    minuted = _piece("The share of children with three or more placement moves is too high at 12.0%.", 10,
                     "2015-09-20", "Performance report - July 2015")
    later = _piece("In September 2015 13.5% of children had three or more placement moves.", 40, "2015-12-01", None)
    facts = series_facts(read_question(question), Relevance.of(question), [minuted, later])
    assert facts.lines[0] == ("Figures over time: 12.0% (2015-07) [pack.txt:10-10] -> 13.5% (2015-09) [pack.txt:40-40]: "
                              "rising.")


def test_a_count_is_not_put_in_a_series_of_shares():
    question = "How did the share of children with health assessments change?"
    share = _piece("In July 2015 91.0% of children had health assessments.", 50, "2015-09-20", None)
    count = _piece("In September 2015 16 children declined health assessments.", 60, "2015-12-01", None)
    assert series_facts(read_question(question), Relevance.of(question), [share, count]).lines == []


def test_an_organisation_s_attendance_entry_is_read_from_the_row_it_starts_on():
    from kg.answer.roles import organisation_rows

    rows = ["Ann Lee – Chair\tIndependent Chair, Westford Board", "Bob Stone – Deputy for Carl",
            "Dunn – Member", "Group Manager, Emergency Response, Westford Fire", "and Rescue",
            "Eve Hart – Member\tHeadteacher, Hill School"]
    chunk = Chunk("c9", "paper:list", "paper", "", "\n".join(rows), "list.txt", (200, 205), None,
                  tuple((200 + i, 200 + i) for i in range(len(rows))))
    found = organisation_rows("Westford Fire and Rescue", chunk, {"who", "represented"})
    assert [(q.text, q.lines) for q in found] == [
        ("Bob Stone – Deputy for Carl Dunn – Member Group Manager, Emergency Response, Westford Fire and Rescue",
         (201, 204))]
    assert organisation_rows("Eastvale Police", chunk, {"who"}) == []


def test_who_wrote_a_paper_and_another_role_of_it_gives_both_rows():
    from kg.answer.roles import role_facts

    graph = Graph()
    graph.add((URIRef("urn:paper:a"), RDF.type, CKG.Paper))
    graph.add((URIRef("urn:paper:a"), DCTERMS.title, Literal("Harbour Play Scheme Review")))
    piece = Chunk("a#1", "urn:paper:a", "paper", "Harbour Play Scheme Review",
                  "\n".join(["Report Author(s)", "Kim Row, Play Officer", "Ward(s) Affected:", "All", "1. Summary",
                             "The scheme ran all summer.", "", "12. Accountable Officer(s)",
                             "Jo Bloggs, Assistant Director", "Approvals Obtained from:-"]),
                  "report.txt", (10, 19), rows=tuple((n, n) for n in range(10, 20)))
    contexts = _PaperContexts(graph)
    both = role_facts(read_question("Who wrote the Harbour Play Scheme Review, and who are its accountable officers?"),
                      [], contexts, lambda node: [piece] if node == "urn:paper:a" else [])
    assert [line.split("[")[0].split(": ", 1)[-1].strip() for line in both.lines] == [
        "Report Author(s) Kim Row, Play Officer", "12. Accountable Officer(s) Jo Bloggs, Assistant Director"]
    author = role_facts(read_question("Who wrote the Harbour Play Scheme Review?"), [], contexts,
                        lambda node: [piece] if node == "urn:paper:a" else [])
    assert len(author.lines) == 1 and "Kim Row" in author.lines[0]      # the author alone, as printed once


class _PaperContexts:
    """The graph of invented papers, each node described as a paper of its title."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def describe(self, node: str) -> NodeContext:
        titles = [str(title) for title in self.graph.objects(URIRef(node), DCTERMS.title)]
        return NodeContext(node, "paper", documents=titles)


def test_a_series_of_counts_takes_counts_of_what_it_traces_not_rates_projections_or_other_counts():
    question = "How did the number of children in foster care change?"
    earlier = _piece("In March 2015 there were 212 children in foster care.", 10, "2015-04-01", None)
    later = _piece("The plan's 4 strands should reduce this. At a rate of 61.5 per 10,000 children, the current figure "
                   "of 240 children in foster care (October 2016) is high; there will be a projected 300 children in "
                   "foster care by March 2018.", 20, "2016-11-01", None)
    facts = series_facts(read_question(question), Relevance.of(question), [earlier, later])
    assert facts.lines[0] == ("Figures over time: 212 (2015-03) [pack.txt:10-10] -> 240 (2016-10) [pack.txt:20-20]: "
                              "rising.")


@pytest.mark.parametrize(("text", "value", "counts"), [
    ("there were 442 children in care at the end of July", "442", True),
    ("409 of these children were looked after", "409", True),
    ("the cumulative effect of these 5 strands of the plan", "5", False),
])
def test_a_figure_counts_the_subject_when_its_words_are_printed_beside_it(text, value, counts):
    assert counts_subject(text, value, keywords("children")) is counts
