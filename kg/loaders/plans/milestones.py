"""The milestone layouts of strategy action plans: numbered milestones under objectives and priorities.

Plans arrive as flattened tables, read here by layout rather than by wording:

- tab-separated rows under a header row whose cells name the columns ("ACTION", "DELIVERY
  MILESTONES", "Update June 2014", "LEAD/S", "Status", "By when"): each row's cells are read by
  column; a milestones cell holds one numbered milestone or a bulleted list of them; a row whose
  action/milestone cells are empty continues the row above (a cell cut by a page break);
- one cell per line (no tabs): numbered milestones, bullet updates under an "Update <Month Year>"
  column header repeated on every page, and lead names on short lines of their own;
- numbered statements with the lead agencies in brackets on the next line ("plan on a page"),
  grouped under strands: a short heading with its lower-case description on the next line
  ("Prevent" / "making it more difficult to exploit children").

In both table layouts a lead printed once for a group of rows is inherited by the rows of the same
objective that print none, and those actions are marked ``lead_uncertain``. Objectives ("(vii) We
will ...") are kept apart from the priorities they sit under and numbered under them ("1.vii"), so
a milestone can be traced from the plan's priority through its objective down to its dated updates.
This reader reads what is left of a paper once the other layout readers have taken their blocks.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from kg.loaders import vocabulary
from kg.loaders.plans.cells import MONTH, clean_cell, rag_status
from kg.loaders.plans.layout import PlanReading
from kg.loaders.plans.leads import lead_agencies, lead_names
from kg.loaders.plans.measures import measures_in
from kg.model import (
    Action,
    Line,
    OrganisationMention,
    PersonMention,
    Priority,
    SourceText,
    Span,
    Update,
)

PRIORITY_HEADING = re.compile(r"^\s*\**\s*(?:PRIORITY|KEY\s+AREA)\s*(?:NO\.?)?\s*[:.\-]?\s*(\d{1,2})(?![\d.])\s*[:.\-–]?\s*\**\s*(.*)$", re.I)
_OBJECTIVE = re.compile(r"^\(([ivx]{1,6}|[a-h])\)\s+(\S.*)$")
_MILESTONE = re.compile(r"^(\d{1,3})\.\s+(\S.{3,})$")
_ACTION_POINT = re.compile(r"^action\s+point\s*(\d{1,3}(?:\.\w{1,3})?)\s*[:.\-–]\s*(\S.{3,})$", re.I)
# An action coded under a recommendation or action point of a review: "2.5 A.1 All Pharmacists ...", "3.2 C RDaSH to ..."
_CODED_ACTION = re.compile(r"^((\d{1,2}\.\d{1,2})\s?[A-Z](?:\.\d{1,2})?)\s+[–-]?\s*(\S.{3,})$")
_CODE_PARENT = "^(?:recommendation|action\\s+point)\\s*{code}\\b"
_CODE_REACH = 80          # lines back from a coded action that its recommendation's heading may be
_BULLET = re.compile(r"^\s*(?:[-•▪◦●‣∙·*❖➢�]|o(?=\s))\s*")
_INLINE_BULLET = re.compile(r"\s*[•▪◦●‣❖➢]\s*")
_STRATEGIC_LEADS = re.compile(r"\bstrategic\s+leads?(?:/s)?\s*:\s*(.+)$", re.I)
_UPDATE_PERIOD = re.compile(rf"\b(?:update|progress)\s*(?:as\s+at\s+|at\s+)?({MONTH}\s+\d{{4}}|q[1-4]\s+\d{{4}}(?:/\d{{2,4}})?)", re.I)
_DUE = re.compile(rf"^(?:by\s+|completed?\s+)?(?:{MONTH}\.?\s*\d{{4}}|\w{{3,4}}\.?\s+\d{{4}}|ongoing|on-going|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|"
                  rf"\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|q[1-4]\s*\d{{2,4}}(?:/\d{{2,4}})?|(?:19|20)\d\d(?:/\d{{2,4}})?)$", re.I)
_THEME = re.compile(r"^(?:(?P<kind>cross-cutting|overarching)\s+theme|theme\s*(?P<number>\d{1,2}))\b\s*[-–:]?\s*(?P<text>\S.{3,})$", re.I)
_CHAMPION = re.compile(r"\b(?:board\s+champion|theme\s+lead|champion)\s*:\s*(.+)$", re.I)
_ROW_END = re.compile(rf"^(?P<due>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\s+\d{{4}}|ongoing|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|"
                      rf"(?:end of\s+)?q[1-4](?:\s+\d{{4}}(?:/\d{{2,4}})?)?)?\s*(?P<status>\b(?:red|amber|green|blue|[RAGB]))?$", re.I)
# A short cell run ending in a RAG rating printed in capitals: the due date and agency cells flattened before it
_CLOSING_STATUS = re.compile(r"^(?P<rest>(?:\S+\s+){0,5}?)(?P<status>RED|AMBER|GREEN|BLUE)$")
_MAX_CELLS = 30           # a milestone's row never runs to more cells than this: the table has ended
_FIGURE = re.compile(r"^(?:[£]?\d[\d,.]*\s*%?\**(?:\s+\d[\d,.]*\s*%)?|n/a|-)$", re.I)
_STRAND_HEADING = re.compile(r"[A-Z][\w’'&-]*(?: [\w’'&-]+){0,3}")


@dataclass
class _Column:
    role: str          # objective | milestone | update | lead | status | due | partners | links | measure
    period: str | None = None


_COLUMN_ROLES = [
    ("update", re.compile(r"\bupdate|\bprogress\b|\bcomments?\b", re.I)),
    ("milestone", re.compile(r"milestone|what needs to be done|\btasks?\b|activit|deliverable", re.I)),
    ("lead", re.compile(r"\blead|\bowner|responsib|who might|\bwho\b|accountable", re.I)),
    ("status", re.compile(r"\bstatus\b|\b(?:b?rag)\b", re.I)),
    ("due", re.compile(r"\bdue\b|timescale|deadline|by when|when might|target date|completion date", re.I)),
    ("partners", re.compile(r"\bpartners?\b", re.I)),
    ("links", re.compile(r"key links|\blinks\b", re.I)),
    ("measure", re.compile(r"measure|indicator|how will we know|evidence", re.I)),
    ("objective", re.compile(r"^\W*(?:actions?|objectives?|outcomes?|priority)\W*$", re.I)),
]


@dataclass
class _State:
    """What the rows read so far say about the rows still to come."""

    priorities: list[Priority] = field(default_factory=list)
    objectives: list[Priority] = field(default_factory=list)     # "(vii) We will ..." under a priority
    actions: list[Action] = field(default_factory=list)
    priority: str | None = None
    objective: str | None = None
    columns: list[_Column] | None = None
    period: str | None = None
    group_start: int = 0          # index in ``actions`` where the current lead group starts
    rows_end_with_due: bool = False   # unnumbered rows, each closed by its "By when"/"RAG" cells
    pending: list[Line] = field(default_factory=list)
    lead_printed: set[int] = field(default_factory=set)   # actions whose row prints a lead naming only a role
    heading_lead: tuple[list[PersonMention], list[OrganisationMention]] | None = None   # beside a group heading

    @property
    def parent(self) -> str | None:
        return self.objective or self.priority


def read_milestones(source: SourceText, lines: list[Line]) -> PlanReading:
    """Priorities, the objectives under them and the actions under those, in reading order."""
    state = _State()
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text.strip()
        index += 1
        if not text:
            continue
        cells = _cells(source, line)
        if _header(cells, state):
            continue
        if _priority_heading(source, lines, index - 1, cells, state):
            continue
        if len(cells) > 1 and any(cells[1:]):
            if not _data_table_row(source, lines, index - 1, cells):
                _tab_row(source, line, cells, state)
            continue
        if state.columns and len(cells) > 1:
            continue
        if _STRATEGIC_LEADS.search(text) and _heading_lost(state):
            _unprinted_priority(source, lines, index - 1, state)
            continue
        theme = _THEME.match(clean_cell(text))
        if theme:
            _theme(source, lines, index - 1, theme, state)
            continue
        if state.rows_end_with_due and not _MILESTONE.match(text):
            _unnumbered_row_line(source, line, state)
            continue
        if not state.columns and _strand(lines, index - 1):
            index = _start_strand(source, lines, index - 1, state)
            continue
        objective = _OBJECTIVE.match(text)
        if objective and state.priority and _is_statement(objective.group(2)) and state.columns:
            index = _flattened_row(source, lines, index - 1, state)
            continue
        if objective and state.priority and _is_statement(objective.group(2)):
            index = _objective_lines(source, lines, index - 1, objective, state)
            continue
        milestone = _MILESTONE.match(text)
        if milestone and (state.priority or _bracketed_agencies(lines, index)) and _next_number(milestone.group(1), state) \
                or _ACTION_POINT.match(text) or _coded_action(lines, index - 1):
            index = _milestone_lines(source, lines, index - 1, state)
    _close_group(state)
    return PlanReading(state.priorities, state.objectives, state.actions)


# ---------------------------------------------------------------- shared pieces

def _cells(source: SourceText, line: Line) -> list[str]:
    """Cells of a tab-separated row, read from the original line so leading empty cells keep their place."""
    raw = source.raw_lines[line.start - 1] if line.start == line.end and 0 < line.start <= len(source.raw_lines) else line.text
    text = raw if "\t" in raw else line.text
    return [clean_cell(c) for c in _without_repeated_table(text.rstrip("\n").split("\t"))]


def _without_repeated_table(cells: list[str]) -> list[str]:
    """An HTML table inside a cell that the extraction printed again as cells of the row (Q1, Q2,
    2011/12, 21.2, ...): the repeat is dropped so the row's later cells stay in their columns."""
    key = lambda text: re.sub(r"\s+", "", clean_cell(text))        # "1st" printed once as "1 st"
    for position, cell in enumerate(cells):
        values = [key(v) for v in re.findall(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", cell, re.S)]
        repeat = cells[position + 1:position + 1 + len(values)]
        if values and [key(c) for c in repeat] == values:
            return cells[:position + 1] + cells[position + 1 + len(values):]
    return cells


def _is_statement(text: str) -> bool:
    return bool(re.match(r"(?:we|to)\b", text, re.I)) or (text[:1].isupper() and len(text.split()) >= 4)


def _next_number(number: str, state: _State) -> bool:
    """Numbered milestones run in sequence; a number far from the last one is page text, not a milestone."""
    numbered = [a for a in state.actions if a.number and a.number.isdigit()]
    if not numbered:
        return int(number) <= 5
    last = int(numbered[-1].number)
    return int(number) == 1 or last < int(number) <= last + 5


def _header(cells: list[str], state: _State) -> bool:
    """A header row names at least two known columns, one of them the milestones or their lead."""
    joined = " ".join(cells)
    if len(joined) > 200:
        return False
    pieces = [c for c in cells if c] if len([c for c in cells if c]) > 1 else _glued_header(joined)
    roles = [_column(c) for c in pieces]
    known = {c.role for c in roles if c}
    if len(known) < 2 or not known & {"milestone", "lead", "update"} or any(r is None for r in roles):
        return False
    period = next((c.period for c in roles if c and c.period), None)
    state.period = period or state.period
    state.columns = [c for c in roles if c] if "\t" in "\t".join(cells[:2]) or len(pieces) == len(cells) else None
    glued_roles = {c.role for c in roles if c} if state.columns is None else set()
    state.rows_end_with_due = bool(glued_roles & {"due", "status"}) and "update" not in glued_roles
    state.pending = []
    if state.columns and "milestone" not in {c.role for c in state.columns}:
        for column in state.columns:
            if column.role == "objective":
                column.role = "milestone"
    return True


def _glued_header(text: str) -> list[str]:
    """"ACTION DELIVERY MILESTONES Update December 2013 LEAD/S": a header row flattened to one line."""
    pattern = re.compile(rf"(ACTIONS?|KEY LINKS|DELIVERY MILESTONES|MILESTONES|Update\s+{MONTH}\s+\d{{4}}|LEAD/S|LEADS?|"
                         r"STATUS|B?RAG|TIMESCALES?|BY WHEN|DUE DATE|DEADLINE|PARTNERS|(?:THEMES AND )?ACTIVITIES|"
                         r"WHO WILL DO IT|OWNER|PROGRESS)", re.I)
    pieces = pattern.findall(text)
    return pieces if pieces and len(pattern.sub("", text).strip(" /")) == 0 else [text]


def _column(cell: str) -> _Column | None:
    if len(cell) > 60:
        return None
    for role, pattern in _COLUMN_ROLES:
        if pattern.search(cell):
            period = _UPDATE_PERIOD.search(cell)
            return _Column(role, period.group(1).title() if period else None)
    return None


def _priority_heading(source: SourceText, lines: list[Line], index: int, cells: list[str], state: _State) -> bool:
    """"PRIORITY: 1", "PRIORITY 1 :", "PRIORITY: 2**We will...**": the text may follow on the next line."""
    joined = " ".join(c for c in cells if c)
    heading = PRIORITY_HEADING.match(joined)
    if not heading or re.match(r"delivery milestone", heading.group(2), re.I):
        return False
    number, rest = heading.group(1), heading.group(2).strip(" *:-–")
    line = lines[index]
    end = line
    if not rest:
        following = next((l for l in lines[index + 1:index + 4] if l.text.strip()), None)
        if following is not None and not _header([clean_cell(c) for c in following.text.split("\t")], _State()):
            rest, end = clean_cell(following.text), following
    leads_text = _STRATEGIC_LEADS.search(rest)
    if not leads_text:
        leads_line = next((l for l in lines[index + 1:index + 5] if _STRATEGIC_LEADS.search(l.text)), None)
        if leads_line is not None:
            leads_text = _STRATEGIC_LEADS.search(_continued(lines, lines.index(leads_line)))
    rest = _STRATEGIC_LEADS.sub("", rest).strip(" -–")
    span = source.span(line.start, end.end)
    leads = lead_names(leads_text.group(1), span) if leads_text else []
    _close_group(state)
    state.priorities = [p for p in state.priorities if p.number != number]
    state.priorities.append(Priority(number, rest, span, leads))
    state.priority, state.objective = number, None
    state.group_start = len(state.actions)
    return True


def _heading_lost(state: _State) -> bool:
    """A "Strategic Lead:" line after the current priority's milestones opens the next priority
    whose "PRIORITY: n" heading the extraction lost."""
    return bool(state.priority and state.priority.isdigit() and any(
        a.priority and a.priority.split(".")[0] == state.priority for a in state.actions))


def _unprinted_priority(source: SourceText, lines: list[Line], index: int, state: _State) -> None:
    """Number it after the previous priority; take its wording from the plan's overview ("6: We will ...")."""
    number = str(int(state.priority) + 1)
    overview = re.compile(rf"^{number}\s*[:.]\s+((?:we will|to)\b.+?)(?:\s+strategic leads?.*)?$", re.I)
    text = next((m.group(1) for i, l in enumerate(lines) if overview.match(clean_cell(l.text))
                 and (m := overview.match(clean_cell(_continued(lines, i))))), "")
    line = lines[index]
    span = source.span(line.start, line.end)
    leads = lead_names(_STRATEGIC_LEADS.search(_continued(lines, index)).group(1), span)
    _close_group(state)
    state.priorities.append(Priority(number, text, span, leads))
    state.priority, state.objective = number, None
    state.group_start = len(state.actions)


def _continued(lines: list[Line], index: int) -> str:
    """A line and the lines wrapped under it, up to the next blank line."""
    parts = []
    for line in lines[index:index + 4]:
        if not line.text.strip():
            break
        parts.append(line.text.strip())
    return " ".join(parts)


def _new_action(state: _State, number: str | None, text: str, span: Span, leads: list[PersonMention],
                agencies: list[OrganisationMention] | None = None) -> Action:
    action = Action(number, text, span, priority=state.parent, leads=list(leads), lead_organisations=list(agencies or []))
    state.actions.append(action)
    return action


def _close_group(state: _State) -> None:
    """Rows of a group that print no lead take the group's lead, uncertainly: the nearest lead printed
    above them in the group, else the lead printed beside the group's heading, else the nearest
    below. A lead cell naming only a role ("IYSS Managers") governs the rows under it too: they
    inherit no one."""
    group = state.actions[state.group_start:]
    printed = lambda a: (a.leads or a.lead_organisations) and not a.lead_uncertain or id(a) in state.lead_printed
    for position, action in enumerate(group):
        if action.leads or action.lead_organisations or id(action) in state.lead_printed:
            continue
        above = next((a for a in reversed(group[:position]) if printed(a)), None)
        below = next((a for a in group[position + 1:] if printed(a)), None)
        donor = (above.leads, above.lead_organisations) if above else state.heading_lead or \
            ((below.leads, below.lead_organisations) if below else ([], []))
        if donor[0] or donor[1]:
            action.leads, action.lead_organisations = list(donor[0]), list(donor[1])
            action.lead_uncertain = True
    state.group_start = len(state.actions)
    state.heading_lead = None


def _continue_objective(state: _State, text: str, span: Span) -> None:
    """An actions cell opening in lower case under a repeated header: the current objective's
    wording, cut by a page break ("... chances of securing or" / "retaining employment")."""
    current = next((p for p in reversed(state.objectives + state.priorities) if p.number == state.objective), None)
    if current is not None:
        current.text = f"{current.text} {text}"
        current.span = Span(span.source, current.span.start, span.end, current.span.page)


def _start_objective(source: SourceText, state: _State, marker: str, text: str, span: Span) -> None:
    """An objective under the current priority; with no priority heading above it, it is one of the
    plan's own priorities, numbered by its marker."""
    _close_group(state)
    if state.priority:
        objective = Priority(f"{state.priority}.{marker}", text, span)
        state.objectives.append(objective)
    else:
        objective = Priority(marker, text, span)
        state.priorities.append(objective)
    state.objective = objective.number


# ---------------------------------------------------------------- tab-separated rows

def _tab_row(source: SourceText, line: Line, cells: list[str], state: _State) -> None:
    span = source.span(line.start, line.end)
    roles = _row_roles(cells, state)
    objective_text = roles.get("objective", "")
    objective = _OBJECTIVE.match(objective_text)
    if objective:
        _start_objective(source, state, objective.group(1), objective.group(2), span)
    elif objective_text[:1].islower():
        _continue_objective(state, objective_text, span)
    milestones = _split_milestones(roles.get("milestone", ""))
    if milestones and not objective and milestones[0][1][:1].islower() and milestones[0][0] is None and state.actions:
        last = state.actions[-1]
        last.text = f"{last.text} {roles.pop('milestone')}"     # the milestone cell was cut by a page break
        milestones = []
    lead_text = roles.get("lead", "")
    leads = lead_names(lead_text, span) if lead_text else []
    agencies = lead_agencies(lead_text, span) if lead_text else []
    heading = milestones[0][1] if len(milestones) == 1 and milestones[0][0] is None else \
        objective_text if not milestones and not objective else ""
    if heading and _group_heading(heading, state):
        _close_group(state)
        state.heading_lead = (leads, agencies) if lead_text else None
        return
    if not milestones and not objective:
        _continue_row(state, roles, leads, span)
        return
    if not milestones and objective and lead_text:
        milestones = [(None, objective.group(2))]
    created = [_new_action(state, number, text, span, leads, agencies) for number, text in milestones]
    if lead_text:
        state.lead_printed.update(id(action) for action in created)
    update_text = roles.get("update", "")
    for action in created:
        if update_text:
            action.updates = [Update(update_text, span, _column_period(state))]
        action.status = rag_status(roles.get("status", "")) or None
        due = roles.get("due", "")
        action.due = due or _due_in(action.text)
        partners = roles.get("partners", "")
        action.partners = [OrganisationMention(p, span) for p in re.split(r"\s*[/,;]\s*", partners) if len(p) > 1]
        action.measures = measures_in(action.text, [(action.text, span), (update_text, span)], source)


def _group_heading(text: str, state: _State) -> bool:
    """"Care Leavers" in the milestones (or actions) column of a table that numbers its milestones: a
    heading over the group of milestones below it, not a milestone."""
    words = text.split()
    return any(a.number for a in state.actions) and 1 <= len(words) <= 4 and not re.search(r"[\d.:;]", text) \
        and words[0][:1].isupper() and all(w[:1].isupper() or w in ("and", "of", "&", "for", "the") for w in words)


def _figures(cells: list[str]) -> bool:
    """Most of the row's cells are figures: a data table printed inside a plan's cell ("2011/12 21.2 20.9")."""
    filled = [c for c in cells if c]
    return len(filled) >= 3 and 2 * sum(bool(_FIGURE.match(c)) for c in filled) > len(filled)


def _data_table_row(source: SourceText, lines: list[Line], index: int, cells: list[str]) -> bool:
    """A row of figures, or the header row right above one; a row that numbers a milestone or an
    objective is the plan's own, whatever figures its cells hold."""
    if any(_MILESTONE.match(c) or _OBJECTIVE.match(c) for c in cells):
        return False
    following = next((l for l in lines[index + 1:index + 3] if l.text.strip()), None)
    return _figures(cells) or following is not None and _figures(_cells(source, following)) and len([c for c in cells if c]) >= 3


def _row_roles(cells: list[str], state: _State) -> dict[str, str]:
    """Cells by column role; without a header, roles are guessed from each cell's content."""
    if state.columns:
        roles: dict[str, str] = {}
        for column, cell in zip(state.columns, cells):
            if cell:
                roles[column.role] = f"{roles.get(column.role, '')} {cell}".strip()
        overflow = [c for c in cells[len(state.columns):] if c]
        for cell in overflow:
            role = "status" if rag_status(cell) else "due" if _DUE.match(cell) else None
            if role:
                roles.setdefault(role, cell)
        return roles
    roles = {}
    first = cells[0]
    if _OBJECTIVE.match(first):
        roles["objective"] = first
    elif _MILESTONE.match(first):
        roles["milestone"] = first
    elif first:
        return {}          # an unnumbered first cell with no header to say what it is
    for cell in cells[1:]:
        if not cell:
            continue
        if _MILESTONE.match(cell) and "milestone" not in roles:
            roles["milestone"] = cell
        elif rag_status(cell):
            roles.setdefault("status", cell)
        elif _DUE.match(cell):
            roles.setdefault("due", cell)
        elif len(cell.split()) <= 8 and lead_names(cell, Span("", 0, 0)) or \
                "update" in roles and len(cell.split()) <= 5 and cell[:1].isupper() and not cell.endswith("."):
            roles.setdefault("lead", cell)
        elif "milestone" in roles:
            roles.setdefault("update", cell)
    return roles


def _column_period(state: _State) -> str | None:
    return next((c.period for c in state.columns or [] if c.role == "update" and c.period), state.period)


def _split_milestones(cell: str) -> list[tuple[str | None, str]]:
    """One numbered milestone, or a bulleted list of them, or one unbulleted statement."""
    cell = cell.strip(" •▪")
    if not cell:
        return []
    numbered = _MILESTONE.match(cell)
    if numbered:
        return _numbered_run(cell)
    items = [i.strip() for i in _INLINE_BULLET.split(cell) if len(i.strip()) > 3]
    if len(items) == 1:
        items = _split_run_on(items[0])
    return [(None, item) for item in items]


def _numbered_run(cell: str) -> list[tuple[str | None, str]]:
    """"15. Fall in ... 16. Higher percentage ...": consecutive numbers inside one cell are separate milestones."""
    run = [re.match(r"(\d{1,3})\.\s+", cell)]
    for mark in re.finditer(r"(?<=\s)(\d{1,3})\.\s+(?=[A-Z])", cell):
        if int(mark.group(1)) == int(run[-1].group(1)) + 1:
            run.append(mark)
    ends = [m.start() for m in run[1:]] + [len(cell)]
    return [(m.group(1), cell[m.end():end].strip()) for m, end in zip(run, ends)]


def _split_run_on(text: str) -> list[str]:
    """List items whose bullets were lost: a new item starts where a lower-case word, a closing
    bracket or a year is followed by a capitalised word that is itself followed by a lower-case word
    ("... promote service Increased uptake of ...", "... Review September 2013 Support the ...")."""
    words = text.split()
    items: list[list[str]] = [[]]
    for position, word in enumerate(words):
        if items[-1] and _item_starts(words, position):
            items.append([])
        items[-1].append(word)
    return [" ".join(item) for item in items if item]


def _item_starts(words: list[str], position: int) -> bool:
    """Whether a new list item starts at ``position``; never inside a capitalised name ("NHS England
    Area Team to ensure" and "Health and Education Review" run on as one name)."""
    before, word, after = words[position - 1], words[position], words[position + 1:position + 3]
    if not re.fullmatch(r"[A-Z][a-z]+", word) or not after or not after[0][:1].islower():
        return False
    if after[0] in ("and", "of", "&") and len(after) > 1 and after[1][:1].isupper():
        return False
    return bool(re.search(r"[a-z)]$|\.$|\b(?:19|20)\d\d$", before)) and not (before[:1].isupper() and before[-1:].isalpha())


def _due_in(text: str) -> str | None:
    match = re.search(rf"\((?:by\s+)?({MONTH}\s+\d{{4}})\)|\bby\s+({MONTH}\s+\d{{4}})", text, re.I)
    return (match.group(1) or match.group(2)) if match else None


def _flattened_row(source: SourceText, lines: list[Line], index: int, state: _State) -> int:
    """A table row printed one cell per paragraph under a tab-separated header: the objective, then
    one paragraph (or list) per column in the header's order; list lines stay items of one cell."""
    cells: list[list[str]] = []
    end = index
    for position in range(index, len(lines)):
        line = lines[position]
        text = line.text.strip()
        if not text:
            if cells and cells[-1]:
                cells.append([])
            continue
        if position > index and ("\t" in line.text or _OBJECTIVE.match(text) or PRIORITY_HEADING.match(text)
                                 or _header_text(text)) or len(cells) > len(state.columns or []):
            break
        if not cells:
            cells.append([])
        cells[-1].append(_BULLET.sub("• ", text) if _BULLET.match(text) else text)
        end = position
    texts = [" ".join(cell) for cell in cells if cell]
    row = Line("\t".join(texts), lines[index].start, lines[end].end)
    _tab_row(source, row, [clean_cell(t) for t in texts], state)
    return end + 1


def _continue_row(state: _State, roles: dict[str, str], leads: list[PersonMention], span: Span) -> None:
    """A row with no milestone continues the row above: its update or lead cell was cut by a page break."""
    if not state.actions:
        return
    row = [a for a in state.actions if a.span.start == state.actions[-1].span.start]
    for action in row:
        if roles.get("update"):
            if action.updates:
                last = action.updates[-1]
                action.updates[-1] = Update(f"{last.text} {roles['update']}", Span(span.source, last.span.start, span.end, last.span.page), last.period)
            else:
                action.updates.append(Update(roles["update"], span, _column_period(state)))
        for person in leads:
            if all(p.name != person.name for p in action.leads):
                action.leads.append(person)
        action.span = Span(span.source, action.span.start, span.end, action.span.page)


# ---------------------------------------------------------------- unnumbered rows closed by their due date

def _theme(source: SourceText, lines: list[Line], index: int, match: re.Match, state: _State) -> None:
    """"Theme 1 a vibrant borough ...", "Cross-cutting theme - ...": a plan's strands, with their
    "Board champion:" as the lead."""
    number = match.group("number") or match.group("kind").lower()
    span = source.span(lines[index].start, lines[index].end)
    champion = next((_CHAMPION.search(clean_cell(l.text)) for l in lines[index + 1:index + 12] if _CHAMPION.search(l.text)), None)
    _close_group(state)
    state.priorities.append(Priority(number, match.group("text").strip(" -–:"), span,
                                     lead_names(champion.group(1), span) if champion else []))
    state.priority, state.objective, state.pending = number, None, []
    state.group_start = len(state.actions)


def _strand(lines: list[Line], index: int) -> bool:
    """A strand heading: one to four capitalised words, the next line a lower-case phrase that
    describes it, and the strand's statements numbered from 1 below."""
    if index + 1 >= len(lines) or not _STRAND_HEADING.fullmatch(clean_cell(lines[index].text)):
        return False
    description = clean_cell(lines[index + 1].text)
    first = next((clean_cell(l.text) for l in lines[index + 2:index + 6] if l.text.strip()), "")
    return (lines[index + 1].start == lines[index].end + 1 and description[:1].islower()
            and len(description.split()) <= 15 and not description.endswith(".") and first.startswith("1. "))


def _start_strand(source: SourceText, lines: list[Line], index: int, state: _State) -> int:
    """The strand is a priority named (and numbered) by its heading, described by the line below."""
    heading, description = clean_cell(lines[index].text), clean_cell(lines[index + 1].text)
    _close_group(state)
    state.priorities.append(Priority(heading, f"{heading} - {description}",
                                     source.span(lines[index].start, lines[index + 1].end)))
    state.priority, state.objective, state.pending = heading, None, []
    state.group_start = len(state.actions)
    return index + 2


def _unnumbered_row_line(source: SourceText, line: Line, state: _State) -> None:
    """Collect a row's lines until its closing "August 2018 A" (due date and/or RAG) line; then the
    paragraph before the row's lead lines is the activity."""
    text = clean_cell(line.text)
    end = _ROW_END.match(text)
    if not end or not (end.group("due") or end.group("status")):
        state.pending.append(line)
        if state.pending[-1].end - state.pending[0].start > 60:
            state.rows_end_with_due, state.pending = False, []     # no row end in sight: the table is over
        return
    blocks: list[list[Line]] = []
    for pending in state.pending:
        if not blocks or blocks[-1][-1].end + 1 < pending.start:
            blocks.append([])        # a blank line lies between: a new cell
        blocks[-1].append(pending)
    due = end.group("due")
    if not due and len(blocks) > 1 and _due_phrase(_block_text(blocks[-1])):
        due = _block_text(blocks.pop())
    lead_blocks = []
    while blocks and _lead_like(blocks[-1]) and len(blocks) > 1:
        lead_blocks.insert(0, blocks.pop())
    state.pending = []
    if not blocks:
        return
    activity = blocks[-1]
    lead_text = " ".join(_block_text(b) for b in lead_blocks)
    lead_span = source.span(lead_blocks[0][0].start, lead_blocks[-1][-1].end) if lead_blocks else None
    action = _new_action(state, None, _block_text(activity), source.span(activity[0].start, line.end),
                         lead_names(lead_text, lead_span) if lead_span else [],
                         lead_agencies(lead_text, lead_span) if lead_span else [])
    action.due = due
    action.status = rag_status(end.group("status") or "")


def _due_phrase(text: str) -> bool:
    """A "By when" cell in words: "Week commencing 2nd April", "During summer holidays", "TBC"."""
    return len(text.split()) <= 6 and bool(re.search(
        rf"{MONTH}|\b(?:19|20)\d\d\b|\b(?:week|tbc|holidays?|ongoing|when|from|during|by|end of|q[1-4])\b", text, re.I))


# ---------------------------------------------------------------- one cell per line

def _blocks(lines: list[Line], index: int) -> Iterator[list[Line]]:
    """Paragraph blocks from ``index`` on, read lazily; a bullet or a numbered line also starts a block."""
    current: list[Line] = []
    for position in range(index, len(lines)):
        line = lines[position]
        text = line.text.strip()
        if not text:
            if current:
                yield current
                current = []
            continue
        if current and (_BULLET.match(text) or _MILESTONE.match(text) or _OBJECTIVE.match(text) or _header_text(text)
                        or _ACTION_POINT.match(text)
                        or PRIORITY_HEADING.match(text) or _STRATEGIC_LEADS.search(text)
                        or re.match(r"^\(.{2,120}\)$", text)):
            yield current
            current = []
        current.append(line)
    if current:
        yield current


@lru_cache(maxsize=4096)
def _header_text(text: str) -> bool:
    return _header([clean_cell(c) for c in text.split("\t")], _State())


def _block_text(block: list[Line]) -> str:
    return " ".join(clean_cell(l.text) for l in block)


def _objective_lines(source: SourceText, lines: list[Line], index: int, match: re.Match, state: _State) -> int:
    block = next(_blocks(lines, index))
    text = _OBJECTIVE.match(_block_text(block)).group(2)
    _start_objective(source, state, match.group(1), text, source.span(block[0].start, block[-1].end))
    return lines.index(block[-1], index) + 1


def _milestone_lines(source: SourceText, lines: list[Line], index: int, state: _State) -> int:
    """Milestone text, then bullet updates, figures, status, due date and lead names until the next milestone."""
    blocks = _blocks(lines, index)
    head = next(blocks)
    coded = _CODED_ACTION.match(_block_text(head))
    number, text = (coded.group(1), coded.group(3)) if coded and _coded_action(lines, index) else \
        (_ACTION_POINT.match(_block_text(head)) or _MILESTONE.match(_block_text(head))).groups()
    span = source.span(head[0].start, head[-1].end)
    action = _new_action(state, number, text, span, [])
    lead_parts: list[tuple[str, Span]] = []
    end = head[-1]
    for block in islice(blocks, _MAX_CELLS):
        body = _block_text(block)
        first = block[0].text.strip()
        at = lines.index(block[0], index)
        milestone = _MILESTONE.match(first)
        if milestone and _next_number(milestone.group(1), state) or _OBJECTIVE.match(first) \
                or PRIORITY_HEADING.match(first) or _STRATEGIC_LEADS.search(first) or _ACTION_POINT.match(first) \
                or _coded_action(lines, at) or _STRAND_HEADING.fullmatch(clean_cell(first)) and _strand(lines, at):
            break
        block_span = source.span(block[0].start, block[-1].end)
        if _header_text(first):
            _header([clean_cell(c) for c in first.split("\t")], state)
            continue
        end = block[-1]
        row_end = _ROW_END.match(body)
        if _header_words(body):
            continue
        if rag_status(body):
            action.status = rag_status(body)
        elif _DUE.match(body):
            action.due = body
        elif row_end and row_end.group("due") and row_end.group("status"):
            action.due, action.status = row_end.group("due"), rag_status(row_end.group("status"))
        elif (closing := _CLOSING_STATUS.match(body)) and not action.status:   # "31 December 2015 TRFT BLUE"
            action.status = rag_status(closing.group("status"))
            action.due = action.due or _due_in(closing.group("rest"))
        elif _BULLET.match(first):
            action.updates.append(Update(_BULLET.sub("", body), block_span, state.period))
        elif _lead_like(block):
            lead_parts.append((body, block_span))
        elif re.match(r"^\(.*\)$", body) and not action.updates:
            action.lead_organisations = lead_agencies(body, block_span)
        elif action.updates and body[:1].islower():
            last = action.updates[-1]
            action.updates[-1] = Update(f"{last.text} {body}", source.span(last.span.start, block[-1].end), last.period)
        else:
            action.updates.append(Update(body, block_span, state.period))
    if lead_parts:
        lead_span = source.span(lead_parts[0][1].start, lead_parts[-1][1].end)
        lead_text = " ".join(t for t, _ in lead_parts)
        action.leads = lead_names(lead_text, lead_span)
        action.lead_organisations = lead_agencies(lead_text, lead_span)
    action.span = source.span(head[0].start, end.end)
    action.due = action.due or _due_in(action.text)
    action.measures = measures_in(action.text, [(action.text, span)] + [(u.text, u.span) for u in action.updates], source)
    return lines.index(end, index) + 1


def _coded_action(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` opens an action coded under a recommendation or action point printed
    shortly before it ("Recommendation 2.5" ... "2.5 A.1 All Pharmacists ...")."""
    coded = _CODED_ACTION.match(lines[index].text.strip())
    if not coded:
        return False
    parent = re.compile(_CODE_PARENT.format(code=re.escape(coded.group(2))), re.I)
    return any(parent.match(line.text.strip()) for line in lines[max(0, index - _CODE_REACH):index])


def _header_words(text: str) -> bool:
    """A piece of a header row that the extraction spread over several lines ("Key Personnel Date RAG**")."""
    found = re.findall(r"[A-Za-z]+", text)
    return bool(found) and all(w.lower() in vocabulary.words("plan_header_words") for w in found)


def _lead_like(block: list[Line]) -> bool:
    """Short lines, no sentence: the lead cell ("Delivery - RFT", "Strategy - Anne", "Charlesworth")."""
    words = [len(l.text.split()) for l in block]
    text = _block_text(block)
    return max(words) <= 6 and not re.search(r"[.:;]$|\d{2}", text) and (
        bool(lead_names(text, Span("", 0, 0))) or re.match(r"^(?:delivery|strategy|lead)\b", text, re.I) is not None
        or all(w[:1].isupper() for w in text.split() if w.isalpha() and len(w) > 3))


def _bracketed_agencies(lines: list[Line], index: int) -> bool:
    """Plan-on-a-page statements: the lead agencies in brackets on the next line."""
    following = next((l for l in lines[index:index + 2] if l.text.strip()), None)
    return following is not None and re.match(r"^\(.{2,120}\)$", following.text.strip()) is not None