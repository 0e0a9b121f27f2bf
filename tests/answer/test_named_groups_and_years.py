"""Refusals by constraints people state loosely: an organisation or group named as the papers never print it (its
words printed only apart), a body's kind said otherwise only where the papers print its own name just before a
kind, an acronym standing for a body's words, and a meeting dated by its year alone. Invented papers; no index."""
from __future__ import annotations

import pytest

from kg.answer.constraints import StoreText, missing_meeting, unknown_name
from kg.answer.intent import read_question

PAPERS = StoreText([
    "WESTFORD METROPOLITAN BOROUGH COUNCIL - Fostering Panel, 3 March 2015. Westford Metropolitan Borough Council.",
    ("The Children, Young People and Families Partnership met. Foster carers attended the Parent and Carers Forum. "
     "The Harbour Lane Select Commission heard from Youth Justice Services, UK Youth Parliament and others. "
     "Pupils of Northgate Primary and the Kestrel Community visited; the Looked After Children Team reported. "
     "The academy trust, the housing association, the steering group and the Safeguarding Board were thanked."),
])
MEETINGS = [
    {"body": "Fostering Panel", "date": "2015-03-03", "kind": "minutes"},
    {"body": "Fostering Panel", "date": "2016-06-09", "kind": "agenda"},
    {"body": "Children, Young People and Families Partnership", "date": "2014-11-20", "kind": "minutes"},
]


@pytest.mark.parametrize("question, reason, missing", [
    # every word printed, the name never: 'Northgate' and 'Academy', 'Foster' 'Carers' and 'Association' apart
    ("What did the panel hear about Northgate Academy?", "no_entity", "any mention of the 'Northgate Academy'"),
    ("What did the Foster Carers Association ask for?", "no_entity", "any mention of the 'Foster Carers Association'"),
    # a body's own words printed, but followed by no kind ('the Kestrel Community visited')
    ("What did the Kestrel Community Forum decide?", "no_body", "papers of the 'Kestrel Community Forum'"),
    # a kind printed only two words on, in the next item of a list ('Youth Justice Services, UK Youth Parliament')
    ("What did the Youth Justice Services Board decide?", "no_body", "papers of the 'Youth Justice Services Board'"),
])
def test_a_group_or_body_whose_words_are_printed_only_apart_is_unmet(question, reason, missing):
    unmet = unknown_name(question, PAPERS)
    assert unmet is not None and (unmet.reason, unmet.missing) == (reason, missing)


@pytest.mark.parametrize("question", [
    "What did the Parent Carers Forum say?",              # joining word aside: 'Parent and Carers Forum'
    "What did the Parent Carers Group say?",              # its kind said otherwise, printed just after its own name
    "What did Youth Justice Service report?",             # a plural printed: 'Youth Justice Services'
    "What did the Harbour Lane Commission hear?",         # a word before the kind left out: '... Select Commission'
    "What did the CYPF Partnership decide?",              # an acronym of the body's words, spelt out in the papers
    "What did the LAC Team report?",                      # an acronym of a group's words
    "What did the head of Westford Looked After Children Team say?",   # a post of a group, the home place before it
])
def test_a_group_or_body_named_as_people_say_it_is_met(question):
    assert unknown_name(question, PAPERS) is None


def test_a_meeting_dated_by_its_year_alone_must_be_held_that_year():
    unmet = missing_meeting(read_question("Who chaired the Fostering Panel in 2014?"), MEETINGS, minutes_only=False)
    assert unmet is not None and unmet.reason == "no_meeting"
    assert unmet.missing == "meeting of the Fostering Panel in 2014"
    assert unmet.message.endswith("the nearest: 3 March 2015 (minutes), 9 June 2016 (agenda).")
    assert missing_meeting(read_question("Who chaired the Fostering Panel in 2016?"), MEETINGS, False) is None
    # an agenda is held in 2016, but who attended is printed only in minutes
    attended = read_question("Which members were present at the 2016 meeting of the Fostering Panel?")
    assert missing_meeting(attended, MEETINGS, minutes_only=True).missing == (
        "minutes of a meeting of the Fostering Panel in 2016")


def test_a_year_dates_a_meeting_only_in_a_part_asking_about_one():
    assert read_question("Who chaired the Fostering Panel in 2014?").meeting_years == {2014}
    assert read_question("What did the partnership decide at its 2014 meeting?").meeting_years == {2014}
    # the year of a post held, and of a topic, date no meeting
    assert read_question("What post did she hold on the board in 2013, and when did she attend the panel?"
                         ).meeting_years == set()
    assert read_question("How many foster carers were approved in 2014?").meeting_years == set()
    assert read_question("Who chaired the Fostering Panel in March 2014?").meeting_years == set()   # a month instead


def test_a_sum_asked_of_what_the_graph_answers_without_one_is_refused():
    from kg.answer.abstain import figure_refusal

    intent = read_question("What budget was set for the action 'Extend the harbour reading scheme'?")
    leads = ["'Extend the harbour reading scheme': led by Ann Byrd. [pack.txt:40-41]"]
    refused = figure_refusal(intent, [], stated=leads)    # nothing quoted; the graph's line gives no sum
    assert refused is not None and refused.reason == "no_figure"
    costed = ["'Extend the harbour reading scheme': £12,000 from the schools budget. [pack.txt:40-41]"]
    assert figure_refusal(intent, [], stated=costed) is None


def test_a_body_is_not_met_by_its_words_before_a_college_or_a_service():
    papers = StoreText(["Courses ran at Kestrel Vale College last year. Later, the partnership and the panel met."])
    unmet = unknown_name("What did the Kestrel Vale Partnership decide?", papers)
    assert unmet is not None and unmet.reason == "no_body"
    assert unknown_name("What did the Kestrel Vale Panel decide?", StoreText(
        ["The Kestrel Vale Scrutiny Panel met; the partnership too."])) is None


def test_a_day_may_be_named_with_of_between_it_and_its_month():
    assert read_question("Who chaired the Fostering Panel on the 8th of March?").days == {(3, 8)}
    dated = read_question("Who chaired the Fostering Panel on the 3rd of March 2015?")
    assert dated.days == {(3, 3)} and dated.months == {(2015, 3)}
    assert missing_meeting(read_question("Who chaired the Fostering Panel on the 8th of March?"), MEETINGS,
                           minutes_only=False).missing == "meeting of the Fostering Panel on 8 March"


def test_a_month_cut_short_dates_a_meeting_as_its_full_name_does():
    from kg.answer.intent import spelled_dates

    assert spelled_dates("Who chaired the Fostering Panel on 14 Feb 2017?") == (
        "Who chaired the Fostering Panel on 14 February 2017?")
    assert spelled_dates("What did it decide in Sept. 2016 and on Oct 12, 2016?") == (
        "What did it decide in September 2016 and on 12 October 2016?")
    assert spelled_dates("Is the jan plan ready? Mar is fine.") == "Is the jan plan ready? Mar is fine."   # no date
    unmet = missing_meeting(read_question("Who chaired the Fostering Panel on 9 Apr 2015?"), MEETINGS, False)
    assert unmet is not None and unmet.missing == "meeting of the Fostering Panel on 9 April 2015"
