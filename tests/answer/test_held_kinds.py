"""The kinds of question the generated benchmark found weak, each on invented papers: dates printed in figures or
month first, attendance backed by the meeting's header, bodies of another council before a body's full name, what
a person named by surname presented, figures asked of a quoted action, the priorities of a plan named by its title,
minute items named by their title, what a meeting discussed, outcomes of a discussion. No index or model."""
from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from index.chunks import Chunk
from kg.answer.abstain import figure_refusal, unheld_meeting, unknown_thing, unnamed_in_evidence
from kg.answer.business import business_facts
from kg.answer.constraints import StoreText, names_in, unknown_name
from kg.answer.context import ContextBuilder, NodeContext
from kg.answer.corpus import CorpusView
from kg.answer.evidence import Evidence
from kg.answer.facts import attendance_facts
from kg.answer.intent import quoted_phrases, read_question, spelled_dates
from kg.answer.plan_priorities import plan_priority_facts
from kg.answer.presented import presented_facts, presenter_named
from kg.answer.quotes import Quote
from kg.answer.titled import titled_evidence, titled_items
from kg.config import AnswerConfig
from kg.ontology import BESLUIT, CKG

MEETINGS = [
    {"body": "Fostering Panel", "date": "2015-03-03", "kind": "minutes", "chair": "Councillor Ashby",
     "present": ["Councillor Ashby", "Councillor Brook"], "apologies": [], "source": "pack.txt", "header": (10, 14),
     "printed_date": {"text": "Tuesday, 3rd March, 2015", "lines": (11, 11), "node": "urn:minutes"}},
    {"body": "Fostering Panel", "date": "2015-06-09", "kind": "agenda", "chair": None, "present": [], "apologies": [],
     "source": "pack.txt", "header": (2, 8), "printed_date": None},
]


@pytest.mark.parametrize("printed, spelled", [
    ("Who chaired the panel on 03/03/2015?", "Who chaired the panel on 3 March 2015?"),
    ("Who chaired the panel on 2015-03-03?", "Who chaired the panel on 3 March 2015?"),
    ("Who chaired the panel on March 3rd, 2015?", "Who chaired the panel on 3 March 2015?"),
    ("What happened in 2015-2016?", "What happened in 2015-2016?"),        # a year range is no date
    ("Was it on 31/13/2015?", "Was it on 31/13/2015?"),                      # no thirteenth month
])
def test_a_date_printed_in_figures_or_month_first_is_read_as_the_papers_print_it(printed, spelled):
    assert spelled_dates(printed) == spelled


@pytest.mark.parametrize("question", ["Who chaired the Fostering Panel on 03/04/2015?",
                                      "Who chaired the Fostering Panel on 2015-04-03?",
                                      "Who chaired the Fostering Panel on April 3, 2015?"])
def test_a_meeting_dated_in_figures_the_store_does_not_hold_is_refused(question):
    intent = read_question(question)
    assert intent.months == {(2015, 4)} and intent.days == {(4, 3)}
    unmet = unheld_meeting(intent, [], MEETINGS)
    assert unmet is not None and unmet.reason == "no_meeting"
    assert unmet.missing == "meeting of the Fostering Panel on 3 April 2015"   # a chair is printed on an agenda too


def test_attendance_of_a_meeting_dated_to_the_day_cites_its_header_for_backing():
    facts = attendance_facts(read_question("Who attended the Fostering Panel on 03/03/2015?"), [], MEETINGS)
    assert facts.lines == ["Fostering Panel, 2015-03-03: chaired by Councillor Ashby; present: Councillor Ashby, "
                           "Councillor Brook. [pack.txt:10-14]"]
    assert facts.cited == [("urn:minutes", (10, 14), "pack.txt")]


def test_attendance_of_a_meeting_named_by_its_month_only_is_not_backed_apart():
    facts = attendance_facts(read_question("Who attended the Fostering Panel in March 2015?"), [], MEETINGS)
    assert len(facts.lines) == 1 and facts.cited == [] and facts.said == [("pack.txt", (10, 14))]



