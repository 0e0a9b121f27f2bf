"""Answerable questions of shapes the refusal checks caught wrongly, on invented papers: a body named with a word
saying how it works that the papers leave out ('Strategic'), a body named as what a paper is of or whose paper another
body heard, two sentences sharing the line one ends and the other begins on, who sent apologies to a meeting said only
in a later meeting's minutes, and a length of time written out in words."""
from __future__ import annotations

from index.chunks import Chunk
from kg.answer.abstain import figure_refusal, unheld_meeting, unknown_thing, unnamed_in_evidence
from kg.answer.compose import compose_answer
from kg.answer.constraints import StoreText, body_never_met, missing_meeting, unknown_name
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.facts import GraphFacts
from kg.answer.intent import read_question
from kg.answer.quotes import Quote, Relevance, gives_count, gives_figure

_PAPERS = StoreText(["Minutes of the Westford Children and Families Partnership held on 3 March 2015.",
                     "The Child Death Review Panel annual report was presented by Dana Quill."])
_MEETINGS = [{"body": "Westford Select Commission", "date": "2018-01-23", "kind": "minutes", "source": "pack.txt"},
             {"body": "Westford Select Commission", "date": "2017-10-10", "kind": "minutes", "source": "pack.txt"}]


def _piece(text: str, first_line: int = 20, body: str = "Westford Select Commission",
           date: str = "2018-01-23") -> Evidence:
    rows = text.split("\n")
    chunk = Chunk(f"c{first_line}", f"urn:c{first_line}", "minute_item", "Minutes", text, "pack.txt",
                  (first_line, first_line + len(rows) - 1), date,
                  tuple((first_line + i, first_line + i) for i in range(len(rows))))
    meeting = {"iri": "urn:m", "body": body, "date": date}
    return Evidence(chunk, 1.0, NodeContext(f"urn:c{first_line}", "minute_item", meeting=meeting))


def test_a_body_named_with_a_word_of_how_it_works_the_papers_leave_out_is_met():
    assert unknown_name("What did the Westford Children and Families Strategic Partnership agree?", _PAPERS) is None
    unmet = unknown_name("What did the Eastford Strategic Partnership agree?", _PAPERS)
    assert unmet is not None and unmet.reason == "no_entity" and unmet.missing == "any mention of 'Eastford Strategic Partnership'"


def test_a_body_named_as_what_a_paper_is_of_is_not_the_meeting_asked_of():
    assert body_never_met("Who presented the Child Death Review Panel annual report?", _MEETINGS) is None
    assert body_never_met("Who presented the Child Death Review Panel's plan?", _MEETINGS) is None
    assert body_never_met("Who attended the Child Death Review Panel in May 2017?", _MEETINGS) == \
        "Child Death Review Panel"
    # what the body did is no paper of it: 'did the ... Panel review'
    assert body_never_met("Who attended when the Child Death Review Panel met to review cases?", _MEETINGS) == \
        "Child Death Review Panel"


def test_two_sentences_sharing_a_line_are_both_quoted():
    piece = _piece("Adoption decisions\n2015/16 decisions were made in respect of 46 children, 9 needed more work, "
                   "but none\nwere declined.  In 2014/15, 49 decisions made.", date="2016-09-27")
    intent = read_question("How many adoption decisions were made in 2015/16?")
    text = compose_answer(Relevance.of(intent.text), intent, [piece], GraphFacts())
    assert "46 children" in text and "49 decisions made" in text
    assert [quote.lines for quote in piece.quoted] == [(20, 22), (22, 22)]
    assert figure_refusal(intent, [piece]) is None


def test_apologies_to_a_meeting_said_in_a_later_meeting_s_minutes_answer_who_sent_them():
    later = _piece("Minutes of the previous meeting\nThat the minutes of the meeting held on 12th December, 2017 be "
                   "approved, with the addition of Councillor Brant to the list of Members who had given their "
                   "apologies for absence.")
    asked = read_question("Which councillor sent apologies to the December 2017 meeting?")
    assert unheld_meeting(asked, [later], _MEETINGS) is None
    other_month = unheld_meeting(read_question("Which councillor sent apologies to the November 2017 meeting?"),
                                 [later], _MEETINGS)
    assert other_month is not None and other_month.reason == "no_meeting"
    approved_only = _piece("Minutes of the previous meeting\nThat the minutes of the meeting held on 12th December, "
                           "2017 be approved as a correct record.")
    assert unheld_meeting(asked, [approved_only], _MEETINGS) is not None   # no word of who attended
    decided = unheld_meeting(read_question("What did the commission decide in December 2017?"), [later], _MEETINGS)
    assert decided is not None and decided.reason == "no_meeting"


