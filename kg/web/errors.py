"""A request the app refuses: its HTTP status and a one-line reason for the person who sent it."""
from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


class Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def found(value: T | None, what: str, text: str) -> T:
    """``value``, or Refused(404) "no person matches 'text'" when a lookup by ``text`` matched nothing."""
    if value is None:
        raise Refused(404, f"no {what} matches {text!r}")
    return value
