"""The graph as networkx: typed nodes, prefixed edge labels, sources, GraphML, who met where."""
from __future__ import annotations

import re

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.ontology import PREFIXES
from kg.views import netx
from tests.conftest import CORPUS

ID = "https://w3id.org/council-kg/id/"
CYPF_2013_11 = ID + "meeting/rotherham/children-young-people-and-families-partnership/2013-11-20"
CYPF_2013_03 = ID + "meeting/rotherham/children-young-people-and-families-partnership/2013-03-20"
STATS_FOR_TYPE = {"body": "bodies", "meeting": "meetings", "agenda_item": "agenda_items",
                  "minute_item": "minute_items", "resolution": "resolutions", "paper": "papers",
                  "priority": "priorities", "action": "actions", "person": "people", "organisation": "organisations"}


@pytest.fixture(scope="module")
def network(graph_kg):
    return graph_kg.to_networkx()


@pytest.fixture(scope="module")
def people(network):
    return netx.people_network(network, min_meetings=2)


def test_every_counted_entity_is_one_typed_node(graph_kg, network):
    stats = graph_kg.stats()
    types = [kind for _, kind in network.nodes(data="type")]
    assert {kind: types.count(kind) for kind in STATS_FOR_TYPE} == {k: stats[v] for k, v in STATS_FOR_TYPE.items()}
    assert types.count("meeting") == 14 and types.count("body") == 6   # with the governors' and Youth Cabinet minutes


def test_meetings_are_labelled_by_body_and_date(network):
    labels = sorted(label for _, label in network.nodes(data="label") if label.endswith(("-09-27", "-12-06")))
    assert labels == ["Corporate Parenting Panel 2016-09-27", "Corporate Parenting Panel 2016-12-06"]
    assert network.nodes[CYPF_2013_11]["source"] == "rotherham-cypf-partnership-2014-01-15.txt"


def test_minute_items_cite_the_line_that_opens_them(network):
    texts = {path.name: path.read_text(encoding="utf-8").splitlines() for path in CORPUS.glob("*.txt")}
    items = [attrs for _, attrs in network.nodes(data=True) if attrs["type"] == "minute_item"]
    assert len(items) == 117
    for attrs in items:
        start, end = map(int, attrs["lines"].split("-"))
        assert start <= end <= len(texts[attrs["source"]])
        assert attrs.get("number", attrs["label"]) in texts[attrs["source"]][start - 1], attrs   # unnumbered: its title


def test_edges_carry_the_projects_prefixed_predicates(network):
    names = {key for _, _, key in network.edges(keys=True)}
    assert all(key.split(":", 1)[0] in PREFIXES for key in names), names
    assert {"schema:mentions", "besluit:isGehoudenDoor", "ckg:lead", "dct:references", "org:memberOf"} <= names
    body = ID + "body/rotherham/children-young-people-and-families-partnership"
    assert network.has_edge(CYPF_2013_11, body, key="besluit:isGehoudenDoor")
    # "Further to Minute No. 200 of 20th March, 2013", printed in one pack, resolved into another
    assert network.has_edge(CYPF_2013_11 + "/item/239", CYPF_2013_03 + "/item/200", key="dct:references")


def test_memberships_join_people_to_their_organisations_with_the_printed_role(network):
    edges = [(network.nodes[o]["label"], attrs["role"]) for _, o, key, attrs in
             network.out_edges(ID + "person/rotherham/clair-pyper", keys=True, data=True) if key == "org:memberOf"]
    role = "Interim Director of Safeguarding Children and Families"
    assert edges == [("Rotherham Metropolitan Borough Council", role)]


def test_graphml_export_loads_back_into_networkx(graph_kg, network, tmp_path):
    target = tmp_path / "council-kg.graphml"
    store = str(graph_kg.store.root)
    result = CliRunner().invoke(app, ["export", "--format", "graphml", "-o", str(target), "--store", store])
    assert result.exit_code == 0, result.output
    loaded = nx.read_graphml(target)
    assert isinstance(loaded, nx.MultiDiGraph)
    assert loaded.number_of_nodes() == network.number_of_nodes()
    assert loaded.number_of_edges() == network.number_of_edges()
    assert dict(loaded.nodes[CYPF_2013_11 + "/item/239"]) == dict(network.nodes[CYPF_2013_11 + "/item/239"])
    assert loaded.has_edge(CYPF_2013_11 + "/item/239", CYPF_2013_03 + "/item/200", key="dct:references")


def test_people_network_keeps_people_and_partners_who_recur(people):
    counts = netx.meeting_counts(people)
    kinds = [kind for _, kind in people.nodes(data="type")]
    assert set(kinds) == {"person", "organisation", "meeting", "body"}
    assert kinds.count("meeting") == 14 and kinds.count("body") == 6
    assert min(counts.values()) >= 2
    lscb_2013_03 = ID + "meeting/rotherham/rotherham-local-safeguarding-children-board/2013-03-15"
    relations = people.edges[ID + "person/rotherham/clair-pyper", lscb_2013_03]["relations"].split("; ")
    assert {"present", "presented"} <= set(relations)
    for meeting, kind in people.nodes(data="type"):
        if kind == "meeting":
            bodies = [n for n in people[meeting] if people.nodes[n]["type"] == "body"]
            assert len(bodies) == 1 and people.edges[meeting, bodies[0]]["relations"] == "held by"


def test_people_network_threshold_drops_one_off_names(network, people):
    everyone = netx.people_network(network, min_meetings=1)
    assert set(people) < set(everyone)
    once = [n for n, c in netx.meeting_counts(everyone).items() if c == 1]
    assert once and not set(once) & set(people)


def test_centrality_ranks_the_people_who_bridge_bodies(people):
    rows = netx.centrality_table(people, top=10)
    assert len(rows) == 10
    assert [r["betweenness"] for r in rows] == sorted((r["betweenness"] for r in rows), reverse=True)
    # present at the safeguarding board and at the partnership in 2013
    assert "Clair Pyper" in [r["name"] for r in rows[:3]]
    organisations = netx.centrality_table(people, top=5, kind="organisation")
    assert "Ofsted" in [r["name"] for r in organisations]


def test_communities_partition_the_network_and_are_reproducible(people):
    found = netx.communities(people, seed=1)
    assert sum(group["size"] for group in found) == people.number_of_nodes()
    assert found == netx.communities(people, seed=1)
    partnership = next(g for g in found if "Children, Young People and Families Partnership" in g["bodies"])
    assert any(m.startswith("Children, Young People and Families Partnership") for m in partnership["meetings"])


def test_offline_page_loads_nothing_from_the_network(people, tmp_path):
    page = netx.write_offline_html(people, tmp_path / "out" / "people.html").read_text(encoding="utf-8")
    assert not re.search(r"(?:src|href)\s*=\s*[\"']https?://", page)
    assert "new vis.Network" in page and "Clair Pyper" in page
    assert len(page) > 100_000  # vis-network itself is inlined
