"""How much one request may ask for, in one place for the web app and the MCP tools alike."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.graph.sparql_guard import Limits


@dataclass(frozen=True)
class WebLimits:
    """Bounds on a request's text and work, so no request can run the server out of time or memory."""

    max_question: int = 500
    max_k: int = 20
    max_name: int = 200
    threads: int = 8          # requests worked on at once (answers run in these threads)
    sparql: Limits = field(default_factory=Limits)
