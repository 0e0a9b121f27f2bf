"""Fixtures of the web tests: the app over the session stores of tests/conftest.py (graph only for
pages, SPARQL and the API; with the index for answers), a live uvicorn server on a free loopback
port and a headless Debian chromium driven by Playwright."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture(scope="session")
def graph_client(graph_kg):
    """A TestClient over the graph-only store (no search index: /api/ask answers 503)."""
    from fastapi.testclient import TestClient

    from kg.web.app import create_app

    with TestClient(create_app(graph_kg)) as client:
        yield client


@pytest.fixture(scope="session")
def answer_client(built_kg):
    from fastapi.testclient import TestClient

    from kg.web.app import create_app

    with TestClient(create_app(built_kg)) as client:
        yield client


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(built_kg):
    """`kg serve`'s app on uvicorn in a thread, on a free loopback port; yields its base URL."""
    import uvicorn

    from kg.web.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(built_kg), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
