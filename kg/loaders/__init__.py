"""Loaders: turn a file into a :class:`~kg.model.ParsedPack` (format-neutral, no RDF)."""
from __future__ import annotations

from pathlib import Path

from kg.loaders.text import SUPPORTED_SUFFIXES, read_source
from kg.model import ParsedPack, SourceText

__all__ = ["load_pack", "parse_source", "read_source", "SUPPORTED_SUFFIXES"]


def load_pack(path: str | Path) -> ParsedPack:
    """Read and parse one pack; raises :class:`kg.errors.InputError` for unreadable input."""
    return parse_source(read_source(path))


def parse_source(source: SourceText) -> ParsedPack:
    """Normalise, then find meetings, then the papers around them, then the pack's own glossary."""
    from kg.loaders.documents import parse_documents
    from kg.loaders.meetings import parse_meetings
    from kg.loaders.mentions import find_glossary
    from kg.loaders.normalize import normalize

    lines = normalize(source)
    meetings = parse_meetings(source, lines)
    documents = parse_documents(source, lines, meetings)
    return ParsedPack(source, lines, meetings, documents, find_glossary(lines))
