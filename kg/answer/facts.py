"""Answer lines the graph gives directly, each cited: resolutions of the best items, who presented,
chaired or leads, a body's meeting dates, the actions under a priority or of an asked-for RAG status,
minute references; and the pieces of evidence that back the lines the search did not find itself."""
from __future__ import annotations

from collections import Counter

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from index.chunks import Chunk
from kg.answer.context import ContextBuilder
from kg.answer.evidence import Evidence, cite, meeting_label, overlaps
from kg.answer.intent import QuestionIntent, bodies_named, in_a_named_month, on_a_named_day, year_month
from kg.answer.quotes import Quote, names_any
from kg.answer.schema import Resolution
from kg.config import DEFAULT_CONFIG, AnswerConfig


@dataclass
class GraphFacts:
    """Answer lines the graph gives directly, and what they cite: ``cited`` (node, lines, source
    file) are to be backed by evidence of their own (listed actions, minute references), ``said``
    (source file, lines) are cited from pieces the evidence holds already (resolutions of its items)."""

    lines: list[str] = field(default_factory=list)
    cited: list[tuple[str, tuple[int, int], str]] = field(default_factory=list)
    said: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    items: list[str] = field(default_factory=list)   # minute items whose resolutions the lines give

    def spans(self) -> list[tuple[str, tuple[int, int]]]:
        """Every (source file, lines) the lines cite, so quotes do not repeat them."""
        return self.said + [(source, lines) for _, lines, source in self.cited]

    def __add__(self, other: GraphFacts) -> GraphFacts:
        return GraphFacts(self.lines + other.lines, self.cited + other.cited, self.said + other.said,
                          self.items + other.items)


def decision_facts(intent: QuestionIntent, evidence: list[Evidence],
                   config: AnswerConfig = DEFAULT_CONFIG) -> tuple[GraphFacts, list[Resolution]]:
    """For a decision question, the resolutions of the best items ('Minute 205 'TITLE' (body, date)
    resolved: ... [file:lines] Presented by ...', once per item), and their JSON records."""
    facts = GraphFacts()
    resolutions: list[Resolution] = []
    if not intent.wants_decision:
        return facts, resolutions
    seen_items: set[str] = set()
    for ev in evidence[:config.decided_evidence]:
        item_iri = ev.context.item["iri"] if ev.context.item else ev.chunk.node
        if not ev.context.resolutions or item_iri in seen_items:
            continue
        seen_items.add(item_iri)
        facts.items.append(item_iri)
        texts = []
        for res in ev.context.resolutions:
            lines = (int(res["start"]), int(res["end"]))
            meeting = ev.context.meeting or {}
            resolutions.append(Resolution(res["text"], meeting.get("body"), meeting.get("date"),
                                          ev.context.item["number"] if ev.context.item else None,
                                          res["source"], list(lines)))
            texts.append(f"{res['text']} {cite(res['source'], lines)}")
            facts.said.append((res["source"], lines))
        presenters = f" Presented by {', '.join(ev.context.people)}." if ev.context.people else ""
        facts.lines.append(f"{meeting_label(ev.context)} resolved: " + " ".join(texts) + presenters)
    return facts, resolutions


# what the people of a node's context did: a paper's are its authors and presenters
_ROLES = {"item": "presented by", "plan": "led by", "paper": "written or presented by"}


def people_facts(intent: QuestionIntent, evidence: list[Evidence], told: list[str],
                 config: AnswerConfig = DEFAULT_CONFIG,
                 chunks_of: Callable[[str], list[Chunk]] = lambda node: []) -> GraphFacts:
    """For a 'who' question, who the graph says presented, led or wrote the best pieces: 'Minute 7
    'TITLE' (body, date): presented by A, B [file:lines]', once per item (``told``: items whose
    presenters the answer gives already). A paper's authors are cited on the rows of its pieces
    (``chunks_of``) that print them, its cover sheet's 'Report Author(s)', and those pieces back the line. A question
    naming years is answered from pieces dated in or speaking of them."""
    facts = GraphFacts()
    if not intent.wants_person or intent.wants_organisation:
        return facts
    seen = set(told)
    for ev in evidence[:config.people_evidence]:
        ctx = ev.context
        key = ctx.item["iri"] if ctx.item else ev.chunk.node
        if not ctx.people or key in seen or ctx.kind not in _ROLES or intent.years and not intent.years & ev.years():
            continue   # a question dated by a year asks who did it then: 'who wrote the 2018 report on ...'
        label = meeting_label(ctx) or f"'{ev.chunk.title[:100]}'"
        if ctx.kind == "paper":
            if not intent.wants_author:
                continue
            printed = _rows_naming(ctx.people, chunks_of(ev.chunk.node))
            if printed is None:
                continue
            seen.add(key)
            facts.lines.append(f"{label}: {_ROLES[ctx.kind]} {', '.join(ctx.people)}. {cite(ev.source, printed)}")
            facts.cited.append((ev.chunk.node, printed, ev.source))
            continue
        seen.add(key)
        facts.lines.append(f"{label}: {_ROLES[ctx.kind]} {', '.join(ctx.people)}. {cite(ev.source, ev.lines)}")
        facts.said.append((ev.source, ev.lines))
    return facts


