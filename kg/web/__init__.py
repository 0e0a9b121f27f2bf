"""Servers over a store: `kg serve` (web pages, a JSON API and a SPARQL endpoint) and `kg mcp` (MCP tools)."""
