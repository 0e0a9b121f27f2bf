"""The ``kg`` command: a thin typer layer over :class:`kg.api.KnowledgeGraph`.

User errors (missing paths, bad files, bad queries) print one line and set the exit code;
they never show a traceback.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from kg.answer.schema import Answer
from kg.api import KnowledgeGraph
from kg.errors import (
    EndpointError,
    InputError,
    NoIndexError,
    RephraseError,
    StaleIndexError,
    StoreBusyError,
    StoreDamagedError,
)
from kg.graph.sparql_guard import GuardedSparql, Limits, QueryRefused

if TYPE_CHECKING:
    from rich.progress import Progress
    from rich.tree import Tree

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Knowledge graph and semantic search over council meeting papers.")
console = Console()
stderr = Console(stderr=True, soft_wrap=True)  # errors, warnings and progress; one message, one line: never wrapped

StoreOption = typer.Option(None, "--store", "-s", envvar="KG_STORE",
                           help="Store folder (default ./kg-data), or the URL of a SPARQL endpoint.",
                           show_default=False)


def _progress() -> Progress:
    """A spinner with the current step and the time taken, on stderr, gone when done (rich's
    progress and tables load only for the commands that draw them)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=stderr,
                    transient=True)


def _error(message: str) -> None:
    """One error line on stderr; the message is text, never markup (a file name may hold brackets)."""
    stderr.print(f"[red]error:[/] {escape(message)}")


def _fail(message: str, code: int = 1) -> NoReturn:
    """Print one error line and exit with ``code`` (1: the store or a file, 2: the command line, 3: busy)."""
    _error(message)
    raise typer.Exit(code)


def _open_store(store: str | None) -> KnowledgeGraph:
    """The store a reading command works on; exits with one line when there is none there."""
    kg = KnowledgeGraph.open(store)
    try:
        exists = kg.store.exists()
    except (EndpointError, StoreDamagedError) as exc:   # a store URL that does not answer; a damaged pointer
        _fail(str(exc))
    if not exists:
        _fail(f"no store at {kg.store.location}; run `kg ingest PATH` first")
    return kg


@app.command("ingest")
def ingest_command(paths: list[Path] = typer.Argument(..., help="Files (.txt, .md, .pdf, .html, .htm, .docx) or folders."),
                   store: str | None = StoreOption,
                   no_index: bool = typer.Option(False, "--no-index", help="Build the graph only."),
                   council: str | None = typer.Option(None, "--council",
                                                         help="The council the papers belong to, when their text "
                                                              "does not name it."),
                   no_wait: bool = typer.Option(False, "--no-wait",
                                                help="Fail at once if another ingest is writing to the store."),
                   workers: int = typer.Option(1, "--workers", "-w", min=1, help="Files parsed at once."),
                   explain: bool = typer.Option(False, "--explain",
                                                help="Print what each file's lines became and what was left "
                                                     "unread; write nothing.")) -> None:
    """Parse agenda packs into the graph and the search index."""
    if explain:
        _explain(paths, council)
        return
    kg = KnowledgeGraph.open(store)
    with _progress() as progress:
        task = progress.add_task("starting", total=None)
        try:
            reports = kg.ingest(paths, progress=lambda message: progress.update(task, description=message),
                                with_index=not no_index, wait=not no_wait, on_wait=stderr.print, workers=workers,
                                council=council)
        except (StoreBusyError, StoreDamagedError, EndpointError) as exc:
            progress.stop()
            _fail(str(exc), 3 if isinstance(exc, StoreBusyError) else 1)
    from rich.table import Table

    table = Table(title=f"Ingest into {kg.store.location}")
    for column in ("file", "status", "meetings", "items", "resolutions", "papers", "people"):
        table.add_column(column, justify="left" if column in ("file", "status") else "right")
    for report in reports:
        if report.status == "error":
            _error(f"{report.path}: {report.error}")
            continue
        for warning in report.warnings:
            stderr.print(f"[yellow]warning:[/] {escape(f'{report.path}: {warning}')}")
        c = report.counts
        table.add_row(Path(report.path).name, report.status, *(str(c.get(k, 0)) for k in
                      ("meetings", "items", "resolutions", "papers", "people")))
    if table.row_count:
        console.print(table)
    if not any(r.status != "error" for r in reports):
        _fail("nothing was ingested")


