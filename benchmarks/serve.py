"""Answers per second from `kg serve` under concurrent load, on loopback only.

Starts `kg serve` on a free 127.0.0.1 port over a store with a search index, asks each question
once to warm up and to have its answer alone, then fires a fixed number of /api/ask requests with a
fixed number in flight (httpx), and prints throughput, p50 / p95 latency, errors, how many answers
differ from the answer the same question got alone, and that an oversized question is refused.

    python benchmarks/serve.py --store kg-data [--requests 400] [--concurrency 8] [--threads 8] [--workers 1]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

QUESTIONS = [
    "what did the panel resolve on CAMHS transition",
    "who presented the welfare reform report?",
    "who chaired the Corporate Parenting Panel in September 2016?",
    "how much did the independent foster agencies framework save?",
    "which activities in the child friendly borough action plan were flagged red?",
    "When was the next panel meeting after September 2016?",
    "What actions sit under the priority on reducing harm from domestic abuse, substance misuse and neglect?",
    "why were the press and public excluded in March 2013?",
]
READY_WITHIN = 180.0     # seconds for the server to load the index and the model
REQUEST_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(store: str, port: int, threads: int, workers: int) -> subprocess.Popen:
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    command = [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", store,
               "--host", "127.0.0.1", "--port", str(port), "--threads", str(threads), "--workers", str(workers)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_ready(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + READY_WITHIN
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"kg serve exited: {server.stderr.read().strip().splitlines()[-1:]}")
        try:
            if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"kg serve was not ready within {READY_WITHIN:g} s")


async def fire(base: str, requests: int, concurrency: int, alone: dict[str, dict]) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    differ = 0
    queue = iter(range(requests))

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal differ
        for n in queue:
            question = QUESTIONS[n % len(QUESTIONS)]
            started = time.perf_counter()
            try:
                response = await client.get("/api/ask", params={"q": question})
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                errors.append(f"{response.status_code}: {response.text[:100]}")
            elif response.json() != alone[question]:
                differ += 1

    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT,
                                 limits=httpx.Limits(max_connections=concurrency)) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"elapsed": elapsed, "latencies": latencies, "errors": errors, "differ": differ}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=os.environ.get("KG_STORE", "kg-data"))
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--threads", type=int, default=8, help="kg serve --threads")
    parser.add_argument("--workers", type=int, default=1, help="kg serve --workers")
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.store, port, args.threads, args.workers)
    try:
        wait_ready(base, server)
        alone = {}
        single = []
        for question in QUESTIONS:          # warm-up, and each answer on its own for comparison
            started = time.perf_counter()
            alone[question] = httpx.get(base + "/api/ask", params={"q": question}, timeout=REQUEST_TIMEOUT).json()
            single.append(time.perf_counter() - started)
        oversized = httpx.get(base + "/api/ask", params={"q": "x" * 5000}, timeout=REQUEST_TIMEOUT)
        result = asyncio.run(fire(base, args.requests, args.concurrency, alone))
    finally:
        server.terminate()
        server.wait(10)
    latencies = result["latencies"]
    print(f"kg serve /api/ask on loopback: {args.requests} requests, {args.concurrency} in flight, "
          f"{args.workers} server process(es) of {args.threads} threads, {len(QUESTIONS)} questions")
    print(f"one at a time (warm-up pass): median {statistics.median(single) * 1000:.0f} ms")
    print(f"throughput {len(latencies) / result['elapsed']:.1f} answers/s over {result['elapsed']:.1f} s")
    if latencies:
        p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
        print(f"latency p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms")
    print(f"errors {len(result['errors'])}" + (f" (first: {result['errors'][0]})" if result["errors"] else ""))
    print(f"answers differing from the same question asked alone: {result['differ']}")
    print(f"oversized question (5000 characters): HTTP {oversized.status_code} {oversized.json().get('error')}")


if __name__ == "__main__":
    main()
