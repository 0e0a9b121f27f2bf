"""Hits read through their nodes: one hit per text shown, ranked by its best piece and the others
found; the best piece of a later part of a question keeps a place among the evidence."""
from __future__ import annotations

from index.chunks import Chunk
from index.hybrid import Hit
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.intent import read_question
from kg.answer.rerank import select
from kg.answer.retrieve import OTHER_PIECES, node_hits


def chunk(key: str, lines: tuple[int, int], source: str = "a.txt") -> Chunk:
    return Chunk(key, f"urn:{key}", "paper", "", f"text of {key}", source, lines)


def test_pieces_of_one_text_make_one_hit_ranked_by_the_best_and_the_others_found():
    heading, resolution, other = chunk("h", (1, 1)), chunk("r", (2, 3)), chunk("o", (2, 3), "b.txt")
    item = chunk("h+r", (1, 3))
    views = {"h": item, "r": item}
    hits = [Hit(resolution, 0.9, 1, 1), Hit(other, 0.8, 2, 2), Hit(heading, 0.5, 3, 3)]
    merged = node_hits(hits, lambda piece: views.get(piece.id, piece))
    assert [(h.chunk.id, round(h.score, 3)) for h in merged] == [("h+r", round(0.9 + OTHER_PIECES * 0.5, 3)),
                                                                  ("o", 0.8)]
    # a piece shown alone first gives way to the wider text holding it, found later
    wider = node_hits([Hit(resolution, 0.9, 1, 1), Hit(heading, 0.5, 2, 2)],
                      lambda piece: item if piece.id == "h" else piece)
    assert [h.chunk.id for h in wider] == ["h+r"]


def test_the_best_piece_of_a_later_part_keeps_a_place():
    intent = read_question("Who leads the plan, and what became of the panel?")
    ranked = [Evidence(chunk(f"c{i}", (i, i)), 1.0 - i / 10, NodeContext(f"urn:c{i}", "paper")) for i in range(8)]
    assert [ev.chunk.id for ev in select(intent, ranked, 3)] == ["c0", "c1", "c2"]
    assert [ev.chunk.id for ev in select(intent, ranked, 3, reserved={"c6"})] == ["c0", "c1", "c6"]