PAPERS = StoreText(["Westford Metropolitan Borough Council. Minutes of the Children, Young People and Families "
                    "Partnership. Eastvale City Council sent an observer. Smith, Jones and Brown attended."])


def test_a_body_named_with_commas_is_one_name():
    assert names_in("Who chaired Eastvale's Children, Young People and Families Partnership?") == [
        "Eastvale Children, Young People and Families Partnership"]
    assert names_in("Did Smith, Jones and Brown attend?") == ["Smith", "Jones and Brown"]   # no body: names apart


def test_another_councils_body_named_with_commas_is_refused_and_the_home_councils_is_met():
    unmet = unknown_name("Who chaired Eastvale's Children, Young People and Families Partnership?", PAPERS)
    assert unmet is not None and unmet.reason == "no_body"
    assert unknown_name("Who chaired Westford's Children, Young People and Families Partnership?", PAPERS) is None


def _presenting_graph() -> Graph:
    """Two invented meetings of the Fostering Panel whose items were presented by two people called Marsh."""
    graph = Graph()
    for meeting, day, items in [("m1", "2015-03-03", [("i1", "12", "ADOPTION SCORECARD", "Jo Marsh", 20, 31)]),
                                ("m2", "2015-06-09", [("i2", "40", "FOSTERING ANNUAL REPORT", "Jo Marsh", 60, 75),
                                                      ("i3", "41", "SUFFICIENCY STRATEGY", "Dr Peter Marsh", 76, 90)])]:
        node = URIRef(f"urn:{meeting}")
        body = URIRef("urn:panel")
        graph.add((node, DCTERMS.date, Literal(day)))
        graph.add((node, BESLUIT.isGehoudenDoor, body))
        graph.add((body, SKOS.prefLabel, Literal("Fostering Panel")))
        for iri, number, title, name, start, end in items:
            item, person, source = URIRef(f"urn:{iri}"), URIRef(f"urn:person/{name}"), URIRef("urn:source")
            graph.add((node, CKG.hasMinuteItem, item))
            graph.add((item, DCTERMS.title, Literal(title)))
            graph.add((item, DCTERMS.identifier, Literal(number)))
            graph.add((item, CKG.lineStart, Literal(start)))
            graph.add((item, CKG.lineEnd, Literal(end)))
            graph.add((item, PROV.wasDerivedFrom, source))
            graph.add((source, DCTERMS.title, Literal("pack.txt")))
            graph.add((item, CKG.presentedBy, person))
            graph.add((person, FOAF.name, Literal(name)))
    return graph


@pytest.mark.parametrize("question, words", [
    ("What did Marsh present to the panel in June 2015?", ["Marsh"]),
    ("Which item did Councillor J. Marsh introduce?", ["J", "Marsh"]),
    ("What was reported by Dr Peter Marsh?", ["Peter", "Marsh"]),
    ("What did the panel decide on the scorecard?", []),
])
def test_the_person_a_question_asks_what_they_presented(question, words):
    assert presenter_named(question) == words


def test_what_a_person_presented_is_listed_from_the_graph_for_the_month_named():
    contexts = ContextBuilder(_presenting_graph())
    meetings = [{"body": "Fostering Panel"}]
    facts = presented_facts(read_question("What did Marsh present to the panel on 09/06/2015?"), contexts, meetings)
    assert facts.lines == [
        "Minute 40 'FOSTERING ANNUAL REPORT' (Fostering Panel, 2015-06-09): presented by Jo Marsh [pack.txt:60-75]",
        "Minute 41 'SUFFICIENCY STRATEGY' (Fostering Panel, 2015-06-09): presented by Dr Peter Marsh [pack.txt:76-90]"]
    assert facts.cited == [("urn:i2", (60, 75), "pack.txt"), ("urn:i3", (76, 90), "pack.txt")]
    only_jo = presented_facts(read_question("What did Jo Marsh present to the panel?"), contexts, meetings)
    assert [line.split("'")[1] for line in only_jo.lines] == ["ADOPTION SCORECARD", "FOSTERING ANNUAL REPORT"]
    assert presented_facts(read_question("What did Marsh present in April 2015?"), contexts, meetings).lines == []


