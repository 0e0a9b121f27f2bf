"""Refusals by the question's constraints: names the papers never print, bodies of another council, meetings
the store does not hold, figures of other years or other things, outcomes the papers predate. Invented papers;
no index or model."""
from __future__ import annotations

import pytest

from index.chunks import Chunk
from kg.answer.abstain import (
    figure_refusal,
    outcome_refusal,
    refusal,
    unheld_meeting,
    unknown_thing,
    unmet_parts,
    unnamed_in_evidence,
    year_refusal,
)
from kg.answer.constraints import (
    StoreText,
    missing_meeting,
    names_in,
    unknown_name,
    unknown_year,
)
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import (
    asked_thing,
    counted_thing,
    deed_asked,
    periods_named,
    question_parts,
    read_question,
    reckons_from_a_date,
)
from kg.answer.quotes import Quote, gives_date

PAPERS = StoreText([
    "WESTFORD METROPOLITAN BOROUGH COUNCIL - REPORT TO MEMBERS\nFostering Panel, 3 March 2015",
    ("Westford Metropolitan Borough Council. The Fostering Panel heard from Councillor Ashby about the "
     "Summer Reading Club. Eastvale City Council sent an observer."),
    ("Westford Borough Council: the Youth Parliament met at Westford Town Hall; Children's Services Board; "
     "the Schools Forum."),
])

MEETINGS = [
    {"body": "Fostering Panel", "date": "2015-03-03", "kind": "minutes"},
    {"body": "Fostering Panel", "date": "2015-06-09", "kind": "agenda"},
    {"body": "Schools Forum", "date": "2015-04-14", "kind": "minutes"},
]


def test_names_are_the_capitalised_runs_that_are_not_grammar():
    assert names_in("Who chaired the Fostering Panel in March 2015?") == ["Fostering Panel"]
    assert names_in("What did Councillor Ashby say about the Summer Reading Club?") == ["Councillor Ashby",
                                                                                         "Summer Reading Club"]
    assert names_in("Trace the plan: who leads it?") == []          # a question's first word is capitalised anyway
    assert names_in("What did Eastvale City Council's Fostering Panel decide?") == [
        "Eastvale City Council Fostering Panel"]


def test_the_home_council_is_the_one_the_papers_are_most_often_of():
    assert PAPERS.home == "westford"
    assert PAPERS.mentions("Summer Reading Club") and PAPERS.mentions("children's services board")
    assert not PAPERS.mentions("Reading Club Summer")
    assert PAPERS.mentions("Councillors") and PAPERS.mentions("Observers")     # another form of a printed word
    assert PAPERS.mentions("CSE-related") is False and PAPERS.mentions("Westford-Eastvale")  # each part printed


@pytest.mark.parametrize("question, reason", [
    ("What did Councillor Pemberton say to the Fostering Panel?", "no_entity"),
    ("Who chairs the Northgate Youth Offending Board?", "no_entity"),
    ("What did Eastvale City Council's Fostering Panel decide?", "no_body"),
    ("What did the Eastvale Schools Forum decide?", "no_body"),
    ("Who is the Observer of the Eastvale Schools Forum?", "no_body"),
    ("What did the SENCO tell the Fostering Panel?", "no_entity"),    # an acronym printed in no form
])
def test_a_name_or_body_the_papers_never_print_is_unmet(question, reason):
    unmet = unknown_name(question, PAPERS)
    assert unmet is not None and unmet.reason == reason


@pytest.mark.parametrize("question", [
    "What did Westford's Fostering Panel decide in March 2015?",     # the home council's own body
    "Who spoke to the Fostering Panel about the Summer Reading Club?",
    "What did the Youth Parliament ask for?",
    "What did the panel decide?",                                    # names nothing: nothing to check
    "What did the SRC tell the Fostering Panel?",                    # an acronym printed only spelt out (Summer ...)
    "What did the Children's Services Forum say?",                   # its own name printed, its kind said otherwise
    "Who is the Observer of the Westford Schools Forum?",            # a post of a body printed
])
def test_names_the_papers_print_are_met(question):
    assert unknown_name(question, PAPERS) is None


def test_a_meeting_month_the_store_does_not_hold_is_unmet_with_the_nearest():
    unmet = missing_meeting(read_question("Who chaired the Fostering Panel in April 2015?"), MEETINGS, minutes_only=True)
    assert unmet is not None and unmet.reason == "no_meeting"
    assert unmet.missing == "minutes of a meeting of the Fostering Panel in April 2015"
    assert unmet.message.endswith("the nearest: 3 March 2015 (minutes).")


