"""What a file became, and what in it was left unread.

``explain`` lists every record the loaders made of a file (meetings, items, decisions, actions, papers,
priorities, recommendations) by the lines it came from, so a user can see how their council's layout was
read (``kg ingest --explain FILE``). ``unread`` compares what the text shows with what was extracted: a
decision label in minutes that no decision covers, a numbered heading in minutes that opens no item. Ingest
warns with those lines, so a layout the rules do not know is noticed instead of silently lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.loaders.resolutions import starts_with_label
from kg.model import Line, ParsedPack, Span

# "12. CHILDREN'S SERVICES BUDGET", "D17. CORPORATE PARENTING REPORT": a numbered heading in capitals
_NUMBERED_HEADING = re.compile(r"^(?!(?:19|20)\d\d\b)[A-Z]{0,3}\d{1,4}[a-z]?[.)]?\s+[A-Z][A-Z0-9 ,'’&()/-]{8,}$")
_SHOWN = 90   # characters of a record's text shown
_LABEL_REACH = 6   # lines below a label its decision may start (blank lines, a lead-in between)


@dataclass(frozen=True)
class Explained:
    """One record the loaders made: its kind, what it says, and the lines it came from."""

    start: int
    end: int
    kind: str
    text: str


def explain(pack: ParsedPack) -> list[Explained]:
    """Every record of ``pack`` with its lines, in the order of the file."""
    out: list[Explained] = []

    def add(span: Span, kind: str, text: str) -> None:
        out.append(Explained(span.start, span.end, kind, " ".join(text.split())[:_SHOWN]))

    for meeting in pack.meetings:
        add(meeting.span, f"{meeting.kind} of a meeting",
            f"{meeting.body}, {meeting.date.isoformat()}" + (f" ({meeting.council})" if meeting.council else ""))
        for item in meeting.items:
            add(item.span, "item", f"{item.number or '(unnumbered)'} {item.title}")
            for resolution in item.resolutions:
                add(resolution.span, f"decision ({resolution.label})", resolution.text)
            for action in item.actions:
                add(action.span, "action", _action_text(action.text, action.owner))
    for document in pack.documents:
        add(document.span, f"paper ({document.type})", document.title)
        for priority in [*document.priorities, *document.objectives]:
            add(priority.span, "priority", f"{priority.number or ''} {priority.text}")
        for action in document.actions:
            add(action.span, "action", _action_text(action.text, action.owner))
        for recommendation in document.recommendations:
            add(recommendation.span, "recommendation", recommendation.text)
    return sorted(out, key=lambda row: (row.start, -row.end))


def unread(pack: ParsedPack) -> list[tuple[str, Line]]:
    """Lines of minutes that look like a decision or an item heading but became neither."""
    decided = [r.span for m in pack.meetings for i in m.items for r in i.resolutions]
    opened = {i.span.start for m in pack.meetings for i in m.items}
    minutes = [m.span for m in pack.meetings if m.kind == "minutes"]
    out: list[tuple[str, Line]] = []
    for line in pack.lines:
        if not line.text or not any(span.start <= line.start <= span.end for span in minutes):
            continue
        text = line.text.strip()
        if starts_with_label(text) and not any(_reads(span, line) for span in decided):
            out.append(("decision labels with no decision read", line))
        elif _NUMBERED_HEADING.match(text) and line.start not in opened:
            out.append(("numbered headings that open no item", line))
    return out


def unread_warnings(pack: ParsedPack) -> list[str]:
    """``unread`` as one warning per kind, with the lines (the first ten)."""
    by_kind: dict[str, list[int]] = {}
    for kind, line in unread(pack):
        by_kind.setdefault(kind, []).append(line.start)
    return [f"unread: {kind} ({len(lines)}) at lines " + ", ".join(map(str, lines[:10]))
            + (" ..." if len(lines) > 10 else "") for kind, lines in by_kind.items()]


def _reads(span: Span, line: Line) -> bool:
    """Whether a decision read from ``span`` is the one a label on ``line`` opens: it covers the label's
    line or starts just below it (a label on a line of its own, the decision parts under it)."""
    return span.start <= line.end and line.start <= span.end or 0 < span.start - line.end <= _LABEL_REACH


def _action_text(text: str, owner: str | None) -> str:
    return f"{text} (owner: {owner})" if owner else text
