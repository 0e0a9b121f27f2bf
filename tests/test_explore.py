"""The tables the notebooks show: timeline, trace rows, minute references and chains, plan versions."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

from kg.views import explore
from tests.conftest import CORPUS

MENTAL_HEALTH = "improve the mental health of children and young people"
CAMHS_TRANSITION = "Continue to improve the transition for children and young people from CAMHS to adult services"


@pytest.fixture(scope="module")
def trace(graph_kg):
    return graph_kg.trace(MENTAL_HEALTH)


@pytest.fixture(scope="module")
def references(graph_kg):
    return explore.minute_references(graph_kg)


def _cited_text(cited: str) -> str:
    source, span = cited.rsplit(":", 1)
    start, end = map(int, span.split("-"))
    lines = (CORPUS / source).read_text(encoding="utf-8").splitlines()[start - 1:end]
    return " ".join(" ".join(lines).split())


def test_build_corpus_store_replaces_a_store_but_not_other_folders(graph_kg, tmp_path):
    keep = tmp_path / "notes"
    keep.mkdir()
    (keep / "mine.txt").write_text("not a store")
    with pytest.raises(ValueError, match="not a council-kg store"):
        explore.build_corpus_store(CORPUS, keep)
    assert (keep / "mine.txt").exists()
    earlier = shutil.copytree(graph_kg.store.root, tmp_path / "store")   # the shared store stays as it is
    again = explore.build_corpus_store(CORPUS, earlier)
    assert again.stats() == graph_kg.stats()
    assert len(list(Path(earlier).glob("gen-*"))) == 1


def test_build_corpus_store_names_a_corpus_it_cannot_read(tmp_path):
    with pytest.raises(ValueError, match="missing-folder"):
        explore.build_corpus_store(tmp_path / "missing-folder", tmp_path / "store")


def test_timeline_holds_every_meeting_in_date_order(graph_kg):
    rows = explore.meeting_timeline(graph_kg)
    stats = graph_kg.stats()
    assert len(rows) == stats["meetings"] == 14
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert (rows[0]["body"], rows[0]["date"]) == ("Rotherham Local Safeguarding Children Board", date(2013, 3, 15))
    for key in ("agenda_items", "minute_items", "resolutions"):
        assert sum(r[key] for r in rows) == stats[key]
    panel = {r["date"]: r["papers_held"] for r in rows if r["body"] == "Corporate Parenting Panel"}
    assert panel == {date(2016, 9, 27): "minutes", date(2016, 12, 6): "agenda"}


def test_trace_rows_cite_the_lines_they_quote(trace):
    rows = explore.trace_rows(trace)
    assert {"priority", "action", "update", "agenda item"} <= {r["level"] for r in rows}
    for row in rows:
        assert all(word in _cited_text(row["cited"]) for word in row["text"].split()[:3]), row


def test_camhs_transition_is_led_by_the_same_person_in_both_versions(trace):
    rows = [r for r in explore.trace_rows(trace) if r["level"] == "action" and r["text"] == CAMHS_TRANSITION]
    assert len(rows) == 2 and len({r["plan"] for r in rows}) == 2
    assert all("Ruth Fletcher-Brown" in r["leads"] for r in rows)


def test_trace_network_layers_plan_priority_actions_leads(trace):
    network = explore.trace_network(trace)
    assert nx.is_directed_acyclic_graph(network)
    assert {layer for _, layer in network.nodes(data="layer")} == {0, 1, 2, 3}
    for a, b in network.edges:
        assert network.nodes[b]["layer"] == network.nodes[a]["layer"] + 1
    lead = network.nodes["person:Ruth Fletcher-Brown"]
    assert lead["type"] == "person" and network.in_degree("person:Ruth Fletcher-Brown") >= 2
    assert sum(1 for _, kind in network.nodes(data="type") if kind == "paper") == 1 + len(trace["versions"])


def test_minute_references_resolve_across_packs(graph_kg, references):
    count = graph_kg.sparql("SELECT (COUNT(?r) AS ?n) WHERE { ?r a ckg:MinuteReference }")[0]["n"]
    assert len(references) == count
    held = [(r["date"], r["number"], r["target_meeting_date"], r["target_number"]) for r in references if r["held"]]
    assert (date(2013, 11, 20), "239", date(2013, 3, 20), "200") in held
    report_card = next(r for r in references if r["number"] == "239")
    assert report_card["printed"] == "Further to Minute No. 200 of 20th March, 2013"
    assert report_card["cited"].startswith("rotherham-cypf-partnership-2014-01-15.txt:")
    assert "Further to Minute No. 200" in _cited_text(report_card["cited"])
    unresolved = next(r for r in references if r["number"] == "237")
    assert not unresolved["held"] and unresolved["target_date"] == date(2013, 7, 17)


def test_minute_chains_follow_citations_into_minutes_not_held(references):
    chains = explore.minute_chains(explore.reference_network(references))
    longest = chains[0]
    assert [(step["number"], step["held"]) for step in longest] == [("107", True), ("111", True), ("45", False)]
    assert [(s["number"], s["date"]) for s in next(c for c in chains if c[0]["number"] == "239")] == [
        ("239", date(2013, 11, 20)), ("200", date(2013, 3, 20))]
    assert all(step["held"] for chain in chains for step in chain[:-1])
    assert len(chains) == len({(c[0]["node"], c[-1]["node"]) for c in chains})


def test_plan_versions_run_from_draft_to_progress_report(graph_kg, trace):
    versions = explore.plan_versions(graph_kg, trace["strategy"]["iri"])
    circulated = [v["circulated"] for v in versions]
    assert circulated == sorted(circulated)
    draft = versions[0]
    assert draft["cited"].startswith("rotherham-cypf-partnership-2013-05-22.txt:")
    assert (draft["circulated_at"], draft["agenda_item"]) == ("Children, Young People and Families Partnership", "6")
    periods = {v["cited"].split(":")[0]: v["update_periods"] for v in versions if v["update_periods"]}
    assert periods == {"rotherham-cypf-partnership-2014-01-15.txt": "December 2013",
                       "rotherham-improving-lives-2014-09-17.txt": "June 2014"}
    traced = {trace["strategy"]["iri"], *(block["strategy"]["iri"] for block in trace["versions"])}
    assert {v["version"] for v in versions} >= traced


def test_priority_matrix_follows_draft_priorities_into_later_versions(graph_kg, trace):
    versions = explore.plan_versions(graph_kg, trace["strategy"]["iri"])
    matrix = explore.priority_matrix(graph_kg, versions)
    assert len(matrix) == versions[0]["priorities"] + versions[0]["objectives"]
    teenage = next(r for r in matrix if r["priority"] == "We will reduce teenage pregnancy")
    later = [v["cited"] for v in versions[1:] if v["actions"]]
    assert len(later) == 2 and all(teenage[key] for key in later)
    assert sum(r[versions[0]["cited"]] for r in matrix) <= versions[0]["actions"]
