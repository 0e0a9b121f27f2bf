"""Ingest files into a store, or take them out: parse (in worker processes), then apply the change
as a new generation (see :mod:`kg.graph.update`), one writer at a time.

People and organisations resolve across all packs the store holds, and re-ingesting a changed
pack replaces its facts; stored packs are not parsed again.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kg.errors import InputError
from kg.graph.entities_bridge import PackEntities
from kg.graph.store import Store
from kg.graph.update import Change, LiveState, apply_change, code_version
from kg.loaders import SUPPORTED_SUFFIXES, parse_source
from kg.loaders.explain import unread_warnings
from kg.loaders.text import read_source
from kg.model import ParsedPack, SourceText
from kg.parsing import PARSE_BUDGET_SECONDS, parse_in_workers

Progress = Callable[[str], None]
UNRECOGNISED = "no agenda, minutes or papers recognised: stored as one paper of type other"
# a small invented paper, read once before parse workers are forked (see _warm_up)
_WARM_UP = """HIGHWAYS AND TRANSPORT PANEL
Tuesday, 4th February, 2031

Present:- Councillor Okafor (in the Chair); Councillors Brandt and Lindqvist; Jo Hale (JH), Road Safety Officer.

Apologies for absence were received from Councillor Ruiz.

3. WINTER GRITTING ROUTES

The Head of Highways presented the report.

Resolved:- That the revised routes be approved.

ACTION: JH to publish the routes.
"""


@dataclass
class FileReport:
    """What happened to one input file."""

    path: str
    status: str                      # ingested | unchanged | error
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the supported files inside folders (sorted, recursive)."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            out.append(path)
    return out


def pack_counts(pack: ParsedPack) -> dict[str, int]:
    items = [item for meeting in pack.meetings for item in meeting.items]
    people = {p.name for m in pack.meetings for p in [*m.present, *m.apologies, *(i for it in m.items for i in it.people)]}
    return {
        "meetings": len(pack.meetings),
        "items": len(items),
        "resolutions": sum(len(item.resolutions) for item in items),
        "papers": len(pack.documents),
        "people": len(people),
    }


def parse_file(path: Path, council: str | None = None) -> tuple[ParsedPack, bytes]:
    """Read and parse one file; unreadable input or a parser failure becomes an :class:`InputError`
    naming the file. A readable file whose structure is not recognised is still a paper. ``council`` is the
    council the file belongs to when its text does not name one."""
    source = read_source(path)
    try:
        pack = parse_source(source, council)
    except Exception as exc:  # a parser bug on odd input must not abort the batch
        raise InputError(path, f"could not be parsed ({type(exc).__name__}: {exc})") from exc
    return pack, path.read_bytes()


def _warm_up(files: int, council: str | None) -> None:
    """Read a small invented paper and its people here before forking workers for ``files`` files: each worker is
    a fork of this process, and a reader's first paper costs about 0.3 s of CPU more than the next (patterns
    compiled, word lists read, modules imported on first use), which every worker would otherwise pay again.
    One file gains nothing by it (its worker pays what this process would)."""
    if files > 1:
        PackEntities.of(parse_source(SourceText("warm-up.txt", "", _WARM_UP.splitlines()), council))


def pack_warnings(pack: ParsedPack) -> list[str]:
    """What the user should know about a file that was stored: that nothing in it was recognised, or
    which lines look like decisions or items but were not read as such."""
    if not pack.meetings and all(document.type == "other" for document in pack.documents):
        return [UNRECOGNISED]
    return unread_warnings(pack)


def ingest(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
           build_index: Callable | None = None, wait: bool = True, on_wait: Progress | None = None,
           workers: int = 1, budget: float = PARSE_BUDGET_SECONDS, council: str | None = None) -> list[FileReport]:
    """Ingest ``paths`` into ``store``; files that fail are reported and skipped. ``council``: the council
    the files belong to when their text does not name it (kept with each source, so a rebuild reads it so).

    Nothing is written unless at least one file parsed; the new generation becomes live only once
    graph and index are both complete. One writer at a time: see :meth:`Store.writer` for ``wait``
    and ``on_wait`` (default: ``progress``). Files are parsed by ``workers`` processes at once, each
    file within ``budget`` seconds (see :func:`kg.parsing.parse_in_workers`).
    """
    notify = progress or (lambda message: None)
    with store.writer(wait, on_wait or notify):
        version = code_version()
        paths = expand_paths(paths)
        reports: list[FileReport | None] = [None] * len(paths)
        manifest = store.manifest()
        change = Change()
        notify(f"parsing {len(paths)} files")
        _warm_up(len(paths), council)
        keep = partial(_parse_and_keep, store=store, version=version, known=manifest.sources, council=council)
        live = LiveState(store, version)
        # a file of a new name changes the store for sure: read what the change will need while the files parse
        meanwhile = live.read if any(path.name not in manifest.sources for path in paths) else None
        for index, result in parse_in_workers(paths, keep, workers, budget, meanwhile):
            if isinstance(result, InputError):
                reports[index] = FileReport(str(paths[index]), "error", result.reason)
                continue
            notify(f"parsed {paths[index].name}")
            reports[index] = result.report
            if result.report.status == "ingested":
                change.added[result.name] = {"sha256": result.sha256, "stored": result.stored}
                if council:
                    change.added[result.name]["council"] = council
        if change.added or _index_missing(store, build_index):
            _parse_stored(store, change, version, workers, budget, notify)
            apply_change(store, change, version, notify, build_index, workers, live)
        return [report for report in reports if report is not None]


@dataclass
class _Kept:
    """What a parse worker sends back: the file's report and identity, its copy and parse already in the store."""

    report: FileReport
    name: str
    sha256: str
    stored: str = ""


