"""Pieces partition a file's lines: each line in one piece, nested nodes pointing into them,
a piece labelled with the innermost node holding it, and pieces ending at nodes' edges."""
from __future__ import annotations

from index.partition import NodeSpan, partition

SPECIFICITY = ("resolution", "minute_item", "paper")


def words(first: int, count: int) -> str:
    return " ".join(f"w{first + i}" for i in range(count))


def count(text: str) -> int:
    """A tokenizer stand-in: one piece per word plus the two special tokens."""
    return len(text.split()) + 2


def minutes_file() -> tuple[NodeSpan, list[tuple[int, str]], list[NodeSpan]]:
    """A paper (lines 3-40) holding two minute items, the first holding a resolution; a cover line
    (1) outside every node; blank lines between paragraphs."""
    lines = [(1, "Cover sheet printed before the minutes"), (2, "")]
    lines += [(n, f"Line {n} {words(n * 10, 8)}.") for n in range(3, 41)]
    lines[10] = (11, "")
    whole = NodeSpan("urn:file", "text", "pack.txt", "pack.txt", (1, 40), "2016-01-01")
    spans = [NodeSpan("urn:paper", "paper", "Minutes", "pack.txt", (3, 40), "2016-02-02"),
             NodeSpan("urn:item/1", "minute_item", "Fostering", "pack.txt", (5, 20), "2016-02-02"),
             NodeSpan("urn:res/1", "resolution", "", "pack.txt", (15, 18), "2016-02-02"),
             NodeSpan("urn:item/2", "minute_item", "Adoption", "pack.txt", (21, 38), "2016-02-02")]
    return whole, lines, spans


def test_every_text_line_is_in_exactly_one_piece():
    whole, lines, spans = minutes_file()
    result = partition(whole, lines, spans, count, max_tokens=60, hard_kinds={"paper", "minute_item", "resolution"},
                       specificity=SPECIFICITY)
    covered = [n for piece in result.pieces for rows in piece.rows for n in range(rows[0], rows[1] + 1)]
    assert sorted(covered) == [n for n, text in lines if text]
    assert len(covered) == len(set(covered))
    for piece in result.pieces:
        assert piece.text == "\n".join(text for n, text in lines if text and piece.lines[0] <= n <= piece.lines[1])
        assert count(piece.embed_text) <= 60


def test_a_piece_is_labelled_by_the_innermost_node_holding_it_and_nodes_point_to_their_pieces():
    whole, lines, spans = minutes_file()
    result = partition(whole, lines, spans, count, max_tokens=60, hard_kinds={"paper", "minute_item", "resolution"},
                       specificity=SPECIFICITY)
    by_id = {piece.id: piece for piece in result.pieces}
    (cover,) = [p for p in result.pieces if p.lines == (1, 1)]
    assert (cover.node, cover.kind, cover.date) == ("urn:file", "text", "2016-01-01")
    (resolution,) = [by_id[i] for i in result.node_pieces["urn:res/1"]]
    assert (resolution.node, resolution.kind, resolution.lines) == ("urn:res/1", "resolution", (15, 18))
    # a resolution without a title of its own: its text goes to the model alone
    assert resolution.embed_text == resolution.text
    item = [by_id[i] for i in result.node_pieces["urn:item/1"]]
    assert item[0].lines[0] == 5 and item[-1].lines[1] == 20 and resolution in item
    assert {p.node for p in item} == {"urn:item/1", "urn:res/1"}
    assert all(p.embed_text.startswith("Fostering\n") for p in item if p.node == "urn:item/1")
    # the paper reaches every piece inside it, the file every piece
    assert set(result.node_pieces["urn:paper"]) >= set(result.node_pieces["urn:item/2"])
    assert result.node_pieces["urn:file"] == [p.id for p in result.pieces]
    assert [by_id[i].lines[0] for i in result.node_pieces["urn:paper"]] == \
        sorted(by_id[i].lines[0] for i in result.node_pieces["urn:paper"])


def test_pieces_pack_small_nodes_together_but_end_at_node_edges_when_full():
    whole, lines, spans = minutes_file()
    result = partition(whole, lines, spans, count, max_tokens=200, hard_kinds={"paper"}, specificity=SPECIFICITY)
    # each line costs 12 word pieces, so lines 3-19 would fit the first paper piece; it ends at 18,
    # where the resolution does, and a piece holding parts of both items is labelled with the paper
    assert [(p.lines, p.node) for p in result.pieces] == [
        ((1, 1), "urn:file"), ((3, 18), "urn:paper"), ((19, 34), "urn:paper"), ((35, 40), "urn:paper")]
    assert result.node_pieces["urn:res/1"] == [result.pieces[1].id]
    assert result.node_pieces["urn:item/2"] == [p.id for p in result.pieces[2:]]


def test_a_full_piece_ends_at_a_paragraph_break_not_inside_a_sentence():
    lines = [(1, "Intro " + words(0, 20) + " and"), (2, "goes on " + words(20, 20) + "."), (3, ""),
             (4, "New paragraph " + words(40, 20) + " that"), (5, "continues " + words(60, 20) + " here")]
    whole = NodeSpan("urn:f", "text", "", "f.txt", (1, 5))
    result = partition(whole, lines, [], count, max_tokens=80)
    assert [p.lines for p in result.pieces] == [(1, 2), (4, 5)]


def test_equal_text_in_another_place_is_another_piece():
    whole, lines, spans = minutes_file()
    first = partition(whole, lines, spans, count, max_tokens=60, specificity=SPECIFICITY)
    again = partition(whole, lines, spans, count, max_tokens=60, specificity=SPECIFICITY)
    assert [p.id for p in first.pieces] == [p.id for p in again.pieces]
    moved = partition(whole, [(n + 100, text) for n, text in lines],
                      [NodeSpan(s.node, s.kind, s.title, s.source, (s.lines[0] + 100, s.lines[1] + 100), s.date)
                       for s in spans], count, max_tokens=60, specificity=SPECIFICITY)
    assert not {p.id for p in first.pieces} & {p.id for p in moved.pieces}


def test_a_tables_totals_and_shares_rows_stay_with_the_rows_above_them():
    """Rows of figures fill the piece just before its totals row: the piece ends a row earlier, so
    'Total' and '%' are read with the last row of the table, not alone with what follows it."""
    lines = [(1, "Attendance of pupils in care this year, by year group, is set out below.")]
    lines += [(n, f"{n}\t{n * 3}\t{n * 5}\t{n * 7}") for n in range(2, 9)]   # 16 + 7 * 6 word pieces: full
    lines += [(9, "Total\t200\t330\t460"), (10, "%\t20\t33\t46"), (11, ""),
              (12, "The figures come from the schools' own returns " + words(0, 12) + ".")]
    whole = NodeSpan("urn:f", "text", "", "f.txt", (1, 12))
    result = partition(whole, lines, [], count, max_tokens=60)
    (totals,) = [p for p in result.pieces if "Total\t200" in p.text]
    rows = totals.text.split("\n")
    assert rows[:3] == ["8\t24\t40\t56", "Total\t200\t330\t460", "%\t20\t33\t46"]
    assert result.pieces[0].lines == (1, 7)
    assert all(not p.text.startswith(("Total", "%")) for p in result.pieces)
