"""Officers and members a paper names with their role: the labelled fields of report covers, decision
records and plans ("Report author: Name, Role", "Accountable officer", "Contact officer",
"Plan owner", "Decision taken by", "Lead member"), a member printed after or before a portfolio
("The Cabinet Member for Schools - County Councillor A Name", "Cabinet Member for X (Councillor A
Name)"), and a key to the initials an action log uses ("JP – A Name, Role; KM – ...").

A field whose value is a job title alone gives the post, as the name and role of its unnamed holder. Labels and portfolio
openings are data (``data/officer_fields.txt``, ``data/member_roles.txt``).
"""
from __future__ import annotations

import re
from functools import cache

from kg.loaders import vocabulary
from kg.loaders.mentions import plausible_name
from kg.loaders.people_text import clean_person
from kg.loaders.plans.leads import names_a_role
from kg.model import Line, PersonMention, SourceText, Span

_CONTACT_DETAIL = re.compile(r"\d{3}|@|www\.|https?:|\btel\b|\bemail\b|\bext\b", re.I)
_NAME = r"(?:[A-Z]\.?\s+)*[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){0,2}"
_COUNCILLOR = r"(?:County\s+|Borough\s+|City\s+)?(?:Councillor|Cllr\.?)"
_NEXT_PERSON = re.compile(r"\s+and\s+(?=[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*[,–-])")
_INITIALS_KEY = re.compile(r"\bkey\s+to\s+initials\s*:\s*(?P<entries>.+)$", re.I)
_INITIALS_ENTRY = re.compile(r"^(?P<initials>[A-Z]{2,4})\s*[–—=:-]\s*(?P<rest>.+)$")


@cache
def _fields() -> list[tuple[re.Pattern, str]]:
    out = []
    for entry in vocabulary.words("officer_fields"):
        capacity, _, label = entry.partition(":")
        if label.strip():
            out.append((re.compile(rf"^\s*{re.escape(label.strip())}\s*(?::-?|\t|–|-)\s*(?P<value>.*)$", re.I), capacity.strip()))
    return sorted(out, key=lambda field: -len(field[0].pattern))


@cache
def _member_patterns() -> tuple[re.Pattern, re.Pattern]:
    openings = "|".join(re.escape(o) for o in sorted(vocabulary.words("member_roles"), key=len, reverse=True))
    role = rf"(?P<role>(?:{openings})[^()\-–;]{{0,80}}?)"
    after = re.compile(rf"(?:^|\bThe\s+){role}\s*[-–]\s*{_COUNCILLOR}\s+(?P<name>{_NAME})", re.I)
    bracketed = re.compile(rf"{role}\s*\(\s*{_COUNCILLOR}\s+(?P<name>{_NAME})\s*\)", re.I)
    return after, bracketed


def officers(source: SourceText, lines: list[Line], paras: list[Line]) -> list[PersonMention]:
    """People named with a role in a paper: labelled fields line by line (a table row is a line; an
    empty value or one ending in a comma goes on to the next line), portfolios and initials keys in
    ``paras`` (the paper's paragraphs, wrapped lines joined)."""
    found = [person for index in range(len(lines)) if (person := _field(source, lines, index))]
    for para in paras:
        text = para.text.replace("**", "").strip()
        span = source.span(para.start, para.end)
        found.extend(_initials_entries(text, span).values())
        for pattern in _member_patterns():
            for match in pattern.finditer(text):
                person = clean_person(f"Councillor {match.group('name')}", span, "member", _role(match.group("role")))
                if person:
                    found.append(person)
    return found


def initials_key(source: SourceText, paras: list[Line]) -> dict[str, PersonMention]:
    """The people a paper's key to initials names, by their initials ("JP" -> Jenny Prowse, Head of ...)."""
    key: dict[str, PersonMention] = {}
    for para in paras:
        key.update(_initials_entries(para.text.replace("**", "").strip(), source.span(para.start, para.end)))
    return key


def _initials_entries(text: str, span: Span) -> dict[str, PersonMention]:
    key = _INITIALS_KEY.search(text)
    if not key:
        return {}
    out = {}
    for entry in key.group("entries").split(";"):
        match = _INITIALS_ENTRY.match(entry.strip())
        person = named_with_role(match.group("rest"), span, "officer") if match else None
        if person:
            out[match.group("initials")] = person
    return out


def _field(source: SourceText, lines: list[Line], index: int) -> PersonMention | None:
    text = lines[index].text.replace("**", "").strip()
    field = next(((m, capacity) for pattern, capacity in _fields() if (m := pattern.match(text))), None)
    if not field:
        return None
    value, end = field[0].group("value").strip(" \t:"), index
    following = next((i for i in range(index + 1, min(len(lines), index + 3)) if lines[i].text.strip()), None)
    if following is not None and (not value or value.endswith(",")):
        value, end = f"{value} {lines[following].text.strip()}".strip(), following
    span = source.span(lines[index].start, lines[end].end)
    value = value.replace("\t", " ")
    return named_with_role(value, span, field[1]) or _post(value, span, field[1])


def _post(value: str, span: Span, capacity: str) -> PersonMention | None:
    """A field naming a post alone ("Report of: Executive Director Children and Learning"): the post
    as name and role, for the resolver to link to its holder or keep as an unnamed holder."""
    parts = [p.strip() for p in value.split(",") if p.strip() and not _CONTACT_DETAIL.search(p)]
    post = ", ".join(parts[:2]).strip(" .")
    return PersonMention(post, span, role=post, capacity=capacity) if post and names_a_role(post) and len(post) <= 120 else None


def named_with_role(value: str, span: Span, capacity: str) -> PersonMention | None:
    """"A Name, Role[, phone]", "A Name – Role", "A Name (Role)" as a person with that role; a job title
    alone ("Executive Director Children and Learning") is None."""
    value = _NEXT_PERSON.split(value, maxsplit=1)[0]          # "A Name – Role and B Name, Role": the first
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+[–—]\s+|\s+-\s+|\s*\(\s*|\)\s*", value) if p.strip()]
    parts = [p for p in parts if not _CONTACT_DETAIL.search(p)]
    if len(parts) < 2 or len(parts[0].split()) < 2:
        return None
    person = clean_person(parts[0], span, capacity, ", ".join(parts[1:]))
    return person if person and plausible_name(person.name) else None


def _role(text: str) -> str:
    return " ".join(text.split()).strip(" ,;")