def _parse_and_keep(path: Path, store: Store, version: str, known: dict[str, dict[str, str]],
                    council: str | None) -> _Kept:
    """Parse ``path`` and, unless the store holds it unchanged (``known``: its sources), keep its copy and
    parse there: done in the worker, so the ingesting process never receives or pickles the parsed pack."""
    pack, data = parse_file(path, council)
    name, sha256 = pack.source.name, pack.source.sha256
    unchanged = known.get(name, {}).get("sha256") == sha256
    kept = _Kept(FileReport(str(path), "unchanged" if unchanged else "ingested", counts=pack_counts(pack),
                            warnings=pack_warnings(pack)), name, sha256)
    if not unchanged:
        kept.stored = store.keep_source(name, data, sha256)
        store.keep_parsed(pack, PackEntities.of(pack), version)
    return kept


def _index_missing(store: Store, build_index: Callable | None) -> bool:
    """Whether an ingest that changes no source should still build the search index: the store was
    built without one, or (a store at an endpoint) this machine has none of its live state."""
    index_dir = store.index_dir()
    return build_index is not None and store.exists() and (index_dir is None or not index_dir.exists())


def remove(store: Store, names: Iterable[str], progress: Progress | None = None,
           build_index: Callable | None = None, wait: bool = True, on_wait: Progress | None = None,
           workers: int = 1) -> None:
    """Take the sources ``names`` (file names as ingested) out of ``store``: their facts go, and
    what the other packs' facts took from them (merged people, links) is derived again."""
    notify = progress or (lambda message: None)
    with store.writer(wait, on_wait or notify):
        manifest = store.manifest()
        unknown = sorted(set(names) - set(manifest.sources))
        if unknown:
            raise InputError(unknown[0], f"no source of that name in {store.location}")
        version = code_version()
        change = Change(removed=set(names))
        _parse_stored(store, change, version, workers, PARSE_BUDGET_SECONDS, notify)
        apply_change(store, change, version, notify, build_index, workers)


def _parse_stored(store: Store, change: Change, version: str, workers: int, budget: float,
                  notify: Progress) -> None:
    """Parse again the stored sources that have no parse by this version of the code (the first
    change after an upgrade of the loaders: the whole store is rebuilt then)."""
    manifest = store.manifest()
    missing = {store.source_path(name): name for name, entry in manifest.sources.items()
               if name not in change.removed and name not in change.added
               and not store.has_parsed(entry["sha256"], version)}
    if not missing:
        return
    notify(f"parsing {len(missing)} stored files again")
    paths = list(missing)
    _warm_up(len(paths), None)
    def parse_stored(path: Path) -> ParsedPack:
        return parse_source(read_source(path, missing[path]), manifest.sources[missing[path]].get("council"))

    for index, result in parse_in_workers(paths, parse_stored, workers, budget):
        if isinstance(result, InputError):
            raise result
        store.keep_parsed(result, PackEntities.of(result), version)
