"""Plans: priorities, objectives, milestones with leads, dated updates, figures and status."""
from __future__ import annotations

from functools import cache

import pytest

from kg.loaders import load_pack
from kg.loaders.plans import lead_names, parse_plan
from kg.model import Line, SourceText, Span
from tests.conftest import CORPUS


@cache
def plan(file_name: str, title_start: str):
    pack = load_pack(CORPUS / file_name)
    return next(d for d in pack.documents if d.title.startswith(title_start) and d.actions)


def cypp_2013():
    return plan("rotherham-cypf-partnership-2013-05-22.txt", "Rotherham Children and Young People's Action Plan")


def cypp_december_2013():
    return plan("rotherham-cypf-partnership-2014-01-15.txt", "Rotherham Children and Young People’s Action Plan")


def cypp_june_2014():
    return plan("rotherham-improving-lives-2014-09-17.txt", "Rotherham Children and Young People's Action Plan")


def test_the_2013_plan_has_its_six_priorities_under_their_headings():
    top = {p.number: p.text for p in cypp_2013().priorities}
    assert top == {
        "1": "We will ensure children have the best start in life",
        "2": "We will engage with parents and families",
        "3": "We will reduce the harm to children and young people who are exposed to domestic abuse, "
             "alcohol/substance misuse and neglect",
        "4": "We will work with partners to eradicate child sexual exploitation from the borough",
        "5": "We will focus on all children and young people making good progress in their learning and development",
        "6": "We will target support to families in greatest need to help access learning/employment opportunities",
    }


def test_objectives_are_kept_apart_from_the_priorities_they_sit_under():
    document = cypp_2013()
    assert [o.number for o in document.objectives if o.number.startswith("1.")] == \
        ["1.i", "1.ii", "1.iii", "1.iv", "1.v", "1.vi", "1.vii"]
    assert document.objectives[6].text == "We will reduce teenage pregnancy"
    priorities = {p.number for p in document.priorities}
    assert all(o.number.rpartition(".")[0] in priorities for o in document.objectives)
    assert {a.priority for a in document.actions} <= priorities | {o.number for o in document.objectives}


def test_synthetic_objectives_without_a_priority_heading_are_the_plans_priorities():
    priorities, actions = _parse(
        "Objective\tMilestone\tOwner\n"
        "(a) We will reduce repeat referrals\t1. Audit repeat referrals\tJane Green\n"
        "(b) We will shorten waiting times\t2. Publish waiting times\tAmir Khan\n")
    assert [(p.number, p.text) for p in priorities] == [("a", "We will reduce repeat referrals"),
                                                        ("b", "We will shorten waiting times")]
    assert [a.priority for a in actions] == ["a", "b"]


def test_tab_separated_rows_split_bulleted_milestones_and_keep_the_row_lead():
    actions = cypp_2013().actions
    initiation = next(a for a in actions if a.text.startswith("Increase in breastfeeding initiation rates"))
    assert initiation.priority == "1.i"
    assert [p.name for p in initiation.leads] == ["Rebecca Atchinson"]
    assert not initiation.lead_uncertain
    assert initiation.measures[0].baseline == "58%" and initiation.measures[0].period == "2012/13"
    meals = [a.text for a in actions if a.span.start == 531]
    assert meals == ["Improve school meal process and promote service", "Increased uptake of school meals",
                     "Maximise health impact school meals can have on children and young people"]



def test_a_milestone_cell_without_bullets_is_cut_at_item_starts_but_not_inside_names():
    by_row = lambda start: [a.text for a in cypp_2013().actions if a.span.start == start]
    assert by_row(549) == [
        "Identify and evaluate what support Integrated Youth Support (IYS) offer young carers",
        "Promote a Family CAF to identify health needs and wider Early Help support",
        "Raise awareness in schools and in other young people's settings of support for Young Carers and of the "
        "Young Carers Service – Review September 2013",
        "Support the Rotherham UK Youth Parliament Members in developing a Young Carers Card – Review September 2013"]
    assert by_row(532)[-1] == "Work with NHS England Area Team to ensure the appropriate commissioning of immunisation services."
    assert len(by_row(526)) == 1 and by_row(526)[0].startswith("The new joint 2 year old Health and Education Review involving")

