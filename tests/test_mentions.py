"""Names and organisations found in free text: cues, roles, presenters and false-positive guards."""
from __future__ import annotations

from kg.loaders.mentions import find_organisations, find_people
from kg.model import Span

SPAN = Span("x.txt", 1, 1)


def people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.role, p.organisation, p.capacity) for p in find_people(text, SPAN)]


def test_presenters_with_job_titles():
    assert people("Karen Etheridge, Assistant Director, and Dr. Alison Davies, Clinical Director, presented a report") == [
        ("Karen Etheridge", "Assistant Director", None, "presenter"),
        ("Alison Davies", "Clinical Director", None, "presenter")]
    assert people("Kelly White, Service Manager, Safeguarding, presented the draft Strategy") == [
        ("Kelly White", "Service Manager, Safeguarding", None, "presenter")]


def test_councillors_titles_and_lists():
    names = [p[0] for p in people("Councillor G. A. Russell welcomed Cllr Smith. Councillors Ahmed, Astbury and "
                                  "Reynolds attended with Mr Horner and Mrs Chambers.")]
    assert names == ["Councillor G. A. Russell", "Councillor Smith", "Councillor Ahmed", "Councillor Astbury",
                     "Councillor Reynolds", "Mr Horner", "Mrs Chambers"]


def test_slash_pair_shares_role_and_attendance_row():
    assert people("- Sue Wilson/Tracy Blakemore, Performance Quality") == [
        ("Sue Wilson", "Performance Quality", None, "mentioned"), ("Tracy Blakemore", "Performance Quality", None, "mentioned")]
    assert people("Alan Hazell - Chair\tIndependent Chair, Rotherham Local Safeguarding Children Board") == [
        ("Alan Hazell", "Independent Chair", "Rotherham Local Safeguarding Children Board", "chair")]


def test_unusual_given_names_in_lists_and_run_on_cells():
    assert [p[0] for p in people("Present: Alison Davies, Dorthohy Smith and Helen Talbot")] == [
        "Alison Davies", "Dorthohy Smith", "Helen Talbot"]
    assert [p[0] for p in people("survey\tDi Birkinshaw Fiona Jorden Kathy Wakefield")] == [
        "Di Birkinshaw", "Fiona Jorden", "Kathy Wakefield"]


def test_capitalised_phrases_that_are_not_people():
    text = ("The Select Commission visited the Town Hall to discuss Looked After Children and Children's Services; "
            "the Designated Nurse reported to the Rotherham Youth Cabinet. Sheffield Futures had to develop a plan.")
    assert people(text) == []


def test_organisations_and_acronyms():
    text = ("Rotherham, Doncaster and South Humber NHS Foundation Trust (RDaSH) and the Clinical Commissioning Group "
            "(CCG) with South Yorkshire Police, Barnardo's, NHS England, Ofsted and RMBC")
    found = {(o.name, o.acronym) for o in find_organisations(text, SPAN)}
    assert found == {("Rotherham, Doncaster and South Humber NHS Foundation Trust", "RDaSH"),
                     ("Clinical Commissioning Group", "CCG"), ("South Yorkshire Police", None), ("NHS England", None),
                     ("Barnardo's", None), ("Ofsted", None), ("RMBC", "RMBC")}


def test_person_lists_do_not_leak_into_organisation_names():
    names = [o.name for o in find_organisations("Sue Cassin, Chief Nurse, NHS Rotherham Clinical Commissioning Group", SPAN)]
    assert names == ["NHS Rotherham Clinical Commissioning Group"]
