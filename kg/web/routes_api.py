"""The JSON API, mirroring the CLI: ask, trace, person, org, stats (OpenAPI at /docs)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from kg.web.errors import found
from kg.web.inputs import ask, checked_name

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/ask", summary="Answer a question (the JSON of `kg ask --json`)", response_class=JSONResponse)
def api_ask(request: Request, q: str = Query(..., description="The question."),
            k: int = Query(5, description="How many pieces of evidence.")) -> JSONResponse:
    # the answer is plain JSON already: sent as it is, without FastAPI's per-value encoding (a fifth of the time)
    return JSONResponse(ask(request, q, k))


@router.get("/trace", summary="Trace a priority: strategy, actions, updates, meetings (`kg trace --json`)")
def api_trace(request: Request, priority: str = Query(..., description="Priority wording or IRI.")) -> dict[str, Any]:
    text = checked_name(request, priority, "priority")
    return found(request.app.state.kg.trace(text), "priority", text)


@router.get("/person", summary="A person's roles, presentations, attendance and leads (`kg person --json`)")
def api_person(request: Request, name: str = Query(..., description="A name as printed.")) -> dict[str, Any]:
    text = checked_name(request, name, "name")
    return found(request.app.state.kg.person(text), "person", text)


@router.get("/org", summary="An organisation's names, people, mentions and partnerships (`kg org --json`)")
def api_org(request: Request, name: str = Query(..., description="A name or acronym.")) -> dict[str, Any]:
    text = checked_name(request, name, "name")
    return found(request.app.state.kg.organisation(text), "organisation", text)


@router.get("/stats", summary="What the graph holds (`kg stats --json`)")
def api_stats(request: Request) -> dict[str, int]:
    return request.app.state.kg.stats()
