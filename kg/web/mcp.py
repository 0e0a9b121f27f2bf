"""`kg mcp`: the store's questions as MCP tools (the official `mcp` SDK, stdio transport), so AI
assistants and other programs can ask, trace, look people and organisations up and run read-only
SPARQL. Inputs are typed and bounded; a refusal comes back as the tool's error, in one line."""
from __future__ import annotations

from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field

from kg.api import KnowledgeGraph
from kg.graph.sparql_guard import GuardedSparql, QueryRefused
from kg.graph.sparql_results import results_json, to_ntriples
from kg.web.answers import answer_json
from kg.web.limits import WebLimits

LIMITS = WebLimits()
Question = Annotated[str, Field(min_length=1, max_length=LIMITS.max_question, description="A question in plain English.")]
Name = Annotated[str, Field(min_length=1, max_length=LIMITS.max_name)]


def build_server(kg: KnowledgeGraph) -> MCPServer:
    """An MCP server whose tools answer from ``kg``."""
    server = MCPServer("council-kg", log_level="WARNING",
                       instructions="Questions over local-government meeting papers: answers cite their source "
                                    "file and lines; people, organisations, priorities and read-only SPARQL.")
    sparql_runner = GuardedSparql(kg.store, LIMITS.sparql)   # reads the live generation itself

    def live() -> KnowledgeGraph:
        """``kg``, having dropped what it read of a generation an ingest by another process has replaced."""
        kg.refresh()
        return kg

    def found(value: dict[str, Any] | None, what: str, text: str) -> dict[str, Any]:
        if value is None:
            raise ToolError(f"no {what} matches {text!r}")
        return value

    @server.tool()
    def ask(question: Question,
            k: Annotated[int, Field(ge=1, le=LIMITS.max_k, description="Pieces of evidence.")] = 5) -> dict[str, Any]:
        """Answer a question from the graph and the search index: resolutions, quoted sentences and
        evidence, each citing source file and lines; or answerable=false with the reason."""
        if not live().has_index():
            raise ToolError(f"the store {kg.store.location} has no search index")
        return answer_json(kg, question.strip(), k)

    @server.tool()
    def trace(priority: Annotated[Name, Field(description="A priority's wording (matched fuzzily) or its IRI.")]
              ) -> dict[str, Any]:
        """Trace a priority: strategy -> priority -> actions, leads, updates -> meetings and resolutions."""
        return found(live().trace(priority), "priority", priority)

    @server.tool()
    def person(name: Annotated[Name, Field(description="A name as printed; matched fuzzily.")]) -> dict[str, Any]:
        """A person's roles over time, what they presented, attended and lead, with sources."""
        return found(live().person(name), "person", name)

    @server.tool()
    def organisation(name: Annotated[Name, Field(description="A name or acronym; matched fuzzily.")]
                     ) -> dict[str, Any]:
        """An organisation's names and acronyms, its people, where it is mentioned, partnerships."""
        return found(live().organisation(name), "organisation", name)

    @server.tool()
    def sparql(query: Annotated[str, Field(min_length=1, max_length=LIMITS.sparql.max_chars, description=(
            "SELECT, ASK, CONSTRUCT or DESCRIBE; prefixes ckg, besluit, dct, prov, skos, foaf, org, schema are "
            "predeclared."))]) -> dict[str, Any]:
        """Run a read-only SPARQL query (updates and SERVICE refused, time limit, row cap): SPARQL JSON
        results, or ``{"ntriples": ...}`` for CONSTRUCT and DESCRIBE."""
        try:
            result = sparql_runner.query(query)
        except QueryRefused as exc:
            raise ToolError(str(exc)) from None
        if result.form in ("CONSTRUCT", "DESCRIBE"):
            return {"ntriples": to_ntriples(result), "truncated": result.truncated}
        return results_json(result)

    return server


def serve_stdio(kg: KnowledgeGraph) -> None:
    build_server(kg).run("stdio")