def test_a_length_of_time_written_out_is_a_figure_of_time_but_other_written_numbers_are_no_count():
    assert gives_figure("Papers are shared seven days before the panel meets.", "duration")
    assert gives_figure("The survey was open for three months.", "duration")
    assert not gives_figure("Several weeks were needed.", "duration")
    assert not gives_count("More young people eat five portions of fruit a day.")
    assert not gives_count("The survey was open for three months.")


def test_a_body_whose_paper_another_body_heard_is_the_topic_not_the_meeting():
    meetings = [{"body": "Westford Youth Cabinet", "date": "2014-11-26", "kind": "minutes", "source": "a.txt"},
                {"body": "Westford Partnership", "date": "2013-11-20", "kind": "minutes", "source": "b.txt"}]
    heard = missing_meeting(read_question("What was decided about the Westford Youth Cabinet minutes in November "
                                          "2013?"), meetings, minutes_only=True)
    assert heard is None   # the partnership heard them that month
    unheld = missing_meeting(read_question("What was decided about the Westford Youth Cabinet minutes in October "
                                           "2013?"), meetings, minutes_only=True)
    assert unheld is not None and unheld.missing == "minutes of a meeting in October 2013"
    own = missing_meeting(read_question("What did the Westford Youth Cabinet decide in November 2013?"), meetings,
                          minutes_only=True)
    assert own is not None and own.missing == "minutes of a meeting of the Westford Youth Cabinet in November 2013"


def test_how_many_weeks_asks_a_length_of_time_which_may_be_written_out():
    asked = read_question("How many weeks apart are foster carers visited?")
    assert asked.figure_kind == "duration" and read_question("How many carers were visited?").figure_kind == "number"
    visits = _piece("Supervision\nFoster carers are visited every six weeks by their social worker.")
    visits.quoted = [Quote("Foster carers are visited every six weeks by their social worker.", (21, 21))]
    assert figure_refusal(asked, [visits]) is None
    carers = _piece("Supervision\nThere are 140 foster carers.")
    carers.quoted = [Quote("There are 140 foster carers.", (21, 21))]
    refused = figure_refusal(asked, [carers])
    assert refused is not None and refused.reason == "no_figure"


def test_a_word_asking_for_figures_of_any_kind_is_no_thing_the_papers_must_print():
    papers = StoreText(["Care leavers in suitable accommodation: 97.3%. Visits to children in care fell to 74.1%."])
    for question in ("What stats did the panel hear on care leavers?", "What statistics were given on visits?",
                     "What data was given on care leavers?", "What metrics showed visits falling?"):
        assert unknown_thing(read_question(question), papers) is None, question
    salary = unknown_thing(read_question("What salary does the director earn?"), papers)
    assert salary is not None and salary.reason == "out_of_scope" and salary.missing == ["any mention of 'salary'"]


def test_an_acronym_in_mixed_case_is_not_a_name_a_piece_must_spell():
    visits = _piece("Performance report\nVisits to children in care fell to 74.1% in July.")
    assert unnamed_in_evidence(read_question("What KPIs showed visits falling in July?"), [visits]) is None
    refused = unnamed_in_evidence(read_question("What did Westford Academy report on visits?"), [visits])
    assert refused is not None and refused.missing == ["a piece speaking of 'Westford Academy'"]


def test_a_list_item_dated_only_by_an_earlier_item_may_be_of_its_paper_s_year():
    items = _piece("Children's council\n- In preparation for a visit to Spain in April, 2014, the group met weekly\n"
                   "- 6 young people had volunteered at the Westford Show", date="2013-11-20")
    items.quoted = [Quote("- 6 young people had volunteered at the Westford Show", (22, 22))]
    assert figure_refusal(read_question("How many young people volunteered at the Westford Show in 2013?"),
                          [items]) is None
    other_year = figure_refusal(read_question("How many young people volunteered at the Westford Show in 2016?"),
                                [items])
    assert other_year is not None and other_year.missing == ["a figure for 2016"]
    prose = _piece("Children's council\nIn April, 2014, the group will visit Spain.\n6 young people volunteered at "
                   "the Westford Show.", date="2013-11-20")
    prose.quoted = [Quote("6 young people volunteered at the Westford Show.", (22, 22))]
    dated = figure_refusal(read_question("How many young people volunteered at the Westford Show in 2013?"), [prose])
    assert dated is not None and dated.reason == "no_date"   # prose: the row before dates it
