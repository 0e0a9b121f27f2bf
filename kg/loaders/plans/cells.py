"""Pieces every plan layout reader shares: a cell's clean text, RAG ratings and month names."""
from __future__ import annotations

import html
import re

MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_HTML = re.compile(r"<[^>]{0,300}>")
_STATUS_WORD = re.compile(r"^(?:red|amber|green|blue|complete[d]?|on track|r|a|g|b)(?:\s*/\s*(?:red|amber|green|blue|r|a|g|b))*$", re.I)
_STATUS_NAMES = {"r": "Red", "a": "Amber", "g": "Green", "b": "Blue"}


def clean_cell(cell: str) -> str:
    """Cell text without HTML residue, markdown emphasis or doubled white space."""
    text = html.unescape(_HTML.sub(" ", cell)).replace("**", " ")
    return " ".join(text.split())


def rag_status(text: str) -> str | None:
    """A RAG (or BRAG) rating cell in full words ("A" -> "Amber", "G/A" -> "Green/Amber"), else None."""
    words = [w.strip() for w in re.split(r"[/,]", text) if w.strip()]
    if not words or not _STATUS_WORD.match(text.strip()):
        return None
    return "/".join(_STATUS_NAMES.get(w.lower(), w.title()) for w in words)
