"""One module per input format; importing this package registers every parser."""

from __future__ import annotations

from . import captions, dialogue, grand_jury, ictr, icty, inquiry_rst, us_court, us_court_md, us_court_pdf, xml_speech  # noqa: F401

__all__: list[str] = []
