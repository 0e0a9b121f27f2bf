"""Ingest files into a store: parse, rebuild the graph and index, swap generations atomically.

The graph is rebuilt from every source the store holds (kept in ``sources/``), so people and
organisations resolve across all packs and re-ingesting a changed pack replaces its facts.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.graph.build import build_graph
from kg.graph.store import Manifest, Store, write_graph
from kg.loaders import SUPPORTED_SUFFIXES, parse_source
from kg.loaders.text import read_source
from kg.model import ParsedPack
from kg.parsing import PARSE_BUDGET_SECONDS, parse_in_workers

Progress = Callable[[str], None]
MIN_PAPER_LINES = 20  # a file without meetings must at least be as long as a short paper


@dataclass
class FileReport:
    """What happened to one input file."""

    path: str
    status: str                      # ingested | unchanged | error
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


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


def parse_file(path: Path) -> tuple[ParsedPack, bytes]:
    """Read and parse one file; any failure becomes an :class:`InputError` naming the file."""
    source = read_source(path)
    try:
        pack = parse_source(source)
    except Exception as exc:  # a parser bug on odd input must not abort the batch
        raise InputError(path, f"could not be parsed ({type(exc).__name__}: {exc})") from exc
    if not pack.meetings and (not pack.documents or sum(1 for line in pack.lines if line.text) < MIN_PAPER_LINES):
        raise InputError(path, "no agenda, minutes or papers recognised in this file")
    return pack, path.read_bytes()


def ingest(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
           build_index: Callable | None = None, wait: bool = True, on_wait: Progress | None = None,
           workers: int = 1, budget: float = PARSE_BUDGET_SECONDS) -> list[FileReport]:
    """Ingest ``paths`` into ``store``; files that fail are reported and skipped.

    Nothing is written unless at least one file parsed; the new generation becomes live only once
    graph and index are both complete. One writer at a time: see :meth:`Store.writer` for ``wait``
    and ``on_wait`` (default: ``progress``). Files are parsed by ``workers`` processes at once, each
    file within ``budget`` seconds (see :func:`kg.parsing.parse_in_workers`).
    """
    notify = progress or (lambda message: None)
    with store.writer(wait, on_wait or notify):
        return _ingest_locked(store, expand_paths(paths), notify, build_index, workers, budget)


def _ingest_locked(store: Store, paths: list[Path], notify: Progress, build_index: Callable | None,
                   workers: int, budget: float) -> list[FileReport]:
    reports: list[FileReport | None] = [None] * len(paths)
    parsed: dict[str, tuple[ParsedPack, bytes]] = {}
    manifest = store.manifest()
    notify(f"parsing {len(paths)} files")
    for index, result in parse_in_workers(paths, parse_file, workers, budget):
        if isinstance(result, InputError):
            reports[index] = FileReport(str(paths[index]), "error", result.reason)
            continue
        pack, data = result
        notify(f"parsed {paths[index].name}")
        known = manifest.sources.get(pack.source.name)
        status = "unchanged" if known and known["sha256"] == pack.source.sha256 else "ingested"
        parsed[pack.source.name] = (pack, data)
        reports[index] = FileReport(str(paths[index]), status, counts=pack_counts(pack))
    done = [report for report in reports if report is not None]
    if not parsed or all(r.status != "ingested" for r in done if r.status != "error"):
        return done
    packs = [pack for pack, _ in parsed.values()]
    for name in sorted(set(manifest.sources) - set(parsed)):
        notify(f"re-reading {name}")
        packs.append(parse_source(read_source(store.source_path(name), name)))
    notify("building graph")
    graph = build_graph(packs)
    new_manifest = Manifest(dict(manifest.sources))
    for name, (pack, data) in parsed.items():
        stored = store.keep_source(name, data, pack.source.sha256)
        new_manifest.sources[name] = {"sha256": pack.source.sha256, "stored": stored}
    with store.new_generation() as generation:
        notify("writing graph")
        write_graph(graph, generation)
        if build_index is not None:
            notify("building search index")
            build_index(graph, packs, generation / "index", store.cache_dir, notify)
        new_manifest.write(generation / "manifest.json")
    return done
