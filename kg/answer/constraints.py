"""What a question pins down, checked against what the store holds: the names it gives (a person, an
organisation, a place, a group), the body whose papers it asks about, and the meeting it dates to a month or a
day. A constraint the store cannot meet is why a question is refused, and says what is missing ("the store
holds no meeting of the Corporate Parenting Panel in October 2016; the nearest: ...")."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from index.sparse import tokenize
from kg.answer.intent import BODY_WORDS, QuestionIntent, word_list, year_month
from kg.config import MISSPELT_MIN

# A run of capitalised words, allowing short joining words inside: "Children, Young People and Families
# Partnership", "City of Bradford", "Councillor Pemberton"
_NAME_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:(?:\s+(?:of|and|for|the|&))*\s+[A-Z][\w'’&.-]*)*")
# The same with commas between the words: a body's name may list ("Children, Young People and Families Partnership")
_LISTING_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:,?(?:\s+(?:of|and|for|the|&))*\s+[A-Z][\w'’&.-]*)*")
# Capitalised for grammar, not as names: question words, sentence openers, months and days
_NOT_NAMES = frozenset("""who whom whose what when which how where why is are was were did does do has have had can could
would should will shall may might according following regarding concerning across after before between during for
from of the to until by in on at and or a an if it its this that these those there as with about under over into what's
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
# The word that makes a run of names a body that meets: "Leeds Schools Forum", "Corporate Parenting Panel"
_BODY_KINDS = ("panel", "partnership", "commission", "board", "cabinet", "committee", "forum", "council", "executive")
# A month put right before a body's kind in lower case dates that body's meeting: 'the January 2014 partnership'
_DATED_KIND = re.compile(r"\b(?i:january|february|march|april|may|june|july|august|september|october|november"
                         rf"|december)(?:\s+(?:19|20)\d\d)?\s+({'|'.join(BODY_WORDS)})\b")
_BODY_WORD = re.compile(rf"\b({'|'.join(_BODY_KINDS)})$", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHE_S = re.compile(r"['’]s?\b")
# "rotherham metropolitan borough council", "sheffield city council": the place a council is of
_COUNCIL = re.compile(r"\b([a-z]+) (?:metropolitan borough|borough|city|county|district) council\b")


# How papers print a council's name around its place
_COUNCIL_FORMS = ("{place} council", "borough of {place}", "city of {place}", "county of {place}", "{place} borough",
                  "{place} city", "{place} county", "{place} metropolitan")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
NAME_CASE_SHARE = 0.8   # a phrase is a name when printed capitalised at least this share of the times
NAME_PART_WORDS = 4   # a name asked in lower case is matched against runs of at most this many words of printed names
PLACE_INITIALS = 2   # letters a place's initials add before an acronym ('R' of 'RLSCB' for 'LSCB')
_ACRONYM_WORD = re.compile(r"\b[A-Za-z]+\b")
_JOINING_WORDS = ("and", "of", "the", "for", "in", "on", "to")   # no initial in an acronym ('DoH')
_COUNCIL_FORM_WORDS = frozenset({"city", "borough", "county", "district", "metropolitan", "london", "of", "the"})
# a council named by its kind before its place: 'London Borough of Brent', 'City and County of Swansea'
_KIND_OF_PLACE = re.compile(r"^(?:the\s+)?(?:(?:london|royal)\s+)?(?:city\s+and\s+county|city|county|borough)\s+of\s", re.I)
# A year, and a range of years as the normalised text prints it ('2013 16', '2017 2020'): what the papers speak of
_YEAR_WORD = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d) ((?:19|20)?\d\d)(?!\d)")
# A body's own name is followed by this many words at most before its kind ('Improving Lives Select Commission' for the
# 'Improving Lives Commission'); a group's own name by its kind at once ('Parent Carers Forum' for '... Group'): more
# reaches into the next words of a list ('Youth Offending Services, UK Youth Parliament')
BODY_KIND_REACH = 1
# What a body that meets may be printed as, when a question names it by another kind: not a college or a service
_MEETING_KINDS = frozenset({*BODY_WORDS, "executive", "group", "body", "assembly", "parliament"})
GROUP_KIND_REACH = 0
MIDDLE_INITIALS = 2   # initials printed between a given name's initial and the surname ('J A Orme')
YEAR_SPAN_MAX = 12   # a plan's or strategy's years ('2018-2025'); a longer 'range' is two unrelated numbers


@dataclass(frozen=True)
class Unmet:
    """A constraint of the question the store cannot meet: its reason code, the sentence saying so, and
    what is missing."""

    reason: str
    message: str
    missing: str


