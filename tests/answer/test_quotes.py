"""Choosing what to quote of a piece of evidence: sentences with their own lines, lists kept with
the sentence that introduces them, rare words counting for more, focused excerpts."""
from __future__ import annotations

from index.chunks import Chunk
from kg.answer.quotes import (
    Relevance,
    best_sentences,
    excerpt,
    gives_date,
    in_context,
    mentions_any,
    names_any,
    repeats,
    scored_sentences,
    sentences,
)


def chunk_of(rows: list[str], first_line: int = 10) -> Chunk:
    """A chunk whose n-th row was printed on line first_line + n."""
    spans = tuple((first_line + n, first_line + n) for n in range(len(rows)))
    return Chunk("c1", "urn:node", "paper", "", "\n".join(rows), "pack.txt", (spans[0][0], spans[-1][1]), None, spans)


def test_a_title_before_a_name_does_not_end_the_sentence():
    chunk = chunk_of(["Karen Etheridge, Assistant Director, and Dr. Alison Davies, Clinical Director,",
                      "presented a report. The service would be in place from 2nd April."])
    assert [q.text for q in sentences(chunk)] == [
        "Karen Etheridge, Assistant Director, and Dr. Alison Davies, Clinical Director, presented a report.",
        "The service would be in place from 2nd April."]
    assert [q.lines for q in sentences(chunk)] == [(10, 11), (11, 11)]


def test_a_sentence_introducing_a_list_is_quoted_with_it():
    chunk = chunk_of(["7.1 Commissioning Priorities 2012/13 Outturn",
                      "The following commissioning priorities are COMPLETE:",
                      "- Substance Misuse, commissioning of 'Know the Score'",
                      "- White Rose Framework for children's residential care",
                      "7.2 Proposals for 2013/14 are set out below."])
    [quote] = best_sentences(Relevance.of("Which commissioning priorities were completed?"), chunk, limit=1)
    assert "The following commissioning priorities are COMPLETE: - Substance Misuse" in quote.text
    assert "White Rose" in quote.text and "Proposals" not in quote.text
    assert quote.lines == (10, 13)


def test_rare_words_outweigh_common_ones():
    chunk = chunk_of(["Children in care in Rotherham were supported by the service.",
                      "Welfare Call was commissioned to monitor attendance."])
    rare = {"welfar": 5.0, "call": 5.0}.get
    relevance = Relevance.of("Who monitors attendance of children in care in Rotherham? Welfare Call?",
                             lambda token: rare(token) or 0.5)
    assert [q.text for q in best_sentences(relevance, chunk, limit=1)] == [
        "Welfare Call was commissioned to monitor attendance."]


def test_preferred_sentences_win_for_who_and_when_questions():
    chunk = chunk_of(["The new service model improved patient experience of the service model.",
                      "Karen Etheridge presented the new service model."])
    relevance = Relevance.of("Who presented the new service model?")
    prefer = names_any(["Karen Etheridge"])
    assert [q.text for q in best_sentences(relevance, chunk, limit=1, prefer=prefer)] == [
        "Karen Etheridge presented the new service model."]
    assert gives_date("It starts on 2nd April.") and gives_date("due in June 2014") and gives_date("on 29.7.16")
    assert not gives_date("There were 442 children.")


def test_an_excerpt_keeps_the_rows_that_answer_with_their_lines():
    rows = [f"Row {n} is about placements and budgets in general terms." for n in range(30)]
    rows[20] = "Average attendance of children in care was 89.7% at in-authority schools."
    chunk = chunk_of(rows)
    shown = excerpt(Relevance.of("What was school attendance of children in care?"), chunk, limit=300)
    assert "89.7%" in shown.text and len(shown.text) <= 300
    first = rows.index(shown.text.split("\n")[0])
    assert shown.lines == (10 + first, 10 + first + shown.text.count("\n"))
    anchored = excerpt(Relevance.of("What was school attendance of children in care?"), chunk, limit=300,
                       anchors=[(12, 12)])
    assert "Row 2 " in anchored.text
    short = chunk_of(["One short row."])
    assert excerpt(Relevance.of("anything"), short, limit=900).text == "One short row."


def test_quotes_too_far_apart_for_one_excerpt_get_a_run_each():
    rows = [f"Row {n} is about placements and budgets in general terms." for n in range(30)]
    rows[2] = "The Child in Care Council gives children in care a voice."
    rows[25] = "The pupil voice is captured in the ePEP."
    chunk = chunk_of(rows)
    shown = excerpt(Relevance.of("How are children in care given a voice?"), chunk, limit=300,
                    anchors=[(12, 12), (35, 35)])
    first, second = shown.text.split("\n…\n")
    assert rows[2] in first and rows[25] in second and len(first) <= 150 and len(second) <= 150
    assert shown.lines[0] <= 12 and shown.lines[1] >= 35


