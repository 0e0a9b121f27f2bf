"""Name resolution: merges need evidence, and a shared surname is not evidence."""
from __future__ import annotations

from kg.model import OrganisationMention, PersonMention, Span
from kg.resolve import resolve_organisations, resolve_people

SPAN = Span("x.txt", 1, 1)


def clusters(*names: str) -> list[set[str]]:
    return sorted((set(c.variants) for c in resolve_people([PersonMention(n, SPAN) for n in names])), key=sorted)


def together(result: list[set[str]], *names: str) -> bool:
    return any(set(names) <= group for group in result)


def test_spelling_slips_and_variants_merge_with_evidence():
    people = resolve_people([PersonMention(n, SPAN) for n in
                             ("Dorothy Smith", "Dorthohy Smith", "Dorothy Smith", "Sara Graham", "Sarah Graham",
                              "Claire Burton", "Clare Burton", "Lisa Duvall", "Lisa Duvalle")])
    by_name = {c.name: c for c in people}
    assert set(by_name) == {"Dorothy Smith", "Sarah Graham", "Claire Burton", "Lisa Duvalle"}
    dorothy = by_name["Dorothy Smith"]
    assert dorothy.variants == ["Dorothy Smith", "Dorthohy Smith"]
    assert any("given name spelling" in e for e in dorothy.evidence)


def test_councillors_by_surname_and_initials():
    result = clusters("Councillor Lakin", "Councillor Paul Lakin", "Councillor G. A. Russell", "Councillor Russell")
    assert together(result, "Councillor Lakin", "Councillor Paul Lakin")
    assert together(result, "Councillor G. A. Russell", "Councillor Russell")


def test_canonical_name_drops_titles():
    (lakin,) = resolve_people([PersonMention(n, SPAN) for n in ("Councillor Lakin", "Councillor Paul Lakin")])
    assert lakin.name == "Paul Lakin"


def test_distinct_people_stay_distinct():
    result = clusters("Clair Pyper", "Clare Burton", "Dorothy Smith", "Mary Smith", "Councillor M. Elliott",
                      "Councillor J. Elliot", "Phil Morris", "Phil Etheridge", "Karen Etheridge")
    assert len(result) == 9


def test_ambiguous_surname_only_councillor_is_not_guessed():
    result = clusters("Councillor M. Elliott", "Councillor J. Elliott", "Councillor Elliott")
    assert len(result) == 3


def test_organisations_merge_on_unique_acronyms_only():
    orgs = resolve_organisations(
        [OrganisationMention("RDaSH", SPAN),
         OrganisationMention("Rotherham, Doncaster and South Humber NHS Foundation Trust", SPAN, "RDaSH"),
         OrganisationMention("EHC", SPAN)],
        [{"RDaSH": "Rotherham, Doncaster and South Humber NHS Foundation Trust", "EHC": "Education, Health and Care"},
         {"EHC": "Emotional Health Centre"}])
    names = {o.name: o for o in orgs}
    trust = names["RDaSH"] if "RDaSH" in names else names["Rotherham, Doncaster and South Humber NHS Foundation Trust"]
    assert "RDaSH" in trust.acronyms and len(trust.mentions) == 2
    assert names["EHC"].acronyms == []
