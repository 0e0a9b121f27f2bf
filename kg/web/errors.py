"""A request the app refuses: its HTTP status and a one-line reason for the person who sent it."""
from __future__ import annotations


class Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