def test_a_day_is_checked_and_an_agenda_is_enough_unless_minutes_are_needed():
    on_the_day = read_question("What did the Fostering Panel decide at its 9 June 2015 meeting?")
    assert missing_meeting(on_the_day, MEETINGS, minutes_only=True).missing == (
        "minutes of a meeting of the Fostering Panel on 9 June 2015")
    assert missing_meeting(on_the_day, MEETINGS, minutes_only=False) is None
    assert missing_meeting(read_question("Who chaired the Fostering Panel in March 2015?"), MEETINGS, True) is None


def _evidence(text: str, lines: tuple[int, int], date: str | None, quoted: list[Quote]) -> Evidence:
    rows = tuple((lines[0] + i, lines[0] + i) for i in range(text.count("\n") + 1))
    chunk = Chunk("c", "urn:n", "paper", "", text, "pack.txt", lines, date, rows)
    return Evidence(chunk, 1.0, NodeContext("urn:n", "paper"), quoted=quoted)


def test_a_figure_of_another_year_does_not_answer_how_many_in_a_named_year():
    text = "In 2015/16 the service approved 18 foster carers."
    ev = _evidence(text, (10, 10), "2016-06-01", [Quote(text, (10, 10))])
    refused = figure_refusal(read_question("How many foster carers were approved in 2019/20?"), [ev])
    assert refused is not None and refused.reason == "no_date" and refused.missing == ["a figure for 2019/20"]
    assert figure_refusal(read_question("How many foster carers were approved in 2015/16?"), [ev]) is None


def test_a_figure_printed_far_from_what_the_question_names_does_not_answer_it():
    text = "The hub bid raised £875,000.\nRow two\nRow three\nFamilies went to the Harbour Cup in Northport."
    ev = _evidence(text, (20, 23), None, [Quote("The hub bid raised £875,000.", (20, 20))])
    refused = figure_refusal(read_question("How much did the Harbour Cup in Northport cost?"), [ev], home="westford")
    assert refused is not None and refused.reason == "no_figure"
    near = _evidence("The Harbour Cup cost £900.", (30, 30), None, [Quote("The Harbour Cup cost £900.", (30, 30))])
    assert figure_refusal(read_question("How much did the Harbour Cup in Northport cost?"), [near]) is None


def test_an_outcome_the_papers_only_foresee_is_refused():
    ahead = _evidence("The peer review of neglect would take place in May; the peer review team will report on "
                      "neglect in June.", (5, 5), None, [])
    question = read_question("What were the findings of the peer review of neglect?")
    refused = outcome_refusal(question, [ahead])
    assert refused is not None and refused.reason == "no_answer_kind"
    after = _evidence("The peer review of neglect found that plans drifted.", (7, 7), None, [])
    assert outcome_refusal(question, [ahead, after]) is None


def test_refusal_reports_the_unmet_name_before_anything_else():
    refused = refusal(read_question("What did Councillor Pemberton say about fostering?"), [], MEETINGS, True, 0.9, 0.3,
                      PAPERS)
    assert refused is not None and refused.reason == "no_entity"
    assert refused.missing == ["any mention of 'Councillor Pemberton'"]


def test_a_figure_without_a_year_is_of_the_year_printed_last_before_it():
    rows = "Health Profile 2013 published.\nAbout 11,500 children lived in poverty."
    ev = _evidence(rows, (40, 41), "2014-01-15", [Quote("About 11,500 children lived in poverty.", (41, 41))])
    assert figure_refusal(read_question("How many children lived in poverty in 2013?"), [ev]) is None
    assert figure_refusal(read_question("How many children lived in poverty in 2016?"), [ev]).reason == "no_date"


def test_a_question_is_split_into_all_its_parts():
    assert question_parts("Who chaired the Fostering Panel in March 2015, and what did it decide in April 2015?") == [
        "Who chaired the Fostering Panel in March 2015", "and what did it decide in April 2015?"]
    assert question_parts("What did the panel decide?") == ["What did the panel decide?"]