def _explain(paths: list[Path], council: str | None) -> None:
    """`kg ingest --explain`: each file's records by their lines, then the lines left unread."""
    from rich.table import Table

    from kg.ingest import expand_paths, parse_file
    from kg.loaders.explain import explain, unread

    failed = False
    for path in expand_paths(paths):
        try:
            pack, _ = parse_file(path, council)
        except InputError as exc:
            _error(str(exc))
            failed = True
            continue
        table = Table(title=f"{path.name}: what its lines became")
        for column in ("lines", "became", "text"):
            table.add_column(column)
        for row in explain(pack):
            table.add_row(f"{row.start}-{row.end}", row.kind, escape(row.text))
        console.print(table)
        for kind, line in unread(pack):
            console.print(f"[yellow]unread[/] line {line.start}: {kind}: {escape(line.text.strip()[:100])}")
    if failed:
        raise typer.Exit(1)


@app.command("remove")
def remove_command(sources: list[str] = typer.Argument(..., help="Source file names as ingested (see `kg stats`)."),
                   store: str | None = StoreOption,
                   no_wait: bool = typer.Option(False, "--no-wait",
                                                help="Fail at once if another ingest is writing to the store.")) -> None:
    """Take packs out of the store: their facts go, and links and merges made with them are redone."""
    kg = _open_store(store)
    with _progress() as progress:
        task = progress.add_task("starting", total=None)
        try:
            kg.remove(sources, progress=lambda message: progress.update(task, description=message),
                      wait=not no_wait, on_wait=stderr.print)
        except (StoreBusyError, StoreDamagedError, InputError, EndpointError) as exc:
            progress.stop()
            _fail(str(exc), 3 if isinstance(exc, StoreBusyError) else 1)
    stderr.print(escape(f"removed {', '.join(sources)} from {kg.store.location}"))


