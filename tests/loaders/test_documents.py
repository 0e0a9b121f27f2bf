"""Papers in a pack: segmentation, titles, types, agenda items, authors and recommendations."""
from __future__ import annotations

from datetime import date
from functools import cache

from kg.loaders import load_pack
from kg.loaders.documents import parse_documents
from kg.loaders.reports import recommendations, scrutiny_responses
from kg.model import Item, Line, Meeting, SourceText, Span
from tests.conftest import CORPUS


@cache
def documents(file_name: str):
    return load_pack(CORPUS / file_name).documents


def test_the_2013_pack_splits_into_its_papers_in_agenda_order():
    found = [(d.span.start, d.span.end, d.type, d.agenda_item) for d in documents("rotherham-cypf-partnership-2013-05-22.txt")]
    assert found == [
        (3, 52, "agenda", None), (56, 279, "minutes", "2"), (281, 474, "report", "5"), (476, 705, "action_plan", "6"),
        (579, 639, "strategy", "6"), (707, 843, "report", "8"), (845, 870, "action_plan", "9"), (872, 916, "action_plan", "9"),
        (918, 1113, "report", "10"), (1117, 1194, "letter", "11"), (1198, 1229, "strategy", "11"), (1231, 1813, "strategy", "11"),
        (1815, 2241, "minutes", "12"),
    ]


def test_a_plan_printed_inside_another_plan_is_a_paper_of_its_own():
    by_start = {d.span.start: d for d in documents("rotherham-cypf-partnership-2013-05-22.txt")}
    plan_on_a_page, action_plan = by_start[579], by_start[476]
    assert plan_on_a_page.title == "The Child Sexual Exploitation Strategy plan on a page"
    assert [a.span.start for a in plan_on_a_page.actions][:2] == [586, 588] and len(plan_on_a_page.actions) == 20
    assert not [a for a in action_plan.actions if 579 <= a.span.start <= 639]
    assert [p.number for p in action_plan.priorities] == ["1", "2", "3", "5", "6", "4"]


def test_an_agenda_page_range_cut_by_a_line_wrap_still_places_its_paper():
    by_start = {d.span.start: d for d in documents("rotherham-cypf-partnership-2014-01-15.txt")}
    assert by_start[718].title.startswith("Rotherham Children and Young People’s Action Plan 2013")
    assert by_start[718].agenda_item == "8"        # "(Pages 19" / "- 71)": the end of the range wrapped away


def test_titles_come_from_the_cover_title_field_or_the_first_heading():
    titles = {d.span.start: d.title for d in documents("rotherham-cypf-partnership-2013-05-22.txt")}
    assert titles[476] == "Rotherham Children and Young People's Action Plan 2013 – 2016"
    assert titles[707] == "Families for Change – The Impact on Services"
    assert titles[918] == "Children and Young People’s Services (CYPS) Commissioning Priorities"
    assert titles[1198] == "Disabled Children's Charter for Health and Wellbeing Boards"
    assert titles[1117] == "Letter from Every Disabled Child Matters to Cllr Ken Wyatt"


def test_contact_blocks_give_the_author_with_job_title():
    by_start = {d.span.start: d for d in documents("rotherham-cypf-partnership-2013-05-22.txt")}
    author = by_start[707].author
    assert (author.name, author.role, author.capacity, author.span.start) == \
        ("Jenny Lingrell", "Troubled Families Coordinator", "author", 838)
    bare = next(d for d in documents("rotherham-improving-lives-2014-09-17.txt") if d.span.start == 1032).author
    assert (bare.name, bare.role) == ("Nicola Humphries", "Education Welfare Service Manager")