@pytest.mark.parametrize("question, phrases", [
    ("How much money went to the action 'Extend the ‘Our Town’ film project'?",
     ["Extend the ‘Our Town’ film project"]),
    ("What budget was set for 'CCG’s should commission a named GP'?", ["CCG’s should commission a named GP"]),
    ("What became of the children's 'stuck' families panel?", []),             # one word is no name
    ("What are the parents' 'big day out' and the \"fairy godmother\" idea?", ["big day out", "fairy godmother"]),
])
def test_the_phrases_a_question_quotes(question, phrases):
    assert quoted_phrases(question) == phrases


@pytest.mark.parametrize("question, quantity", [
    ("What budget was set for the reading challenge?", True),
    ("What sum has the hub received?", True),
    ("What rate is given for the action?", True),
    ("What figures show that the plan works?", False),     # no 'was / is' after the measure: not a figure asked
    ("What budget report did the panel note?", False),
])
def test_a_measure_asked_before_its_verb_asks_for_a_figure(question, quantity):
    assert read_question(question).wants_quantity is quantity


def _figure_evidence(title: str, text: str, lines: tuple[int, int], kind: str = "paper") -> Evidence:
    rows = tuple((lines[0] + i, lines[0] + i) for i in range(text.count("\n") + 1))
    chunk = Chunk("c", "urn:n", kind, title, text, "pack.txt", lines, "2014-01-15", rows)
    ev = Evidence(chunk, 1.0, NodeContext("urn:n", "plan" if kind == "action" else "paper"))
    ev.quoted = [Quote(text.splitlines()[-1], (lines[1], lines[1]))]
    return ev


def test_a_sum_printed_about_something_else_does_not_answer_for_a_quoted_action():
    intent = read_question("How much money was allocated to the action 'Develop a reading offer for looked after "
                           "children'?")
    elsewhere = _figure_evidence("Safeguarding Board budget", "Budget update.\nA £1,904 balance remains in the "
                                 "learning and development budget.", (10, 11))
    refused = figure_refusal(intent, [elsewhere])
    assert refused is not None and refused.reason == "no_figure"
    assert refused.missing == ["a figure about 'Develop a reading offer for looked after children'"]


def test_a_figure_far_down_an_actions_row_is_of_that_action():
    intent = read_question("What percentage is reported for 'Develop a reading offer for looked after children'?")
    row = _figure_evidence("Develop a reading offer for looked after children", "\n".join(
        ["Develop a reading offer", "for looked after children", "- Offer agreed with schools", "- Libraries on board",
         "- Uptake is recorded termly", "- 64% of children took part"]), (40, 45), kind="action")
    assert figure_refusal(intent, [row]) is None


def _plans_graph() -> Graph:
    """An invented strategy with three priorities, printed in one pack, and a 'Key:' caption with one."""
    graph = Graph()
    source = URIRef("urn:source")
    graph.add((source, DCTERMS.title, Literal("pack.txt")))
    for doc, title, priorities in [("urn:strategy", "Westford Young Carers Strategy 2019 – 2022",
                                    [("Identify young carers early", 100), ("Support them in school", 104),
                                     ("Give them a break", 108)]),
                                   ("urn:key", "Key:", [("Green: on track", 300)])]:
        graph.add((URIRef(doc), DCTERMS.title, Literal(title)))
        for number, (label, line) in enumerate(priorities, start=1):
            priority = URIRef(f"{doc}/priority/{number}")
            graph.add((URIRef(doc), CKG.hasPriority, priority))
            graph.add((priority, SKOS.prefLabel, Literal(label)))
            graph.add((priority, SKOS.notation, Literal(str(number))))
            graph.add((priority, CKG.lineStart, Literal(line)))
            graph.add((priority, CKG.lineEnd, Literal(line + 2)))
            graph.add((priority, PROV.wasDerivedFrom, source))
    return graph


