"""Run the web app on uvicorn (what `kg serve` calls)."""
from __future__ import annotations

import uvicorn

from kg.api import KnowledgeGraph
from kg.web.app import WebLimits, create_app

MAX_OPEN_CONNECTIONS = 64   # more at once are answered 503 rather than queued without end


def serve(kg: KnowledgeGraph, host: str = "127.0.0.1", port: int = 8000, threads: int = 8) -> None:
    app = create_app(kg, WebLimits(threads=threads))
    uvicorn.run(app, host=host, port=port, limit_concurrency=MAX_OPEN_CONNECTIONS, log_level="info",
                timeout_graceful_shutdown=5)
