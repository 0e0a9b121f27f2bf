"""Read-only views of the graph: records JSON, priority traces, look-ups, networkx, notebook tables."""