def test_the_priorities_of_a_plan_named_by_its_title_are_listed_from_the_graph():
    contexts = ContextBuilder(_plans_graph())
    facts = plan_priority_facts(read_question("Which priorities does the young carers strategy for 2019-2022 set?"),
                                contexts, config=replace(AnswerConfig(), priority_actions=2))
    assert facts.lines == ["'Westford Young Carers Strategy 2019 – 2022' sets 3 priorities, the first 2:",
                           "- 1. Identify young carers early [pack.txt:100-102]",
                           "- 2. Support them in school [pack.txt:104-106]"]
    assert facts.cited == [("urn:strategy/priority/1", (100, 102), "pack.txt"),
                           ("urn:strategy/priority/2", (104, 106), "pack.txt")]


@pytest.mark.parametrize("question", ["Which priorities does the adoption strategy set?",   # too little of a title
                                      "Who leads the priorities of the young carers strategy 2019-2022?",
                                      "What does the young carers strategy 2019-2022 say about schools?"])
def test_no_priorities_are_listed_for_another_plan_a_lead_or_a_question_not_asking_for_them(question):
    assert plan_priority_facts(read_question(question), ContextBuilder(_plans_graph())).lines == []


def _decided(title: str) -> Evidence:
    chunk = Chunk("c", "urn:item", "item", title, f"{title}\nResolved: that the report be noted.", "pack.txt",
                  (50, 51), "2016-09-27", ((50, 50), (51, 51)))
    context = NodeContext("urn:item", "item", item={"iri": "urn:item", "number": "D17", "title": title},
                          resolutions=[{"text": "That the report be noted.", "start": 51, "end": 51,
                                        "source": "pack.txt"}])
    return Evidence(chunk, 1.0, context)


def test_a_month_besides_the_one_in_a_decided_items_title_dates_the_meeting():
    meetings = [{"body": "Fostering Panel", "date": "2016-09-27", "kind": "minutes"}]
    report = [_decided("PERFORMANCE REPORT - JULY 2016")]
    titled = read_question("What did the Fostering Panel decide about the performance report - July 2016?")
    assert unheld_meeting(titled, report, meetings) is None          # July 2016 is the report's, not a meeting's
    dated = read_question("What did the Fostering Panel decide about the performance report - July 2016 in "
                          "August 2016?")
    unmet = unheld_meeting(dated, report, meetings)
    assert unmet is not None and unmet.reason == "no_meeting" and "August 2016" in unmet.missing
    held = read_question("What did the Fostering Panel decide about the performance report - July 2016 in "
                         "September 2016?")
    assert unheld_meeting(held, report, meetings) is None


TITLED_MEETINGS = [
    {"body": "Westford Safeguarding Board", "kind": "minutes", "items": [
        {"iri": "urn:i1", "title": "HEALTH PROFILES 2013"},
        {"iri": "urn:i2", "title": "Minutes"},
        {"iri": "urn:i3", "title": "WESTFORD'S SAFEGUARDING BOARD"}]},
    {"body": "Fostering Panel", "kind": "minutes", "items": [{"iri": "urn:i4", "title": "Health Profiles 2013"}]},
    {"body": "Fostering Panel", "kind": "agenda", "items": [{"iri": "urn:i5", "title": "Health profiles 2013"}]},
]


def test_items_named_by_title_are_found_in_every_minutes_that_print_it():
    assert titled_items("Who reported to the board on health profiles 2013?", TITLED_MEETINGS) == ["urn:i1", "urn:i4"]
    assert titled_items("Who reported on health in 2013?", TITLED_MEETINGS) == []       # too little of the title


