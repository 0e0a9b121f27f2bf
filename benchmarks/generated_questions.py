"""Questions made from the graph of a store, with their answers known by construction, to measure answering on
hundreds of questions rather than the few dozen written by hand (which the answer rules came to fit).

Answerable kinds, each from what the graph holds with its source file and lines: what a body resolved on an item
(the item's lines; a rare word of a resolution must be said), who presented an item, who chaired or attended a
meeting, when a body met to discuss an item, what a meeting had on its agenda, who leads an action, when it is due
and what progress it made by a date, what priorities a plan sets, what sum or share an action or a decision prints,
two of these in one question, when a body was next due to meet, who leads a priority, who wrote a paper, which
actions a priority files and who leads them. Each is phrased by templates
(``benchmarks/questions/generated_templates.json``), with the body named in full or by its short name and the date
printed in one of several forms. Near-miss unanswerable kinds perturb them: the date a month off (no meeting of the
body then), a decision at a meeting held only as an agenda, a body of another council, a person, place or group
never named, a figure of a kind the plan never prints, a year no paper speaks of, a meeting dated by a year alone
the body met in none of, a group named by printed words the papers never print together.

The questions are split by a seed into a half to tune on ('tune') and a half read only at the start and the end
('held'); only the tune half's misses are ever listed.

Scores, per kind and half: hit@5 (an evidence item among the first five overlaps an expected span), must-mention
(share of the expected groups of words of which one is in the answer and evidence text), refusals of the
unanswerable ones (and with the expected reason) and false refusals of the answerable ones.

Usage: python benchmarks/generated_questions.py --store DIR [--halves tune held] [--kind KIND ...]
       [--show-misses] [--list] [--seed N] [--per-kind N]
"""
from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.loaders.dates import find_dates  # noqa: E402

TEMPLATES = ROOT / "benchmarks" / "questions" / "generated_templates.json"
SEED = 2613
PER_KIND = 40
HALVES = ("tune", "held")
TEXT_BUDGET = 4000          # must-mention looks at this many characters of answer + evidence, as retrieval.py
ACTION_WORDS = 10           # an action is named by its first words
TOPIC_WORDS = 10            # an item by the first words of its title
SHORT_TOPIC_WORDS = 2       # ... or by its rarest words
MIN_TITLE_WORDS = 3         # a plan's title names it when it has this many words
RARE_WORD_MIN = 5           # a word the answer must say is at least this long
CONTEXT_WORDS = 4           # a figure inside an item is asked of by this many words of its row ...
CONTEXT_WORD_MIN = 4        # ... of at least this many letters
EVENT_REACH = 3             # an event is named by its row's words this far before its event word
ROLE_WORDS_MAX = 3          # a post a question names a person by is short ('Service Manager')
_JOINING_WORDS = frozenset({"and", "of", "the", "for"})
# A sum of money or a share as printed: what a 'how much' question of a plan's action or an item is answered with
_FIGURES = [("money", re.compile(r"£\s?\d[\d,.]*(?:\s?(?:m|k|million|bn|billion)\b)?")),
            ("share", re.compile(r"\d+(?:\.\d+)?\s?%"))]
_NEXT_MEETING = re.compile(r"\b(?:next|future)\s+meetings?\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_MONTH_NUMBERS = {f"{date(2000, m, 1):%B}".lower(): m for m in range(1, 13)}
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({'|'.join(_MONTH_NUMBERS)})\b(?!,?\s*\d)", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING_NUMBER = re.compile(r"^\s*(?:\d+[.)]?|[A-Z]\d+\.?)\s+")


@dataclass
class Generated:
    """A generated question with what answers it: the spans one of the first five pieces must overlap, groups of
    words of which one each must be said, and for an unanswerable one the refusal reasons that fit."""

    id: str
    kind: str
    question: str
    answerable: bool
    evidence: list[dict[str, Any]] = field(default_factory=list)
    must: list[list[str]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    half: str = ""


class CorpusFacts:
    """What the generator needs of the store's text: whether a phrase is printed, how often a word is, the text of
    a file's lines and the home council's place."""

    def __init__(self, mentions: Callable[[str], bool], texts: list[str],
                 rows_at: Callable[[str, tuple[int, int]], list[tuple[str, tuple[int, int]]]],
                 home: str | None) -> None:
        self.mentions = mentions
        self.frequency = Counter(word.lower() for text in texts for word in _WORD.findall(text))
        self.rows_at = rows_at   # the rows printed on a file's lines, each with its own lines
        self.home = home

    def text_at(self, source: str, lines: tuple[int, int]) -> str:
        return "\n".join(row for row, _ in self.rows_at(source, lines))


# -- phrasing -------------------------------------------------------------------------------------

def ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def date_forms(iso: str) -> list[str]:
    """A date as papers and people print it: '27 September 2016', '27th September 2016', '27/09/2016',
    'Tuesday 27 September 2016', 'September 27, 2016', '2016-09-27'."""
    d = date.fromisoformat(iso)
    return [f"{d.day} {d:%B %Y}", f"{ordinal(d.day)} {d:%B %Y}", f"{d:%d/%m/%Y}", f"{d:%A} {d.day} {d:%B %Y}",
            f"{d:%B} {d.day}, {d.year}", iso]


def date_said(iso: str) -> list[str]:
    """The ways an answer may say a date (any one will do)."""
    d = date.fromisoformat(iso)
    return [iso, f"{d.day} {d:%B}", f"{ordinal(d.day)} {d:%B}", f"{d:%B} {d.day}",
            f"{d.day:02d}/{d.month:02d}/{d.year}"]


def month_name(iso: str) -> str:
    """A date's month without its year, as people name a meeting ('September')."""
    return f"{date.fromisoformat(iso):%B}"


def month_of(iso: str) -> str:
    return f"{date.fromisoformat(iso):%B %Y}"


def shifted(iso: str, months: int) -> str:
    """The same day ``months`` months on (the 28th at most, so every month has it)."""
    d = date.fromisoformat(iso)
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, min(d.day, 28)).isoformat()


def body_names(body: str, home: str | None, kinds: list[str]) -> list[str]:
    """How a question may name a body: in full, without the home council's place at its front, by its kind word
    (one of ``kinds``: 'the panel')."""
    names = [body, without_home(body, home)]
    kind = body.split()[-1].lower()
    if kind in kinds:
        names.append(kind)
    return list(dict.fromkeys(names))


