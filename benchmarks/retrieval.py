"""Retrieval quality and speed on ../shared/eval/dev_questions.json, with baselines in the same run, and
the system under test on its own held-out questions (benchmarks/questions/own*.json), each set's halves apart.

Systems:
- council-kg: ``KnowledgeGraph.ask`` (graph-linked chunks, hybrid search, graph re-ranking, abstention);
- council-kg index: the same store's HybridIndex searched directly, without the answer layer;
- index-only (``--system index-only``, or when kg.api is missing): HybridIndex over paragraph-boundary
  chunks of the files, no graph; abstains when the best cosine is under ABSTAIN_BELOW;
- bm25 windows / dense windows: plain 1,000-character windows of the same files searched by BM25 alone
  or by the same embedding model alone.

Metrics:
- hit@5: an evidence item among the first five overlaps a gold span of the same file;
- MRR@10: reciprocal rank of the first such item;
- must-mention: share of the question's key phrases found (case-insensitive) in the first 4,000
  characters of answer + evidence text;
- abstention: unanswerable questions answered with answerable=false; false abstention: answerable
  questions that were refused;
- refused with a code: unanswerable questions refused with an ``abstain_reason`` (own questions);
- ingest time against time spent embedding; warm query latency p50/p95 (model loaded).

The own questions come in two halves drawn at random before any answer was seen: 'tuned' may be looked at
while changing the answer rules, 'untouched' only as a figure (its misses are listed only with
--show-untouched, which is for the final report).

Usage: python benchmarks/retrieval.py [--system kg|index-only] [--store DIR] [--show-misses] [--no-baselines]
       [--by-kind] [--kind KIND ...] [--sets dev own own2]
"""
from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUESTIONS = ROOT.parent / "shared" / "eval" / "dev_questions.json"
OWN_QUESTIONS = sorted((ROOT / "benchmarks" / "questions").glob("own*.json"))
HALVES = ("tuned", "untouched")
CORPUS = ROOT / "data" / "rotherham"
WINDOW = 1000
ABSTAIN_BELOW = 0.30   # index-only: best cosine under this means nothing in the corpus is about the question
TEXT_BUDGET = 4000

Answer = dict
AskFunction = Callable[[str], Answer]


# -- scoring -------------------------------------------------------------------------------------

def overlaps(evidence: dict, gold: list[dict]) -> bool:
    return any(evidence["source"] == g["file"] and evidence["lines"][0] <= g["lines"][1]
               and g["lines"][0] <= evidence["lines"][1] for g in gold)


def score(question: dict, answer: Answer) -> dict:
    evidence = answer["evidence"]
    ranks = [i for i, ev in enumerate(evidence[:10], start=1) if overlaps(ev, question["evidence"])]
    text = (answer.get("answer", "") + "\n" + "\n".join(ev["text"] for ev in evidence))[:TEXT_BUDGET].lower()
    phrases = question["must_mention"]
    return {
        "hit5": bool(ranks and ranks[0] <= 5), "rr": 1 / ranks[0] if ranks else 0.0,
        "mention": sum(p.lower() in text for p in phrases) / len(phrases) if phrases else None,
        "abstained": not answer.get("answerable", True),
        "reason": answer.get("abstain_reason"),
    }


@dataclass
class Run:
    name: str
    rows: list[tuple[dict, dict]]
    latencies_ms: list[float]

    def summary(self, with_codes: bool = False) -> dict[str, float | str]:
        answerable = [s for q, s in self.rows if q["kind"] != "unanswerable"]
        unanswerable = [s for q, s in self.rows if q["kind"] == "unanswerable"]
        mentions = [s["mention"] for s in answerable if s["mention"] is not None]
        ordered = sorted(self.latencies_ms)
        return {
            "hit@5": _mean([s["hit5"] for s in answerable]),
            "MRR@10": _mean([s["rr"] for s in answerable]),
            "must-mention": _mean(mentions),
            "abstained": f"{sum(s['abstained'] for s in unanswerable)}/{len(unanswerable)}",
            "false abst.": f"{sum(s['abstained'] for s in answerable)}/{len(answerable)}",
            **({"with code": f"{sum(s['abstained'] and bool(s['reason']) for s in unanswerable)}/{len(unanswerable)}"}
               if with_codes else {}),
            "p50 ms": statistics.median(ordered),
            "p95 ms": ordered[round(0.95 * (len(ordered) - 1))],
        }


def _mean(values: list) -> float:
    return statistics.mean(values) if values else float("nan")