def test_a_title_naming_a_body_or_too_short_names_no_item():
    assert titled_items("When did the Westford Safeguarding Board approve the minutes?", TITLED_MEETINGS) == []


def test_a_figure_in_an_actions_updates_printed_in_another_piece_is_of_that_action():
    intent = read_question("What percentage is reported for 'Develop a reading offer for looked after children'?")
    update = _figure_evidence("Westford Children's Plan", "Progress this quarter:\n- 64% of children took part",
                              (80, 81))
    assert figure_refusal(intent, [update]) is not None     # the piece names neither the action nor its words
    spans = {("pack.txt", 40, 90): "Develop a reading offer for looked after children"}
    actions_at = lambda source, lines: [text for (s, start, end), text in spans.items()
                                        if s == source and start <= lines[0] and lines[1] <= end]
    assert figure_refusal(intent, [update], actions_at=actions_at) is None


@pytest.mark.parametrize("question, decision", [
    ("Who presented the fostering report to the panel, and what was agreed?", True),   # a later part asks it
    ("What did the panel decide on the fostering report?", True),
    ("Who approved the fostering report?", False),                                      # a person is asked
    ("Who chaired the panel, and who agreed the plan?", False),
])
def test_a_decision_asked_in_any_part_not_asking_for_a_person(question, decision):
    assert read_question(question).wants_decision is decision


def test_an_event_quoted_is_named_by_the_heading_of_the_piece_giving_its_sum():
    intent = read_question("How much money did the 'sponsored canal walk' raise?")
    text = "\n".join(["Sponsored Canal Walk - twelve of our young people set off at dawn", "They walked all day",
                      "The weather held", "Everyone finished", "Supporters were generous",
                      "Overall the walk raised £1,250 for the care leavers fund."])
    assert figure_refusal(intent, [_figure_evidence("Voice and Influence report", text, (60, 65))]) is None
    other = _figure_evidence("Safeguarding Board budget", "Budget update.\nA £1,904 balance remains in the "
                             "learning and development budget.", (10, 11))
    refused = figure_refusal(intent, [other])
    assert refused is not None and refused.missing == ["a figure about 'sponsored canal walk'"]


def test_the_outcome_of_a_bodys_discussion_needs_the_minutes_of_that_meeting():
    meetings = [{"body": "Fostering Panel", "date": "2015-06-09", "kind": "agenda"},
                {"body": "Fostering Panel", "date": "2015-03-03", "kind": "minutes"}]
    agenda_only = read_question("What was the outcome of the panel's discussion of the kinship care review in "
                                "June 2015?")
    assert agenda_only.wants_decision
    unmet = unheld_meeting(agenda_only, [], meetings)
    assert unmet is not None and unmet.missing == "minutes of a meeting of the Fostering Panel in June 2015"
    minuted = read_question("What was the outcome of the panel's discussion of the kinship care review in March 2015?")
    assert unheld_meeting(minuted, [], meetings) is None
    # outcomes a report gives are no decision
    assert not read_question("What were the outcomes for children in care reported to the panel in June 2015?"
                             ).wants_decision


BUSINESS = [
    {"body": "Fostering Panel", "date": "2015-06-09", "kind": "agenda", "source": "pack.txt", "items": [
        {"iri": "urn:a1", "number": "1", "title": "Apologies for absence.", "lines": [5, 5]},
        {"iri": "urn:a2", "number": "2", "title": "Minutes of the previous meeting", "lines": [7, 7]},
        {"iri": "urn:a3", "number": "3", "title": "Kinship Care Review (herewith)", "lines": [9, 10]},
        {"iri": "urn:a4", "number": "4", "title": "Adoption   Scorecard", "lines": [12, 12]}]},
    {"body": "Schools Forum", "date": "2015-06-16", "kind": "minutes", "source": "pack.txt", "items": [
        {"iri": "urn:s1", "number": "20", "title": "HIGH NEEDS BLOCK", "lines": [40, 52]}]},
]


