"""Errors a user can cause and fix: the CLI prints them as one line, never a traceback."""
from __future__ import annotations

from pathlib import Path

from index.errors import StaleIndexError

__all__ = ["InputError", "NoIndexError", "RephraseError", "StaleIndexError"]


class InputError(Exception):
    """A file that cannot be ingested; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NoIndexError(FileNotFoundError):
    """The store has a graph but no search index (it was ingested with --no-index)."""


class RephraseError(RuntimeError):
    """The rewording endpoint is not configured, unreachable or gave no usable reply."""
