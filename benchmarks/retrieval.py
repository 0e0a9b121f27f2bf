"""Retrieval quality and speed on ../shared/eval/dev_questions.json, with baselines in the same run.

Systems: council-kg (``KnowledgeGraph.ask``: graph-linked chunks, hybrid search, graph re-ranking,
abstention), BM25 alone and dense alone over plain 1,000-character windows of the same files (same
embedding model). Metrics:
- hit@5: an evidence item among the first five overlaps a gold span of the same file;
- MRR@10: reciprocal rank of the first such item;
- must-mention: share of the question's key phrases found (case-insensitive) in the first 4,000
  characters of answer + evidence text;
- abstention: unanswerable questions answered with answerable=false; false abstention: answerable
  questions that were refused;
- ingest time against time spent embedding; warm query latency p50/p95 (model loaded).

Usage: python benchmarks/retrieval.py [--store DIR]   (a temporary store is built otherwise)
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT.parent / "shared" / "eval" / "dev_questions.json"
CORPUS = ROOT / "data" / "rotherham"
WINDOW = 1000


def overlaps(evidence: dict, gold: list[dict]) -> bool:
    return any(evidence["source"] == g["file"] and evidence["lines"][0] <= g["lines"][1]
               and g["lines"][0] <= evidence["lines"][1] for g in gold)


def score(question: dict, answer: dict) -> dict:
    evidence = answer["evidence"]
    ranks = [i for i, ev in enumerate(evidence[:10], start=1) if overlaps(ev, question["evidence"])]
    text = (answer.get("answer", "") + "\n" + "\n".join(ev["text"] for ev in evidence))[:4000].lower()
    phrases = question["must_mention"]
    return {
        "hit5": bool(ranks and ranks[0] <= 5), "rr": 1 / ranks[0] if ranks else 0.0,
        "mention": sum(p.lower() in text for p in phrases) / len(phrases) if phrases else None,
        "abstained": not answer.get("answerable", True),
    }


class WindowBaseline:
    """Plain 1,000-character windows of each file, searched by BM25 or by dense similarity alone."""

    def __init__(self, files: list[Path], embedder) -> None:
        import bm25s
        import faiss

        self.windows: list[dict] = []
        for path in files:
            lines = path.read_text(encoding="utf-8").splitlines()
            current, start, size = [], 1, 0
            for number, line in enumerate(lines, start=1):
                if not current:
                    start = number
                current.append(line)
                size += len(line) + 1
                if size >= WINDOW:
                    self.windows.append({"source": path.name, "lines": [start, number], "text": "\n".join(current)})
                    current, size = [], 0
            if current:
                self.windows.append({"source": path.name, "lines": [start, len(lines)], "text": "\n".join(current)})
        texts = [w["text"] for w in self.windows]
        self.bm25 = bm25s.BM25()
        self.bm25.index(bm25s.tokenize(texts, stopwords="en", show_progress=False), show_progress=False)
        self.embedder = embedder
        vectors = embedder.encode(texts)
        self.dense = faiss.IndexFlatIP(vectors.shape[1])
        self.dense.add(vectors)

    def ask(self, question: str, mode: str, k: int = 10) -> dict:
        import bm25s

        if mode == "bm25":
            ids, _ = self.bm25.retrieve(bm25s.tokenize([question], stopwords="en", show_progress=False), k=k,
                                        show_progress=False, n_threads=1)
            order = [int(i) for i in ids[0]]
        else:
            _, ids = self.dense.search(self.embedder.encode_query(question), k)
            order = [int(i) for i in ids[0]]
        return {"answer": "", "answerable": True, "evidence": [self.windows[i] for i in order]}


def summarise(rows: list[tuple[dict, dict]]) -> dict:
    answerable = [(q, s) for q, s in rows if q["kind"] != "unanswerable"]
    unanswerable = [(q, s) for q, s in rows if q["kind"] == "unanswerable"]
    mentions = [s["mention"] for _, s in answerable if s["mention"] is not None]
    return {
        "hit@5": statistics.mean(s["hit5"] for _, s in answerable),
        "MRR@10": statistics.mean(s["rr"] for _, s in answerable),
        "must-mention": statistics.mean(mentions),
        "abstained (unanswerable)": f"{sum(s['abstained'] for _, s in unanswerable)}/{len(unanswerable)}",
        "false abstentions": f"{sum(s['abstained'] for _, s in answerable)}/{len(answerable)}",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="an existing store of the bundled corpus (else one is built)")
    parser.add_argument("--show-misses", action="store_true", help="list questions council-kg missed")
    args = parser.parse_args(argv)
    from kg.api import KnowledgeGraph

    questions = json.loads(QUESTIONS.read_text())["questions"]
    files = sorted(CORPUS.glob("*.txt"))
    store = args.store or Path(tempfile.mkdtemp(prefix="kg-retrieval-"))
    kg = KnowledgeGraph.open(store)
    ingest_seconds = embed_seconds = None
    if not kg.store.exists():
        started = time.perf_counter()
        kg.ingest(files)
        ingest_seconds = time.perf_counter() - started
    searcher = kg.searcher
    embedder = searcher.index.embedder
    started = time.perf_counter()
    embedder.encode([c.embed_text for c in searcher.index.chunks[:200]] and ["warm-up"])
    systems = {"council-kg": []}
    latencies = []
    for question in questions:
        started = time.perf_counter()
        answer = kg.ask(question["question"], k=5)
        latencies.append((time.perf_counter() - started) * 1000)
        systems["council-kg"].append((question, score(question, answer)))
    timer = time.perf_counter()
    baseline = WindowBaseline(files, embedder)
    embed_seconds = time.perf_counter() - timer
    for mode in ("bm25", "dense"):
        systems[f"{mode} windows"] = [(q, score(q, baseline.ask(q["question"], mode))) for q in questions]
    print(f"{len(questions)} questions ({sum(q['kind'] == 'unanswerable' for q in questions)} unanswerable)\n")
    table = {name: summarise(rows) for name, rows in systems.items()}
    metrics = list(next(iter(table.values())))
    print(f"{'system':<16}" + "".join(f"{m:>26}" for m in metrics))
    for name, figures in table.items():
        print(f"{name:<16}" + "".join(f"{v:>26.3f}" if isinstance(v, float) else f"{v:>26}" for v in figures.values()))
    ours, bm25, dense = (table[n] for n in ("council-kg", "bm25 windows", "dense windows"))
    print(f"\nhit@5 ratio vs bm25 {ours['hit@5'] / max(bm25['hit@5'], 1e-9):.2f}, vs dense {ours['hit@5'] / max(dense['hit@5'], 1e-9):.2f}")
    latencies.sort()
    print(f"warm query latency: p50 {statistics.median(latencies):.1f} ms, p95 {latencies[int(0.95 * (len(latencies) - 1))]:.1f} ms")
    if ingest_seconds is not None:
        print(f"ingest of the corpus: {ingest_seconds:.1f} s")
    print(f"embedding {len(baseline.windows)} baseline windows: {embed_seconds:.1f} s "
          f"({len(baseline.windows) / max(embed_seconds, 1e-9):.0f} windows/s, cache-aware)")
    if args.show_misses:
        for question, s in systems["council-kg"]:
            if question["kind"] != "unanswerable" and (not s["hit5"] or (s["mention"] or 1) < 1):
                print(f"MISS {question['id']} hit5={s['hit5']} mention={s['mention']} {question['question'][:90]}")
            if question["kind"] == "unanswerable" and not s["abstained"]:
                print(f"ANSWERED-UNANSWERABLE {question['id']} {question['question'][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
