"""Refusals and answers of kinds met on questions nobody tuned for, on invented papers: a later part pointing back
to a meeting the store does not hold, the price of something asked by its verb, a post at a named place no row
names its holder of, a body the store holds no meetings of, a figure of another financial year, a name written in
lower case no piece found speaks of, the leads of a priority's actions, what members asked for, the attendance of a
body named by its own words, who did something in a year named."""
from __future__ import annotations

import pytest

from index.chunks import Chunk
from kg.answer.abstain import (
    figure_refusal,
    lower_case_names,
    post_refusal,
    unheld_meeting,
    unmet_parts,
    unnamed_in_evidence,
)
from kg.answer.constraints import StoreText
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.facts import (
    GraphFacts,
    attendance_facts,
    leads_line,
    next_meeting_facts,
    people_facts,
)
from kg.answer.intent import read_question
from kg.answer.pipeline import anchor_cited
from kg.answer.quotes import Quote, Relevance
from kg.config import AnswerConfig

MEETINGS = [
    {"body": "Fostering Panel", "date": "2015-03-03", "kind": "minutes"},
    {"body": "Fostering Panel", "date": "2015-06-09", "kind": "minutes"},
]
PAPERS = StoreText(["Westford Metropolitan Borough Council. The Fostering Panel met on 3 March 2015."])


def test_a_later_part_pointing_back_speaks_of_the_meeting_the_question_dates():
    held_not = read_question("Who chaired the Fostering Panel's April 2015 meeting and what did it agree?")
    assert unmet_parts(held_not, [], MEETINGS, PAPERS) == []   # every part unmet: the whole is refused


def test_a_later_part_with_a_date_of_its_own_is_checked_apart():
    question = read_question("Who chaired the Fostering Panel's April 2015 meeting, and what did it agree in June 2015?")
    assert [u.missing for u in unmet_parts(question, [], MEETINGS, PAPERS)] == [
        "meeting of the Fostering Panel in April 2015"]


@pytest.mark.parametrize(("question", "quantity"), [
    ("What does the new mentoring team cost each year?", True),
    ("What did the summer scheme cost?", True),
    ("What did the review say about costs?", False),
    ("What does the council do about costly placements?", False),
])
def test_the_price_of_something_asked_by_its_verb_asks_for_money(question, quantity):
    intent = read_question(question)
    assert intent.wants_quantity is quantity
    assert intent.figure_kind == "money"


def _piece(text: str, title: str = "Schools update", first_line: int = 20) -> Evidence:
    rows = tuple((first_line + i, first_line + i) for i in range(text.count("\n") + 1))
    chunk = Chunk("c", "urn:c", "paper", title, text, "pack.txt", (first_line, first_line + text.count("\n")),
                  "2015-03-03", rows)
    return Evidence(chunk, 1.0, NodeContext("urn:c", "paper", documents=[title]))


ROSTER = ("Members of the forum:\nJane Orme, Headteacher, Millbrook Primary School\n"
          "Tom Reyes, Head Teacher, Ashgrove Academy\nApologies: none\n"
          "Oak Lane Special School took part in the survey for the first time.")


def test_a_post_at_a_place_no_row_names_its_holder_of_is_refused():
    refused = post_refusal(read_question("Who is the headteacher of Oak Lane Special School?"), [_piece(ROSTER)])
    assert refused is not None and refused.reason == "no_answer_kind"
    assert refused.missing == ["the headteacher of 'Oak Lane Special School'"]


@pytest.mark.parametrize("question", [
    "Who is the headteacher of Millbrook Primary School?",
    "Who is the headteacher of Ashgrove Academy?",          # printed 'Head Teacher'
    "Who is the author of the Ashgrove Academy report?",    # a paper's author: its cover sheet says
    "Who is the lead for the priority 'Oak Lane Special School'?",
    "Who are the accountable officers named in the Oak Lane Special School Report?",
    "Who is the Headteacher at Wexmoor Borough Council?",     # a council's papers name its officers without its name
    "Who is the Headteacher at the London Borough of Wexmoor?",
])
def test_a_post_printed_beside_the_place_or_asked_of_a_paper_is_not_refused(question):
    assert post_refusal(read_question(question), [_piece(ROSTER)]) is None


def test_a_post_under_a_heading_naming_the_place_is_its_holder():
    staff = _piece("Staffing\nSam Iles, Headteacher, since May 2014", title="Oak Lane Special School inspection")
    assert post_refusal(read_question("Who is the headteacher of Oak Lane Special School?"), [staff]) is None


def _rows(text: str) -> Evidence:
    return _piece(text, title="Partnership update")