def test_an_excerpt_fills_its_limit_exactly():
    """The limit counts the newlines between rows, not one after the last: rows that join to
    exactly the limit are shown together."""
    rows = ["Placements were reviewed.", "Attendance of children in care rose.", "Attendance was monitored daily."]
    chunk = chunk_of(["Budgets were set for the year.", *rows])
    relevance = Relevance.of("How was attendance of children in care monitored?")
    shown = excerpt(relevance, chunk, limit=len("\n".join(rows)))
    assert shown.text == "\n".join(rows) and shown.lines == (11, 13)


def test_a_sentence_printed_twice_counts_as_said():
    said = ["Continue to improve the transition for children and young people from CAMHS to adult services"]
    assert repeats("Continue to improve the transition for children and young people from CAMHS to adult services "
                   "This forms part of the pathway", said) is False
    assert repeats("Continue to improve the transition from CAMHS to adult services", said)


def test_table_rows_of_figures_are_quoted_whole_and_do_not_run_together():
    chunk = chunk_of(["Overview", "Priority\tGreen\tAmber\tRed\tTotal",
                      "1: Best start in life\t12\t28.5\t11.5\t52", "2: Parents and families\t3.5\t10\t1.5\t15",
                      "Total\t40\t103\t16\t159", "Please note: some milestones have split RAG statuses."])
    texts = [q.text for q in sentences(chunk)]
    assert "1: Best start in life 12 28.5 11.5 52" in texts and "Total 40 103 16 159" in texts
    scored = scored_sentences(Relevance.of("How many milestones were rated green, amber and red?"), chunk, "number")
    assert any(q.text == "Total 40 103 16 159" and q.lines == (14, 14) for _, q in scored)


def test_organisations_are_recognised_whole_as_printed():
    names = mentions_any(["YWCA", "Rotherham and Barnsley MIND", "RDaSH", "LA"])
    assert names("This contract has been awarded to YWCA and delivery will start in June 2013.")
    assert names("awarded to Rotherham and Barnsley MIND.") and names("RDaSH still have some work to do")
    assert not names("The Lady of the Lake") and not names("LA") and not names("ywca in lower case")


def test_a_year_shared_with_the_question_counts_for_less_than_its_topic():
    chunk = chunk_of(["PEP audits in 2015-16 showed improving quality.",
                      "Average school attendance for children in care was 89.7% overall."])
    relevance = Relevance.of("What was school attendance like in 2015/16?")
    assert relevance.shared("audits in 2015-16") == 1.0   # '2015' and '2015y16', each half a word
    assert relevance.shared("school attendance") == 2.0
    assert [q.text for q in best_sentences(relevance, chunk, limit=1)] == [
        "Average school attendance for children in care was 89.7% overall."]


def test_a_totals_row_is_weighed_with_a_table_captioned_before_its_piece():
    rows = chunk_of(["7 13 4174 4337 96.2%", "Total 224 63820 71168 89.7%"], first_line=11)
    caption = chunk_of(["Table 1: Attendance at schools"], first_line=10)
    relevance = Relevance.of("What was school attendance like?")
    assert scored_sentences(relevance, rows) == []
    scored = scored_sentences(relevance, in_context(rows, caption))
    assert [(quote.text, quote.lines) for score, quote in scored if score > 0] == [
        ("Table 1: Attendance at schools", (10, 10)), ("Total 224 63820 71168 89.7%", (12, 12))]


def test_a_piece_reads_on_from_the_piece_before_and_into_the_next():
    """Pieces share a boundary row; read in context, a sentence the piece opens in the middle of
    starts where it does and a list it starts runs on, each row keeping its lines."""
    before = chunk_of(["The LA must arrange health assessments. This means that children",
                       "coming into care must have one within 20 working days. This"], first_line=10)
    piece = chunk_of(["coming into care must have one within 20 working days. This",
                      "has remained a challenge:"], first_line=11)
    after = chunk_of(["has remained a challenge:", "- clinics were added."], first_line=12)
    read = in_context(piece, before, after)
    assert read.lines == (10, 13) and read.rows == ((10, 10), (11, 11), (12, 12), (13, 13))
    quotes = [q for q in sentences(read) if q.lines[1] >= piece.lines[0]]
    assert quotes[0].text == "This means that children coming into care must have one within 20 working days."
    assert quotes[0].lines == (10, 11)
    assert in_context(piece) is piece


def test_a_contents_line_is_never_quoted():
    chunk = chunk_of(["Foreword by the Chair of the Corporate Parenting Panel ………………………… 3",
                      "Contents of the strategy .......... 5",
                      "The Corporate Parenting Panel will drive the strategy."])
    relevance = Relevance.of("What will the Corporate Parenting Panel do about the strategy?")
    assert [q.text for _, q in scored_sentences(relevance, chunk)] == [
        "The Corporate Parenting Panel will drive the strategy."]
