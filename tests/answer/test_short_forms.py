"""Refusals demand proof of absence, not a miss of the question's wording: a body named by its acronym or by its own
words with another kind, a person named with the meeting they chaired or printed in the paper found, a meeting a
tracker prints by its day, a post whose name holds the word 'Attendance', a thing asked for in other words. Invented
papers; no index or model."""
from __future__ import annotations

from index.chunks import Chunk
from kg.answer.abstain import unheld_meeting, unknown_thing, unnamed_in_evidence
from kg.answer.constraints import StoreText, missing_meeting, unknown_name
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import read_question, said_otherwise

MEETINGS = [
    {"body": "Families, Schools and Youth Partnership", "date": "2015-03-11", "kind": "minutes",
     "chair": "Councillor Ashby", "present": ["Dana Quill", "Councillor Roe"], "apologies": ["Councillor Penn"]},
    {"body": "Safer Homes Select Commission", "date": "2015-07-08", "kind": "minutes", "chair": "Councillor Roe",
     "present": [], "apologies": []},
    {"body": "Foster Care Panel", "date": "2015-09-02", "kind": "minutes", "chair": None, "present": [],
     "apologies": []},
]


def _minutes(text: str, body: str, date: str) -> Evidence:
    """A piece of a meeting's minutes, as the graph describes it: its body and date, nobody presenting."""
    chunk = Chunk("c", "urn:item", "item", "Budget", text, "pack.txt", (40, 41), date, ((40, 40), (41, 41)))
    return Evidence(chunk, 1.0, NodeContext("urn:item", "item", meeting={"iri": "urn:m", "body": body, "date": date}))


def test_a_body_named_by_its_acronym_and_kind_is_the_body_held():
    asked = read_question("Who chaired the FSY Partnership in March 2015?")
    assert unheld_meeting(asked, [], MEETINGS) is None
    off = read_question("Who chaired the FSY Partnership in April 2015?")
    unmet = unheld_meeting(off, [], MEETINGS)
    assert unmet is not None and unmet.reason == "no_meeting"
    assert unmet.missing == "meeting of the Families, Schools and Youth Partnership in April 2015"


def test_an_acronym_of_another_body_is_still_a_body_never_met():
    unmet = unheld_meeting(read_question("Who chaired the HWB Partnership in March 2015?"), [], MEETINGS)
    assert unmet is not None and unmet.reason == "no_meeting"
    assert unmet.missing == "papers of a meeting of the HWB Partnership"


def test_a_body_named_by_its_own_words_with_another_kind_is_checked_against_its_own_meetings():
    held = read_question("What did the Safer Homes panel agree in July 2015?")
    assert missing_meeting(held, MEETINGS, minutes_only=True) is None   # not the Foster Care Panel's meetings
    # a name alone, not followed by a kind, is what the body named by its kind heard about
    about = read_question("What did the panel agree in September 2015 about the Safer Homes scheme?")
    assert missing_meeting(about, MEETINGS, minutes_only=True) is None   # the Foster Care Panel met then
    unheld = missing_meeting(read_question("What did the Safer Homes panel agree in September 2015?"), MEETINGS,
                             minutes_only=True)
    assert unheld is not None and unheld.missing == (
        "minutes of a meeting of the Safer Homes Select Commission in September 2015")


def test_a_person_who_chaired_or_attended_the_meeting_of_a_piece_is_spoken_of_by_it():
    piece = _minutes("The partnership agreed the youth budget for 2015/16.", "Families, Schools and Youth Partnership",
                     "2015-03-11")
    attendance = {("Families, Schools and Youth Partnership", "2015-03-11"): "Councillor Ashby Dana Quill"}
    for question in ("What did Councillor Ashby's partnership decide about the youth budget?",
                     "What did Cllr Ashby's partnership decide about the youth budget?",
                     "What did the partnership attended by Dana Quill decide about the youth budget?"):
        assert unnamed_in_evidence(read_question(question), [piece], attendance=attendance) is None
    absent = unnamed_in_evidence(read_question("What did Councillor Penrose's partnership decide about the budget?"),
                                 [piece], attendance=attendance)
    assert absent is not None and absent.reason == "not_with_name"
    assert absent.missing == ["a piece speaking of 'Councillor Penrose'"]
    unattended = unnamed_in_evidence(read_question("What did Councillor Ashby's partnership decide?"), [piece])
    assert unattended is not None and unattended.reason == "not_with_name"   # without the graph's attendance


def _tracker(text: str) -> Evidence:
    chunk = Chunk("t", "urn:doc", "paper", "Work programme", text, "tracker.html", (1, 4), None,
                  ((1, 1), (2, 2), (3, 3), (4, 4)))
    return Evidence(chunk, 1.0, NodeContext("urn:doc", "paper"))


TRACKER = ("Harbour Scrutiny Commission\nWork programme and action tracker\nChair: Councillor Vale\n"
           "Updated: 22 January 2019")


def test_a_body_whose_tracker_prints_the_day_asked_is_not_refused_for_its_meeting_papers():
    asked = read_question("Who chaired the Harbour Scrutiny Commission meeting on 22 January 2019?")
    assert unheld_meeting(asked, [_tracker(TRACKER)], MEETINGS) is None
    off = read_question("Who chaired the Harbour Scrutiny Commission meeting on 22 February 2019?")
    unmet = unheld_meeting(off, [_tracker(TRACKER)], MEETINGS)
    assert unmet is not None and unmet.reason == "no_meeting"
    other = _tracker(TRACKER.replace("Harbour", "Quayside"))   # the day printed, but of another body
    assert unheld_meeting(asked, [other], MEETINGS).reason == "no_meeting"


