"""How ingest scales: graph-only stores of N packs made by ../shared/scale_corpus.py (the bundled
packs copied with their years shifted, so each copy holds distinct meetings).

For each N it prints the time and peak RSS of ingesting N packs at once (``--workers``), and the
time to add one more pack to that store against the time to ingest that pack into an empty store, in
wall-clock seconds and in CPU seconds (user + system, parse workers included): on a shared machine the
CPU ratio moves far less with the load than the wall-clock one. Every ingest runs as a child process
of a small wrapper that reports its children's peak RSS (``ru_maxrss`` of RUSAGE_CHILDREN: the largest
single process, the ingest or one parse worker) and CPU time.

Usage: python benchmarks/scale.py [N ...] [--workers 2] [--index] [--keep DIR]   (default N: 10)
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALE_CORPUS = ROOT.parent / "shared" / "scale_corpus.py"
# runs argv as a child and prints its peak RSS (KiB on Linux) and CPU seconds as the last line
MEASURE = ("import resource, subprocess, sys\n"
           "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
           "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
           "print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\nsys.exit(code)\n")


def ingest(paths: list[Path], store: Path, workers: int, index: bool) -> tuple[float, float, float]:
    """Seconds, peak RSS (MB) and CPU seconds of a ``kg ingest`` of ``paths`` into ``store`` (graph only unless
    ``index``)."""
    command = [sys.executable, "-c", MEASURE, sys.executable, "-c", "from kg.cli import main; main()",
               "ingest", *map(str, paths), "--store", str(store), "--workers", str(workers),
               *([] if index else ["--no-index"])]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"ingest into {store} failed: {result.stderr.strip().splitlines()[-1:]}")
    rss, cpu = result.stdout.split()[-2:]
    return seconds, int(rss) / 1024, float(cpu)


def measure(n: int, workers: int, work: Path, index: bool) -> dict[str, float]:
    packs = work / f"packs-{n}"
    subprocess.run([sys.executable, str(SCALE_CORPUS), str(n + 1), str(packs)], check=True)
    extra = max(packs.glob("*.txt"))
    extra = extra.rename(work / extra.name)
    seconds, rss, _ = ingest([packs], work / f"store-{n}", workers, index)
    add_seconds, add_rss, add_cpu = ingest([extra], work / f"store-{n}", 1, index)
    alone_seconds, _, alone_cpu = ingest([extra], work / f"alone-{n}", 1, index)
    return {"packs": n, "seconds": round(seconds, 1), "peak_rss_mb": round(rss), "add_one_seconds": round(add_seconds, 1),
            "add_one_peak_rss_mb": round(add_rss), "one_alone_seconds": round(alone_seconds, 1),
            "add_vs_alone": round(add_seconds / alone_seconds, 2), "add_one_cpu_seconds": round(add_cpu, 2),
            "one_alone_cpu_seconds": round(alone_cpu, 2), "add_vs_alone_cpu": round(add_cpu / alone_cpu, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="Work in this folder and keep the stores.")
    parser.add_argument("--index", action="store_true", help="Build the search index too (default: graph only).")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        rows = [measure(n, args.workers, work, args.index) for n in args.sizes]
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print(f"{'with index' if args.index else 'graph only'}, --workers {args.workers}")
    print(f"{'packs':>6} {'ingest s':>9} {'peak MB':>8} {'add one s':>10} {'add peak MB':>12} {'alone s':>8} {'add/alone':>10}"
          f" {'add cpu s':>10} {'alone cpu s':>12} {'cpu add/alone':>14}")
    for row in rows:
        print(f"{row['packs']:>6} {row['seconds']:>9} {row['peak_rss_mb']:>8} {row['add_one_seconds']:>10} "
              f"{row['add_one_peak_rss_mb']:>12} {row['one_alone_seconds']:>8} {row['add_vs_alone']:>10} "
              f"{row['add_one_cpu_seconds']:>10} {row['one_alone_cpu_seconds']:>12} {row['add_vs_alone_cpu']:>14}")


if __name__ == "__main__":
    main()
