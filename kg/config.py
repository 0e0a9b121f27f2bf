"""Every knob of answering in one place, with its default: how hits are re-ranked, what the graph answers
itself, what is quoted and when a question is refused. Pass a changed copy to the searcher
(``KnowledgeGraph.ask(question, config=replace(AnswerConfig(), quotes=3))``); the retrieval benchmark sweeps them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AnswerConfig:
    # -- retrieval --------------------------------------------------------------------------------
    candidates: int = 50             # hits the index returns for re-ranking (at least 10 per answer place)
    part_candidates: int = 5         # hits searched for each later part of a many-part question
    part_weight: float = 0.8         # a later part's hit ranks as this share of its own score
    period_candidates: int = 20      # hits searched for each period a question compares ('in 2014 and in 2016')
    titled_items: int = 3            # minute items the question names by title, added as candidates ...
    item_title_wording: float = 0.8  # ... when it says this share of the title (by weight)
    titled_item_score: float = 0.9   # ... scored this share of the best hit before re-ranking
    person_in_best: int = 10         # a person the question names whom none of this many best hits prints ...
    person_pieces_read: int = 20     # ... is looked for among this many pieces printing their name's words ...
    person_pieces: int = 2           # ... the best of those printing the person for the question ...
    person_piece_score: float = 0.9  # ... scored at least this share of the best hit before re-ranking
    named_piece_reach: int = 20      # a name no chosen piece speaks of is looked for among this many ranked pieces
    # -- re-ranking: factors around 1 for how well the graph says a piece fits the question ---------
    decision_boost: float = 1.5      # a decision asked for, and an item with resolutions
    decided_words_boost: float = 2.0  # ... whose title and resolutions name the question's topic
    person_boost: float = 1.15       # 'who', and a piece whose node names people
    plan_boost: float = 1.15         # actions, priorities or milestones asked for, and a plan's own node
    figure_boost: float = 1.2        # a piece printing the kind of figure asked for (money, a share, a time)
    month_boost: float = 1.6         # a month named, and a meeting held then or a paper speaking of it
    year_boost: float = 1.25         # a year named, and a piece dated or speaking of it
    other_year_factor: float = 0.8   # a year named, and a piece of other years
    body_boost: float = 1.2          # a body named ('the panel'), and its meetings
    named_person_boost: float = 1.5  # a person of the graph named ('Jane Orme', 'Mrs Orme'), and a piece printing them
    # -- the graph's own answer lines -----------------------------------------------------------------
    decided_evidence: int = 3        # a decision question gives the resolutions of items among this many best
    people_evidence: int = 3         # a 'who' question gives the people of items among this many best
    role_rows: int = 3               # ... and at most this many rows of those papers printing a role it names
    plan_evidence: int = 3           # a priority's actions: the priority is looked for among this many best
    priority_actions: int = 5        # actions listed under the priority found
    lead_wording: float = 0.7        # 'who leads the priority on X': share of a priority's wording (by weight) said
    priority_versions: int = 3       # ... and the versions of the plan printing it whose leads are listed
    plan_title_wording: float = 0.7  # 'what priorities does <plan> set': share of the plan's title (by weight) said
    business_items: int = 8          # items a 'what was discussed at <meeting>' answer lists
    presented_items: int = 5         # items a 'what did <person> present' answer lists
    mentioned_items: int = 3         # items a 'what did <body> hear about <organisation> in <month>' answer lists
    meetings_listed: int = 3         # meetings a 'when was the next meeting' answer lists
    graph_evidence: int = 3          # pieces backing the graph's lines, shown before the search's
    series_pieces: int = 10          # 'how did it change': figures are looked for among this many best pieces
    series_share: float = 0.4        # ... in sentences naming at least this share of what it asks about (by weight)
    series_close: float = 0.6        # ... and at least this share of the best such sentence's
    series_points: int = 5           # ... and this many dated figures at most are listed
    total_pieces: int = 5            # 'how many in total': counts opening rows are looked for among this many best
    total_share: float = 0.4         # ... in rows naming at least this share of what it asks about (by weight)
    total_close: float = 0.7         # ... and at least this share of the best such row's
    total_parts: int = 6             # ... and this many rows at most are added up
    # -- quotes ---------------------------------------------------------------------------------------
    quotes: int = 4                  # sentences quoted (one fewer beside the graph's own lines)
    quotes_per_piece: int = 2        # at most this many from one piece
    asked_kind_weight: float = 2.5   # a sentence giving the kind of fact asked for (a name for 'who', a date for 'when')
    weakest_quote: float = 0.3       # a one-part question quotes nothing under this share of its best sentence
    following_share: float = 0.8     # a sentence of the piece after a piece of evidence counts this share
    following_evidence: int = 3      # the best pieces whose following piece may be quoted
    excerpt_chars: int = 900         # an evidence excerpt: about a paragraph
    cited_rows_shown: int = 6        # ... holding at least this many first lines of what the graph's answer cites in it
    # -- refusal --------------------------------------------------------------------------------------
    min_dense_similarity: float = 0.30   # below this cosine the best piece is not about the question ...
    rare_term_weight: float = 5.0        # ... unless it prints a question word this rare (BM25 idf), as 'NI062'


DEFAULT_CONFIG = AnswerConfig()

# Fuzzy look-ups (rapidfuzz scores 0-100). A name is short and two people's names differ by little, so a
# person or organisation needs a close match; a priority's wording is long and paraphrased.
NAME_MATCH = 80
WORDING_MATCH = 60
# A word of a name this long, one slip of the keys from a printed word ('Pannel', 'Lifes'), is that word misspelt
MISSPELT_MIN = 5
