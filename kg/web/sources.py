"""The source view's text: only files the store holds, by the name they were ingested under.

A name is looked up in the store's manifest and the stored copy is read from the store's own
``sources/`` folder, so no request can name a path outside it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.api import KnowledgeGraph
from kg.loaders.text import read_source

CONTEXT_LINES = 12
PAGE_LINES = 200


class UnknownSource(LookupError):
    """A source name the store does not hold."""


@dataclass(frozen=True)
class Window:
    """Lines ``first``..``last`` of ``name`` (1-based) with ``start``..``end`` highlighted."""

    name: str
    first: int
    last: int
    start: int | None
    end: int | None
    total: int
    lines: tuple[str, ...]


def source_names(kg: KnowledgeGraph) -> list[str]:
    """The names the store's sources were ingested under, sorted."""
    return sorted(kg.store.manifest().sources)


@lru_cache(maxsize=16)
def _read(path: str, name: str) -> tuple[str, ...]:
    return tuple(read_source(path, name).raw_lines)


def source_lines(kg: KnowledgeGraph, name: str) -> tuple[str, ...]:
    """The stored copy of source ``name`` as printed lines; UnknownSource for a name the store does not hold."""
    if name not in kg.store.manifest().sources:
        raise UnknownSource(f"the store holds no source named {name[:100]!r}")
    return _read(str(kg.store.source_path(name)), name)


def window(kg: KnowledgeGraph, name: str, start: int | None, end: int | None, page: int | None) -> Window:
    """The cited lines with CONTEXT_LINES around them, or page ``page`` of PAGE_LINES lines;
    ValueError (one line) for lines or a page the file does not have."""
    lines = source_lines(kg, name)
    total = len(lines)
    if start is not None:
        end = start if end is None else end
        if not 1 <= start <= end <= total:
            raise ValueError(f"lines {start}-{end} are outside {name} (lines 1-{total})")
        first, last = max(1, start - CONTEXT_LINES), min(total, end + CONTEXT_LINES)
    else:
        pages = max(1, -(-total // PAGE_LINES))
        page = 1 if page is None else page
        if not 1 <= page <= pages:
            raise ValueError(f"page {page} is outside {name} (pages 1-{pages})")
        first, last = (page - 1) * PAGE_LINES + 1, min(total, page * PAGE_LINES)
    return Window(name, first, last, start, end, total, lines[first - 1:last])
