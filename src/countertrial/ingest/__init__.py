"""The ingest stage: transcripts in many formats → speaker turns with exact provenance.

``ingest_paths(store, paths, format=None, proceeding=None, progress=None) -> IngestReport``.
One parser per format lives in :mod:`countertrial.ingest.formats` and registers itself in
:data:`countertrial.registry.parsers`; see ``docs/formats.md``.
"""

from __future__ import annotations

from .pipeline import (
    DEFAULT_MAX_BYTES,
    FileResult,
    IngestReport,
    expand_paths,
    ingest_bytes,
    ingest_paths,
    parse_bytes,
)
from . import stream
from .provenance import citation, document_window, source_lines, source_text, turn_source_text

__all__ = ["ingest_paths", "ingest_bytes", "parse_bytes", "IngestReport", "FileResult", "expand_paths",
           "DEFAULT_MAX_BYTES", "source_text", "turn_source_text", "citation", "source_lines", "document_window",
           "stream"]
