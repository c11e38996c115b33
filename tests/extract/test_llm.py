"""The optional LLM extractor against a fake OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from countertrial.errors import UsageError
from countertrial.extract import extract_text

REPLY = {"claims": [{"subject": "I", "act": "meeting", "counterparts": ["Sedov"], "foreign_power": None,
                     "place": "Copenhagen", "time": "in November 1932", "polarity": "affirm",
                     "modality": "testimony", "quote": "I met Sedov in Copenhagen in November 1932."}]}


class _Fake(BaseHTTPRequestHandler):
    seen: list[dict[str, Any]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Fake.seen.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        out = json.dumps({"choices": [{"message": {"role": "assistant", "content": json.dumps(REPLY)}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def fake_llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    server = HTTPServer(("127.0.0.1", 0), _Fake)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Fake.seen = []
    monkeypatch.setenv("COUNTERTRIAL_LLM_URL", f"http://127.0.0.1:{server.server_port}/v1")
    monkeypatch.setenv("COUNTERTRIAL_LLM_MODEL", "fake-model")
    monkeypatch.setenv("COUNTERTRIAL_LLM_KEY", "secret")
    try:
        yield _Fake.seen
    finally:
        server.shutdown()
        server.server_close()


def test_llm_claims_are_resolved_and_marked(fake_llm: list[dict[str, Any]]) -> None:
    text = "HOLTZMAN: I met Sedov in Copenhagen in November 1932."
    claims = extract_text(text, extractor="llm", stated_on="1936-08-20")
    assert len(claims) == 1
    c = claims[0]
    assert (c.extractor, c.asserted_by, c.subject, c.counterparts) == ("llm.v1", "holtzman", "holtzman", ("sedov",))
    assert (c.place, c.country, c.time.iso(), c.extra["model"]) == ("Copenhagen", "Denmark", "1932-11", "fake-model")
    assert text[c.source.char_start:c.source.char_end] == c.quote  # type: ignore[misc]
    assert fake_llm[0]["path"] == "/v1/chat/completions" and fake_llm[0]["auth"] == "Bearer secret"
    assert fake_llm[0]["body"]["model"] == "fake-model"


def test_llm_is_off_unless_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COUNTERTRIAL_LLM_URL", raising=False)
    with pytest.raises(UsageError, match="COUNTERTRIAL_LLM_URL"):
        extract_text("A: text", extractor="llm")
