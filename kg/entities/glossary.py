"""The built-in glossary of common UK local-government and children's services acronyms.

Packs often use "CAMHS" or "LAC" without ever spelling them out; this general list (``glossary.tsv``)
fills the gap for search query expansion and tells the mention finder which bare acronyms name
organisations.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_TSV = Path(__file__).with_name("glossary.tsv")


@lru_cache(maxsize=1)
def builtin_glossary() -> tuple[tuple[str, str, str], ...]:
    """(acronym, expansion, kind) rows; kind is "organisation" or "term"."""
    rows = []
    for line in _TSV.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            acronym, expansion, kind = line.split("\t")
            rows.append((acronym, expansion, kind))
    return tuple(rows)


@lru_cache(maxsize=1)
def builtin_organisation_acronyms() -> frozenset[str]:
    return frozenset(acronym for acronym, _, kind in builtin_glossary() if kind == "organisation")
