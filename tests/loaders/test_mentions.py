"""Names and organisations found in free text: cues, roles, presenters and false-positive guards."""
from __future__ import annotations

from pathlib import Path

from kg.loaders.mentions import find_organisations, find_people
from kg.loaders.normalize import normalize, paragraphs
from kg.loaders.people_text import agenda_presenters, clean_person
from kg.loaders.text import read_source
from kg.model import Span

SPAN = Span("x.txt", 1, 1)
CORPUS = Path(__file__).resolve().parents[2] / "data" / "rotherham"


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
    assert [(p.role, p.organisation) for p in find_people("Ian Walker Interim Head of Services, Children in Care",
                                                          Span("x.txt", 1, 3))] == [("Interim Head", None)]


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


def organisations(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.acronym) for o in find_organisations(text, SPAN)]


def test_a_head_word_alone_or_with_a_generic_word_is_no_organisation():
    assert organisations("NCY No. in Year Group") == []
    assert organisations("In terms of its quality assurance remit, the Sub Group has received") == []
    assert organisations("the strapline: Genuine Partnership with Parents, Carers") == []
    assert organisations("Consideration by any other Council Committee, Scrutiny or Advisory Panel") == []
    assert organisations("Resolved: - That the dates of the 2014/2015 Recycling Group meetings be circulated") == [
        ("Recycling Group", None)]                       # one word of its own is a name
    assert organisations("DCS DPH Cabinet Member\tL\tMay 2013") == []              # a post, not a body
    assert organisations("costs are met by the Local Authority and the Youth Cabinet") == [
        ("Local Authority", None), ("Youth Cabinet", None)]


def test_sentence_openers_are_cut_but_early_and_family_open_names():
    assert organisations("- Early Help Services") == [("Early Help Services", None)]
    assert organisations("including the Family Nurse Partnership and the GROW service") == [
        ("Family Nurse Partnership", None)]
    assert organisations("Currently the Health and Wellbeing Board meets") == [("Health and Wellbeing Board", None)]


def test_document_words_dates_and_verbs_before_the_name_are_cut():
    assert organisations("Council Report Improving Lives Select Commission") == [
        ("Improving Lives Select Commission", None)]
    assert organisations("Date of Committee Meeting Improving Lives Select Commission – 13 March 2018") == [
        ("Improving Lives Select Commission", None)]
    assert organisations("Public Report Council") == []
    assert organisations("Provide an update to the December Board on the actions") == []
    assert organisations("Armed Forces Day, Remembrance Sunday Services and Parades.") == []
    assert organisations("- Extend the Strategic Management Group to include key representatives") == [
        ("Strategic Management Group", None)]
    assert organisations("- Should the National Commissioning Board be represented on the Partnership?") == [
        ("National Commissioning Board", None)]
    assert organisations("the Contact and Referral Team and the Support and Supervision Team") == [    # nouns
        ("Contact and Referral Team", None), ("Support and Supervision Team", None)]


def test_a_phrase_governing_the_name_is_cut_but_names_built_on_of_stay():
    assert organisations("(3) Members of the Improving Lives Select Commission have been invited") == [
        ("Improving Lives Select Commission", None)]
    assert organisations("17. August 2013 – Establishment of Early Help Support Panel to ensure") == [
        ("Early Help Support Panel", None)]
    assert organisations("‘The Role of The Panel’ (Coram Baaf)") == []
    assert organisations("The Association of Directors of Children's Services and the City of Bradford "
                         "Metropolitan District Council") == [
        ("Association of Directors of Children's Services", None),
        ("City of Bradford Metropolitan District Council", None)]


def test_job_titles_and_people_printed_before_the_name_are_cut():
    assert organisations("Julie Jennings Chair Special Educational Consortium") == [
        ("Special Educational Consortium", None)]
    assert organisations("Lead Executive: Sue Cassin, Chief Nurse NHS Rotherham Clinical Commissioning Group") == [
        ("NHS Rotherham Clinical Commissioning Group", None)]
    assert organisations("Christine Lenehan Director Council for Disabled Children") == []
    assert organisations("fluoride\tLouise Collins Rotherham Community Dental Service") == [
        ("Rotherham Community Dental Service", None)]
    assert organisations("Present: Jane SmithRotherham Council") == [("Rotherham Council", None)]
    assert organisations("a meeting of the Chief Executive Officers Group and the Rose Hill Centre") == [
        ("Chief Executive Officers Group", None), ("Rose Hill Centre", None)]    # titles and names of their own


