"""Word lists the loaders read (not-a-name words, organisation heads, titles, labels): one file each under
``kg/loaders/data/``, one word or phrase a line, ``#`` comments, read once through :func:`words`."""
from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def words(name: str) -> frozenset[str]:
    """The lower-cased entries of ``data/<name>.txt``."""
    text = files("kg.loaders").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(entry for entry in entries if entry)