def without_home(body: str, home: str | None) -> str:
    """A body's name without the home council's place at its front ('Local Safeguarding Children Board') nor a
    trailing 'Meeting' ('Youth Cabinet Meeting' is the Youth Cabinet)."""
    words = body.split()
    if len(words) > 2 and words[-1].lower() == "meeting":
        words = words[:-1]
    return " ".join(words[1:]) if home and words[0].lower() == home and len(words) > 2 else body


def topic_of(title: str) -> str:
    """A minute item's title as a question names it: no page references or numbering, lower case when printed in
    capitals, its first TOPIC_WORDS words."""
    cleaned = _LEADING_NUMBER.sub("", _PARENTHESES.sub("", title)).strip(" .:-–")
    if cleaned.isupper():
        cleaned = cleaned.lower()
    return " ".join(cleaned.split()[:TOPIC_WORDS])


def short_topic(title: str, facts: CorpusFacts, count: int = SHORT_TOPIC_WORDS) -> str:
    """A title as a question paraphrases it: its ``count`` words least often printed, in their order ('children
    statutory health assessments' for 'looked after children statutory health assessments')."""
    words = [w for w in _WORD.findall(topic_of(title)) if len(w) > 3]
    kept = set(sorted(words, key=lambda w: (facts.frequency[w.lower()], w.lower()))[:count])
    return " ".join(w for w in words if w in kept) or topic_of(title)


def first_words(text: str, count: int) -> str:
    return " ".join(text.split()[:count]).strip(" .,:;-–")


def surname(name: str) -> str:
    return name.replace(".", " ").split()[-1]


def rare_word(texts: list[str], question: str, facts: CorpusFacts) -> str | None:
    """The word of ``texts`` least often printed in the store (at least RARE_WORD_MIN letters, not in the
    question): what only an answer quoting them would say."""
    asked = {w.lower().strip("'’") for w in _WORD.findall(question)}
    words = [w for text in texts for w in _WORD.findall(text) if len(w) >= RARE_WORD_MIN and w.lower() not in asked]
    return min(words, key=lambda w: (facts.frequency[w.lower()], w.lower()), default=None)


def body_paraphrases(body: str, home: str | None, kinds: list[str], synonyms: dict[str, list[str]],
                     printed: Callable[[str], bool]) -> list[str]:
    """How people name a body without its name: its acronym when the papers print it ('the LSCB'), and a word of
    its subject (those ``synonyms`` knows), perhaps in other words, with its kind ("the kids' partnership", 'the
    parenting panel')."""
    words = [w for w in _WORD.findall(without_home(body, home)) if w.lower() not in _JOINING_WORDS]
    kind = words[-1].lower() if words else ""
    if kind not in kinds or len(words) < 2:
        return []
    out = []
    acronym = "".join(w[0].upper() for w in words)
    if len(acronym) >= 3 and printed(acronym):
        out.append(f"the {acronym}")
    for word in words[:-1]:
        out += [f"the {said} {kind}" for said in synonyms.get(_POSSESSIVE.sub("", word.lower()), [])]
    return list(dict.fromkeys(out))


def paraphrased_topic(title: str, synonyms: dict[str, list[str]], rng: random.Random) -> str | None:
    """An item's title in other words ('children in care health checks' for 'looked after children health
    assessments'): each phrase the synonyms know replaced once, the longest first (not in a possessive); None when
    none is."""
    topic = topic_of(title).lower()
    phrases = "|".join(re.escape(phrase) for phrase in sorted(synonyms, key=len, reverse=True))
    def other_words(match: re.Match[str]) -> str:   # not a word the title says already ('health and wellbeing')
        fresh = [said for said in synonyms[match.group(1)] if said not in topic]
        return rng.choice(fresh) if fresh else match.group()

    changed = re.sub(rf"\b({phrases})\b(?!['’])", other_words, topic)
    return changed if changed != topic else None


def days_printed(text: str, year: int) -> list[str]:
    """The dates a text prints (ISO), a day and month without a year taken to be of ``year``."""
    full = [day.isoformat() for day, _, _ in find_dates(text)]
    bare = []
    for day, month in _DAY_MONTH.findall(text):
        with contextlib.suppress(ValueError):   # '31 September' is no date
            bare.append(date(year, _MONTH_NUMBERS[month.lower()], int(day)).isoformat())
    return full or bare


def sentence_of(text: str, word: str) -> str:
    """The sentence of ``text`` in which ``word`` is first printed (whole words, any case)."""
    found = re.search(rf"\b{re.escape(word)}\b", text, re.I)
    if not found:
        return ""
    start = max(text.rfind(". ", 0, found.start()) + 1, 0)
    end = text.find(". ", found.end())
    return text[start:end if end >= 0 else len(text)].strip()


def event_named(row: str, event: str, stop: frozenset[str], reach: int = EVENT_REACH) -> str | None:
    """An event as a question names it: the words of its row within ``reach`` words before the event word (those
    of no subject, ``stop``, aside) and the event word ('Barnardos review'); None when none is left."""
    words = _WORD.findall(row)
    at = next(i for i, w in enumerate(words) if w.lower() == event)
    before = [w for w in words[max(0, at - reach):at] if len(w) >= CONTEXT_WORD_MIN and w.lower() not in stop]
    return " ".join([*before, event]) if before else None


def figure_context(row: str, figure: str, facts: CorpusFacts, stop: frozenset[str],
                   count: int = CONTEXT_WORDS) -> str | None:
    """What a figure printed in a row is of, in a question's words: the ``count`` rarest words of the row (figures
    and words of no subject, ``stop``, aside), in their order; None when fewer than two are left."""
    words = [w for w in _WORD.findall(row.replace(figure, " ") if figure else row)
             if len(w) >= CONTEXT_WORD_MIN and w.lower() not in stop]
    kept = set(sorted(words, key=lambda w: (facts.frequency[w.lower()], w.lower()))[:count])
    said = [w.lower() for w in words if w in kept]
    return " ".join(dict.fromkeys(said)) if len(set(said)) >= 2 else None

# -- generation -----------------------------------------------------------------------------------

