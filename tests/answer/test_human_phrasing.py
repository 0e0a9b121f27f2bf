"""Questions phrased as people write them, on invented papers: a person named by post and surname, a meeting's
month without its year, an organisation by an acronym the papers print only spelt out (or never), the outcome of
a body looking at an item, a figure asked of a body by its acronym, what a meeting heard about an organisation,
names misspelt by one slip of the keys, words people ask with that papers print otherwise. No index or model."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, SKOS

from index.chunks import Chunk
from kg.answer.abstain import figure_refusal, unheld_meeting, unknown_thing, unnamed_in_evidence
from kg.answer.constraints import StoreText, acronym_printed, missing_meeting, one_slip, unknown_name
from kg.answer.context import ContextBuilder, NodeContext
from kg.answer.evidence import Evidence
from kg.answer.facts import attendance_facts
from kg.answer.intent import on_a_named_day, read_question, said_otherwise
from kg.answer.mentioned import mentioned_facts
from kg.answer.presented import presented_facts, presenter_named
from kg.answer.quotes import Quote, gives_figure
from kg.answer.titled import titled_items
from kg.ontology import BESLUIT, CKG, SCHEMA

MEETINGS = [
    {"body": "Fostering Panel", "date": "2015-03-03", "kind": "minutes", "chair": "Councillor Ashby",
     "present": ["Councillor Ashby", "Councillor Brook"], "apologies": [], "source": "pack.txt", "header": (10, 14),
     "printed_date": {"text": "Tuesday, 3rd March, 2015", "lines": (11, 11), "node": "urn:minutes"}},
    {"body": "Fostering Panel", "date": "2016-03-08", "kind": "minutes", "chair": "Councillor Carr",
     "present": ["Councillor Carr"], "apologies": [], "source": "pack2.txt", "header": (5, 9),
     "printed_date": {"text": "Tuesday, 8th March, 2016", "lines": (6, 6), "node": "urn:minutes2"}},
    {"body": "Fostering Panel", "date": "2015-06-09", "kind": "agenda", "chair": None, "present": [], "apologies": [],
     "source": "pack.txt", "header": (2, 8), "printed_date": None},
]

PAPERS = StoreText([("Westford Metropolitan Borough Council. The Fostering Panel heard from the Child and "
                     "Adolescent Mental Health Service and the Department of Health about the LAC review.")])


@pytest.mark.parametrize("question, words", [
    ("Which report did the Business Manager, Marsh, bring to the panel in June 2015?", ["Marsh"]),
    ("What did Clinical Director Marsh present to the panel?", ["Marsh"]),
    ("What did Strategic Director CYPS Marsh present?", ["Marsh"]),     # an acronym after the post is no name
    ("What did Dr R. Marsh present?", ["R", "Marsh"]),                  # an initial is
    ("Which report did the panel bring forward?", []),
    ("Which item did Ms Marsh take the panel through?", ["Marsh"]),    # presenting, said otherwise
    ("What action did Marsh take?", []),
])
def test_a_person_named_by_post_and_surname_is_the_surname(question, words):
    assert presenter_named(question) == words


def _presenting_graph() -> Graph:
    """An invented meeting of the Fostering Panel with an item presented by Jo Marsh."""
    graph = Graph()
    meeting, body, item = URIRef("urn:m1"), URIRef("urn:panel"), URIRef("urn:i1")
    person, source = URIRef("urn:person/jo-marsh"), URIRef("urn:source")
    for triple in [(meeting, DCTERMS.date, Literal("2015-06-09")), (meeting, BESLUIT.isGehoudenDoor, body),
                   (body, SKOS.prefLabel, Literal("Fostering Panel")), (meeting, CKG.hasMinuteItem, item),
                   (item, DCTERMS.title, Literal("SUFFICIENCY STRATEGY")), (item, DCTERMS.identifier, Literal("40")),
                   (item, CKG.lineStart, Literal(60)), (item, CKG.lineEnd, Literal(75)),
                   (item, PROV.wasDerivedFrom, source), (source, DCTERMS.title, Literal("pack.txt")),
                   (item, CKG.presentedBy, person), (person, FOAF.name, Literal("Jo Marsh"))]:
        graph.add(triple)
    return graph


def test_what_a_person_named_by_post_brought_is_listed_from_the_graph():
    facts = presented_facts(read_question("Which report did the Business Manager, Marsh, bring to the panel in June?"),
                            ContextBuilder(_presenting_graph()), [{"body": "Fostering Panel"}])
    assert facts.lines == [("Minute 40 'SUFFICIENCY STRATEGY' (Fostering Panel, 2015-06-09): presented by Jo Marsh "
                            "[pack.txt:60-75]")]


@pytest.mark.parametrize("question, months", [
    ("Who chaired the Fostering Panel in August?", {8}),
    ("What did the panel decide at its March meeting?", {3}),
    ("Who was in the chair when the panel met in March, and who presented the report?", {3}),
    ("Who chaired the panel in March 2015?", set()),                    # a year: a month of that year
    ("Who chaired the panel on 3 March?", set()),                       # a day: that day
    ("What did the panel decide about the figures reported in August for reading?", set()),   # no meeting's month
    ("What may the panel decide?", set()),
    ("What did the LSCB decide in November?", {11}),                  # after an acronym's body
    ("What did the partnership decide to do in April?", set()),        # what it decided to do then
    ("What did the panel say about the review due in March?", set()),  # the review's month
])
def test_a_meetings_month_named_without_its_year(question, months):
    assert read_question(question).bare_months == months


def test_a_month_without_its_year_is_met_by_a_meeting_of_any_year_and_refused_when_none_was_held():
    assert missing_meeting(read_question("Who chaired the Fostering Panel in March?"), MEETINGS, False) is None
    unmet = missing_meeting(read_question("Who chaired the Fostering Panel in August?"), MEETINGS, False)
    assert unmet is not None and unmet.reason == "no_meeting"
    assert unmet.missing == "meeting of the Fostering Panel in August of any year"
    decided = missing_meeting(read_question("What did the panel decide at its June meeting?"), MEETINGS, True)
    assert decided is not None and decided.missing == "minutes of a meeting of the Fostering Panel in June of any year"
    assert on_a_named_day(read_question("Who chaired the panel in March?"), "2016-03-08")


def test_the_chairs_of_a_month_without_its_year_are_each_backed_by_their_header():
    facts = attendance_facts(read_question("Who chaired the Fostering Panel in March?"), [], MEETINGS)
    assert [line.split(":")[0] for line in facts.lines] == ["Fostering Panel, 2015-03-03", "Fostering Panel, 2016-03-08"]
    assert facts.cited == [("urn:minutes", (10, 14), "pack.txt"), ("urn:minutes2", (5, 9), "pack2.txt")]


def _decided_item(title: str) -> Evidence:
    chunk = Chunk("c", "urn:item", "minute_item", title, f"{title}\nResolved: that the report be noted.", "pack.txt",
                  (20, 21), "2015-09-08", ((20, 20), (21, 21)))
    context = NodeContext("urn:item", "minute_item", item={"title": title},
                          resolutions=[{"text": "that the report be noted."}])
    return Evidence(chunk, 1.0, context)


def test_a_month_without_its_year_in_the_title_of_the_item_asked_about_dates_no_meeting():
    evidence = [_decided_item("FOSTERING PERFORMANCE REPORT - JULY 2015")]
    assert unheld_meeting(read_question("What did the panel decide on the fostering performance report at its "
                                        "July meeting?"), evidence, MEETINGS) is None
    unmet = unheld_meeting(read_question("What did the panel decide on the adoption scorecard at its July meeting?"),
                           evidence, MEETINGS)
    assert unmet is not None and unmet.reason == "no_meeting"


@pytest.mark.parametrize("question, unheard", [
    ("What did the panel hear from PFZQ about the review?", "PFZQ"),
    ("What did the panel hear from CAMHS about the review?", None),   # spelt out: Child and Adolescent Mental Health S.
    ("What did the DoH say?", None),                                   # Department of Health
    ("What did the panel say about the LACs?", None),                  # printed, a plural
    ("What did the panel say about the FOSTERING PANEL?", None),       # words in capitals are words
])
def test_an_acronym_the_papers_never_print_nor_spell_out_is_refused(question, unheard):
    unmet = unknown_name(question, PAPERS)
    assert (unmet.missing if unmet else None) == (f"any mention of '{unheard}'" if unheard else None)
    assert unmet is None or unmet.reason == "no_entity"


@pytest.mark.parametrize("question, decision", [
    ("What was the outcome when the panel looked at the sufficiency strategy in March?", True),
    ("What was the result after the board considered the scorecard?", True),
    ("What was the outcome of the inspection?", False),
])
def test_the_outcome_of_a_body_looking_at_an_item_asks_what_it_decided(question, decision):
    assert read_question(question).wants_decision is decision


def _figure_row(text: str, heading: str) -> Evidence:
    chunk = Chunk("c", "urn:item", "minute_item", heading, f"{heading}\n{text}", "pack.txt", (30, 31), "2015-03-03",
                  ((30, 30), (31, 31)))
    return Evidence(chunk, 1.0, NodeContext("urn:item", "minute_item", item={"title": heading}),
                    quoted=[Quote(text, (31, 31))])


@pytest.mark.parametrize("question", [
    "What was the LSCB budget in 2015?",                                   # the heading prints 'WLSCB'
    "What was the budget of the Local Safeguarding Children Board in 2015?",   # ... its acronym
])
def test_a_figure_under_a_heading_naming_a_body_by_its_acronym_is_of_that_body(question):
    ev = _figure_row("In 2015 there was a £1,904 balance in the learning budget.", "7. WLSCB Budget - update")
    assert figure_refusal(read_question(question), [ev]) is None
    refused = figure_refusal(read_question("What was the MASH budget in 2015?"), [ev])
    assert refused is not None and refused.reason == "no_figure"


@pytest.mark.parametrize("name, text, printed", [
    ("LSCB", "the WLSCB budget", True), ("LSCB", "LSCBs must train staff", True),
    ("LSCB", "the Local Safeguarding Children Board", True), ("LA", "a formula", False), ("MASH", "the hub", False),
])
def test_an_acronym_is_printed_by_itself_after_a_places_initial_or_spelt_out(name, text, printed):
    assert acronym_printed(name, text) is printed


def test_a_figure_in_the_minutes_of_the_body_named_is_one_it_heard():
    text = "Adoption services completed 46.6 % of adopter assessments within six months."
    chunk = Chunk("c", "urn:item", "minute_item", "ADOPTION REPORT", text, "pack.txt", (40, 40), "2015-03-03",
                  ((40, 40),))
    context = NodeContext("urn:item", "minute_item", meeting={"body": "Fostering Panel", "date": "2015-03-03"},
                          item={"title": "ADOPTION REPORT"})
    ev = Evidence(chunk, 1.0, context, quoted=[Quote(text, (40, 40))])
    asked = "According to the Fostering Panel's minutes, what was the figure for adopter assessments?"
    assert figure_refusal(read_question(asked), [ev]) is None
    refused = figure_refusal(read_question("What was the figure for adopter assessments at the Schools Forum?"), [ev])
    assert refused is not None and refused.reason == "no_figure"


def _mentioning_graph() -> Graph:
    """Two invented meetings of the Fostering Panel; one item of the first mentions the Clinical Commissioning
    Group (CCG), one of the second mentions it too."""
    graph = Graph()
    body, group = URIRef("urn:panel"), URIRef("urn:org/ccg")
    graph.add((body, SKOS.prefLabel, Literal("Fostering Panel")))
    graph.add((group, RDF.type, ORG.Organization))
    graph.add((group, SKOS.prefLabel, Literal("Clinical Commissioning Group")))
    graph.add((group, SKOS.altLabel, Literal("CCG")))
    for meeting, day, iri, title, start in [("m1", "2015-03-03", "i1", "THERAPEUTIC TEAM REPORT", 20),
                                            ("m2", "2015-06-09", "i2", "HEALTH ASSESSMENTS", 60)]:
        node, item, source = URIRef(f"urn:{meeting}"), URIRef(f"urn:{iri}"), URIRef("urn:source")
        for triple in [(node, DCTERMS.date, Literal(day)), (node, BESLUIT.isGehoudenDoor, body),
                       (node, CKG.hasMinuteItem, item), (item, DCTERMS.title, Literal(title)),
                       (item, CKG.lineStart, Literal(start)), (item, CKG.lineEnd, Literal(start + 9)),
                       (item, PROV.wasDerivedFrom, source), (source, DCTERMS.title, Literal("pack.txt")),
                       (item, SCHEMA.mentions, group)]:
            graph.add(triple)
    return graph


def test_what_a_meeting_heard_about_an_organisation_named_by_its_acronym_is_listed_from_the_graph():
    contexts = ContextBuilder(_mentioning_graph())
    facts = mentioned_facts(read_question("What did the panel hear about the CCG in March 2015?"), contexts,
                            ["Fostering Panel"])
    assert facts.lines == [("'THERAPEUTIC TEAM REPORT' (Fostering Panel, 2015-03-03) mentions Clinical "
                            "Commissioning Group [pack.txt:20-29]")]
    assert facts.cited == [("urn:i1", (20, 29), "pack.txt")]
    in_full = mentioned_facts(read_question("What was reported to the panel regarding the Clinical Commissioning "
                                            "Group on 9 June 2015?"), contexts, ["Fostering Panel"])
    assert [line.split("'")[1] for line in in_full.lines] == ["HEALTH ASSESSMENTS"]
    for other in ["What did the panel decide about the CCG in March 2015?",     # a decision: the minutes' own lines
                  "What did the panel hear about the CCG?",                      # no meeting dated
                  "What did the panel hear about the MASH in March 2015?"]:     # another organisation
        assert mentioned_facts(read_question(other), contexts, ["Fostering Panel"]).lines == []


def test_a_quoted_wording_is_not_named_by_its_common_words_near_a_sum():
    text = "Health colleagues will ensure the £22,000 for children is spent this year."
    ev = _figure_row(text, "8. Budget - update report")
    def rarity(word: str) -> float:
        return 4.0 if word.startswith(("regist", "inform")) else 1.0

    asked = read_question("What budget was set for 'Ensure all children are registered on the Child Health Information'?")
    refused = figure_refusal(asked, [ev], weight=rarity)
    assert refused is not None and refused.reason == "no_figure"
    named = _figure_row("Ensure all children are registered on the Child Health Information system: £4,000.", "Plan")
    assert figure_refusal(asked, [named], weight=rarity) is None


@pytest.mark.parametrize("question", ["What did Mrs Marsh present to the panel?", "What did Cllr Marsh say?",
                                      "What did Dr. Marsh report?"])
def test_a_title_before_a_name_need_not_be_printed_where_the_person_is(question):
    chunk = Chunk("c", "urn:item", "minute_item", "SUFFICIENCY", "Councillor Jo Marsh presented the strategy.",
                  "pack.txt", (60, 60), "2015-06-09", ((60, 60),))
    ev = Evidence(chunk, 1.0, NodeContext("urn:item", "minute_item"))
    def rarity(word: str) -> float:
        return 5.0 if word in {"mrs", "cllr", "dr"} else 1.0

    assert unnamed_in_evidence(read_question(question), [ev], weight=rarity) is None
    refused = unnamed_in_evidence(read_question("What did Mrs Brook present to the panel?"), [ev], weight=rarity)
    assert refused is not None and refused.reason == "not_with_name"


@pytest.mark.parametrize("question", [
    "What did the Fostering Pannel decide?",                 # a letter added
    "What did the Fosterign Panel decide?",                  # two swapped
    "What did the Departmnt of Health say?",                 # one dropped
])
def test_a_name_misspelt_by_one_slip_is_the_printed_name(question):
    assert unknown_name(question, PAPERS) is None


def test_a_name_more_than_one_slip_away_or_too_short_to_tell_is_unknown():
    assert unknown_name("What did the Fstrng Panel decide?", PAPERS).reason == "no_entity"
    assert unknown_name("What did the Fostering Council decide?", PAPERS).reason == "no_body"
    assert PAPERS.respellings("Lak") == ["Lak"]          # too short to tell a slip from another word
    assert one_slip("lifes", "lives") and one_slip("pannel", "panel") and not one_slip("places", "lives")


def test_a_meeting_of_a_body_misspelt_is_the_bodys():
    meetings = [{"body": "Improving Lives Select Commission", "date": "2014-07-09", "kind": "minutes"}]
    assert missing_meeting(read_question("What did the Improving Lifes Select Commission decide in July 2014?"),
                           meetings, True) is None
    unmet = missing_meeting(read_question("What did the Improving Places Select Commission decide in July 2014?"),
                            meetings, True)
    assert unmet is not None and unmet.reason == "no_meeting"


def test_a_piece_speaks_of_a_name_misspelt_or_with_a_stray_plural():
    chunk = Chunk("c", "urn:item", "minute_item", "", "The Local Safeguarding Children Board heard the report.",
                  "pack.txt", (5, 5), "2013-03-15", ((5, 5),))
    ev = Evidence(chunk, 1.0, NodeContext("urn:item", "minute_item"))
    assert unnamed_in_evidence(read_question("What did the Safeguarding Childrens Board agree?"), [ev]) is None
    assert unnamed_in_evidence(read_question("What did the Safeguarding Chidren Board agree?"), [ev]) is None
    refused = unnamed_in_evidence(read_question("What did the Adoption Scorecard Group agree?"), [ev])
    assert refused is not None and refused.reason == "not_with_name"


@pytest.mark.parametrize("question, refused", [
    ("What shortcomings did the inspectors find?", False),     # papers print 'weakness'
    ("What headway has the panel made?", True),                # nor 'progress' printed here
    ("What salary does the director earn?", True),
])
def test_a_word_people_ask_with_is_in_scope_when_the_papers_print_what_they_say_instead(question, refused):
    papers = StoreText(["The inspectors found two weaknesses in the Fostering Panel's work."])
    unmet = unknown_thing(read_question(question), papers)
    assert (unmet is not None and unmet.reason == "out_of_scope") is refused
    assert "progress" in said_otherwise("headway") and "weakness" in said_otherwise("shortcomings")


@pytest.mark.parametrize("sentence, figure", [
    ("As Stage 1 is adopter led, the agency has less control.", False),
    ("Adopters may take a break between Stages 1 and 2.", False),
    ("See pages 12-14 of the report.", False),
    ("Some 46.6 % of adopter assessments were completed within six months.", True),
    ("Key Stage 2 results rose to 64%.", True),
])
def test_a_stage_phase_or_page_number_is_no_figure(sentence, figure):
    assert gives_figure(sentence) is figure


def test_a_body_named_by_its_acronym_dates_its_own_meetings():
    meetings = [*MEETINGS, {"body": "Schools Forum", "date": "2015-07-14", "kind": "minutes"}]
    unmet = missing_meeting(read_question("Who chaired the FP in July?"), meetings, False)
    assert unmet is None                                   # 'FP' is too short to be the Fostering Panel's acronym
    meetings = [{"body": "Corporate Parenting Panel", "date": "2016-09-27", "kind": "minutes"},
                {"body": "Improving Lives Select Commission", "date": "2014-07-09", "kind": "minutes"}]
    unmet = missing_meeting(read_question("Who chaired the CPP in July?"), meetings, False)
    assert unmet is not None and unmet.missing == "meeting of the Corporate Parenting Panel in July of any year"
    assert missing_meeting(read_question("Who chaired the CPP in September?"), meetings, False) is None


def test_a_quoted_wording_does_not_make_a_question_about_a_meeting():
    question = "What progress had been made on 'Implement the plan, meeting key deliverables' by June 2014?"
    assert not read_question(question).speaks_of_a_meeting
    assert read_question("What did the panel decide at its meeting in June 2014?").speaks_of_a_meeting


def test_an_item_is_named_by_every_word_of_a_name_its_title_holds():
    meetings = [{"body": "Fostering Panel", "kind": "minutes", "items": [
        {"iri": "urn:i1", "title": "Child Death Overview Panel Annual Report"},
        {"iri": "urn:i2", "title": "Policy & Procedures Sub Group"}]}]
    assert titled_items("When did the board talk about the Death Overview?", meetings) == ["urn:i1"]
    assert titled_items("Who spoke about the Policy Procedures?", meetings) == ["urn:i2"]
    assert titled_items("What did the Fostering Panel decide?", meetings) == []   # a body's name names no item


def test_an_acronym_beside_a_body_named_by_its_kind_is_what_the_question_asks_about():
    meetings = [{"body": "Corporate Parenting Panel", "date": "2016-09-27", "kind": "minutes"},
                {"body": "Improving Lives Select Commission", "date": "2014-07-09", "kind": "minutes"}]
    assert missing_meeting(read_question("What did the commission hear about the CPP in July 2014?"), meetings,
                           False) is None
