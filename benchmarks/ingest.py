"""A first ingest of the bundled corpus with the search index, against one plain pass of the same model
over the same files.

Each run ingests the corpus into a new store in a child process (``kg ingest DIR --store NEW``: parse,
graph, chunks, embeddings, BM25, the ONNX question encoder) and reports its wall time, CPU time (its own
and its parse workers': what a busy shared machine does not blur) and peak RSS.
The baseline embeds 1,000-character windows of the same files with the same model in a new process
(what a plain semantic index such as txtai does: one pass over the corpus, import and model load
included), so the ratio says what the graph, the chunking by structure and the rest cost on top.

Usage: python benchmarks/ingest.py [DIR] [--repeat 3] [--workers 1]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from retrieval import CORPUS, ROOT
from scale import ingest

# a new process embeds the files' plain windows (retrieval.py's baseline windows) and prints how many
BASELINE = ("import json, sys\nfrom pathlib import Path\nfrom retrieval import character_windows\n"
            "from index.embeddings import Embedder\n"
            "texts = [w['text'] for p in sorted(Path(sys.argv[1]).glob('*.txt')) for w in character_windows(p)]\n"
            "Embedder().encode(texts)\nprint(len(texts))\n")


def embedded_pieces(store: Path) -> int:
    """Texts the ingest sent to the model: the keys of the store's embedding cache."""
    return len(json.loads((store / "cache" / "embeddings.json").read_text()))


def baseline(corpus: Path) -> tuple[float, int]:
    """Seconds and windows of one plain pass of the model over ``corpus`` in a new process."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", BASELINE, str(corpus)], capture_output=True, text=True,
                            cwd=Path(__file__).parent, check=False,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1",
                                 "TRANSFORMERS_OFFLINE": "1"})
    if result.returncode != 0:
        sys.exit(f"baseline failed: {result.stderr.strip().splitlines()[-1:]}")
    return time.perf_counter() - started, int(result.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="ingests to take the median of")
    parser.add_argument("--workers", type=int, default=1, help="files parsed at once (kg ingest --workers)")
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory(prefix="kg-ingest-") as work:
        for run in range(args.repeat):
            store = Path(work) / f"store-{run}"
            seconds, rss, cpu = ingest([args.corpus], store, args.workers, index=True)
            runs.append((seconds, rss, cpu, embedded_pieces(store)))
    base_seconds, windows = baseline(args.corpus)
    seconds = statistics.median(s for s, *_ in runs)
    print(f"kg ingest {args.corpus.name} with the index, --workers {args.workers}, {args.repeat} new stores")
    print("  runs: " + ", ".join(f"{s:.1f} s ({c:.1f} s CPU) / {r:.0f} MB" for s, r, c, _ in runs))
    print(f"  median {seconds:.1f} s, {statistics.median(c for _, _, c, _ in runs):.1f} s CPU, "
          f"peak RSS {max(r for _, r, _, _ in runs):.0f} MB, {runs[0][3]} pieces embedded")
    print(f"baseline: {windows} plain 1,000-character windows embedded by the same model in {base_seconds:.1f} s")
    print(f"ingest / baseline: {seconds / base_seconds:.2f}x")


if __name__ == "__main__":
    main()
