"""'How many' answered by counting what the graph records rather than by hoping a sentence prints the
number: the items on a meeting's agenda, who was present or sent apologies, the meetings of a body the store
holds. Each count is stated with what was counted and the lines where it is printed."""
from __future__ import annotations

import re
from typing import Any

from kg.answer.evidence import Evidence, cite
from kg.answer.facts import GraphFacts
from kg.answer.intent import QuestionIntent, bodies_named, on_a_named_day
from kg.config import DEFAULT_CONFIG, AnswerConfig

# What a 'how many' question counts: a meeting's items, its attendance, its apologies, or the meetings
_COUNTS_ITEMS = re.compile(r"\bhow many\b[^?]{0,40}\b(?:items?|agenda)\b", re.I)
_COUNTS_APOLOGIES = re.compile(r"\bhow many\b[^?]{0,60}\bapologi\w*", re.I)
_COUNTS_PRESENT = re.compile(r"\bhow many\b[^?]{0,60}\b(?:attend\w*|present|in attendance)\b", re.I)
_MEETING = re.compile(r"\b(?:meetings?|agenda|minutes)\b", re.I)   # a count of a meeting's own record
Cited = tuple[str, tuple[int, int], str]   # (node, lines, source file): what a count is backed by
_COUNTS_MEETINGS = re.compile(r"\bhow many\b[^?]{0,20}\bmeetings?\b|\bhow many times\b[^?]{0,60}\bmeet\b", re.I)


def count_facts(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]],
                config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """For a 'how many' question about meetings, the count the graph gives, one line per meeting counted:
    "Corporate Parenting Panel, 2016-12-06 (agenda): 13 items: 1. ...; 13. ... [file:19-95]"."""
    facts = GraphFacts()
    if not intent.wants_quantity:
        return facts
    if _COUNTS_MEETINGS.search(intent.text) and not _COUNTS_ITEMS.search(intent.text):
        return _meeting_count(intent, evidence, meetings, config)
    if not (intent.body_words or _MEETING.search(intent.text)):   # 'how many attended the activity centre'
        return facts
    counters = [(pattern, counter) for pattern, counter in ((_COUNTS_ITEMS, _item_count),
                                                           (_COUNTS_APOLOGIES, _apology_count),
                                                           (_COUNTS_PRESENT, _attendance_count))
                if pattern.search(intent.text)]
    if not counters:
        return facts
    for m in _meetings_asked(intent, evidence, meetings)[:config.meetings_listed]:
        line, cited = counters[0][1](m)
        if line:
            facts.lines.append(line)
            facts.cited += cited
    return facts


def _meetings_asked(intent: QuestionIntent, evidence: list[Evidence],
                    meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The meetings a question dates (of the body it names, minutes before an agenda of the same day), else
    those of the best pieces found."""
    named = bodies_named(intent.text, list(dict.fromkeys(m["body"] for m in meetings)))
    of_body = [m for m in meetings if m["body"] in named] if named else meetings
    dated = [m for m in of_body if on_a_named_day(intent, m["date"])] if intent.names_a_meeting else []
    if not dated and not intent.names_a_meeting:
        shown = [(ev.context.meeting["body"], ev.context.meeting["date"]) for ev in evidence[:3] if ev.context.meeting]
        dated = [m for key in dict.fromkeys(shown) for m in of_body if (m["body"], m["date"]) == key][:1]
    if intent.days:   # a day named: that day's meetings, not the rest of its month
        dated = [m for m in dated if (int(m["date"][5:7]), int(m["date"][8:10])) in intent.days] or dated
    return sorted(dated, key=lambda m: (m["date"], m["kind"] != "minutes"))


def _label(m: dict[str, Any]) -> str:
    return f"{m['body']}, {m['date']} ({m['kind']})"


def _item_count(m: dict[str, Any]) -> tuple[str, list[Cited]]:
    """'N items: 1. TITLE; 2. TITLE; ...', cited on the lines from the first item to the last."""
    items = m["items"]
    if not items:
        return "", []
    listed = "; ".join(f"{item['number']}. {item['title'][:60]}" if item.get("number") else item["title"][:60]
                       for item in items)
    span = (int(items[0]["lines"][0]), int(items[-1]["lines"][1]))
    ends = [items[0], items[-1]] if len(items) > 1 else items
    return (f"{_label(m)}: {len(items)} items: {listed} {cite(m['source'], span)}",
            [(item["iri"], (int(item["lines"][0]), int(item["lines"][1])), m["source"]) for item in ends])


def _attendance_count(m: dict[str, Any]) -> tuple[str, list[Cited]]:
    """'N present: A (chair), B, C', cited on the meeting's header."""
    if not m["present"]:
        return "", []
    chair = m["chair"]
    named = [f"{name} (chair)" if name == chair else name for name in m["present"]]
    return f"{_label(m)}: {len(m['present'])} present: {', '.join(named)} {cite(m['source'], m['header'])}", _header(m)


def _apology_count(m: dict[str, Any]) -> tuple[str, list[Cited]]:
    """'N apologies: A, B', cited on the meeting's header."""
    if not m["apologies"]:
        return "", []
    names = ", ".join(m["apologies"])
    line = f"{_label(m)}: apologies from {len(m['apologies'])}: {names} {cite(m['source'], m['header'])}"
    return line, _header(m)


def _header(m: dict[str, Any]) -> list[Cited]:
    """The piece holding the meeting's header, to back a count of its attendance."""
    printed = m.get("printed_date")
    return [(printed["node"], (int(m["header"][0]), int(m["header"][1])), m["source"])] if printed else []


def _meeting_count(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]],
                   config: AnswerConfig) -> GraphFacts:
    """'The store holds N meetings of BODY (in YEAR): DATE (kind), ...', one line per body the question names
    (else that of the best piece), each meeting cited on its printed date."""
    facts = GraphFacts()
    named = bodies_named(intent.text, list(dict.fromkeys(m["body"] for m in meetings)))
    shown = [ev.context.meeting["body"] for ev in evidence[:3] if ev.context.meeting]
    for body in named or shown[:1]:
        held = {m["date"]: m for m in sorted(meetings, key=lambda m: m["kind"] != "minutes") if m["body"] == body
                and (not intent.years or int(m["date"][:4]) in intent.years)}
        if not held:
            continue
        ordered = [held[day] for day in sorted(held)]
        within = f" in {' or '.join(map(str, sorted(intent.years)))}" if intent.years else ""
        listed = "; ".join(f"{m['date']} ({m['kind']})" + (f" {cite(m['source'], m['printed_date']['lines'])}"
                                                            if m.get("printed_date") else "") for m in ordered)
        facts.lines.append(f"The store holds papers of {len(ordered)} meeting{'s' if len(ordered) > 1 else ''} of the "
                           f"{body}{within}: {listed}")
        facts.cited += [(m["printed_date"]["node"], tuple(m["printed_date"]["lines"]), m["source"])
                        for m in ordered[:config.meetings_listed] if m.get("printed_date")]
    return facts
