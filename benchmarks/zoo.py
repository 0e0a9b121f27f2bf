"""Score the loaders on the format zoo (../shared/formats): papers of 24 councils' layouts with gold.

Builds a graph-only store of the zoo in a temporary folder, exports the records view (as
``kg export --format records`` prints it) and scores it with the zoo's own ``score.py``: meetings
(body, date, council), items, resolutions, actions and their owners, officers, attendance.

Usage: python benchmarks/zoo.py [--files] [--json] [--zoo DIR]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZOO = ROOT.parent / "shared" / "formats"


def zoo_scorer(zoo: Path):
    """The zoo's ``score`` function, imported from its file."""
    spec = importlib.util.spec_from_file_location("zoo_score", zoo / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def zoo_records(zoo: Path) -> dict:
    """The records view of a graph-only store holding every paper of the zoo."""
    from kg.api import KnowledgeGraph
    from kg.loaders import SUPPORTED_SUFFIXES

    papers = sorted(p for p in zoo.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
    with tempfile.TemporaryDirectory(prefix="kg-zoo-") as store:
        kg = KnowledgeGraph.open(store)
        kg.ingest(papers, with_index=False)
        return kg.records()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zoo", type=Path, default=ZOO, help="the format zoo folder (with gold.json and score.py)")
    parser.add_argument("--files", action="store_true", help="add a line per file")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not (args.zoo / "gold.json").exists() or not (args.zoo / "score.py").exists():
        print(f"format zoo not found at {args.zoo} (needs gold.json and score.py); nothing scored")
        return 0
    gold = json.loads((args.zoo / "gold.json").read_text(encoding="utf-8"))
    result = zoo_scorer(args.zoo)(zoo_records(args.zoo), gold)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for name, figure in result["overall"].items():
        print(f"{name:11} {figure['recall']}  ({figure['found']}/{figure['of']})")
    if args.files:
        for name, row in result["per_file"].items():
            print(name, " ".join(f"{k} {v}" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
