"""The contract every plan layout reader keeps.

A reader is a module with two functions of one signature each:

- ``fit(source, lines) -> float``: how well its layout explains this block of a paper, from 0 (not
  its layout) to 1 (every line accounted for);
- ``read(source, lines) -> PlanReading``: the priorities, objectives and actions the block holds.

The block is a run of a paper's normalised lines; readers cite ``source`` spans of those lines.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from kg.model import Action, Line, Priority, SourceText


@dataclass
class PlanReading:
    """What one reader found in one block, in reading order."""

    priorities: list[Priority] = field(default_factory=list)
    objectives: list[Priority] = field(default_factory=list)     # under a priority, numbered "<priority>.<marker>"
    actions: list[Action] = field(default_factory=list)
    used: set[int] = field(default_factory=set)                   # line numbers the reader explained


class LayoutReader(Protocol):
    """A module reading one layout family (see the module docstring)."""

    def fit(self, source: SourceText, lines: list[Line]) -> float: ...

    def read(self, source: SourceText, lines: list[Line]) -> PlanReading: ...


def coverage(lines: list[Line], reading: PlanReading) -> float:
    """A reader's fit: the share of the block's text lines its reading explains."""
    filled = [line.start for line in lines if line.text.strip()]
    return sum(1 for start in filled if start in reading.used) / len(filled) if filled else 0.0
