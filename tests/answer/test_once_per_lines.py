"""Several graph nodes filed on one printed row (the actions of a plan's table row) give pieces of the same lines: the
evidence shows that run of lines once, so it does not crowd out the next piece."""
from __future__ import annotations

from index.chunks import Chunk
from kg.answer.context import NodeContext
from kg.answer.evidence import Evidence
from kg.answer.rerank import once_per_lines

ROW = "(iv) We will cut smoking in pregnancy\tSmoking at delivery\tStop-smoking midwives in post\tA. Lee"


def _action(node: str, lines: tuple[int, int], text: str = ROW) -> Evidence:
    chunk = Chunk(node, f"urn:{node}", "action", "Action plan", text, "plan.txt", lines)
    return Evidence(chunk, 1.0, NodeContext(f"urn:{node}", "action"))


def test_pieces_of_the_same_lines_are_shown_once_the_best_first():
    first, second, third = _action("a-12", (40, 42)), _action("a-13", (40, 42)), _action("a-14", (40, 42))
    other_file = Evidence(Chunk("b", "urn:b", "action", "Action plan", ROW, "update.txt", (40, 42)), 0.9,
                          NodeContext("urn:b", "action"))
    next_row = _action("a-15", (43, 44), "(v) We will raise breastfeeding rates\tPeer supporters trained\tB. Khan")
    assert once_per_lines([first, second, third, other_file, next_row]) == [first, other_file, next_row]
