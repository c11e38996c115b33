"""Counsel's speech is not evidence: a prosecutor's turn accuses, other counsel argue, and
counsel's own doings are never a confession. TEI ``<person role=...>`` gives the side."""

from __future__ import annotations

from countertrial.extract import get_extractor
from countertrial.extract.segment import Segment
from countertrial.ingest import parse_bytes
from countertrial.model import Claim
from countertrial.resolve.speakers import role_for_label


def _claims(text: str, role: str | None, speaker: str | None = "karegyesa") -> list[Claim]:
    ext = get_extractor("rules", None, ())
    return list(ext.extract([Segment(text, speaker=speaker, role=role)]))


def test_prosecutor_accuses_counsel_argues_witness_testifies() -> None:
    text = "Gacumbitsi met Major Nsabimana at the camp on 12 April 1994."
    by_role = {role: {(c.subject, c.act, c.modality) for c in _claims(text, role)}
               for role in ("prosecutor", "counsel", "witness")}
    assert by_role["prosecutor"] == {("gacumbitsi", "meeting", "accusation")}
    assert by_role["counsel"] == {("gacumbitsi", "meeting", "argument")}
    assert by_role["witness"] == {("gacumbitsi", "meeting", "testimony")}


def test_counsels_own_doings_are_argument_not_confession() -> None:
    # A witness's own instruction-giving is a confession; counsel's is not (before: confession).
    text = "I ordered the men to burn the houses in Nyarubuye."
    assert {c.modality for c in _claims(text, "witness", "tas")} == {"confession"}
    assert {c.modality for c in _claims(text, "counsel", "kouengoua")} == {"argument"}
    assert {c.modality for c in _claims(text, "prosecutor")} == {"argument"}


def test_prosecutor_labels_have_the_prosecutor_role() -> None:
    assert role_for_label("THE PROSECUTOR") == "prosecutor"
    assert role_for_label("MR. PROSECUTOR") == "prosecutor"
    assert role_for_label("MR. KAREGYESA") == "counsel"


_TEI = b"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<sourceDesc><p>s</p></sourceDesc></fileDesc><profileDesc><particDesc><listPerson>
<person xml:id="mr-k" role="lawyer prosecution" sex="MALE"><persName>MR. K</persName></person>
<person role="lawyer defense" xml:id="ms-m"><persName>MS. M</persName></person>
<person xml:id="mr-o" role="registrar"><persName>MR. O</persName></person>
</listPerson></particDesc></profileDesc></teiHeader>
<text><body><div type="scene"><head>28 JULY 2003 TRIAL</head>
<sp who="#mr-k"><speaker>MR. K:</speaker><p>He met the mayor.</p></sp>
<sp who="#ms-m"><speaker>MS. M:</speaker><p>He never met the mayor.</p></sp>
<sp who="#mr-o"><speaker>MR. O:</speaker><p>The session is open.</p></sp>
</div></body></text></TEI>
"""


def test_tei_person_roles_are_read_whatever_the_attribute_order() -> None:
    # The role= after xml:id was skipped by the old pattern: every "MR." counsel was "counsel".
    _, parsed, _ = parse_bytes(_TEI, "day.xml")
    roles = {d.speaker_label: d.role for d in parsed.turns if d.speaker_label}
    assert roles == {"MR. K": "prosecutor", "MS. M": "counsel", "MR. O": "clerk"}


def test_counsel_unnamed_still_argues() -> None:
    """A "Q" turn whose examiner the transcript never names is still counsel's (before: statement)."""
    text = "And Pelemis previously had issued orders that you should search the mine."
    assert {c.modality for c in _claims(text, "counsel", None)} == {"argument"}
    assert {c.modality for c in _claims(text, None, None)} == {"statement"}
