"""The ``kg`` command: a thin typer layer over :class:`kg.api.KnowledgeGraph`.

User errors (missing paths, bad files, bad queries) print one line and set the exit code;
they never show a traceback.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.api import KnowledgeGraph

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Knowledge graph and semantic search over council meeting papers.")
console = Console()
errors = Console(stderr=True)

StoreOption = typer.Option(None, "--store", "-s", envvar="KG_STORE",
                           help="Store folder (default ./kg-data).", show_default=False)


def _open(store: Optional[Path]) -> KnowledgeGraph:
    return KnowledgeGraph.open(store)


def _require_store(kg: KnowledgeGraph) -> None:
    if not kg.store.exists():
        errors.print(f"[red]error:[/] no store at {kg.store.root}; run `kg ingest PATH` first")
        raise typer.Exit(1)


@app.command("ingest")
def ingest_command(paths: list[Path] = typer.Argument(..., help="Files (.txt, .md, .pdf) or folders."),
                   store: Optional[Path] = StoreOption,
                   no_index: bool = typer.Option(False, "--no-index", help="Build the graph only.")) -> None:
    """Parse agenda packs into the graph and the search index."""
    kg = _open(store)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=errors, transient=True) as progress:
        task = progress.add_task("starting", total=None)
        reports = kg.ingest(paths, progress=lambda message: progress.update(task, description=message),
                            with_index=not no_index)
    table = Table(title=f"Ingest into {kg.store.root}")
    for column in ("file", "status", "meetings", "items", "resolutions", "papers", "people"):
        table.add_column(column, justify="left" if column in ("file", "status") else "right")
    for report in reports:
        if report.status == "error":
            errors.print(f"[red]error:[/] {report.path}: {report.error}")
            continue
        c = report.counts
        table.add_row(Path(report.path).name, report.status, *(str(c.get(k, 0)) for k in
                      ("meetings", "items", "resolutions", "papers", "people")))
    if table.row_count:
        console.print(table)
    if not any(r.status != "error" for r in reports):
        errors.print("[red]error:[/] nothing was ingested")
        raise typer.Exit(1)


@app.command("stats")
def stats_command(store: Optional[Path] = StoreOption,
                  as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Count what the graph holds."""
    kg = _open(store)
    _require_store(kg)
    stats = kg.stats()
    if as_json:
        print(json.dumps(stats))
        return
    table = Table(title=f"council-kg store {kg.store.root}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, count in stats.items():
        table.add_row(name.replace("_", " "), str(count))
    console.print(table)


@app.command("sparql")
def sparql_command(query: str = typer.Argument(..., help="SPARQL SELECT; prefixes ckg, besluit, dct, prov, "
                                                         "skos, foaf, org, schema are predeclared. '-' reads stdin."),
                   store: Optional[Path] = StoreOption,
                   as_json: bool = typer.Option(False, "--json", help="Print JSON rows.")) -> None:
    """Run a SPARQL query against the graph."""
    kg = _open(store)
    _require_store(kg)
    text = sys.stdin.read() if query == "-" else query
    try:
        rows = kg.sparql(text)
    except (SyntaxError, ValueError) as exc:
        errors.print(f"[red]error:[/] bad SPARQL query: {str(exc).splitlines()[0]}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(rows, default=str, ensure_ascii=False))
        return
    table = Table()
    for name in rows[0] if rows else []:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    console.print(table)
    errors.print(f"{len(rows)} rows")


@app.command("export")
def export_command(fmt: str = typer.Option("ttl", "--format", "-f", help="ttl, nt, jsonld, records or graphml."),
                   output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to a file."),
                   store: Optional[Path] = StoreOption) -> None:
    """Export the graph as RDF, as the records JSON view, or as GraphML for Gephi/Cytoscape."""
    kg = _open(store)
    _require_store(kg)
    try:
        text = kg.export(fmt)
    except ValueError as exc:
        errors.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if output:
        output.write_text(text, encoding="utf-8")
        errors.print(f"wrote {output}")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command("validate")
def validate_command(store: Optional[Path] = StoreOption) -> None:
    """Check the graph against the SHACL shapes."""
    kg = _open(store)
    _require_store(kg)
    conforms, report = kg.validate()
    if conforms:
        console.print("[green]conforms[/] to kg/ontology/shapes.ttl")
        return
    console.print(report)
    raise typer.Exit(1)


def main() -> None:  # pragma: no cover - console entry
    app()