def test_attendance_inside_a_posts_name_asks_for_no_meeting():
    assert not read_question("Who is the Head of Inclusion and Attendance at Westford Council?").wants_attendance
    assert read_question("Who attended the Foster Care Panel in September 2015?").wants_attendance
    assert read_question("Attendance at the Foster Care Panel: who sent apologies?").wants_attendance


def _of_paper(text: str, lines: tuple[int, int]) -> Chunk:
    return Chunk(f"p{lines[0]}", "urn:paper", "paper", "Youth budget report", text, "pack.txt", lines, "2015-03-11",
                 tuple((line, line) for line in range(lines[0], lines[1] + 1)))


COVER = _of_paper("Report to the Partnership\nAuthor: Dana Quill, Head of Youth Services", (100, 101))
BODY = _of_paper("The youth budget rises by 4% in 2015/16.\nNorthport's budget is compared in table 2.", (140, 141))


def test_a_person_printed_in_another_piece_of_the_paper_found_is_spoken_of_but_a_place_is_not():
    found = Evidence(BODY, 1.0, NodeContext("urn:paper", "paper", documents=["Youth budget report"]))
    pieces = {"urn:paper": [COVER, BODY]}.get
    for question in ("What did Dana Quill's report say about the youth budget?",
                     "What did D. Quill's report say about the youth budget?"):
        assert unnamed_in_evidence(read_question(question), [found], pieces_of=lambda node: pieces(node, [])) is None
        refused = unnamed_in_evidence(read_question(question), [found])   # the piece found alone does not name her
        assert refused is not None and refused.reason == "not_with_name"
    other = unnamed_in_evidence(read_question("What did Sam Fenn's report say about the youth budget?"), [found],
                                pieces_of=lambda node: pieces(node, []))
    assert other is not None and other.missing == ["a piece speaking of 'Sam Fenn'"]
    place = Evidence(COVER, 1.0, NodeContext("urn:paper", "paper", documents=["Youth budget report"]))
    away = unnamed_in_evidence(read_question("Who wrote the youth budget report for Northport?"), [place],
                               pieces_of=lambda node: pieces(node, []))
    assert away is not None and away.missing == ["a piece speaking of 'Northport'"]   # a place: the piece itself


PRINTED = StoreText(["The redesign faced two barriers: staffing and the waiting list. Fees rose by 2%."])


def test_a_word_asked_for_is_printed_when_another_word_of_its_sense_is_read_either_way():
    assert said_otherwise("obstacles") == ["hurdle", "barrier", "challenge", "obstacle"]   # a line read backwards
    assert unknown_thing(read_question("What obstacles did the redesign face?"), PRINTED) is None   # 'barriers'
    assert unknown_thing(read_question("What tally of fees was kept?"), PRINTED) is None   # any figure's word
    refused = unknown_thing(read_question("What salary does the manager earn?"), PRINTED)
    assert refused is not None and refused.reason == "out_of_scope" and refused.missing == ["any mention of 'salary'"]


SCRUTINY = StoreText(["Westford Metropolitan Borough Council. Safer Homes Select Commission, 8 July 2015.",
                      "Scrutiny of the streets plan: the Board heard from Northport Local Safeguarding Children Board."])


def test_a_body_held_named_with_another_word_for_how_it_works_is_no_unknown_body():
    held = frozenset({"Safer Homes Select Commission", "Westford Local Safeguarding Children Board"})
    question = "What did the Safer Homes Scrutiny Commission decide?"
    assert unknown_name(question, SCRUTINY, held) is None
    # printed with another word of how it works ('Select'), it is met without the bodies the store holds meetings of
    assert unknown_name(question, SCRUTINY) is None
    streets = unknown_name("What did the Safer Streets Commission decide?", SCRUTINY, held)   # words printed apart
    assert streets is not None and streets.reason == "no_body"
    # another place's board: its place is one of its own words, which the home council's board does not have
    assert unknown_name("What did the Northport Safeguarding Children Board decide?", SCRUTINY, held).reason == (
        "no_body")
    unheld = unheld_meeting(read_question("What did the Safer Homes Scrutiny Commission decide in July 2015?"), [],
                            MEETINGS)
    assert unheld is None   # and its meetings are those of the Safer Homes Select Commission


def test_a_body_named_in_full_as_the_topic_of_a_meeting_named_by_its_kind_is_not_the_meetings_body():
    about = read_question("What did the partnership decide in March 2015 about the Foster Care Panel?")
    assert missing_meeting(about, MEETINGS, minutes_only=True) is None   # the partnership met then
    asked = read_question("What did the Foster Care Panel decide in March 2015?")
    unmet = missing_meeting(asked, MEETINGS, minutes_only=True)
    assert unmet is not None and unmet.missing == "minutes of a meeting of the Foster Care Panel in March 2015"
    off = missing_meeting(read_question("What did the partnership decide in May 2015 about the Foster Care Panel?"),
                          MEETINGS, minutes_only=True)
    assert off is not None and off.reason == "no_meeting"   # nor did the partnership meet then
