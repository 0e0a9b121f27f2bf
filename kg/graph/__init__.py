"""The graph: records -> RDF (build, iris, linking, entity bridge) and the on-disk store."""
