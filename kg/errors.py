"""Errors a user can cause and fix: the CLI prints them as one line, never a traceback."""
from __future__ import annotations

from pathlib import Path

from index.errors import StaleIndexError

__all__ = ["EndpointError", "InputError", "NoIndexError", "RephraseError", "StaleIndexError", "StoreBusyError",
           "StoreDamagedError"]


class InputError(Exception):
    """A file that cannot be ingested; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple:
        return InputError, (self.path, self.reason)   # crosses from parser worker processes intact


class StoreBusyError(Exception):
    """Another process is writing to the store and the caller chose not to wait."""

    def __init__(self, root: str | Path) -> None:
        self.root = str(root)
        super().__init__(f"another ingest is writing to {self.root}; try again when it has finished "
                         "(without --no-wait, kg ingest waits for it)")


class StoreDamagedError(Exception):
    """The store's pointer to its live generation names no generation: nothing is read, nothing is deleted."""

    def __init__(self, root: str | Path, reason: str) -> None:
        self.root = str(root)
        super().__init__(f"{self.root}: the store's CURRENT file {reason}; write the name of its newest gen-* folder "
                         "into it, or ingest into a new store")


class EndpointError(Exception):
    """A SPARQL endpoint used as the store could not be reached or refused a request."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class NoIndexError(FileNotFoundError):
    """The store has a graph but no search index (it was ingested with --no-index)."""


class RephraseError(RuntimeError):
    """The rewording endpoint is not configured, unreachable or gave no usable reply."""
