"""The question generator of benchmarks/generated_questions.py, on invented records: what it asks, what it expects
(lines and words known by construction), its near misses really missing, and its halves fixed by the seed."""
from __future__ import annotations

import json
import random
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from generated_questions import (  # noqa: E402
    TEMPLATES,
    CorpusFacts,
    body_names,
    body_paraphrases,
    date_forms,
    days_printed,
    event_named,
    generate,
    month_name,
    paraphrased_topic,
    score,
    sentence_of,
    shifted,
    topic_of,
)

PRINTED = ["Westford Metropolitan Borough Council minutes of the Westford Fostering Panel",
           "That the sufficiency report be noted. That a kinship care pilot be commissioned.",
           "Councillor Ashby (in the Chair); Councillors Brook and Carr. Jo Marsh presented the report.",
           "Recruit twenty foster carers Lead: Jo Marsh Due: March 2016"]
ROWS = {("pack.txt", 10): "Westford Fostering Panel Tuesday, 3rd March, 2015",
        ("pack.txt", 20): "12. SUFFICIENCY REPORT (herewith) Jo Marsh presented the report. Resolved:",
        ("pack.txt", 22): "That a kinship care pilot be commissioned.",
        ("pack.txt", 40): "Recruit twenty foster carers to the in-house service Lead: Jo Marsh Due: March 2016"}

RECORDS = {
    "meetings": [{
        "body": "Westford Fostering Panel", "date": "2015-03-03", "kind": "minutes", "chair": "Councillor Ashby",
        "present": ["Councillor Ashby", "Councillor Brook", "Councillor Carr"], "source": "pack.txt", "lines": [10, 30],
        "items": [{"title": "12. SUFFICIENCY REPORT (herewith)", "lines": [20, 23], "presenters": ["Jo Marsh"],
                   "resolutions": [{"text": "That a kinship care pilot be commissioned.", "lines": [22, 22]}]}]}],
    "documents": [{"title": "Westford Fostering Plan 2015 – 2016", "source": "pack.txt", "lines": [38, 60],
                   "priorities": [],
                   "actions": [{"text": "Recruit twenty foster carers to the in-house service", "lead": "Jo Marsh",
                                "due": "March 2016", "updates": [], "lines": [40, 40]}]}],
}


def _facts() -> CorpusFacts:
    text = " ".join(PRINTED).lower()
    return CorpusFacts(lambda phrase: phrase.lower() in text, PRINTED,
                       lambda source, lines: [(row, (line, line)) for (s, line), row in ROWS.items()
                                              if s == source and lines[0] <= line <= lines[1]], "westford")


def _questions(seed: int = 7) -> dict[str, list]:
    templates = json.loads(TEMPLATES.read_text(encoding="utf-8"))
    by_kind: dict[str, list] = {}
    for question in generate(RECORDS, _facts(), templates, {2015, 2016}, seed=seed):
        by_kind.setdefault(question.kind, []).append(question)
    return by_kind


def test_dates_bodies_and_titles_are_phrased_as_people_write_them():
    assert date_forms("2015-03-03") == ["3 March 2015", "3rd March 2015", "03/03/2015", "Tuesday 3 March 2015",
                                        "March 3, 2015", "2015-03-03"]
    assert body_names("Westford Fostering Panel", "westford", ["panel"]) == ["Westford Fostering Panel",
                                                                             "Fostering Panel", "panel"]
    assert topic_of("12. SUFFICIENCY REPORT (herewith)") == "sufficiency report"
    assert shifted("2015-01-31", 1) == "2015-02-28" and shifted("2015-01-03", -1) == "2014-12-03"


def test_answerable_questions_carry_their_lines_and_the_words_an_answer_must_say():
    by_kind = _questions()
    resolution, = by_kind["resolution"]
    assert resolution.evidence == [{"file": "pack.txt", "lines": [20, 23]}]
    assert resolution.must == [["commissioned"]]        # the rarest long word of the resolution
    chair, = by_kind["chair"]
    assert chair.evidence == [{"file": "pack.txt", "lines": [10, 19]}] and chair.must == [["Ashby"]]
    attendance, = by_kind["attendance"]
    assert attendance.must == [["Brook"], ["Carr"]]     # those present besides the chair
    lead, = by_kind["action_lead"]
    assert lead.evidence == [{"file": "pack.txt", "lines": [40, 40]}] and lead.must == [["Marsh"]]
    assert "Recruit twenty foster carers to the in-house" in lead.question
    due, = by_kind["action_due"]
    assert due.must == [["March 2016"]]
    assert all(q.answerable for kind in ("resolution", "chair", "attendance") for q in by_kind[kind])


