"""Names and organisations found in free text: cues, roles, presenters and false-positive guards."""
from __future__ import annotations

from pathlib import Path

from kg.loaders.mentions import find_organisations, find_people
from kg.loaders.normalize import normalize, paragraphs
from kg.loaders.people_text import agenda_presenters, clean_person
from kg.loaders.text import read_source
from kg.model import Span

SPAN = Span("x.txt", 1, 1)
CORPUS = Path(__file__).resolve().parent.parent / "data" / "rotherham"


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
    assert people(text) == [("Designated Nurse", "Designated Nurse", None, "presenter")]     # a post, not a name
    assert people("Raising Participation Anthony Evans") == [("Anthony Evans", None, None, "mentioned")]
    assert clean_person("Specialist Advisor", SPAN, "lead") is None
    assert clean_person("Orientated Recovery", SPAN, "lead") is None
    assert clean_person("Ewan Cumming", SPAN, "lead").name == "Ewan Cumming"       # a surname may end in -ing


def test_officers_named_by_post_alone():
    assert people("The Senior Scrutiny Adviser: Member Development (Scrutiny Services, Legal and Democratic Services, "
                  "Resources Directorate) informed the Improving Lives Select Commission that an email had gone") == [
        ("Senior Scrutiny Adviser: Member Development", "Senior Scrutiny Adviser: Member Development", None,
         "mentioned")]
    assert [p[0] for p in people("Councillor Russell welcomed the Service Manager - Family Placements and Residential, "
                                 "and the Provider Services Manager (Safeguarding Children and Families Services) "
                                 "who had been invited")] == [
        "Councillor Russell", "Service Manager - Family Placements and Residential", "Provider Services Manager"]
    assert [p[0] for p in people("It would be led by Doncaster's Director for Children's Services, with others")] \
        == ["Doncaster's Director for Children's Services"]
    assert people("The Chief Executive Officer presented the report.") == [
        ("Chief Executive Officer", "Chief Executive Officer", None, "presenter")]


def test_a_title_beside_a_name_is_that_persons_role_not_a_post():
    names = [p[0] for p in people("Sue Wilson, the Performance and Quality Manager, reported. The Strategic Director, "
                                  "Joyce Thacker, presented the report. The Chair thanked the Officers.")]
    assert names == ["Sue Wilson", "Joyce Thacker"]


def test_agenda_presenter_named_by_post():
    line = ("- Principal School Admissions, Organisation and Special Educational Needs Assessment Officer, Schools and "
            "Lifelong Learning, Children and Young People's Services Directorate, to report.")
    post = "Principal School Admissions, Organisation and Special Educational Needs Assessment Officer"
    assert [(p.name, p.role, p.capacity) for p in agenda_presenters(line, SPAN)] == [(post, post, "presenter")]
    assert [p.name for p in agenda_presenters("- Sue Wilson to present", SPAN)] == ["Sue Wilson"]
    assert agenda_presenters("- To confirm the Commission's representative to the Recycling Group.", SPAN) == []


def test_signature_blocks_in_the_2013_pack():
    source = read_source(CORPUS / "rotherham-cypf-partnership-2013-05-22.txt")
    signed = [(p.name, p.role, p.organisation) for para in paragraphs(normalize(source)) if 1158 <= para.start <= 1190
              for p in find_people(para.text, source.span(para.start, para.end))]
    assert signed == [("Dalton Leong", "Chief Executive", "The Children's Trust, Tadworth"),
                      ("Christine Lenehan", "Director", "Council for Disabled Children"),
                      ("Julie Jennings", "Chair", "Special Educational Consortium"),
                      ("Srabani Sen", "Chief Executive", None), ("Emma Harrison", "Assistant Director", None)]
    assert find_people("Srabani Sen Chief Executive Contact a Family", SPAN) == []      # one line is no block
    assert find_people("Sheffield Futures Manager", Span("x.txt", 1, 3)) == []         # a job word alone ends no block


def test_action_cells_with_a_verb_between_owner_and_name():
    source = read_source(CORPUS / "rotherham-cypf-partnership-2014-01-15.txt")
    cells = [(line, text) for line, text in enumerate(source.raw_lines, 1)
             if text.startswith(("Phil Morris Notify", "Phil Morris Provide"))]
    assert [[p.name for p in find_people(text, Span(source.name, line, line))] for line, text in cells] == [
        ["Phil Morris", "Liz Thackray"], ["Phil Morris", "Debra Wadsworth"]]


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


def test_names_run_into_the_next_cell_end_where_the_cell_does():
    assert [p[0] for p in people("Present: Tom JonesNHS England, Jane SmithRotherham Council")] == [
        "Tom Jones", "Jane Smith"]
    assert [p[0] for p in people("Shona MacFarlane, Nick McPartlan and Mary O'Neill attended")] == [
        "Shona MacFarlane", "Nick McPartlan", "Mary O'Neill"]
