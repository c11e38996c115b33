"""`countertrial demo` end to end: the reference case goes through the real stages and the
findings the Dewey Commission made by hand come out of the pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from countertrial.cli import main
from countertrial.demo import DemoResult, StageStatus, run_demo
from countertrial.model import Claim, Document, Finding, Forecast, Turn
from countertrial.store import Store, open_store

TRIAL_1938 = "moscow_1938_bloc_of_rights_and_trotskyites"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    return run_demo(tmp_path_factory.mktemp("demo"))


def _stage(result: DemoResult, name: str) -> StageStatus:
    (status,) = [s for s in result.stages if s.stage == name]
    assert status.ok, status.error
    return status


def _findings(result: DemoResult) -> list[Finding]:
    with open_store(result.case_dir) as store:
        return [f for f in store.iter(Finding) if not f.stale]


def test_demo_builds_the_case_and_writes_the_report(demo: DemoResult) -> None:
    result = demo
    assert result.ok, [s.error for s in result.stages if not s.ok]
    _stage(result, "record")
    assert result.report is not None and result.report.is_file()
    assert result.report_json is not None and result.report_json.is_file()
    html = result.report.read_text("utf-8")
    assert 'id="person-krestinsky"' in html and "<script" not in html


def test_scenes_go_through_ingest(demo: DemoResult) -> None:
    result = demo
    _stage(result, "ingest")
    with open_store(result.case_dir) as store:
        docs = store.list(Document)
        assert len(docs) == 7
        pleas = next(d for d in docs if d.path.endswith("1938-03-02-morning-pleas.txt"))
        assert pleas.session_date == "1938-03-02"
        turns = store.list(Turn, order_by="seq", document=pleas.id)
        krestinsky = [t for t in turns if t.person == "krestinsky"]
        assert krestinsky and "not guilty" in krestinsky[0].text
        assert any(t.person == "ulrich" for t in turns)


def test_krestinsky_repudiation_and_reaffirmation(demo: DemoResult) -> None:
    result = demo
    _stage(result, "check")
    found = [f for f in _findings(result) if "krestinsky" in f.persons]
    kinds = {f.kind for f in found}
    assert {"repudiation", "reaffirmation"} <= kinds
    reaffirmations = [f for f in found if f.kind == "reaffirmation"]
    assert any({"1938-03-02", "1938-03-03"} <= {e.get("stated_on") for e in f.evidence} for f in reaffirmations)
    for f in found:
        assert all(e.get("quote") for e in f.evidence if e.get("type") == "claim"), f.id
    # "Do you plead guilty?" / "I plead not guilty." is a plea of not guilty, not a guilty plea denied
    assert "pleaded guilty on 2 March 1938" not in result.text()


def test_bristol_kjeller_and_sedov_are_flagged(demo: DemoResult) -> None:
    result = demo
    _stage(result, "check")
    found = _findings(result)
    bristol = [f for f in found if f.kind == "place_did_not_exist" and "holtzman" in f.persons]
    assert bristol and any("1917" in f.explanation for f in bristol)
    kjeller = [f for f in found if f.kind == "impossible_travel" and "pyatakov" in f.persons]
    assert kjeller and any("Kjeller" in f.explanation for f in kjeller)
    sedov = [f for f in found if f.kind == "person_elsewhere" and "sedov" in f.persons]
    assert sedov and any("Copenhagen" in f.explanation for f in sedov)


def test_forecast_learned_before_the_1938_trial(demo: DemoResult) -> None:
    result = demo
    _stage(result, "forecast")
    with open_store(result.case_dir) as store:
        forecasts = [f for f in store.iter(Forecast, proceeding=TRIAL_1938) if not f.model.startswith("human:")]
        assert forecasts
        assert all(f.cutoff is not None and f.cutoff <= "1938-03-02" for f in forecasts)
    summary = result.summary
    assert summary["backtest"] and "baselines" in summary["backtest"]
    rakovsky = [r for r in summary["forecast"]["rows"] if r["person"] == "rakovsky"]
    assert rakovsky and rakovsky[0]["foreign_power"] == "Japan" and rakovsky[0]["alleged"] is True


def test_summary_prints_what_the_store_holds(demo: DemoResult) -> None:
    result = demo
    _stage(result, "check")
    text = result.text()
    for needle in ("Krestinsky", "1938-03-02", "1938-03-03", "Hotel Bristol", "Kjeller", "Sedov"):
        assert needle in text
    for headline in result.summary["headlines"]:
        assert headline["findings"], headline["title"]


def test_extractor_reads_the_scenes(demo: DemoResult) -> None:
    result = demo
    _stage(result, "extract")
    with open_store(result.case_dir) as store:
        extracted = [c for c in store.iter(Claim, asserted_by="krestinsky") if c.extractor != "record.v1"]
    assert any(c.polarity == "deny" and c.stated_on == "1938-03-02" for c in extracted)
    assert any(c.polarity == "affirm" and c.stated_on == "1938-03-03" for c in extracted)


def test_report_command(demo: DemoResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = demo
    out = tmp_path / "r.html"
    assert main(["report", "--case", str(result.case_dir), "--out", str(out)]) == 0
    assert out.is_file() and (tmp_path / "r.json").is_file()
    assert "wrote" in capsys.readouterr().out


def test_seed_ingested_as_article(shared_dir: Path, store: Store) -> None:
    from countertrial.ingest import ingest_paths

    seed = shared_dir / "seed" / "krestinskys-repudiation-1938.txt"
    ingest_paths(store, [str(seed)], format="article")
    labels = [t.speaker_label.upper() for t in store.iter(Turn, order_by="seq")]
    assert "GOLDMAN" in labels and "TROTSKY" in labels
    assert labels.index("GOLDMAN") < labels.index("TROTSKY")


def test_readme_shows_what_the_demo_prints(demo: DemoResult) -> None:
    """The README's abridged demo output must stay true: its headline and finding lines are
    printed by the demo (up to the README's abridgements marked with an ellipsis)."""
    result = demo
    text = result.text()
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    block = readme.split("```")[3]
    checked = 0
    for line in block.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("Backtest"):
            continue
        head = stripped.split("…")[0].rstrip(" ,").split(" in demo-out/")[0]  # stage lines: counts, not times
        assert head in text, f"README line not in the demo output: {stripped}"
        checked += 1
    assert checked >= 8