def test_near_misses_name_what_the_store_does_not_hold():
    by_kind = _questions()
    month_off, = by_kind["chair_month_off"]
    assert not month_off.answerable and month_off.reasons == ["no_meeting"]
    assert "March 2015" not in month_off.question and "3/2015" not in month_off.question
    assert "2015-03" not in month_off.question
    assert all(not q.answerable for q in by_kind["other_council"])
    assert all("Westford" not in q.question for q in by_kind["other_council"])
    person, = [q for q in by_kind["unnamed_person"]]
    assert not any(surname in person.question for surname in ("Ashby", "Marsh", "Brook"))
    year, = [q for q in by_kind["year_never_spoken_of"]]
    assert not ({"2015", "2016"} & set(year.question.replace("?", " ").split()))


def test_the_halves_and_wordings_are_fixed_by_the_seed():
    first, again, other = _questions(7), _questions(7), _questions(8)
    flatten = lambda by_kind: [(q.id, q.question, q.half) for qs in by_kind.values() for q in qs]
    assert flatten(first) == flatten(again)
    assert flatten(first) != flatten(other)
    assert {q.half for qs in first.values() for q in qs} <= {"tune", "held"}


def test_an_answer_is_scored_by_its_lines_its_words_and_its_refusal():
    resolution, = _questions()["resolution"]
    hit = {"answer": "Resolved: that a kinship care pilot be commissioned.", "answerable": True,
           "evidence": [{"source": "pack.txt", "lines": [21, 22], "text": "That a kinship care pilot"}]}
    assert score(resolution, hit) == {"hit5": True, "mention": 1.0, "refused": False, "reason": None, "fitting": False}
    refused = {"answer": "", "answerable": False, "abstain_reason": "no_meeting", "evidence": []}
    assert score(resolution, refused)["hit5"] is False and score(resolution, refused)["refused"] is True


def test_bodies_and_titles_are_said_otherwise_as_people_say_them():
    synonyms = {"children": ["kids'"], "fostering": ["fostering"]}
    printed = {"CSP", "WFP"}.__contains__
    assert body_paraphrases("Westford Children's Services Partnership", "westford", ["partnership"], synonyms,
                            printed) == ["the CSP", "the kids' partnership"]
    assert body_paraphrases("Westford Fostering Panel", "westford", ["panel"], synonyms, printed) == [
        "the fostering panel"]                                    # 'FP' is too short an acronym
    assert body_paraphrases("Town Hall", "westford", ["panel"], synonyms, printed) == []   # no body's kind
    rng = random.Random(1)
    topics = {"looked after children": ["children in care"], "children": ["kids"], "report": ["paper"]}
    assert paraphrased_topic("12. LOOKED AFTER CHILDREN REPORT (herewith)", topics, rng) == "children in care paper"
    assert paraphrased_topic("Children's Centres", topics, rng) is None       # a possessive is kept


def test_a_months_name_alone_and_an_outside_events_date_are_read_as_printed():
    assert month_name("2015-03-03") == "March"
    assert days_printed("The inspection began on 3rd October with feedback on 16th October.", 2016) == [
        "2016-10-03", "2016-10-16"]
    assert days_printed("Visit on 31 September, and on 2 May 2015", 2016) == ["2015-05-02"]   # a whole date first
    assert event_named("The Barnardos review was launched", "review", frozenset()) == "Barnardos review"
    assert event_named("A review", "review", frozenset()) is None


def test_human_kinds_ask_of_a_person_by_post_a_figure_inside_an_item_and_a_month_never_met():
    records = {**RECORDS, "people": [{"name": "Jo Marsh", "roles": ["Service Manager"]}]}
    by_kind = {}
    templates = json.loads(TEMPLATES.read_text(encoding="utf-8"))
    for question in generate(records, _facts(), templates, {2015, 2016}, seed=7):
        by_kind.setdefault(question.kind, []).append(question)
    role, = by_kind["surname_and_role"]
    assert "Service Manager" in role.question and "Marsh" in role.question and "Jo" not in role.question
    assert role.evidence == [{"file": "pack.txt", "lines": [20, 23]}]
    assert all(not q.answerable and q.reasons == ["no_meeting"] and "March" not in q.question
               for q in by_kind["month_no_year_off"])


def test_an_outside_events_date_is_the_one_in_its_own_sentence():
    row = "Safeguarding training had been given to schools. The Hub opened on 4th August, 2014, to stop neglect."
    assert sentence_of(row, "training") == "Safeguarding training had been given to schools"
    assert days_printed(sentence_of(row, "training"), 2014) == []
    assert days_printed(sentence_of(row, "opened"), 2014) == ["2014-08-04"]