def test_what_a_meeting_discussed_is_its_items_but_procedural_ones():
    facts = business_facts(read_question("What was discussed at the Fostering Panel meeting on 09/06/2015?"),
                           BUSINESS)
    assert facts.lines == ["Fostering Panel, 2015-06-09 (agenda): 2 items:",
                           "- 3. Kinship Care Review (herewith) [pack.txt:9-10]",
                           "- 4. Adoption Scorecard [pack.txt:12-12]"]
    assert facts.cited == [("urn:a3", (9, 10), "pack.txt"), ("urn:a4", (12, 12), "pack.txt")]
    forum = business_facts(read_question("Which items were on the agenda of the forum in June 2015?"), BUSINESS)
    assert forum.lines == ["Schools Forum, 2015-06-16 (minutes): 1 item:", "- 20. HIGH NEEDS BLOCK [pack.txt:40-52]"]


def test_no_business_is_listed_for_a_meeting_not_dated_or_another_question():
    assert business_facts(read_question("What was discussed at the Fostering Panel?"), BUSINESS).lines == []
    assert business_facts(read_question("Who chaired the Fostering Panel on 9 June 2015?"), BUSINESS).lines == []
    july = read_question("What was discussed at the Fostering Panel in July 2015?")
    assert business_facts(july, BUSINESS).lines == []


def test_a_figure_of_any_kind_asked_for_is_not_out_of_scope_though_its_word_is_never_printed():
    papers = StoreText(["The Town Council resolved to spend £12,000 on play areas; the weather was not minuted."])
    assert unknown_thing(read_question("What sum did the Town Council resolve on for play areas?"), papers) is None
    refused = unknown_thing(read_question("What salary does the clerk earn?"), papers)
    assert refused is not None and refused.reason == "out_of_scope"


class _ItemContexts:
    """Contexts of invented minute items: each node an item, nothing around it."""

    def describe(self, node: str) -> NodeContext:
        return NodeContext(node, "item")


def test_items_named_by_title_are_raised_among_the_candidates_or_added():
    found = _figure_evidence("Other", "Something else.", (1, 1))
    weak = Evidence(Chunk("i4#1", "urn:i4", "item", "", "Health Profiles 2013", "pack.txt", (70, 75), None,
                          ((70, 75),)), 0.2, NodeContext("urn:i4", "item"))
    piece = Chunk("i1#1", "urn:i1", "item", "", "HEALTH PROFILES 2013", "pack.txt", (30, 40), None, ((30, 40),))
    corpus = CorpusView(chunks_of=lambda node: [piece] if node == "urn:i1" else [])
    evidence = titled_evidence("Who reported on health profiles 2013?", [found, weak], TITLED_MEETINGS, corpus,
                               _ItemContexts(), AnswerConfig())
    assert [ev.chunk.id for ev in evidence] == ["c", "i4#1", "i1#1"]
    assert [round(ev.score, 2) for ev in evidence] == [1.0, 0.9, 0.9]   # at 0.9 of the best hit


def test_a_person_the_graph_says_presented_a_piece_s_item_is_spoken_of_by_it():
    chunk = Chunk("i#1", "urn:item", "item", "", "204. SEXUAL EXPLOITATION\nDiscussion took place on the strategy.",
                  "pack.txt", (220, 230), "2013-03-20", ((220, 220), (221, 230)))
    presented = Evidence(chunk, 1.0, NodeContext("urn:item", "item", people=["Kelly Whitebrook"]))
    silent = Evidence(chunk, 1.0, NodeContext("urn:item", "item"))
    question = read_question("Which item did Whitebrook introduce at the partnership on 20 March 2013?")
    assert unnamed_in_evidence(question, [presented]) is None
    refused = unnamed_in_evidence(question, [silent])
    assert refused is not None and refused.reason == "not_with_name"
