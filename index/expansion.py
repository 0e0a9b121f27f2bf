"""Query expansion from an acronym glossary, both ways: an acronym brings its spelled-out forms
(CAMHS -> child and adolescent mental health services) and a spelled-out form brings its acronym
and the other forms of it (children in care -> LAC, looked after children).

Papers use acronyms and questions spell things out, or the other way round; BM25 matches neither
and the embedding model knows few local-government acronyms.
"""
from __future__ import annotations

import re

from index.data_files import data_lines


def _common_acronyms() -> dict[str, list[str]]:
    """The built-in acronyms (``index/data/acronyms.tsv``), each with its spelled-out forms in file order."""
    acronyms: dict[str, list[str]] = {}
    for entry in data_lines("acronyms.tsv"):
        acronym, form = entry.split("\t", 1)
        acronyms.setdefault(acronym.strip(), []).append(form.strip())
    return acronyms


# Acronyms of English children's services used across councils; a pack's own glossary (passed to
# QueryExpander) adds to these.
COMMON_ACRONYMS = _common_acronyms()
MIN_PHRASE_LENGTH = 7        # shorter spelled-out forms ('care') match too much
MIN_LOWERCASE_ACRONYM = 5    # 'camhs' is an acronym typed in lowercase; 'send' and 'lac' may be words
_WORD = re.compile(r"[A-Za-z][A-Za-z&]{1,9}")


def merge_glossaries(*glossaries: dict[str, list[str]]) -> dict[str, list[str]]:
    """One glossary, acronyms upper-cased, spelled-out forms de-duplicated case-insensitively."""
    merged: dict[str, list[str]] = {}
    for glossary in glossaries:
        for acronym, expansions in glossary.items():
            known = merged.setdefault(acronym.upper(), [])
            for expansion in expansions:
                if expansion.strip() and expansion.strip().lower() not in (e.lower() for e in known):
                    known.append(expansion.strip())
    return merged


class QueryExpander:
    def __init__(self, glossary: dict[str, list[str]] | None = None) -> None:
        self.forward = merge_glossaries(COMMON_ACRONYMS, glossary or {})
        self.backward: dict[str, list[str]] = {}
        for acronym, expansions in self.forward.items():
            for expansion in expansions:
                if len(expansion) >= MIN_PHRASE_LENGTH:
                    self.backward.setdefault(expansion.lower(), []).append(acronym)
        # compiled once: a pack's glossary brings more phrases than the re module caches
        self._phrases = [(re.compile(rf"\b{re.escape(phrase)}\b"), acronyms) for phrase, acronyms in self.backward.items()]

    def terms(self, query: str, forms: int | None = None) -> list[str]:
        """The acronyms and spelled-out forms the query implies but does not contain; ``forms``
        keeps only the first few spelled-out forms of each acronym (a pack may list several spellings)."""
        extra: list[str] = []
        for word in _WORD.findall(query):
            if word.isupper() or (len(word) >= MIN_LOWERCASE_ACRONYM and word.islower()):
                extra.extend(self.forward.get(word.upper(), [])[:forms])
        lowered = query.lower()
        for phrase, acronyms in self._phrases:
            if phrase.search(lowered):
                for acronym in acronyms:
                    extra.append(acronym)
                    extra.extend(self.forward[acronym][:forms])
        present = set(re.findall(r"\w+", query.lower()))
        return [term for term in dict.fromkeys(extra)
                if (term.lower() not in present if term.isupper() else term.lower() not in lowered)]

    def expand(self, query: str, forms: int | None = None) -> str:
        """The query followed by its expansion terms."""
        return " ".join([query, *self.terms(query, forms)])