def test_recommendations_are_separate_and_verbatim():
    by_start = {d.span.start: d for d in documents("rotherham-cypf-partnership-2013-05-22.txt")}
    assert [r.text for r in by_start[918].recommendations] == [
        "6.1 Note the outturn achieved against the Commissioning Priorities for 2013/14",
        "6.2 Note the proposals at 7.2",
        "6.3 Receive future reports on progress through 2013/14.",
        "6.4 Seek to develop further joint commissioning opportunities in 2013/14 with partners.",
    ]
    assert [r.span.start for r in by_start[918].recommendations] == [939, 940, 941, 942]
    admissions = next(d for d in documents("rotherham-improving-lives-2014-09-17.txt") if d.span.start == 937)
    assert [r.text for r in admissions.recommendations] == [
        "(i) That members comment on the draft response and approve its submission to DfE",
        "(ii) That members be informed on the outcomes of the consultation and any further implications for "
        "school admissions in the Borough",
    ]


def test_the_2014_pack_keeps_appendices_as_papers_of_their_item():
    found = [(d.span.start, d.type, d.agenda_item, d.period) for d in documents("rotherham-improving-lives-2014-09-17.txt")]
    assert len(found) == 12
    assert found[3] == (307, "action_plan", "9", "2013-2016")
    appendices = [d.title for d in documents("rotherham-improving-lives-2014-09-17.txt") if d.title.startswith("Appendix")]
    assert appendices == ["Appendix One – Priority 6: Delivery Milestone 7", "Appendix Two – Priority 6: Delivery Milestone 17",
                          "Appendix Three – Priority 6: Delivery Milestone 19"]


# ---------------------------------------------------------------- synthetic packs

def _pack(text: str, meetings: list[Meeting]):
    raw = text.split("\n")
    source = SourceText("synthetic.txt", "0", raw)
    return parse_documents(source, [Line(t, n, n) for n, t in enumerate(raw, start=1)], meetings)


def test_synthetic_pack_cut_at_a_contact_block_and_aligned_to_agenda_pages():
    paper_one = ["ADULT CARE SCRUTINY PANEL", "", "1. Meeting: Adult Care Scrutiny Panel", "2. Date: 18/02/2025",
                 "3. Title: Home Care Review", "", "Recommendations", "", "That the Panel:", "",
                 "(a) notes the review findings;", "(b) agrees the next steps.", "", "Proposals", "",
                 "The review looked at twelve providers and their contracts over the year.", "",
                 "Contact Name: Priya Shah", "Head of Commissioning", "Telephone: 01234 567890", ""]
    paper_two = ["Winter Pressures Plan 2024 – 2025", "", "The plan sets out how the council and its partners will "
                 "manage demand for care over the winter months.", "", "Priority 1: Hospital discharge", ""]
    text = "\n".join(["Agenda"] * 3 + paper_one + paper_two)
    agenda = Meeting("Adult Care Scrutiny Panel", date(2025, 2, 18), "agenda", Span("synthetic.txt", 1, 3), items=[
        Item("4", "Home Care Review (Pages 1 - 6)", Span("synthetic.txt", 2, 2), pages=(1, 6)),
        Item("5", "Winter Pressures Plan (Pages 7 - 12)", Span("synthetic.txt", 3, 3), pages=(7, 12))])
    papers = [d for d in _pack(text, [agenda]) if d.type != "agenda"]
    assert [(d.title, d.agenda_item, d.span.start) for d in papers] == [
        ("Home Care Review", "4", 4), ("Winter Pressures Plan 2024 – 2025", "5", 25)]
    assert [r.text for r in papers[0].recommendations] == ["(a) notes the review findings;", "(b) agrees the next steps."]
    assert (papers[0].author.name, papers[0].author.role) == ("Priya Shah", "Head of Commissioning")
    assert papers[1].period == "2024-2025" and papers[1].priorities[0].text == "Hospital discharge"



def test_synthetic_companion_document_named_by_an_earlier_paper_starts_at_its_heading():
    charter = ["Carers Charter 2025", "", "1. We listen to carers", "2. We plan with carers", "3. We review with carers", "",
               "For guidance, please read the accompanying document: [Why adopt the Charter?](#)", "",
               "The Carers Trust is a national charity.", "", "How to meet the Charter", "",
               "Each commitment is explained below with examples from councils that have signed.", ""]
    guidance = ["Why adopt the Carers Charter for Health and Wellbeing Boards?", "",
                "Benefits of signing the Charter and meeting its commitments.", "", "- Understand carers' needs", ""]
    papers = _pack("\n".join(["Agenda"] * 3 + [""] + charter + guidance), [])
    assert [(d.span.start, d.span.end, d.title) for d in papers] == [
        (1, 3, "Agenda"), (5, 17, "Carers Charter 2025"),
        (19, 23, "Why adopt the Carers Charter for Health and Wellbeing Boards?")]

