"""Query expansion from an acronym glossary, both ways: CAMHS <-> child and adolescent mental
health services; LAC <-> looked after children."""
from __future__ import annotations

import re

BUILT_IN: dict[str, list[str]] = {
    "CAMHS": ["child and adolescent mental health services"],
    "LAC": ["looked after children", "children in care"],
    "CSE": ["child sexual exploitation"],
    "SEND": ["special educational needs and disabilities"],
    "EHCP": ["education, health and care plan"],
    "NEET": ["not in education, employment or training"],
    "CCG": ["clinical commissioning group"],
    "LSCB": ["local safeguarding children board"],
    "MASH": ["multi agency safeguarding hub"],
    "JSNA": ["joint strategic needs assessment"],
    "RMBC": ["rotherham metropolitan borough council"],
    "CME": ["children missing education"],
    "IRO": ["independent reviewing officer"],
    "YOS": ["youth offending service"],
}


class QueryExpander:
    def __init__(self, glossary: dict[str, list[str]] | None = None) -> None:
        merged: dict[str, list[str]] = {k.upper(): list(v) for k, v in BUILT_IN.items()}
        for acronym, expansions in (glossary or {}).items():
            for expansion in expansions:
                if expansion.lower() not in [e.lower() for e in merged.setdefault(acronym.upper(), [])]:
                    merged[acronym.upper()].append(expansion)
        self.forward = merged
        self.backward = {e.lower(): a for a, es in merged.items() for e in es}

    def expand(self, query: str) -> str:
        """The query plus the expansions of its acronyms and the acronyms of its phrases."""
        extra: list[str] = []
        for word in re.findall(r"[A-Za-z]{2,10}", query):
            if word.isupper() or (len(word) >= 4 and word.upper() in self.forward):
                extra.extend(self.forward.get(word.upper(), []))
        lowered = query.lower()
        for phrase, acronym in self.backward.items():
            if len(phrase) > 6 and phrase in lowered:
                extra.append(acronym)
        return " ".join([query, *dict.fromkeys(extra)])
