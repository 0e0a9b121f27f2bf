"""Entry point for the meetings half of the loader (agenda and minutes)."""
from kg.loaders.meeting_parser import parse_meetings

__all__ = ["parse_meetings"]
