"""Bounds on what one line of input may cost: a line longer than any real paper prints is split at
word boundaries before the rules see it, so every per-line pattern works on bounded text."""
from __future__ import annotations

MAX_LINE_CHARS = 4000  # the longest line of the sample papers is under 2,000 characters


def split_long_line(text: str, limit: int = MAX_LINE_CHARS) -> list[str]:
    """``text`` as pieces of at most ``limit`` characters, cut at the last space before the limit
    (mid-word only when a piece has no space at all); a line within the limit is returned as is."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + 1, start + limit + 1)
        cut = cut if cut > start else start + limit
        pieces.append(text[start:cut])
        start = cut
        while start < len(text) and text[start] == " ":
            start += 1
    pieces.append(text[start:])
    return pieces
