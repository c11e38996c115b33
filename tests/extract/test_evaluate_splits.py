"""Every ``heldoutN.jsonl`` beside the gold file is a split of the evaluator: found in the order
of its number, scored by default after dev and test, and accepted by ``--split``."""

from __future__ import annotations

from pathlib import Path

import pytest

from countertrial.extract import evaluate as ev


def _gold_dir(tmp_path: Path) -> Path:
    gold = tmp_path / "claims.jsonl"
    gold.write_text("", encoding="utf-8")
    for name in ("heldout10.jsonl", "heldout2.jsonl", "heldout3.jsonl", "notes.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    return gold


def test_heldout_files_are_found_in_number_order(tmp_path: Path) -> None:
    gold = _gold_dir(tmp_path)
    assert list(ev.heldout_files(gold)) == ["heldout2", "heldout3", "heldout10"]


def test_the_repository_gold_has_heldout2_and_heldout3() -> None:
    held = ev.heldout_files(ev.default_gold())
    assert {"heldout2", "heldout3"} <= set(held)


def test_default_run_scores_every_heldout_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold_dir(tmp_path)
    seen: list[str] = []

    def fake(g: Path | None = None, *, split: str = "all", extractor: str = "rules") -> ev.Report:
        seen.append(split)
        return ev.Report(split)

    monkeypatch.setattr(ev, "evaluate", fake)
    assert ev.main(["--gold", str(gold)]) == 0
    assert seen == ["dev", "test", "heldout2", "heldout3", "heldout10"]
    seen.clear()
    assert ev.main(["--gold", str(gold), "--split", "heldout3"]) == 0
    assert seen == ["heldout3"]
    assert "split heldout3: 0 items" in capsys.readouterr().out


def test_unknown_split_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold_dir(tmp_path)
    with pytest.raises(SystemExit) as e:
        ev.main(["--gold", str(gold), "--split", "heldout9"])
    assert e.value.code == 2
    assert "heldout3" in capsys.readouterr().err


def test_a_heldout_split_reads_its_own_file(tmp_path: Path) -> None:
    gold = _gold_dir(tmp_path)
    (tmp_path / "heldout3.jsonl").write_text(
        '{"id": "x-01", "split": "heldout3", "stated_on": null, "asserted_by": null, "text": "Nothing here.", '
        '"claims": []}\n', encoding="utf-8")
    assert ev.evaluate(gold, split="heldout3").items == 1
    assert ev.evaluate(gold, split="heldout2").items == 0


def test_an_unknown_extractor_is_one_line_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main(["--extractor", "nosuch", "--split", "dev"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error CT301: no extractor named 'nosuch'") and "\n" not in err
