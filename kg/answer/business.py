"""What a meeting had before it, from the graph: 'What was discussed at the panel on 6 December 2016?' or 'Which
items were on the commission's agenda in March 2018?' is answered with the items of the meeting the question dates
(of the body it names), in order, each with its lines. The search finds a piece of the meeting; the graph knows its
whole agenda."""
from __future__ import annotations

import re
from typing import Any

from kg.answer.evidence import cite
from kg.answer.facts import GraphFacts
from kg.answer.intent import QuestionIntent, bodies_named, on_a_named_day, word_list
from kg.config import DEFAULT_CONFIG, AnswerConfig

# 'what was discussed / considered', 'which items / reports were on the agenda', 'what business'
_ASKS_BUSINESS = re.compile(r"\b(?:what|which)\b[^?]{0,40}?\b(?:discussed|considered|debated|business"
                            r"|(?:items?|reports?|papers?) (?:were|was) (?:on|before|taken)|on the agenda)\b", re.I)

_LEADING_NUMBER = re.compile(r"^\s*[A-Z]?\d+[.)]?\s+")


def procedural(title: str) -> bool:
    """Whether an item is of a meeting's procedure ('Apologies for absence', 'Minutes of the previous meeting'),
    by how its title begins (``data/procedural_items.txt``)."""
    return _LEADING_NUMBER.sub("", title).strip().lower().startswith(tuple(word_list("procedural_items")))


def business_facts(intent: QuestionIntent, meetings: list[dict[str, Any]],
                   config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """For 'what was discussed at <body> on <date>', the items of the meetings held then but procedural ones
    (minutes before an agenda of the same meeting), at most ``config.business_items`` each: "Corporate Parenting
    Panel, 2016-12-06 (agenda): 7 items:" then "- 6. Rotherham Fostering Service Performance Report [file:lines]",
    each backed by its piece."""
    facts = GraphFacts()
    if not intent.names_a_meeting or not _ASKS_BUSINESS.search(intent.text):
        return facts
    named = bodies_named(intent.text, list(dict.fromkeys(m["body"] for m in meetings)))
    held = [m for m in meetings if on_a_named_day(intent, m["date"]) and (not named or m["body"] in named)
            and m["items"]]
    minuted = {(m["body"], m["date"]) for m in held if m["kind"] == "minutes"}
    for m in sorted(held, key=lambda m: (m["date"], m["body"])):
        if m["kind"] != "minutes" and (m["body"], m["date"]) in minuted:
            continue
        items = [item for item in m["items"] if not procedural(item["title"])]
        if not items:
            continue
        first = f", the first {config.business_items}" if len(items) > config.business_items else ""
        facts.lines.append(f"{m['body']}, {m['date']} ({m['kind']}): {len(items)} item{'s' * (len(items) > 1)}{first}:")
        for item in items[:config.business_items]:
            lines = (int(item["lines"][0]), int(item["lines"][1]))
            number = f"{item['number']}. " if item.get("number") else ""
            facts.lines.append(f"- {number}{' '.join(item['title'].split())} {cite(m['source'], lines)}")
            facts.cited.append((item["iri"], lines, m["source"]))
    return facts
