"""Decisions inside a minute item: labelled resolutions, their numbered parts, prose decisions.

Labels vary by council and year: "Resolved:-", "Resolved: -", "RESOLVED that", "RESOLVEDThat",
"RESOVLED", "Agreed:-", "AGREED that", "Decision:", "The Committee resolved:-", "It was therefore -
Resolved - That". Sub-decisions "(1)", "(i)", "(a)", "1)", "a)", "1." become separate records.
Partner boards record decisions in prose ("RLSCB agreed to ...", "... - this was agreed").
"""
from __future__ import annotations

import re

from kg.loaders.vocabulary import words
from kg.model import Line, Resolution, SourceText

# the bodies that decide in their own name ("The Committee noted ...", "Council resolved to:")
_DECIDING_BODIES = ("committee", "board", "panel", "forum", "council", "cabinet", "partnership", "commission",
                    "sub-committee", "executive")
_LABEL = re.compile(
    r"^(?:and\s+(?=resolved\b)|it\s+was\s+(?:therefore\s+)?[-–]\s*|it\s+was\s+(?:(?:also|further|duly|unanimously)\s+)*(?=(?-i:RESOLVED|AGREED|resolved)\b)|(?:after\s+consideration,\s*)?the\s+(?:[\w-]+\s+){1,3}?(?!decision\b)"
    rf"|(?-i:(?:[A-Z][\w&'’-]*\s+){{0,3}}?(?:{'|'.join(b.capitalize() for b in _DECIDING_BODIES)})\s+)"
    r"(?=(?-i:resolved|RESOLVED|agreed|AGREED|decided)\b))?"     # "Council resolved to:", no "the" before its name
    r"(?P<label>resolved|resovled|reslved|resloved|agreee?d|decisions?|decided|(?-i:DETERMINED)"
    r"|(?-i:ORDERED)"        # older authorities' minutes: "ORDERED that the report be noted."
    rf"|(?:{'|'.join(sorted(words('body_nouns')))})\s+decision(?=\s*:)"      # "Forum decision: The Forum approved ..."

    # "Outcome: The Group agreed ...", "Conclusion: Noted." (boards' notes); never a plan's "Outcome: All children will ..."
    r"|(?:outcome|conclusion)(?=\s*:\s*(?:(?:\(\w\)\s*)?the\s+[\w -]{1,40}?\s+(?:\(\w\)\s*)?(?:agreed|noted|resolved|decided|approved|asked|endorsed)\b"
    r"|(?:noted|agreed|approved)\b))"
    # a committee's recommendation to the body that decides: "RECOMMENDED to Cabinet that:", "Recommended:"
    r"|(?-i:RECOMMENDED)(?:\s+to\s+(?:the\s+)?[A-Z][\w&'’ ]{1,40}?(?=\s+that\b))?|(?-i:Recommended)(?=\s*[:–-])"
    # a scrutiny committee's "Recommendations to Cabinet" heading over what it recommends
    r"|recommendations?\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w&'’ ]{1,40}?(?=\s*:?\s*$)"
    # a select committee's own "Recommendations:" over what it resolved to recommend (taken when no label follows)
    r"|recommendations(?=\s*:\s*$))"
    r"(?:\s+(?:unanimous(?:ly)?|by\s+a\s+(?:large\s+|clear\s+)?majority|further|also))?"     # "RESOLVED FURTHER:"
    r"(?:\s*\((?:unanimous(?:ly)?|nem\.?\s*con\.?|[^)]{0,30}\b(?:for|against|votes?|abstentions?)\b[^)]{0,30})\))?"   # "RESOLVED (9 for, 1 against)"
    r"(?:\s*[:;]\s*[-–]?|\s*/\s*[-–]|\s*[-–]+|\s*,(?=\s*that\b)|(?=\s*that\b)|(?=\s+to\b)|\s*$"
    r"|(?<=(?-i:RESOLVED))(?=\s+(?-i:[a-z]))|(?<=(?-i:AGREED))(?=\s+(?-i:[a-z])))\s*", re.I)   # "AGREED under Section ..."
