"""The HTML report: self-contained, escaped, navigable, and faithful to the store."""

from __future__ import annotations

import json
from pathlib import Path

from countertrial.dates import parse_partial_date
from countertrial.model import Claim, Fact, Finding, Forecast, Person, Proceeding, Source
from countertrial.report import write_report
from countertrial.report.charts import metric_table, stance_chart, timeline
from countertrial.report.data import alleged_match, collect
from countertrial.store import Store

HOSTILE = '<script>alert("x")</script>'


def _case(store: Store) -> None:
    store.put([
        Proceeding(id="t1938", name="Trial <1938>", time=parse_partial_date("1938-03")),
        Person(id="krestinsky", name="Nikolay Krestinsky", notes=f"note {HOSTILE}"),
        Claim(id="c1", asserted_by="krestinsky", subject="krestinsky", act="plea", polarity="deny", modality="plea",
              quote=f"I plead not guilty {HOSTILE}", proceeding="t1938", stated_on="1938-03-02",
              time=parse_partial_date("1938-03-02"), source=Source(citation="scene.txt#3"),
              extra={"stance": "pleaded_not_guilty"}),
        Claim(id="c2", asserted_by="krestinsky", subject="krestinsky", act="plea", polarity="affirm", modality="plea",
              quote="I confirm my testimony", proceeding="t1938", stated_on="1938-03-03",
              time=parse_partial_date("1938-03-03"), extra={"stance": "reaffirmed"}),
        Claim(id="a1", asserted_by=None, subject="krestinsky", act="espionage", foreign_power="Germany",
              modality="accusation", proceeding="t1938", time=parse_partial_date("1921")),
        Fact(id="f1", subject="krestinsky", kind="post", place="Berlin", time=parse_partial_date("1925"),
             detail="envoy", sources=("javascript:alert(1)", "https://example.org/src")),
        Forecast(id="p1", person="krestinsky", act="serving", foreign_power="Germany", probability=0.4,
                 proceeding="t1938", model="logreg.v1", cutoff="1938-03-02",
                 precedents=({"text": f"precedent {HOSTILE}"},)),
    ])
    store.replace_findings("stance.v1", [Finding(
        id="fnd1", kind="repudiation", checker="stance.v1", explanation=f"Krestinsky withdrew {HOSTILE}",
        persons=("krestinsky",),
        evidence=({"type": "claim", "id": "c1", "role": "later", "quote": f"quote {HOSTILE}",
                   "source": {"citation": "scene.txt#3"}},))])


def test_source_text_is_escaped_everywhere(store: Store, tmp_path: Path) -> None:
    _case(store)
    files = write_report(store, tmp_path / "report.html", title=f"Case {HOSTILE}")
    html = files.html.read_text("utf-8")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    assert 'href="https://example.org/src"' in html


def test_report_is_self_contained_and_navigable(store: Store, tmp_path: Path) -> None:
    _case(store)
    files = write_report(store, tmp_path / "out" / "report.html")
    html = files.html.read_text("utf-8")
    for marker in ("<link", "src=", "@import", "url("):
        assert marker not in html, marker
    assert 'id="person-krestinsky"' in html and 'href="#person-krestinsky"' in html
    assert 'id="finding-fnd1"' in html and 'href="#finding-fnd1"' in html
    assert "<svg" in html
    twin = json.loads(files.json.read_text("utf-8"))
    assert twin["findings"][0]["id"] == "fnd1"
    assert files.json.name == "report.json"


def test_forecast_is_compared_with_what_was_alleged(store: Store) -> None:
    _case(store)
    data = collect(store)
    (row,) = [r for r in data["forecasts"] if r["id"] == "p1"]
    assert row["alleged"] is True
    alleged = [{"person": "x", "act": "espionage", "foreign_power": "Japan"}]
    assert alleged_match("x", "serving", "Japan", alleged)
    assert not alleged_match("x", "serving", "Germany", alleged)
    assert alleged_match("x", "espionage", None, alleged)
    assert not alleged_match("y", "espionage", None, alleged)


def test_charts_follow_the_dossier(store: Store) -> None:
    _case(store)
    (dossier,) = [d for d in collect(store)["dossiers"] if d["id"] == "krestinsky"]
    t = timeline(dossier, flagged={"c1"})
    assert t is not None
    assert {m["lane"] for m in t["marks"]} == {"record", "accusations", "stance"}
    assert any(m["flagged"] for m in t["marks"])
    s = stance_chart(dossier)
    assert s is not None
    assert [p["date"] for p in s["points"]] == ["1938-03-02", "1938-03-03"]
    assert s["points"][0]["y"] > s["points"][1]["y"]  # deny is drawn below admit
    assert timeline({**dossier, "facts": [], "claims": []}, set()) is None


def test_metric_table_reads_model_and_baselines() -> None:
    rows = metric_table({"model_name": "m.v1", "model": {"auc": 0.7, "n": 3},
                         "baselines": {"base_rate": {"auc": 0.5}}})
    assert [r["name"] for r in rows] == ["m.v1", "base_rate"]
    assert rows[0]["metrics"] == {"auc": 0.7, "n": 3.0}