class Generator:
    """Makes the questions of each kind from the records view of a graph (:func:`kg.views.records.build_records`)."""

    def __init__(self, records: dict[str, Any], facts: CorpusFacts, templates: dict[str, Any], seed: int,
                 led: list[dict[str, Any]] | None = None, authored: list[dict[str, Any]] | None = None) -> None:
        self.records = records
        self.led = led or []             # priorities with their leads: label, leads, source, start, end
        self.authored = authored or []   # papers with an author: title, name, source, start, end
        self.facts = facts
        self.templates = templates
        self.rng = random.Random(seed)   # drawn afresh for each kind by generate()
        self.procedural = tuple(templates["procedural_titles"])
        self.stop = frozenset(templates.get("context_stop_words", []))
        self.minutes = [m for m in records["meetings"] if m["kind"] == "minutes"]

    def phrase(self, kind: str, answerable: bool = True, **slots: str) -> str:
        template = self.rng.choice(self.templates["answerable" if answerable else "unanswerable"][kind])
        return template.format(**slots)

    def body_name(self, body: str) -> str:
        return self.rng.choice(body_names(body, self.facts.home, self.templates["body_kinds"]))

    def date_text(self, iso: str) -> str:
        return self.rng.choice(date_forms(iso))

    def substantive_items(self) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        for meeting in self.minutes:
            for item in meeting["items"]:
                if not topic_of(item["title"]).lower().startswith(self.procedural) and len(topic_of(item["title"])) > 3:
                    yield meeting, item

    def held_months(self, body: str) -> set[str]:
        """The months any body of this body's kind met ('the committee' may be any committee)."""
        kind = body.split()[-1].lower()
        return {m["date"][:7] for m in self.records["meetings"] if m["body"].split()[-1].lower() == kind}

    # answerable -------------------------------------------------------------------------------

    def resolution(self) -> Iterator[Generated]:
        for meeting, item in self.substantive_items():
            if not item["resolutions"]:
                continue
            question = self.phrase("resolution", body=self.body_name(meeting["body"]), topic=topic_of(item["title"]),
                                   month=month_of(meeting["date"]), date=self.date_text(meeting["date"]),
                                   short=short_topic(item["title"], self.facts))
            word = rare_word([r["text"] for r in item["resolutions"]], question, self.facts)
            yield Generated("", "resolution", question, True, [_span(meeting["source"], item["lines"])],
                            [[word]] if word else [])

    def presenter(self) -> Iterator[Generated]:
        for meeting, item in self.substantive_items():
            if item["presenters"]:
                question = self.phrase("presenter", body=self.body_name(meeting["body"]),
                                       topic=topic_of(item["title"]), month=month_of(meeting["date"]),
                                       short=short_topic(item["title"], self.facts))
                yield Generated("", "presenter", question, True, [_span(meeting["source"], item["lines"])],
                                [[surname(name) for name in item["presenters"]]])

    def two_parts(self) -> Iterator[Generated]:
        """A question of two parts, as people ask: what was resolved on an item and who presented it, or who chaired
        the meeting and who presented the item; both must be answered."""
        for meeting, item in self.substantive_items():
            if not item["presenters"] or not (item["resolutions"] or meeting["chair"]):
                continue
            decided = bool(item["resolutions"])
            question = self.phrase("resolved_and_presented" if decided else "chaired_and_presented",
                                   body=self.body_name(meeting["body"]), topic=topic_of(item["title"]),
                                   short=short_topic(item["title"], self.facts), month=month_of(meeting["date"]),
                                   date=self.date_text(meeting["date"]))
            first = (rare_word([r["text"] for r in item["resolutions"]], question, self.facts) if decided
                     else surname(meeting["chair"]))
            spans = [_span(meeting["source"], item["lines"])] + ([] if decided else
                                                                  [_span(meeting["source"], _header(meeting))])
            yield Generated("", "two_parts", question, True, spans,
                            [[first]] * bool(first) + [[surname(name) for name in item["presenters"]]])

    def presented_by_surname(self) -> Iterator[Generated]:
        for meeting, item in self.substantive_items():
            for name in item["presenters"][:1]:
                question = self.phrase("presented_by_surname", surname=surname(name),
                                       body=self.body_name(meeting["body"]), month=month_of(meeting["date"]),
                                       date=self.date_text(meeting["date"]))
                word = rare_word([item["title"]], question, self.facts)
                yield Generated("", "presented_by_surname", question, True, [_span(meeting["source"], item["lines"])],
                                [[word]] if word else [])

    def chair(self) -> Iterator[Generated]:
        for meeting in self.minutes:
            if meeting["chair"]:
                question = self.phrase("chair", body=self.body_name(meeting["body"]),
                                       date=self.date_text(meeting["date"]), month=month_of(meeting["date"]))
                yield Generated("", "chair", question, True, [_span(meeting["source"], _header(meeting))],
                                [[surname(meeting["chair"])]])

    def attendance(self) -> Iterator[Generated]:
        for meeting in self.minutes:
            present = [name for name in meeting["present"] if name != meeting["chair"]]
            if len(present) >= 2:
                question = self.phrase("attendance", body=self.body_name(meeting["body"]),
                                       date=self.date_text(meeting["date"]))
                yield Generated("", "attendance", question, True, [_span(meeting["source"], _header(meeting))],
                                [[surname(name)] for name in present[:2]])

    def meeting_date(self) -> Iterator[Generated]:
        """'When did the body discuss <item>?': any meeting of the body with an item of that title answers it."""
        for meeting, item in self.substantive_items():
            question = self.phrase("meeting_date", body=self.body_name(meeting["body"]), topic=topic_of(item["title"]),
                                   short=short_topic(item["title"], self.facts))
            same = [(m, i) for m, i in self.substantive_items()
                    if m["body"] == meeting["body"] and topic_of(i["title"]) == topic_of(item["title"])]
            yield Generated("", "meeting_date", question, True,
                            [span for m, i in same for span in (_span(m["source"], i["lines"]),
                                                                _span(m["source"], _header(m)))],
                            [[said for m, _ in same for said in date_said(m["date"])]])

    def business(self) -> Iterator[Generated]:
        """What a meeting the store holds had on its agenda: any of its items answers."""
        for meeting in self.records["meetings"]:
            items = [i for i in meeting["items"] if not topic_of(i["title"]).lower().startswith(self.procedural)]
            if len(items) >= 2:
                question = self.phrase("business", body=self.body_name(meeting["body"]),
                                       date=self.date_text(meeting["date"]), month=month_of(meeting["date"]))
                words = [rare_word([i["title"]], question, self.facts) for i in items]
                yield Generated("", "business", question, True, [_span(meeting["source"], i["lines"]) for i in items],
                                [[word for word in words if word]])

    def actions(self) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        for document in self.records["documents"]:
            for action in document["actions"]:
                if len(action["text"].split()) >= 4:
                    yield document, action

    def action_lead(self) -> Iterator[Generated]:
        for document, action in self.actions():
            if action["lead"]:
                question = self.phrase("action_lead", action=first_words(action["text"], ACTION_WORDS))
                leads = [lead.strip() for lead in action["lead"].split(";")]
                yield Generated("", "action_lead", question, True, [_span(document["source"], action["lines"])],
                                [[surname(lead) if _is_person(lead) else lead for lead in leads]])

    def action_progress(self) -> Iterator[Generated]:
        """'What progress had been made on <action> by <period>?': the update the plan prints for that period."""
        for document, action in self.actions():
            dated = [u for u in action["updates"] if u["period"] and len(u["text"].split()) >= 6]
            if dated:
                update = dated[0]
                question = self.phrase("action_progress", action=first_words(action["text"], ACTION_WORDS),
                                       period=update["period"])
                word = rare_word([update["text"]], question, self.facts)
                yield Generated("", "action_progress", question, True, [_span(document["source"], update["lines"])],
                                [[word]] if word else [])

    def action_due(self) -> Iterator[Generated]:
        for document, action in self.actions():
            if action["due"]:
                question = self.phrase("action_due", action=first_words(action["text"], ACTION_WORDS))
                yield Generated("", "action_due", question, True, [_span(document["source"], action["lines"])],
                                [[action["due"]]])

    def plan_title(self, document: dict[str, Any]) -> str | None:
        """A plan's title when it names the plan (words enough, not a caption ending in a colon)."""
        title = " ".join(document["title"].split())
        words = _WORD.findall(title)
        return title if len(words) >= MIN_TITLE_WORDS and not title.endswith(":") else None

    def priorities(self) -> Iterator[Generated]:
        for document in self.records["documents"]:
            title = self.plan_title(document)
            if title and len(document["priorities"]) >= 2:
                question = self.phrase("priorities", strategy=title)
                shown = document["priorities"][:2]
                # a plan of the same title in another pack is the same plan to the question
                same = [d for d in self.records["documents"] if _same_title(d["title"], title)]
                yield Generated("", "priorities", question, True,
                                [_span(d["source"], p["lines"]) for d in same for p in d["priorities"]],
                                [[first_words(p["text"], 3)] for p in shown])

    def figure(self) -> Iterator[Generated]:
        """'How much ...' of an action whose text or updates print a sum or a share, or of an item whose
        resolutions print a sum: the figure must be said."""
        for document, action in self.actions():
            printed = " ".join([action["text"], *(u["text"] for u in action["updates"])])
            for kind, pattern in _FIGURES:
                if found := pattern.search(printed):
                    question = self.phrase(f"{kind}_of_action", action=first_words(action["text"], ACTION_WORDS))
                    yield Generated("", "figure", question, True,
                                    [_span(document["source"], action["lines"]),
                                     *(_span(document["source"], u["lines"]) for u in action["updates"])],
                                    [[found.group()]])
                    break
        for meeting, item in self.substantive_items():
            if found := _FIGURES[0][1].search(" ".join(r["text"] for r in item["resolutions"])):
                question = self.phrase("money_of_item", body=self.body_name(meeting["body"]),
                                       topic=topic_of(item["title"]))
                yield Generated("", "figure", question, True, [_span(meeting["source"], item["lines"])],
                                [[found.group()]])

    def priority_actions(self) -> Iterator[Generated]:
        """'What actions sit under the priority <label>?': the actions the plan files under it."""
        for document in self.records["documents"]:
            for priority in document["priorities"]:
                under = [a for a in document["actions"] if a["priority"] == priority["iri"]]
                if under and len(priority["text"].split()) >= 3:
                    question = self.phrase("priority_actions", priority=" ".join(priority["text"].split()))
                    word = rare_word([under[0]["text"]], question, self.facts)
                    yield Generated("", "priority_actions", question, True,
                                    [_span(document["source"], a["lines"]) for a in under], [[word]] if word else [])

    def priority_action_leads(self) -> Iterator[Generated]:
        """'Who leads the milestones under the priority <label>?': the leads of the actions filed under it."""
        for document in self.records["documents"]:
            for priority in document["priorities"]:
                under = [a for a in document["actions"] if a["priority"] == priority["iri"] and a["lead"]]
                if under and len(priority["text"].split()) >= 3:
                    leads = [lead.strip() for a in under for lead in a["lead"].split(";")]
                    question = self.phrase("priority_action_leads", priority=" ".join(priority["text"].split()))
                    yield Generated("", "priority_action_leads", question, True,
                                    [_span(document["source"], a["lines"]) for a in under],
                                    [list(dict.fromkeys(surname(l) if _is_person(l) else l for l in leads))])

    def next_meeting(self) -> Iterator[Generated]:
        """'When was the body next due to meet after its <date> meeting?' from the item printing the next date."""
        for meeting in self.minutes:
            for item in meeting["items"]:
                printed = self.facts.text_at(meeting["source"], tuple(item["lines"]))
                later = [day for day, _, _ in find_dates(printed) if day.isoformat() > meeting["date"]]
                if _NEXT_MEETING.search(item["title"]) and later:
                    question = self.phrase("next_meeting", body=self.body_name(meeting["body"]),
                                           date=self.date_text(meeting["date"]), month=month_of(meeting["date"]))
                    yield Generated("", "next_meeting", question, True, [_span(meeting["source"], item["lines"])],
                                    [date_said(later[0].isoformat())])

    def priority_lead(self) -> Iterator[Generated]:
        for row in self.led:
            question = self.phrase("priority_lead", priority=row["label"])
            yield Generated("", "priority_lead", question, True, [_span(row["source"], (row["start"], row["end"]))],
                            [[surname(lead) for lead in row["leads"]]])

    def author(self) -> Iterator[Generated]:
        """'Who wrote <paper>?': any row of the paper printing its author."""
        for row in self.authored:
            printed = [lines for text, lines in self.facts.rows_at(row["source"], (row["start"], row["end"]))
                       if surname(row["name"]) in text]
            title = self.plan_title({"title": row["title"]})
            if printed and title:
                yield Generated("", "author", self.phrase("author", paper=title), True,
                                [_span(row["source"], lines) for lines in printed], [[surname(row["name"])]])


    # answerable, as people phrase them -------------------------------------------------------

    def paraphrased_body(self, body: str) -> str | None:
        names = body_paraphrases(body, self.facts.home, self.templates["body_kinds"],
                                 self.templates["body_word_synonyms"], self.facts.mentions)
        return self.rng.choice(names) if names else None

    def paraphrased_items(self) -> Iterator[tuple[dict[str, Any], dict[str, Any], str, str]]:
        """Items whose body and title can both be said otherwise: (meeting, item, body said, title said)."""
        for meeting, item in self.substantive_items():
            pbody = self.paraphrased_body(meeting["body"])
            ptopic = paraphrased_topic(item["title"], self.templates["topic_synonyms"], self.rng)
            if pbody and ptopic:
                yield meeting, item, pbody, ptopic

    def paraphrased_resolution(self) -> Iterator[Generated]:
        for meeting, item, pbody, ptopic in self.paraphrased_items():
            if item["resolutions"]:
                question = self.phrase("paraphrased_resolution", pbody=pbody, ptopic=ptopic)
                word = rare_word([r["text"] for r in item["resolutions"]], question, self.facts)
                yield Generated("", "paraphrased_resolution", question, True,
                                [_span(meeting["source"], item["lines"])], [[word]] if word else [])

    def paraphrased_presenter(self) -> Iterator[Generated]:
        for meeting, item, pbody, ptopic in self.paraphrased_items():
            if item["presenters"]:
                yield Generated("", "paraphrased_presenter", self.phrase("paraphrased_presenter", pbody=pbody,
                                                                         ptopic=ptopic), True,
                                [_span(meeting["source"], item["lines"])],
                                [[surname(name) for name in item["presenters"]]])

    def three_constraints(self) -> Iterator[Generated]:
        """Body, month (with or without its year) and topic in one question, body and topic said otherwise."""
        for meeting, item, pbody, ptopic in self.paraphrased_items():
            if item["resolutions"]:
                question = self.phrase("three_constraints", pbody=pbody, ptopic=ptopic,
                                       month=month_of(meeting["date"]), monthname=month_name(meeting["date"]))
                word = rare_word([r["text"] for r in item["resolutions"]], question, self.facts)
                asks_presenter = "presented" in question and item["presenters"]
                presented = [[surname(n) for n in item["presenters"]]] if asks_presenter else []
                yield Generated("", "three_constraints", question, True, [_span(meeting["source"], item["lines"])],
                                ([[word]] if word else []) + presented)

    def month_no_year(self) -> Iterator[Generated]:
        """'Who chaired the panel in September?': every meeting of the body in that month, of any year, answers."""
        for meeting in self.minutes:
            if not meeting["chair"]:
                continue
            month = meeting["date"][5:7]
            same = [m for m in self.minutes if m["body"] == meeting["body"] and m["date"][5:7] == month and m["chair"]]
            body = self.paraphrased_body(meeting["body"]) or f"the {self.body_name(meeting['body'])}"
            question = self.phrase("month_no_year", pbody=body, body=self.body_name(meeting["body"]),
                                   monthname=month_name(meeting["date"]))
            yield Generated("", "month_no_year", question, True, [_span(m["source"], _header(m)) for m in same],
                            [[surname(m["chair"]) for m in same]])

    def surname_and_role(self) -> Iterator[Generated]:
        """An item asked of its presenter named by post and surname ('the Service Manager, Riley')."""
        roles = {p["name"]: [r for r in p["roles"] if len(r.split()) <= ROLE_WORDS_MAX
                             and any(head in r.split() for head in self.templates["role_heads"])]
                 for p in self.records.get("people", [])}
        for meeting, item in self.substantive_items():
            for name in item["presenters"][:1]:
                if not roles.get(name) or name.split()[0] == "Councillor":
                    continue
                pbody = self.paraphrased_body(meeting["body"]) or f"the {self.body_name(meeting['body'])}"
                question = self.phrase("surname_and_role", role=self.rng.choice(roles[name]), surname=surname(name),
                                       pbody=pbody, body=self.body_name(meeting["body"]),
                                       month=month_of(meeting["date"]))
                word = rare_word([item["title"]], question, self.facts)
                yield Generated("", "surname_and_role", question, True, [_span(meeting["source"], item["lines"])],
                                [[word]] if word else [])

    def titled_surname(self) -> Iterator[Generated]:
        """What a presenter presented, named by a title and surname as people write it ('Cllr Sansome', 'Mrs
        Thacker'): the title as printed or short, or one of the usual ones (data: person_titles)."""
        titles = self.templates["person_titles"]
        for meeting, item in self.substantive_items():
            for name in item["presenters"][:1]:
                kind = "councillor" if name.split()[0].lower() in ("councillor", "cllr") else "other"
                question = self.phrase("titled_surname", title=self.rng.choice(titles[kind]), surname=surname(name),
                                       body=self.body_name(meeting["body"]), month=month_of(meeting["date"]))
                word = rare_word([item["title"]], question, self.facts)
                yield Generated("", "titled_surname", question, True, [_span(meeting["source"], item["lines"])],
                                [[word]] if word else [])

    def acronym_org(self) -> Iterator[Generated]:
        """What a meeting heard about an organisation, named by its acronym: any item naming the organisation."""
        home = self.facts.home or ""
        acronyms = {o["name"]: o["acronyms"] for o in self.records.get("organisations", [])
                    if o["acronyms"] and "council" not in o["name"].lower() and home not in o["name"].lower()}
        for meeting in self.minutes:
            named: dict[str, list[dict[str, Any]]] = {}
            for item in meeting["items"]:
                for org in item.get("organisations", []):
                    if org.lower() in meeting["body"].lower():   # the body itself ('the CPP' of the panel)
                        continue
                    for acronym in acronyms.get(org, []):
                        if acronym.isupper() and len(acronym) >= 3:
                            named.setdefault(acronym, []).append(item)
            for acronym, items in named.items():
                question = self.phrase("acronym_org", body=self.body_name(meeting["body"]), acronym=acronym,
                                       month=month_of(meeting["date"]), date=self.date_text(meeting["date"]))
                yield Generated("", "acronym_org", question, True,
                                [_span(meeting["source"], i["lines"]) for i in items])

    def printed_figures(self) -> Iterator[tuple[dict[str, Any], dict[str, Any], str, str, tuple[int, int]]]:
        """The figures printed inside minute items, with the row printing each: (meeting, item, figure, row, lines)."""
        for meeting, item in self.substantive_items():
            for row, lines in self.facts.rows_at(meeting["source"], tuple(item["lines"])):
                for _, pattern in _FIGURES:
                    if (found := pattern.search(row)) and len(_WORD.findall(row)) >= 6:
                        yield meeting, item, found.group(), row, lines
                        break

    def figure_in_item(self) -> Iterator[Generated]:
        for meeting, item, figure, row, lines in self.printed_figures():
            context = figure_context(row, figure, self.facts, self.stop)
            if context:
                question = self.phrase("figure_in_item", body=self.body_name(meeting["body"]), context=context,
                                       month=month_of(meeting["date"]))
                yield Generated("", "figure_in_item", question, True, [_span(meeting["source"], lines)], [[figure]])

    def figure_reporter(self) -> Iterator[Generated]:
        for meeting, item, figure, row, lines in self.printed_figures():
            context = figure_context(row, figure, self.facts, self.stop)
            if context and item["presenters"]:
                question = self.phrase("figure_reporter", body=self.body_name(meeting["body"]), context=context,
                                       figure=figure)
                yield Generated("", "figure_reporter", question, True, [_span(meeting["source"], item["lines"])],
                                [[surname(name) for name in item["presenters"]]])

    def event_date(self) -> Iterator[Generated]:
        """'When did <an outside event an item reports> take place?': a row of a minute item printing an event word
        (data: event_words) with a date in its sentence (which may run on to the next row, not on from a heading),
        other than the meeting's (a day and month without a year is of the meeting's year); the first such date
        must be said."""
        for meeting, item in self.substantive_items():
            rows = self.facts.rows_at(meeting["source"], tuple(item["lines"]))
            for (row, lines), (after, _) in zip(rows, [*rows[1:], ("", (0, 0))]):
                words = {w.lower() for w in _WORD.findall(row)}
                event = next((w for w in self.templates["event_words"] if w in words), None)
                running_on = after.strip()[:1].islower()   # the next row goes on with the sentence, not a heading's
                sentence = sentence_of(f"{row} {after}" if running_on else row, event) if event else ""
                dated = [day for day in days_printed(sentence, int(meeting["date"][:4])) if day != meeting["date"]]
                named = event_named(row, event, self.stop) if event else None
                if named and dated:
                    question = self.phrase("event_date", body=self.body_name(meeting["body"]), event=named,
                                           month=month_of(meeting["date"]))
                    yield Generated("", "event_date", question, True, [_span(meeting["source"], lines)],
                                    [date_said(dated[0])])

    # unanswerable -----------------------------------------------------------------------------

    def chair_month_off(self) -> Iterator[Generated]:
        for meeting in self.minutes:
            off = self.unheld_month(meeting)
            if off:
                yield Generated("", "chair_month_off", self.phrase(
                    "chair_month_off", False, body=self.body_name(meeting["body"]), date=self.date_text(off),
                    month=month_of(off)), False, reasons=["no_meeting"])

    def unheld_month(self, meeting: dict[str, Any]) -> str | None:
        """The meeting's date a month before or after, when the body held no meeting in that month."""
        for step in self.rng.sample([-1, 1], 2):
            off = shifted(meeting["date"], step)
            if off[:7] not in self.held_months(meeting["body"]):
                return off
        return None

    def business_month_off(self) -> Iterator[Generated]:
        """What a body discussed at a meeting a month off one it held: no papers of that meeting."""
        for meeting in self.records["meetings"]:
            off = self.unheld_month(meeting)
            if off:
                yield Generated("", "business_month_off", self.phrase(
                    "business_month_off", False, body=self.body_name(meeting["body"]), date=self.date_text(off),
                    month=month_of(off)), False, reasons=["no_meeting"])

    def resolution_month_off(self) -> Iterator[Generated]:
        for meeting, item in self.substantive_items():
            off = self.unheld_month(meeting) if item["resolutions"] else None
            if off:
                yield Generated("", "resolution_month_off", self.phrase(
                    "resolution_month_off", False, body=self.body_name(meeting["body"]), topic=topic_of(item["title"]),
                    date=self.date_text(off), month=month_of(off)), False, reasons=["no_meeting"])

    def agenda_only_decision(self) -> Iterator[Generated]:
        """What a body decided at a meeting the store holds only the agenda of: the minutes would say, and the
        store has none."""
        minuted = {(m["body"], m["date"]) for m in self.minutes}
        for meeting in self.records["meetings"]:
            if meeting["kind"] != "agenda" or (meeting["body"], meeting["date"]) in minuted:
                continue
            for item in meeting["items"]:
                topic = topic_of(item["title"])
                if not topic.lower().startswith(self.procedural) and len(topic.split()) >= 2:
                    yield Generated("", "agenda_only_decision", self.phrase(
                        "agenda_only_decision", False, body=self.body_name(meeting["body"]), topic=topic,
                        date=self.date_text(meeting["date"]), month=month_of(meeting["date"])), False,
                        reasons=["no_meeting"])

    def other_council(self) -> Iterator[Generated]:
        for meeting, item in self.substantive_items():
            body = without_home(meeting["body"], self.facts.home)
            if body.split()[-1].lower() not in self.templates["body_kinds"]:
                continue
            place = self.rng.choice(self.templates["other_places"])
            if place.lower() == self.facts.home or self.facts.mentions(f"{place} {body}"):
                continue
            yield Generated("", "other_council", self.phrase(
                "other_council", False, place=place, body=body, topic=topic_of(item["title"]),
                date=self.date_text(meeting["date"])), False, reasons=["no_body", "no_entity"])

    def unnamed_person(self) -> Iterator[Generated]:
        surnames = [s for s in self.templates["invented_surnames"] if not self.facts.mentions(s)]
        for meeting in self.minutes:
            name = f"{self.rng.choice(self.templates['invented_forenames'])} {self.rng.choice(surnames)}"
            yield Generated("", "unnamed_person", self.phrase(
                "unnamed_person", False, surname=surname(name), person=name, body=self.body_name(meeting["body"]),
                month=month_of(meeting["date"]), date=self.date_text(meeting["date"])), False, reasons=["no_entity"])

    def unnamed_place_or_group(self) -> Iterator[Generated]:
        """An item asked about a place or a group the papers never name ('the Thistlewood Academy Trust')."""
        places = [p for p in self.templates["other_places"] if not self.facts.mentions(p)]
        groups = [f"{name} {kind}" for name in self.templates["invented_surnames"] if not self.facts.mentions(name)
                  for kind in self.templates["group_kinds"]]
        for meeting, item in self.substantive_items():
            yield Generated("", "unnamed_place_or_group", self.phrase(
                "unnamed_place_or_group", False, body=self.body_name(meeting["body"]), topic=topic_of(item["title"]),
                place=self.rng.choice(places), group=self.rng.choice(groups)), False,
                reasons=["no_entity", "not_with_name"])

    def figure_never_given(self) -> Iterator[Generated]:
        """A sum asked of an action when no plan printing it (in any pack) prints a sum anywhere."""
        for _, action in self.actions():
            named = first_words(action["text"], ACTION_WORDS)
            printing = [d for d, a in self.actions() if first_words(a["text"], ACTION_WORDS) == named]
            if not any("£" in self.facts.text_at(d["source"], tuple(d["lines"])) for d in printing):
                yield Generated("", "figure_never_given", self.phrase("figure_never_given", False, action=named),
                                False, reasons=["no_figure", "out_of_scope", "not_close"])

    def month_no_year_off(self) -> Iterator[Generated]:
        """A month, without its year, in which the body never met in any year (one for each of its meetings)."""
        for meeting in self.minutes:
            body = meeting["body"]
            met = {m["date"][5:7] for m in self.records["meetings"] if m["body"] == body}
            unmet = [month for month in range(1, 13) if f"{month:02d}" not in met]
            name = f"{date(2000, self.rng.choice(unmet), 1):%B}"
            pbody = self.paraphrased_body(body) or f"the {self.body_name(body)}"
            yield Generated("", "month_no_year_off", self.phrase("month_no_year_off", False, pbody=pbody,
                                                                 body=self.body_name(body), monthname=name),
                            False, reasons=["no_meeting"])

    def unknown_acronym(self) -> Iterator[Generated]:
        """An organisation or programme named by an acronym the papers never print."""
        acronyms = [a for a in self.templates["invented_acronyms"] if not self.facts.mentions(a)]
        for meeting, item in self.substantive_items():
            yield Generated("", "unknown_acronym", self.phrase(
                "unknown_acronym", False, body=self.body_name(meeting["body"]), acronym=self.rng.choice(acronyms),
                topic=topic_of(item["title"])), False, reasons=["no_entity", "not_with_name"])

    def meeting_year_off(self) -> Iterator[Generated]:
        """Who chaired or attended a body's meeting in a year (no month) it held none in, a year near one it met in
        and inside the years the store's meetings span (so the papers speak of it)."""
        span = {int(m["date"][:4]) for m in self.records["meetings"]}
        for meeting in self.minutes:
            held = {int(m["date"][:4]) for m in self.records["meetings"] if m["body"] == meeting["body"]}
            years = [year for step in (-1, 1, -2, 2) if min(span) <= (year := int(meeting["date"][:4]) + step)
                     <= max(span) and year not in held]
            if years:
                yield Generated("", "meeting_year_off", self.phrase(
                    "meeting_year_off", False, body=self.body_name(meeting["body"]), year=str(years[0])), False,
                    reasons=["no_meeting"])

    def group_printed_apart(self) -> Iterator[Generated]:
        """An item asked of a group named by a presenter's surname (printed) and a group's kind (printed too), a
        name the papers never print whole ('the Walker Community Association')."""
        for meeting, item in self.substantive_items():
            for name in item["presenters"][:1]:
                group = f"{surname(name)} {self.rng.choice(self.templates['group_kinds'])}"
                if not self.facts.mentions(group):
                    yield Generated("", "group_printed_apart", self.phrase(
                        "unnamed_place_or_group", False, body=self.body_name(meeting["body"]),
                        topic=topic_of(item["title"]), place=group, group=group), False,
                        reasons=["no_entity", "not_with_name", "no_body"])   # a 'Youth Forum' is a body

    def year_never_spoken_of(self, spoken: set[int]) -> Iterator[Generated]:
        years = [year for year in range(max(spoken) + 1, max(spoken) + 12) if year not in spoken]
        for meeting, item in self.substantive_items():
            yield Generated("", "year_never_spoken_of", self.phrase(
                "year_never_spoken_of", False, body=self.body_name(meeting["body"]), topic=topic_of(item["title"]),
                year=str(self.rng.choice(years))), False, reasons=["no_date"])


