"""Pieces every plan layout reader shares: a cell's clean text, RAG ratings and month names."""
from __future__ import annotations

import html
import re
from functools import cache

from kg.loaders import vocabulary

MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_HTML = re.compile(r"<[^>]{0,300}>")


def clean_cell(cell: str) -> str:
    """Cell text without HTML residue, markdown emphasis or doubled white space."""
    if not any(mark in cell for mark in "<&*"):
        return " ".join(cell.split())        # most cells: nothing to take out (plans read every cell many times)
    text = html.unescape(_HTML.sub(" ", cell)).replace("**", " ")
    return " ".join(text.split())


@cache
def rag_names() -> dict[str, str]:
    """Each RAG colour and letter with the colour it names (``data/rag_ratings.txt``)."""
    out = {}
    for entry in vocabulary.words("rag_ratings"):
        printed, _, colour = entry.partition(":")
        out[printed.strip()] = (colour or printed).strip()
    return out


def rag_status(text: str) -> str | None:
    """A RAG (or BRAG) rating cell in full words ("A" -> "Amber", "G/A" -> "Green/Amber"); a status
    word alone ("Completed", "On track") is kept as printed, title-cased; else None."""
    words = [w.strip().lower() for w in text.split("/")]
    if len(words) == 1 and words[0] in vocabulary.words("action_statuses"):
        return words[0].title()
    if not all(word in rag_names() for word in words):
        return None
    return "/".join(rag_names()[word].title() for word in words)
