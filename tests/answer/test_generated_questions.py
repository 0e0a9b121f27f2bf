"""The question generator of benchmarks/generated_questions.py, on invented records: what it asks, what it expects
(lines and words known by construction), its near misses really missing, and its halves fixed by the seed."""
from __future__ import annotations

import json
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from generated_questions import (  # noqa: E402
    TEMPLATES,
    CorpusFacts,
    body_names,
    date_forms,
    generate,
    score,
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
