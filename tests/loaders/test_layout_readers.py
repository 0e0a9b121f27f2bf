"""Plan layout readers, one fixture per layout family (invented content): exact actions, owners as
printed, due dates, statuses and the lines they come from."""
from __future__ import annotations

from pathlib import Path

from kg.loaders import load_pack
from kg.model import Action


def _actions(tmp_path: Path, name: str, text: str) -> list[Action]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [action for document in load_pack(path).documents for action in document.actions]


def _rows(actions: list[Action]) -> list[tuple]:
    return [(a.number, a.text, a.owner, a.due, a.status) for a in actions]


ACTION_LOG = """Wexley Children's Partnership
Executive ACTION LOG

OPEN ACTIONS

Ref | Date raised | Action | Owner | Due date | Status / update
X24/01 | 04/02/2024 | Circulate the revised threshold guidance to all member agencies. | AB/CD | 31/03/2024 | Ongoing
Draft shared with health colleagues; final version
expected after the April subgroup.
X24/02 | 04/02/2024 | Report the number of return home interviews completed within 72 hours. | Head of Early Help | 30/04/2024 | Open

CLOSED ACTIONS

X23/07
11/11/2023
Book the venue for the annual partnership conference.
EF
15/12/2023
Closed
Venue confirmed at the town library.
"""


def test_pipe_action_log_with_updates_under_rows_and_a_closed_section_one_cell_per_line(tmp_path):
    actions = _actions(tmp_path, "log.txt", ACTION_LOG)
    assert _rows(actions) == [
        ("X24/01", "Circulate the revised threshold guidance to all member agencies", "AB/CD", "31/03/2024", "Ongoing"),
        ("X24/02", "Report the number of return home interviews completed within 72 hours", "Head of Early Help",
         "30/04/2024", "Open"),
        ("X23/07", "Book the venue for the annual partnership conference", "EF", "15/12/2023", "Closed"),
    ]
    assert [u.text for u in actions[0].updates] == [
        "Draft shared with health colleagues; final version expected after the April subgroup."]
    assert (actions[0].span.start, actions[0].span.end) == (7, 9)
    assert [u.text for u in actions[2].updates] == ["Venue confirmed at the town library."]
    assert (actions[2].span.start, actions[2].span.end) == (14, 20)
    # initials and a post alone are kept for the resolver to link to the person who holds them
    assert [[(p.name, p.role, p.capacity) for p in a.leads] for a in actions] == [
        [("AB", None, "lead"), ("CD", None, "lead")], [("Head of Early Help", "Head of Early Help", "lead")], [("EF", None, "lead")]]


DELIVERY_PLAN = """# Marlow Vale Youth Strategy – Delivery Plan 2025/26

## Priority 1: Somewhere to go

| Action | Lead | Partners | Timescale | RAG |
|---|---|---|---|---|
| 1.1 Open a youth hub in the old market hall | Priya Castellano, Youth Services Manager | Estates; Police | June 2025 | G/A |
| 1.2 Run a summer programme in every ward | Head of Youth Work | Leisure Trust | August 2025 | R |
"""


def test_markdown_delivery_plan_reads_leads_partners_and_rag_as_printed(tmp_path):
    actions = _actions(tmp_path, "plan.md", DELIVERY_PLAN)
    assert _rows(actions) == [
        ("1.1", "Open a youth hub in the old market hall", "Priya Castellano, Youth Services Manager", "June 2025", "G/A"),
        ("1.2", "Run a summer programme in every ward", "Head of Youth Work", "August 2025", "R"),
    ]
    assert [(p.name, p.role) for p in actions[0].leads] == [("Priya Castellano", "Youth Services Manager")]
    assert [p.name for p in actions[0].partners] == ["Estates", "Police"]
    assert [a.priority for a in actions] == ["1", "1"]


FLATTENED_PLAN = """Fernbridge Youth Offending Service
Improvement Action Plan
Priority
Objective
Action
Lead officer
Partner agencies
Milestone date
RAG
Progress update
1. Fewer children entering the system
1.1 Better diversion
Set up a joint out-of-court disposal panel with the police and the youth service managers for all
eligible cases
Service Manager
Fernbridge Police
Youth Service
30/09/2024
A
Terms of reference drafted.
1.2 Earlier help
Agree a referral route from schools
Head of Inclusion
None
31/12/2024
G
Route live in six schools.
Page 1 of 2
Priority
Objective
Action
Lead officer
Partner agencies
Milestone date
RAG
Progress update
2. Fewer children reoffending
2.1 Stronger plans
Audit all open plans
Tomasz Nowak (Practice Lead)
None
31/01/2025
Amber
Half the plans audited.
"""


