"""Loaders: turn a file into a :class:`~kg.model.ParsedPack` (format-neutral, no RDF)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.model import ParsedPack, SourceText

if TYPE_CHECKING:
    from kg.loaders.text import SUPPORTED_SUFFIXES, read_source

__all__ = ["load_pack", "parse_source", "read_source", "SUPPORTED_SUFFIXES"]


def __getattr__(name: str) -> object:
    """The file readers (and bs4, lxml, docx with them) load on first use: a module that only needs
    one of the loaders' helpers, such as answering a question, must not load them (PEP 562)."""
    if name in ("SUPPORTED_SUFFIXES", "read_source"):
        from kg.loaders import text

        return getattr(text, name)
    raise AttributeError(f"module 'kg.loaders' has no attribute {name!r}")


def load_pack(path: str | Path, council: str | None = None) -> ParsedPack:
    """Read and parse one pack; raises :class:`kg.errors.InputError` for unreadable input."""
    from kg.loaders.text import read_source

    return parse_source(read_source(path), council)


def parse_source(source: SourceText, council: str | None = None) -> ParsedPack:
    """Normalise, then find meetings, then the papers around them, then the pack's own glossary.

    The council is the one the text names; ``council`` (given at ingest) serves when it names none."""
    from kg.loaders.council import council_key, find_council
    from kg.loaders.documents import parse_documents
    from kg.loaders.meeting_header import council_as_body
    from kg.loaders.meetings import parse_meetings
    from kg.loaders.mentions import find_glossary
    from kg.loaders.normalize import normalize

    lines = normalize(source)
    meetings = parse_meetings(source, lines)
    documents = parse_documents(source, lines, meetings)
    named = find_council(lines, source.raw_lines) or council
    for meeting in meetings:
        meeting.council = named
        if named and (meeting.body.lower() == "council" or council_key(meeting.body) == council_key(named)):
            meeting.body = council_as_body(named)      # "a meeting of the Council", "of X Parish Council": its own
    return ParsedPack(source, lines, meetings, documents, find_glossary(lines), named)
