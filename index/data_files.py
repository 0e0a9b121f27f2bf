"""The word lists the index reads (``index/data/``): one entry a line, ``#`` starts a comment."""
from __future__ import annotations

from importlib.resources import files


def data_lines(name: str) -> list[str]:
    """The entries of ``index/data/<name>`` in file order, comments and blank lines left out."""
    text = files("index").joinpath("data", name).read_text(encoding="utf-8")
    return [entry for line in text.splitlines() if (entry := line.split("#", 1)[0].strip())]