def test_a_lead_cell_cut_by_a_page_break_is_joined_to_its_row():
    vaccination = next(a for a in cypp_2013().actions if a.text.startswith("Achieve above 90%"))
    assert [p.name for p in vaccination.leads] == ["Christine Atkinson", "Di Birkinshaw", "Fiona Jorden", "Kathy Wakefield"]
    assert vaccination.span.end == 535


def cse_plan_on_a_page():
    return plan("rotherham-cypf-partnership-2013-05-22.txt", "The Child Sexual Exploitation Strategy plan on a page")


def test_lead_agencies_in_brackets_under_plan_on_a_page_statements():
    actions = cse_plan_on_a_page().actions
    assert [o.name for o in actions[0].lead_organisations] == ["RLSCB"] and not actions[0].leads
    assert [o.name for o in actions[1].lead_organisations] == ["RMBC", "Youth Offending Teams",
                                                                "CYP&F Voluntary Sector Consortium"]
    assert not actions[1].lead_uncertain


def test_plan_on_a_page_strands_are_its_priorities_and_group_its_statements():
    document = cse_plan_on_a_page()
    assert [(p.number, p.text, p.span.start) for p in document.priorities] == [
        ("Prevent", "Prevent - making it more difficult to exploit children", 583),
        ("Protect", "Protect - identifying and safeguarding children who are at risk", 601),
        ("Pursue", "Pursue - identifying offenders, disrupting and stopping their activity", 619)]
    assert [(a.priority, a.number) for a in document.actions].count(("Protect", "1")) == 1
    assert [a.priority for a in document.actions] == ["Prevent"] * 7 + ["Protect"] * 7 + ["Pursue"] * 6


def test_one_cell_per_line_plan_traces_mental_health_to_december_updates():
    document = cypp_december_2013()
    objective = next(p for p in document.objectives if p.text.startswith("We will improve the mental health"))
    assert objective.number == "1.vii" and objective.span.start == 1411
    under = [a for a in document.actions if a.priority == "1.vii"]
    assert [a.number for a in under] == ["38", "39", "40", "41", "42"]
    camhs = under[-1]
    assert camhs.text == "Continue to improve the transition for children and young people from CAMHS to adult services"
    assert (camhs.span.start, camhs.span.end) == (1491, 1501)
    assert [p.name for p in camhs.leads] == ["Ruth Fletcher-Brown", "Barbara Murray", "Sara Graham", "Sarah Whittle",
                                             "Simon Priest"]
    assert camhs.lead_uncertain and not under[0].lead_uncertain
    assert [(u.period, u.text) for u in camhs.updates] == [
        ("December 2013", "This is covered in a CQUIN for 2013/14"),
        ("December 2013", "RDaSH still have some work to do to improve the transition process"),
        ("December 2013", "They use peer support workers to help with this process"),
    ]
    assert (camhs.updates[1].span.start, camhs.updates[1].span.end) == (1497, 1498)


def test_breastfeeding_initiation_figures_in_the_december_2013_update():
    initiation = next(a for a in cypp_december_2013().actions if a.number == "6" and a.priority == "1.i")
    assert initiation.text == "Increase in breastfeeding initiation rates"
    measure = initiation.measures[0]
    assert (measure.baseline, measure.target, measure.current, measure.period) == ("58%", "65.5%", "61.9%", "2013/2014")
    assert [p.name for p in initiation.leads] == ["Mary Smith", "Anna Clack"] and initiation.lead_uncertain


def test_a_lost_priority_heading_is_restored_from_its_strategic_lead_line():
    six = next(p for p in cypp_december_2013().priorities if p.number == "6")
    assert six.text == "We will target support to families in greatest need to help access learning/employment opportunities"
    assert [p.name for p in six.leads] == ["Warren Carratt"]