# "After consideration, the committee (1) noted ...", "The Committee noted the update ...": the body
# itself deciding, in the past tense, as Scottish and Northern Irish minutes print decisions
_BODY_DECIDED = re.compile(
    r"^(?:(?:after\s+(?:consideration|discussion)|thereafter),\s*)?"
    rf"(?:the\s+(?:(?-i:[A-Z])[\w&'’-]*\s+){{0,4}}?(?:{'|'.join(_DECIDING_BODIES)})"          # "The Integration Joint Board:-"
    rf"|(?-i:(?:[A-Z][\w&'’-]*\s+){{0,4}}?(?:{'|'.join(b.capitalize() for b in _DECIDING_BODIES)})))"   # "Council resolved to:"
    r"\b\s*(?::-?\s*)?(?=\(1\)|\(a\)|\(i\)|a\)|1[.)]|i[.)]\s|$|"
    r"(?:[a-z]+ed\s+and\s+)?"                   # "The Committee scrutinised and NOTED ..."
    r"(?:noted(?!\s+that\b)|approved|agreed|endorsed|instructed|resolved|decided|deferred|rejected|refused|supported|"
    r"accepted)\b)", re.I)                      # "noted that <something had happened>" reports; it decides nothing
# what a body decided in one sentence of its own, no parts after ("noted the update.", "NOTED the report.")
_ONE_SENTENCE = re.compile(r"[a-z]+ed\b[^:;()]*?[^:;]\.?", re.I)
# "Decision" printed as a heading over the sentence that records it ("Decision / The Committee agreed:-")
_DECISION_HEADING = re.compile(r"^decisions?\s+(?=(?:the|it)\s)", re.I)
# a paragraph's own number before its label ("6.4 RESOLVED: ...")
_PARAGRAPH_NUMBER = re.compile(r"^(?:\d{1,3}\.\d{1,2}(?:\.\d{1,2})?\s+|\d{1,4}\.?\s+(?=(?:resolved|resovled|agreed|decided)\b))",
                               re.I)
# a label after a proposer and seconder or the discussion inside one paragraph ("Seconded: Cllr Ogden. RESOLVED: ...",
# "... were presented. Decision: The Committee approved ...")
_INLINE_LABEL = re.compile(r"(?<=[.;:–-])\s+(?=(?:RESOLVED|RESOVLED|AGREED|DECIDED)\b|(?:Resolved|Agreed)(?:\s*[–:-]|\s+(?:to|that)\b)|Decision\s*:"
                           r"|It\s+was\s+(?:(?:also|further|unanimously)\s+)*(?:resolved|RESOLVED)\b)"
                           r"|,?\s+(?:and\s+)?(?:it\s+was\s+)?(?:duly\s+|unanimously\s+)?(?<=\s)(?=RESOLVED\b|DETERMINED\s+that\b)"   # "... and (it was) (duly) RESOLVED that"
                           r"|(?<=,)\s+(?=it\s+was\s+(?:unanimously\s+)?(?:resolved|agreed)\s*(?:[:–-]|$))"
                           r"|\s+(?=And\s+(?:Resolved|RESOLVED)\s*:)")     # "... Seconded by Cllr. B And Resolved:"   # "Having considered the report, it was resolved –"
# headings printed under a decision for what goes with it, not for what was decided
_BESIDE_DECISION = re.compile(r"^(?:reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|implementation\s+of\s+"
                              r"(?:the\s+)?decisions?|alternative\s+options?(?:\s+considered)?(?:\s+and\s+rejected)?)"
                              r"\s*[:–-]?\s*$", re.I)