def test_the_unmet_part_of_a_many_part_question_is_said_apart():
    question = read_question("Who chaired the Fostering Panel in March 2015, and what did it decide in April 2015?")
    unmet = unmet_parts(question, [], MEETINGS, PAPERS)
    assert [u.missing for u in unmet] == ["minutes of a meeting of the Fostering Panel in April 2015"]
    every_part_unmet = read_question("Who chaired the Fostering Panel in May 2015, and what did it decide in April 2015?")
    assert unmet_parts(every_part_unmet, [], MEETINGS, PAPERS) == []      # refused whole instead
    assert unmet_parts(read_question("Who chaired the Fostering Panel in April 2015?"), [], MEETINGS, PAPERS) == []


def test_a_figure_under_a_heading_naming_what_the_question_names_answers_it():
    rows = "The headlines were:\nRow two\nRow three\nAbout 11,000 children lived in poverty."
    ev = _evidence(rows, (50, 53), None, [Quote("About 11,000 children lived in poverty.", (53, 53))])
    question = read_question("How many children lived in poverty according to the Wellbeing Profile?")
    assert figure_refusal(question, [ev]).reason == "no_figure"        # 'Wellbeing Profile' printed nowhere near
    ev.context.item = {"iri": "urn:item", "number": "12", "title": "WELLBEING PROFILE 2014"}
    assert figure_refusal(question, [ev]) is None


def test_what_a_question_asks_for_and_what_it_counts_are_read_up_to_the_first_function_word():
    assert asked_thing("What salary does the director earn?") == ["salary"]
    assert asked_thing("What was the weather like at the summer fair?") == ["weather"]
    assert asked_thing("Which football club sponsored the awards?") == ["football", "club", "sponsored"]
    assert asked_thing("Who chaired the panel?") == []
    assert counted_thing("How many foster carers were approved?") == ["foster", "carers"]
    assert counted_thing("Roughly how many looked after children moved?") == ["looked"]
    assert periods_named("approved in 2015/16, 2016-2017 and 2017 – 18; the plan for 2013-2016") == {2015, 2016, 2017}


def test_a_question_asking_for_a_thing_the_papers_never_print_is_out_of_scope():
    refused = unknown_thing(read_question("What salary does the Fostering Panel chair earn?"), PAPERS)
    assert refused is not None and refused.reason == "out_of_scope" and refused.missing == ["any mention of 'salary'"]
    assert unknown_thing(read_question("Which observer did Eastvale send?"), PAPERS) is None    # printed
    assert unknown_thing(read_question("Which councils won prizes?"), PAPERS) is None           # one word printed


def test_a_count_printed_of_something_else_does_not_answer_how_many():
    text = "The panel met 6 times and approved 18 foster carers."
    ev = _evidence(text, (12, 12), None, [Quote(text, (12, 12))])
    refused = figure_refusal(read_question("How many social workers left the service?"), [ev])
    assert refused is not None and refused.reason == "no_figure"
    assert refused.missing == ["a count of 'social workers left'"]
    assert figure_refusal(read_question("How many foster carers did the panel approve?"), [ev]) is None


def test_a_financial_year_is_matched_as_a_whole():
    text = "In 2015-2016 the service approved 13 foster carers."
    ev = _evidence(text, (30, 30), "2016-12-06", [Quote(text, (30, 30))])
    refused = figure_refusal(read_question("How many foster carers were approved in 2016-17?"), [ev])
    assert refused is not None and refused.reason == "no_date" and refused.missing == ["a figure for 2016/17"]
    assert figure_refusal(read_question("How many foster carers were approved in 2015/16?"), [ev]) is None


def test_how_many_counts_even_when_the_question_speaks_of_funding():
    assert read_question("How many extra officers did the grant fund?").figure_kind == "number"
    assert read_question("How much did the grant fund?").figure_kind == "money"


def test_what_a_who_question_asks_someone_did_is_its_verb():
    assert deed_asked("Who presented the report on the reading club?") == "presented"
    assert deed_asked("Who is leading the peer review?") == "leading"
    assert deed_asked("Who is the board champion?") is None
    assert deed_asked("What did the panel decide?") is None


def test_a_month_printed_with_a_comma_before_its_year_is_a_date():
    assert gives_date("available for public consultation at the end of February, 2018")
    assert not gives_date("available for public consultation soon")


def test_a_year_no_paper_speaks_of_is_unmet_but_one_inside_a_printed_range_is_met():
    papers = StoreText(["The reading strategy 2013-16 was reviewed in 2017.", "Westford Borough Council"])
    unmet = unknown_year(read_question("What did the Fostering Panel decide in 2022?"), papers)
    assert unmet is not None and unmet.reason == "no_date" and unmet.missing == "any paper speaking of 2022"
    assert unknown_year(read_question("How many readers joined in 2015?"), papers) is None