def test_lists_run_together_are_split_when_each_part_is_an_organisation():
    assert organisations("Contact a Family, the Council for Disabled Children, Mencap and the Special Educational "
                         "Consortium.") == [("Special Educational Consortium", None), ("Mencap", None)]
    assert organisations("the Portfolio holder for CYPS and the Health and Wellbeing Board (HWBB) setting") == [
        ("CYPS", "CYPS"), ("Health and Wellbeing Board", "HWBB")]
    assert organisations("considered by the Safeguarding Board and Improvement Panel and") == [
        ("Safeguarding Board", None), ("Improvement Panel", None)]
    assert organisations("Dear Cllr Ken Wyatt, Every Disabled Child Matters and The Children's Trust, Tadworth") == []
    assert organisations("(Taken from 'Initial Recommendations', Health from Mars, Local Authority from Venus?") == [
        ("Local Authority", None)]
    assert organisations("professionals from Rotherham Council, South Yorkshire Police, Rotherham Fire and Rescue, "
                         "Safe at Last") == [
        ("Rotherham Council", None), ("South Yorkshire Police", None), ("Rotherham Fire and Rescue", None)]
    assert organisations("fostering campaign with SYEP (Barnsley, Sheffield, Rotherham and Doncaster Trust)") == [
        ("Barnsley, Sheffield, Rotherham and Doncaster Trust", None)]
    assert organisations("over several meetings of the Children, Young People and Families Partnership") == [
        ("Children, Young People and Families Partnership", None)]
    for name in ("Children, Young People and Families Partnership", "Health and Wellbeing Board",
                 "Rotherham, Doncaster and South Humber NHS Foundation Trust", "Voice and Influence Team"):
        assert organisations(f"the {name} met") == [(name, None)]


def test_an_acronym_run_into_its_own_expansion_is_taken_off():
    assert organisations("RMBC Rotherham Metropolitan Borough Council") == [
        ("Rotherham Metropolitan Borough Council", "RMBC")]
    assert organisations("SLT Senior Leadership Team") == [("Senior Leadership Team", "SLT")]
    assert organisations("LAC Looked After Children’s Health Team and Social Care.") == [
        ("Looked After Children’s Health Team", None)]                  # LAC stands for the first words only
    assert organisations("including public health and RMBC Commissioning Team to ensure") == [
        ("RMBC Commissioning Team", None)]


def test_owners_and_common_nouns_around_names():
    assert organisations("shared the messages with Rotherham's Contact and Referral Team.") == [
        ("Contact and Referral Team", None)]
    assert organisations("progress for the Looked After Children’s Council") == [
        ("Looked After Children’s Council", None)]
    assert organisations("- NHS England Self-Assessment under the NHS Act 2006") == [
        ("NHS England", None), ("NHS", "NHS")]
    assert organisations("the policy ‘Golden Thread’ for Rotherham Metropolitan Borough Council (RMBC), other") == [
        ("Rotherham Metropolitan Borough Council", "RMBC")]


def test_a_young_person_named_by_first_name_with_an_apposition():
    text = ("Sarah Bellamy, Showcat Ali and Lisa Duvalle from Rotherham Council's Voice and Influence Team introduced "
            "themselves along with Jess, one of the young people involved in the consultation.")
    assert [p.name for p in find_people(text, SPAN)][-1] == "Jess"
    # a surname before the comma, or a word that is no given name, names nobody new
    assert [p.name for p in find_people("Lisa Duvalle, one of the young people, spoke.", SPAN)] == ["Lisa Duvalle"]
    assert find_people("Moreover, one of the young people said so.", SPAN) == []


def test_who_a_contract_is_awarded_to_or_commissioned_from_is_an_organisation():
    def names(text: str) -> list[str]:
        return [o.name for o in find_organisations(text, SPAN)]

    assert names("This contract has been awarded to Rotherham and Barnsley MIND and service delivery will "
                 "commence in May 2013.") == ["Rotherham and Barnsley MIND"]
    assert names("The current contract is commissioned from Action for Children and the value is £1.2 million.") \
        == ["Action for Children"]
    assert "Rotherham MIND" in names("The Coordinator is currently commissioned from Rotherham MIND who have built ...")
    assert names("The grant was awarded to Jane Green in May.") == []           # a person, not an organisation
    assert names("Capital funding has been awarded to a total of 14 providers.") == []
    assert "Council" not in names("Funding was awarded to the Council in May.")
