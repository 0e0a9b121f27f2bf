"""The records view, built from the graph by SPARQL, and its score against the hand-checked records."""
from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import ROOT, SHARED_EVAL

sys.path.insert(0, str(ROOT / "benchmarks"))
from extraction import score_file  # noqa: E402


def test_records_keep_the_published_keys(records):
    assert set(records) == {"meetings", "documents", "people", "organisations"}
    meeting = records["meetings"][0]
    assert set(meeting) == {"iri", "body", "date", "kind", "council", "chair", "present", "apologies", "source", "lines",
                            "items"}
    item = next(i for m in records["meetings"] for i in m["items"] if i["resolutions"])
    assert set(item) == {"iri", "number", "title", "lines", "resolutions", "people", "organisations", "refers_to",
                         "actions", "votes", "declarations", "exclusion"}
    assert set(item["resolutions"][0]) == {"iri", "text", "lines"}
    document = records["documents"][0]
    assert {"iri", "title", "type", "council", "source", "lines", "priorities", "actions", "recommendations"} <= set(document)


def test_minute_205_with_presenters_and_resolution(records):
    meeting = next(m for m in records["meetings"] if m["date"] == "2013-03-20" and m["kind"] == "minutes")
    assert meeting["body"] == "Children, Young People and Families Partnership"
    assert meeting["chair"] == "Paul Lakin"
    item = next(i for i in meeting["items"] if i["number"] == "205")
    assert item["title"] == "CAMHS DEVELOPMENTS IN ROTHERHAM"
    assert [r["text"] for r in item["resolutions"]] == ["That the report be noted."]
    assert {"Karen Etheridge", "Alison Davies"} <= set(item["people"])
    assert item["lines"][0] == 254


def test_minute_reference_resolves_to_the_item_it_names(records):
    """Minute 107 of January 2018 declares an interest "in Minute No. 111": same meeting, same store."""
    meeting = next(m for m in records["meetings"] if m["date"] == "2018-01-23")
    items = {i["number"]: i for i in meeting["items"]}
    assert items["107"]["refers_to"] == [items["111"]["iri"]]


@pytest.mark.skipif(not (SHARED_EVAL / "dev_records.json").exists(), reason="shared eval set not present")
def test_meetings_items_and_resolutions_match_hand_checked_records(records):
    gold = json.loads((SHARED_EVAL / "dev_records.json").read_text())["files"]
    for file_name, gold_file in gold.items():
        metrics = score_file(records, gold_file, file_name)
        for kind in ("meetings", "items", "resolutions"):
            assert metrics[kind].precision >= 0.95, (file_name, kind, metrics[kind])
            assert metrics[kind].recall >= 0.95, (file_name, kind, metrics[kind])
