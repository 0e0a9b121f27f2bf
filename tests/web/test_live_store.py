"""A running server follows the store: packs ingested by another process while the web app or the MCP
tools serve show at once."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from kg.api import KnowledgeGraph
from kg.web.app import create_app


def minutes(held: str, members: str, first_item: int, report: str) -> str:
    """An invented licensing committee's minutes: attendance, the last minutes approved, one report noted."""
    return f"""NORTHFOLD COUNCIL

LICENSING COMMITTEE

Minutes of the meeting held on {held}

Present:- Councillor Ashdown (in the Chair); Councillors {members}.

{first_item}. MINUTES OF THE PREVIOUS MEETING

Resolved:- That the minutes of the previous meeting be approved.

{first_item + 1}. {report.upper()}

The Licensing Manager presented the {report.lower()} report.

Resolved:- That the report be noted.
"""


@pytest.fixture
def packs(tmp_path):
    first, second = tmp_path / "northfold-licensing-2019-03-06.txt", tmp_path / "northfold-licensing-2019-04-03.txt"
    first.write_text(minutes("Wednesday, 6th March, 2019", "Brightwell and Coldridge", 4, "Taxi licensing policy"),
                     encoding="utf-8")
    second.write_text(minutes("Wednesday, 3rd April, 2019", "Brightwell and Quenby", 9, "Street trading consents"),
                      encoding="utf-8")
    return first, second


def test_the_app_answers_from_a_generation_written_while_it_runs(tmp_path, packs):
    first, second = packs
    store = tmp_path / "store"
    assert [r.status for r in KnowledgeGraph.open(store).ingest([first], with_index=False)] == ["ingested"]
    with TestClient(create_app(KnowledgeGraph.open(store), warm=False)) as client:
        before = client.get("/api/stats").json()
        assert before["sources"] == 1
        assert client.get("/api/person", params={"name": "Councillor Quenby"}).status_code == 404
        writer = KnowledgeGraph.open(store)    # another process, as far as the app can tell
        assert [r.status for r in writer.ingest([second], with_index=False)] == ["ingested"]
        after = client.get("/api/stats").json()
        assert after["sources"] == 2 and after["meetings"] == before["meetings"] + 1
        assert after == writer.stats()
        person = client.get("/api/person", params={"name": "Councillor Quenby"})
        assert person.status_code == 200 and person.json()["name"].endswith("Quenby")


def call_tool(server, name: str, arguments: dict):
    """A tool call on its own thread's event loop (the browser tests leave one running on this thread)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, server.call_tool(name, arguments)).result()


def test_the_mcp_tools_answer_from_a_generation_written_while_they_run(tmp_path, packs):
    from mcp.server.mcpserver.exceptions import ToolError

    from kg.web.mcp import build_server

    first, second = packs
    store = tmp_path / "store"
    KnowledgeGraph.open(store).ingest([first], with_index=False)
    server = build_server(KnowledgeGraph.open(store))
    with pytest.raises(ToolError, match="no person matches 'Councillor Quenby'"):
        call_tool(server, "person", {"name": "Councillor Quenby"})
    KnowledgeGraph.open(store).ingest([second], with_index=False)
    result = call_tool(server, "person", {"name": "Councillor Quenby"})
    assert not result.is_error and result.structured_content["name"].endswith("Quenby")
