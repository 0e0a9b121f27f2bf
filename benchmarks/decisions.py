"""Decision questions for every minute item with resolutions, asked by the item's own title.

For each item the store holds resolutions for (procedural ones aside: minutes of the previous
meeting, date of the next, apologies, declarations, exclusion of the press), ask
"What did the <body> resolve on <title>?" and check that the answer's resolutions include that
item's (same minute number and meeting date), and whether they come first. No hand labels: the
graph is the key, so this measures how well ``kg ask`` finds a decision once the item is named,
across all meetings rather than the dev questions' few.

Usage: python benchmarks/decisions.py [--store DIR] [--show-misses]
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


def decision_questions(records: dict) -> list[tuple[str, tuple[str, str]]]:
    """(question, (minute number, meeting date)) for every substantive item with resolutions."""
    out = []
    for meeting in records["meetings"]:
        if meeting["kind"] != "minutes":
            continue
        for item in meeting["items"]:
            title = re.sub(r"\s+", " ", item["title"]).strip(" .:-").lower()
            if item.get("resolutions") and not title.startswith(PROCEDURAL):
                out.append((f"What did the {meeting['body']} resolve on {title}?", (item["number"], meeting["date"])))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="an ingested store (default: ingest the bundled corpus anew)")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)

    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.open(args.store or Path(tempfile.mkdtemp(prefix="kg-decisions-")))
    if not kg.store.exists():
        kg.ingest(sorted(CORPUS.glob("*.txt")))
    questions = decision_questions(kg.records())
    kg.ask(questions[0][0])   # warm
    found = first = 0
    latencies = []
    for question, wanted in questions:
        started = time.perf_counter()
        answer = kg.ask(question)
        latencies.append((time.perf_counter() - started) * 1000)
        got = [(r["minute"], r["date"]) for r in answer["resolutions"]]
        found += wanted in got
        first += bool(got) and got[0] == wanted
        if args.show_misses and wanted not in got:
            print(f"MISS {wanted[0]} {wanted[1]} {question} -> {got[:3]}")
    n = len(questions)
    print(f"{n} items with resolutions: found {found / n:.3f}, first {first / n:.3f}, "
          f"p50 {statistics.median(latencies):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
