"""Bad input: each gets one clear InvalidDocument line, nothing crashes, the batch goes on."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from countertrial.errors import InvalidDocument
from countertrial.ingest import ingest_paths, parse_bytes
from countertrial.model import Document, Turn
from countertrial.store import Store

DIALOGUE = b"VYSHINSKY: Did you meet him in Copenhagen?\nHOLTZMAN: Yes, at the Hotel Bristol.\n"


def _error(data: bytes, name: str = "bad.txt", **kw: str) -> InvalidDocument:
    with pytest.raises(InvalidDocument) as info:
        parse_bytes(data, name, **kw)
    line = info.value.one_line()
    assert "\n" not in line and name in line
    return info.value


def test_binary_file() -> None:
    assert "binary" in str(_error(bytes(range(256)) * 40, "blob.bin"))


def test_empty_file() -> None:
    assert "empty" in str(_error(b"", "empty.txt"))
    assert "empty" in str(_error(b"  \n\n ", "blank.txt"))


def _pdf_bytes(with_text: bool) -> bytes:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(612, 792)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    return buf.getvalue()


def test_pdf_without_text_layer() -> None:
    err = _error(_pdf_bytes(False), "scan.pdf")
    assert "no text layer" in str(err) and "OCR" in str(err)


def test_truncated_pdf(shared_dir: Path) -> None:
    data = (shared_dir / "corpora/ny-trump-trial/kewklw/pdf/5-13-2024.pdf").read_bytes()
    err = _error(data[: len(data) // 3], "cut.pdf")
    assert "damaged or truncated" in str(err) or "cannot be read" in str(err)


def test_encrypted_pdf_is_refused_clearly() -> None:
    """A real password-protected PDF (tests/fixtures/ingest/encrypted.pdf: one page of a shared
    corpus transcript, encrypted RC4-128 with pypdf 7.1.1, user password 'secret')."""
    data = (Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "encrypted.pdf").read_bytes()
    err = _error(data, "locked.pdf")
    assert "the PDF is encrypted (password protected)" in str(err)
    assert pdfium.PdfDocument(data, password="secret")[0].get_textpage().get_text_range().strip()  # it has text


def test_xml_bomb_is_refused_without_expansion() -> None:
    bomb = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
            + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                       for i in range(1, 10))
            + b']>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><sp who="#a"><p>&lol9;</p></sp></body></text></TEI>')
    tracemalloc.start()
    err = _error(bomb, "bomb.xml")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "entity" in str(err).lower() and peak < 20 * 1024 * 1024


def test_invalid_utf8_mid_file_names_the_line() -> None:
    data = "NAME: café ok\n".encode() * 5 + b"NAME: broken \xff\xfe here\n" + DIALOGUE
    err = _error(data, "broken.txt")
    assert err.line == 6 and "UTF-8" in str(err)


def test_cp1252_is_not_mistaken_for_broken_utf8() -> None:
    _, parsed, encoding = parse_bytes("VYSHINSKY: Caf\u00e9 \u2013 yes.\nHOLTZMAN: No.\n".encode("cp1252"), "x.txt")
    assert encoding == "cp1252" and "Café – yes." in parsed.text


def test_label_less_wall_of_text() -> None:
    wall = (b"it was a long time ago and nobody remembers who said what or when it was said " * 400).strip()
    err = _error(wall, "wall.txt")
    assert "format not recognised" in str(err) and "--format" in str(err)
    err = _error(wall, "wall.txt", format="dialogue.v1")
    assert "no speaker turns" in str(err)


def test_huge_file_of_a_whole_file_format_is_refused_without_reading_it(tmp_path: Path, store: Store) -> None:
    big = tmp_path / "huge.xml"
    with big.open("wb") as f:
        f.write(b'<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>\n'
                + b'<sp who="#a"><speaker>A:</speaker><p>Words.</p></sp>\n' * 2000)  # a real 100 KB head
        f.truncate(500 * 1024 * 1024)  # sparse: 500 MB on paper, no disk used
    tracemalloc.start()
    report = ingest_paths(store, [big])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert report.failed == 1 and "over the 64 MiB limit" in report.errors[0].one_line()
    assert "xml_speech.v1 needs the whole file" in report.errors[0].one_line()
    assert peak < 10 * 1024 * 1024


def test_huge_binary_file_is_refused_from_its_head(tmp_path: Path, store: Store) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.write(DIALOGUE)
        f.truncate(500 * 1024 * 1024)  # sparse, mostly NUL bytes
    report = ingest_paths(store, [big])
    assert report.failed == 1 and "binary file" in report.errors[0].one_line()


def test_streamed_hash_memory_does_not_grow_with_size(tmp_path: Path, store: Store) -> None:
    """Below the limit a file is hashed in chunks before it is read whole; a known hash is skipped
    without reading the file into memory at all."""
    path = tmp_path / "d.txt"
    path.write_bytes(DIALOGUE + b"VYSHINSKY: " + b"word " * 2_000_000 + b"\n")
    assert ingest_paths(store, [path]).ingested == 1
    tracemalloc.start()
    again = ingest_paths(store, [path])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert again.skipped == 1 and peak < 4 * 1024 * 1024


def test_one_bad_file_never_stops_the_batch(tmp_path: Path, store: Store) -> None:
    (tmp_path / "a.txt").write_bytes(DIALOGUE)
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(DIALOGUE.replace(b"Copenhagen", b"Oslo"))
    report = ingest_paths(store, [tmp_path, tmp_path / "missing.txt"])
    assert (report.ingested, report.failed) == (2, 3)
    assert {Path(e.where).name for e in report.errors} == {"b.bin", "c.txt", "missing.txt"}


def test_interrupted_document_leaves_nothing_and_rerun_completes(tmp_path: Path, store: Store,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(DIALOGUE)
    real_put = store.put
    calls = {"n": 0}

    def failing_put(records: object) -> int:
        calls["n"] += 1
        if calls["n"] == 2:  # the turns, after the document row was written
            raise KeyboardInterrupt
        return real_put(records)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "put", failing_put)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(store, [path])
    monkeypatch.setattr(store, "put", real_put)
    assert store.count(Document) == 0 and store.count(Turn) == 0
    report = ingest_paths(store, [path])
    assert report.ingested == 1 and store.count(Turn) == 2
