"""Who "the Accused" is: the one accused who speaks in the document (a turn whose role is
"accused", as a TEI cast list's role="accused" or a "THE ACCUSED:" label gives it). Before, "the
Accused met Major Nsabimana" gave no claim, and "Petrov said that the Accused had killed ..." gave
the killing to Petrov. The turns are written for the test after ICTR transcript turns."""

from __future__ import annotations

from pathlib import Path

import pytest

from countertrial.extract import extract_case, extract_text, get_extractor
from countertrial.extract.segment import Segment
from countertrial.model import Claim, Document, Turn
from countertrial.store import open_store


def _seg(text: str, accused: str | None) -> set[tuple[str | None, str, tuple[str, ...]]]:
    ext = get_extractor("rules", None, ())
    return {(c.subject, c.act, c.counterparts)
            for c in ext.extract([Segment(text, speaker="karegyesa", role="prosecutor", accused=accused)])}


def test_the_accused_is_the_documents_accused() -> None:
    assert ("kamali", "meeting", ("nsabimana",)) in _seg("The Accused met Major Nsabimana at the camp.", "kamali")
    assert ("kamali", "travel", ()) in _seg("Witness TAW saw that the accused went to Nyarubuye.", "kamali")
    assert ("kamali", "assassination", ("murefu",)) in _seg("Then the Appellant killed Murefu.", "kamali")


def test_with_no_accused_known_no_one_else_does_it() -> None:
    # unknown, "the Accused" is still a subject: the act is no one's, not the speaker's or the reporter's
    assert _seg("The Accused met Major Nsabimana at the camp.", None) == set()
    assert not any(s == "petrov" for s, _a, _c in _seg("Petrov said that the Accused had killed Nemeth.", None))


def test_a_name_after_the_title_is_the_person() -> None:
    # before: no claim ("the Accused Sylvestre Kamali" was taken for a noun's modifier)
    assert ("kamali", "travel", ()) in _seg("Later the Accused Sylvestre Kamali went to Nyarubuye.", None)
    assert {(c.subject, c.act) for c in extract_text("The Accused Sylvestre Kamali went to Nyarubuye.")} == {
        ("kamali", "travel")}


def test_extract_case_finds_the_accused_among_the_speakers(tmp_path: Path) -> None:
    st = open_store(tmp_path / "c.sqlite")
    scene = [("MR. KAREGYESA", "prosecutor", "On 10 April the Accused met Major Nsabimana at the camp."),
             ("SYLVESTRE KAMALI", "accused", "I did not meet Major Nsabimana that day.")]
    st.put([Document("doc1", "t.txt", "colon", kind="transcript", proceeding="p",
                     text="".join(f"{a}: {b}\n" for a, _r, b in scene))])
    st.put([Turn(f"doc1:{i}", "doc1", i, label, body, proceeding="p", session_date="2004-02-10", role=role)
            for i, (label, role, body) in enumerate(scene)])
    extract_case(st, workers=1)
    got = {(c.asserted_by, c.subject, c.act, c.polarity) for c in st.iter(Claim)}
    assert ("karegyesa", "kamali", "meeting", "affirm") in got
    assert ("kamali", "kamali", "meeting", "deny") in got
    st.close()


@pytest.mark.parametrize("kamali_role", ["witness", "judge"])
def test_no_accused_among_the_speakers(tmp_path: Path, kamali_role: str) -> None:
    st = open_store(tmp_path / "c.sqlite")
    scene = [("MR. KAREGYESA", "prosecutor", "On 10 April the Accused met Major Nsabimana at the camp."),
             ("SYLVESTRE KAMALI", kamali_role, "I did not meet Major Nsabimana that day.")]
    st.put([Document("doc1", "t.txt", "colon", kind="transcript", proceeding="p",
                     text="".join(f"{a}: {b}\n" for a, _r, b in scene))])
    st.put([Turn(f"doc1:{i}", "doc1", i, label, body, proceeding="p", session_date="2004-02-10", role=role)
            for i, (label, role, body) in enumerate(scene)])
    extract_case(st, workers=1)
    assert not any(c.asserted_by == "karegyesa" for c in st.iter(Claim))
    st.close()