def test_a_priority_named_in_quotation_marks_is_kept_though_the_report_leaves_it_out():
    four = next(p for p in cypp_june_2014().priorities if p.number == "4")
    assert (four.text, four.span.start) == ("We will work with partners to eradicate child sexual exploitation", 338)
    assert not [a for a in cypp_june_2014().actions if a.priority and a.priority.split(".")[0] == "4"]
    priorities, _ = _parse("\n".join([
        "The plan covers the priorities:", "- Safe homes", "- Healthy lives", "",
        'The priority "Good jobs for young people" is monitored by the skills board.', "",
        "Work on priority 2 – “Healthy lives” is reported on below."]))
    assert [(p.number, p.text) for p in priorities] == [(None, "Safe homes"), (None, "Healthy lives"),
                                                        (None, "Good jobs for young people")]

def test_progress_report_columns_give_update_period_and_strategic_leads():
    document = cypp_june_2014()
    first = document.priorities[0]
    assert (first.number, first.text) == ("1", "We will ensure children have the best start in life")
    assert [p.name for p in first.leads] == ["Frances Hunt", "Joanna Saunders"]
    milestone = next(a for a in document.actions if a.priority == "1.i" and a.number == "6")
    assert milestone.updates[0].period == "June 2014"
    assert milestone.updates[0].text.startswith("Actual figure: 59.91% (2013/2014)")
    measure = milestone.measures[0]
    assert (measure.baseline, measure.target, measure.current) == ("58%", "65.5%", "59.91%")
    assert len([a for a in document.actions if a.number]) == 159


# ---------------------------------------------------------------- synthetic layouts

def _parse(text: str):
    raw = text.split("\n")
    source = SourceText("synthetic.txt", "0", raw)
    lines = [Line(t, n, n) for n, t in enumerate(raw, start=1)]
    priorities, objectives, actions = parse_plan(source, lines)
    return priorities + objectives, actions


def test_synthetic_tab_table_with_status_and_due_columns():
    priorities, actions = _parse(
        "PRIORITY 1 : Keep children safe\n"
        "Objective\tMilestone\tProgress Q2 2024\tOwner\tRAG\tBy when\n"
        "(a) We will reduce repeat referrals\t1. Audit repeat referrals\tAudit done in July\tJane Green\tGreen\tMarch 2024\n"
        "\t2. Report findings to the board\tDelayed by staffing\t\tAmber\tJune 2024\n"
        "\t\tstill waiting on data\t\t\t\n")
    assert [(p.number, p.text) for p in priorities] == [("1", "Keep children safe"), ("1.a", "We will reduce repeat referrals")]
    first, second = actions
    assert (first.number, first.status, first.due, first.priority) == ("1", "Green", "March 2024", "1.a")
    assert [p.name for p in first.leads] == ["Jane Green"] and not first.lead_uncertain
    assert (second.status, second.due, [p.name for p in second.leads], second.lead_uncertain) == \
        ("Amber", "June 2024", ["Jane Green"], True)
    assert second.updates[0].text == "Delayed by staffing still waiting on data"
    assert second.updates[0].period == "Q2 2024" and second.span.end == 5


def test_synthetic_one_cell_per_line_with_repeated_header_and_group_lead():
    priorities, actions = _parse("\n".join([
        "PRIORITY: 2", "We will support families", "",
        "ACTION MILESTONES Update March 2025 LEAD/S", "",
        "(i) We will offer early help", "",
        "1. Open two family hubs", "", "• One hub opened in May", "", "Amir Khan", "Delivery - Health Visiting", "",
        "2. Train all hub staff", "", "• Training booked", "",
        "ACTION MILESTONES Update March 2025 LEAD/S", "",
        "3. Publish the hub offer", "", "• Draft written;", "awaiting sign off", "", "R", ""]))
    assert [p.number for p in priorities] == ["2", "2.i"]
    assert [(a.number, a.priority) for a in actions] == [("1", "2.i"), ("2", "2.i"), ("3", "2.i")]
    assert [p.name for p in actions[0].leads] == ["Amir Khan"] and not actions[0].lead_uncertain
    assert [p.name for p in actions[2].leads] == ["Amir Khan"] and actions[2].lead_uncertain
    assert actions[2].status == "Red"
    assert [(u.period, u.text) for u in actions[2].updates] == [("March 2025", "Draft written; awaiting sign off")]