def _rows_naming(people: list[str], pieces: list[Chunk]) -> tuple[int, int] | None:
    """The lines of the first row of ``pieces`` that names one of ``people``, or None."""
    named = names_any(people)
    return next((lines for piece in pieces for row, lines in piece.row_spans() if named(row)), None)


def attendance_facts(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]]) -> GraphFacts:
    """For 'who chaired / attended / sent apologies', the attendance the graph records for the meetings the question
    names (a month, a body by its own words or its kind), else for those of the best pieces, else for every meeting of
    the body named: 'Corporate Parenting Panel, 2016-09-27: chaired by Councillor Sansome; present: ...' [file:header
    lines], backed by the header's piece for a meeting the question dates to the day."""
    facts = GraphFacts()
    if not intent.wants_attendance:
        return facts
    held = [m for m in meetings if m["kind"] == "minutes" and (m["chair"] or m["present"])]
    bodies = bodies_named(intent.text, list(dict.fromkeys(m["body"] for m in held)))   # 'the virtual school governing body'
    held = [m for m in held if m["body"] in bodies] or held
    named = [m for m in held if in_a_named_month(intent, m["date"])]
    shown = {(ev.context.meeting["body"], ev.context.meeting["date"]) for ev in evidence[:3] if ev.context.meeting}
    of_body = [m for m in held if m["body"] in bodies] if bodies else []
    for m in named or [m for m in held if (m["body"], m["date"]) in shown] or of_body:
        parts = [f"chaired by {m['chair']}"] if m["chair"] else []
        parts += [f"present: {', '.join(m['present'])}"] if m["present"] else []
        parts += [f"apologies: {', '.join(m['apologies'])}"] if m["apologies"] else []
        facts.lines.append(f"{m['body']}, {m['date']}: {'; '.join(parts)}. {cite(m['source'], m['header'])}")
        if m["printed_date"] and on_a_named_day(intent, m["date"]) and (intent.days or intent.bare_months):
            # a meeting dated to the day, or to a month of no year: its header's piece backs the line when the
            # search did not find it (a month without its year is not printed as its date is)
            facts.cited.append((m["printed_date"]["node"], tuple(m["header"]), m["source"]))
        else:
            facts.said.append((m["source"], m["header"]))
    return facts


# An item giving the dates of the meetings to come: 'Date and time of the next meeting', 'Dates of Future Meetings'
_NEXT_MEETINGS_ITEM = re.compile(r"\b(?:next|future)\s+meetings?\b", re.I)


def next_meeting_facts(intent: QuestionIntent, meetings: list[dict[str, Any]], bodies: list[str],
                       chunks_of: Callable[[str], list[Chunk]], config: AnswerConfig = DEFAULT_CONFIG) -> GraphFacts:
    """The items printing when the next meetings are ('Date and time of the next meeting - Tuesday, 17th January,
    2017'), of the meetings of ``bodies`` the question dates (else the first from the month it names that prints one,
    else each body's latest), quoted as printed: a pack says when its body meets next even where the store holds no
    papers of that meeting."""
    facts = GraphFacts()
    for body in bodies:
        printing = sorted(((m, item) for m in meetings if m["body"] == body for item in m.get("items", [])
                           if _NEXT_MEETINGS_ITEM.search(item["title"])), key=lambda pair: pair[0]["date"])
        dated = [pair for pair in printing if on_a_named_day(intent, pair[0]["date"])]
        # a month named ('after September 2013') is where the question reckons from: an earlier meeting's next one is
        # not the one asked for
        since = [pair for pair in printing if not intent.months or year_month(pair[0]["date"]) >= min(intent.months)]
        for m, item in (dated or (since[:1] if intent.months else printing[-1:]))[:config.meetings_listed]:
            pieces = chunks_of(item["iri"])
            printed = " ".join(" ".join(piece.text.split()) for piece in pieces) or item["title"]
            lines = (int(item["lines"][0]), int(item["lines"][1]))
            number = f" item {item['number']}" if item.get("number") else ""
            facts.lines.append(f"{body}, {m['date']} ({m['kind']}){number}: {printed[:config.excerpt_chars // 3]} "
                               f"{cite(m['source'], lines)}")
            facts.cited.append((item["iri"], lines, m["source"]))
    return facts


