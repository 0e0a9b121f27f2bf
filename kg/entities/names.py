"""Generic given-name knowledge: common English given names and the spellings/short forms of each.

The mention finder uses the first list as one cue that a capitalised pair is a person; the resolver
uses the groups to accept "Sue"/"Susan" and "Sara"/"Sarah" as one given name while keeping two common
but different names ("Jane"/"Janet") apart however close their spelling.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).parent


def _words(file_name: str) -> list[list[str]]:
    text = (_HERE / file_name).read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common English given names, lower case."""
    return frozenset(word for line in _words("given_names.txt") for word in line)


@lru_cache(maxsize=1)
def _variant_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for line in _words("name_variants.txt"):
        for name in line:
            groups.setdefault(name, set()).update(line)
    return {name: frozenset(group) for name, group in groups.items()}


def same_given_name(a: str, b: str) -> bool:
    """Spellings or short forms of one given name ("sue"/"susan", "clare"/"clair")."""
    a, b = a.lower(), b.lower()
    return a == b or b in _variant_groups().get(a, ())


_TITLE = re.compile(r"^(?:Councillors?|Cllrs?|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev|Revd)\.?\s+")


def name_initials(name: str) -> set[str]:
    """The initials a name may be printed as: "Ruth Fletcher-Brown" -> {"RF", "RFB"}; titles left out,
    initials kept ("Councillor G. A. Russell" -> {"GAR"})."""
    words = [w for w in re.split(r"[\s.]+", _TITLE.sub("", name)) if w[:1].isupper()]
    if len(words) < 2:
        return set()
    given = "".join(w[0] for w in words[:-1])
    return {given + words[-1][0], given + "".join(part[:1] for part in words[-1].split("-"))}
