"""Answers over other councils' papers: questions drawn from the format zoo's gold records
(../shared/formats/gold.json) at run time, asked of council-kg and of plain BM25 over the same files.

The bundled corpus is one council; the zoo is 24 councils' layouts. Questions are made from each
file's gold record with several phrasings, so no question or phrase is stored in this repository:
- resolution: "What did the <body> resolve about <item title>?" (must mention the rarest words of
  the first resolution; a hit is a piece from that file holding the resolution's opening words);
- chair: "Who chaired the <body> meeting on <date>?" (must mention the chair's surname);
- owner: "Who is responsible for the action to <action text>?" (must mention the owner);
- officer: "Who is the <role> at <council>?" (must mention the officer's surname);
- unanswerable: the chair question with the date a month off, which should be refused.

Figures as in benchmarks/retrieval.py (hit@5, MRR@10, must-mention, refusals), per system and per
kind. A hit is judged by text, not line numbers, as HTML files are cited by their text lines.

Usage: python benchmarks/other_councils.py [--store DIR] [--show-misses]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
ZOO = ROOT.parent / "shared" / "formats"
PROCEDURAL = re.compile(r"apolog|declaration|minutes of|public (statements|questions)|urgent|exclusion|"
                        r"date of (the )?next|any other business", re.I)
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{4,}")
TEXT_BUDGET = 4000

Answer = dict


# -- questions -----------------------------------------------------------------------------------

def spoken_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def month_off(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    month = day.month % 12 + 1
    return (day.replace(year=day.year + (month == 1), month=month, day=min(day.day, 28))).isoformat()


def surname(name: str) -> str:
    return re.sub(r"\(.*?\)", "", name).split()[-1].strip(".,")


def rare_words(text: str, avoid: str, frequency: Counter, count: int = 2) -> list[str]:
    """The ``count`` least common words of ``text`` across the zoo that its item title does not use."""
    seen = set(WORD.findall(avoid.lower()))
    words = [w for w in dict.fromkeys(WORD.findall(text)) if w.lower() not in seen]
    return sorted(words, key=lambda w: (frequency[w.lower()], -len(w)))[:count]


def make_questions(gold: dict[str, dict], frequency: Counter) -> list[dict]:
    phrasings = ("What did the {body} resolve about {title}?", "What was decided on {title}?",
                 "What decision did the {body} make on {title}?")
    questions = []
    for file, record in sorted(gold.items()):
        body, council = record["body"], record["council"]
        for item in record["items"]:
            if not item["resolutions"] or PROCEDURAL.search(item["title"]):
                continue
            first = item["resolutions"][0]
            ask = phrasings[len(questions) % len(phrasings)].format(body=body, title=item["title"])
            questions.append({"kind": "resolution", "file": file, "question": ask, "snippet": first[:60],
                              "must_mention": rare_words(" ".join(item["resolutions"]), item["title"], frequency)})
        if record["chair"] and record["date"] and record["kind"] != "agenda":
            name = surname(record["chair"])
            questions.append({"kind": "chair", "file": file, "snippet": name, "must_mention": [name],
                              "question": f"Who chaired the {body} meeting on {spoken_date(record['date'])}?"})
            questions.append({"kind": "unanswerable", "file": file, "snippet": "", "must_mention": [],
                              "question": f"Who chaired the {body} meeting on {spoken_date(month_off(record['date']))}?"})
        for action in record["actions"]:
            owners = action.get("owner") or []
            owners = [owners] if isinstance(owners, str) else owners
            if owners:
                text = " ".join(action["text"].split()[:10])
                questions.append({"kind": "owner", "file": file, "snippet": action["text"][:50], "must_mention": owners,
                                  "question": f"Who is responsible for the action to {text[0].lower()}{text[1:]}?"})
        for officer in record["officers"]:
            if officer.get("role"):
                name = surname(officer["name"])
                questions.append({"kind": "officer", "file": file, "snippet": name, "must_mention": [name],
                                  "question": f"Who is the {officer['role']} at {council}?"})
    return questions


def zoo_word_frequency(files: list[Path]) -> Counter:
    counts: Counter = Counter()
    for path in files:
        counts.update(w.lower() for w in WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    return counts


# -- scoring -------------------------------------------------------------------------------------

def squash(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip().lower()


def holds(evidence: dict, question: dict) -> bool:
    if evidence["source"] != question["file"]:
        return False
    snippet, text = squash(question["snippet"]), squash(evidence["text"])
    return snippet in text or (len(snippet) > 20 and fuzz.partial_ratio(snippet, text) >= 90)


def score(question: dict, answer: Answer) -> dict:
    ranks = [i for i, ev in enumerate(answer["evidence"][:10], start=1) if holds(ev, question)]
    text = squash(answer.get("answer", "") + "\n" + "\n".join(ev["text"] for ev in answer["evidence"]))[:TEXT_BUDGET]
    phrases = question["must_mention"]
    return {"hit5": bool(ranks and ranks[0] <= 5), "rr": 1 / ranks[0] if ranks else 0.0,
            "mention": sum(p.lower() in text for p in phrases) / len(phrases) if phrases else None,
            "abstained": not answer.get("answerable", True)}


def summary(rows: list[tuple[dict, dict]]) -> dict[str, str]:
    answerable = [s for q, s in rows if q["kind"] != "unanswerable"]
    refused = [s["abstained"] for q, s in rows if q["kind"] == "unanswerable"]
    mentions = [s["mention"] for s in answerable if s["mention"] is not None]
    out = {"n": str(len(rows))}
    if answerable:
        out |= {"hit@5": f"{statistics.mean(s['hit5'] for s in answerable):.3f}",
                "MRR@10": f"{statistics.mean(s['rr'] for s in answerable):.3f}",
                "must-mention": f"{statistics.mean(mentions):.3f}" if mentions else "-",
                "false abst.": f"{sum(s['abstained'] for s in answerable)}/{len(answerable)}"}
    if refused:
        out["refused"] = f"{sum(refused)}/{len(refused)}"
    return out


# -- systems -------------------------------------------------------------------------------------

def council_kg(files: list[Path], store: Path | None) -> Callable[[str], Answer]:
    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.open(store or Path(tempfile.mkdtemp(prefix="kg-zoo-questions-")))
    if not kg.store.exists():
        started = time.perf_counter()
        kg.ingest(files)
        print(f"council-kg ingest of {len(files)} files: {time.perf_counter() - started:.1f} s")
    return lambda q: kg.ask(q, k=5).to_json()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="A store of the zoo (built there when empty).")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    if not (ZOO / "gold.json").exists():
        print(f"skipped: {ZOO} is absent")
        return 0
    files = sorted(p for p in ZOO.iterdir() if p.suffix in (".txt", ".md", ".html"))
    gold = json.loads((ZOO / "gold.json").read_text())["files"]
    questions = make_questions(gold, zoo_word_frequency(files))
    print(f"{len(questions)} questions over {len(files)} files: "
          + ", ".join(f"{k} {n}" for k, n in sorted(Counter(q["kind"] for q in questions).items())))

    from index.embeddings import Embedder
    from retrieval import WindowBaseline   # benchmarks/retrieval.py: the plain 1,000-character windows

    baseline = WindowBaseline(files, Embedder())
    systems = {"council-kg": council_kg(files, args.store), "bm25 windows": baseline.bm25}
    results = {name: [(q, score(q, ask(q["question"]))) for q in questions] for name, ask in systems.items()}

    kinds = ["all", *sorted({q["kind"] for q in questions})]
    for name, rows in results.items():
        print(f"\n{name}")
        for kind in kinds:
            chosen = [(q, s) for q, s in rows if kind == "all" or q["kind"] == kind]
            print(f"  {kind:<13}" + "  ".join(f"{k} {v}" for k, v in summary(chosen).items()))
    if args.show_misses:
        print("\nmisses of council-kg:")
        for q, s in results["council-kg"]:
            wrong = s["abstained"] != (q["kind"] == "unanswerable") or (q["kind"] != "unanswerable" and (
                not s["hit5"] or (s["mention"] or 0) < 1))
            if wrong:
                print(f"  [{q['kind']}] {q['question']}  hit={s['hit5']} mention={s['mention']} refused={s['abstained']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