def meeting_date_facts(intent: QuestionIntent, evidence: list[Evidence], meetings: list[dict[str, Any]],
                       config: AnswerConfig = DEFAULT_CONFIG,
                       chunks_of: Callable[[str], list[Chunk]] = lambda node: []) -> GraphFacts:
    """For 'when was the next / following meeting', the dates the named meeting's papers print for the next
    ones (:func:`next_meeting_facts`), then the store's meetings of the body the question
    names (else of the best pieces) in date order, from the month the question names on (else the
    latest), each with its date as its papers print it: 'Corporate Parenting Panel meetings in the store:
    2016-09-27 (minutes) 'Tuesday, 27th September, 2016' [file:115-115]; 2016-12-06 (agenda) ...'."""
    facts = GraphFacts()
    if not intent.wants_meeting_dates:
        return facts
    shown = [ev.context.meeting["body"] for ev in evidence[:3] if ev.context.meeting]
    named = bodies_named(intent.text, list(dict.fromkeys(m["body"] for m in meetings)))
    bodies = list(dict.fromkeys([body for body in shown if body in named] or named or shown))
    facts += next_meeting_facts(intent, meetings, bodies, chunks_of, config)
    dated: dict[tuple[str, str], dict[str, Any]] = {}
    for m in sorted(meetings, key=lambda m: m["kind"] != "minutes"):   # minutes say more than an agenda
        if m["body"] in bodies and m["printed_date"]:
            dated.setdefault((m["body"], m["date"]), m)
    start = min(intent.months, default=None)
    for body in bodies:
        held = sorted((m for (b, _), m in dated.items() if b == body), key=lambda m: m["date"])
        held = ([m for m in held if year_month(m["date"]) >= start][:config.meetings_listed] if start
                else held[-config.meetings_listed:])
        if not held:
            continue
        listed = [f"{m['date']} ({m['kind']}) '{m['printed_date']['text']}' {cite(m['source'], m['printed_date']['lines'])}"
                  for m in held]
        facts.lines.append(f"{body} meetings in the store: " + "; ".join(listed))
        facts.cited += [(m["printed_date"]["node"], m["printed_date"]["lines"], m["source"]) for m in held]
    return facts


def priority_facts(intent: QuestionIntent, evidence: list[Evidence], contexts: ContextBuilder,
                   config: AnswerConfig = DEFAULT_CONFIG, worded: list[str] | None = None) -> GraphFacts:
    """For a question about a priority's actions ('what actions sit under the priority on reducing harm?'),
    the actions the graph files under the first priority among the best pieces (else among ``worded``, the
    priorities whose wording the question says), with their status, leads and due dates: "Priority 'We will
    reduce the harm ...' (plan): 22 actions, the first 5:"
    then one line per action, each backed by its own piece of evidence."""
    facts = GraphFacts()
    if not intent.wants_actions or intent.statuses:    # actions of a status are listed by status_facts
        return facts
    worded = worded or []
    found = [ev.chunk.node for ev in evidence[:config.plan_evidence] if ev.chunk.kind == "priority"]
    nodes = list(dict.fromkeys(found + worded))
    described = contexts.describe_all(nodes) if nodes else {}
    for node in nodes:
        actions = contexts.actions_under(node)
        if not actions:
            continue
        context = described[node]
        plan = f" ({context.documents[0]})" if context.documents else ""
        first = f", the first {config.priority_actions}" if len(actions) > config.priority_actions else ""
        label = context.priorities[0] if context.priorities else node
        facts.lines.append(f"Priority '{label}'{plan}: {len(actions)} "
                           f"action{'s' if len(actions) > 1 else ''} filed under it{first}:")
        if intent.wants_person:   # who leads them: every action's leads, not only the listed ones'
            facts.lines += leads_line(actions)
        facts.lines += [action_line(action) for action in actions[:config.priority_actions]]
        facts.cited += [(action["action"], (int(action["start"]), int(action["end"])), action["source"])
                        for action in actions[:config.priority_actions]]
        break
    return facts


