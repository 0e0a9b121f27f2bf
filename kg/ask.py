"""Extractive, cited answers: search hits expanded and re-ranked through the graph.

No language model is needed: the answer is the resolutions or sentences the evidence holds, each
with body, date, minute number, file and lines. When the store cannot hold the answer (a decision
asked for at a meeting whose minutes are not in it), the best evidence is weak, or a "how many"
question finds no figure, the answer says so with ``answerable: false`` instead of padding with weak hits.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from index.chunks import Chunk
from index.sparse import tokenize
from kg.context import ContextBuilder, NodeContext
from kg.question import QuestionIntent, read_question

MIN_DENSE_SIMILARITY = 0.30   # below this cosine the best chunk is not about the question
# Re-ranking factors: how much a fit with what the question asks for outweighs retrieval score
DECISION_BOOST, DECIDED_WORDS_BOOST, PERSON_BOOST = 1.5, 1.5, 1.15
MONTH_BOOST, YEAR_BOOST, OTHER_YEAR_FACTOR, BODY_BOOST = 1.6, 1.25, 0.8, 1.2
QUOTED_EVIDENCE = 3    # pieces of evidence an answer quotes its best sentence from (the next stands in for a repeat)
_YEAR_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)(?:\s*[/-]\s*(\d\d))?\b")


@dataclass
class Evidence:
    """A search hit with what the graph says around its node; ``score`` is re-ranked in place."""

    chunk: Chunk
    score: float
    context: NodeContext

    @property
    def source(self) -> str:
        return self.chunk.source

    @property
    def lines(self) -> tuple[int, int]:
        return self.chunk.lines

    @property
    def text(self) -> str:
        return self.chunk.text

    @property
    def date(self) -> str | None:
        """The node's meeting date, or its pack's."""
        return self.chunk.date

    def years(self) -> set[int]:
        """The year it is dated and the years it speaks of ('2015/16' names 2015 and 2016)."""
        years = {int(self.date[:4])} if self.date else set()
        for first, second in _YEAR_IN_TEXT.findall(self.text):
            years.add(int(first))
            if second:
                years.add(int(first[:2] + second))
        return years

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "lines": list(self.lines), "text": self.text, "score": round(self.score, 4),
                "node": self.chunk.node, "meeting": self.context.meeting, "item": self.context.item}


def rerank(intent: QuestionIntent, evidence: list[Evidence]) -> list[Evidence]:
    """Boost evidence the graph says fits the question's intent, date and body."""
    topic = _keywords(intent.text) - _QUESTION_WORDS
    for ev in evidence:
        ev.score *= _fit(intent, topic, ev)
    return sorted(evidence, key=lambda e: e.score, reverse=True)


def select(intent: QuestionIntent, ranked: list[Evidence], k: int) -> list[Evidence]:
    """The ``k`` best, but a question comparing years ("in 2014 and in 2018") gets the best piece
    dated in each year it names before the rest."""
    chosen: list[Evidence] = []
    if len(intent.years) > 1:
        for year in sorted(intent.years):
            best = next((ev for ev in ranked if ev.date and int(ev.date[:4]) == year), None)
            if best is not None and best not in chosen:
                chosen.append(best)
    chosen += [ev for ev in ranked if ev not in chosen][:max(0, k - len(chosen))]
    return sorted(chosen[:k], key=lambda e: e.score, reverse=True)


def _fit(intent: QuestionIntent, topic: set[str], ev: Evidence) -> float:
    """How much better the graph says ``ev`` fits than its retrieval score alone: a factor around 1
    (``topic``: the question's own words, less those of asking for a decision)."""
    ctx = ev.context
    factor = 1.0
    if intent.wants_decision and ctx.resolutions:
        factor *= DECISION_BOOST
        decided = _keywords(" ".join(r["text"] for r in ctx.resolutions))
        if decided & topic:
            factor *= DECIDED_WORDS_BOOST
    if intent.wants_person and ctx.people:
        factor *= PERSON_BOOST
    if ev.date and (int(ev.date[:4]), int(ev.date[5:7])) in intent.months:
        factor *= MONTH_BOOST
    elif intent.years:
        factor *= YEAR_BOOST if ev.years() & intent.years else OTHER_YEAR_FACTOR
    if ctx.meeting and any(word in ctx.meeting["body"].lower() for word in intent.body_words):
        factor *= BODY_BOOST
    return factor


