"""Run the web app on uvicorn (what `kg serve` calls): one process answering from a thread pool, or
several worker processes (each with its own copy of the index and model) to use more CPU cores."""
from __future__ import annotations

import os
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from kg.api import KnowledgeGraph
from kg.graph.store import is_endpoint
from kg.web.app import create_app
from kg.web.limits import WebLimits

MAX_OPEN_CONNECTIONS = 64   # more at once are answered 503 rather than queued without end
STORE_VARIABLE = "KG_SERVE_STORE"
THREADS_VARIABLE = "KG_SERVE_THREADS"


def app_from_environment() -> FastAPI:
    """The app each worker process builds: the store and threads `serve` put in the environment."""
    kg = KnowledgeGraph.open(os.environ[STORE_VARIABLE])
    return create_app(kg, WebLimits(threads=int(os.environ[THREADS_VARIABLE])))


def serve(kg: KnowledgeGraph, host: str = "127.0.0.1", port: int = 8000, threads: int = 8, workers: int = 1) -> None:
    options = {"host": host, "port": port, "limit_concurrency": MAX_OPEN_CONNECTIONS, "log_level": "info",
               "timeout_graceful_shutdown": 5}
    if workers == 1:
        uvicorn.run(create_app(kg, WebLimits(threads=threads)), **options)
        return
    location = kg.store.location   # each worker opens it again: a folder as an absolute path, or the URL
    os.environ[STORE_VARIABLE] = location if is_endpoint(location) else str(Path(location).resolve())
    os.environ[THREADS_VARIABLE] = str(threads)
    uvicorn.run("kg.web.server:app_from_environment", factory=True, workers=workers, **options)