def test_a_body_named_in_full_that_the_store_does_not_hold_is_named_as_asked():
    unmet = missing_meeting(read_question("Who chaired the Harbour Trust Panel in April 2015?"), MEETINGS, True)
    assert unmet is not None and unmet.missing == "minutes of a meeting of the Harbour Trust Panel in April 2015"


def test_a_word_of_a_name_alone_does_not_make_a_figure_of_it():
    text = "Funding of £7,000 was expected this year."
    ev = _evidence(text, (60, 60), None, [Quote(text, (60, 60))])
    assert figure_refusal(read_question("How much did the Harbour Migration Fund give?"), [ev]).reason == "no_figure"


def test_a_question_naming_a_year_no_piece_found_speaks_of_is_refused():
    ev = _evidence("The director left the service after the inspection.", (70, 70), "2016-09-27", [])
    refused = year_refusal(read_question("Who replaced the director in 2019?"), [ev])
    assert refused is not None and refused.reason == "no_date" and refused.missing == ["papers speaking of 2019"]
    assert year_refusal(read_question("Who replaced the director in 2016?"), [ev]) is None      # the paper's date
    # a month names a meeting, checked apart
    assert year_refusal(read_question("Who chaired the panel in March 2019?"), [ev]) is None


def test_a_which_question_naming_a_role_or_people_asks_for_a_person():
    assert read_question("Which strategic director approved the report?").wants_person
    assert read_question("Which councillors sent apologies to the panel in March 2015?").wants_attendance
    assert not read_question("Which priority was left out of the report?").wants_person


def test_a_council_named_one_way_is_met_by_another_form_of_its_name():
    papers = StoreText(["Report to the Council by the Head of Fostering, London Borough of Northgate."])
    assert unknown_name("Who is the Head of Fostering at Northgate Council?", papers) is None
    assert unknown_name("Who is the Head of Fostering at Eastvale Council?", papers).reason == "no_entity"


def test_who_chaired_a_meeting_held_only_as_an_agenda_is_not_refused_but_who_attended_is():
    chaired = read_question("Who chaired the Fostering Panel on 9 June 2015?")
    assert unheld_meeting(chaired, [], MEETINGS) is None
    attended = read_question("Who attended the Fostering Panel on 9 June 2015?")
    missing = unheld_meeting(attended, [], MEETINGS).missing
    assert missing == "minutes of a meeting of the Fostering Panel on 9 June 2015"


def test_a_body_differing_by_a_word_besides_its_kind_is_another_body():
    places = missing_meeting(read_question("Who chaired the Fostering Places Panel in March 2015?"), MEETINGS, True)
    assert places is not None and places.missing == "minutes of a meeting of the Fostering Places Panel in March 2015"
    assert missing_meeting(read_question("Who chaired the Fostering Board in March 2015?"), MEETINGS, True) is None


def test_a_place_put_before_a_bodys_name_still_names_that_body():
    question = read_question("Who chaired Westford's Fostering Panel in March 2015?")
    assert missing_meeting(question, MEETINGS, True) is None


def test_half_the_words_of_a_two_word_name_do_not_make_a_figure_of_it():
    text = "The council contributes £5,000 and the school matches this in kind."
    ev = _evidence(text, (70, 70), None, [Quote(text, (70, 70))])
    refused = figure_refusal(read_question("How much did the Skills Match bid win?"), [ev])
    assert refused is not None and refused.reason == "no_figure"


def test_quotes_without_a_figure_of_the_kind_asked_give_no_figure():
    text = "The Skills Match bid went through to the next stage of the fund."
    ev = _evidence(text, (80, 80), None, [Quote(text, (80, 80))])
    refused = figure_refusal(read_question("How much funding did the Skills Match bid win?"), [ev])
    assert refused is not None and refused.reason == "no_figure"


