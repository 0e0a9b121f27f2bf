"""Priorities and actions in strategies, action plans and progress reports.

Plans arrive as flattened tables. Two layouts are read:

- one cell per line: a priority heading ("PRIORITY: 1", "PRIORITY 2 :"), objectives "(vii) We will
  ...", numbered milestones whose text ends at a blank line, then bullet updates under an "Update
  <Month Year>" column header, performance figures (baseline/target/current), and lead names on
  lines of their own. A lead printed once for a group of milestones is inherited by the following
  milestones of the same objective and marked uncertain;
- tab-separated rows: "N. milestone<TAB>update<TAB>lead names<TAB>status<TAB>due".
"""
from __future__ import annotations

import re

from kg.loaders.people_text import clean_person
from kg.model import Action, Line, Measure, PersonMention, Priority, SourceText, Update

_PRIORITY = re.compile(r"^\s*PRIORITY\s*(?:NO\.?)?\s*[:\-]?\s*(\d{1,2})\s*[:\-]?\s*(.*)$")
_OVERVIEW_PRIORITY = re.compile(r"^(\d)\s*:\s+(We will .{10,})$")
_OBJECTIVE = re.compile(r"^\(([ivx]{1,5}|[a-h])\)\s+(.{3,})$")
_MILESTONE = re.compile(r"^(\d{1,3})\.\s+(\S.{6,})$")
_BULLET = re.compile(r"^(?:-|o|\*)\s+")
_LEADS = re.compile(r"^strategic\s+leads?(?:/s)?\s*:\s*(.+)$", re.I)
_UPDATE_HEADER = re.compile(r"\bupdate\s+((?:january|february|march|april|may|june|july|august|september|october|"
                            r"november|december)\s+\d{4})", re.I)
_STATUS = re.compile(r"^(red|amber|green|blue|r|a|g|b|complete[d]?)$", re.I)
_DUE = re.compile(r"^(?:completed\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|"
                  r"november|december)\s+\d{4}|ongoing|\d{1,2}/\d{2,4}|q[1-4]\s*\d{2,4})$", re.I)
_MEASURE = re.compile(r"\b(baseline|target|current(?:\s+\w+){0,2}?\s+(?:figure|position|value)?)\s*(?:is|of|:|-|–)?\s*"
                      r"([£]?\d[\d,.]*%?)(?:\s*[-–]\s*((?:19|20)\d\d(?:/(?:19|20)?\d\d)?))?", re.I)


def parse_plan(source: SourceText, lines: list[Line]) -> tuple[list[Priority], list[Action]]:
    priorities: list[Priority] = []
    actions: list[Action] = []
    state = _State()
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text.strip()
        index += 1
        if not text:
            continue
        if "\t" in text and _MILESTONE.match(text.split("\t")[0]):
            actions.append(_tab_row(source, line, state))
            continue
        header = _UPDATE_HEADER.search(text)
        if header and len(text) < 120:
            state.period = header.group(1).title()
        heading = _PRIORITY.match(text)
        if heading:
            number, rest = heading.group(1), heading.group(2).strip(" *:")
            if not rest:
                following = next((l for l in lines[index:index + 3] if l.text.strip()), None)
                rest = following.text.strip(" *") if following else ""
            priority = Priority(number, rest, source.span(line.start, line.end))
            priorities = [p for p in priorities if p.number != number] + [priority]
            state.priority, state.objective, state.leads = number, None, []
            continue
        overview = _OVERVIEW_PRIORITY.match(text)
        if overview and not any(p.number == overview.group(1) for p in priorities):
            priorities.append(Priority(overview.group(1), overview.group(2), source.span(line.start, line.end)))
            continue
        leads = _LEADS.match(text)
        if leads and priorities:
            priorities[-1].leads = _names(leads.group(1), source.span(line.start, line.end), "lead")
            continue
        objective = _OBJECTIVE.match(text)
        if objective and state.priority and re.match(r"we will|to\b", objective.group(2), re.I):
            index, priority = _objective(source, lines, index - 1, objective, state.priority)
            priorities.append(priority)
            state.objective, state.leads = priority.number, []
            continue
        milestone = _MILESTONE.match(text)
        if milestone and state.priority:
            index, action = _milestone(source, lines, index - 1, milestone, state)
            actions.append(action)
    return priorities, actions


class _State:
    def __init__(self) -> None:
        self.priority: str | None = None
        self.objective: str | None = None
        self.period: str | None = None
        self.leads: list[PersonMention] = []