@pytest.mark.parametrize("question", [
    "When is the next meeting of the Schools Forum?",
    "Who attended the Schools Forum?",
])
def test_when_or_who_of_a_body_the_store_holds_no_meetings_of_is_refused(question):
    passing = _rows("A poster was sent to the Schools Forum in June 2014.\nThe forum's views were welcomed.")
    unmet = unheld_meeting(read_question(question), [passing], MEETINGS)
    assert unmet is not None and unmet.reason == "no_meeting"
    assert unmet.missing == "papers of a meeting of the Schools Forum"


def test_the_next_meeting_of_a_body_a_paper_says_it_meets_is_not_refused():
    said = _rows("The Schools Forum will next meet on 4 June 2015 at the Town Hall.")
    assert unheld_meeting(read_question("When is the next meeting of the Schools Forum?"), [said], MEETINGS) is None
    assert unheld_meeting(read_question("Who attended the Fostering Panel?"), [said], MEETINGS) is None   # held


def _quoted(text: str) -> Evidence:
    ev = _piece(text, title="Adoption performance")
    last = text.count("\n")
    ev.quoted = [Quote(text.splitlines()[-1], (20 + last, 20 + last))]
    return ev


def test_a_figure_dated_by_a_row_printing_another_financial_year_is_refused_for_the_year_asked():
    question = read_question("How many children were adopted in 2016/17?")
    other_year = _quoted("Adoption performance in 2015/16\nOf the 43 children adopted, 16 were girls.")
    refused = figure_refusal(question, [other_year])
    assert refused is not None and refused.reason == "no_date" and refused.missing == ["a figure for 2016/17"]
    same_year = _quoted("Adoption performance in 2016-17\nOf the 43 children adopted, 16 were girls.")
    assert figure_refusal(question, [same_year]) is None


def test_the_leads_of_every_action_under_a_priority_are_counted_most_first_with_the_actions_lines():
    actions = [{"leads": leads, "source": "plan.txt", "start": str(start), "end": str(start)}
               for leads, start in ((["Ann Bell", "Tom Hart"], 40), (["Tom Hart"], 41), ([], 42), (["Raj Iqbal"], 44))]
    assert leads_line(actions) == ["Leads of the 4 actions: Tom Hart (2), Ann Bell (1), Raj Iqbal (1) [plan.txt:40-44]"]
    assert leads_line([{"leads": [], "source": "plan.txt", "start": "9", "end": "9"}]) == []


NAMED = StoreText(["The UK Youth Parliament met the Fostering Panel.", "Matters Arising",
                   ("There were no matters arising. Other matters arising were noted. The matters arising list was "
                    "short.")])


def test_a_name_written_in_lower_case_is_one_the_papers_print_capitalised_most_times():
    assert lower_case_names("What did the board agree about the youth parliament budget?", NAMED) == ["youth parliament"]
    assert lower_case_names("When did the board talk about the matters arising?", NAMED) == []   # mostly lower case
    assert lower_case_names("What did the Youth Parliament say?", NAMED) == []   # capitalised: names_in reads it


def test_a_name_written_in_lower_case_that_no_piece_found_speaks_of_is_refused():
    question = read_question("What did the board agree about the youth parliament budget?")
    budget = _piece("The board agreed its budget for the year.")
    names = lower_case_names(question.text, NAMED)
    refused = unnamed_in_evidence(question, [budget], lower_case=names)
    assert refused is not None and refused.reason == "not_with_name"
    assert refused.missing == ["a piece speaking of 'youth parliament'"]
    spoken = _piece("The board agreed to fund the Youth Parliament's budget for the year.")
    assert unnamed_in_evidence(question, [spoken], lower_case=names) is None


def test_the_excerpt_of_a_piece_shows_the_first_lines_the_graphs_answer_cites_in_it():
    rows = ["5. Library opening hours", "Ann Bell presented the annual report on opening hours."]
    rows += [f"Row {n} of the discussion about the libraries and their visitors, at some length." for n in range(40)]
    rows += ["Ann Bell explained that visitor numbers were counted weekly."]
    ev = _piece("\n".join(rows), first_line=100)
    question = "Who presented the annual report on library opening hours?"
    ev.quoted = [Quote(rows[-1], (141, 141))]   # the sentence the answer quotes, far below the heading
    anchor_cited([ev], GraphFacts(said=[("pack.txt", (100, 141))]), AnswerConfig())
    ev.focus(Relevance.of(question), 900)
    assert ev.shown.lines[0] == 100 and ev.shown.text.startswith("5. Library opening hours\nAnn Bell presented")