# Kinds phrased as people write questions: bodies and topics in other words, several constraints, a detail inside
# an item's text, a person by post and surname, a month without its year, an organisation by its acronym
HUMAN_ANSWERABLE = ("paraphrased_resolution", "paraphrased_presenter", "three_constraints", "month_no_year",
                    "surname_and_role", "titled_surname", "acronym_org", "figure_in_item", "figure_reporter",
                    "event_date")
HUMAN_UNANSWERABLE = ("month_no_year_off", "unknown_acronym", "meeting_year_off", "group_printed_apart")
ANSWERABLE_KINDS = ("resolution", "presenter", "two_parts", "presented_by_surname", "chair", "attendance",
                    "meeting_date", "business", "action_lead", "action_due", "action_progress", "priorities", "figure",
                    "next_meeting", "priority_lead", "author", "priority_actions", "priority_action_leads",
                    *HUMAN_ANSWERABLE)
UNANSWERABLE_KINDS = ("chair_month_off", "business_month_off", "resolution_month_off", "agenda_only_decision",
                      "other_council", "unnamed_person", "unnamed_place_or_group", "figure_never_given",
                      "year_never_spoken_of", *HUMAN_UNANSWERABLE)


def generate(records: dict[str, Any], facts: CorpusFacts, templates: dict[str, Any], spoken_years: set[int],
             seed: int = SEED, per_kind: int = PER_KIND, led: list[dict[str, Any]] | None = None,
             authored: list[dict[str, Any]] | None = None) -> list[Generated]:
    """Every kind's questions (at most ``per_kind`` each, drawn by ``seed``), with ids and halves."""
    generator = Generator(records, facts, templates, seed, led, authored)
    out: list[Generated] = []
    for kind in ANSWERABLE_KINDS + UNANSWERABLE_KINDS:
        generator.rng = random.Random(f"{seed}:{kind}")   # each kind drawn apart: changing one leaves the others
        made = list(generator.year_never_spoken_of(spoken_years) if kind == "year_never_spoken_of"
                    else getattr(generator, kind)())
        made = list({g.question: g for g in made}.values())   # one of each wording
        chosen = sorted(generator.rng.sample(range(len(made)), min(per_kind, len(made))))
        for number, index in enumerate(chosen, start=1):
            question = made[index]
            question.id = f"{kind}-{number:03d}"
            question.half = HALVES[random.Random(f"{seed}:{question.id}").random() < 0.5]
            out.append(question)
    return out


