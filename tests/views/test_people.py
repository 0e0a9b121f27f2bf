"""People in the graph of the bundled corpus: posts held over time, and the evidence behind each merge."""
from __future__ import annotations

import json

import pytest

from kg.views.lookup import describe_person, find_person, role_holders


@pytest.fixture(scope="module")
def graph(graph_kg):
    return graph_kg.graph


def test_kg_post_lists_the_holders_of_a_year_with_sources(graph_kg):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["post", "Strategic Director", "--year", "2016", "--json",
                                      "--store", str(graph_kg.store.root)])
    assert result.exit_code == 0, result.output
    holders = json.loads(result.stdout)
    assert {h["name"] for h in holders} == {"Ian Thomas"}
    assert all(h["source"] == "rotherham-corporate-parenting-panel-2016-12-06.txt" and h["date"].startswith("2016")
               for h in holders)


def test_who_held_a_post_in_a_given_year(graph):
    assert {r["name"] for r in role_holders(graph, "Strategic Director", 2016)} == {"Ian Thomas"}
    assert {r["name"] for r in role_holders(graph, "Strategic Director", 2013)} == {"Joyce Thacker"}
    rows = role_holders(graph, "Chief Nurse")
    assert [(r["date"], r["name"]) for r in rows][:2] == [("2013-03-15", "Juliette Greenwood"),
                                                          ("2016-12-06", "Sue Cassins")]
    assert all(r["source"] and int(r["start"]) > 0 for r in rows)


def test_an_officer_named_by_post_is_linked_with_evidence(graph):
    thacker = describe_person(graph, find_person(graph, "Joyce Thacker"))
    assert any(e.startswith("'Strategic Director' is Joyce Thacker: the only holder of that post in the same pack")
               for e in thacker["merge_evidence"])
    assert "Ms Thacker" in thacker["variants"]
    dated = {(r["role"], r["date"]) for r in thacker["roles"]}
    assert ("Strategic Director", "2013-03-20") in dated
    # "the Strategic Director of" / "NAS." (another directorate's director) wrapped over two lines is not her post
    nas = describe_person(graph, find_person(graph, "Strategic Director of NAS"))
    assert nas["name"] == "Strategic Director of NAS" and not any("NAS" in r["role"] for r in thacker["roles"])


def test_an_unnamed_post_holder_is_a_node_of_its_own(graph):
    officer = describe_person(graph, find_person(graph, "Democratic Services Officer"))
    assert officer["name"] == "Democratic Services Officer"
    assert [r["role"] for r in officer["roles"]] == ["Democratic Services Officer"]


def test_an_employer_printed_with_its_acronym_is_found_by_it(graph_kg):
    trust = graph_kg.organisation("RDaSH")
    assert trust["name"] == "Doncaster and South Humber NHS Foundation Trust" and "RDASH" in trust["acronyms"]
    assert any(p["name"] == "Deborah Wildgoose" for p in trust["people"])
