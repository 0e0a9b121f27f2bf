"""Officers and members named with their role on report covers, decision records, plans and action
logs (invented content), and action owners printed as initials resolved through the log's key."""
from __future__ import annotations

from pathlib import Path

from kg.loaders import load_pack

COVER = """<html><body>
<h1>BOROUGH OF ELMSTEAD</h1>
<table>
<tr><td>Report title</td><td>Short Breaks Review</td></tr>
<tr><td>Report of:</td><td>Corporate Director of People</td></tr>
<tr><td>Report author:</td><td>Rosalind Achterberg, Head of Short Breaks</td></tr>
<tr><td>Accountable officer</td><td>Victor Mensah, Director of Children's Services</td></tr>
<tr><td>Contact officer</td><td>Service Manager, Disabled Children, 01234 567890</td></tr>
</table>
<h2>1. Purpose</h2>
<p>1.1 This report sets out the outcome of the review of short breaks for disabled children and the next steps.</p>
<p>The Cabinet Member for Children - Councillor Eluned Parry</p>
</body></html>
"""

LOG = """Elmstead Safeguarding Partnership ACTION LOG

Key to initials: TB – Tariq Bashir, Head of Quality (ESP); NO – Nia Owusu,
Named GP for Safeguarding; HW – Business Support Officer

Plan owner: Grace Holloway, Partnership Manager

Ref | Action | Owner | Due date | Status
E1 | Audit the neglect toolkit | TB/NO | 30/06/2024 | Open
E2 | Book the annual conference | HW | 31/07/2024 | Open
"""


def _people(pack) -> set[tuple[str, str | None, str | None]]:
    return {(p.name, p.role, p.capacity) for d in pack.documents for p in d.people if p.capacity in ("author", "officer", "member")}


def test_cover_sheet_fields_and_a_portfolio_give_people_with_roles(tmp_path: Path):
    path = tmp_path / "cover.html"
    path.write_text(COVER, encoding="utf-8")
    assert _people(load_pack(path)) == {
        ("Rosalind Achterberg", "Head of Short Breaks", "author"),
        ("Victor Mensah", "Director of Children's Services", "officer"),
        ("Councillor Eluned Parry", "Cabinet Member for Children", "member"),
        # "Report of:" and "Contact officer" print posts alone: the post stands for its holder
        ("Corporate Director of People", "Corporate Director of People", "officer"),
        ("Service Manager, Disabled Children", "Service Manager, Disabled Children", "officer"),
    }


def test_action_log_key_to_initials_names_officers_and_the_owners_of_actions(tmp_path: Path):
    path = tmp_path / "log.txt"
    path.write_text(LOG, encoding="utf-8")
    pack = load_pack(path)
    assert _people(pack) == {
        ("Tariq Bashir", "Head of Quality, ESP", "officer"),
        ("Nia Owusu", "Named GP for Safeguarding", "officer"),
        ("Grace Holloway", "Partnership Manager", "officer"),
    }
    actions = [a for d in pack.documents for a in d.actions]
    assert [(a.owner, [p.name for p in a.leads]) for a in actions] == [
        ("TB/NO", ["Tariq Bashir", "Nia Owusu"]), ("HW", ["HW"])]         # the key gives HW a post, no name
    assert [(p.span.start, p.role) for p in actions[0].leads] == [(9, None), (9, None)]
