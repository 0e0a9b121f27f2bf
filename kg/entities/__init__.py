"""Entity resolution across packs: one identity per real person and per organisation (no RDF here).

The names below are imported on first use (PEP 562): answering a question needs only the glossary, and
resolving people brings rapidfuzz and the name rules, which every `kg ask` would otherwise pay for."""
from __future__ import annotations

from importlib import import_module
from typing import Any

_HOMES = {
    "builtin_glossary": "glossary", "builtin_organisation_acronyms": "glossary",
    "OrgCluster": "organisations", "acronym_glossary": "organisations", "org_key": "organisations",
    "resolve_organisations": "organisations",
    "PersonCluster": "people", "RoleRecord": "people", "link_role_holders": "people", "person_key": "people",
    "resolve_people": "people",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
