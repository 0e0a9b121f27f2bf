"""Pages, JSON API and the SPARQL endpoint over the graph-only store (no model loaded): what each
page shows is checked against the graph itself, and every refusal is a 4xx with one line."""
from __future__ import annotations

import json
import re
import socket
from html import unescape
from urllib.parse import quote

import pytest

from kg.graph.sparql_guard import Limits
from kg.web.app import create_app
from kg.web.limits import WebLimits

PANEL = "https://w3id.org/council-kg/id/body/rotherham/corporate-parenting-panel"
SEPTEMBER = "https://w3id.org/council-kg/id/meeting/rotherham/corporate-parenting-panel/2016-09-27"
ID = "https://w3id.org/council-kg/id/"
PANEL_PACK = "rotherham-corporate-parenting-panel-2016-12-06.txt"


def text_of(html: str) -> str:
    """The words a reader sees: tags dropped, spaces collapsed, no space before a comma."""
    return re.sub(r" ([,;])", r"\1", " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split()))


def path_of(iri: str) -> str:
    return "/node/" + iri[len(ID):]


def reason(response) -> str:
    """The one-line reason of a refused page."""
    found = re.search(r'<p class="error" id="reason">(.*?)</p>', response.text, re.S)
    return unescape(found.group(1)) if found else ""


def test_browse_lists_every_body_with_its_meetings(graph_client, graph_kg):
    page = graph_client.get("/browse")
    assert page.status_code == 200
    bodies = graph_kg.sparql("SELECT ?l (COUNT(?m) AS ?n) WHERE { ?b a besluit:Bestuursorgaan ; skos:prefLabel ?l . "
                             "?m besluit:isGehoudenDoor ?b } GROUP BY ?l ORDER BY ?l")
    rows = re.findall(r'<tr><td><a href="/node/body/[^"]+">([^<]+)</a></td><td>(\d+)</td>', page.text)
    assert [(unescape(label), int(n)) for label, n in rows] == [(b["l"], b["n"]) for b in bodies]
    assert len(rows) == 6


def test_a_body_lists_its_meetings_in_date_order(graph_client):
    page = graph_client.get(path_of(PANEL))
    dates = re.findall(r'<a href="/node/meeting/rotherham/corporate-parenting-panel/[^"]+">([\d-]+)</a>', page.text)
    assert dates == ["2016-09-27", "2016-12-06"]


def test_a_meeting_shows_its_items_resolutions_presenters_and_attendance(graph_client, graph_kg):
    page = graph_client.get(path_of(SEPTEMBER))
    assert page.status_code == 200
    meeting = next(m for m in graph_kg.records()["meetings"] if m["iri"] == SEPTEMBER)
    shown = text_of(page.text)
    for item in meeting["items"]:
        assert item["title"] in shown
        for resolution in item["resolutions"]:
            cite = f'/source/{PANEL_PACK}?start={resolution["lines"][0]}&amp;end={resolution["lines"][1]}'
            assert cite in page.text and resolution["text"] in shown
    assert "That a representative from the CAMHS be invited to the next meeting." in shown
    assert re.search(r"Presented by <a href=\"/node/person/rotherham/karen-holgate\">Karen Holgate</a>", page.text)
    assert "Chair: Councillor Sansome" in shown
    assert "Apologies: Councillor C. Bailey, Councillor Clark" in shown


def test_routine_items_can_be_hidden(graph_client):
    shown = text_of(graph_client.get(path_of(SEPTEMBER)).text)
    hidden = text_of(graph_client.get(path_of(SEPTEMBER) + "?routine=hide").text)
    for routine in ("APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "MINUTES OF THE PREVIOUS MEETING"):
        assert routine in shown and routine not in hidden
    assert "LOOKED AFTER CHILDREN STATUTORY HEALTH ASSESSMENTS" in hidden


def test_a_plan_shows_priorities_and_actions_with_rag_leads_and_updates(graph_client, graph_kg):
    rows = graph_kg.sparql("""SELECT ?doc ?a ?text ?status WHERE { ?doc ckg:hasAction ?a . ?a ckg:status ?status ;
                              prov:value ?text ; ckg:lead ?lead } ORDER BY ?doc ?a""")
    red = next(r for r in rows if r["status"] == "Red")
    page = graph_client.get(path_of(red["doc"]))
    assert page.status_code == 200
    action_html = page.text.split(f'href="{path_of(red["a"])}"', 1)[1].split("</li>", 1)[0]
    assert '<span class="rag rag-red">Red</span>' in action_html
    leads = graph_kg.sparql(f"SELECT ?n WHERE {{ <{red['a']}> ckg:lead/foaf:name ?n }}")
    assert all(lead["n"] in unescape(action_html) for lead in leads)
    updated = graph_kg.sparql("""SELECT ?doc ?a ?u WHERE { ?doc ckg:hasAction ?a . ?a ckg:hasUpdate/prov:value ?u }
                                 ORDER BY ?doc ?a LIMIT 1""")[0]
    plan = text_of(graph_client.get(path_of(updated["doc"])).text)
    assert " ".join(updated["u"].split()) in plan


def test_people_and_organisation_pages(graph_client, graph_kg):
    person = graph_kg.person("Clair Pyper")
    page = graph_client.get(path_of(person["iri"]))
    shown = text_of(page.text)
    assert page.status_code == 200 and "Clair Pyper" in shown
    for role in person["roles"]:
        assert role["role"] in shown
    organisation = graph_kg.organisation("RDaSH")
    org_page = text_of(graph_client.get(path_of(organisation["iri"])).text)
    assert organisation["name"] in org_page and all(a in org_page for a in organisation["acronyms"])
    people = graph_client.get("/people")
    assert people.status_code == 200 and people.text.count('<li><a href="/node/person/') == 100


def test_a_priority_trace_is_a_tree(graph_client, graph_kg):
    trace = graph_kg.trace("improve the mental health of children and young people")
    page = graph_client.get("/trace", params={"priority": "improve the mental health of children and young people"})
    assert page.status_code == 200
    shown = text_of(page.text)
    assert trace["strategy"]["title"] in shown and trace["priority"]["text"] in shown
    assert page.text.count('class="node-action"') >= len(trace["actions"]) > 0
    assert all(action["text"] in shown for action in trace["actions"])


def test_the_source_view_highlights_the_cited_lines_and_links_their_nodes(graph_client):
    page = graph_client.get(f"/source/{PANEL_PACK}", params={"start": 297, "end": 297})
    assert page.status_code == 200
    highlighted = re.findall(r'<span id="L(\d+)" class="line hl">', page.text)
    assert highlighted == ["297"]
    assert '<span id="L285" class="line">' in page.text and '<span id="L309" class="line">' in page.text
    nodes = page.text.split('id="nodes"', 1)[1].split("</section>", 1)[0]
    assert 'href="/node/meeting/rotherham/corporate-parenting-panel/2016-09-27/item/d17/resolution/' in nodes
    assert 'href="/node/meeting/rotherham/corporate-parenting-panel/2016-09-27/item/d17"' in nodes


@pytest.mark.parametrize("name", ["..%2F..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "..%2Fsources", "%2E%2E",
                                  "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd"])
def test_the_source_view_serves_no_path_outside_the_store(graph_client, name):
    response = graph_client.get(f"/source/{name}")
    assert response.status_code == 404 and "root:" not in response.text
    assert reason(response).startswith(("the store holds no source named", "no page at /source"))


def test_an_unknown_source_name_is_404(graph_client):
    response = graph_client.get("/source/nothing.txt")
    assert response.status_code == 404 and reason(response) == "the store holds no source named 'nothing.txt'"


def test_a_stored_file_is_served_by_its_ingested_name_only(graph_client, graph_kg):
    stored = graph_kg.store.manifest().sources[PANEL_PACK]["stored"]
    assert graph_client.get(f"/source/{quote(stored)}").status_code == 404


def test_bad_lines_and_pages_are_refused_in_one_line(graph_client):
    assert reason(graph_client.get(f"/source/{PANEL_PACK}?start=0")).startswith("lines 0-0 are outside")
    outside = graph_client.get(f"/source/{PANEL_PACK}?page=100000")
    assert outside.status_code == 400 and reason(outside).startswith("page 100000 is outside")
    for page in (0, -1):   # not the first page by another name
        below = graph_client.get(f"/source/{PANEL_PACK}?page={page}")
        assert below.status_code == 400 and reason(below).startswith(f"page {page} is outside {PANEL_PACK} (pages 1-")
    assert graph_client.get("/people?page=0").status_code == 400
    assert graph_client.get("/people?page=x").status_code == 422


def test_unknown_nodes_are_404(graph_client):
    for path in ("/node/meeting/no-such-body/2016-01-01", "/node/a%20b%3Cscript%3E", "/graph/person/nobody-at-all"):
        response = graph_client.get(path)
        assert response.status_code == 404 and "Traceback" not in response.text
    assert reason(graph_client.get("/node/meeting/no-such-body/2016-01-01")) == (
        "the graph holds no node https://w3id.org/council-kg/id/meeting/no-such-body/2016-01-01")


@pytest.mark.parametrize("path", ["x%00y", "a%01%02", "a%7Fb", "a%C2%80b", "a%25zz", "a%EF%BF%BFb"])
def test_paths_no_iri_can_hold_are_404_not_a_server_error(graph_client, path):
    """Control characters and bad percent escapes pass the IRI pattern but not Oxigraph's parser."""
    for route in ("/node/", "/graph/"):
        response = graph_client.get(route + path)
        assert response.status_code == 404, (route + path, response.status_code)
        assert reason(response).startswith("not a node IRI: 'https://w3id.org/council-kg/id/")


def test_the_graph_view_embeds_the_neighbourhood(graph_client, graph_kg):
    page = graph_client.get("/graph/" + SEPTEMBER[len(ID):])
    elements = json.loads(re.search(r'<script type="application/json" id="elements">(.*?)</script>',
                                    page.text, re.S).group(1))
    ids = {node["data"]["id"] for node in elements["nodes"]}
    items = {r["i"] for r in graph_kg.sparql(f"SELECT ?i WHERE {{ <{SEPTEMBER}> ckg:hasMinuteItem ?i }}")}
    assert SEPTEMBER in ids and items <= ids and PANEL in ids
    assert {e["data"]["target"] for e in elements["edges"] if e["data"]["label"] == "ckg:hasMinuteItem"} == items
    assert '<script src="/static/vendor/cytoscape/cytoscape.min.js">' in page.text


def test_every_page_asset_is_shipped(graph_client):
    for url in ("/", "/browse", path_of(SEPTEMBER), "/docs"):
        html = graph_client.get(url).text
        assets = re.findall(r'(?:src|href)="([^"#]+\.(?:js|css|svg|png))"', html)
        assert assets and all(a.startswith("/static/") for a in assets), assets
        for asset in assets:
            assert graph_client.get(asset).status_code == 200
    assert "cdn" not in graph_client.get("/docs").text.lower()


def test_api_mirrors_the_cli(graph_client, graph_kg):
    assert graph_client.get("/api/stats").json() == graph_kg.stats()
    assert graph_client.get("/api/person", params={"name": "Clair Pyper"}).json() == graph_kg.person("Clair Pyper")
    assert graph_client.get("/api/org", params={"name": "RDaSH"}).json() == graph_kg.organisation("RDaSH")
    wording = "improve the mental health of children and young people"
    trace = graph_client.get("/api/trace", params={"priority": wording}).json()
    assert trace["priority"]["iri"] and trace == json.loads(json.dumps(graph_kg.trace(wording)))
    missing = graph_client.get("/api/person", params={"name": "Zebedee Quux"})
    assert missing.status_code == 404 and missing.json() == {"error": "no person matches 'Zebedee Quux'"}
    spec = graph_client.get("/openapi.json").json()
    assert {"/api/ask", "/api/trace", "/api/person", "/api/org", "/api/stats", "/sparql"} <= set(spec["paths"])


def test_bounded_inputs_get_a_one_line_4xx(graph_client):
    too_long = graph_client.get("/api/ask", params={"q": "why " * 200})
    assert too_long.status_code == 413
    assert too_long.json() == {"error": "the question is 799 characters long; the limit is 500"}
    assert graph_client.get("/api/ask", params={"q": "  "}).json() == {"error": "the question is empty"}
    assert graph_client.get("/api/ask", params={"q": "camhs", "k": 500}).status_code == 400
    assert graph_client.get("/api/ask", params={"q": "camhs", "k": "many"}).json() == {
        "error": "k: Input should be a valid integer, unable to parse string as an integer"}
    assert graph_client.get("/api/ask").json() == {"error": "q: Field required"}
    assert graph_client.get("/api/person", params={"name": "x" * 201}).status_code == 400
    page = graph_client.get("/", params={"q": "x" * 600})
    assert page.status_code == 413 and reason(page) == "the question is 600 characters long; the limit is 500"


def test_a_store_without_index_says_so(graph_client, graph_kg):
    response = graph_client.get("/api/ask", params={"q": "what did the panel resolve"})
    assert response.status_code == 503
    assert response.json()["error"].startswith(f"the store {graph_kg.store.root} has no search index")


# -- the SPARQL endpoint ----------------------------------------------------------------------------
SELECT = "SELECT ?d WHERE { ?m a besluit:Zitting ; dct:date ?d } ORDER BY ?d"


def test_sparql_get_and_post_give_json_and_csv(graph_client, graph_kg):
    dates = [str(r["d"]) for r in graph_kg.sparql(SELECT)]
    got = graph_client.get("/sparql", params={"query": SELECT})
    assert got.headers["content-type"] == "application/sparql-results+json"
    assert [b["d"]["value"] for b in got.json()["results"]["bindings"]] == dates
    csv = graph_client.get("/sparql", params={"query": SELECT}, headers={"accept": "text/csv"})
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.split("\r\n")[:-1] == ["d", *dates]
    form = graph_client.post("/sparql", data={"query": SELECT})
    direct = graph_client.post("/sparql", content=SELECT, headers={"content-type": "application/sparql-query"})
    assert form.json() == direct.json() == got.json()
    asked = graph_client.get("/sparql", params={"query": "ASK { ?m a besluit:Zitting }"})
    assert asked.json() == {"head": {}, "boolean": True}
    described = graph_client.get("/sparql", params={"query": f"DESCRIBE <{PANEL}>"})
    assert described.headers["content-type"] == "application/n-triples"
    assert f'<{PANEL}> <http://www.w3.org/2004/02/skos/core#prefLabel> "Corporate Parenting Panel" .' in described.text


def test_sparql_refuses_updates_service_and_oversized_queries(graph_client, graph_kg):
    before = len(graph_kg.graph)
    for response in (graph_client.post("/sparql", data={"update": "DELETE WHERE { ?s ?p ?o }"}),
                     graph_client.post("/sparql", content="DELETE WHERE { ?s ?p ?o }",
                                       headers={"content-type": "application/sparql-update"}),
                     graph_client.get("/sparql", params={"query": "DELETE WHERE { ?s ?p ?o }"})):
        assert response.status_code == 400
        assert response.text == "updates are refused: this store is read-only (SELECT, ASK, CONSTRUCT, DESCRIBE)\n"
    assert len(graph_kg.graph) == before
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        sock.settimeout(1.0)
        port = sock.getsockname()[1]
        service = graph_client.get("/sparql", params={"query": f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> "
                                                               "{ ?s ?p ?o } }"})
        assert service.status_code == 400 and service.text.startswith("SERVICE is refused")
        with pytest.raises(TimeoutError):
            sock.accept()
    big = graph_client.post("/sparql", content="x" * 100_000, headers={"content-type": "application/sparql-query"})
    assert big.status_code == 413 and "over the limit" in big.text
    assert graph_client.post("/sparql", content=SELECT, headers={"content-type": "text/plain"}).status_code == 415
    assert graph_client.get("/sparql").status_code == 400


def test_sparql_stops_a_runaway_query(graph_kg):
    from fastapi.testclient import TestClient

    app = create_app(graph_kg, WebLimits(sparql=Limits(timeout=1.0)))
    with TestClient(app) as client:
        runaway = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . "
                                                         "?g ?h ?i }"})
        assert runaway.status_code == 503
        assert runaway.text == "query stopped after the time limit of 1 s\n"
        assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_names_in_answers_open_their_pages(graph_client, graph_kg):
    person = graph_client.get("/person", params={"name": "Clair Pyper"}, follow_redirects=False)
    assert person.status_code == 303
    assert person.headers["location"] == path_of(graph_kg.person("Clair Pyper")["iri"])
    organisation = graph_client.get("/org", params={"name": "RDaSH"}, follow_redirects=False)
    assert organisation.headers["location"] == path_of(graph_kg.organisation("RDaSH")["iri"])
    missing = graph_client.get("/person", params={"name": "Zebedee Quux"})
    assert missing.status_code == 404 and reason(missing) == "no person matches 'Zebedee Quux'"
    assert graph_client.get("/trace", params={"priority": ""}).status_code == 400


def test_request_text_is_escaped_in_pages(graph_client):
    response = graph_client.get("/node/%3Cscript%3Ealert(1)%3C/script%3E")
    assert response.status_code == 404
    assert "<script>alert" not in response.text and "&lt;script&gt;alert(1)" in response.text
