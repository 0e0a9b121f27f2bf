"""Entity resolution across packs: one identity per real person and per organisation (no RDF here)."""
from kg.entities.glossary import builtin_glossary, builtin_organisation_acronyms

__all__ = ["builtin_glossary", "builtin_organisation_acronyms"]
