"""PDF input goes through the same pipeline and keeps page numbers beside line numbers."""
from __future__ import annotations

from pathlib import Path

from kg.api import KnowledgeGraph
from kg.loaders.text import read_source

PAGES = [
    ["HEALTH SCRUTINY PANEL", "Tuesday, 3rd March, 2020", "Present:- Councillor Khan (in the Chair); Councillor Ali.",
     "12. WINTER PRESSURES", "Jane Doe, Head of Urgent Care, presented a report on winter pressures."],
    ["Resolved:- (1) That the report be noted.", "(2) That a further update be submitted in June."],
]


def write_pdf(path: Path, pages: list[list[str]]) -> None:
    """A minimal text PDF (Helvetica, one line per string), written by hand: no PDF library needed."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        body = "BT /F1 11 Tf 14 TL 50 780 Td " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
        objects.append(f"<< /Length {len(body)} >>\nstream\n{body}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {len(objects)} 0 R >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)


def test_pdf_lines_keep_their_pages(tmp_path):
    path = tmp_path / "panel.pdf"
    write_pdf(path, PAGES)
    source = read_source(path)
    assert source.raw_lines[0] == "HEALTH SCRUTINY PANEL"
    assert source.pages[source.raw_lines.index("(2) That a further update be submitted in June.")] == 2


def test_pdf_pack_is_ingested_with_resolutions_and_pages(tmp_path):
    path = tmp_path / "panel.pdf"
    write_pdf(path, PAGES)
    kg = KnowledgeGraph.open(tmp_path / "store")
    (report,) = kg.ingest([path], with_index=False)
    assert report.status == "ingested" and report.counts["resolutions"] == 2
    rows = kg.sparql("""SELECT ?text ?page WHERE { ?r a besluit:Besluit ; prov:value ?text ; ckg:page ?page }
                        ORDER BY ?text""")
    assert rows == [{"text": "That a further update be submitted in June.", "page": 2},
                    {"text": "That the report be noted.", "page": 2}]