def test_inline_recommendation_labels_and_their_points():
    paras = [Line("Recommendation: The review should consider in particular:", 1, 1),
             Line("- whether the rules are fit for purpose", 2, 2), Line("- how data is shared", 3, 3),
             Line("Other text follows here.", 4, 4)]
    found = recommendations(SourceText("s.txt", "0", [p.text for p in paras]), paras)
    assert [r.text for r in found] == ["The review should consider in particular", "whether the rules are fit for purpose",
                                       "how data is shared"]



def test_recommendations_quoted_from_other_bodies_are_not_the_papers_own():
    presentation = next(d for d in documents("rotherham-cypf-partnership-2013-05-22.txt") if d.span.start == 281)
    assert presentation.title == "Progress on gaining customer feedback & experiences"
    assert presentation.recommendations == []
    paras = [Line("Recommendation 2:", 1, 1), Line("“Councils should publish their waiting times”", 2, 2),
             Line("Inspection report, May 2024", 3, 3), Line("Recommendations", 4, 4),
             Line("1. Note the waiting times.", 5, 5), Line("2. Adopt ‘Right Care, Right Time’ as the service’s aim.", 6, 6),
             Line("Recommendation: “Every board should sign the pledge.”", 7, 7)]
    found = recommendations(SourceText("s.txt", "0", [p.text for p in paras]), paras)
    assert [r.text for r in found] == ["1. Note the waiting times.", "2. Adopt ‘Right Care, Right Time’ as the service’s aim."]

def test_scrutiny_response_schedule_pairs_each_recommendation_with_its_response():
    schedule = next(d for d in documents("rotherham-improving-lives-2018-03-13.txt")
                    if d.title.startswith("Cabinet’s Response to Scrutiny Review"))
    assert len(schedule.recommendations) == 5
    second = schedule.recommendations[1]
    assert second.text.startswith("The Practice Partner model will: Establish the right balance")
    assert second.text.endswith("Avoid high transition and operating costs associated with each of the AMAs.")
    assert second.response == "We agree for the first stage of the improvement journey from Inadequate to Good."
    assert (schedule.recommendations[3].span.start, schedule.recommendations[3].span.end) == (1273, 1285)


def test_synthetic_response_schedule_leaves_out_officer_and_date():
    text = ["Recommendation", "", "Cabinet Response", "", "Officer", "",
            "1. Review the fostering allowances.", "", "Accepted. A review will report in June.", "", "Jo Bloggs", "",
            "2. Publish the results:", "", "- online", "", "Deferred until the review ends.", "", "Jo Bloggs"]
    lines = [Line(t, n, n) for n, t in enumerate(text, start=1)]
    found = scrutiny_responses(SourceText("s.txt", "0", text), lines)
    assert [(r.text, r.response) for r in found] == [
        ("Review the fostering allowances.", "Accepted. A review will report in June."),
        ("Publish the results: - online", "Deferred until the review ends."),
    ]


def test_a_moderngov_summary_sheet_starts_a_paper_with_its_report_title():
    by_start = {d.span.start: d for d in documents("rotherham-corporate-parenting-panel-2016-12-06.txt")}
    strategy, ofsted = by_start[2049], by_start[3279]
    assert (strategy.title, strategy.type, strategy.agenda_item) == ("Corporate Parenting Report", "strategy", "7")
    assert [p.number for p in strategy.priorities if p.number] == ["1", "2", "3", "4", "5"]   # its objectives
    assert (ofsted.title, ofsted.agenda_item) == ("Ofsted Activity Report- Children Looked After", "8")
    assert by_start[886].span.end == 2048      # the fostering report no longer runs on into the strategy
