"""Parse files in worker processes: several at once, each within a time budget.

A file that takes longer than its budget (a pathological layout, a parser bug that loops) is
reported as an :class:`InputError` and its worker killed, so one file cannot hold up the batch.
Workers are forked from the ingesting process, which has the loaders imported already, so each file
costs a fork, not an interpreter start.
"""
from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import TypeVar

from kg.errors import InputError

PARSE_BUDGET_SECONDS = 120.0   # the largest sample pack parses in about 3 s

T = TypeVar("T")
P = TypeVar("P")


def parse_in_workers(paths: Sequence[P], parse: Callable[[P], T], workers: int = 1,
                     budget: float = PARSE_BUDGET_SECONDS,
                     meanwhile: Callable[[], object] | None = None) -> Iterator[tuple[int, T | InputError]]:
    """``(i, parse(paths[i]))`` for every path as each finishes, at most ``workers`` at a time; a path
    whose parse raised, died or ran over ``budget`` seconds gets an :class:`InputError` instead.
    Results are yielded as they come so the caller can store each and let it go. Workers are forked,
    so ``parse`` (any callable) and what it reads are theirs as they were; only results are sent back.
    Paths may be any names of work (the store's source names when building graphs). ``meanwhile`` is
    called once the first workers run, before any is waited for: work of the caller's that need not
    wait for the results (in this process, no thread: forking beside a running thread is unsafe)."""
    context = multiprocessing.get_context("fork")
    waiting = list(enumerate(paths))[::-1]
    running: dict[Connection, tuple[int, P, multiprocessing.Process, float]] = {}
    try:
        while waiting or running:
            while waiting and len(running) < max(1, workers):
                index, path = waiting.pop()
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(target=_parse_one, args=(parse, path, sender), daemon=True)
                process.start()
                sender.close()
                running[receiver] = (index, path, process, time.monotonic() + budget)
            if meanwhile is not None:
                meanwhile()
                meanwhile = None
            first_deadline = min(deadline for *_, deadline in running.values())
            for receiver in wait(list(running), max(0.0, first_deadline - time.monotonic())):
                index, path, process, _ = running.pop(receiver)
                yield index, _receive(receiver, path, process)
            now = time.monotonic()
            for receiver, (index, path, process, deadline) in list(running.items()):
                if now >= deadline:
                    _stop(receiver, process)
                    del running[receiver]
                    yield index, InputError(path, f"took longer than {budget:g} s to read and parse; skipped")
    finally:   # the caller stopped early or failed: no worker outlives the batch
        for receiver, (_, _, process, _) in running.items():
            _stop(receiver, process)


def _stop(receiver: Connection, process: multiprocessing.Process) -> None:
    process.kill()
    process.join()
    receiver.close()


def _parse_one(parse: Callable[[P], T], path: P, sender: Connection) -> None:
    """Worker body: the result or the error goes back through ``sender``; nothing escapes."""
    try:
        result: T | InputError = parse(path)
    except InputError as exc:
        result = exc
    except Exception as exc:  # noqa: BLE001 - a worker must always answer
        result = InputError(path, f"could not be parsed ({type(exc).__name__}: {exc})")
    sender.send(result)
    sender.close()


def _receive(receiver: Connection, path: P, process: multiprocessing.Process) -> object:
    try:
        result = receiver.recv()
    except EOFError:
        process.join()
        result = InputError(path, f"the parser stopped without an answer (exit code {process.exitcode})")
    receiver.close()
    process.join()
    return result
