"""Priorities and actions in plans, action logs and trackers, read by layout readers.

One module per layout family, all keeping the contract of :mod:`.layout`:

- :mod:`.rows`: action tables printed a row a line (pipe, markdown, tab-separated; HTML and Word tables);
- :mod:`.aligned`: action tables printed in columns aligned with spaces;
- :mod:`.glued`: action logs whose cells a PDF extraction ran together, rows numbered;
- :mod:`.cell_lines`: action tables flattened one cell per line;
- :mod:`.bullets`: "What we will do" bullets closing with "(owner, by date)";
- :mod:`.milestones`: the running text of strategy action plans (numbered milestones under
  objectives and priorities, plan-on-a-page statements, strands and themes).

Every block of a paper that opens with an action table's header or a heading over a list of actions
is read by the block reader that fits it best; the milestones reader reads what the block readers did
not explain. The priorities a paper lists in prose are added last (:mod:`.priorities`).
"""
from __future__ import annotations

from kg.loaders.plans import aligned, bullets, cell_lines, glued, rows
from kg.loaders.plans.layout import LayoutReader, PlanReading
from kg.loaders.plans.leads import lead_agencies, lead_names
from kg.loaders.plans.milestones import PRIORITY_HEADING, read_milestones
from kg.loaders.plans.priorities import with_listed_priorities
from kg.model import Action, Line, Priority, SourceText

__all__ = ["PRIORITY_HEADING", "action_table_readings", "actions_of", "lead_agencies", "lead_names", "parse_plan",
           "read_action_tables"]

_TITLE_WORDS = 15
BLOCK_READERS: tuple[LayoutReader, ...] = (rows, aligned, glued, cell_lines, bullets)


def parse_plan(source: SourceText, lines: list[Line]) -> tuple[list[Priority], list[Priority], list[Action]]:
    """Priorities, the objectives under them and the actions under those, in reading order."""
    readings: list[PlanReading] = []
    used: set[int] = set()
    for start, end in _blocks(source, lines):
        reading = _best_reading(source, lines[start:end])
        if reading is not None:
            readings.append(reading)
            used |= reading.used
    rest = [Line("", line.start, line.end, line.page) if line.start in used else line for line in lines]
    readings.append(read_milestones(source, rest))
    by_line = lambda found: sorted(found, key=lambda thing: thing.span.start)
    priorities = by_line(p for r in readings for p in r.priorities)
    objectives = by_line(o for r in readings for o in r.objectives)
    actions = by_line(a for r in readings for a in r.actions)
    return with_listed_priorities(source, lines, priorities, objectives), objectives, actions


def read_action_tables(source: SourceText, lines: list[Line]) -> list[Action]:
    """The actions of the action tables and action lists among ``lines`` (minutes carry action logs
    too), without reading running text as a plan."""
    return actions_of(action_table_readings(source, lines))


def action_table_readings(source: SourceText, lines: list[Line]) -> list[PlanReading]:
    """What the block readers found in each action table or action list among ``lines``, in order."""
    return [r for start, end in _blocks(source, lines) if (r := _best_reading(source, lines[start:end]))]


def actions_of(readings: list[PlanReading]) -> list[Action]:
    """The readings' actions in the order they are printed."""
    return sorted((a for r in readings for a in r.actions), key=lambda action: action.span.start)


def _blocks(source: SourceText, lines: list[Line]) -> list[tuple[int, int]]:
    """Index ranges that open with an action table's header (a row of names, or a name a line) or a
    heading over a list of actions, each running to the next such opening; a title printed right
    above a header ("Actions from the meeting held on ...") opens the header's block, not the end of
    the block before."""
    starts = []
    index = 0
    while index < len(lines):
        if any(reader.header_at(source, lines, index) for reader in (rows, aligned, glued)) or bullets.heading(lines[index]):
            starts.append(_titled(lines, index, starts))
        elif (header := cell_lines.header_at(source, lines, index)) is not None:
            starts.append(_titled(lines, index, starts))
            index = header[1]
            continue
        index += 1
    return list(zip(starts, [*starts[1:], len(lines)]))


def _titled(lines: list[Line], index: int, starts: list[int]) -> int:
    above = index - 1
    title = above >= 0 and lines[above].text.strip() and "\t" not in lines[above].text \
        and len(lines[above].text.split()) <= _TITLE_WORDS and (not starts or above > starts[-1])
    return above if title else index


def _best_reading(source: SourceText, block: list[Line]) -> PlanReading | None:
    """The reading of the block reader whose layout explains most of the block's lines, if it finds actions."""
    best = max(BLOCK_READERS, key=lambda reader: reader.fit(source, block))
    reading = best.read(source, block)
    return reading if reading.actions else None