_AFTER_DECISION = re.compile(r"(?<=[.;])\s+(?=(?:Voting|Votes|Proposed|Clerk['’]s note)\b)")
_BULLET = re.compile(r"^-\s+")
_SIGNED = re.compile(r"^(?-i:[A-Z][A-Z.'’ -]{3,40}),\s*(?:convene?r|chair(?:man|person)?|provost|(?:lord\s+)?mayor)\.?$", re.I)
_DANGLING = re.compile(r"^(?:\S+\s+)?(?:\S+\s*){1,4}(?<![.;:,])$")
# the body itself acting ("Cabinet deferred consideration ...", "The Executive withdrew the item"), not a narrative
_BODY_ACTED = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){{0,4}}?(?:{'|'.join(sorted(words('body_nouns')))}|members)\s+"
                         r"(?:unanimously\s+)?(?:deferred|withdrew|approved|agreed|noted|refused|rejected|endorsed|resolved|"
                         r"decided|accepted|adopted|delegated|requested|supported|recommended)\b", re.I)
# a committee's recommendation in its own voice, present tense ("The Committee requests that ...")
_BODY_ASKS = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){{0,3}}?(?:{'|'.join(sorted(words('body_nouns')))})\s+"
                        r"(?:requests|recommends|asks|welcomes|supports|endorses|agrees|notes|urges)\b", re.I)
# a decision of one word under its label ("Decision:" / "Approved.")
_OUTCOME_WORD = re.compile(r"^(?:approved|agreed|noted|deferred|refused|granted|rejected|carried|endorsed|withdrawn)"
                           r"(?:\s+(?:unanimously|as\s+(?:amended|recommended)))?\.?$", re.I)
_INNER_BULLET = re.compile(r"\s*[;,](?:\s+and)?\s+-\s+")     # bullets a paragraph joined: "noted; and - approved"
# a ModernGov page cuts long minutes short with a link: "...  view the full minutes text for item 57."
_MORE_LINK = re.compile(r"\s*(?:\.{3}|…)?\s*view the full minutes text for item\s+\S+?\.?\s*$", re.I)
# "If so, to formally pass the following resolution: RESOLVED – ...": proposed, not passed
_PROPOSED = re.compile(r"\b(?:pass|move|adopt)\s+the\s+following\s+resolution\b|\bif\s+so,?\s+to\s+(?:formally\s+)?"
                       r"(?:pass|resolve)\b|\bproposed\s+resolution\s*:", re.I)
# "That the Committee:-", "that:", "agreed to:": a lead-in to the parts below, not a decision
_LEAD_IN_ONLY = re.compile(r"^(?:(?:that\b[^.;]{0,40}|(?:agreed\s+)?to(?:\s+[a-z]+)?)\s*:\s*-?|to|that|that\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,5}"
                           rf"(?:{'|'.join(sorted(words('body_nouns')))}))$", re.I)   # "That the Committee" over its parts
# "Moved by X, Seconded by Y, and Resolved – That ...": the decision starts at its label
_MOVED_AND = re.compile(r",?\s+and\s+(?=(?:resolved|agreed)\b)", re.I)
_MOVER = re.compile(r"^(?:it\s+was\s+)?(?:moved|proposed)\s+by\b", re.I)
_INFINITIVE = re.compile(r"^to\s+[a-z]", re.I)
# "To thank the deputation ... and to consider it ...": two decisions in one sentence; never "subject to X, and to the
# conditions ..." (a verb follows the second "to", not an article)
_AND_TO = re.compile(r",?\s+and\s+(?=to\s+(?!(?:the|a|an|its|their|his|her|any|all|this|that|these|those)\b)[a-z]+\b)")
_AND_AGREED = re.compile(r",?\s+and\s+agreed\s+(?=that\b|to\b)", re.I)
_PART = re.compile(r"(?:^|(?<=[\s;:]))(\((?:\d{1,2}|[a-h]|[ivx]{1,5})\)|(?:\d{1,2}|[a-h]|[ivx]{1,5})\)|(?:\d{1,2}|[ivx]{1,5})\.(?=\s)"
                   r"|(?:(?<=;\s)|(?<=;\sand\s)|(?<=;\sor\s))\d{1,3}\.\d{1,2}(?=\s+[a-z]))(?:\s+|(?<=\))(?=That\b))")   # "...; and 8.2 the Fund ...", "(i)That"
