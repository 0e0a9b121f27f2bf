"""The web app in a real browser: Debian's chromium, headless, driven by Playwright, against a
uvicorn server on a free loopback port (slow: answers need the embedding model). Screenshots go to
tests/web/screenshots/."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from tests.web.conftest import screenshot

pytestmark = pytest.mark.slow
CAMHS = "what did the panel resolve on CAMHS transition"


def test_ask_then_follow_a_citation_to_the_highlighted_lines(page, live_server, built_kg):
    page.goto(live_server + "/")
    page.fill("#q", CAMHS)
    page.click("form.ask button")
    page.wait_for_selector("#answer")
    answer = built_kg.ask(CAMHS, k=5).to_json()
    assert page.locator("#answer .answer-line").count() == len(answer["answer"].splitlines())
    screenshot(page, "ask")
    first = page.locator("#answer a.cite").first
    label = first.inner_text()
    source, start, end = re.fullmatch(r"(.+):(\d+)-(\d+)", label).groups()
    first.click()
    page.wait_for_selector("pre.source")
    assert page.locator("h1.source-name").inner_text() == source
    highlighted = page.locator("pre.source .line.hl")
    assert highlighted.count() == int(end) - int(start) + 1
    assert highlighted.first.get_attribute("id") == f"L{start}"
    assert page.locator("#nodes li").count() >= 1
    screenshot(page, "source")


def test_browse_to_a_meeting_and_hide_routine_items(page, live_server):
    page.goto(live_server + "/browse")
    page.click("#bodies >> text=Corporate Parenting Panel")
    page.click("#meetings >> text=2016-09-27")
    page.wait_for_selector("#minute-items")
    assert page.locator("#minute-items > li").count() == 16
    assert page.locator("#attendance").inner_text().startswith("Chair: Councillor Sansome")
    page.click("#hide-routine")
    page.wait_for_selector("text=Show routine items")
    assert page.locator("#minute-items > li").count() == 12
    assert page.locator("#minute-items >> text=APOLOGIES FOR ABSENCE").count() == 0
    screenshot(page, "meeting")


def test_a_trace_in_the_browser(page, live_server, built_kg):
    wording = "improve the mental health of children and young people"
    trace = built_kg.trace(wording)
    page.goto(f"{live_server}/trace?priority={quote(wording)}")
    assert page.locator("#trace .node-priority summary").first.inner_text().startswith(
        f"Priority {trace['priority']['number']}")
    actions = page.locator("#trace > li:first-child .node-action")
    assert actions.count() == len(trace["actions"])
    screenshot(page, "trace")


def test_a_person_page(page, live_server, built_kg):
    person = built_kg.person("Clair Pyper")
    page.goto(live_server + "/people?page=1")
    page.goto(live_server + "/node/" + person["iri"].split("/id/", 1)[1])
    assert page.locator("h1").inner_text() == "Clair Pyper"
    assert page.locator("#roles tbody tr").count() == len(person["roles"])
    screenshot(page, "person")


def test_the_graph_view_draws_its_nodes_and_opens_one(page, live_server, built_kg):
    meeting = "meeting/rotherham/corporate-parenting-panel/2016-09-27"
    page.goto(f"{live_server}/graph/{meeting}")
    page.wait_for_selector("#cy[data-drawn]")
    drawn = page.evaluate("window.kgGraph.nodes().length")
    items = built_kg.sparql("SELECT ?i WHERE { <https://w3id.org/council-kg/id/" + meeting + "> ckg:hasMinuteItem ?i }")
    assert drawn >= len(items) + 2 and page.locator("#cy canvas").count() >= 1
    screenshot(page, "graph")
    target = page.evaluate("window.kgGraph.nodes('[kind = \"body\"]').first().data('path')")
    position = page.evaluate("""() => { const n = window.kgGraph.nodes('[kind = "body"]').first();
        const box = document.getElementById('cy').getBoundingClientRect(); const p = n.renderedPosition();
        return [box.left + p.x, box.top + p.y]; }""")
    page.mouse.click(*position)
    page.wait_for_url(f"**/node/{target}")
    assert page.locator("h1").inner_text() == "Corporate Parenting Panel"


def test_a_bad_question_and_an_unknown_node(page, live_server):
    response = page.goto(live_server + "/?q=" + "x" * 600)
    assert response.status == 413
    assert page.locator("#reason").inner_text() == "the question is 600 characters long; the limit is 500"
    response = page.goto(live_server + "/node/person/nobody-at-all")
    assert response.status == 404
    assert page.locator("#reason").inner_text().startswith("the graph holds no node")


def test_the_ask_page_works_with_javascript_off(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(live_server + "/")
        tab.fill("#q", CAMHS)
        tab.press("#q", "Enter")
        tab.wait_for_selector("#answer")
        assert tab.locator("#answer a.cite").count() >= 1
        assert tab.locator("#resolutions tbody tr").count() >= 1
    finally:
        context.close()


def test_the_api_docs_render_from_bundled_files_only(page, live_server):
    outside = []
    page.on("request", lambda request: outside.append(request.url)
            if not request.url.startswith(live_server) else None)
    page.goto(live_server + "/docs")
    page.wait_for_selector(".opblock")
    operations = page.locator(".opblock-summary-path").all_inner_texts()
    assert {"/api/ask", "/api/trace", "/api/person", "/api/org", "/api/stats", "/sparql"} <= set(operations)
    assert outside == []
