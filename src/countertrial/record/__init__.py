"""The documentary record: import (JSON / YAML / CSV in the documented record shape) and export."""

from __future__ import annotations

from .export import export_record
from .importer import ImportReport, import_record, load_record

__all__ = ["import_record", "export_record", "load_record", "ImportReport"]
