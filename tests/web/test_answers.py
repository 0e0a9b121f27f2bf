"""Answers over the web and MCP (slow: the store with the search index and the embedding model)."""
from __future__ import annotations

import re
import sys
from html import unescape

import anyio
import pytest

from kg.web.answers import CITATION, answer_lines

pytestmark = pytest.mark.slow
CAMHS = "what did the panel resolve on CAMHS transition"


def test_api_ask_is_the_json_of_kg_ask(answer_client, built_kg):
    response = answer_client.get("/api/ask", params={"q": CAMHS})
    assert response.status_code == 200
    assert response.json() == built_kg.ask(CAMHS, k=5).to_json()
    assert len(answer_client.get("/api/ask", params={"q": CAMHS, "k": 2}).json()["evidence"]) == 2


def test_the_ask_page_links_every_citation_to_the_source_view(answer_client, built_kg):
    answer = built_kg.ask(CAMHS, k=5).to_json()
    page = answer_client.get("/", params={"q": CAMHS})
    assert page.status_code == 200
    section = page.text.split('id="answer"', 1)[1].split("</section>", 1)[0]
    cited = [(m[1], m[2], m[3]) for m in CITATION.finditer(answer["answer"])]
    links = re.findall(r'<a class="cite" href="/source/([^"?]+)\?start=(\d+)&amp;end=(\d+)#L\d+">', section)
    assert cited and links == cited
    for resolution in answer["resolutions"]:
        assert unescape(resolution["text"]) in unescape(page.text)
        assert f'/source/{resolution["source"]}?start={resolution["lines"][0]}&amp;end={resolution["lines"][1]}' \
            in page.text
    for link in links:
        source = answer_client.get(f"/source/{link[0]}", params={"start": link[1], "end": link[2]})
        assert source.status_code == 200 and f'<span id="L{link[1]}" class="line hl">' in source.text


def test_answer_lines_keep_the_text_around_citations():
    runs = answer_lines({"answer": "Resolved: noted. [a.txt:3-4] Next [b.txt:10-12]\nSecond line"})
    assert runs == [[{"text": "Resolved: noted. "}, {"source": "a.txt", "lines": [3, 4]}, {"text": " Next "},
                     {"source": "b.txt", "lines": [10, 12]}], [{"text": "Second line"}]]


def test_a_refusal_shows_its_reason(answer_client, built_kg):
    question = "What did the corporate parenting panel decide on 6 December 2016?"
    answer = built_kg.ask(question, k=5).to_json()
    assert answer["answerable"] is False
    page = answer_client.get("/", params={"q": question})
    assert page.status_code == 200 and 'class="answer refused"' in page.text
    assert unescape(answer["answer"]) in unescape(page.text)


def test_kg_mcp_answers_a_tools_call_for_ask(built_kg):
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    server = StdioServerParameters(command=sys.executable, args=["-c", "from kg.cli import main; main()", "mcp",
                                                                 "--store", str(built_kg.store.root)])

    async def call() -> tuple[list[str], object, object]:
        with anyio.fail_after(240):
            return await session_calls()

    async def session_calls() -> tuple[list[str], object, object]:
        async with stdio_client(server) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            tools = [tool.name for tool in (await session.list_tools()).tools]
            answered = await session.call_tool("ask", {"question": CAMHS, "k": 5})
            refused = await session.call_tool("sparql", {"query": "DELETE WHERE { ?s ?p ?o }"})
            return tools, answered, refused

    tools, answered, refused = anyio.run(call)
    assert sorted(tools) == ["ask", "organisation", "person", "sparql", "trace"]
    assert answered.is_error is False
    assert answered.structured_content == built_kg.ask(CAMHS, k=5).to_json()
    assert refused.is_error is True and "updates are refused" in refused.content[0].text