_PAGE_NUMBER_BEFORE_PART = re.compile(r"^\d{1,3}\s+(?=\((?:[a-h]|[ivx]{1,5}|\d{1,2})\)\s|(?:[a-h]|[ivx]{1,5})\)\s)")
_NEXT_PART_MARK = re.compile(r"(?:(?<=;)|(?<=\band))\s+\(?(?:\d{1,2}|[a-h]|[ivx]{1,5})[.)]$")    # "; ii." / "and (b)" at the end
_DECIMAL_PART = re.compile(r"^\d{1,3}\.\d{1,2}\s+(?=[a-z])")
_STARTS_PART = re.compile(r"^(\((?:\d{1,2}|[a-h]|[ivx]{1,5})\)|(?:\d{1,2}|[a-h]|[ivx]{1,5})\)|(?:\d{1,2}|[ivx]{1,5})\.)"
                          r"(?:\s+|(?<=\))(?=That\b))")      # "(i)That the ...": the space lost in extraction
_THAT = re.compile(r"^that\b", re.I)
# "That Cabinet:" / "That the Board:" introducing numbered decisions
_LEAD_IN = re.compile(r"^[Tt]hat\s+(?:the\s+)?[A-Z][\w ]{1,40}:\s*[-–]?\s*(?P<rest>(?:\(?(?:\d{1,2}|[a-h])[.)]\s.*)?)$")
# a decision clause standing alone: "That the report be noted.", "That officers advertise the fare increase."
_CLAUSE = re.compile(r"^That,?\s+(?!(?:was|is|were|would|had|has|said|these|those|it|he|she|they|there)\b"
                     r"|this\s+(?:was|is|were|would|had|has|meant|being)\b)"
                     r"\S+(?:\s+\S+){3,}[.;]$")
# the motion, its seconder or the vote printed before the decision's "That ..." in one paragraph ("Proposed: Cllr A
# Seconded: Cllr B All in favour That ...", "On being put to the vote (6 for, 3 against) it was That ...")
_MOTION_WORDS = re.compile(r"\b(?:proposed|moved|seconded|put\s+to\s+(?:the\s+)?vote|it\s+was)\b", re.I)
_CAPITAL_THAT = re.compile(r"\s(?=That,?\s+\S)")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|\t+")      # a tab parts the cells of a table row
# who decided: the meeting itself ("RLSCB agreed", "It was agreed", "Members agreed", "this was
# agreed"), never one speaker agreeing with another ("Clair Pyper agreed that ...")
_PROSE = re.compile(r"\b(?:it was|this was|which was|were|was|(?-i:[A-Z]{2,}[a-z]?)|board|partnership|panel|commission|committee|"
                    r"members|councillors|partners|group|forum|meeting|all|council|cabinet|executive|governors)\s+(?:unanimously\s+)?"
                    r"(?:agreed|resolved)\b"
                    # the body itself deciding, in the past tense: "Council approved the transfer ...", "The Board
                    # retrospectively approved ..."
                    r"|\b(?:board|panel|committee|council|cabinet|councillors|members)\s+(?:\w+ly\s+)?(?:approved|endorsed|adopted)\b"
                    # "The Board noted the update.", "The Board supported the proposal" (never "noted that ...")
                    r"|\b(?:board|panel|committee|council|cabinet|members|directors|trustees|governors)\s+(?:noted|supported)\b"
                    r"(?!\s+that\b)"
                    # "The report was noted.", "Reports from the sub-groups were received and noted."
                    r"|^(?!that\b).*\b(?:was|were)\s+(?:(?:received|considered)\s+and\s+)?noted\s*\.?$"   # not "That X was noted."
                    # "The Annual Report was adopted on the proposal of Councillor X and seconded by Councillor Y."
                    r"|\b(?:was|were)\s+(?:unanimously\s+)?(?:adopted|approved|confirmed|agreed)\s+on\s+the\s+proposal\s+of\b"
                    # "The Committee considered a report by the Chief Auditor and agreed to note ..." (Scottish minutes)
                    r"|\b(?:board|panel|committee|council|cabinet|members)\s+(?:considered|received|discussed|heard)\b[^.]{0,240}?"
                    r"\band\s+(?:unanimously\s+)?(?:agreed|resolved|decided)\b",
                   re.I)
