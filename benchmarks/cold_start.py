"""How long one `kg ask` takes as a whole process (start-up, imports, loading the store and index,
answering), the way a user at a terminal meets it.

Runs ``kg ask QUESTION`` in a fresh interpreter ``--runs`` times over a store with a search index and
prints the median, the fastest and the slowest wall-clock seconds, the median CPU seconds (user + system:
on a shared machine they move far less with the load than the wall clock) and the load average. The first run is extra and not counted: it writes the byte-code caches.

    python benchmarks/cold_start.py --store kg-data [--runs 5] [--question "..."]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "what did the panel resolve on CAMHS transition"


def ask_seconds(store: str, question: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one ``kg ask`` process (its answer must be printed, else the run fails)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)   # a user's Python keeps byte code: compiling every module is no start-up
    command = [sys.executable, "-c", "from kg.cli import main; main()", "ask", question, "--store", store]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0 or not result.stdout.strip():
        sys.exit(f"kg ask over {store} failed: {(result.stderr.strip().splitlines() or ['no answer'])[-1]}")
    return seconds, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=os.environ.get("KG_STORE", "kg-data"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--question", default=QUESTION)
    args = parser.parse_args()
    ask_seconds(args.store, args.question)
    runs = [ask_seconds(args.store, args.question) for _ in range(args.runs)]
    seconds = [wall for wall, _ in runs]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"kg ask, {args.runs} runs: median {statistics.median(seconds):.2f} s "
          f"(fastest {min(seconds):.2f}, slowest {max(seconds):.2f}), CPU median "
          f"{statistics.median(cpu for _, cpu in runs):.2f} s; load average {load}")


if __name__ == "__main__":
    main()
