"""Plain records that loaders produce and the graph builder consumes.

Loaders know nothing about RDF and the graph builder knows nothing about text layout: these
dataclasses are the contract between the two. Every record carries a :class:`Span` so each fact
in the graph can cite the file and the 1-based, inclusive line range it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

MeetingKind = Literal["agenda", "minutes"]
DocumentType = Literal[
    "agenda", "minutes", "strategy", "action_plan", "report", "presentation", "letter",
    "performance_report", "other",
]


@dataclass(frozen=True)
class Span:
    """Where a fact was read: file name and original line range (1-based, inclusive)."""

    source: str
    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True)
class Line:
    """One cleaned logical line and the original physical lines it was built from."""

    text: str
    start: int
    end: int
    page: int | None = None


@dataclass
class SourceText:
    """A file as read from disk: its name, content hash and raw lines (index 0 = line 1)."""

    name: str
    sha256: str
    raw_lines: list[str]
    pages: list[int] | None = None  # page number per raw line, for PDFs

    def span(self, start: int, end: int) -> Span:
        page = self.pages[start - 1] if self.pages and 0 < start <= len(self.pages) else None
        return Span(self.name, start, end, page)


@dataclass
class PersonMention:
    """A person as printed (``"Karen Etheridge, Assistant Director"``), not yet resolved."""

    name: str
    span: Span
    role: str | None = None          # job title or capacity as printed
    organisation: str | None = None
    capacity: str | None = None      # chair | present | apologies | presenter | lead | author | mentioned


@dataclass
class OrganisationMention:
    name: str
    span: Span
    acronym: str | None = None


@dataclass
class MinuteReference:
    """"Further to Minute No. 200 of 20th March, 2013": the target is resolved later, in the graph."""

    text: str
    number: str
    span: Span
    meeting_date: date | None = None


@dataclass
class Resolution:
    """One decision; sub-resolutions "(1)", "(a)" are separate records sharing ``label``."""

    text: str
    span: Span
    label: str = "Resolved"          # Resolved | Agreed | Decision | Recommended | Action | prose
    number: str | None = None        # "(1)", "a)" as printed


@dataclass
class Vote:
    """A recorded vote: the counts and the outcome as printed."""

    span: Span
    votes_for: int | None = None
    against: int | None = None
    abstentions: int | None = None
    outcome: str | None = None            # carried | lost | defeated | fell
    text: str = ""


@dataclass
class Declaration:
    """A declaration of interest: who, what kind ("personal", "non-pecuniary") and which item it concerns."""

    person: PersonMention
    span: Span
    kind: str | None = None
    regarding: str | None = None          # "Item 7", "Minute 139" as printed
    text: str = ""


@dataclass
class Exclusion:
    """The press and public excluded, and the grounds cited ("paragraph 3 of Schedule 12A")."""

    span: Span
    grounds: str | None = None
    text: str = ""


@dataclass
class Item:
    """An agenda item or a minute item (identified by meeting + number as printed)."""

    number: str | None
    title: str
    span: Span
    resolutions: list[Resolution] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    organisations: list[OrganisationMention] = field(default_factory=list)
    references: list[MinuteReference] = field(default_factory=list)
    pages: tuple[int, int] | None = None   # agenda "(Pages a - b)"
    section: str | None = None             # agenda heading such as "For Decision"
    outcome: str | None = None             # narrative outcome ("approved as a correct record")
    text: str = ""                         # the item's body text, cleaned
    actions: list[Action] = field(default_factory=list)   # "Action:" lines and action tables in the minute
    votes: list[Vote] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    exclusion: Exclusion | None = None


@dataclass
class Meeting:
    body: str
    date: date
    kind: MeetingKind
    span: Span
    chair: PersonMention | None = None
    present: list[PersonMention] = field(default_factory=list)
    apologies: list[PersonMention] = field(default_factory=list)
    venue: str | None = None
    time: str | None = None
    items: list[Item] = field(default_factory=list)
    council: str | None = None             # the council whose body met, as its papers print it
    officers: list[PersonMention] = field(default_factory=list)   # contact officer, signatory, portfolio holders


@dataclass
class Recommendation:
    text: str
    span: Span
    response: str | None = None


@dataclass
class Update:
    """A dated progress note on an action ("Update December 2013")."""

    text: str
    span: Span
    period: str | None = None


@dataclass
class Measure:
    """A performance figure: baseline, target and current value as printed."""

    label: str
    span: Span
    baseline: str | None = None
    target: str | None = None
    current: str | None = None
    period: str | None = None


@dataclass
class Priority:
    number: str | None
    text: str
    span: Span
    leads: list[PersonMention] = field(default_factory=list)


@dataclass
class Action:
    number: str | None
    text: str
    span: Span
    priority: str | None = None            # number of the priority it sits under
    leads: list[PersonMention] = field(default_factory=list)
    lead_uncertain: bool = False           # lead inferred from a grouped cell, not printed on the row
    lead_organisations: list[OrganisationMention] = field(default_factory=list)  # lead cell naming no person
    partners: list[OrganisationMention] = field(default_factory=list)
    due: str | None = None
    owner: str | None = None               # owners as printed ("PH/JS", "Head of Service"), when the row prints them
    status: str | None = None              # RAG/BRAG as printed: Red, Amber, Green, Blue
    owner: str | None = None               # the owner/lead cell as printed ("JP/KM", "Head of Virtual School")
    updates: list[Update] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)


@dataclass
class Document:
    """A paper in the pack: agenda, minutes, report, strategy, action plan, presentation, letter."""

    title: str
    type: DocumentType
    span: Span
    agenda_item: str | None = None          # number of the agenda item it belongs to
    period: str | None = None               # "2013-2016"
    author: PersonMention | None = None
    people: list[PersonMention] = field(default_factory=list)
    organisations: list[OrganisationMention] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list)
    objectives: list[Priority] = field(default_factory=list)   # under a priority, numbered "<priority>.<marker>"
    actions: list[Action] = field(default_factory=list)


@dataclass
class ParsedPack:
    """Everything read from one file."""

    source: SourceText
    lines: list[Line]
    meetings: list[Meeting] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    glossary: dict[str, str] = field(default_factory=dict)   # acronym -> expansion, from the pack
    council: str | None = None             # read from the text, else given at ingest (``--council``)
