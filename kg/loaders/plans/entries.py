"""An action from a table row's cells once each cell's column role is known (shared by the table readers)."""
from __future__ import annotations

import re

from kg.loaders.plans.columns import status_of
from kg.loaders.plans.owners import owners
from kg.model import Action, OrganisationMention, Span, Update

_NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?P<text>\S.*)$")
_DUE_IN_UPDATE = re.compile(r"\b(?:now\s+)?(?:scheduled\s+for|due\s+(?:for|by)|deferred\s+to|moved\s+to)\s+(?P<due>[^.;()]{3,30}?)\s*(?:\(|[.;]|$)", re.I)
_SEPARATOR = re.compile(r"^\s*[–—:;,.-]\s*")
_DUE_WORDS = 6            # a due cell in words ("March meeting", "end of the summer term"), not a note


def action_from_cells(cells: dict[str, str], span: Span, priority: str | None = None) -> Action | None:
    """The action a row's cells (by role) describe; None when the action cell is empty."""
    text = cells.get("action", "").strip()
    if not text:
        return None
    numbered = _NUMBERED.match(text)
    under = _NUMBERED.match(cells.get("objective", ""))
    number = cells.get("ref") or next((m.group("number") for m in (numbered, under) if m), None)
    if numbered:
        text = numbered.group("text")
    text = text.rstrip(" .")
    owner = cells.get("owner", "").strip() or None
    leads, organisations = owners(owner, span) if owner else ([], [])
    action = Action(number, text, span, priority=priority or _priority_of(number), leads=leads,
                    lead_organisations=organisations, owner=owner)
    status_text, update_text = cells.get("status", ""), cells.get("update", "")
    action.status = status_of(status_text) or (status_of(update_text) if not status_text else None)
    due = cells.get("due", "").strip()
    action.due = due if due and len(due.split()) <= _DUE_WORDS else None
    notes = [_after_status(status_text, action.status), _after_status(update_text, None if status_text else action.status)]
    for note in (n for n in notes if n):
        action.updates.append(Update(note, span))
        planned = _DUE_IN_UPDATE.search(note)
        if planned and not action.due:
            action.due = planned.group("due").strip()
    partners = cells.get("partners", "")
    action.partners = [OrganisationMention(p.strip(), span) for p in re.split(r"\s*[;,]\s*", partners)
                       if len(p.strip()) > 1 and p.strip().lower() != "none"]
    return action


def _after_status(text: str, status: str | None) -> str:
    text = " ".join(text.split())
    if status and text.lower().startswith(status.lower()):
        text = _SEPARATOR.sub("", text[len(status):])
    return text.strip()


def _priority_of(number: str | None) -> str | None:
    """"2.3" sits under priority "2"."""
    return number.split(".")[0] if number and "." in number else None
