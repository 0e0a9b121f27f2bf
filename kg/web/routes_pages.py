"""The HTML pages: ask, browse (bodies, meetings, papers, plans, people, organisations), node pages,
a priority's trace, the graph view and the source view. All render on the server."""
from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from kg.web import reads
from kg.web.answers import answer_lines
from kg.web.app import node_url
from kg.web.errors import Refused, found
from kg.web.inputs import ask, checked_name
from kg.web.sources import UnknownSource, source_names, window

router = APIRouter(include_in_schema=False)
LIST_PAGE = 100
KIND_TEMPLATES = {"meeting": "meeting.html", "body": "body.html", "paper": "paper.html", "person": "person.html",
                  "organisation": "organisation.html"}
KIND_READS = {"meeting": reads.meeting, "body": reads.body, "paper": reads.paper, "person": reads.person,
              "organisation": reads.organisation}


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context)


def known_node(request: Request, path: str) -> tuple[str, str]:
    """(iri, kind) of the node at ``path``, or Refused(404)."""
    try:
        iri = reads.node_iri(path)
    except reads.UnknownNode as exc:
        raise Refused(404, str(exc)) from None
    kind = reads.node_kind(request.app.state.kg, iri)
    if kind is None:
        raise Refused(404, f"the graph holds no node {iri}")
    return iri, kind


def paged(items: list[Any], page: int) -> tuple[list[Any], int]:
    pages = max(1, -(-len(items) // LIST_PAGE))
    if not 1 <= page <= pages:
        raise Refused(400, f"page {page} is outside 1-{pages}")
    return items[(page - 1) * LIST_PAGE: page * LIST_PAGE], pages


@router.get("/", response_class=HTMLResponse)
def ask_page(request: Request, q: str = "", k: int = Query(5)) -> HTMLResponse:
    if not q:
        return render(request, "ask.html", question="", answer=None)
    answer = ask(request, q, k)
    return render(request, "ask.html", question=answer["question"], answer=answer, lines=answer_lines(answer))


@router.get("/browse", response_class=HTMLResponse)
def browse_page(request: Request) -> HTMLResponse:
    kg = request.app.state.kg
    return render(request, "browse.html", bodies=reads.bodies(kg), stats=kg.stats(), sources=source_names(kg))


@router.get("/papers", response_class=HTMLResponse)
def papers_page(request: Request) -> HTMLResponse:
    return render(request, "papers.html", papers=reads.papers(request.app.state.kg))


@router.get("/people", response_class=HTMLResponse)
def people_page(request: Request, page: int = 1) -> HTMLResponse:
    shown, pages = paged(reads.people(request.app.state.kg), page)
    return render(request, "list.html", title="People", kind="person", items=shown, page=page, pages=pages,
                  count_label="meetings")


@router.get("/organisations", response_class=HTMLResponse)
def organisations_page(request: Request, page: int = 1) -> HTMLResponse:
    shown, pages = paged(reads.organisations(request.app.state.kg), page)
    return render(request, "list.html", title="Organisations", kind="organisation", items=shown, page=page,
                  pages=pages, count_label="mentions")


def named_page(match: dict[str, Any] | None, what: str, name: str) -> RedirectResponse:
    """The page of the person or organisation a name (as an answer prints it) stands for."""
    return RedirectResponse(node_url(found(match, what, name)["iri"]) or "/", status_code=303)


@router.get("/person")
def person_by_name(request: Request, name: str = "") -> RedirectResponse:
    text = checked_name(request, name, "name")
    return named_page(request.app.state.kg.person(text), "person", text)


@router.get("/org")
def organisation_by_name(request: Request, name: str = "") -> RedirectResponse:
    text = checked_name(request, name, "name")
    return named_page(request.app.state.kg.organisation(text), "organisation", text)


@router.get("/node/{path:path}", response_class=HTMLResponse)
def node_page(request: Request, path: str, routine: str = "show") -> HTMLResponse:
    iri, kind = known_node(request, path)
    kg = request.app.state.kg
    if kind in KIND_TEMPLATES:
        return render(request, KIND_TEMPLATES[kind], node=KIND_READS[kind](kg, iri), kind=kind,
                      hide_routine=routine == "hide", path=path)
    return render(request, "node.html", node=reads.describe_node(kg, iri), kind=kind, path=path)


@router.get("/trace", response_class=HTMLResponse)
def trace_page(request: Request, priority: str = "") -> HTMLResponse:
    text = checked_name(request, priority, "priority")
    return render(request, "trace.html", trace=found(request.app.state.kg.trace(text), "priority", text))


@router.get("/graph/{path:path}", response_class=HTMLResponse)
def graph_page(request: Request, path: str) -> HTMLResponse:
    iri, kind = known_node(request, path)
    elements = reads.neighbourhood(request.app.state.kg, iri)
    return render(request, "graph.html", iri=iri, kind=kind, path=path, elements=elements,
                  elements_json=json.dumps(elements, ensure_ascii=False).replace("</", "<\\/"))


@router.get("/source/{name}", response_class=HTMLResponse)
def source_page(request: Request, name: str, start: int | None = None, end: int | None = None,
                page: int | None = None) -> HTMLResponse:
    kg = request.app.state.kg
    try:
        shown = window(kg, name, start, end, page)
    except UnknownSource as exc:
        raise Refused(404, str(exc)) from None
    except ValueError as exc:
        raise Refused(400, str(exc)) from None
    nodes = reads.nodes_at(kg, name, shown.start, shown.end) if shown.start is not None else []
    return render(request, "source.html", window=shown, nodes=nodes)
