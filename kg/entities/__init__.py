"""Entity resolution across packs: one identity per real person and per organisation (no RDF here)."""
from kg.entities.glossary import builtin_glossary, builtin_organisation_acronyms
from kg.entities.organisations import (
    OrgCluster,
    acronym_glossary,
    org_key,
    resolve_organisations,
)
from kg.entities.people import (
    PersonCluster,
    RoleRecord,
    link_role_holders,
    person_key,
    resolve_people,
)

__all__ = [
    "OrgCluster", "PersonCluster", "RoleRecord", "acronym_glossary", "builtin_glossary",
    "builtin_organisation_acronyms", "link_role_holders", "org_key", "person_key", "resolve_organisations",
    "resolve_people",
]
