"""What answering needs of the whole store rather than of one question: the papers' words and phrases,
the organisations and people the graph names and a summary of every meeting. It is worked out when the index is
built and kept beside it, so a cold `kg ask` reads it instead of working it out again.

The saved state carries a key made of the code and libraries that work it out; when they have changed
since (an upgrade without a re-ingest), or for an index saved before states were, it is worked out at
load as before."""
from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from index.chunks import Chunk
from kg.answer.constraints import StoreText
from kg.loaders.dates import find_dates
from kg.sparql import select
from kg.views.records import meeting_headers

if TYPE_CHECKING:
    from index.hybrid import HybridIndex

STATE_FILE = "answer_state.pickle"
# every module whose code decides what the state holds, and the libraries under them
_COMPUTED_BY = ("kg.answer.store_state", "kg.answer.constraints", "kg.answer.intent", "kg.views.records",
                "kg.loaders.dates", "kg.sparql", "index.sparse", "index.chunks")
_LIBRARIES = ("simplemma", "PyStemmer", "rdflib", "oxrdflib", "pyoxigraph")
_ORGANISATION_NAMES = "SELECT DISTINCT ?name WHERE { ?o a org:Organization ; skos:prefLabel|skos:altLabel ?name }"
_PEOPLE_NAMES = "SELECT DISTINCT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }"


def meeting_summary(record: dict[str, Any], chunks_at: Callable[[str, tuple[int, int]], list[Chunk]]) -> dict[str, Any]:
    """What answers need of a meeting record: body, date, kind, attendance, the lines of its
    header (before its first item), where attendance is printed, its items (node, number, title, lines)
    and the header's date as printed (see :func:`printed_date`)."""
    first_item = min((item["lines"][0] for item in record["items"]), default=record["lines"][1] + 1)
    header = (record["lines"][0], max(record["lines"][0], first_item - 1))
    summary = {**{k: record[k] for k in ("body", "date", "kind", "chair", "present", "apologies", "source")},
               "header": header, "items": [{k: item[k] for k in ("iri", "number", "title", "lines")} for item in record["items"]]}
    return {**summary, "printed_date": printed_date(summary, chunks_at(record["source"], header))}


def printed_date(meeting: dict[str, Any], pieces: list[Chunk]) -> dict[str, Any] | None:
    """The row of the meeting's header that prints its date ('Date: Tuesday, 6th December, 2016'),
    joined with the next when the date wraps onto it, with its lines and the node of the piece
    holding it, so an answer can quote the date as the papers give it; None when no row does."""
    rows = [(row, lines, piece.node) for piece in pieces for row, lines in piece.row_spans()
            if meeting["header"][0] <= lines[0] <= meeting["header"][1]]
    wrapped = [(f"{row} {after}", (lines[0], end[1]), node) for (row, lines, node), (after, end, _) in zip(rows, rows[1:])]
    for text, lines, node in rows + wrapped:
        if any(day.isoformat() == meeting["date"] for day, _, _ in find_dates(text)):
            return {"text": text.strip(" *"), "lines": lines, "node": node}
    return None


def code_key() -> str:
    """A digest of the source of the modules and the versions of the libraries that work the state out."""
    digest = hashlib.sha256()
    for name in _COMPUTED_BY:
        __import__(name)
        digest.update(Path(sys.modules[name].__file__).read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library} {version(library)}".encode())
    return digest.hexdigest()


@dataclass
class StoreState:
    text: StoreText                  # every word and phrase of the indexed text
    organisations: list[str]         # every name and acronym of an organisation in the graph
    meetings: list[dict[str, Any]]   # each meeting's summary (see meeting_summary)
    people: list[str]                # every name of a person in the graph

    @classmethod
    def of(cls, graph: Graph, index: HybridIndex) -> StoreState:
        return cls(StoreText([chunk.text for chunk in index.chunks]),
                   [row["name"] for row in select(graph, _ORGANISATION_NAMES)],
                   [meeting_summary(m, index.chunks_at) for m in meeting_headers(graph)],
                   [row["name"] for row in select(graph, _PEOPLE_NAMES)])

    def save(self, folder: Path) -> None:
        """Write the state into the index folder ``folder`` (the caller makes the folder's appearance atomic)."""
        with (folder / STATE_FILE).open("wb") as out:
            pickle.dump(code_key(), out)   # first and apart, so a state of other code is never unpickled
            pickle.dump(self, out, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, folder: Path, graph: Graph, index: HybridIndex) -> StoreState:
        """The state saved in ``folder`` when this code saved it, else worked out now."""
        path = folder / STATE_FILE
        if path.is_file():
            with path.open("rb") as saved:
                if pickle.load(saved) == code_key():
                    return pickle.load(saved)
        return cls.of(graph, index)