_REPORTED = re.compile(r"\b(?:already|had|previously|not|if|would be|has been|have)\s+(?:been\s+)?agreed\b|"
                       r"\bat (?:this|that|the last|the previous|a previous|its last) meeting\b", re.I)
_ACTION = re.compile(r"^action\s*(?::|[-–])\s*(?P<text>.+)$", re.I)      # "ACTION: X to ...", never "Action log"
_OUTCOME = re.compile(r"[^.\t]*\b(?:correct record|true record|accurate record|noted for information|"
                      r"no declarations of interest|there were no)\b[^.\t]*\.?", re.I)


def strip_paragraph_number(text: str) -> str:
    """"3.3 ACTION: ..." -> "ACTION: ...": a paragraph's own number (one point another) is not its text."""
    return re.sub(r"^\d{1,3}\.\d{1,2}\s+", "", text)


def starts_with_label(text: str) -> bool:
    """Does this line open a decision ("RESOLVED:", "Agreed:-")?"""
    return bool(_LABEL.match(text.strip()))


def names_a_mover(text: str) -> bool:
    """Does this line open a motion's record ("Moved by Councillor X,", "Proposed by ...")?"""
    return bool(_MOVER.match(text.strip()))


def _label_name(raw: str) -> str:
    raw = raw.lower()
    if raw.startswith("agree"):
        return "Agreed"
    if raw.endswith(("decision", "decisions")) or raw in ("decided", "determined", "outcome", "conclusion"):
        return "Decision"
    if raw.startswith("recommend"):
        return "Recommended"
    return "Resolved"


def _parts(text: str) -> list[tuple[str | None, str]]:
    """Split "(1) That ... (2) That ..." into numbered parts; text without markers is one part."""
    markers = [m for m in _PART.finditer(text)]
    if not markers or markers[0].start() > 3:
        head = text if not markers else text[:markers[0].start()]
        if not markers:
            return [(None, text.strip())]
        # a short lead-in ("That", "That Cabinet:") belongs to every part, not a decision of its own
        parts = [(None, head.strip())] if len(head.strip()) > 20 else []
    else:
        parts = []
    for index, marker in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(text)
        body = text[marker.end():end].strip()
        if body:
            parts.append((marker.group(1), body))
    return parts


