"""Optional: have a language model reword an extractive answer, from its cited evidence only.

Off by default and never needed: ``kg ask`` answers without it. When asked for (``kg ask --rephrase``
or ``KnowledgeGraph.ask(..., rephrase=True)``) the answer, its resolutions and evidence go to any
OpenAI-compatible chat endpoint the user configures, with the instruction to reword, keep every
``[file:lines]`` citation and add nothing. The extractive answer and the evidence stay in the result
beside the rewording, so a reader can always check it.

Configuration, from the environment:
    KG_LLM_URL      base URL of the endpoint, e.g. http://localhost:8000/v1 (required)
    KG_LLM_MODEL    model name to ask for (default: "default")
    KG_LLM_API_KEY  bearer token, if the endpoint wants one
"""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.request

from kg.answer.schema import Answer
from kg.errors import RephraseError

TIMEOUT_SECONDS = 60
EVIDENCE_CHARS = 6000   # of evidence text sent along; the answer and resolutions go whole
INSTRUCTION = (
    "You reword answers about local-government meeting papers. Use only the answer and evidence given. "
    "Keep every citation in square brackets exactly as written, next to the fact it supports. Do not add "
    "facts, opinions or sources. If the evidence does not answer the question, say so."
)


def rephrase(answer: Answer, env: dict[str, str] | None = None) -> str:
    """The model's rewording of ``answer``."""
    env = os.environ if env is None else env
    url = env.get("KG_LLM_URL")
    if not url:
        raise RephraseError("set KG_LLM_URL to an OpenAI-compatible endpoint (e.g. http://localhost:8000/v1)")
    body = {"model": env.get("KG_LLM_MODEL", "default"), "temperature": 0,
            "messages": [{"role": "system", "content": INSTRUCTION},
                         {"role": "user", "content": prompt(answer)}]}
    request = urllib.request.Request(url.rstrip("/") + "/chat/completions", data=json.dumps(body).encode("utf-8"),
                                     headers={"Content-Type": "application/json"})
    if env.get("KG_LLM_API_KEY"):
        request.add_header("Authorization", f"Bearer {env['KG_LLM_API_KEY']}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            reply = json.loads(response.read().decode("utf-8"))
        return str(reply["choices"][0]["message"]["content"]).strip()
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise RephraseError(f"{url}: {getattr(exc, 'reason', exc)}") from None
    except (ValueError, KeyError, IndexError, TypeError):
        raise RephraseError(f"{url}: the reply is not an OpenAI-style chat completion") from None


def prompt(answer: Answer) -> str:
    """The question, the extractive answer and the cited evidence, as the model sees them."""
    evidence, used = [], 0
    for ev in answer.evidence:
        text = ev.text[:max(0, EVIDENCE_CHARS - used)]
        if not text:
            break
        used += len(text)
        evidence.append(f"[{ev.source}:{ev.lines[0]}-{ev.lines[1]}] {text}")
    resolutions = [f"{r.text} [{r.source}:{r.lines[0]}-{r.lines[1]}] (minute {r.minute}, {r.body}, {r.date})"
                   for r in answer.resolutions]
    return "\n\n".join([f"Question: {answer.question}", f"Answer: {answer.answer}",
                        "Resolutions:\n" + ("\n".join(resolutions) or "none"),
                        "Evidence:\n" + "\n".join(evidence)])