def test_table_flattened_one_cell_per_line_with_merged_priority_cells_and_a_repeated_header(tmp_path):
    actions = _actions(tmp_path, "flat.txt", FLATTENED_PLAN)
    assert _rows(actions) == [
        ("1.1", ("Set up a joint out-of-court disposal panel with the police and the youth service managers for all "
                 "eligible cases"), "Service Manager", "30/09/2024", "A"),
        ("1.2", "Agree a referral route from schools", "Head of Inclusion", "31/12/2024", "G"),
        ("2.1", "Audit all open plans", "Tomasz Nowak (Practice Lead)", "31/01/2025", "Amber"),
    ]
    assert [p.name for p in actions[0].partners] == ["Fernbridge Police", "Youth Service"]
    assert [u.text for u in actions[2].updates] == ["Half the plans audited."]
    assert [(p.name, p.role) for p in actions[2].leads] == [("Tomasz Nowak", "Practice Lead")]
    assert [a.priority for a in actions] == ["1", "1", "2"]


BULLETS = """# Ashcombe Early Years Strategy

### 1. A good start

**What we will do**

- Offer a home visit to every family with a new baby (Health Visiting Lead, by March 2026)
- Open a stay-and-play group in each locality (Bodmin Road and Quay Street)
- Publish the childcare sufficiency report (Early Years Manager, from April 2026)

### 2. Ready for school
"""


def test_what_we_will_do_bullets_with_owner_and_date_in_brackets(tmp_path):
    actions = _actions(tmp_path, "strategy.md", BULLETS)
    assert _rows(actions) == [
        (None, "Offer a home visit to every family with a new baby", "Health Visiting Lead", "March 2026", None),
        (None, "Open a stay-and-play group in each locality (Bodmin Road and Quay Street)", None, None, None),
        (None, "Publish the childcare sufficiency report", "Early Years Manager", "from April 2026", None),
    ]


ALIGNED_LOG = """Hollin Green Schools Forum - actions arising

Ref   Action                                      Action by        Due date      Status
1     Send the revised de-delegation figures to   Finance Lead     14/10/2024    Open
      all maintained schools
2     Add falling rolls funding to the agenda     Clerk            11/11/2024    Complete
3     Confirm the high needs block transfer                        Q3 2024/25    Open

The Chair thanked members for attending and closed the meeting at 5.40 p.m. after a short discussion.
"""


def test_action_table_in_columns_aligned_with_spaces(tmp_path):
    actions = _actions(tmp_path, "aligned.txt", ALIGNED_LOG)
    assert _rows(actions) == [
        ("1", "Send the revised de-delegation figures to all maintained schools", "Finance Lead", "14/10/2024", "Open"),
        ("2", "Add falling rolls funding to the agenda", "Clerk", "11/11/2024", "Complete"),
        ("3", "Confirm the high needs block transfer", None, "Q3 2024/25", "Open"),
    ]
    assert (actions[0].span.start, actions[0].span.end) == (4, 5)


TAB_LOG = ("Key actions\tLead(s)\tTarget date\tRAG rating\tResources\tRisks\n"
           "Review the missing-from-care protocol\t\tMarch 2025\tAmber\tNone\tLow\n"
           "Train foster carers in de-escalation\tAmara Osei, Fostering Lead\t\tGreen\tBudget\tLow\n")


def test_tab_table_keeps_empty_cells_in_their_columns(tmp_path):
    actions = _actions(tmp_path, "tabs.txt", "Wexley Fostering Plan\n\n" + TAB_LOG)
    assert _rows(actions) == [
        (None, "Review the missing-from-care protocol", None, "March 2025", "Amber"),
        (None, "Train foster carers in de-escalation", "Amara Osei, Fostering Lead", None, "Green"),
    ]


SECTIONED_TRACKER = """Ref\tAction\tOwner\tDue
Completed actions
C1\tPublish the annual report\tBusiness Manager\tJune 2024
Outstanding actions
O1\tAgree the training budget\tDK/LM\tSeptember 2024
O2\tRefresh the escalation policy\tPolicy Officer\tOctober 2024
"""


def test_section_headings_give_their_status_to_rows_that_print_none(tmp_path):
    actions = _actions(tmp_path, "tracker.txt", "Wexley Partnership action tracker\n\n" + SECTIONED_TRACKER)
    assert _rows(actions) == [
        ("C1", "Publish the annual report", "Business Manager", "June 2024", "Completed"),
        ("O1", "Agree the training budget", "DK/LM", "September 2024", "Outstanding"),
        ("O2", "Refresh the escalation policy", "Policy Officer", "October 2024", "Outstanding"),
    ]