def test_group_headings_data_tables_and_role_only_leads_in_the_june_2014_plan():
    actions = cypp_june_2014().actions
    assert not [a for a in actions if a.text in ("Care Leavers", "Raising Participation", "21.2", "1,040")]
    leads = {a.number: ([p.name for p in a.leads], a.lead_uncertain) for a in actions if a.priority == "6.i"}
    assert leads["1"] == (["Carole Davison", "Kerry Byrne", "Paul Dempsey", "Sandra Gabriel"], True)
    assert leads["7"] == leads["9"] == ([], False)         # "IYD Managers ... IYSS Managers" names no one
    assert leads["10"][0][0] == "Anthony Evans" and leads["10"][1]


def test_synthetic_group_heading_lead_and_a_data_table_inside_a_cell():
    _, actions = _parse("\n".join([
        "PRIORITY 1 : Keep children safe",
        "Action\tMilestone\tUpdate March 2025\tLead",
        "(a) We will reduce repeat referrals\t1. Audit repeat referrals\tDone\tJane Green",
        "\tFoster Carers\t\tAmir Khan",
        "\t2. Recruit ten foster carers\tSix recruited\t",
        "\tQ1\tQ2\tQ3",
        "2024/25\t3\t2\t1",
        "\t3. Train new carers\tBooked\t",
        "Support Workers\t\t\tService Manager",
        "\t4. Publish the support offer\tDrafted\t"]))
    assert [(a.number, [p.name for p in a.leads], a.lead_uncertain) for a in actions] == [
        ("1", ["Jane Green"], False), ("2", ["Amir Khan"], True), ("3", ["Amir Khan"], True), ("4", [], False)]


def test_an_html_table_inside_a_cell_printed_again_as_cells_keeps_the_row_in_its_columns():
    leads = {a.number: [p.name for p in a.leads] for a in cypp_june_2014().actions if a.priority in ("1.i", "1.iii")}
    assert leads["15"] == leads["16"] == ["Alison Iliff"] and leads["25"] == ["Joanna Saunders"]
    _, actions = _parse("\n".join([
        "PRIORITY 1 : Healthy lives",
        "Action\tMilestone\tUpdate March 2025\tLead",
        "(a) We will cut smoking\t1. Fewer smokers <table><tr><th>Year</th><th>Rate</th></tr>"
        "<tr><td>2024</td><td>12.1</td></tr></table>\tYear\tRate\t2024\t12.1\tOn track\tJane Green"]))
    assert [(a.updates[0].text, [p.name for p in a.leads]) for a in actions] == [("On track", ["Jane Green"])]


def test_an_objective_cut_by_a_page_break_continues_under_the_repeated_header():
    objective = next(o for o in cypp_june_2014().objectives if o.number == "6.iii")
    assert objective.text == "We will support adults to access learning to improve their chances of securing or retaining employment"
    assert (objective.span.start, objective.span.end) == (622, 625)
    priorities, actions = _parse("\n".join([
        "PRIORITY 1 : Work", "Action\tMilestone\tLead",
        "(a) We will help adults back into\t1. Open a jobs club\tJane Green", "",
        "Action\tMilestone\tLead", "paid work\t2. Run a careers fair\t"]))
    assert [(p.number, p.text) for p in priorities] == [("1", "Work"), ("1.a", "We will help adults back into paid work")]
    assert [a.priority for a in actions] == ["1.a", "1.a"]

