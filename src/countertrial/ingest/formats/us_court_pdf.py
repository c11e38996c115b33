"""US court reporter transcripts as PDF: the text layer, read page by page with pypdfium2.

pypdfium2 (Apache-2.0/BSD, PDFium) is used rather than PyMuPDF (AGPL) or pypdf (pure Python,
several times slower): it reads the reporters' born-digital PDFs at hundreds of pages per second on
one core. The decoded document text is the pages' text (line breaks normalised to ``\\n``) joined
by form feeds, so page *k* of the PDF is the *k*-th form-feed-separated block and ``show`` can print
it. Encrypted, truncated and image-only PDFs are refused with one line (OCR is not in scope).
"""

from __future__ import annotations

import pypdfium2 as pdfium

from ...errors import InvalidDocument
from ...registry import parsers
from ..base import ParsedDocument, Parser, Source
from ..textutil import find_date
from ..transcript import TurnBuilder
from .us_court import STYLE, parse_pages, split_pages

__all__ = ["UsCourtPdf", "pdf_text"]


def pdf_text(data: bytes, name: str) -> tuple[str, int]:
    """The text layer of a PDF as one string (pages joined by form feeds) and its page count."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise InvalidDocument(name, "the PDF is encrypted (password protected)",
                                  fix="save an unencrypted copy first") from None
        raise InvalidDocument(name, "the PDF is damaged or truncated and cannot be read",
                              fix="download or export the PDF again") from None
    try:
        pages: list[str] = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                raw = textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
            pages.append(raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").rstrip("\n") + "\n")
    except pdfium.PdfiumError as exc:
        raise InvalidDocument(name, f"the PDF cannot be read past page {len(pages) + 1}: {exc}",
                              fix="download or export the PDF again") from None
    finally:
        pdf.close()
    count = len(pages)
    text = "\f".join(pages)
    if len("".join(text.split())) < max(20, 10 * count):  # characters that are not whitespace
        raise InvalidDocument(name, f"the PDF has no text layer ({count} pages of images)",
                              fix="run OCR first (not in scope of countertrial) and ingest the text")
    return text, count


@parsers.register("us_court_pdf.v1")
class UsCourtPdf(Parser):
    """US court reporter transcript PDF (text layer)."""

    name = "us_court_pdf.v1"
    binary = True
    description = "US court reporter transcript PDF with a text layer (pypdfium2)"
    sniff_max = 1.0

    def sniff_bytes(self, head: bytes, filename: str) -> float:
        return 1.0 if head.lstrip()[:5] == b"%PDF-" else 0.0

    def parse(self, source: Source) -> ParsedDocument:
        text, count = pdf_text(source.data, source.name)
        builder = TurnBuilder(text, STYLE)
        printed, headers = parse_pages(text, split_pages(text), builder)
        builder.close()
        return ParsedDocument(text=text, turns=builder.turns, pages=count, session_date=find_date(text[:4000]),
                              title=next(iter(headers.values()), ""),
                              meta={"printed_pages": printed, "running_headers": headers})
