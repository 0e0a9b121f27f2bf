"""The FastAPI application of `kg serve`: pages, JSON API, SPARQL endpoint, bundled assets.

:func:`create_app` wires the routers to one :class:`kg.api.KnowledgeGraph`; every request that
the app refuses gets a 4xx with a one-line reason (HTML for pages, JSON for /api, text for /sparql),
never a traceback.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from kg.api import KnowledgeGraph
from kg.graph.sparql_guard import GuardedSparql
from kg.web import reads
from kg.web.answers import warm_up
from kg.web.errors import Refused
from kg.web.limits import WebLimits

log = logging.getLogger("kg.web")
WEB_DIR = Path(str(files("kg.web")))


def node_url(iri: str | None) -> str | None:
    """The page of a node of the store (None for an IRI outside the store's namespace)."""
    path = reads.node_path(iri) if iri else None
    return f"/node/{quote(path)}" if path is not None else None


def source_url(source: str, lines: list[int] | tuple[int, int]) -> str:
    return f"/source/{quote(source)}?start={lines[0]}&end={lines[1]}#L{lines[0]}"


class FollowTheStore:
    """ASGI middleware: each request is answered from the store's live generation, which an ingest by
    another process replaces while the app runs (see :meth:`KnowledgeGraph.refresh`)."""

    def __init__(self, app: ASGIApp, kg: KnowledgeGraph) -> None:
        self.app = app
        self.kg = kg

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.kg.refresh()
        await self.app(scope, receive, send)


def create_app(kg: KnowledgeGraph, limits: WebLimits = WebLimits(), warm: bool = True) -> FastAPI:
    """The app over ``kg``; with ``warm``, the search index is loaded at start-up (if there is one)
    so the first question is as quick as the rest."""
    from kg.web import routes_api, routes_pages, routes_sparql

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        anyio.to_thread.current_default_thread_limiter().total_tokens = limits.threads
        if warm:
            warm_up(kg)
        yield
        app.state.sparql.close()

    app = FastAPI(title="council-kg", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Questions, pages and read-only SPARQL over a council-kg store.")
    app.state.kg = kg
    app.state.limits = limits
    app.state.sparql = GuardedSparql(kg.store, limits.sparql)
    templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
    templates.env.globals.update(node_url=node_url, source_url=source_url)
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")
    app.include_router(routes_pages.router)
    app.include_router(routes_api.router)
    app.include_router(routes_sparql.router)
    app.add_middleware(FollowTheStore, kg=kg)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="council-kg API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    def refuse(request: Request, status: int, reason: str) -> Response:
        path = request.url.path
        if path.startswith("/api/"):
            return JSONResponse({"error": reason}, status_code=status)
        if path.startswith("/sparql"):
            return PlainTextResponse(reason + "\n", status_code=status)
        return templates.TemplateResponse(request, "error.html", {"status": status, "reason": reason},
                                          status_code=status)

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused) -> Response:
        return refuse(request, exc.status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())[1:]) or "request"
        return refuse(request, 422, f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        reason = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else f"no page at {request.url.path}"
        return refuse(request, exc.status_code, str(reason))

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> Response:
        log.exception("request %s failed", request.url.path)
        return refuse(request, 500, f"the server failed on this request ({type(exc).__name__})")

    return app