def test_synthetic_priority_heading_variants():
    priorities, _ = _parse("PRIORITY: 3**We will reduce harm**\n\nPriority 4 – Healthy lifestyles\n")
    assert [(p.number, p.text) for p in priorities] == [("3", "We will reduce harm"), ("4", "Healthy lifestyles")]



def test_synthetic_strands_with_bracketed_agencies():
    priorities, actions = _parse("\n".join([
        "Prepare", "get ready before the first frost", "",
        "1. Stock grit at every depot", "(Highways)", "2. Warn residents of closures", "(Communications / Parish Councils)", "",
        "Respond", "keep the priority routes open", "",
        "1. Grit the priority routes overnight", "(Highways)", ""]))
    assert [p.number for p in priorities] == ["Prepare", "Respond"]
    assert [(a.number, a.priority, [o.name for o in a.lead_organisations]) for a in actions] == [
        ("1", "Prepare", ["Highways"]), ("2", "Prepare", ["Communications", "Parish Councils"]), ("1", "Respond", ["Highways"])]

@pytest.mark.parametrize("cell, names", [
    ("Delivery - RFT Midwifery services Strategy - Anne Charlesworth", ["Anne Charlesworth"]),
    ("Di Birkinshaw Fiona Jorden Kathy Wakefield Richard Hart", ["Di Birkinshaw", "Fiona Jorden", "Kathy Wakefield", "Richard Hart"]),
    ("Sue Wilson/Tracy Blakemore", ["Sue Wilson", "Tracy Blakemore"]),
    ("Public Health", []),
    ("Crown Prosecution Service", []),
    ("SY Police / Crown Prosecution Service / Anna Clack", ["Anna Clack"]),
    ("Corporate Parenting / Teenage Parents", []),                # titles, not people
    ("Right Outcomes Kate Green", ["Kate Green"]),
    ("Councillor Jeanette Mallinder", ["Councillor Jeanette Mallinder"]),
])
def test_lead_cells_are_cut_into_names(cell, names):
    assert [p.name for p in lead_names(cell, Span("x", 1, 1))] == names


def test_unnumbered_activity_rows_end_with_due_date_and_rag_letter():
    pack = load_pack(CORPUS / "rotherham-improving-lives-2018-03-13.txt")
    plan_2018 = next(d for d in pack.documents if d.actions)
    themes = [(p.number, p.text) for p in plan_2018.priorities]
    assert themes[:2] == [("cross-cutting", "all children and young people have a voice and are listened to"),
                          ("1", "a vibrant borough with age-appropriate, fun things to do")]
    evaluation = next(a for a in plan_2018.actions if a.text.startswith("Evaluation of the ‘Child Friendly Rotherham’"))
    assert (evaluation.status, evaluation.due, evaluation.priority) == ("Red", "December 2018", "3")
    assert [p.name for p in evaluation.leads] == ["Kate Green", "Morwenna Foden"]
    easter = next(a for a in plan_2018.actions if a.text.startswith("During Easter holidays"))
    assert (easter.status, easter.due) == ("Red", "Week commencing 2nd April")


def test_action_points_under_key_areas_carry_brag_status():
    pack = load_pack(CORPUS / "rotherham-corporate-parenting-panel-2016-12-06.txt")
    statuses = {(a.number, a.status, a.due) for d in pack.documents for a in d.actions}
    assert ("3.5", "Blue", "30/08/2016") in statuses and ("2.2", "Amber", "29/7/2016") in statuses


def test_actions_coded_under_a_review_recommendation_are_each_an_action():
    pack = load_pack(CORPUS / "rotherham-corporate-parenting-panel-2016-12-06.txt")
    coded = {a.number: a for d in pack.documents for a in d.actions if a.number and " " in a.number}
    assert {"2.5 A.1", "2.5 A.2", "2.5 A.3", "4.8 A.1"} <= set(coded)
    assert coded["2.5 A.1"].text.startswith("All Pharmacists commissioned by RMBC Public Health")
    assert (coded["2.5 A.1"].status, coded["2.5 A.1"].due) == ("Blue", "29.7.16")
    assert coded["4.8 A.1"].status == "Blue"     # "31 December 2015 TRFT BLUE": the cells before the rating
    assert coded["2.5 A.1"].span.end < coded["2.5 A.2"].span.start


