"""The owner cell of an action table: kept as printed, and read for the people and organisations it names."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.entities.names import given_names
from kg.loaders.mentions import plausible_name
from kg.loaders.people_text import clean_person
from kg.loaders.plans.leads import lead_agencies, lead_names, names_a_role
from kg.model import OrganisationMention, PersonMention, Span

_PARTS = re.compile(r"\s*[/;&]\s*")
_INITIALS = re.compile(r"[A-Z]{2,3}")
_NAME_AND_ROLE = re.compile(r"^(?P<name>[^,(]{3,60}?)\s*(?:,\s*|\(\s*)(?P<role>[^)]{3,120}?)\)?$")


def owners(text: str, span: Span) -> tuple[list[PersonMention], list[OrganisationMention]]:
    """The people and organisations an owner cell names: a person ("Mark Tregarthen, Head of
    Sufficiency", "Sarah Bramley (Education Officer)"), initials ("KM"), a post alone ("Head of
    Virtual School", kept as the name and role of its holder for the resolver to link), or an
    organisation ("Derbyshire Constabulary")."""
    people: list[PersonMention] = []
    organisations: list[OrganisationMention] = []
    for part in (p.strip(" ,.") for p in _PARTS.split(text)):
        if not part:
            continue
        shaped = _NAME_AND_ROLE.match(part)
        person = clean_person(shaped.group("name"), span, "lead", shaped.group("role").strip()) if shaped else None
        if person is None and _given_name_first(part):
            person = clean_person(part, span, "lead")
        if person and 2 <= len(person.name.replace("Councillor ", "").split()) <= 3 and plausible_name(person.name):
            people.append(person)
        elif not shaped and len(part.split()) >= 4 and lead_names(part, span):
            people.extend(lead_names(part, span))          # names run together: "Ann Lee Tom Ray"
        elif _INITIALS.fullmatch(part):
            people.append(PersonMention(part, span, capacity="lead"))
        elif names_a_role(part):
            people.append(PersonMention(part, span, role=part, capacity="lead"))
        else:
            organisations.extend(lead_agencies(part, span))
    return people, organisations


def _given_name_first(text: str) -> bool:
    """A bare owner is a person when it opens with a given name or an initial ("J. Kaur"), not a job title."""
    first = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+", "", text).split()[0] if text.split() else ""
    return first.lower() in given_names() or bool(re.fullmatch(r"[A-Z]\.?", first))


def named_by_initials(leads: list[PersonMention], key: dict[str, PersonMention], span: Span) -> list[PersonMention]:
    """Leads printed as initials ("JP", "KM") named by the paper's key to initials; their roles are
    cited where the key prints them, not here."""
    return [replace(key[lead.name], span=span, capacity="lead", role=None, organisation=None) if lead.name in key else lead
            for lead in leads]
