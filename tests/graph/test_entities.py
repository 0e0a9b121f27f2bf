"""Resolution across packs: merges need evidence; a shared surname is not evidence."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.entities import (
    PersonCluster,
    acronym_glossary,
    link_role_holders,
    org_key,
    person_key,
    resolve_organisations,
    resolve_people,
)
from kg.entities.people import is_post
from kg.graph.entities_bridge import dated_mentions
from kg.loaders import load_pack
from kg.loaders.mentions import find_people
from kg.loaders.normalize import normalize, paragraphs
from kg.loaders.text import read_source
from kg.model import OrganisationMention, PersonMention, Span

SPAN = Span("x.txt", 1, 1)
CORPUS = Path(__file__).resolve().parents[2] / "data" / "rotherham"


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
    (carver,) = resolve_people([PersonMention(n, SPAN) for n in ("Councillor T. Carver", "Councillor Carver",
                                                                "Councillor Carver")])
    assert carver.name == "Councillor T. Carver"       # the initials tell more than the surname printed more often


def test_honorific_surname_and_spelling_forms():
    assert groups("Mr Horner", "Pete Horner", "Shona MacFarlane", "Ms McFarlane", "Kay Denton", "Kay Denton-Tarn") == [
        ["Kay Denton", "Kay Denton-Tarn"], ["Mr Horner", "Pete Horner"], ["Ms McFarlane", "Shona MacFarlane"]]


def test_a_surname_only_form_joins_a_person_whose_surname_was_once_misspelt():
    assert groups("Sonya Chambers", "Sonya Chambers", "Sonya Chamber", "Mrs Chambers") == [
        ["Mrs Chambers", "Sonya Chamber", "Sonya Chambers"]]
    assert groups("Sonya Chambers", "Sonya Chamber", "Mr J. Chambers") == [
        ["Mr J. Chambers"], ["Sonya Chamber", "Sonya Chambers"]]     # initials still have to agree


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


def post(title: str, source: str = "a.txt") -> PersonMention:
    return PersonMention(title, Span(source, 9, 9), role=title)


def test_roles_and_role_holders():
    thacker = PersonMention("Joyce Thacker", Span("a.txt", 3, 3), role="Strategic Director of Children's Services")
    clusters = resolve_people([thacker])
    assert [r.role for r in clusters[0].roles] == ["Strategic Director of Children's Services"]
    links = link_role_holders(clusters, [("a.txt", "The Strategic Director"), ("b.txt", "The Strategic Director")])
    assert [c.name if c else None for c, _ in links] == ["Joyce Thacker", None]     # posts change hands


def test_posts_join_the_single_holder_their_pack_names_with_evidence():
    mentions = [PersonMention("Joyce Thacker", Span("a.txt", 3, 3), role="Strategic Director of Children's Services"),
                post("Strategic Director"), post("Strategic Director", "b.txt"),
                PersonMention("Kelly White", Span("a.txt", 4, 4), role="Service Manager, Safeguarding"),
                PersonMention("Warren Carratt", Span("a.txt", 5, 5), role="Service Manager - Strategy"),
                post("Service Manager")]
    day = [date(2013, 5, 22), date(2013, 5, 22), date(2016, 9, 27), None, None, None]
    by_name = {c.name: c for c in resolve_people(mentions, day)}
    thacker = by_name["Joyce Thacker"]
    assert thacker.variants == ["Joyce Thacker"] and len(thacker.mentions) == 2
    assert thacker.evidence == ["'Strategic Director' is Joyce Thacker: the only holder of that post in the same pack "
                                "('Strategic Director of Children's Services', line 3)"]
    assert [(r.role, r.date) for r in thacker.roles] == [
        ("Strategic Director of Children's Services", date(2013, 5, 22)), ("Strategic Director", date(2013, 5, 22))]
    assert len(by_name["Strategic Director"].mentions) == 1          # b.txt names no holder
    assert len(by_name["Service Manager"].mentions) == 1             # two holders in a.txt: not guessed


def test_unnamed_holders_one_per_post():
    result = sorted(c.variants for c in resolve_people([
        post("Director of Schools and Lifelong Learning"), post("Director for Schools and Lifelong Learning"),
        post("Director of Lifelong Learning", "b.txt"), post("EU Migrant Community Engagement Officer"),
        post("EU Migrant Community Education Engagement Officer"), post("Provider Services Manager"),
        post("Service Manager - Family Placements and Residential"), post("Personal Adviser"),
        post("Personal Advisor"), post("Police Commissioner"), post("Police and Crime Commissioner")]))
    assert result == [
        ["Director for Schools and Lifelong Learning", "Director of Lifelong Learning",
         "Director of Schools and Lifelong Learning"],
        ["EU Migrant Community Education Engagement Officer", "EU Migrant Community Engagement Officer"],
        ["Personal Adviser", "Personal Advisor"], ["Police Commissioner"], ["Police and Crime Commissioner"],
        ["Provider Services Manager"], ["Service Manager - Family Placements and Residential"]]


def test_short_forms_and_hyphenated_surnames_meet_their_full_form():
    assert groups("Mel Howard", "Melanie Howard", "Jayne Fitzgerald", "Jane Fitzgerald", "Malc Chiddey",
                  "Malcolm Chiddey") == [["Jane Fitzgerald", "Jayne Fitzgerald"], ["Malc Chiddey", "Malcolm Chiddey"],
                                         ["Mel Howard", "Melanie Howard"]]
    assert groups("Lisa Du", "Lisa Du", "Lisa Du-Valle", "Lisa Duvalle") == [
        ["Lisa Du"], ["Lisa Du-Valle", "Lisa Duvalle"]]
    assert len(groups("Mel Howard", "Melissa Howard", "Jane Smith", "Janet Smith")) == 4


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


def test_organisations_merge_on_unique_acronyms_only():
    """From the retired kg.resolve tests: RDaSH has one meaning across packs, EHC two."""
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


def org(name: str, acronym: str | None = None, source: str = "x.txt") -> OrganisationMention:
    return OrganisationMention(name, Span(source, 1, 1), acronym)


def test_nested_definitions_are_one_meaning_and_reworded_names_one_organisation():
    mentions = [org("CCG"), org("Clinical Commissioning Group", "CCG"),
                org("Rotherham Clinical Commissioning Group", "CCG"), org("RMBC"),
                org("Rotherham Metropolitan Borough Council", "RMBC"),
                org("Golden Thread' for Rotherham Metropolitan Borough Council", "RMBC"),
                org("Child, Adolescent and Mental Health Service", "CAMHS"), org("JSNA"),
                org("Joint Strategic Needs Assessments", "JSNA"), org("Joint Strategic Needs Analysis", "JSNA")]
    variants = sorted(c.variants for c in resolve_organisations(mentions, [
        {"CAMHS": "Child and Adolescent Mental Health Service"}, {}]) if len(c.variants) > 1)
    # JSNA, with two meanings, stays alone as EHC and NAS do
    assert variants == [["CCG", "Clinical Commissioning Group"], ["RMBC", "Rotherham Metropolitan Borough Council"]]
    (camhs,) = [c for c in resolve_organisations(mentions + [org("Child and Adolescent Mental Health Service")],
                                                 [{"CAMHS": "Child and Adolescent Mental Health Service"}])
                if "CAMHS" in c.acronyms]
    assert len(camhs.mentions) == 2


def test_organisation_names_and_iris_do_not_depend_on_spelling_or_order():
    mentions = [org("Multi-Agency Support Panel", "MASP", "a.txt"), org("Multi Agency Support Panel", None, "b.txt"),
                org("Voice & Influence Team", None, "a.txt"), org("Voice and Influence Team", None, "b.txt"),
                org("NAS"), org("National Autistic Society", "NAS"), org("Neighbourhood and Adult Services", "NAS")]
    forward, backward = resolve_organisations(mentions, []), resolve_organisations(mentions[::-1], [])
    assert [(c.name, c.acronyms, c.variants) for c in forward] == [(c.name, c.acronyms, c.variants) for c in backward]
    assert len(forward) == 5 and {org_key(c.name) for c in forward} >= {"multi-agency-support-panel",
                                                                          "voice-and-influence-team", "nas"}
    assert org_key("Children & Young People’s Services") == org_key("Children and Young People's Services")


@pytest.fixture(scope="module")
def pack_2013_people():
    source = read_source(CORPUS / "rotherham-cypf-partnership-2013-05-22.txt")
    mentions = []
    for paragraph in paragraphs(normalize(source)):
        mentions += find_people(paragraph.text, source.span(paragraph.start, paragraph.end))
    return resolve_people(mentions)


def test_2013_pack_people(pack_2013_people):
    names = {c.name for c in pack_2013_people if not all(is_post(m) for m in c.mentions)}
    posts = {c.name for c in pack_2013_people} - names
    assert 60 <= len(names) <= 95
    assert {"Paul Lakin", "Dorothy Smith", "Sara Graham", "Clair Pyper", "Mary Smith", "Karen Etheridge",
            "Phil Etheridge", "Alan Hazell", "Shona McFarlane", "Dalton Leong", "Srabani Sen"} <= names
    assert not names & {"Looked After", "Town Hall", "Select Commission", "Designated Nurse", "Dear Cllr"}
    assert {"Police and Crime Commissioner", "Secretary of State for Health"} <= posts
    by_name = {c.name: c for c in pack_2013_people}
    assert "Councillor Lakin" in by_name["Paul Lakin"].variants
    assert {"Clare Burton", "Claire Burton"} <= set(next(c for c in pack_2013_people if "Burton" in c.name).variants)
    assert "Sean Hill" in by_name["Shaun Hill"].variants or "Shaun Hill" in by_name["Sean Hill"].variants


@pytest.fixture(scope="module")
def packs_2013_2014():
    names = ("rotherham-cypf-partnership-2013-05-22.txt", "rotherham-improving-lives-2014-09-17.txt")
    mentions = [(m, day) for name in names for m, day in dated_mentions(load_pack(CORPUS / name))
                if isinstance(m, PersonMention)]
    return resolve_people([m for m, _ in mentions], [day for _, day in mentions])


def test_posts_in_the_2014_pack(packs_2013_2014):
    by_name = {c.name: c for c in packs_2013_2014}
    held = {c.name: sorted({m.name for m in c.mentions if is_post(m)}) for c in packs_2013_2014}
    assert held["Nicola Humphries"] == ["Education Welfare Service Manager"]
    assert held["Sue Wilson"] == ["Performance and Quality Manager"]
    assert held["Dorothy Smith"] == []      # Director of Schools and Lifelong Learning in 2013; 2014 names no holder
    assert "Director of Lifelong Learning" in by_name["Director for Schools and Lifelong Learning"].variants
    assert {"Democratic Services Officer", "Provider Services Manager", "Senior Scrutiny Adviser: Member Development",
            "Doncaster's Director for Children's Services", "EU Migrant Community Engagement Officer"} <= set(by_name)


def test_people_across_the_2013_and_2014_packs(packs_2013_2014):
    def person(form: str) -> PersonCluster:
        (cluster,) = [c for c in packs_2013_2014 if form in c.variants]
        return cluster

    assert person("Mel Howard") is person("Melanie Howard") and person("Shaun Hill") is person("Sean Hill")
    assert person("Councillor Ahmed") is not person("Zaidah Ahmed")
    assert len({id(person(n)) for n in ("Councillor Burton", "Clare Burton", "Richard Burton")}) == 3
    assert all(person(n) for n in ("Donald Rae", "Jayne Fitzgerald", "Dalton Leong", "Srabani Sen"))
