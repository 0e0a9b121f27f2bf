"""The SPARQL 1.1 Protocol endpoint: GET ?query=, POST as a form or as application/sparql-query;
results as SPARQL JSON or CSV (per Accept), graphs as N-Triples; read-only through
:class:`kg.graph.sparql_guard.GuardedSparql` (updates and SERVICE refused, time limit, row cap)."""
from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from kg.graph.sparql_guard import QueryRefused, QueryTimeout
from kg.graph.sparql_results import to_csv, to_json, to_ntriples
from kg.web.errors import Refused

router = APIRouter(tags=["sparql"])
JSON_TYPE = "application/sparql-results+json"
CSV_TYPE = "text/csv"
NTRIPLES_TYPE = "application/n-triples"


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) once it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Refused(413, f"the request body of {declared} bytes is over the limit of {limit}")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Refused(413, f"the request body is over the limit of {limit} bytes")
    return body


def _run(request: Request, query: str | None) -> Response:
    if not query:
        raise Refused(400, "no query: give ?query=, a form field 'query' or an application/sparql-query body")
    try:
        result = request.app.state.sparql.query(query)
    except QueryTimeout as exc:
        raise Refused(503, str(exc)) from None
    except QueryRefused as exc:
        raise Refused(400, str(exc)) from None
    headers = {"X-Results-Truncated": "true"} if result.truncated else {}
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        return Response(to_ntriples(result), media_type=NTRIPLES_TYPE, headers=headers)
    accept = request.headers.get("accept", "")
    if CSV_TYPE in accept and JSON_TYPE not in accept:
        return Response(to_csv(result), media_type=CSV_TYPE + "; charset=utf-8", headers=headers)
    return Response(to_json(result), media_type=JSON_TYPE, headers=headers)


@router.get("/sparql", summary="SPARQL query (GET)", response_class=Response,
            responses={200: {"content": {JSON_TYPE: {}, CSV_TYPE: {}, NTRIPLES_TYPE: {}}}})
async def sparql_get(request: Request, query: str | None = None) -> Response:
    if query is None and "text/html" in request.headers.get("accept", ""):
        return request.app.state.templates.TemplateResponse(request, "sparql.html", {})
    limit = request.app.state.limits.sparql.max_chars
    if query is not None and len(query) > limit:
        raise Refused(413, f"query of {len(query)} characters is over the limit of {limit}")
    return await run_in_threadpool(_run, request, query)


@router.post("/sparql", summary="SPARQL query (POST: form or application/sparql-query)", response_class=Response,
             responses={200: {"content": {JSON_TYPE: {}, CSV_TYPE: {}, NTRIPLES_TYPE: {}}}})
async def sparql_post(request: Request) -> Response:
    limit = request.app.state.limits.sparql.max_chars
    body = (await _body(request, 4 * limit)).decode("utf-8", errors="replace")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/sparql-query":
        query = body
    elif kind == "application/x-www-form-urlencoded":
        form = parse_qs(body)
        if "update" in form:
            raise Refused(400, "updates are refused: this store is read-only (SELECT, ASK, CONSTRUCT, DESCRIBE)")
        query = (form.get("query") or [None])[0]
    elif kind == "application/sparql-update":
        raise Refused(400, "updates are refused: this store is read-only (SELECT, ASK, CONSTRUCT, DESCRIBE)")
    else:
        raise Refused(415, f"content type {kind or '(none)'} is not a SPARQL query; use "
                           "application/sparql-query or application/x-www-form-urlencoded")
    return await run_in_threadpool(_run, request, query)
