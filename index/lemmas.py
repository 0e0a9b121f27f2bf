"""The English lemmatizer of the BM25 tokenizer, its dictionary decoded once per machine.

simplemma ships each dictionary compressed and front-coded; decoding the English one takes about a quarter
of a second, which every `kg ask` process paid before answering. Decoded once, it is kept as a pickle in
the user's cache folder (``$KG_CACHE``, else ``$XDG_CACHE_HOME/council-kg``, else ``~/.cache/council-kg``),
named by simplemma's version, and loads in a third of the time. The lemmas are simplemma's own: only where
its dictionary is read from changes. A cache that cannot be read or written is simply not used.
"""
from __future__ import annotations

import os
import pickle
import uuid
from collections.abc import Iterator, Mapping
from contextlib import suppress
from functools import lru_cache
from pathlib import Path

import simplemma
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import DefaultDictionaryFactory


def cache_folder() -> Path:
    """Where this machine keeps what council-kg derives once from installed packages."""
    return Path(os.environ.get("KG_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
                / "council-kg")


class CachedDictionaryFactory:
    """simplemma's dictionaries, read from the cache folder when decoded there before."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder

    @lru_cache(maxsize=4)
    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        path = (self.folder or cache_folder()) / f"simplemma-{simplemma.__version__}-{lang}.pickle"
        try:
            return _EncodedDictionary(pickle.loads(path.read_bytes()))
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass   # not decoded here yet, or cut short: decode it (again)
        entries = {key.encode(): value.encode() for key, value in DefaultDictionaryFactory().get_dictionary(lang).items()}
        partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(partial, path)   # whole or not at all: another process may be reading it
        except OSError:   # a read-only home: decoded again next time
            with suppress(OSError):
                partial.unlink()
        return _EncodedDictionary(entries)


class _EncodedDictionary(Mapping[str, str]):
    """Words and lemmas kept as UTF-8 bytes, which unpickle in half the time of strings; the few a question
    needs are decoded when looked up."""

    def __init__(self, entries: dict[bytes, bytes]) -> None:
        self._entries = entries

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        value = self._entries.get(key.encode())
        return default if value is None else value.decode()

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[str]:
        return (key.decode() for key in self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def lemmatizer(folder: Path | None = None) -> simplemma.Lemmatizer:
    """simplemma's default lemmatizer (as :func:`simplemma.lemmatize` uses it) over the cached dictionaries."""
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=CachedDictionaryFactory(folder)))
