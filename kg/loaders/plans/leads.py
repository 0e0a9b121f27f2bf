"""Who leads an action: person names and organisations in a plan's lead cell."""
from __future__ import annotations

import re

from kg.loaders import vocabulary
from kg.loaders.mentions import plausible_name
from kg.loaders.people_text import clean_person
from kg.loaders.plans.cells import clean_cell
from kg.model import OrganisationMention, PersonMention, Span

_ROLE = re.compile(r"\b(?:nurse|head|manager|director|officer|chief|coordinator|co-ordinator|lead|chair|advisor|adviser|"
                   r"member|members|dcs|dph|worker|scrutineer|clerk|practitioner|consultant|specialist|analyst|doctor)\b", re.I)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)$")


def names_a_role(text: str) -> bool:
    """Whether ``text`` names a job or a role ("Head of Virtual School", "Independent Scrutineer")."""
    return bool(_ROLE.search(text))


def lead_names(text: str, span: Span) -> list[PersonMention]:
    """Person names in a lead cell, which mixes names with organisations and roles and runs names
    together: "Delivery - RFT Midwifery services Strategy - Anne Charlesworth", "Di Birkinshaw Fiona
    Jorden", "Sue Wilson/Tracy Blakemore". Capitalised runs free of organisation words are cut into
    two-word names (three when the run is odd); a run that a capitalised organisation head word
    closes is the start of that organisation's name ("Crown Prosecution Service")."""
    people: list[PersonMention] = []
    for segment in re.split(r"[/,;:()–&]|\s-|-\s|\band\b|\s{2,}", clean_cell(text)):
        run: list[str] = []
        for word in segment.split() + [""]:
            if word and _NAME_TOKEN.match(word) and _name_word(word.lower()):
                run.append(word)
                continue
            if not (word[:1].isupper() and word.lower() in vocabulary.words("organisation_heads")):
                people.extend(_names_in_run(run, span))
            run = []
    unique: dict[str, PersonMention] = {}
    for person in people:
        unique.setdefault(person.name, person)
    return list(unique.values())


def lead_agencies(text: str, span: Span) -> list[OrganisationMention]:
    """Organisations in a lead cell that names no person ("Public Health", "(SY Police / RMBC)");
    placeholders such as "Lead??" name nobody."""
    text = clean_cell(text).strip("()")
    if "??" in text or lead_names(text, span):
        return []
    parts = [p.strip(" .-–") for p in re.split(r"\s*[/;,]\s*|\s+(?:delivery|strategy)\s*[-–]\s*|^(?:delivery|strategy)\s*[-–]\s*", text, flags=re.I)]
    return [OrganisationMention(p, span) for p in dict.fromkeys(parts)
            if p and p[0].isupper() and len(p.split()) <= 8 and not _ROLE.search(p)]


def _name_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name (titles included), not an organisation's."""
    return word in vocabulary.words("person_titles") or not (
        word in vocabulary.words("not_a_name") or word in vocabulary.words("organisation_heads"))


def _names_in_run(run: list[str], span: Span) -> list[PersonMention]:
    if len(run) < 2:
        return []
    sizes = [2] * (len(run) // 2)
    if len(run) % 2:
        sizes[-1] = 3
    out, position = [], 0
    for size in sizes:
        person = clean_person(" ".join(run[position:position + size]), span, "lead")
        if person and plausible_name(person.name):
            out.append(person)
        position += size
    return out


