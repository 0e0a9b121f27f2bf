"""The optional rewording step, against a stand-in OpenAI-compatible endpoint on loopback."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from kg.answer.rephrase import prompt, rephrase
from kg.answer.schema import Answer, EvidenceRecord, Resolution
from kg.errors import RephraseError

ANSWER = Answer(
    question="What did the panel resolve on CAMHS?", answerable=True,
    answer="Minute D17 resolved: That a representative from the CAMHS be invited to the next meeting. [p.txt:297-297]",
    resolutions=[Resolution("That a representative from the CAMHS be invited to the next meeting.", "Panel",
                            "2016-09-27", "D17", "p.txt", [297, 297])],
    evidence=[EvidenceRecord("p.txt", [287, 297], "(2) That a representative from the CAMHS be invited.", 1.0,
                             "node", None, None)],
)


class ChatEndpoint(BaseHTTPRequestHandler):
    """Records the request and answers like /v1/chat/completions."""

    received: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        ChatEndpoint.received.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
        reply = {"choices": [{"message": {"role": "assistant", "content": " The panel asked CAMHS to attend. [p.txt:297-297] "}}]}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def endpoint():
    server = HTTPServer(("127.0.0.1", 0), ChatEndpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    ChatEndpoint.received.clear()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()


def test_the_model_gets_the_cited_answer_and_only_rewords_it(endpoint):
    env = {"KG_LLM_URL": endpoint, "KG_LLM_MODEL": "local-model", "KG_LLM_API_KEY": "secret"}
    assert rephrase(ANSWER, env) == "The panel asked CAMHS to attend. [p.txt:297-297]"
    (request,) = ChatEndpoint.received
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer secret"
    assert request["body"]["model"] == "local-model" and request["body"]["temperature"] == 0
    system, user = request["body"]["messages"]
    assert "Keep every citation" in system["content"] and "Do not add" in system["content"]
    assert user["content"] == prompt(ANSWER)
    assert "[p.txt:297-297] (minute D17, Panel, 2016-09-27)" in user["content"]
    assert "[p.txt:287-297] (2) That a representative" in user["content"]


def test_an_unset_or_unreachable_endpoint_is_one_clear_error():
    with pytest.raises(RephraseError, match="set KG_LLM_URL"):
        rephrase(ANSWER, {})
    with pytest.raises(RephraseError, match=r"^http://127\.0\.0\.1:9/v1: "):
        rephrase(ANSWER, {"KG_LLM_URL": "http://127.0.0.1:9/v1"})


def test_kg_ask_rephrase_prints_the_rewording_beside_the_cited_answer(built_kg, endpoint, monkeypatch):
    from typer.testing import CliRunner

    from kg.cli import app

    monkeypatch.setenv("KG_LLM_URL", endpoint)
    result = CliRunner().invoke(app, ["ask", "what did the panel resolve on CAMHS transition", "--rephrase", "--json",
                                      "--store", str(built_kg.store.root)])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["rephrased"] == "The panel asked CAMHS to attend. [p.txt:297-297]"
    assert answer["resolutions"] and answer["answer"].startswith("Minute ")   # the extractive answer stays
    monkeypatch.setenv("KG_LLM_URL", "http://127.0.0.1:9/v1")
    failed = CliRunner().invoke(app, ["ask", "what did the panel resolve on CAMHS transition", "--rephrase",
                                      "--store", str(built_kg.store.root)])
    assert failed.exit_code == 1 and "http://127.0.0.1:9/v1" in failed.output
