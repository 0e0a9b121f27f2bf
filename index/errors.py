"""Errors of the index that a user can fix."""


class StaleIndexError(ValueError):
    """The saved index was built by another version or model: it must be rebuilt (re-ingest)."""