def _span(source: str, lines: list[int] | tuple[int, int]) -> dict[str, Any]:
    return {"file": source, "lines": [int(lines[0]), int(lines[1])]}


def _header(meeting: dict[str, Any]) -> tuple[int, int]:
    """A meeting's lines before its first item: where its date, chair and attendance are printed."""
    first = min((item["lines"][0] for item in meeting["items"]), default=meeting["lines"][1] + 1)
    return meeting["lines"][0], max(meeting["lines"][0], first - 1)


def _same_title(one: str, other: str) -> bool:
    """Whether two titles are one (case, spacing and the form of an apostrophe aside)."""
    return " ".join(one.lower().replace("’", "'").split()) == " ".join(other.lower().replace("’", "'").split())


def _is_person(name: str) -> bool:
    """Whether a lead is a person's name (two or three capitalised words, no organisation's acronym)."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)


# -- scoring --------------------------------------------------------------------------------------

def score(question: Generated, answer: dict[str, Any]) -> dict[str, Any]:
    evidence = answer["evidence"]
    hit = any(ev["source"] == span["file"] and ev["lines"][0] <= span["lines"][1] and span["lines"][0] <= ev["lines"][1]
              for ev in evidence[:5] for span in question.evidence)
    text = " ".join((answer.get("answer", "") + "\n" + "\n".join(ev["text"] for ev in evidence))[:TEXT_BUDGET]
                    .lower().split())
    said = [any(" ".join(word.lower().split()) in text for word in group) for group in question.must]
    refused = not answer.get("answerable", True)
    return {"hit5": hit, "mention": statistics.mean(said) if said else None, "refused": refused,
            "reason": answer.get("abstain_reason"),
            "fitting": refused and answer.get("abstain_reason") in question.reasons}


def summary(rows: list[tuple[Generated, dict[str, Any]]]) -> str:
    answerable = [s for q, s in rows if q.answerable]
    unanswerable = [s for q, s in rows if not q.answerable]
    parts = []
    if answerable:
        mentions = [s["mention"] for s in answerable if s["mention"] is not None]
        parts.append(f"hit@5 {statistics.mean(s['hit5'] for s in answerable):.3f}  must-mention "
                     f"{statistics.mean(mentions) if mentions else float('nan'):.3f}  false refusals "
                     f"{sum(s['refused'] for s in answerable)}/{len(answerable)}")
    if unanswerable:
        parts.append(f"refused {sum(s['refused'] for s in unanswerable)}/{len(unanswerable)} "
                     f"(expected reason {sum(s['fitting'] for s in unanswerable)})")
    return "  ".join(parts)


def report(rows: list[tuple[Generated, dict[str, Any]]], halves: list[str], show_misses: bool) -> None:
    for half in halves:
        mine = [(q, s) for q, s in rows if q.half == half]
        print(f"\n{half} half: {len(mine)} questions ({sum(not q.answerable for q, _ in mine)} unanswerable)")
        print(f"  {'all answerable':<22}{summary([(q, s) for q, s in mine if q.answerable])}")
        print(f"  {'all unanswerable':<22}{summary([(q, s) for q, s in mine if not q.answerable])}")
        for kind in ANSWERABLE_KINDS + UNANSWERABLE_KINDS:
            of_kind = [(q, s) for q, s in mine if q.kind == kind]
            if of_kind:
                print(f"  {kind:<22}{len(of_kind):>3}  {summary(of_kind)}")
    if show_misses:
        print()
        for q, s in rows:
            if q.half != "tune":
                continue
            if not q.answerable and not s["refused"]:
                print(f"ANSWERED {q.id}: {q.question}")
            elif not q.answerable and not s["fitting"]:
                print(f"OTHER-REASON {q.id} ({s['reason']}): {q.question}")
            elif q.answerable and s["refused"]:
                print(f"FALSE-REFUSAL {q.id} ({s['reason']}): {q.question}")
            elif q.answerable and (not s["hit5"] or (s["mention"] if s["mention"] is not None else 1) < 1):
                print(f"MISS {q.id} hit5={s['hit5']} mention={s['mention']}: {q.question}  must={q.must}")


def store_questions(kg: Any, seed: int, per_kind: int) -> list[Generated]:
    """The generated questions of the store ``kg`` (a :class:`kg.api.KnowledgeGraph`)."""
    from kg.views.records import build_records

    records = build_records(kg.graph)
    presenters: dict[str, list[str]] = {}
    for row in kg.sparql("SELECT ?i ?n WHERE { ?i ckg:presentedBy/foaf:name ?n } ORDER BY ?i ?n"):
        presenters.setdefault(row["i"], []).append(row["n"])
    for meeting in records["meetings"]:
        for item in meeting["items"]:
            item["presenters"] = presenters.get(item["iri"], [])
    corpus = kg.searcher.corpus.text
    index = kg.searcher.index
    facts = CorpusFacts(corpus.mentions, [chunk.text for chunk in index.chunks], lambda source, lines: sorted(
        {(row, spans) for chunk in index.chunks_at(source, lines) for row, spans in chunk.row_spans()
         if lines[0] <= spans[0] <= lines[1]}, key=lambda pair: pair[1]), corpus.home)
    led: dict[str, dict[str, Any]] = {}
    for row in kg.sparql(_LED):
        led.setdefault(row["p"], {**row, "leads": []})["leads"].append(row["lead"])
    templates = json.loads(TEMPLATES.read_text(encoding="utf-8"))
    return generate(records, facts, templates, set(corpus.years), seed, per_kind, list(led.values()),
                    kg.sparql(_AUTHORED))


_LED = """SELECT ?p ?label ?lead ?source ?start ?end WHERE { ?p a ckg:Priority ; skos:prefLabel ?label ;
    ckg:lead/foaf:name ?lead ; ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source }
    ORDER BY ?source ?start ?lead"""
_AUTHORED = """SELECT ?title ?name ?source ?start ?end WHERE { ?d dct:creator/foaf:name ?name ; dct:title ?title ;
    ckg:lineStart ?start ; ckg:lineEnd ?end ; prov:wasDerivedFrom/dct:title ?source } ORDER BY ?source ?start"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="a store of the bundled corpus, with its index")
    parser.add_argument("--halves", nargs="*", default=list(HALVES), choices=HALVES)
    parser.add_argument("--kind", nargs="*", default=[], help="only questions of these kinds")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--per-kind", type=int, default=PER_KIND)
    parser.add_argument("--show-misses", action="store_true", help="list the misses of the tune half (never the held)")
    parser.add_argument("--list", action="store_true", help="print the tune half's questions as JSON and stop")
    args = parser.parse_args(argv)
    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.open(args.store)
    questions = [q for q in store_questions(kg, args.seed, args.per_kind)
                 if q.half in args.halves and (not args.kind or q.kind in args.kind)]
    if args.list:
        print(json.dumps([asdict(q) for q in questions if q.half == "tune"], indent=1))
        return 0
    kg.ask(questions[0].question)   # warm
    rows, latencies = [], []
    for question in questions:
        started = time.perf_counter()
        answer = kg.ask(question.question, k=5).to_json()
        latencies.append((time.perf_counter() - started) * 1000)
        rows.append((question, score(question, answer)))
    print(f"{len(questions)} generated questions (seed {args.seed}), warm p50 {statistics.median(latencies):.1f} ms")
    report(rows, args.halves, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
