"""Organisations across packs: merged by normalised name, and by an acronym only when it has one meaning."""
from __future__ import annotations

from kg.model import OrganisationMention, Span
from kg.resolve import resolve_organisations

SPAN = Span("x.txt", 1, 1)


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