@app.command("stats")
def stats_command(store: str | None = StoreOption,
                  as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Count what the graph holds."""
    kg = _open_store(store)
    stats = kg.stats()
    if as_json:
        print(json.dumps(stats))
        return
    from rich.table import Table

    table = Table(title=f"council-kg store {kg.store.location}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, count in stats.items():
        table.add_row(name.replace("_", " "), str(count))
    console.print(table)


@app.command("sparql")
def sparql_command(query: str = typer.Argument(..., help="SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE; prefixes ckg, "
                                                         "besluit, dct, prov, skos, foaf, org, schema are predeclared. "
                                                         "'-' reads stdin."),
                   store: str | None = StoreOption,
                   as_json: bool = typer.Option(False, "--json", help="Print JSON rows."),
                   timeout: float = typer.Option(Limits.timeout, "--timeout", min=0.001,
                                                 help="Stop the query after SECONDS."),
                   row_cap: int = typer.Option(Limits.row_cap, "--max-rows", min=1,
                                               help="Keep at most this many rows.")) -> None:
    """Run a read-only SPARQL query against the graph (updates and SERVICE are refused)."""
    from kg.graph.sparql_results import python_rows, to_ntriples

    kg = _open_store(store)
    text = sys.stdin.read() if query == "-" else query
    guard = GuardedSparql(kg.store, Limits(timeout=timeout, row_cap=row_cap))
    try:
        result = guard.query(text)
    except QueryRefused as exc:
        _fail(str(exc), 2)
    finally:
        guard.close()
    if result.truncated:
        stderr.print(f"[yellow]warning:[/] only the first {row_cap} results are shown (--max-rows)")
    if result.form == "ASK":
        print(json.dumps({"boolean": result.boolean}) if as_json else str(result.boolean).lower())
        return
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        sys.stdout.write(to_ntriples(result))
        return
    rows = python_rows(result)
    if as_json:
        print(json.dumps(rows, default=str, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table()
    for name in result.vars:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    console.print(table)
    stderr.print(f"{len(rows)} rows")


@app.command("export")
def export_command(fmt: str = typer.Option("ttl", "--format", "-f", help="ttl, nt, jsonld, records or graphml."),
                   output: Path | None = typer.Option(None, "--output", "-o", help="Write to a file."),
                   store: str | None = StoreOption) -> None:
    """Export the graph as RDF, as the records JSON view, or as GraphML for Gephi/Cytoscape."""
    kg = _open_store(store)
    try:
        text = kg.export(fmt)
    except ValueError as exc:
        _fail(str(exc), 2)
    if output:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:   # a folder that does not exist, a folder given as the file, no permission
            _fail(f"{output}: cannot write it ({exc.strerror or exc})")
        stderr.print(escape(f"wrote {output}"))
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command("validate")
def validate_command(store: str | None = StoreOption) -> None:
    """Check the graph against the SHACL shapes."""
    kg = _open_store(store)
    conforms, report = kg.validate()
    if conforms:
        console.print("[green]conforms[/] to kg/ontology/shapes.ttl")
        return
    console.print(report)
    raise typer.Exit(1)


@app.command("serve")
def serve_command(store: str | None = StoreOption,
                  host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
                  port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
                  threads: int = typer.Option(8, "--threads", min=1, max=64,
                                              help="Requests worked on at once per process."),
                  workers: int = typer.Option(1, "--workers", min=1, max=16,
                                              help="Server processes (each loads the index and model; more use "
                                                   "more CPU cores).")) -> None:
    """Serve the graph and its answers: pages, JSON API (/docs), SPARQL endpoint (/sparql)."""
    from kg.web.server import serve

    kg = _open_store(store)
    if host not in ("127.0.0.1", "localhost", "::1"):
        stderr.print(f"[yellow]warning:[/] listening on {escape(host)}: anyone who can reach this address can read "
                     "the store")
    serve(kg, host, port, threads, workers)


@app.command("mcp")
def mcp_command(store: str | None = StoreOption) -> None:
    """Serve ask, trace, person, organisation and read-only SPARQL as MCP tools over stdio."""
    from kg.web.mcp import serve_stdio

    kg = _open_store(store)
    serve_stdio(kg)


def _print_answer(answer: Answer) -> None:
    colour = "green" if answer.answerable else "yellow"
    console.print(f"[bold]{escape(answer.question)}[/]")
    console.print(f"[{colour}]{escape(answer.answer)}[/]")
    if answer.abstain_reason:
        console.print(f"[yellow]not answered ({answer.abstain_reason}): missing {escape('; '.join(answer.missing))}[/]")
    console.print()
    if answer.rephrased:
        console.print(f"[magenta]In other words[/] (a language model's rewording of the above):\n"
                      f"{escape(answer.rephrased)}\n")
    for number, ev in enumerate(answer.evidence, start=1):
        where = []
        if ev.meeting:
            where.append(f"{ev.meeting['body']}, {ev.meeting['date']}")
        if ev.item and ev.item.get("number"):
            where.append(f"minute {ev.item['number']}")
        where.append(f"{ev.source}:{ev.lines[0]}-{ev.lines[1]}")
        console.print(f"[bold cyan]{number}.[/] " + escape(" | ".join(where)) + f"  (score {ev.score:.3f})")
        text = " ".join(ev.text.split())
        console.print(f"   {escape(text[:400])}{'…' if len(text) > 400 else ''}")


@app.command("ask")
def ask_command(question: str | None = typer.Argument(None, help="A question in plain English."),
                k: int = typer.Option(5, "-k", min=1, help="How many pieces of evidence."),
                questions: Path | None = typer.Option(None, "--questions", help="Answer one question per line of FILE."),
                as_json: bool = typer.Option(False, "--json", help="Print JSON (one object per line with --questions)."),
                rephrase: bool = typer.Option(False, "--rephrase", help="Also have the model at $KG_LLM_URL "
                                              "(OpenAI-compatible) reword the cited answer."),
                store: str | None = StoreOption) -> None:
    """Answer a question with cited evidence from the graph and the search index."""
    kg = _open_store(store)
    if questions is not None:
        asked = _questions_in(questions)
    elif question:
        asked = [question]
    else:
        _fail("give a QUESTION or --questions FILE", 2)
    try:
        for text in asked:
            answer = kg.ask(text, k=k, rephrase=rephrase)
            if as_json:
                print(json.dumps(answer.to_json(), ensure_ascii=False))
            else:
                _print_answer(answer)
    except (NoIndexError, RephraseError, StaleIndexError) as exc:
        _fail(str(exc))


def _questions_in(path: Path) -> list[str]:
    """The questions of a ``--questions`` file, one a line; exits with one line naming the file when it
    cannot be read as text or holds none."""
    if not path.is_file():
        _fail(f"{path}: no such file", 2)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        _fail(f"{path}: not UTF-8 text (one question a line)", 2)
    except OSError as exc:
        _fail(f"{path}: cannot read it ({exc.strerror or exc})", 2)
    asked = [line.strip() for line in text.splitlines() if line.strip()]
    if not asked:
        _fail(f"{path}: no questions in it (one a line)", 2)
    return asked


@app.command("trace")
def trace_command(priority: str = typer.Argument(..., help="Priority wording (matched fuzzily) or its IRI."),
                  as_json: bool = typer.Option(False, "--json", help="Print JSON."),
                  store: str | None = StoreOption) -> None:
    """Trace a priority: strategy -> priority -> actions, leads, updates -> meetings and resolutions."""
    kg = _open_store(store)
    result = kg.trace(priority)
    if result is None:
        _not_found(f"no priority matches {priority!r}")
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    console.print(_trace_tree(result))


def _not_found(message: str) -> NoReturn:
    """A lookup that matched nothing: one line, exit code 1."""
    stderr.print(f"[yellow]{escape(message)}[/]")
    raise typer.Exit(1)


def _cite(node: dict) -> str:
    """A node's source file and lines, dimmed."""
    return f"[dim]{escape(node['source'])}:{node['lines'][0]}-{node['lines'][1]}[/]"


def _trace_tree(result: dict) -> Tree:
    """A ``kg.trace`` result as a tree: the plan, the priority with its actions and meetings, then
    the same priority in other plans and the plan's other versions."""
    from rich.tree import Tree

    strategy = result["strategy"]
    tree = Tree(f"[bold]{escape(strategy['title'])}[/] {_cite(strategy) if strategy.get('source') else ''}")
    if result.get("broader"):
        broader = result["broader"]
        tree.add(f"[bold]under priority {broader['number'] or ''}[/] {escape(broader['text'])} {_cite(broader)}")
    _add_priority(tree, result)
    for version in result["versions"]:
        other = tree.add(f"[bold]same priority in[/] {escape(version['strategy']['title'])} {_cite(version['strategy'])}")
        _add_priority(other, version)
    for version in result.get("plan_versions", []):
        plan, match = version["strategy"], version["priority"]
        node = tree.add(f"[bold]plan version {plan.get('date') or ''}[/] {escape(plan['title'])} {_cite(plan)}")
        if match:
            how = "same priority" if version["match"] == "same" else "its priority"
            node.add(f"{how}: {match['number'] or ''} {escape(match['text'])} {_cite(match)}")
    return tree


def _add_priority(tree: Tree, block: dict) -> None:
    """One priority of a trace under ``tree``: its actions (leads, updates, figures) and meetings."""
    p = block["priority"]
    leads = f" — leads: {', '.join(p['leads'])}" if p["leads"] else ""
    branch = tree.add(f"[bold]Priority {p['number'] or ''}[/] {escape(p['text'])}{escape(leads)} {_cite(p)}")
    for action in block["actions"]:
        lead = "no lead printed"
        if action["leads"]:
            lead = ", ".join(action["leads"]) + (" (inherited)" if action["lead_uncertain"] else "")
        status = f" [{action['status']}]" if action["status"] else ""
        node = branch.add(f"[cyan]{action['number'] or '-'}.[/] {escape(action['text'] + status)} — {escape(lead)} {_cite(action)}")
        for update in action["updates"]:
            node.add(f"[green]{update['period'] or 'update'}:[/] {escape(update['text'][:300])} {_cite(update)}")
        for measure in action["measures"]:
            node.add(f"[magenta]figures:[/] baseline {measure['baseline']}, target {measure['target']}, "
                     f"current {measure['current']} {_cite(measure)}")
    for meeting in block["meetings"]:
        item = branch.add(f"[yellow]{meeting['kind']}[/] {escape(meeting['body'])} {meeting['date']} item "
                          f"{meeting['number']}: {escape(meeting['title'])} {_cite(meeting)}")
        for resolution in meeting["resolutions"]:
            item.add(f"resolved: {escape(resolution['text'])} {_cite(resolution)}")


@app.command("person")
def person_command(name: str = typer.Argument(..., help="A name as printed; matched fuzzily."),
                   as_json: bool = typer.Option(False, "--json", help="Print JSON."),
                   store: str | None = StoreOption) -> None:
    """A person's roles over time, what they presented, attended and lead, with sources."""
    kg = _open_store(store)
    _print_entity(kg.person(name), name, as_json)


@app.command("post")
def post_command(post: str = typer.Argument(..., help="A post as printed, e.g. 'Strategic Director'."),
                 year: int | None = typer.Option(None, "--year", help="Only holders printed in this year."),
                 as_json: bool = typer.Option(False, "--json", help="Print JSON."),
                 store: str | None = StoreOption) -> None:
    """Who held a post (in a year), as the papers print it, with sources."""
    kg = _open_store(store)
    holders = kg.holders(post, year)
    if as_json:
        print(json.dumps(holders, ensure_ascii=False, indent=1))
        return
    if not holders:
        _not_found(f"no holder printed for {post!r}" + (f" in {year}" if year else ""))
    for holder in holders:
        console.print(f"{holder['date'] or 'undated'}  [bold]{escape(holder['name'])}[/], {escape(holder['role'])} "
                      f"[dim]{escape(holder['source'])}:{holder['start']}-{holder['end']}[/]")


@app.command("org")
def org_command(name: str = typer.Argument(..., help="A name or acronym; matched fuzzily."),
                as_json: bool = typer.Option(False, "--json", help="Print JSON."),
                store: str | None = StoreOption) -> None:
    """An organisation's names and acronyms, its people, where it is mentioned and partners."""
    kg = _open_store(store)
    _print_entity(kg.organisation(name), name, as_json)


def _print_entity(found: dict | None, name: str, as_json: bool) -> None:
    if found is None:
        _not_found(f"no match for {name!r}")
    if as_json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{escape(found['name'])}[/]  [dim]{escape(found['iri'])}[/]")
    for key, value in found.items():
        if key in ("name", "iri") or not value:
            continue
        console.print(f"[cyan]{key.replace('_', ' ')}[/]")
        for entry in value if isinstance(value, list) else [value]:
            if isinstance(entry, dict):
                where = f" [dim]{escape(entry['source'])}:{entry['start']}-{entry['end']}[/]" if entry.get("source") else ""
                console.print("  " + escape(", ".join(str(v) for k, v in entry.items()
                                                      if v and k not in ("source", "start", "end", "item", "action", "meeting"))) + where)
            else:
                console.print(f"  {escape(str(entry))}")


def main() -> None:  # pragma: no cover - console entry
    app()