def find_resolutions(paragraphs: list[Line], source: SourceText) -> list[Resolution]:
    """Labelled decisions and the numbered, bulleted, "That ..." or "To ..." paragraphs that continue them."""
    found: list[Resolution] = []
    tentative: list[Resolution] = []       # prose under a bare "Decision:": the decision unless a labelled one follows
    label: str | None = None
    proposed = False
    bare = False               # the paragraph before was a label standing alone ("Decision:")
    tentative_label = False    # under "Recommendations:": the decision unless a labelled one follows
    opened_that = False        # the label ended "RESOLVED THAT:": the next paragraph is the clause, however it opens
    for paragraph in _label_paragraphs(paragraphs):
        after_bare, bare = bare, False
        after_that, opened_that = opened_that, False
        decimal = _DECIMAL_PART.match(paragraph.text.strip())      # "RESOLVED that:" / "6.1 the report be noted;"
        text = _DECISION_HEADING.sub("", _PARAGRAPH_NUMBER.sub("", paragraph.text.strip())).strip("“”\"")   # a quoted motion
        numbered = re.match(r"^(?:\d{1,3}\.|\((?:[a-h]|[ivx]{1,4})\)|[a-h]\))\s+", text)   # "8. The Board:", "(c) Resolved –"
        if numbered and (_LABEL.match(text[numbered.end():]) or _BODY_DECIDED.match(text[numbered.end():])):
            text = text[numbered.end():]
        if _PROPOSED.search(text):          # an agenda's wording for a resolution still to be passed
            proposed, label = True, None
            continue
        match = _LABEL.match(text)
        if proposed:
            proposed = bool(match) or bool(_STARTS_PART.match(text) or _THAT.match(text))
            continue
        rest_text = text[match.end():].strip() if match else ""
        if match and match.group("label").lower() == "recommendations":
            label, bare, tentative_label = "Recommended", True, True
            continue
        if match and (rest_text == "" or match.group(0).rstrip()[-1:] in ":-–;" or _THAT.match(rest_text)
                      or _INFINITIVE.match(rest_text) or _LEAD_IN_ONLY.match(rest_text)
                      or (match.group("label").isupper() and rest_text[:1].islower()
                          and not rest_text.startswith("accordingly"))):   # "AGREED under ...", not "RESOLVED accordingly"
            label, tentative_label = _label_name(match.group("label")), False
            rest = text[match.end():].strip()
            if rest and not _LEAD_IN_ONLY.match(rest):
                found.extend(_records(rest, label, paragraph, source))
            bare = not rest
            opened_that = bool(re.fullmatch(r"that\s*[:–-]*", rest, re.I))
            continue
        decided = _BODY_DECIDED.match(text)
        if decided:
            label, tentative_label = "Resolved", False
            rest = text[decided.end():].strip()
            if _ONE_SENTENCE.fullmatch(rest) and "," not in text[:decided.end()]:
                rest = text             # "The Board noted the update.": the sentence, its subject too (never after
                                        # "After consideration, the committee", whose decision is what it did)
            if rest and not _LEAD_IN_ONLY.match(rest):
                found.extend(_records(rest, label, paragraph, source))
            continue
        if _BESIDE_DECISION.match(text):
            label = None            # "Reason for Decision:", "Implementation of Decision:": what follows is not decided
            continue
        if label and text.endswith(":") and (len(text.split()) <= 14 or _MOTION_WORDS.search(text)):
            continue                # "As Cabinet Member for X, I agree to:", "(a) Memorial repairs:", "On the proposal of X,
                                    # seconded by Y, it was agreed to recommend to Council:" introduce what follows
        if re.fullmatch(r"\d{1,3}", text):
            continue                # a page's number between a decision's parts ("a) ..." / "2" / "b) ...")
        text = _PAGE_NUMBER_BEFORE_PART.sub("", text)      # the page's number run into the next part: "2 b) defer"
        if _SIGNED.match(_BULLET.sub("", text)):
            break                   # "- FIONA BAIRD, Convener.": the minutes are signed; nothing after is decided
        if label and (_STARTS_PART.match(text) or _THAT.match(text) or _BULLET.match(text) or _INFINITIVE.match(text)
                      or decimal and text[:1].islower()):
            if not _DANGLING.match(text):     # "3. The Council also" | "RESOLVED that ...": the subject of the next label
                (tentative if tentative_label else found).extend(_records(_BULLET.sub("", text), label, paragraph, source))
            continue
        if label and after_that and text[:1].isupper() and not _STARTS_PART.match(text):
            found.extend(_records(text, label, paragraph, source))   # "RESOLVED THAT:" / "The report be approved."
            continue
        if label and after_bare and _OUTCOME_WORD.match(text):      # "Decision:" / "Approved."
            found.extend(_records(text, label, paragraph, source))
            continue
        if label and after_bare and (_BODY_ACTED.match(text) or tentative_label and _BODY_ASKS.match(text)):
            tentative.extend(_records(text, label, paragraph, source))   # "Decision:" / "Cabinet deferred the item ..."
            continue
        label = None
    return _unique(found or tentative)