def _objective(source: SourceText, lines: list[Line], index: int, match: re.Match, parent: str):
    parts = [match.group(2)]
    start = lines[index]
    end = start
    index += 1
    while index < len(lines):
        text = lines[index].text.strip()
        if not text:
            index += 1
            continue
        if _MILESTONE.match(text) or _OBJECTIVE.match(text) or _PRIORITY.match(text) or _BULLET.match(text):
            break
        parts.append(text)
        end = lines[index]
        index += 1
    text = " ".join(" ".join(parts).split())
    return index, Priority(f"{parent}.{match.group(1)}", text, source.span(start.start, end.end))


def _milestone(source: SourceText, lines: list[Line], index: int, match: re.Match, state: _State):
    """Milestone text up to the first blank line; then updates, figures and lead names."""
    start = lines[index]
    text_parts = [match.group(2)]
    index += 1
    while index < len(lines) and lines[index].text.strip() and not _BULLET.match(lines[index].text.strip()):
        text_parts.append(lines[index].text.strip())
        index += 1
    end = lines[index - 1]
    updates: list[Update] = []
    leads: list[PersonMention] = []
    status = due = None
    while index < len(lines):
        line = lines[index]
        text = line.text.strip()
        if text and (_MILESTONE.match(text) or _OBJECTIVE.match(text) or _PRIORITY.match(text)):
            break
        index += 1
        if not text or _UPDATE_HEADER.search(text):
            continue
        end = line
        if _STATUS.match(text):
            status = text.title()
            continue
        if _DUE.match(text):
            due = text
            continue
        names = _names(text, source.span(line.start, line.end), "lead")
        if names and not _BULLET.match(text) and len(text.split()) <= 6 and "(" not in text:
            leads.extend(names)
            continue
        body = _BULLET.sub("", text)
        if _BULLET.match(text) or not updates:
            updates.append(Update(body, source.span(line.start, line.end), state.period))
        else:
            previous = updates[-1]
            updates[-1] = Update(f"{previous.text} {body}", source.span(previous.span.start, line.end), previous.period)
    uncertain = False
    if leads:
        state.leads = leads
    elif state.leads:
        leads, uncertain = list(state.leads), True
    action = Action(match.group(1), " ".join(" ".join(text_parts).split()), source.span(start.start, end.end),
                    priority=state.objective or state.priority, leads=leads, lead_uncertain=uncertain,
                    due=due, status=status, updates=updates, measures=_measures(source, updates))
    return index, action


def _measures(source: SourceText, updates: list[Update]) -> list[Measure]:
    """Baseline, target and current figures printed in the updates."""
    values: dict[str, tuple[str, str | None]] = {}
    spans = []
    for update in updates:
        for match in _MEASURE.finditer(update.text):
            kind = match.group(1).lower().split()[0]
            values.setdefault(kind, (match.group(2), match.group(3)))
            spans.append(update.span)
    if not values:
        return []
    baseline, target, current = (values.get(k, (None, None)) for k in ("baseline", "target", "current"))
    span = source.span(min(s.start for s in spans), max(s.end for s in spans))
    return [Measure(updates[0].text[:80], span, baseline[0], target[0], current[0], target[1] or baseline[1])]


def _names(text: str, span, capacity: str) -> list[PersonMention]:
    """Person names in a lead cell: "Sue Wilson/Tracy Blakemore", "Chrissy Wright/ Sarah Whittle",
    "Sue Wilson Sara Graham" (two names run together)."""
    people: list[PersonMention] = []
    for part in re.split(r"\s*(?:/|,|;|&|\band\b)\s*", text):
        words = [w for w in part.split() if not (w.isupper() and len(w) > 1)]
        if not words:
            continue
        whole = clean_person(" ".join(words), span, capacity)
        if whole and len(words) <= 3:
            people.append(whole)
            continue
        for i in range(0, len(words) - 1, 2):
            pair = clean_person(" ".join(words[i:i + 2]), span, capacity)
            if pair:
                people.append(pair)
    return people


def _tab_row(source: SourceText, line: Line, state: _State) -> Action:
    cells = [c.strip() for c in line.text.split("\t") if c.strip()]
    number, text = _MILESTONE.match(cells[0]).groups()
    span = source.span(line.start, line.end)
    leads: list[PersonMention] = []
    updates: list[Update] = []
    status = due = None
    for cell in cells[1:]:
        letters = cell.split()
        if all(_STATUS.match(w) or w in ("L", "SR") for w in letters):
            status = status or next((w for w in letters if _STATUS.match(w)), None)
        elif _DUE.match(cell):
            due = cell
        elif len(cell.split()) <= 8 and (names := _names(cell, span, "lead")):
            leads.extend(names)
        else:
            updates.append(Update(_BULLET.sub("", cell), span, state.period))
    return Action(number, text, span, priority=state.objective or state.priority, leads=leads,
                  due=due, status=status, updates=updates[:1], measures=_measures(source, updates))
