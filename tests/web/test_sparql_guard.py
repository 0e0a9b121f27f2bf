"""The read-only SPARQL guard: what it runs, what it refuses, and that limits hold (graph-only store)."""
from __future__ import annotations

import json
import os
import socket
import time
from contextlib import contextmanager

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.sparql_guard import GuardedSparql, Limits, QueryRefused, QueryTimeout, query_form
from kg.graph.sparql_results import python_rows, to_csv, to_json, to_ntriples

MEETINGS = "SELECT ?m ?d WHERE { ?m a besluit:Zitting ; dct:date ?d } ORDER BY ?d"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture
def guard(graph_kg):
    runner = GuardedSparql(graph_kg.store, Limits(timeout=5, row_cap=50))
    yield runner
    runner.close()


@contextmanager
def listener():
    """A loopback socket that would see any connection a query made to it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        sock.settimeout(1.0)
        yield sock


def no_connection(sock: socket.socket) -> bool:
    try:
        connection, _ = sock.accept()
    except TimeoutError:
        return True
    connection.close()
    return False


def test_select_gives_the_same_rows_as_the_api(graph_kg, guard):
    result = guard.query(MEETINGS)
    assert result.form == "SELECT" and result.vars == ["m", "d"] and not result.truncated
    assert python_rows(result) == graph_kg.sparql(MEETINGS)
    assert len(result.rows) == graph_kg.stats()["meetings"] == 14


def test_ask_construct_describe(guard):
    assert guard.query("ASK { ?m a besluit:Zitting }").boolean is True
    assert guard.query("ASK { ?m a besluit:NoSuchType }").boolean is False
    built = guard.query("CONSTRUCT { ?m a besluit:Zitting } WHERE { ?m a besluit:Zitting }")
    assert built.form == "CONSTRUCT" and len(built.triples) == 14
    assert to_ntriples(built).count(" .\n") == 14
    body = "https://w3id.org/council-kg/id/body/rotherham/corporate-parenting-panel"
    described = guard.query(f"DESCRIBE <{body}>")
    assert described.form == "DESCRIBE"
    assert {tuple(t[0]) for t in described.triples} == {("uri", body)}
    assert '"Corporate Parenting Panel"' in to_ntriples(described)


@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }",
                                    "LOAD <http://127.0.0.1:9/data.ttl>", "CLEAR ALL", "DROP DEFAULT"])
def test_updates_are_refused(guard, graph_kg, update):
    before = len(graph_kg.graph)
    with pytest.raises(QueryRefused, match="^updates are refused: this store is read-only"):
        guard.query(update)
    assert len(graph_kg.graph) == before


def test_service_is_refused_and_nothing_connects(guard):
    with listener() as sock:
        port = sock.getsockname()[1]
        with pytest.raises(QueryRefused, match="^SERVICE is refused"):
            guard.query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
        with pytest.raises(QueryRefused, match="^SERVICE is refused"):
            guard.query(f"ASK {{ ?m a besluit:Zitting . OPTIONAL {{ SERVICE SILENT <http://127.0.0.1:{port}/> "
                        "{ ?m ?p ?o } } }")
        assert no_connection(sock)


def test_a_runaway_query_is_stopped_and_the_next_one_runs(graph_kg):
    runner = GuardedSparql(graph_kg.store, Limits(timeout=1.0))
    try:
        runner.query("ASK { ?s ?p ?o }")
        pid = runner.worker_pid
        assert pid is not None
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="time limit of 1 s"):
            runner.query(RUNAWAY)
        assert time.monotonic() - started < 4
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)          # the worker running the query was ended, not left computing
        assert runner.query("ASK { ?m a besluit:Zitting }").boolean is True
        assert runner.worker_pid not in (None, pid)
    finally:
        runner.close()


def test_rows_past_the_cap_are_left_off(graph_kg):
    runner = GuardedSparql(graph_kg.store, Limits(row_cap=5))
    try:
        result = runner.query("SELECT ?p WHERE { ?p a foaf:Person }")
    finally:
        runner.close()
    assert len(result.rows) == 5 and result.truncated
    assert json.loads(to_json(result))["results"]["truncated"] is True


def test_bad_queries_get_one_line_naming_the_place(guard):
    with pytest.raises(QueryRefused) as bad:
        guard.query("SELECT ?x WHERE {\n  ?x ?y }")
    assert "\n" not in str(bad.value) and "(line 2, column" in str(bad.value)
    with pytest.raises(QueryRefused, match="^empty query"):
        query_form("   ")
    with pytest.raises(QueryRefused, match="over the limit of 100"):
        query_form("SELECT * WHERE { ?s ?p ?o } # " + "x" * 100, max_chars=100)


def test_results_as_json_and_csv(guard):
    result = guard.query("SELECT ?label ?d WHERE { ?m a besluit:Zitting ; dct:date ?d ; "
                         "besluit:isGehoudenDoor/skos:prefLabel ?label } ORDER BY ?d LIMIT 2")
    body = json.loads(to_json(result))
    first = body["results"]["bindings"][0]
    assert body["head"]["vars"] == ["label", "d"]
    assert first["d"] == {"type": "literal", "value": "2013-03-15",
                          "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    assert first["label"] == {"type": "literal", "value": "Rotherham Local Safeguarding Children Board"}
    assert to_csv(result).splitlines()[:2] == ["label,d", "Rotherham Local Safeguarding Children Board,2013-03-15"]


def test_kg_sparql_keeps_the_same_rules(graph_kg):
    store = str(graph_kg.store.root)
    runner = CliRunner()
    refused = runner.invoke(app, ["sparql", "DELETE WHERE { ?s ?p ?o }", "--store", store])
    assert refused.exit_code == 2
    assert refused.output.strip() == ("error: updates are refused: this store is read-only "
                                      "(SELECT, ASK, CONSTRUCT, DESCRIBE)")
    with listener() as sock:
        port = sock.getsockname()[1]
        query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"
        service = runner.invoke(app, ["sparql", query, "--store", store])
        assert service.exit_code == 2 and "SERVICE is refused" in service.output
        assert no_connection(sock)
    asked = runner.invoke(app, ["sparql", "ASK { ?m a besluit:Zitting }", "--store", store])
    assert asked.exit_code == 0 and asked.stdout.strip() == "true"
    capped = runner.invoke(app, ["sparql", MEETINGS, "--store", store, "--json", "--max-rows", "3"])
    assert capped.exit_code == 0 and len(json.loads(capped.stdout)) == 3
    stopped = runner.invoke(app, ["sparql", RUNAWAY, "--store", store, "--timeout", "1"])
    assert stopped.exit_code == 2 and "time limit of 1 s" in stopped.output


def test_a_query_too_deep_to_parse_is_refused_in_one_line(guard, graph_client):
    deep = "SELECT * WHERE { " + "{ " * 2000 + "?s ?p ?o" + " }" * 2000 + " }"
    with pytest.raises(QueryRefused, match="^the query nests or repeats too deeply to check; split it$"):
        guard.query(deep)
    response = graph_client.get("/sparql", params={"query": deep})
    assert response.status_code == 400 and response.text.startswith("the query nests or repeats too deeply")
    assert guard.query("ASK { ?s ?p ?o }").boolean is True


def test_a_query_slow_to_parse_is_bounded_by_the_time_limit(graph_kg):
    patterns = " ".join(f'?s{i} <urn:p> "{"x" * 20}" .' for i in range(500))   # rdflib's parser takes seconds
    runner = GuardedSparql(graph_kg.store, Limits(timeout=0.5))
    try:
        with pytest.raises(QueryTimeout):
            runner.query(f"SELECT * WHERE {{ {patterns} }}")
    finally:
        runner.close()
