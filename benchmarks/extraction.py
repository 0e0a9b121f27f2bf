"""Score the records export against the hand-checked records in ../shared/eval/dev_records.json.

The records come from the graph (``KnowledgeGraph.records()``), exactly as ``kg export --format
records`` prints them, for the gold files ingested into a temporary store. Where ``kg.api`` cannot
be imported, the loaders' own output (``kg.loaders.load_pack``) is converted to the same shape.

Matching rules (greedy, one-to-one):
- meetings: same date and kind, body names alike (token-set ratio >= 70);
- attendance: inside matched meetings, chair, present and apologies names alike (ratio >= 90);
- minute/agenda items: inside matched meetings, same number (case and trailing dot ignored);
- resolutions: inside matched items, texts alike (ratio >= 90 once sub-numbers like "(1)",
  quotes and white space are normalised);
- documents: line spans overlapping by at least half of the shorter one;
- priorities and recommendations: texts alike (token-set ratio >= 85) within the same file;
- actions: texts alike (token-set ratio >= 85) within the same file; lead accuracy counts found
  actions whose predicted lead names appear in the gold lead (partial ratio >= 85);
- people: a gold person is found when its name or a variant matches a person's name or variant
  (ratio >= 90); split when its forms land on two IRIs; merged when two gold people share one IRI.
- organisations: per file, a gold organisation is found when its name, an acronym or a variant matches
  the name or an acronym of an organisation derived from that file (ratio >= 90, notes in brackets
  and a leading "The" dropped); precision counts that file's organisations matching some gold
  organisation, so two printings of one organisation both count as right.

Usage: python benchmarks/extraction.py [--store DIR] [--loaders] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "dev_records.json"
CORPUS = ROOT / "data" / "rotherham"


@dataclass
class Metrics:
    matched: int = 0
    predicted: int = 0
    gold: int = 0
    correct: int | None = None     # predictions matching some gold record, where matching is not one-to-one

    @property
    def precision(self) -> float:
        right = self.matched if self.correct is None else self.correct
        return right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def add(self, other: "Metrics") -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold


_TITLE = re.compile(r"^(?:councillor|cllr|mrs|mr|ms|miss|dr|prof)\.?\s+")


def person_norm(name: str) -> str:
    """A name without its title, so 'Councillor Atkin' is not taken for 'Councillor Lakin'."""
    return _TITLE.sub("", norm(name))


def norm(text: str | None) -> str:
    text = (text or "").lower()
    text = re.sub(r"^\s*(?:\(?[\divx]{1,4}\)|[a-h]\))\s*", "", text)
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    return " ".join(text.split()).strip(" .")


def greedy(gold: list, predicted: list, score) -> list[tuple[int, int]]:
    pairs = sorted(((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for value, i, j in pairs:
        if value is None or value <= 0 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def _meeting_score(g: dict, p: dict) -> float:
    if g["date"] != p["date"] or g["kind"] != p["kind"]:
        return 0
    ratio = fuzz.token_set_ratio(norm(g["body"]), norm(p["body"]))
    return ratio if ratio >= 70 else 0


def _text_score(threshold: float, scorer=fuzz.ratio):
    def score(g: str, p: str) -> float:
        value = scorer(norm(g), norm(p))
        return value if value >= threshold else 0
    return score


def _overlap_score(g: dict, p: dict) -> float:
    g_start, g_end = g.get("start_line") or 0, g.get("end_line") or 0
    p_start, p_end = p["lines"]
    overlap = min(g_end, p_end) - max(g_start, p_start) + 1
    shorter = min(g_end - g_start + 1, p_end - p_start + 1)
    return overlap / shorter if shorter > 0 and overlap >= shorter / 2 else 0


def _names_score(g: str, p: str) -> float:
    value = fuzz.ratio(norm(g), norm(p))
    return value if value >= 90 else 0


def _attendance(gold_meeting: dict, meeting: dict) -> Metrics:
    """Chair, present and apologies of one matched meeting, name by name."""
    out = Metrics()
    for field in ("present", "apologies"):
        gold_names, names = gold_meeting.get(field) or [], meeting.get(field) or []
        out.add(Metrics(len(greedy(gold_names, names, _names_score)), len(names), len(gold_names)))
    gold_chair, chair = gold_meeting.get("chair"), meeting.get("chair")
    out.add(Metrics(int(bool(gold_chair and chair and _names_score(gold_chair, chair))), int(bool(chair)),
                    int(bool(gold_chair))))
    return out


def score_records(records: dict, gold: dict, file_name: str) -> dict[str, Metrics]:
    """Per entity type metrics for one gold file (``gold`` is that file's entry in the gold records)."""
    out = {name: Metrics() for name in ("meetings", "attendance", "items", "resolutions", "documents", "priorities",
                                        "recommendations", "actions", "action_leads")}
    meetings = [m for m in records["meetings"] if m["source"] == file_name]
    pairs = greedy(gold["meetings"], meetings, _meeting_score)
    out["meetings"] = Metrics(len(pairs), len(meetings), len(gold["meetings"]))
    matched_meetings = dict(pairs)
    for gi, gm in enumerate(gold["meetings"]):
        pm = meetings[matched_meetings[gi]] if gi in matched_meetings else {"items": []}
        out["attendance"].add(_attendance(gm, pm))
        item_pairs = greedy(gm["items"], pm["items"],
                            lambda g, p: 1 if norm(g["number"]).rstrip(".") == norm(p["number"]).rstrip(".") else 0)
        out["items"].add(Metrics(len(item_pairs), len(pm["items"]), len(gm["items"])))
        matched_items = dict(item_pairs)
        for ii, gitem in enumerate(gm["items"]):
            pitem = pm["items"][matched_items[ii]] if ii in matched_items else {"resolutions": []}
            gold_res = gitem["resolutions"]
            pred_res = [r["text"] for r in pitem["resolutions"]]
            res_pairs = greedy(gold_res, pred_res, _text_score(90))
            out["resolutions"].add(Metrics(len(res_pairs), len(pred_res), len(gold_res)))
        unmatched = [p for j, p in enumerate(pm["items"]) if j not in set(matched_items.values())]
        out["resolutions"].predicted += sum(len(p["resolutions"]) for p in unmatched)
    documents = [d for d in records["documents"] if d["source"] == file_name]
    doc_pairs = greedy(gold["documents"], documents, _overlap_score)
    out["documents"] = Metrics(len(doc_pairs), len(documents), len(gold["documents"]))
    for kind, threshold in (("priorities", 85), ("recommendations", 85)):
        gold_texts = [t if isinstance(t, str) else t.get("text", "") for d in gold["documents"] for t in d.get(kind, [])]
        pred_texts = [t["text"] for d in documents for t in d.get(kind, [])]
        pairs_k = greedy(gold_texts, pred_texts, _text_score(threshold, fuzz.token_set_ratio))
        out[kind] = Metrics(len(pairs_k), len(pred_texts), len(gold_texts))
    gold_actions = [a for d in gold["documents"] for a in d.get("actions", [])]
    pred_actions = [a for d in documents for a in d.get("actions", [])]
    action_pairs = greedy(gold_actions, pred_actions,
                          lambda g, p: _text_score(85, fuzz.token_set_ratio)(g["text"], p["text"]))
    out["actions"] = Metrics(len(action_pairs), len(pred_actions), len(gold_actions))
    with_lead = [(gold_actions[i], pred_actions[j]) for i, j in action_pairs if gold_actions[i].get("lead")]
    # an organisation lead may be printed as its acronym ('RMBC') and resolved to its name
    acronyms = {o["name"]: o["acronyms"] for o in records.get("organisations", [])}
    correct = sum(1 for g, p in with_lead if p.get("lead") and all(
        any(fuzz.partial_ratio(form.lower(), g["lead"].lower()) >= 85 for form in [name, *acronyms.get(name, [])])
        for name in p["lead"].split("; ")))
    out["action_leads"] = Metrics(correct, len(with_lead), len(with_lead))
    return out


score_file = score_records  # the earlier name, still used by tests/test_records.py


def score_people(records: dict, gold_people: list[dict]) -> dict[str, int]:
    """Found, split and merged gold people."""
    forms = [(p["iri"], person_norm(form)) for p in records["people"] for form in [p["name"], *p["variants"]]]
    found = split = 0
    owner: dict[str, list[int]] = {}
    for index, person in enumerate(gold_people):
        iris = {iri for iri, form in forms for g in [person["name"], *person.get("variants", [])]
                if fuzz.ratio(person_norm(g), form) >= 90}
        found += bool(iris)
        split += len(iris) > 1
        for iri in iris:
            owner.setdefault(iri, []).append(index)
    merged = sum(1 for indexes in owner.values() if len(set(indexes)) > 1)
    return {"gold": len(gold_people), "found": found, "split": split, "merged": merged}


def _organisation_forms(organisation: dict) -> list[str]:
    """Name, acronyms and variants, less notes in brackets ("RFT (not expanded in text)" -> "RFT") and a
    leading "The" (the loaders drop it: "The Reading Agency" is printed and found as "Reading Agency")."""
    forms = [organisation["name"], *organisation.get("acronyms", []), *organisation.get("variants", [])]
    return [re.sub(r"^the\s+|\s*\([^)]*\)", "", form, flags=re.I) for form in forms]


def score_organisations(records: dict, gold_organisations: list[dict], file_name: str) -> Metrics:
    """Gold organisations found (matched) and the file's organisations naming a gold one (correct)."""
    predicted = [_organisation_forms(o) for o in records["organisations"] if file_name in o.get("sources", [])]
    gold = [_organisation_forms(o) for o in gold_organisations]
    hits = {(i, j) for i, forms in enumerate(gold) for j, names in enumerate(predicted)
            if any(_names_score(g, p) for g in forms for p in names)}
    return Metrics(matched=len({i for i, _ in hits}), predicted=len(predicted), gold=len(gold),
                   correct=len({j for _, j in hits}))


def _with_organisation_sources(kg, records: dict) -> dict:
    """The records export names no source for an organisation: add the files it was derived from."""
    sources: dict[str, list[str]] = {}
    for row in kg.sparql("SELECT ?o ?t WHERE { ?o a org:Organization ; prov:wasDerivedFrom/dct:title ?t }"):
        sources.setdefault(str(row["o"]), []).append(row["t"])
    for organisation in records["organisations"]:
        organisation["sources"] = sources.get(organisation["iri"], [])
    return records


def records_for(files: list[Path], store: Path | None) -> dict:
    """The graph's records for ``files`` (organisations with their sources); the loaders' output when
    the graph API is not there."""
    try:
        from kg.api import KnowledgeGraph
    except ImportError:
        return loader_records(files)
    if store is None:
        store = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    kg = KnowledgeGraph.open(store)
    kg.ingest(files, with_index=False)
    return _with_organisation_sources(kg, kg.records())


def loader_records(files: list[Path]) -> dict:
    """The records shape built straight from ``load_pack``: meetings and documents, no people."""
    from kg.loaders import load_pack

    meetings, documents = [], []
    for path in files:
        pack = load_pack(path)
        for meeting in pack.meetings:
            meetings.append({
                "body": meeting.body, "date": meeting.date.isoformat(), "kind": meeting.kind, "source": path.name,
                "chair": meeting.chair.name if meeting.chair else None, "lines": _lines(meeting.span),
                "present": [p.name for p in meeting.present], "apologies": [p.name for p in meeting.apologies],
                "items": [{"number": item.number, "title": item.title, "lines": _lines(item.span),
                           "resolutions": [{"text": r.text, "lines": _lines(r.span)} for r in item.resolutions]}
                          for item in meeting.items]})
        for document in pack.documents:
            documents.append({
                "title": document.title, "type": document.type, "source": path.name, "lines": _lines(document.span),
                "priorities": [{"text": p.text} for p in document.priorities],
                "recommendations": [{"text": r.text} for r in document.recommendations],
                "actions": [{"number": a.number, "text": a.text, "lead": "; ".join(p.name for p in a.leads) or None}
                            for a in document.actions]})
    return {"meetings": meetings, "documents": documents, "people": [], "organisations": []}


def _lines(span) -> list[int]:
    return [span.start, span.end]


def _figures(m: Metrics) -> dict:
    figures = {"precision": round(m.precision, 3), "recall": round(m.recall, 3), "matched": m.matched,
               "predicted": m.predicted, "gold": m.gold}
    return figures if m.correct is None else {**figures, "correct": m.correct}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="use (and fill) this store instead of a temporary one")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--loaders", action="store_true", help="score the loaders' output without building the graph")
    args = parser.parse_args(argv)
    gold = json.loads(GOLD.read_text())["files"]
    files = [CORPUS / name for name in gold]
    records = loader_records(files) if args.loaders else records_for(files, args.store)
    report: dict[str, dict] = {}
    for file_name, gold_file in gold.items():
        metrics = score_records(records, gold_file, file_name)
        report[file_name] = {name: _figures(m) for name, m in metrics.items()}
        if records["organisations"] and "organisations" in gold_file:
            report[file_name]["organisations"] = _figures(
                score_organisations(records, gold_file["organisations"], file_name))
        if records["people"]:
            report[file_name]["people"] = score_people(records, gold_file["people"])
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    for file_name, figures in report.items():
        print(f"\n{file_name}")
        print(f"  {'type':<16}{'precision':>10}{'recall':>8}{'matched':>9}{'pred':>6}{'gold':>6}")
        for name, m in figures.items():
            if name == "people":
                print(f"  people: {m['found']}/{m['gold']} found, {m['split']} split, {m['merged']} merged")
                continue
            print(f"  {name:<16}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['matched']:>9}{m['predicted']:>6}{m['gold']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