def run(name: str, ask: AskFunction, questions: list[dict]) -> Run:
    ask(questions[0]["question"])   # warm: model loaded, caches filled
    rows, latencies = [], []
    for question in questions:
        started = time.perf_counter()
        answer = ask(question["question"])
        latencies.append((time.perf_counter() - started) * 1000)
        rows.append((question, score(question, answer)))
    return Run(name, rows, latencies)


# -- systems -------------------------------------------------------------------------------------

@dataclass
class EmbeddingTally:
    seconds: float = 0.0
    texts: int = 0


def timing_line(label: str, seconds: float, embedding: EmbeddingTally) -> str:
    rate = f", {embedding.texts / embedding.seconds:.0f}/s" if embedding.texts else ""
    return (f"{label}: {seconds:.1f} s, of which embedding {embedding.seconds:.1f} s "
            f"({embedding.texts} texts embedded, the rest cached{rate})")


@contextlib.contextmanager
def embedding_clock() -> Iterator[EmbeddingTally]:
    """Time and texts spent in Embedder.encode while the block runs, whichever Embedder does it
    (ingest builds its own deep inside)."""
    from index.embeddings import Embedder

    tally = EmbeddingTally()
    original = Embedder.encode

    def timed(self, texts):
        started, before = time.perf_counter(), self.encoded
        try:
            return original(self, texts)
        finally:
            tally.seconds += time.perf_counter() - started
            tally.texts += self.encoded - before

    Embedder.encode = timed
    try:
        yield tally
    finally:
        Embedder.encode = original


def hits_as_answer(hits, abstain_below: float | None = None) -> Answer:
    best = max((h.dense_score for h in hits), default=0.0)
    return {"answer": "", "answerable": abstain_below is None or best >= abstain_below,
            "evidence": [{"source": h.chunk.source, "lines": list(h.chunk.lines), "text": h.chunk.text} for h in hits]}


def answer_config(settings: list[str]) -> Any:
    """The answer knobs (kg.config.AnswerConfig) with each 'NAME=VALUE' of ``settings`` changed, to sweep one:
    a clear error for a knob that does not exist."""
    from dataclasses import fields, replace

    from kg.config import DEFAULT_CONFIG

    types = {f.name: type(getattr(DEFAULT_CONFIG, f.name)) for f in fields(DEFAULT_CONFIG)}
    changed = {}
    for setting in settings:
        name, _, value = setting.partition("=")
        if name not in types or not value:
            raise SystemExit(f"--config {setting}: expected NAME=VALUE with NAME one of {', '.join(sorted(types))}")
        changed[name] = types[name](value)
    return replace(DEFAULT_CONFIG, **changed)


def council_kg(files: list[Path], store: Path | None, report: list[str],
               config: Any = None) -> list[tuple[str, AskFunction]]:
    """The full system (with the answer knobs ``config``, else the defaults) and its index alone, over a store
    (built here unless given)."""
    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.open(store or Path(tempfile.mkdtemp(prefix="kg-retrieval-")))
    if not kg.store.exists():
        with embedding_clock() as embedding:
            started = time.perf_counter()
            kg.ingest(files)
        report.append(timing_line("council-kg ingest (graph + index)", time.perf_counter() - started, embedding))
    index = kg.searcher.index
    report.append(f"council-kg index: {len(index.chunks)} chunks")
    return [("council-kg", lambda q: kg.ask(q, k=5, config=config).to_json()),
            ("council-kg index", lambda q: hits_as_answer(index.search(q, k=10)))]


@dataclass
class FileSource:
    """A whole file as one chunk source (index.chunks.ChunkSource) for the graph-free system."""

    node: str
    kind: str
    title: str
    source: str
    lines: list[tuple[int, int, str]]
    date: str | None = None


def paragraph_sources(files: list[Path]) -> list[FileSource]:
    """Each file's paragraphs as (first line, last line, text), so pieces break between paragraphs."""
    from kg.loaders.normalize import normalize, paragraphs
    from kg.loaders.text import read_source

    out = []
    for path in files:
        source = read_source(path)
        lines = [(p.start, p.end, p.text) for p in paragraphs(normalize(source)) if p.text.strip()]
        out.append(FileSource(f"file:{source.name}", "paragraphs", "", source.name, lines))
    return out


