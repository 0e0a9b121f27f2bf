"""Questions the graph itself can mark: every minute item's decision and presenters, asked by its title.

- decisions: for each item the store holds resolutions for (procedural ones aside: minutes of the
  previous meeting, date of the next, apologies, declarations, exclusion of the press), ask
  "What did the <body> resolve on <title>?"; right when the answer's resolutions include that
  item's (same minute number and meeting date), first when they come first;
- presenters: for each item with presenters, ask "Who presented the <title>?"; right when the
  first 1,500 characters of the answer name one of them (by surname).

No hand labels: the graph is the key, so this measures how well ``kg ask`` finds what the graph
knows once the item is named, across all meetings rather than the dev questions' few.

Usage: python benchmarks/graph_questions.py [--store DIR] [--show-misses]
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "data" / "rotherham"
PROCEDURAL = ("minutes of", "date and time", "declarations", "apologies", "exclusion", "questions from",
              "date, time", "urgent business")


def _title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .:-").lower()


def decision_questions(records: dict) -> list[tuple[str, tuple[str, str]]]:
    """(question, (minute number, meeting date)) for every substantive item with resolutions."""
    out = []
    for meeting in records["meetings"]:
        if meeting["kind"] != "minutes":
            continue
        for item in meeting["items"]:
            title = _title(item["title"])
            if item.get("resolutions") and not title.startswith(PROCEDURAL):
                out.append((f"What did the {meeting['body']} resolve on {title}?", (item["number"], meeting["date"])))
    return out


PRESENTERS = """SELECT ?item ?title (GROUP_CONCAT(?name; separator="|") AS ?names) WHERE {
    ?item ckg:presentedBy/foaf:name ?name ; dct:title ?title } GROUP BY ?item ?title"""


def presenter_questions(kg) -> list[tuple[str, list[str]]]:
    """(question, surnames of its presenters) for every substantive item with presenters."""
    out = []
    for row in kg.sparql(PRESENTERS):
        title = _title(str(row["title"]))
        if not title.startswith(PROCEDURAL):
            out.append((f"Who presented the {title}?", [name.split()[-1] for name in str(row["names"]).split("|")]))
    return out


def ask_all(kg, questions: list) -> tuple[list[dict], list[float]]:
    """The answer to each question, and the latencies in ms."""
    answers, latencies = [], []
    for question, _ in questions:
        started = time.perf_counter()
        answers.append(kg.ask(question).to_json())
        latencies.append((time.perf_counter() - started) * 1000)
    return answers, latencies


def share(questions: list, answers: list[dict], right, show_misses: bool = False) -> float:
    """Share of the answers ``right(answer, key)`` accepts."""
    hits = 0
    for (question, key), answer in zip(questions, answers):
        ok = right(answer, key)
        hits += ok
        if show_misses and not ok:
            print(f"MISS {question} -> {answer['answer'][:160]!r}")
    return hits / len(questions)


def resolved(answer: dict) -> list[tuple[str, str]]:
    return [(r["minute"], r["date"]) for r in answer["resolutions"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="an ingested store (default: ingest the bundled corpus anew)")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)

    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.open(args.store or Path(tempfile.mkdtemp(prefix="kg-decisions-")))
    if not kg.store.exists():
        kg.ingest(sorted(CORPUS.glob("*.txt")))
    decisions = decision_questions(kg.records())
    presenters = presenter_questions(kg)
    kg.ask(decisions[0][0])   # warm
    decided, latencies = ask_all(kg, decisions)
    told, more = ask_all(kg, presenters)
    found = share(decisions, decided, lambda answer, key: key in resolved(answer), args.show_misses)
    first = share(decisions, decided, lambda answer, key: resolved(answer)[:1] == [key])
    named = share(presenters, told, lambda answer, names: any(n in answer["answer"][:1500] for n in names),
                  args.show_misses)
    print(f"decisions: {len(decisions)} items with resolutions, found {found:.3f}, first {first:.3f}")
    print(f"presenters: {len(presenters)} items with presenters, named {named:.3f}")
    print(f"warm query p50 {statistics.median(latencies + more):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