def missing_meeting(intent: QuestionIntent, meetings: list[dict[str, Any]]) -> str | None:
    """A decision asked for at a named month/day whose minutes the store does not hold."""
    if not (intent.wants_decision and intent.names_a_meeting):
        return None
    minutes = [m for m in meetings if m["kind"] == "minutes"]
    if intent.body_words:
        minutes = [m for m in minutes if any(w in m["body"].lower() for w in intent.body_words)] or minutes
    for m in minutes:
        year, month, day = int(m["date"][:4]), int(m["date"][5:7]), int(m["date"][8:10])
        if (year, month) in intent.months or (month, day) in intent.days:
            return None
    wanted = ", ".join(sorted(f"{y}-{mo:02d}" for y, mo in intent.months) or
                       sorted(f"{d} of month {mo}" for mo, d in intent.days))
    return f"The store holds no minutes of a meeting in {wanted}, so what was decided there is not recorded."


_QUESTION_WORDS = set(tokenize("resolve decide decision agree panel partnership commission board committee council "
                               "meeting"))
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"'])|\n+")
# A line break inside a sentence is a wrap of the PDF's, unless a bullet, a number or a table row follows
_WRAP = re.compile(r"(?<![.!?:;\t])\n(?![-–•(]|\d+[.)]?\s|[^\n]*\t)")
_NUMBER = re.compile(r"(?<![\w./])[£$]?\d+(?:,\d{3})*(?:\.\d+)?(?:%|st|nd|rd|th)?(?![\w/])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A paragraph number: "2.2 In Rotherham", "3. The", or "12.1 Complex" glued on after a heading
_SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+(?=[A-Z])|^\s*\d+(?:\.\d+)*\.\s|\b\d+\.\d+(?:\.\d+)*\s+(?=[A-Z])")
_FIGURE_OF_KIND = {
    "money": re.compile(r"[£$€]\s?\d|\d\s?(?:million|bn|k)\b|\bpounds\b", re.I),
    "share": re.compile(r"\d\s?%|\bper ?cent\b", re.I),
    "duration": re.compile(r"\d+\s*(?:days?|weeks?|months?|years?|hours?)\b", re.I),
}


def gives_figure(sentence: str, kind: str = "number") -> bool:
    """A number of the kind asked for (money, a share, a duration, or any number) that is not a
    year or the sentence's own paragraph number ('2.2 In Rotherham, ...')."""
    text = _SECTION_NUMBER.sub("", sentence)
    if kind in _FIGURE_OF_KIND and not _FIGURE_OF_KIND[kind].search(text):
        return False
    return any(not _YEAR.fullmatch(n) for n in _NUMBER.findall(text))


def _keywords(text: str) -> set[str]:
    """Stemmed content words, as the search index sees them ('raise' meets 'raised')."""
    return set(tokenize(text))


@dataclass(frozen=True)
class Quote:
    """A sentence of a chunk with the original lines it was printed on."""

    text: str
    lines: tuple[int, int]


def sentences(chunk: Chunk) -> list[Quote]:
    """The chunk's sentences, hard wraps undone, each with its own line span."""
    text = _WRAP.sub(" ", chunk.text)         # same length: character offsets still point into chunk.text
    quotes, start = [], 0
    for boundary in [*_SENTENCE.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            offset = start + piece.index(stripped)
            quotes.append(Quote(stripped, chunk.lines_of(offset, offset + len(stripped))))
        start = boundary.end() if boundary else end
    return quotes


def best_sentences(question: str, chunk: Chunk, limit: int = 2, figure: str | None = None) -> list[Quote]:
    """The sentences of ``chunk`` that share most words with the question, in text order; with
    ``figure``, only sentences that give a number of that kind (see :func:`gives_figure`)."""
    keys = _keywords(question)
    quotes = [q for q in sentences(chunk) if len(q.text) > 15 and (figure is None or gives_figure(q.text, figure))]
    scored = sorted(((_overlap(keys, q.text), i) for i, q in enumerate(quotes)), reverse=True)[:limit]
    return [quotes[i] for score, i in sorted(scored, key=lambda pair: pair[1]) if score > 0]


def _overlap(keys: set[str], sentence: str) -> float:
    """Question words a sentence shares, discounted for its length: a long run-on sentence shares
    some words by chance."""
    words = _keywords(sentence)
    return len(keys & words) / math.sqrt(max(len(words), 1))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def cite(source: str, lines: tuple[int, int]) -> str:
    return f"[{source}:{lines[0]}-{lines[1]}]"


def meeting_label(ctx: NodeContext) -> str:
    if not ctx.meeting:
        return ""
    minute = f"Minute {ctx.item['number']} " if ctx.item and ctx.item.get("number") else ""
    title = f"'{ctx.item['title']}' " if ctx.item else ""
    return f"{minute}{title}({ctx.meeting['body']}, {ctx.meeting['date']})"


def reference_lines(references: list[dict[str, Any]]) -> list[str]:
    """'Minute 111 'TITLE' (body, date): Further to Minute No. 45 [file:lines]', once each."""
    lines = []
    for ref in references:
        minute = f"Minute {ref['number']} " if ref.get("number") else ""
        line = (f"{minute}'{ref['title']}' ({ref['body']}, {ref['date']}): {ref['text']} "
                f"{cite(ref['source'], (ref['start'], ref['end']))}")
        if line not in lines:
            lines.append(line)
    return lines


def status_lines(actions: list[dict[str, Any]], statuses: set[str]) -> list[str]:
    """'4 actions of the plan found are marked Red:' then one line per action, with lead, due date and
    lines (papers' own titles are too often a stray heading to name the plan by)."""
    if not actions:
        return []
    lines = [f"{len(actions)} action{'s' if len(actions) > 1 else ''} of the plan found "
             f"{'are' if len(actions) > 1 else 'is'} marked {' or '.join(sorted(statuses))}:"]
    for action in actions:
        number = f"{action['number']}. " if action.get("number") else ""
        who = ", ".join(action["leads"]) or "no lead printed"
        due = f", {action['due']}" if action.get("due") else ""
        lines.append(f"- {number}{action['text']} ({action['status']}; {who}{due}) "
                     f"{cite(action['source'], (action['start'], action['end']))}")
    return lines


def compose_answer(question: str, intent: QuestionIntent, evidence: list[Evidence],
                   graph_lines: list[str] | None = None) -> tuple[str, list[dict]]:
    """The answer text and the resolutions it rests on; empty when nothing in the evidence answers
    (for a "how many" question: no sentence gives a figure). ``graph_lines`` are facts the graph
    gives the question directly (minute references, actions of a status), listed first; a decision
    question then gets the resolutions of the best items, and what the papers say beside them."""
    decided = [ev for ev in evidence[:3] if ev.context.resolutions] if intent.wants_decision else []
    decisions, resolutions = _decisions(decided)
    others = [ev for ev in evidence if ev not in decided]
    quotes = _quotes(question, intent, others, 1 if decisions or graph_lines else QUOTED_EVIDENCE)
    return "\n".join((graph_lines or []) + decisions + quotes), resolutions


def _decisions(evidence: list[Evidence]) -> tuple[list[str], list[dict[str, Any]]]:
    """'Minute 205 'TITLE' (body, date) resolved: ... [file:lines] Presented by ...' per item, once."""
    parts: list[str] = []
    resolutions: list[dict[str, Any]] = []
    seen_items: set[str] = set()
    for ev in evidence:
        item_iri = ev.context.item["iri"] if ev.context.item else ev.chunk.node
        if item_iri in seen_items:
            continue
        seen_items.add(item_iri)
        texts = []
        for res in ev.context.resolutions:
            resolutions.append({"text": res["text"], "body": ev.context.meeting["body"] if ev.context.meeting else None,
                                "date": ev.context.meeting["date"] if ev.context.meeting else None,
                                "minute": ev.context.item["number"] if ev.context.item else None,
                                "source": res["source"], "lines": [int(res["start"]), int(res["end"])]})
            texts.append(f"{res['text']} {cite(res['source'], (res['start'], res['end']))}")
        presenters = f" Presented by {', '.join(ev.context.people)}." if ev.context.people else ""
        parts.append(f"{meeting_label(ev.context)} resolved: " + " ".join(texts) + presenters)
    return parts, resolutions


def _quotes(question: str, intent: QuestionIntent, evidence: list[Evidence], pieces: int) -> list[str]:
    """The best sentence of each of the first ``pieces`` pieces of evidence that add lines not yet quoted."""
    figure = intent.figure_kind if intent.wants_quantity else None
    parts: list[str] = []
    quoted: list[tuple[str, tuple[int, int]]] = []
    for ev in evidence[:pieces + 1]:
        quotes = [q for q in best_sentences(question, ev.chunk, limit=1, figure=figure)
                  if not any(source == ev.source and _overlaps(lines, q.lines) for source, lines in quoted)]
        quoted.extend((ev.source, q.lines) for q in quotes)
        if quotes:
            where = meeting_label(ev.context)
            parts.append((f"{where}: " if where else "") + " ".join(f"{q.text} {cite(ev.source, q.lines)}"
                                                                   for q in quotes))
        if len(parts) == pieces:
            break
    return parts


def context_summary(evidence: list[Evidence]) -> dict[str, list[str]]:
    def collect(attr: str) -> list[str]:
        out: list[str] = []
        for ev in evidence:
            for value in getattr(ev.context, attr):
                if value not in out:
                    out.append(value)
        return out

    return {name: collect(name) for name in ("people", "organisations", "documents", "priorities", "related_items")}


def graph_facts(intent: QuestionIntent, evidence: list[Evidence], contexts: ContextBuilder) -> list[str]:
    """Answer lines the graph gives directly: the minute references of the meeting the question
    names (else of the evidence), and the actions of the asked-for status in the first plan among
    the evidence that has any."""
    lines: list[str] = []
    if intent.wants_references:
        references = [ref for year, month in sorted(intent.months) for ref in contexts.references_in_month(year, month)]
        lines += reference_lines(references or [ref for ev in evidence for ref in ev.context.references])
    if intent.statuses:
        plans = contexts.plans_of([ev.chunk.node for ev in evidence])
        marked = next((found for plan in plans if (found := contexts.actions_with_status(plan, intent.statuses))), [])
        lines += status_lines(marked, intent.statuses)
    return lines


def answer_question(question: str, hits: list[Any], contexts: ContextBuilder, meetings: list[dict[str, Any]],
                    k: int = 5) -> dict[str, Any]:
    """Build the JSON answer for ``question`` from index ``hits`` (best first)."""
    intent = read_question(question)
    described = contexts.describe_all([h.chunk.node for h in hits])
    evidence = [Evidence(h.chunk, float(h.score), described[h.chunk.node]) for h in hits]
    evidence = select(intent, rerank(intent, evidence), k)   # the index left out pieces repeating better ones
    best_dense = max((getattr(h, "dense_score", 0.0) or 0.0 for h in hits), default=0.0)

    def reply(answer: str, answerable: bool, resolutions: list[dict]) -> dict[str, Any]:
        return {"question": question, "answer": answer, "answerable": answerable,
                "evidence": [ev.as_dict() for ev in evidence], "resolutions": resolutions,
                "context": context_summary(evidence)}

    reason = missing_meeting(intent, meetings)
    if reason is None and best_dense < MIN_DENSE_SIMILARITY:
        reason = "Nothing in the store is close enough to this question to answer it."
    if reason is not None:
        return reply(reason, False, [])
    text, resolutions = compose_answer(question, intent, evidence, graph_facts(intent, evidence, contexts))
    if intent.wants_quantity and not text:
        return reply("The papers found do not give the figure asked for; see the evidence.", False, [])
    return reply(text or "No sentence in the evidence answers this directly; see the evidence.", True, resolutions)

