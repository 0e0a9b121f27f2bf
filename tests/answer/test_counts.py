"""'How many' counted from the graph's meeting records (items, attendance, apologies, meetings), and the reading
of questions asking for a measure. Invented meetings; no index or model."""
from __future__ import annotations

from kg.answer.counts import count_facts
from kg.answer.intent import read_question
from kg.answer.series import asks_over_time


def _meeting(body: str, date: str, kind: str, items: int = 0, present: list[str] | None = None,
             apologies: list[str] | None = None, chair: str | None = None) -> dict:
    return {"body": body, "date": date, "kind": kind, "chair": chair, "present": present or [],
            "apologies": apologies or [], "source": f"{body.split()[0].lower()}-{date}.txt", "header": (1, 8),
            "printed_date": {"text": f"Date: {date}", "lines": (3, 3), "node": f"urn:{date}:header"},
            "items": [{"iri": f"urn:{date}:item{n}", "number": str(n), "title": f"Item title {n}",
                       "lines": [10 + 4 * n, 11 + 4 * n]} for n in range(1, items + 1)]}


MEETINGS = [
    _meeting("Fostering Panel", "2015-03-03", "minutes", items=5, chair="Councillor Ashby",
             present=["Councillor Ashby", "Councillor Brook", "Councillor Carr"], apologies=["Councillor Dean"]),
    _meeting("Fostering Panel", "2015-06-09", "agenda", items=9),
    _meeting("Schools Forum", "2015-06-09", "agenda", items=4),
    _meeting("Schools Forum", "2016-01-12", "minutes", items=7),
]


def test_the_items_on_a_dated_agenda_are_counted_and_cited_from_the_first_to_the_last():
    facts = count_facts(read_question("How many items were on the agenda of the Fostering Panel for 9 June 2015?"),
                        [], MEETINGS)
    assert len(facts.lines) == 1
    assert facts.lines[0].startswith("Fostering Panel, 2015-06-09 (agenda): 9 items: 1. Item title 1; 2. Item title 2;")
    assert facts.lines[0].endswith("[fostering-2015-06-09.txt:14-47]")
    assert [node for node, _, _ in facts.cited] == ["urn:2015-06-09:item1", "urn:2015-06-09:item9"]


def test_attendance_and_apologies_are_counted_from_the_minutes_with_the_chair_marked():
    question = read_question("How many councillors attended the Fostering Panel in March 2015?")
    present = count_facts(question, [], MEETINGS)
    assert present.lines == [("Fostering Panel, 2015-03-03 (minutes): 3 present: Councillor Ashby (chair), "
                              "Councillor Brook, Councillor Carr [fostering-2015-03-03.txt:1-8]")]
    assert present.cited == [("urn:2015-03-03:header", (1, 8), "fostering-2015-03-03.txt")]
    apologies = count_facts(read_question("How many apologies did the Fostering Panel receive on 3 March 2015?"),
                            [], MEETINGS)
    assert apologies.lines == [("Fostering Panel, 2015-03-03 (minutes): apologies from 1: Councillor Dean "
                                "[fostering-2015-03-03.txt:1-8]")]


def test_the_meetings_of_a_named_body_are_counted_within_a_named_year():
    facts = count_facts(read_question("How many meetings of the Schools Forum does the store hold from 2016?"), [],
                        MEETINGS)
    assert facts.lines == [("The store holds papers of 1 meeting of the Schools Forum in 2016: 2016-01-12 (minutes) "
                            "[schools-2016-01-12.txt:3-3]")]


def test_a_count_of_something_else_or_a_question_without_how_many_is_left_to_the_quotes():
    assert count_facts(read_question("How many young people took part in the Fostering Panel survey?"), [],
                       MEETINGS).lines == []
    assert count_facts(read_question("Who attended the Fostering Panel in March 2015?"), [], MEETINGS).lines == []


def test_a_day_named_counts_that_days_meeting_only():
    facts = count_facts(read_question("How many items were on the Schools Forum agenda of 9 June 2015?"), [], MEETINGS)
    assert [line.split(":")[0] for line in facts.lines] == ["Schools Forum, 2015-06-09 (agenda)"]


def test_a_question_asking_the_value_of_a_measure_asks_for_a_figure_of_its_kind():
    budget = read_question("What total budget in pounds was allocated to the reading plan?")
    assert budget.wants_quantity and budget.figure_kind == "money"
    price = read_question("What is the average house price in Westford?")
    assert price.wants_quantity and price.figure_kind == "money"
    assert not read_question("What did the panel decide about the budget?").wants_quantity


def test_a_name_saying_improving_does_not_make_a_question_ask_how_things_changed():
    assert not asks_over_time(read_question("How many councillors attended the Improving Lives Select Commission?"))
    assert asks_over_time(read_question("How has placement stability improved since 2015?"))


def test_attendance_at_something_other_than_a_meeting_is_not_counted_from_the_minutes():
    question = read_question("How many young people attended the harbour activity centre in half term?")
    assert count_facts(question, [], MEETINGS).lines == []