def _label_paragraphs(paragraphs: list[Line]) -> list[Line]:
    """Paragraphs cut where a capitals label opens a decision mid-paragraph and where the vote or a
    proposer line follows it, so each decision stands in a paragraph of its own."""
    out: list[Line] = []
    for paragraph in paragraphs:
        pieces = [p for part in _INLINE_LABEL.split(paragraph.text)
                  for moved in (_MOVED_AND.split(part) if _MOVER.match(part) else [part])
                  for p in _AFTER_DECISION.split(moved)]
        out.extend(Line(piece, paragraph.start, paragraph.end, paragraph.page) for piece in pieces if piece.strip())
    return out


def find_unlabelled_resolutions(paragraphs: list[Line], source: SourceText) -> list[Resolution]:
    """Decisions printed with no label, as recent minutes do: "That Cabinet:" then "1. Approve ...",
    a numbered list of "That ..." clauses, or a lone "That the report be noted." clause."""
    found: list[Resolution] = []
    in_list = False
    for paragraph in paragraphs:
        text = _after_motion(paragraph.text.strip())
        lead_in = _LEAD_IN.match(text)
        if lead_in:
            in_list = True
            found.extend(_records(lead_in.group("rest"), "Resolved", paragraph, source))
            continue
        part = _STARTS_PART.match(text)
        if (part and (in_list or _THAT.match(text[part.end():]))) or _CLAUSE.match(text):
            found.extend(_records(text, "Resolved", paragraph, source))
            in_list = in_list or bool(part)
            continue
        in_list = False
    return _unique(found)


def _after_motion(text: str) -> str:
    """The text from its first "That ..." on when the motion, its seconder or the vote comes before it in one
    paragraph; else the text as it is."""
    that = _CAPITAL_THAT.search(text)
    return text[that.end():] if that and _MOTION_WORDS.search(text, 0, that.start()) else text


def _records(text: str, label: str, paragraph: Line, source: SourceText) -> list[Resolution]:
    """One record per numbered part, bullet and clause."""
    text = _MORE_LINK.sub("", text).rstrip(" |")           # a page's table flattened to "... text |"
    text = _NEXT_PART_MARK.sub("", text)      # "...; and ii." cut before "AGREED": the next part's number
    return [Resolution(piece, source.span(paragraph.start, paragraph.end), label, number)
            for bulleted in _INNER_BULLET.split(text) for number, body in _parts(bulleted)
            for piece in _clauses(body) if len(piece) > 2]


def _clauses(text: str) -> list[str]:
    """One decision per clause: "To thank ... and to consider ...", "noted ... and agreed that ..."."""
    pieces = _AND_AGREED.split(text)
    if _INFINITIVE.match(text) or re.match(r"^(?:noted|approved|agreed)\b", text, re.I):
        pieces = [p for piece in pieces for p in _AND_TO.split(piece)]
    return [piece.strip().rstrip(".") if len(pieces) > 1 else piece.strip() for piece in pieces]


def _unique(resolutions: list[Resolution]) -> list[Resolution]:
    """The same decision printed twice (a decision panel and the minute text) is one decision."""
    seen: set[str] = set()
    out = []
    for resolution in resolutions:
        key = re.sub(r"[\s.;,:]+(?:and|or)?$", "", " ".join(resolution.text.lower().split()))
        if key not in seen:
            seen.add(key)
            out.append(resolution)
    return out