def index_only(files: list[Path], embedder, report: list[str]) -> list[tuple[str, AskFunction]]:
    from index import HybridIndex, make_chunks

    with embedding_clock() as embedding:
        started = time.perf_counter()
        chunks = make_chunks(paragraph_sources(files), embedder.count_tokens)
        index = HybridIndex.build(chunks, embedder)
    report.append(timing_line(f"index-only build ({len(chunks)} chunks)", time.perf_counter() - started, embedding))
    return [("index-only", lambda q: hits_as_answer(index.search(q, k=10), ABSTAIN_BELOW))]


class WindowBaseline:
    """Plain 1,000-character windows of each file, searched by BM25 alone (bm25s with its own
    tokenizer and English stopwords: the textbook baseline) or by the same embedding model alone."""

    def __init__(self, files: list[Path], embedder) -> None:
        import bm25s

        from index.dense import DenseIndex

        self.windows = [window for path in files for window in character_windows(path)]
        texts = [w["text"] for w in self.windows]
        self.sparse = bm25s.BM25()
        self.sparse.index(bm25s.tokenize(texts, stopwords="en", show_progress=False), show_progress=False)
        self.embedder = embedder
        self.dense = DenseIndex.build(embedder.encode(texts), embedder.dimension)

    def bm25(self, question: str) -> Answer:
        import bm25s

        tokens = bm25s.tokenize([question], stopwords="en", return_ids=False, show_progress=False)
        ids, _ = self.sparse.retrieve(tokens, k=10, show_progress=False, n_threads=1)
        return self._answer([int(i) for i in ids[0]])

    def dense_search(self, question: str) -> Answer:
        return self._answer([i for i, _ in self.dense.search(self.embedder.encode_queries([question]), 10)])

    def _answer(self, order: list[int]) -> Answer:
        return {"answer": "", "answerable": True, "evidence": [self.windows[i] for i in order]}


def character_windows(path: Path) -> Iterator[dict]:
    """Consecutive whole lines of ``path`` gathered until they pass WINDOW characters."""
    current, start, size = [], 1, 0
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if not current:
            start = number
        current.append(line)
        size += len(line) + 1
        if size >= WINDOW:
            yield {"source": path.name, "lines": [start, number], "text": "\n".join(current)}
            current, size = [], 0
    if current:
        yield {"source": path.name, "lines": [start, len(lines)], "text": "\n".join(current)}


# -- report --------------------------------------------------------------------------------------

def print_table(runs: list[Run], baselines: tuple[str, ...] = ("bm25 windows", "dense windows"),
                with_codes: bool = False) -> None:
    table = {r.name: r.summary(with_codes) for r in runs}
    metrics = list(next(iter(table.values())))
    print(f"{'system':<18}" + "".join(f"{m:>14}" for m in metrics))
    for name, figures in table.items():
        print(f"{name:<18}" + "".join(f"{v:>14.3f}" if isinstance(v, float) else f"{v:>14}" for v in figures.values()))
    if not any(b in table for b in baselines):
        return
    system = runs[0].name
    ratios = [f"{metric} x{table[system][metric] / best:.2f}" for metric in ("hit@5", "MRR@10", "must-mention")
              if (best := max(table[b][metric] for b in baselines if b in table))]
    print(f"\n{system} against the better baseline of each metric: " + ", ".join(ratios))


def print_misses(result: Run) -> None:
    for question, s in result.rows:
        if question["kind"] == "unanswerable":
            if not s["abstained"]:
                print(f"ANSWERED-UNANSWERABLE {question['id']} {question['question'][:90]}")
            elif not s["reason"]:
                print(f"REFUSED-WITHOUT-CODE {question['id']} {question['question'][:90]}")
        elif s["abstained"]:
            print(f"FALSE-REFUSAL {question['id']} ({s['reason']}) {question['question'][:90]}")
        elif not s["hit5"] or (s["mention"] if s["mention"] is not None else 1) < 1:
            print(f"MISS {question['id']} {question['kind']} hit5={s['hit5']} mention={s['mention']:.2f} "
                  f"{question['question'][:90]}")


def print_kinds(result: Run) -> None:
    """hit@5 / must-mention per kind of question (refusals for the unanswerable ones)."""
    kinds = sorted({q["kind"] for q, _ in result.rows})
    for kind in kinds:
        rows = [s for q, s in result.rows if q["kind"] == kind]
        if kind == "unanswerable":
            print(f"  {kind:<16}{len(rows):>4}  refused {sum(s['abstained'] for s in rows)}/{len(rows)}")
            continue
        mentions = [s["mention"] for s in rows if s["mention"] is not None]
        print(f"  {kind:<16}{len(rows):>4}  hit@5 {statistics.mean(s['hit5'] for s in rows):.2f}  "
              f"must-mention {_mean(mentions):.2f}  "
              f"false refusals {sum(s['abstained'] for s in rows)}")