def test_a_rate_asked_of_a_year_is_looked_for_among_figures_of_what_it_measures():
    question = read_question("What was Northport's swimming completion rate in 2016/17?")
    assert question.wants_quantity and question.figure_kind == "share"
    own = "Swimming completion rate: baseline 58% in 2012/13."
    other = "In 2016/17 the initial assessment rate was 71%."
    evidence = [_evidence(own, (90, 90), None, [Quote(own, (90, 90))]),
                _evidence(other, (95, 95), None, [Quote(other, (95, 95))])]
    refused = figure_refusal(question, evidence, home="northport")
    assert refused is not None and refused.reason == "no_date"   # the 2016/17 figure measures something else
    later = "In 2016/17 the swimming completion rate was 64%."
    assert figure_refusal(question, [_evidence(later, (99, 99), None, [Quote(later, (99, 99))])], home="northport") is None


def test_a_question_naming_a_place_no_piece_found_speaks_of_is_refused():
    text = "Dr Ada Quill, Designated Doctor for looked after children, Westford health economy."
    ev = _evidence(text, (100, 100), None, [])
    refused = unnamed_in_evidence(read_question("Who is the designated doctor for looked after children in Northport?"),
                                  [ev], home="westford")
    assert refused is not None and refused.reason == "not_with_name" and refused.missing == [
        "a piece speaking of 'Northport'"]
    assert unnamed_in_evidence(read_question("Who is the designated doctor for looked after children in Westford?"),
                               [ev], home="westford") is None
    assert unnamed_in_evidence(read_question("What does the designated doctor in Northport do?"), [ev]).reason == (
        "not_with_name")
    assert unnamed_in_evidence(read_question("What did the CAMHS team tell the panel?"), [ev]) is None   # an acronym
    rare = {"northport": 8.0}.get   # a name's rare word must be printed, not only its common ones
    assert unnamed_in_evidence(read_question("Who heads Northport Health Economy?"), [ev], "westford",
                               lambda word: rare(word, 1.0)) is not None


def test_a_post_the_question_asks_for_is_not_a_name_to_find_in_the_evidence():
    ev = _evidence("Agenda of the Fostering Panel. Ann Lee, Chief Executive.", (110, 110), None, [])
    assert unnamed_in_evidence(read_question("Who was the Chief Executive named on the panel's agenda?"), [ev]) is None
    assert unnamed_in_evidence(read_question("Which Deputy Strategic Director signed it?"), [ev]) is None


def test_a_when_question_about_a_month_a_piece_found_prints_is_not_refused_for_a_meeting_not_held():
    text = "The minutes of the Schools Forum held on 14th June, 2015 were noted."
    ev = _evidence(text, (120, 120), "2015-09-01", [])
    asked = read_question("When did the Schools Forum meet in June 2015?")
    assert unheld_meeting(asked, [ev], MEETINGS) is None
    assert unheld_meeting(asked, [], MEETINGS).reason == "no_meeting"
    after = read_question("When is the Schools Forum due to meet after its 14 June 2015 meeting?")
    assert reckons_from_a_date(after.text) and unheld_meeting(after, [ev], MEETINGS).reason == "no_meeting"


def test_an_outcome_announced_after_every_paper_about_it_is_refused():
    text = "The Skills Match bid went through to the next stage; the outcome is announced later in the year."
    earlier = _evidence(text, (130, 130), "2015-03-20", [])
    question = read_question("Was the Skills Match bid successful when the outcome came in September 2015?")
    refused = outcome_refusal(question, [earlier])
    assert refused is not None and refused.reason == "no_answer_kind" and "September 2015" in refused.message
    later = _evidence(text, (130, 130), "2015-11-20", [])
    assert outcome_refusal(question, [later]) is None


def test_two_bodies_joined_by_and_are_each_checked():
    papers = StoreText(["Minutes of the Fostering Panel.", "Report to the Westford Schools Forum."])
    both = "How did the Fostering Panel and the Westford Schools Forum each discuss placements?"
    assert unknown_name(both, papers) is None
    one_unheard = unknown_name("What did the Fostering Panel and the Schools Panel decide?", papers)
    assert one_unheard is not None and one_unheard.reason == "no_body"
    # a body whose own name holds 'and' is one body, printed or not
    assert unknown_name("What did the Schools and Fostering Forum decide?", papers).reason == "no_body"


def test_a_group_and_a_body_joined_by_and_are_each_checked():
    papers = StoreText(["Minutes of the Fostering Panel.", "The Westford Carers Trust reported."])
    assert unknown_name("What did the Westford Carers Trust and the Fostering Panel agree?", papers) is None
    apart = unknown_name("What did the Westford Fostering Trust and the Fostering Panel agree?", papers)
    assert apart is not None and apart.reason == "no_entity"   # its words printed only apart
