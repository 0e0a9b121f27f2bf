"""Lay out HTML pages and Word documents as the plain lines every loader reads.

Saved web pages (ModernGov, CMIS) and Word's HTML or .docx output carry their structure in markup;
the loaders read lines. The layout keeps what the loaders rely on in text files: a heading or a
paragraph on a line of its own followed by a blank line, the page's title (often the one place a web page
names its council) last as a footer, list items on consecutive lines with their
marker, and a table as one line per row with its cells tab-separated. A cell spanning several rows or
columns is repeated in each, so every row reads complete ("5 March 2019" beside both items of that
meeting). Scripts, styles and navigation are dropped.
"""
from __future__ import annotations

import io
import re
import zipfile

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from kg.loaders.docx_numbering import ListNumbers

# never "form": ASP.NET pages (CMIS and other committee systems) wrap the whole page in one
_DROPPED = {"script", "style", "nav", "noscript", "template", "head", "iframe", "svg", "button", "select", "input",
            "textarea", "object"}
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "caption", "figcaption", "dt", "dd"}
_BREAKS = {"div", "form", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "dl", "figure", "center", "body", "hr"}
_MINUTES_COLUMN = re.compile(r"^(?:item|no\.?|minute|ref\.?)\b.*\b(?:minutes?|discussion)\b", re.I)   # a table of minutes
_MAX_SPAN = 100      # a rowspan/colspan larger than this is a broken attribute, not a layout


class _Writer:
    """Lines under construction: inline text gathers on the current line until a block ends it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, piece: str) -> None:
        self.current.append(piece)

    def end_line(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        if line:
            self.lines.append(line)

    def blank(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")


def html_lines(markup: str) -> list[str]:
    """The text of an HTML page laid out as lines (see the module docstring)."""
    soup = BeautifulSoup(markup, "lxml")
    writer = _Writer()
    _walk(soup, writer)
    writer.end_line()
    title = " ".join(soup.title.get_text(" ").split()) if soup.title else ""
    return writer.lines + ["", title] if title else writer.lines


def _walk(node: Tag, writer: _Writer) -> None:
    for child in node.children:
        if isinstance(child, Comment) or not isinstance(child, (NavigableString, Tag)):
            continue
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:          # not a doctype, CDATA or processing instruction
                writer.text(str(child))
            continue
        name = child.name.lower()
        if name in _DROPPED and not _disclosure(child) or child.get("role") == "navigation":
            continue
        if name == "br":
            writer.end_line()
        elif name == "table":
            writer.end_line()
            blocks = [[_cell_lines(cell) for cell in row] for row in _own_cells(child)]
            writer.lines.extend(_layout_rows(blocks) if _is_layout_table(blocks) else
                                ["\t".join(row) for row in table_grid(child) if any(row)])
            writer.blank()
        elif name == "li":
            writer.end_line()
            writer.text(_list_marker(child))
            _walk(child, writer)
            writer.end_line()
        elif name in _PARAGRAPHS or name == "button":
            writer.blank()
            _walk(child, writer)
            writer.blank()
        elif name in _BREAKS:
            writer.end_line()
            _walk(child, writer)
            writer.end_line()
        else:
            _walk(child, writer)


def _disclosure(node: Tag) -> bool:
    """An accordion's toggle ("45. Apologies" over its folded minute) heads what it opens; other buttons are page
    controls."""
    return node.name == "button" and (node.has_attr("aria-expanded") or node.has_attr("aria-controls"))


def _list_marker(item: Tag) -> str:
    parent = item.find_parent(["ol", "ul"])
    if parent is None or parent.name != "ol":
        return "- "
    position = 1 + sum(1 for sibling in item.find_previous_siblings("li"))
    return f"{position}. "


def table_grid(table: Tag) -> list[list[str]]:
    """Rows of cell texts with row- and column-spanning cells repeated; nested tables become the text of their cell."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    carried: dict[int, tuple[str, int]] = {}        # column -> (text, rows still to fill)
    grid: list[list[str]] = []
    for tr in rows:
        cells = iter(tr.find_all(["td", "th"], recursive=False))
        row: list[str] = []
        while True:
            column = len(row)
            if column in carried:
                text, left = carried[column]
                row.append(text)
                carried[column] = (text, left - 1)
                if left <= 1:
                    del carried[column]
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text = _cell_text(cell)
            down = _span(cell, "rowspan")
            for _ in range(_span(cell, "colspan")):
                if down > 1:
                    carried[len(row)] = (text, down - 1)
                row.append(text)
        while carried and max(carried) >= len(row):     # columns spanned down from above past this row's last cell
            column = len(row)
            text, left = carried.pop(column, ("", 0))
            if left > 1:
                carried[column] = (text, left - 1)
            row.append(text)
        grid.append(row)
    return grid