def _years_spoken_of(text: str) -> frozenset[int]:
    """The years ``text`` speaks of: printed ('2016'), or inside a printed range ('2013-16' speaks of 2014)."""
    years = {int(year) for year in _YEAR_WORD.findall(text)}
    for first, last in _YEAR_SPAN.findall(text):
        start, end = int(first), int(first[:2] + last[-2:])
        if 0 < end - start <= YEAR_SPAN_MAX:
            years.update(range(start, end + 1))
    return frozenset(years)


def _word_offsets(text: str) -> dict[str, list[int]]:
    """Where each word of ``text`` is printed: the offsets of the spaces before it."""
    at: dict[str, list[int]] = {}
    for match in re.finditer(r" (?=([a-z0-9]+))", text):
        at.setdefault(match.group(1), []).append(match.start())
    return at


class StoreText:
    """Every word and phrase of the store's indexed text, lower-cased with whitespace collapsed, to tell
    whether the papers mention a name at all; and the place whose council the papers are most often of
    (``home``), which a question may put before a body's name ("Rotherham's Corporate Parenting Panel")."""

    def __init__(self, texts: list[str]) -> None:
        """Everything is worked out here, once per index (the store's answer state saves it): a cold `kg ask`
        reads it rather than paying for it."""
        self.text = f" {' '.join(normal_words(t) for t in texts)} "   # padded: a phrase is found between spaces
        self.names = Counter(part for t in texts for run in _NAME_RUN.findall(t) for part in _name_parts(run))
        self.words = frozenset(self.text.split())
        self.stems = frozenset(tokenize(" ".join(self.words)))   # 'councillors' meets 'councillor'
        councils = Counter(_COUNCIL.findall(self.text))
        self.home = councils.most_common(1)[0][0] if councils else None
        self.years = _years_spoken_of(self.text)
        # the text without its joining words ('parent and carers forum' reads 'parent carers forum'): where a
        # name asked with or without them is looked for
        self.bare = f" {' '.join(word for word in self.text.split() if word not in _JOINING_WORDS)} "
        self._at = _word_offsets(self.bare)

    def prints_as_a_name(self, phrase: str) -> bool:
        """Whether the papers print ``phrase`` as a name or a part of one ('youth parliament' as in the 'UK Youth
        Parliament'): capitalised at least NAME_CASE_SHARE of the times they print it, possessives aside (a heading's
        'Matters Arising' or 'Children and Families' is most often printed in lower case)."""
        normal = normal_words(phrase)
        return normal in self.names and self.names[normal] >= NAME_CASE_SHARE * self._times_printed(normal)

    def _times_printed(self, normal: str) -> int:
        """How many times the papers print a phrase (lower-cased words), counted where its first word is printed
        (:attr:`_at`), as a count over the whole text for each phrase asked about is too slow on a large store."""
        words = [word for word in normal.split() if word not in _JOINING_WORDS]
        if not words:
            return 0
        printed = f" {' '.join(words)} "
        return sum(self.bare.startswith(printed, at) for at in self._at.get(words[0], ()))

    def mentions(self, phrase: str) -> bool:
        """Whether the papers print ``phrase`` (case, spacing and possessives aside); a single word
        ('CSE-related') when they print each of its parts."""
        normal = normal_words(phrase)
        if not any(c.isspace() for c in phrase.strip()):
            return all(part in self.words or set(tokenize(part)) <= self.stems for part in normal.split())
        return f" {normal} " in self.text

    def prints_name(self, words: list[str]) -> bool:
        """Whether the papers print a name of these words, joining words aside, a word perhaps plural ('Youth
        Offending Services') and an acronym perhaps spelt out ('CYPF Partnership': the 'Children, Young People and
        Families Partnership')."""
        return self._prints(words, " ")

    def prints_kind_after(self, words: list[str], reach: int, kinds: frozenset[str]) -> bool:
        """Whether the papers print a name's own words followed closely (``reach`` words at most) by one of the
        ``kinds`` of body or group: 'Improving Lives Select Commission' for the 'Improving Lives Commission', 'Parent
        and Carers Forum' for the 'Parent Carers Group'; not 'the Roma Community as per ...'."""
        return self._prints(words, rf" (?:[a-z0-9]+ ){{0,{reach}}}(?:{'|'.join(sorted(kinds))})s? ")

    def _prints(self, words: list[str], after: str) -> bool:
        """Whether :attr:`bare` prints the name of ``words`` (:func:`_name_pattern`) and then ``after`` (a pattern):
        tried only where its first word is printed, as a search of the whole text for each name is too slow."""
        pattern = re.compile(f" {_name_pattern(words)}{after}")
        first = next((word for word in words if (said := normal_words(word)) and said not in _JOINING_WORDS), "")
        if not first or is_acronym(first) or " " in normal_words(first):
            return pattern.search(self.bare) is not None
        said = normal_words(first)
        return any(pattern.match(self.bare, at) for form in (said, f"{said}s") for at in self._at.get(form, ()))

    def respellings(self, word: str) -> list[str]:
        """How ``word`` may be printed: itself, then (unless it is too short to tell a slip from another word) the
        printed words one slip of the keys away ('Pannel', 'Childrens', 'Lifes': a letter changed, two swapped, one
        dropped or added), those of its length first."""
        lowered = word.lower()
        if len(lowered) < MISSPELT_MIN or not lowered.isalpha():
            return [word]
        splits = [(lowered[:i], lowered[i:]) for i in range(len(lowered) + 1)]
        slips = ([a + c + b[1:] for a, b in splits if b for c in _LETTERS]
                 + [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
                 + [a + b[1:] for a, b in splits if b] + [a + c + b for a, b in splits for c in _LETTERS])
        return [word, *dict.fromkeys(slip for slip in slips if slip in self.words and slip != lowered)]

    def given_names(self, surname: str) -> frozenset[str]:
        """The words the papers print capitalised right before ``surname`` (normal words), titles aside: 'Peter Dyer'
        and 'Dr Dyer' give {'peter'}, the given names of the people of that surname (a post before it, 'Director
        Dyer', is none)."""
        titles = word_list("honorifics") | word_list("role_words")
        return frozenset(first for name in self.names if len(words := name.split()) == 2 and words[1] == surname
                         and (first := words[0]) not in titles)

    def prints_person(self, name: str) -> bool:
        """Whether the papers print the person ``name`` in a form people are printed in (:func:`person_said`)."""
        return person_said(name, self.text, self)

    def spells_out(self, acronym: str) -> bool:
        """Whether the papers print words whose first letters give ``acronym`` (see :func:`spelt_out`)."""
        return spelt_out(acronym, self.text)


def person_said(name: str, text: str, store: StoreText | None = None) -> bool:
    """Whether ``text`` (normal words one space apart, see :func:`normal_words`, padded with spaces) prints the person
    ``name`` ('Jane Orme', titles aside) as papers print people: whole, over line breaks and possessives alike; by the
    initials of the given names before the surname ('J Orme', 'J. A. Orme') or after it ('Orme, J.'); a name asked
    by its initial ('J. Orme') by a given name of that initial ('Jane Orme'); or by the
    surname after a title ('Ms Orme', 'Councillor Orme') unless the papers (``store``) print that surname after another
    given name ('Peter Orme' is someone else). A name of one word, or one ending in a body's or group's kind, is no
    person's."""
    titles = word_list("honorifics")
    words = [word for word in normal_words(name).split() if word not in titles]
    if len(words) < 2 or is_a_group_name(name) or _BODY_WORD.search(name):
        return False
    *given, surname = words
    if f" {surname} " not in text:
        return False
    initial, place = given[0][0], re.escape(surname)
    initials = rf"{initial}(?: [a-z]){{0,{MIDDLE_INITIALS}}}"   # a middle initial the question leaves out: 'J A Orme'
    if f" {' '.join(words)} " in text or re.search(rf" (?:{initials} {place}|{place} {initials}) ", text):
        return True
    if len(given[0]) == 1 and re.search(rf" {initial}[a-z]+ {place} ", text):   # asked 'D. Quill', printed 'Dana Quill'
        return True
    others = store.given_names(surname) - {given[0]} if store else frozenset()
    if any(len(other) > 1 or other != initial for other in others):
        return False
    return any(f" {title} {surname} " in text for title in titles)


def person_or_titled_said(name: str, text: str, store: StoreText | None = None) -> bool:
    """Whether ``text`` (as for :func:`person_said`) prints the person ``name``, or, for a name opening with a title
    ('Councillor Orme', 'Mrs Clough'), the title and surname as the question gives them."""
    titled = name.split()[0].strip(".").lower() in word_list("honorifics")
    return person_said(name, text, store) or titled and f" {normal_words(name)} " in text


def spelt_out(acronym: str, text: str) -> bool:
    """Whether ``text`` (lower-case words one space apart) prints words whose first letters give ``acronym``, one
    or more of each word's ('Child and Adolescent Mental Health Services' for 'CAMHS', 'Department of Health' for
    'DoH', 'Special Educational Needs Co-ordinator' for 'SENCO'), joining words aside; a plural's 's' is none."""
    letters = [c.lower() for c in acronym.removesuffix("s") if c.isupper() or acronym.islower()]
    if len(letters) < 2:
        return False
    next_word = rf"(?:[a-z0-9]* (?:(?:{'|'.join(_JOINING_WORDS)}) )*)?"   # or the same word's next letter
    return re.search(r"\b" + next_word.join(letters) + r"[a-z0-9]*\b", text) is not None


def _name_pattern(words: list[str]) -> str:
    """A name's words as a pattern over :attr:`StoreText.bare`, its joining words and signs ('&') aside."""
    return " ".join(_word_pattern(word) for word in words
                    if (said := normal_words(word)) and said not in _JOINING_WORDS)


def _word_pattern(word: str) -> str:
    """A word of a name as a pattern over :attr:`StoreText.bare`: itself or its plural, or for an acronym its
    letters' words spelt out ('CAMHS': 'child adolescent mental health services')."""
    printed = rf"{re.escape(normal_words(word))}s?"
    letters = [c.lower() for c in word.removesuffix("s") if c.isupper()]
    if not is_acronym(word) or len(letters) < 2:
        return printed
    return rf"(?:{printed}|{'[a-z0-9]* '.join(letters)}[a-z0-9]*)"


def acronym_printed(name: str, text: str) -> bool:
    """Whether ``text`` names what the acronym ``name`` stands for: the acronym printed, perhaps with a place's
    initial before it ('RLSCB' for 'LSCB', not 'schools' for 'OLSS') or a plural's 's' after, or spelt out
    (:func:`spelt_out`)."""
    normal = normal_words(text)
    core = name.lower().removesuffix("s")
    return any(word.removesuffix("s") == core or len(core) >= 3 and word.endswith(core)
               and len(word) - len(core) <= PLACE_INITIALS for word in normal.split()) or spelt_out(name, normal)


def initials(name: str) -> str:
    """The acronym of a name of several words ('Local Safeguarding Children Board' gives 'LSCB'), joining words
    aside; empty for a name of fewer than three words."""
    words = [w for w in _WORD.findall(name.lower()) if w not in _JOINING_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 3 else ""


def _name_parts(run: str) -> list[str]:
    """The runs of NAME_PART_WORDS words at most inside a capitalised run, each of at least two words and neither
    starting nor ending with a joining word: 'UK Youth Parliament' gives 'uk youth', 'youth parliament' and itself."""
    words = normal_words(run).split()
    return [" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 2, min(a + NAME_PART_WORDS, len(words)) + 1)
            if words[a] not in _JOINING_WORDS and words[b - 1] not in _JOINING_WORDS]


def normal_words(text: str) -> str:
    """Lower-case words one space apart, without possessives or punctuation: "Children’s  Services." ->
    "children services"."""
    return " ".join(_WORD.findall(_APOSTROPHE_S.sub("", text.lower())))


def names_in(question: str) -> list[str]:
    """The runs of names a question gives, without the capitalised words that are not names ('Who',
    'September') and without a trailing possessive: "Which councillors sent apologies to the Corporate
    Parenting Panel in September 2016?" gives ['Corporate Parenting Panel']; a verb the question opens with is none
    ("Compare the RAG ratings" gives ['RAG'])."""
    runs = []
    for match in _runs(question):
        words = [_POSSESSIVE.sub("", w).strip(".") for w in match.group().split()]
        if match.start() == 0 and len(words) == 1:   # the question's first word is capitalised anyway
            continue
        if match.start() == 0 and words[0].lower() in word_list("opening_verbs"):   # 'Compare the RAG overview'
            words.pop(0)
        while words and words[0].lower() in _NOT_NAMES:
            words.pop(0)
        while words and words[-1].lower() in _NOT_NAMES:
            words.pop()
        if words:
            runs.append(" ".join(words))
    return runs


def _runs(question: str) -> list[re.Match[str]]:
    """The runs of capitalised words, a run listing words between commas kept whole when it ends in a body's kind
    ("Children, Young People and Families Partnership"), else taken apart at its commas ('Smith, Jones and Brown')."""
    runs = []
    for match in _LISTING_RUN.finditer(question):
        listed = "," in match.group() and not _BODY_WORD.search(_POSSESSIVE.sub("", match.group()))
        runs += list(_NAME_RUN.finditer(question, match.start(), match.end())) if listed else [match]
    return runs


def unknown_name(question: str, text: StoreText, bodies: frozenset[str] = frozenset()) -> Unmet | None:
    """A name the question gives that the papers never print: a word of it found nowhere ('Councillor
    Pemberton': no_entity), or a body whose whole name is found nowhere, once the home council's place
    is taken off its front ('Leeds Schools Forum', "Sheffield City Council's Corporate Parenting Panel":
    no_body), nor is one of the ``bodies`` whose meetings the store holds named by its own words
    (:func:`own_words`: 'the Improving Lives Scrutiny Commission' is the Improving Lives Select Commission). A word
    one slip of the keys from a printed one may be that word misspelt. Names a run lists ('the Corporate Parenting
    Panel and the Virtual School Governing Body') are met when each is; else the first unmet is said."""
    for run in names_in(question):
        if (unmet := _unmet_name(run, text, bodies)) is None:
            continue
        listed = _listed_names(run)
        if len(listed) < 2:
            return unmet
        if unmet_part := next(filter(None, (_unmet_name(name, text, bodies) for name in listed)), None):
            return unmet_part
    return None


def _unmet_name(run: str, text: StoreText, bodies: frozenset[str]) -> Unmet | None:
    """The constraint one run of names leaves unmet (see :func:`unknown_name`), or None."""
    # an acronym may be printed only spelt out ('CAMHS'), so only words are looked for; a word may be misspelt; a word
    # of how a body works ('Strategic Partnership') is the body's name's to meet, checked below
    qualifiers = word_list("body_qualifiers") if is_a_body_name(run) else frozenset()
    if not all(any(text.mentions(said) for said in text.respellings(word)) for word in run.split()
               if not word.isupper() and not is_acronym(word) and word.lower() not in qualifiers) \
            and not text.prints_person(run):
        return Unmet("no_entity", f"The papers in the store never mention '{run}'.", f"any mention of '{run}'")
    if unheard := next((word for word in run.split() if is_acronym(word) and not text.mentions(word)
                        and not text.spells_out(word)), None):
        return Unmet("no_entity", f"The papers in the store never mention '{unheard}', nor spell it out.",
                     f"any mention of '{unheard}'")
    if _body_unheard(run, text, bodies):
        return Unmet("no_body", f"The store holds no papers of the '{run}', nor any mention of it.",
                     f"papers of the '{run}'")
    if is_a_group_name(run) and not any(_group_printed(said, text) for named in _bodies_of(run, text.home)
                                        for said in _respelt(named, text)):
        return Unmet("no_entity", f"The papers in the store never mention the '{run}'; they print its words "
                                  "only apart.", f"any mention of the '{run}'")
    return None


def _body_unheard(run: str, text: StoreText, bodies: frozenset[str]) -> bool:
    """Whether a run names a body (its last word a body's kind) printed nowhere under that name, with or without the
    words of how it works (data/body_qualifiers.txt: 'Strategic Partnership'), nor one of the ``bodies`` held named by
    its own words."""
    qualifiers = word_list("body_qualifiers")
    named = _bodies_of(run, text.home)
    plainly = [plain for words in named if (plain := [word for word in words if word.lower() not in qualifiers]) != words]
    return bool(_BODY_WORD.search(run)) and not any(
        _body_printed(said, text) for words in [*named, *plainly] for said in _respelt(words, text)) \
        and not any(own <= set(tokenize(body)) for words in named
                    if (own := own_words(" ".join(words))) for body in bodies)


def _listed_names(run: str) -> list[str]:
    """The names a run lists, split where 'and' follows a body's or a group's kind ('Corporate Parenting Panel and
    the Improving Lives Select Commission', 'NHS Foundation Trust and the Clinical Commissioning Group'); the run
    alone when none does ('Health and Wellbeing Board', 'Hilltop and Kelford Schools')."""
    return [part for part in _names_joined().sub(r"\1\n", run).split("\n") if part]


@cache
def _names_joined() -> re.Pattern[str]:
    """'and' (or '&') after a body's or a group's kind (data/group_words.txt), joining two names."""
    kinds = "|".join(sorted({*_BODY_KINDS, *word_list("group_words")}))
    return re.compile(rf"\b((?:{kinds})['’]?s?)\s+(?:and|&)\s+(?:the\s+)?", re.I)


def is_a_group_name(run: str) -> bool:
    """Whether a run of names ends in the kind of an organisation or group ('Foster Carers Association',
    'Northgate Academy'; data/group_words.txt)."""
    last = _POSSESSIVE.sub("", run.split()[-1]).lower()
    return len(run.split()) >= 2 and last in word_list("group_words")


def _group_printed(words: list[str], text: StoreText) -> bool:
    """Whether the papers print an organisation or group of these words: one word alone names none in particular;
    else its name ('Youth Offending Services', 'the LAC Team' spelt out), or its own words followed closely by a
    word of a group's or body's kind ('Parent Carers Group' printed 'Parent and Carers Forum')."""
    return len(words) < 2 or text.prints_name(words) or text.prints_kind_after(
        words[:-1], GROUP_KIND_REACH, frozenset({*BODY_WORDS, *word_list("group_words")}))


def _respelt(words: list[str], text: StoreText) -> list[list[str]]:
    """A name's words as the papers may print them: as asked, then with one word misspelt read as each printed
    word one slip from it ('Improving Lifes Select Commission' is the 'Improving Lives Select Commission')."""
    return [words] + [[*words[:i], said, *words[i + 1:]] for i, word in enumerate(words)
                      for said in text.respellings(word)[1:]]


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym ('CAMHS', 'CAMHs', 'DoH'): letters only, two capitals or more, most of them."""
    capitals = sum(c.isupper() for c in word)
    return word.isalpha() and capitals >= 2 and capitals * 2 > len(word)


def is_a_body_name(run: str) -> bool:
    """Whether a run of names ends in the kind of a body that meets ('Westford Schools Forum', '... Panel')."""
    return bool(_BODY_WORD.search(run))


def _bodies_of(run: str, home: str | None) -> list[list[str]]:
    """The words of the body a run of names may name: all of it, and what follows each 'of' in it ('Independent
    Chair of the Westford Schools Forum' names the 'Westford Schools Forum'), each without the home council's place
    at its front."""
    words = run.split()
    named = [words] + [words[i + 1:] for i, word in enumerate(words) if word.lower() == "of"]
    named = [ws[1:] if ws[:1] and ws[0].lower() == "the" else ws for ws in named]
    return [ws[1:] if home and ws and ws[0].lower() == home else ws for ws in named if ws]


def _body_printed(words: list[str], text: StoreText) -> bool:
    """Whether the papers print a body of these words: one word alone names no body in particular; else its
    whole name, a council's in any council form, or its own name with its kind said otherwise."""
    return (len(words) < 2 or text.mentions(" ".join(words)) or _council_printed(words, text)
            or text.prints_name(words) or _printed_but_its_kind(words, text))


def _printed_but_its_kind(words: list[str], text: StoreText) -> bool:
    """Whether a body a question names with a word short or misspelt only in its kind is printed: its own name of two
    words or more followed closely by the kind of a body that meets ('Improving Lives' of the 'Improving Lives
    Commission', printed 'Improving Lives Select Commission' or 'Improving Lives Commision'; not the 'Youth Offending
    Service Board' of papers printing only the 'Youth Offending Services Manager')."""
    return len(words) > 2 and text.prints_kind_after(words[:-1], BODY_KIND_REACH, _MEETING_KINDS)


def names_a_council(name: str) -> bool:
    """'Sheffield City Council', 'London Borough of Brent': a council, in any of the forms councils print."""
    return name.lower().split()[-1:] == ["council"] or bool(_KIND_OF_PLACE.match(name))


def _council_printed(words: list[str], text: StoreText) -> bool:
    """Whether a council a question names ('Camden Council') is printed under another of a council's names
    ('London Borough of Camden', 'Camden Borough Council'): its place, printed in any council form."""
    if words[-1].lower() != "council":
        return False
    place = " ".join(w for w in words[:-1] if w.lower() not in _COUNCIL_FORM_WORDS)
    return bool(place) and any(text.mentions(form.format(place=place)) for form in _COUNCIL_FORMS)


def unknown_year(intent: QuestionIntent, text: StoreText) -> Unmet | None:
    """A year the question names that no paper speaks of ('What did Ofsted find in 2022?' of papers of 2013-2018)."""
    unspoken = sorted(year for year in intent.years if year not in text.years)
    if not unspoken:
        return None
    named = " or ".join(map(str, unspoken))
    return Unmet("no_date", f"The papers in the store never speak of {named}; they are of "
                            f"{min(text.years, default=0)}-{max(text.years, default=0)} at the widest.",
                 f"any paper speaking of {named}")


def missing_meeting(intent: QuestionIntent, meetings: list[dict[str, Any]], minutes_only: bool) -> Unmet | None:
    """The meeting a question dates to a month or a day (of the body it names) when the store holds none
    then: minutes when a decision or attendance is asked (``minutes_only``), else any papers of a meeting."""
    if not intent.names_a_meeting:
        return None
    held = [m for m in meetings if m["kind"] == "minutes" or not minutes_only]
    named = [m for m in held if intent.names_body(m["body"])] if intent.body_words else held
    asked = _body_asked(intent.text)
    if asked and _topic_of_a_body_by_kind(intent.text, asked):
        # 'what did the partnership decide about the Youth Cabinet?': the partnership's meeting (any body's, when the
        # question names no other: 'what was decided about the Youth Cabinet minutes?')
        named = [m for m in named if not _same_body(asked, m["body"])] or held
        asked = None
    if asked and (dated := _kinds_dated(intent.text) - set(asked.lower().split())):
        # 'the Youth Cabinet meeting whose minutes went to the January 2014 partnership': the month is the partnership's
        asked, named = None, [m for m in held if dated & set(m["body"].lower().split())]
    elif asked:   # named in full: 'the Health and Wellbeing Board' is none of the other boards the store holds
        named = [m for m in held if _same_body(asked, m["body"])]
    elif by_own_words := [m for m in meetings if _named_by_own_words(intent.text, m["body"])]:
        named = [m for m in by_own_words if m in held]   # 'the Improving Lives panel': the Improving Lives Commission
        asked = by_own_words[0]["body"]
    elif not intent.body_words and (by_acronym := [m for m in meetings if _named_by_acronym(intent.text, m["body"])]):
        named = [m for m in by_acronym if m in held]   # 'the CPP' (no other body named): the Corporate Parenting Panel
        asked = by_acronym[0]["body"]
    unheld = bool(asked) and not named
    held = named or held
    for m in [] if unheld else held:
        (year, month), day = year_month(m["date"]), int(m["date"][8:10])
        if (year, month) in intent.months or not intent.months and (month, day) in intent.days \
                or month in intent.bare_months or year in intent.meeting_years:
            return None
    body = held[0]["body"] if named and len({m["body"] for m in named}) == 1 else asked
    wanted = _when(intent)
    papers = "minutes of a meeting" if minutes_only else "meeting"
    of_body = f" of the {body}" if body else ""
    nearest = _nearest(held, intent)
    message = f"The store holds no {papers}{of_body} {wanted}"
    message += f"; the nearest: {nearest}." if nearest else "."
    return Unmet("no_meeting", message, f"{papers}{of_body} {wanted}")


def body_never_met(question: str, meetings: list[dict[str, Any]]) -> str | None:
    """The body a question names in full ('the Health and Wellbeing Board') when the store holds no papers of any
    meeting of it (the papers may still mention it); None when it names none or the store holds its meetings."""
    asked = _body_asked(question)
    return asked if asked and not any(_same_body(asked, m["body"]) for m in meetings) else None


def _body_asked(question: str) -> str | None:
    """The body a question names in full ('Health and Wellbeing Board'), not just by its kind ('the board'); after
    a post it follows ('the Independent Chair of the Health and Wellbeing Board'); not a body named as what a paper
    is of ('the Child Death Overview Panel annual report': the meeting asked of is the one that heard it)."""
    return next((" ".join(_bodies_of(run, None)[-1]) for run in names_in(question)
                 if _BODY_WORD.search(run) and len(_bodies_of(run, None)[-1]) > 1
                 and not _titles_a_paper(run, question)), None)


def _titles_a_paper(run: str, question: str) -> bool:
    """Whether a question prints a body's name right before a kind of paper (data/written_things.txt, but a body's
    own agenda or minutes) with a word between or after a possessive: 'the Child Death Overview Panel annual
    report', "the Safeguarding Board's plan"; not 'did the Panel review', where the word is what the body did."""
    papers = "|".join(sorted(word_list("written_things") - {"agenda", "minutes"}))
    return re.search(rf"{re.escape(run)}(?:['’]s?\s+(?:[\w-]+\s+)?|\s+[\w-]+\s+)(?:{papers})s?\b", question,
                     re.I) is not None


def _named_by_acronym(question: str, body: str) -> bool:
    """Whether a question names a body by its acronym ('the CPP' for the Corporate Parenting Panel, 'the RLSCB')."""
    said = {word for word in _ACRONYM_WORD.findall(question) if is_acronym(word)}
    return bool(said & _body_acronyms(body))


def _topic_of_a_body_by_kind(question: str, asked: str) -> bool:
    """Whether the body a question names in full is what it asks about ('... about the Youth Cabinet', 'on the
    Schools Forum') while it names the meeting's body by a kind in lower case not of that name ('the partnership'),
    or asks about a paper of that body ('what was decided about the Youth Cabinet minutes': another body heard them)."""
    kinds = {kind for kind in BODY_WORDS if re.search(rf"\b{kind}\b", question)} - set(asked.lower().split())
    about = rf"\b(?:about|on|regarding|concerning|into)\s+(?:the\s+)?{re.escape(asked)}"
    papers = "|".join(sorted(word_list("written_things")))
    return re.search(about, question) is not None and (
        bool(kinds) or re.search(rf"{about}(?:['’]s?)?\s+(?:{papers})s?\b", question, re.I) is not None)


def _kinds_dated(question: str) -> set[str]:
    """The kinds of body a question dates by a month put right before them, in lower case ('the January 2014
    partnership', 'the 20 November 2013 board'): whose meeting that month is."""
    return {match.group(1) for match in _DATED_KIND.finditer(question)}


def _named_by_own_words(question: str, body: str) -> bool:
    """Whether a question names a body held by its own words (:func:`own_words`) of two or more, capitalised, then
    another kind in lower case ('the Improving Lives panel' for the Improving Lives Select Commission); not a name
    alone ('what did the panel decide about the Virtual School?' asks the panel, not the school's governors)."""
    held, kinds = set(tokenize(body)), "|".join(BODY_WORDS)
    return any(len(own := own_words(run)) >= 2 and own <= held
               and re.search(rf"{re.escape(run)}\s+(?:{kinds})\b", question, re.I) is not None
               for run in names_in(question))


def _body_acronyms(body: str) -> set[str]:
    """The acronyms a body may be named by: its initials, without its place before and its kind after
    ('CYPF' and 'CYPFP' for the 'Children, Young People and Families Partnership')."""
    words = body.split()
    cuts = [words, words[1:], words[:-1], words[1:-1]]
    return {initials(" ".join(ws)) for ws in cuts} - {""}


def own_words(name: str) -> set[str]:
    """The words (stems) of a body's name that say which body it is: not its kind ('panel', 'board') nor how it
    works (data/body_qualifiers.txt: 'select', 'scrutiny')."""
    return set(tokenize(name)) - _not_own_words()


@cache
def _not_own_words() -> frozenset[str]:
    """The stems of the words of a body's kind and of how it works, read once."""
    return frozenset(tokenize(" ".join([*BODY_WORDS, *word_list("body_qualifiers")])))


def _same_body(asked: str, body: str) -> bool:
    """Whether a body held is the one asked for: every word of the asked name but its kind and how it works
    (:func:`own_words`) is the body's ('Corporate Parenting Board' is the Corporate Parenting Panel, 'Improving Lives
    Scrutiny Commission' the Improving Lives Select Commission; 'Improving Places' is not 'Improving Lives';
    'Improving Lifes' is, misspelt), but perhaps the first, a place put before it ("Rotherham's Corporate Parenting
    Panel"; a place the papers never print is refused by :func:`unknown_name`)."""
    held = set(tokenize(body))
    if short := [word for word in asked.split() if is_acronym(word) and word.upper() in _body_acronyms(body)]:
        # 'the CYPF Partnership': its acronym stands for the body's own words
        asked = " ".join(word for word in asked.split() if word not in short)
        if not own_words(asked):
            return True
    full, without_place = own_words(asked), own_words(asked.split(" ", 1)[-1])
    if any(words and words <= held for words in (full, without_place)):
        return True
    # misspelt: each asked word (but a place's first) one slip from a word of the body's, as printed
    printed = _WORD.findall(body.lower())
    asked_words = [w for w in _WORD.findall(asked.lower()) if w not in BODY_WORDS]
    return any(ws and all(any(one_slip(w, other) for other in printed) for w in ws)
               for ws in (asked_words, asked_words[1:]))


def one_slip(word: str, other: str) -> bool:
    """Whether two words are one, or (both of MISSPELT_MIN letters or more) one slip of the keys apart: a letter
    changed, two swapped, one dropped or added ('lifes' and 'lives')."""
    if word == other:
        return True
    if min(len(word), len(other)) < MISSPELT_MIN or abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        apart = [i for i, (a, b) in enumerate(zip(word, other)) if a != b]
        return len(apart) == 1 or len(apart) == 2 and apart[1] == apart[0] + 1 and word[apart[0]] == other[apart[1]] \
            and word[apart[1]] == other[apart[0]]
    short, long = sorted((word, other), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _when(intent: QuestionIntent) -> str:
    """'in October 2016', 'on 15 December 2013', or 'on 15 December' when no year is named."""
    days = dict(sorted(intent.days))
    named = [f"on {days[month]} {date(year, month, 1):%B %Y}" if month in days else f"in {date(year, month, 1):%B %Y}"
             for year, month in sorted(intent.months)]
    return " or ".join(named or [f"on {day} {date(2000, month, 1):%B}" for month, day in days.items()]
                       + [f"in {date(2000, month, 1):%B} of any year" for month in sorted(intent.bare_months)]
                       + [f"in {year}" for year in sorted(intent.meeting_years)])


def _nearest(meetings: list[dict[str, Any]], intent: QuestionIntent, count: int = 2) -> str:
    """The meetings held closest to the month the question names: '27 September 2016 (minutes), 6 December
    2016 (agenda)'."""
    if not intent.months and not intent.meeting_years:
        return ""
    year, month = min(intent.months) if intent.months else (min(intent.meeting_years), 6)   # a year: its middle
    asked = year * 12 + month
    ordered = sorted(meetings, key=lambda m: abs(year_month(m["date"])[0] * 12 + year_month(m["date"])[1] - asked))
    closest = sorted({(m["date"], m["kind"]) for m in ordered[:count]})
    return ", ".join(f"{date.fromisoformat(d).strftime('%-d %B %Y')} ({kind})" for d, kind in closest)