SPANNING_PLAN = """<html><body><p>Dunmore Corporate Parenting Action Plan</p>
<table>
<tr><th>Action</th><th>Lead</th><th>Deadline</th><th>RAG</th></tr>
<tr><td colspan="4">Priority 1: Safe and settled homes</td></tr>
<tr><td>Recruit twelve new foster families</td><td>Fostering Manager</td><td>March 2026</td><td>A</td></tr>
<tr><td>so that brothers and sisters can live together</td><td></td><td></td><td></td></tr>
<tr><td colspan="4">Priority 2: Good health</td></tr>
<tr><td>Complete every health assessment on time</td><td>Designated Nurse</td><td>Ongoing</td><td>G</td></tr>
</table></body></html>
"""


def test_rows_spanning_the_table_head_the_rows_below_and_a_lone_action_cell_continues_the_action(tmp_path):
    actions = _actions(tmp_path, "plan.html", SPANNING_PLAN)
    assert _rows(actions) == [
        (None, ("Recruit twelve new foster families so that brothers and sisters can live together"), "Fostering Manager",
         "March 2026", "A"),
        (None, "Complete every health assessment on time", "Designated Nurse", "Ongoing", "G"),
    ]
    assert [a.priority for a in actions] == ["1", "2"]
    document = next(d for d in load_pack(tmp_path / "plan.html").documents if d.actions)
    assert [(p.number, p.text) for p in document.priorities] == [("1", "Safe and settled homes"), ("2", "Good health")]


UNKEYED_CELLS = """Brackenford Scrutiny Panel - action list
Action
Owner
Due
Status
Share the exclusions data by school
Head of Inclusion
June 2024
Complete
Invite the youth council to the next meeting
Scrutiny Officer
July 2024
Open
"""


def test_rows_one_cell_per_line_without_numbers_or_blank_lines_end_at_their_last_column(tmp_path):
    actions = _actions(tmp_path, "list.txt", UNKEYED_CELLS)
    assert _rows(actions) == [
        (None, "Share the exclusions data by school", "Head of Inclusion", "June 2024", "Complete"),
        (None, "Invite the youth council to the next meeting", "Scrutiny Officer", "July 2024", "Open"),
    ]
    assert [(a.span.start, a.span.end) for a in actions] == [(6, 9), (10, 13)]


GLUED_LOG = """Minutes of the Thornbury Safeguarding Board

Actions Outstanding from the Board Meeting Held on 04.03.24
No: Owner Details Update
1.
Marcus
Delaney
Table a report on the neglect audit findings
On-going. Planned for the June meeting
2. Grace Holloway
Provide the agency attendance figures for conferences
Done – circulated 12.04.24
Actions from the Board Meeting Held on 03.06.24
No From Agenda Owner Action
1. Item 3 Nadia Ferris Send the annual report to all Board members.
2. Item 5
Learning Sub
Group
Review the training offer for volunteers
"""


def test_action_log_whose_cells_a_pdf_ran_together(tmp_path):
    actions = _actions(tmp_path, "glued.txt", GLUED_LOG)
    assert _rows(actions) == [
        ("1", "Table a report on the neglect audit findings", "Marcus Delaney", None, "On-going"),
        ("2", "Provide the agency attendance figures for conferences", "Grace Holloway", None, "Done"),
        ("1", "Send the annual report to all Board members", "Nadia Ferris", None, None),
        ("2", "Review the training offer for volunteers", "Learning Sub Group", None, None),
    ]
    assert [[u.text for u in a.updates] for a in actions] == [["Planned for the June meeting"], ["circulated 12.04.24"], [], []]
    assert [(a.span.start, a.span.end) for a in actions] == [(5, 9), (10, 12), (15, 15), (16, 19)]


NUMBERED_CELLS = """Appendix B - Action plan
No.
Action
Owner
By when
Status
1
Write to every school about the new attendance protocol
Education Welfare Manager
End of March 2025
On target
2
Hold two drop-in sessions for parents
Family Hub Lead
Summer 2025
Off track
"""


def test_rows_one_cell_per_line_start_at_a_number_on_its_own_line(tmp_path):
    actions = _actions(tmp_path, "appendix.txt", NUMBERED_CELLS)
    assert _rows(actions) == [
        ("1", "Write to every school about the new attendance protocol", "Education Welfare Manager",
         "End of March 2025", "On target"),
        ("2", "Hold two drop-in sessions for parents", "Family Hub Lead", "Summer 2025", "Off track"),
    ]


def test_bullet_brackets_with_a_labelled_owner_or_another_separator(tmp_path):
    text = ("Kelby Play Strategy\n\nWe will:\n\n"
            "- Refurbish three play areas (Lead: Parks Manager; by June 2026)\n"
            "- Consult children on the designs (Play Development Officer – Spring 2026)\n"
            "- Keep the play map up to date (by Q4 2026/27)\n")
    assert _rows(_actions(tmp_path, "play.md", text)) == [
        (None, "Refurbish three play areas", "Parks Manager", "June 2026", None),
        (None, "Consult children on the designs", "Play Development Officer", "Spring 2026", None),
        (None, "Keep the play map up to date", None, "Q4 2026/27", None),
    ]