def _own_cells(table: Tag) -> list[list[Tag]]:
    return [tr.find_all(["td", "th"], recursive=False) for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _is_layout_table(rows: list[list[list[str]]]) -> bool:
    """A table used to lay out a page (a committee system's items, each a row whose cell holds the title, the
    minute's paragraphs and its decisions), not a grid of data: some cell (its lines) holds several blocks."""
    return any(len(cell) > 1 for row in rows for cell in row)


def _layout_rows(rows: list[list[list[str]]]) -> list[str]:
    """A layout table's rows (each cell's lines) as text: short leading cells (an item's number) on the line of the
    next cell's first line, every further block a paragraph of its own."""
    out: list[str] = []
    for row in rows:
        blocks = [lines for lines in row if lines]
        head: list[str] = []
        while len(blocks) > 1 and len(blocks[0]) == 1 and len(blocks[0][0]) <= 12:
            head.append(blocks.pop(0)[0])
        if blocks:
            out.append("\t".join(head + blocks[0][:1]))
            for line in blocks[0][1:] + [line for lines in blocks[1:] for line in lines]:
                out.extend(["", line])
        elif head:
            out.append("\t".join(head))
        out.append("")
    return out


def _cell_lines(cell: Tag) -> list[str]:
    writer = _Writer()
    _walk(cell, writer)
    writer.end_line()
    return [line for line in writer.lines if line]


def _span(cell: Tag, attribute: str) -> int:
    try:
        return max(1, min(_MAX_SPAN, int(str(cell.get(attribute, "1")).strip() or 1)))
    except ValueError:
        return 1


def _cell_text(cell: Tag) -> str:
    return " ".join(_cell_lines(cell))


def docx_lines(data: bytes) -> list[str]:
    """The text of a Word document in reading order: paragraphs (headings and list items marked as in
    :func:`html_lines`) and tables row by row; raises ValueError when ``data`` is not a .docx package."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as exc:
        raise ValueError(f"not a readable Word .docx package ({type(exc).__name__})") from exc
    lines: list[str] = []
    numbers = ListNumbers(_numbering(document))
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            _docx_paragraph(Paragraph(element, document), numbers.label(element), lines)
        elif tag == "tbl":
            rows = Table(element, document).rows
            blocks = [[[" ".join(p.text.split()) for p in cell.paragraphs if p.text.strip()] for cell in row.cells]
                      for row in rows]
            if blocks and _MINUTES_COLUMN.search(" ".join(" ".join(cell) for cell in blocks[0])):
                lines.extend(_layout_rows(blocks[1:]))   # "Item | Minute | Action": each row an item's title and text
            else:
                for row in blocks:
                    cells = [" ".join(cell) for cell in row]
                    if any(cells):
                        lines.append("\t".join(cells))
            _blank(lines)
    return lines


def _numbering(document):
    """The numbering definitions' root element, or None when the document has none."""
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _docx_paragraph(paragraph, label: str | None, lines: list[str]) -> None:
    """A paragraph on a line of its own, set off by blanks; a list item on the next line with its marker (the
    number Word prints, or "-")."""
    text = " ".join(paragraph.text.split())
    if not text:
        _blank(lines)
        return
    style = (paragraph.style.name if paragraph.style is not None else "").lower()
    if "list" in style or label == "-":
        lines.append(f"{label or '-'} {text}")
        return
    _blank(lines)
    lines.append(f"{label} {text}" if label else text)
    _blank(lines)


def _blank(lines: list[str]) -> None:
    if lines and lines[-1]:
        lines.append("")
