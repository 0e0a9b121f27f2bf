"""Stable IRIs minted from content (body, date, minute number, titles), never from counters.

Ingesting the same pack twice therefore yields the same IRIs, and a fact that moves a few lines in
a corrected pack keeps its identity.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from rdflib import URIRef

from kg.loaders.council import council_key
from kg.ontology import ID


def slug(text: str, max_len: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens: 'Children, Young People' -> 'children-young-people'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = "-".join(words)[:max_len].strip("-")
    return out or "x"


def short_hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:10]


def source_iri(file_name: str) -> URIRef:
    return ID[f"source/{slug(file_name, 120)}"]


def council_iri(council: str) -> URIRef:
    return ID[f"council/{slug(council_key(council))}"]


def _within(council: str | None) -> str:
    """The council's part of an IRI: every council has its own "Cabinet" and its own meetings; a council
    printed in two ways ("Rotherham Council", "Rotherham Metropolitan Borough Council") is one."""
    return f"{slug(council_key(council))}/" if council else ""


def body_iri(body_name: str, council: str | None = None) -> URIRef:
    return ID[f"body/{_within(council)}{slug(body_name)}"]


def meeting_iri(body_name: str, on: date, council: str | None = None) -> URIRef:
    return ID[f"meeting/{_within(council)}{slug(body_name)}/{on.isoformat()}"]


def agenda_item_iri(meeting: URIRef, number: str | None, title: str) -> URIRef:
    return URIRef(f"{meeting}/agenda/{_number_part(number, title)}")


def minute_item_iri(meeting: URIRef, number: str | None, title: str) -> URIRef:
    return URIRef(f"{meeting}/item/{_number_part(number, title)}")


def _number_part(number: str | None, title: str) -> str:
    return slug(number, 20) if number else "t-" + short_hash(title)


def paper_iri(file_name: str, title: str, start_line: int) -> URIRef:
    """Papers have no printed identifier: file + title, with the start line to separate namesakes."""
    return ID[f"paper/{slug(file_name, 80)}/{slug(title, 50)}-l{start_line}"]


def child_iri(parent: URIRef, kind: str, key: str) -> URIRef:
    """A node that only exists inside its parent: a resolution of an item, an action of a plan."""
    return URIRef(f"{parent}/{kind}/{slug(key, 40)}")


def person_iri(key: str, council: str | None = None) -> URIRef:
    """People are told apart within their council: two councils' John Smiths are two people."""
    return ID[f"person/{_within(council)}{slug(key)}"]


def organisation_iri(name: str) -> URIRef:
    return ID[f"org/{slug(name)}"]


def role_iri(role: str) -> URIRef:
    return ID[f"role/{slug(role)}"]