def graph_facts(intent: QuestionIntent, evidence: list[Evidence], contexts: ContextBuilder) -> GraphFacts:
    """The minute references of the meeting the question names (else of the evidence)."""
    facts = GraphFacts()
    if intent.wants_references:
        references = [ref for year, month in sorted(intent.months) for ref in contexts.references_in_month(year, month)]
        references = references or [ref for ev in evidence for ref in ev.context.references]
        facts.lines += reference_lines(references)
        facts.cited += [(ref["item"], (int(ref["start"]), int(ref["end"])), ref["source"]) for ref in references]
    return facts


def status_facts(intent: QuestionIntent, evidence: list[Evidence], contexts: ContextBuilder) -> GraphFacts:
    """The actions of the asked-for status in the first plan among the evidence that has any, counted: the answer
    to 'which actions are rated red' and to 'how many actions are rated red' alike."""
    facts = GraphFacts()
    if intent.statuses:
        plans = contexts.plans_of([ev.chunk.node for ev in evidence])
        marked = next((found for plan in plans if (found := contexts.actions_with_status(plan, intent.statuses))), [])
        facts.lines += status_lines(marked, intent.statuses)
        facts.cited += [(action["action"], (int(action["start"]), int(action["end"])), action["source"])
                        for action in marked]
    return facts


def backing_evidence(facts: GraphFacts, chunks_of: Callable[[str], list[Chunk]], contexts: ContextBuilder,
                     score: float, shown: set[str], config: AnswerConfig = DEFAULT_CONFIG) -> list[Evidence]:
    """Evidence for the graph's own answer lines: the piece of each cited node holding the cited
    lines, unless among the pieces ``shown`` already (their ids), at most ``config.graph_evidence`` of them,
    ranked with ``score``."""
    found: list[tuple[Chunk, tuple[int, int]]] = []
    for node, lines, _ in facts.cited:
        chunk = next((c for c in chunks_of(node) if overlaps(c.lines, lines)), None)
        if chunk is not None and chunk.id not in shown and all(chunk.id != c.id for c, _ in found):
            found.append((chunk, lines))
        if len(found) == config.graph_evidence:
            break
    described = contexts.describe_all([chunk.node for chunk, _ in found]) if found else {}
    return [Evidence(chunk, score, described[chunk.node], quoted=[Quote("", lines)]) for chunk, lines in found]


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


def leads_line(actions: list[dict[str, Any]]) -> list[str]:
    """'Leads of the 22 actions: Anne Charlesworth (5), Mel Howard (5), ... [file:first-last]': each lead once, those
    leading most actions first, citing the lines from the first action to the last (of the first's file)."""
    counted = Counter(lead for action in actions for lead in action["leads"])
    if not counted:
        return []
    source = actions[0]["source"]
    same_file = [action for action in actions if action["source"] == source]
    span = (min(int(a["start"]) for a in same_file), max(int(a["end"]) for a in same_file))
    leads = ", ".join(f"{lead} ({n})" for lead, n in sorted(counted.items(), key=lambda pair: (-pair[1], pair[0])))
    return [f"Leads of the {len(actions)} action{'s' if len(actions) > 1 else ''}: {leads} {cite(source, span)}"]


def status_lines(actions: list[dict[str, Any]], statuses: set[str]) -> list[str]:
    """'4 actions of the plan found are marked Red:' then one line per action, with lead, due date and
    lines (papers' own titles are too often a stray heading to name the plan by)."""
    if not actions:
        return []
    return [f"{len(actions)} action{'s' if len(actions) > 1 else ''} of the plan found "
            f"{'are' if len(actions) > 1 else 'is'} marked {' or '.join(sorted(statuses))}:",
            *map(action_line, actions)]


def action_line(action: dict[str, Any]) -> str:
    """'- 42. Continue to improve ... (Green; Ruth Fletcher-Brown, March 2014) [file:lines]'."""
    number = f"{action['number']}. " if action.get("number") else ""
    printed = [action["status"]] if action.get("status") else []
    printed += [", ".join(action["leads"]) or "no lead printed"]
    due = f", {action['due']}" if action.get("due") else ""
    return f"- {number}{action['text']} ({'; '.join(printed)}{due}) {cite(action['source'], (action['start'], action['end']))}"