def halves(name: str, ask: AskFunction, questions: list[dict]) -> list[Run]:
    """One run of the own questions, split into its halves (each a Run named after its half)."""
    together = run(name, ask, questions)
    return [Run(f"{name} {half}", [(q, s) for q, s in together.rows if q["half"] == half],
                [ms for (q, _), ms in zip(together.rows, together.latencies_ms) if q["half"] == half])
            for half in HALVES]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--system", choices=["kg", "index-only"], default=None,
                        help="kg: the full system (default when kg.api exists); index-only: HybridIndex over paragraphs")
    parser.add_argument("--store", type=Path, help="an existing store of the bundled corpus (else one is built)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "council-kg-benchmark-cache",
                        help="embedding cache for the index-only system and the window baselines")
    parser.add_argument("--show-misses", action="store_true",
                        help="list the first system's misses on the dev set and on the tuned half of the own questions")
    parser.add_argument("--show-untouched", action="store_true",
                        help="also list the misses of the untouched halves (for the final report only)")
    parser.add_argument("--no-baselines", action="store_true", help="skip the window baselines")
    parser.add_argument("--by-kind", action="store_true",
                        help="per kind of question, for the dev set and the tuned halves (never the untouched ones)")
    parser.add_argument("--kind", nargs="*", default=[], help="only questions of these kinds (quick runs)")
    parser.add_argument("--halves", nargs="*", default=list(HALVES), choices=HALVES,
                        help="halves of the own questions to run (quick runs while tuning: --halves tuned)")
    parser.add_argument("--sets", nargs="*", default=["dev", *(p.stem for p in OWN_QUESTIONS)],
                        help="question sets to run: dev and the own*.json files by name")
    parser.add_argument("--config", nargs="*", default=[], metavar="NAME=VALUE",
                        help="answer knobs of kg.config.AnswerConfig changed for this run, to sweep one")
    args = parser.parse_args(argv)
    config = answer_config(args.config) if args.config else None
    system = args.system or ("kg" if _has_kg_api() else "index-only")

    questions = json.loads(QUESTIONS.read_text())["questions"]
    files = sorted(CORPUS.glob("*.txt"))
    report: list[str] = []
    from index import Embedder

    embedder = Embedder(cache_dir=args.cache)
    systems = council_kg(files, args.store, report, config) if system == "kg" else index_only(files, embedder, report)
    if not args.no_baselines:
        with embedding_clock() as embedding:
            started = time.perf_counter()
            baseline = WindowBaseline(files, embedder)
        report.append(timing_line(f"window baselines ({len(baseline.windows)} windows)", time.perf_counter() - started,
                                  embedding))
        systems += [("bm25 windows", baseline.bm25), ("dense windows", baseline.dense_search)]

    kept = lambda qs: [q for q in qs if not args.kind or q["kind"] in args.kind]
    questions = kept(questions)
    runs = [run(name, ask, questions) for name, ask in systems] if "dev" in args.sets and questions else []
    if runs:
        print(f"{len(questions)} questions ({sum(q['kind'] == 'unanswerable' for q in questions)} unanswerable), "
              f"system under test: {system}\n")
        print_table(runs)
        if args.by_kind:
            print_kinds(runs[0])
    tuned_halves = []
    for path in OWN_QUESTIONS:
        own = [q for q in kept(json.loads(path.read_text())["questions"]) if q["half"] in args.halves]
        if path.stem not in args.sets or not own:
            continue
        tuned, untouched = halves(systems[0][0], systems[0][1], own)
        tuned_halves.append(tuned)
        print(f"\nown questions ({path.relative_to(ROOT)}): " + ", ".join(
            f"{half.name.rsplit(' ', 1)[1]} {len(half.rows)} ({sum(q['kind'] == 'unanswerable' for q, _ in half.rows)} "
            f"unanswerable)" for half in (tuned, untouched)))
        print_table([half for half in (tuned, untouched) if half.rows], baselines=(), with_codes=True)
        if args.by_kind and tuned.rows:
            print_kinds(tuned)
        if args.show_untouched:
            print_misses(untouched)
    print("\n" + "\n".join(report))
    if args.show_misses:
        print()
        for result in runs[:1] + tuned_halves:
            print_misses(result)
    return 0


def _has_kg_api() -> bool:
    try:
        import kg.api  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
