"""Resolution across packs: merges need evidence; a shared surname is not evidence."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.entities import acronym_glossary, link_role_holders, person_key, resolve_organisations, resolve_people
from kg.loaders.mentions import find_people
from kg.loaders.normalize import normalize, paragraphs
from kg.loaders.text import read_source
from kg.model import OrganisationMention, PersonMention, Span

SPAN = Span("x.txt", 1, 1)
CORPUS = Path(__file__).resolve().parent.parent / "data" / "rotherham"


def groups(*names: str) -> list[list[str]]:
    return sorted(c.variants for c in resolve_people([PersonMention(n, SPAN) for n in names]))


def test_spelling_slips_and_given_name_forms_merge_with_evidence():
    result = resolve_people([PersonMention(n, SPAN) for n in (
        "Dorothy Smith", "Dorthohy Smith", "Dorothy Smith", "Sara Graham", "Sara Graham", "Sarah Graham",
        "Clare Burton", "Clare Burton", "Claire Burton", "Lisa Duvall", "Lisa Duvalle", "Lisa Duvalle")])
    by_name = {c.name: c for c in result}
    assert set(by_name) == {"Dorothy Smith", "Sara Graham", "Clare Burton", "Lisa Duvalle"}
    assert by_name["Dorothy Smith"].variants == ["Dorothy Smith", "Dorthohy Smith"]
    assert by_name["Dorothy Smith"].evidence == [
        "'Dorthohy Smith' ~ 'Dorothy Smith': given name spelling slip (Dorthohy/Dorothy, ratio 80)"]


def test_councillors_by_surname_and_initials():
    assert groups("Councillor Lakin", "Councillor Paul Lakin", "Councillor G. A. Russell", "Councillor Russell") == [
        ["Councillor G. A. Russell", "Councillor Russell"], ["Councillor Lakin", "Councillor Paul Lakin"]]
    (lakin,) = resolve_people([PersonMention(n, SPAN) for n in ("Councillor Lakin", "Councillor Paul Lakin")])
    assert lakin.name == "Paul Lakin" and person_key(lakin) == "paul-lakin"


def test_honorific_surname_and_spelling_forms():
    assert groups("Mr Horner", "Pete Horner", "Shona MacFarlane", "Ms McFarlane", "Kay Denton", "Kay Denton-Tarn") == [
        ["Kay Denton", "Kay Denton-Tarn"], ["Mr Horner", "Pete Horner"], ["Ms McFarlane", "Shona MacFarlane"]]


def test_distinct_people_stay_distinct():
    assert len(groups("Clair Pyper", "Clare Burton", "Dorothy Smith", "Mary Smith", "Councillor M. Elliott",
                      "Councillor J. Elliot", "Phil Morris", "Phil Etheridge", "Karen Etheridge", "Jane Smith",
                      "Janet Smith")) == 11
    assert len(groups("Councillor M. Elliott", "Councillor J. Elliott", "Councillor Elliott")) == 3
    assert len(groups("Councillor Burton", "Clare Burton")) == 2      # a councillor is never an officer by surname


def test_surname_only_resolved_within_its_pack_when_ambiguous_overall():
    mentions = [PersonMention("Sue Wilson", Span("a.txt", 1, 1)), PersonMention("Kevin Wilson", Span("b.txt", 1, 1)),
                PersonMention("Ms Wilson", Span("a.txt", 9, 9))]
    assert sorted(c.variants for c in resolve_people(mentions)) == [["Kevin Wilson"], ["Ms Wilson", "Sue Wilson"]]


def test_roles_and_role_holders():
    thacker = PersonMention("Joyce Thacker", Span("a.txt", 3, 3), role="Strategic Director of Children's Services")
    clusters = resolve_people([thacker])
    assert [r.role for r in clusters[0].roles] == ["Strategic Director of Children's Services"]
    links = link_role_holders(clusters, [PersonMention("The Strategic Director", Span("a.txt", 9, 9)),
                                         PersonMention("The Strategic Director", Span("b.txt", 9, 9))])
    assert [c.name if c else None for c, _ in links] == ["Joyce Thacker", None]


def test_acronyms_with_one_and_two_meanings():
    orgs = resolve_organisations(
        [OrganisationMention("RDaSH", SPAN),
         OrganisationMention("Rotherham, Doncaster and South Humber NHS Foundation Trust", SPAN, "RDaSH"),
         OrganisationMention("EHC", SPAN)],
        [{"EHC": "Education, Health and Care"}, {"EHC": "Emotional Health Centre"}])
    by_name = {o.name: o for o in orgs}
    assert len(by_name["Rotherham, Doncaster and South Humber NHS Foundation Trust"].mentions) == 2
    assert by_name["EHC"].mentions[0].name == "EHC" and len(orgs) == 2
    glossary = acronym_glossary([{"EHC": "Education, Health and Care"}, {"EHC": "Emotional Health Centre"}], orgs)
    assert glossary["EHC"] == ["Education, Health and Care", "Emotional Health Centre"]
    assert glossary["RDaSH"] == ["Rotherham, Doncaster and South Humber NHS Foundation Trust"]
    assert glossary["CAMHS"] == ["Child and Adolescent Mental Health Services"]     # built-in list


@pytest.fixture(scope="module")
def pack_2013_people():
    source = read_source(CORPUS / "rotherham-cypf-partnership-2013-05-22.txt")
    mentions = []
    for paragraph in paragraphs(normalize(source)):
        mentions += find_people(paragraph.text, source.span(paragraph.start, paragraph.end))
    return resolve_people(mentions)


def test_2013_pack_people(pack_2013_people):
    names = {c.name for c in pack_2013_people}
    assert 60 <= len(names) <= 95
    assert {"Paul Lakin", "Dorothy Smith", "Sara Graham", "Clair Pyper", "Mary Smith",
            "Karen Etheridge", "Phil Etheridge", "Alan Hazell", "Shona McFarlane"} <= names
    assert not names & {"Looked After", "Town Hall", "Select Commission", "Designated Nurse"}
    by_name = {c.name: c for c in pack_2013_people}
    assert "Councillor Lakin" in by_name["Paul Lakin"].variants
    assert {"Clare Burton", "Claire Burton"} <= set(next(c for c in pack_2013_people if "Burton" in c.name).variants)
    assert "Sean Hill" in by_name["Shaun Hill"].variants or "Shaun Hill" in by_name["Sean Hill"].variants