@pytest.mark.parametrize(("question", "decision"), [
    ("How many cases were open in May 2015, and what follow-up did members ask for in June 2015?", True),
    ("What did the panel ask for?", True),
    ("What did members request about the reading club?", True),
    ("How many cases were open in May 2015?", False),
    ("How long did it take to approve the new carers?", False),   # a figure, in the same part as the verb
    ("Who requested the review?", False),
])
def test_what_members_asked_for_is_a_decision_and_a_later_part_may_ask_one_after_a_count(question, decision):
    assert read_question(question).wants_decision is decision


def test_attendance_of_a_body_named_by_its_own_words_is_its_meetings_not_those_of_the_pieces_found():
    meetings = [
        {"body": "Fostering Panel", "date": "2015-03-03", "kind": "minutes", "chair": "Councillor Ashby",
         "present": ["Councillor Ashby"], "apologies": [], "source": "pack.txt", "header": (10, 14), "printed_date": None},
        {"body": "Eastvale Virtual School – Governing Body", "date": "2015-05-05", "kind": "minutes", "chair": None,
         "present": ["Ann Bell", "Tom Hart"], "apologies": [], "source": "pack.txt", "header": (90, 96),
         "printed_date": None},
    ]
    panel = _piece("The Fostering Panel noted the report.")
    panel.context.meeting = {"body": "Fostering Panel", "date": "2015-03-03"}
    facts = attendance_facts(read_question("Who attended the virtual school governing body meeting?"), [panel], meetings)
    assert facts.lines == [("Eastvale Virtual School – Governing Body, 2015-05-05: present: Ann Bell, Tom Hart. "
                            "[pack.txt:90-96]")]


def _presented(name: str, date: str, line: int) -> Evidence:
    chunk = Chunk(name, f"urn:{name}", "minute_item", "Road safety", f"{name} presented the road safety report.",
                  "pack.txt", (line, line), date)
    item = {"iri": f"urn:{name}", "number": "4", "title": "ROAD SAFETY"}
    return Evidence(chunk, 1.0, NodeContext(f"urn:{name}", "item", meeting={"body": "Fostering Panel", "date": date},
                                            item=item, people=[name]))


def test_who_did_it_in_a_year_named_is_answered_from_pieces_of_that_year():
    pieces = [_presented("Ann Bell", "2014-05-01", 10), _presented("Tom Hart", "2018-01-23", 90)]
    facts = people_facts(read_question("Who presented the road safety report in 2018?"), pieces, [])
    assert [line.split(": ")[-1] for line in facts.lines] == ["presented by Tom Hart. [pack.txt:90-90]"]
    assert len(people_facts(read_question("Who presented the road safety report?"), pieces, []).lines) == 2


def _no_pieces(node: str) -> list[Chunk]:
    return []


def test_the_next_meeting_after_a_month_named_is_not_read_from_an_earlier_meetings_papers():
    march = {"body": "Fostering Panel", "date": "2015-03-03", "kind": "minutes", "source": "pack.txt",
             "items": [{"iri": "urn:i9", "title": "Date of next meeting: Friday 5th June 2015", "lines": (40, 41),
                        "number": "9"}]}
    september = {"body": "Fostering Panel", "date": "2015-09-08", "kind": "minutes", "source": "pack.txt", "items": []}
    after = next_meeting_facts(read_question("When was the Fostering Panel due to meet after September 2015?"),
                               [march, september], ["Fostering Panel"], _no_pieces)
    assert after.lines == []
    since = next_meeting_facts(read_question("When was the Fostering Panel due to meet after March 2015?"),
                               [march, september], ["Fostering Panel"], _no_pieces)
    assert since.lines == [("Fostering Panel, 2015-03-03 (minutes) item 9: Date of next meeting: Friday 5th June 2015 "
                            "[pack.txt:40-41]")]
    latest = next_meeting_facts(read_question("When is the Fostering Panel's next meeting?"), [march, september],
                                ["Fostering Panel"], _no_pieces)
    assert len(latest.lines) == 1   # no month named: the latest meeting that prints one


@pytest.mark.parametrize("post", ["General Practitioner", "Detective Superintendent", "Public Health Specialist"])
def test_a_post_written_with_capitals_is_no_name_to_find_in_the_evidence(post):
    question = read_question(f"Who was the {post} on the safeguarding board?")
    members = _piece("Membership: Ann Bell - Member, a family doctor; Tom Hale - Member, police.")
    assert unnamed_in_evidence(question, [members]) is None
    # a name that is no post is still looked for
    refused = unnamed_in_evidence(read_question("Who was Ann Gale on the safeguarding board?"), [members])
    assert refused is not None and refused.reason == "not_with_name"