def test_synthetic_coded_actions_need_their_recommendation_printed_before_them():
    _, actions = _parse("\n".join([
        "Recommendation 1.2", "Make sure every child has a health plan.", "",
        "1.2 A.1 Review all health plans within the quarter.", "", "Named Nurse", "", "30.9.24", "GREEN", "",
        "1.2 B Train staff on the new form.", "", "Designated Doctor", "", "31 March 2025 TRFT AMBER", "",
        "3.4 A.1 is not an action: no recommendation 3.4 was printed."]))
    assert [(a.number, a.status) for a in actions] == [("1.2 A.1", "Green"), ("1.2 B", "Amber")]


def test_key_service_priorities_listed_under_their_introduction():
    pack = load_pack(CORPUS / "rotherham-corporate-parenting-panel-2016-12-06.txt")
    listed = [(p.number, p.text, p.span.start) for d in pack.documents for p in d.priorities if p.span.start in (2146, 2148, 2150)]
    assert listed == [(None, "Stability and consistency in placements and the workforce.", 2146),
                      (None, "Supporting social workers to move from compliance to quality.", 2148),
                      (None, "Facilitating increased and enhanced management oversight.", 2150)]


def test_synthetic_row_printed_one_cell_per_paragraph_under_a_tab_header():
    _, actions = _parse("\n".join([
        "PRIORITY 2 : Support families", "",
        "ACTION\tKEY LINKS\tDELIVERY MILESTONES\tLEAD",
        "(i) Further develop the offer for new arrivals", "",
        "- Schools", "- Migration Partnership", "",
        "- Run a welcome day – Sept 2025", "- Publish a guide for parents", "",
        "Nadia Price", ""]))
    assert [(a.text, a.priority) for a in actions] == [("Run a welcome day – Sept 2025", "2.i"),
                                                       ("Publish a guide for parents", "2.i")]
    assert all([p.name for p in a.leads] == ["Nadia Price"] and not a.lead_uncertain for a in actions)
    assert (actions[0].span.start, actions[0].span.end) == (4, 12)


def test_a_strategys_numbered_objectives_run_through_their_paragraphs():
    pack = load_pack(CORPUS / "rotherham-corporate-parenting-panel-2016-12-06.txt")
    objectives = [(p.number, p.span.start, p.span.end) for d in pack.documents for p in d.priorities
                  if 2523 < p.span.start < 2757]
    assert objectives == [("1", 2538, 2592), ("2", 2596, 2633), ("3", 2637, 2668), ("4", 2670, 2729),
                          ("5", 2733, 2756)]
    [voice] = [p for d in pack.documents for p in d.priorities if p.span.start == 2733]
    assert voice.text == ("To listen to children and young people to ensure that their voices influence their own "
                          "care plans as well as wider service delivery and development")


def test_synthetic_objectives_section_ends_at_the_next_section_and_a_list_of_aims_at_its_last():
    priorities, _ = _parse(
        "3. Our Objectives\n\nThe strategy has these objectives.\n\n"
        "1. To keep children safe\nat home.\n\nThe Early Help team visits families.\n\n"
        "2. To improve school attendance.\n\nWelfare Call monitors attendance daily.\n\n"
        "4. Governance\n\n1. The board meets monthly.\n")
    assert [(p.number, p.text, p.span.start, p.span.end) for p in priorities] == [
        ("1", "To keep children safe at home", 5, 8), ("2", "To improve school attendance", 10, 12)]
    aims, _ = _parse("Key Aims:\n1. Reduce poverty in the borough\n2. Improve housing quality\n\nOther news follows here.\n")
    assert [(p.number, p.span.start, p.span.end) for p in aims] == [("1", 2, 2), ("2", 3, 3)]