def find_prose_decisions(paragraphs: list[Line], source: SourceText) -> list[Resolution]:
    """Decisions stated in prose and "Action:" lines, as partner boards record them."""
    found: list[Resolution] = []
    for paragraph in paragraphs:
        action = _ACTION.match(paragraph.text)
        if action and len(action.group("text")) > 10:
            found.append(Resolution(action.group("text").strip(), source.span(paragraph.start, paragraph.end), "Action"))
            continue
        for sentence in _SENTENCES.split(paragraph.text):
            text = strip_paragraph_number(sentence.strip())      # "2.1 The minutes were agreed."
            if not _PROSE.search(text) or _REPORTED.search(text) or len(text) < 15:
                continue
            cut = re.search(r"\bthis was agreed\b", text, re.I)
            found.append(Resolution(text[:cut.end()] if cut else text, source.span(paragraph.start, paragraph.end), "prose"))
    return _unique(found)


# "Proposed (ER) & seconded (NG) that the minutes be approved. Unanimously agreed." / "... Carried (6 for, 1 against).",
# "It was moved by X and seconded by Y that ... RESOLVED accordingly."
_MOTION = re.compile(r"\b(?:proposed|moved)\b[^.;]{0,80}?\bseconded\b(?:\s+by)?(?P<between>[^.;]{0,60}?)\b(?P<motion>that\s+[^.]+\.)"
                     r"\s*(?P<outcome>(?:this\s+was\s+|and\s+)?(?:unanimously\s+|duly\s+)?(?:agreed|carried|resolved|approved|"
                     r"lost|defeated|fell)\b)?(?P<worded>[\w ]{0,20}?\s*(?::|[–-]|\bthat\b|\bto\b))?", re.I)


# a motion printed in quotes, its outcome on the line before or after ("The Chair declared the following resolution
# carried:" / "“That the Council ...”", or "“That ...”" / "The motion was proposed by X ... and agreed unanimously.")
_QUOTED_MOTION = re.compile(r"(?:^|\s)[“\"](?P<motion>That\b[^“”\"]{20,}?)[”\"]?\s*$")     # page furniture may run in before
_MOTION_PASSED = re.compile(r"\b(?:motion|resolution)\b[^.:]{0,160}?\b(?-i:agreed|carried|adopted|passed)\b", re.I)


def find_carried_motions(paragraphs: list[Line], source: SourceText) -> list[Resolution]:
    """Motions proposed and seconded and then agreed or carried, as parish and community councils minute
    their decisions without a label; a motion lost, or with no outcome printed, decided nothing."""
    found: list[Resolution] = []
    for position, paragraph in enumerate(paragraphs):
        after = paragraphs[position + 1].text if position + 1 < len(paragraphs) else ""   # the outcome on a line of its own
        for motion in _MOTION.finditer(f"{paragraph.text} {after}"):
            if motion.start() >= len(paragraph.text):
                break
            before = re.search(r"\b(?:carried|agreed|approved)\b", motion.group("between"), re.I)   # "... and carried that"
            outcome = (motion.group("outcome") or (before.group(0) if before else "")).lower()
            if motion.group("worded") and outcome:
                continue        # "... seconded that X." / "Resolved: that X ...": the label's own words record it
            if outcome and not re.search(r"lost|defeated|fell", outcome):
                found.append(Resolution(motion.group("motion"), source.span(paragraph.start, paragraph.end), "Resolved"))
    for position, paragraph in enumerate(paragraphs):
        quoted = _QUOTED_MOTION.search(paragraph.text.strip())
        around = " ".join(p.text for p in (paragraphs[max(0, position - 2):position]    # a page's furniture may stand
                                           + paragraphs[position + 1:position + 2]))   # between the outcome and it
        if quoted and _MOTION_PASSED.search(around) and not re.search(r"(?:lost|defeated|fell|withdrawn)", around, re.I):
            found.append(Resolution(quoted.group("motion"), source.span(paragraph.start, paragraph.end), "Resolved"))
    return found


def find_outcome(paragraphs: list[Line]) -> str | None:
    """A narrative outcome ("approved as a correct record") that is not a formal resolution."""
    for paragraph in paragraphs:
        if _LABEL.match(paragraph.text):
            continue
        match = _OUTCOME.search(paragraph.text)
        if match:
            return match.group(0).strip()
    return None
