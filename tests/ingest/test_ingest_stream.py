"""Files over the size limit: line formats are streamed block by block with the same turns as a
whole-file parse, memory that does not grow with the file, and ``show`` re-reading the source."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from countertrial.ingest import ingest_paths, source_lines, stream, turn_source_text
from countertrial.model import Document, Turn
from countertrial.store import open_store

SOURCES = "corpora/genocor/transcripts/sources"
STREAMED = [f"{SOURCES}/YUG-Popovic/IT-05-88-36.txt",  # ASCII, LF
            f"{SOURCES}/YUG-Mladic/IT-09-92-100.txt",  # UTF-16LE + BOM, CRLF
            "corpora/ferguson-grand-jury/files/VOLUME II.txt"]


def _turns(store_path: str, path: Path, **kw: int) -> tuple[list[dict[str, object]], Document]:
    store = open_store(store_path)
    report = ingest_paths(store, [path], **kw)
    assert report.ok, [e.one_line() for e in report.errors]
    turns = [t.to_dict() for t in store.list(Turn, order_by="seq")]
    doc = store.list(Document)[0]
    store.close()
    return turns, doc


@pytest.mark.shared
@pytest.mark.parametrize("rel", STREAMED)
def test_streamed_turns_are_the_whole_file_turns(rel: str, shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = shared_dir / rel
    whole, whole_doc = _turns(":memory:", path)
    monkeypatch.setattr(stream, "BLOCK_BYTES", 20_000)  # many blocks, turns open across them
    streamed, doc = _turns(":memory:", path, max_bytes=1024)
    assert streamed == whole
    assert doc.text == "" and len(doc.extra["streamed"]["checkpoints"]) > 5
    assert (doc.pages, doc.title, doc.session_date) == (whole_doc.pages, whole_doc.title, whole_doc.session_date)
    for row in streamed[::37]:
        turn = Turn.from_dict(row)
        assert turn_source_text(doc, turn) == turn.text
        assert source_lines(doc, turn, 1) == source_lines(whole_doc, turn, 1)


def test_formats_that_need_the_whole_file_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.xml"
    path.write_bytes(b'<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
                     + b'<sp who="#a"><speaker>A:</speaker><p>words</p></sp>\n' * 2000 + b"</body></text></TEI>\n")
    store = open_store(":memory:")
    report = ingest_paths(store, [path], max_bytes=1024)
    assert report.failed == 1 and "over the 0 MiB limit" in report.errors[0].one_line()
    assert "xml_speech.v1 needs the whole file" in report.errors[0].one_line()
    assert store.count(Document) == 0 and store.count(Turn) == 0


_PAGE = "".join(f"{n:2d}             MR. DOE:  Line {n} of the page, with a few more words to read.\n"
                if n % 5 == 1 else f"{n:2d}     and the answer runs on over line {n} of the printed page here.\n"
                for n in range(1, 26)) + "\n"

_MEASURE = """
import json, resource, sys
from countertrial.ingest import ingest_paths, stream
from countertrial.store import open_store
stream.BLOCK_BYTES = 1 << 16
store = open_store(sys.argv[2])
report = ingest_paths(store, [sys.argv[1]], max_bytes=1 << 20)
store.close()
try:  # this process image's peak RSS (getrusage's ru_maxrss keeps the forking parent's across exec)
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"turns": report.turns, "failed": report.failed, "rss_kib": peak}))
"""


def _peak(tmp_path: Path, pages: int) -> dict[str, int]:
    path = tmp_path / f"day-{pages}.txt"
    path.write_text(_PAGE * pages, encoding="ascii")
    out = subprocess.run([sys.executable, "-c", _MEASURE, str(path), str(tmp_path / f"case-{pages}.sqlite")],
                         capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout))


def test_streamed_ingest_memory_does_not_grow_with_file_size(tmp_path: Path) -> None:
    """Peak RSS of a whole ingest (parse, turns, SQLite writes) for a 0.9 MB and a 2.6 MB ICTY-like
    file over the (lowered) limit: the bigger file needs almost no more memory."""
    small, big = _peak(tmp_path, 500), _peak(tmp_path, 1500)
    assert small["failed"] == big["failed"] == 0 and big["turns"] == 3 * small["turns"]
    assert big["rss_kib"] - small["rss_kib"] < 2048, (small, big)
