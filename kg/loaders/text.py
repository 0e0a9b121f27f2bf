"""Read a paper from disk into raw lines, whatever the format, or say clearly why not.

All formats end up as a :class:`~kg.model.SourceText` (raw lines plus, for PDFs, the page of
each line), so every later rule works on one representation and line numbers always refer to
the text a user can open: for HTML and Word documents, the laid-out text of :mod:`kg.loaders.markup`
(a paragraph or a table row a line), which ``kg`` stores and shows beside the facts.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from kg.errors import InputError
from kg.loaders.markup import docx_lines, html_lines
from kg.model import SourceText

SUPPORTED_SUFFIXES = {".txt", ".md", ".pdf", ".html", ".htm", ".docx"}
_HTML_SUFFIXES = {".html", ".htm"}
MAX_BYTES = 50 * 1024 * 1024
_TEXT_ENCODINGS = ("utf-8-sig", "cp1252")


def read_source(path: str | Path, name: str | None = None) -> SourceText:
    """Read ``path`` as text lines; raise :class:`InputError` for anything that is not a paper.

    ``name`` is the file name facts will cite (a stored copy keeps the name it was ingested under).
    """
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if not path.is_file():
        raise InputError(path, "not a file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(path, f"unsupported file type {suffix or '(none)'}; expected .txt, .md, .pdf, .html, .htm or .docx")
    size = path.stat().st_size
    if size == 0:
        raise InputError(path, "file is empty")
    if size > MAX_BYTES:
        raise InputError(path, f"file is too large ({size // (1024 * 1024)} MiB; limit {MAX_BYTES // (1024 * 1024)} MiB)")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if suffix == ".pdf":
        lines, pages = _pdf_lines(path, data)
        return SourceText(name or path.name, digest, lines, pages)
    if suffix == ".docx":
        lines = _docx_lines(path, data)
    elif suffix in _HTML_SUFFIXES:
        lines = html_lines(_decode(path, data))
    else:
        lines = _decode(path, data).splitlines()
    if not "".join(lines).strip():
        raise InputError(path, "file has no text")
    return SourceText(name or path.name, digest, lines)


def _docx_lines(path: Path, data: bytes) -> list[str]:
    try:
        return docx_lines(data)
    except ValueError as exc:
        raise InputError(path, str(exc)) from exc


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (NUL bytes), not text")
    for encoding in _TEXT_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise InputError(path, "binary file (control characters), not text")
        return text
    raise InputError(path, "text is neither UTF-8 nor Windows-1252")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(8, len(sample) // 100)


def _pdf_lines(path: Path, data: bytes) -> tuple[list[str], list[int]]:
    """Extract a PDF page by page so every line keeps its page number."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF"):
        raise InputError(path, "not a PDF (missing %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        page_texts = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(path, f"malformed PDF ({exc})") from exc
    lines: list[str] = []
    pages: list[int] = []
    for number, text in enumerate(page_texts, start=1):
        page_lines = text.splitlines()
        lines.extend(page_lines)
        pages.extend([number] * len(page_lines))
    if not "".join(lines).strip():
        raise InputError(path, "PDF has no text layer (scanned image?); run OCR first")
    return lines, pages
