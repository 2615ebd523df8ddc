"""Ten browser sessions at once against one server, for a bounded time: zero errors."""

import time

import pytest

from tests.e2e.harness import LOADED

pytestmark = pytest.mark.browser

SESSIONS = 10
SECONDS = 12
PATHS = ["/", "/trade", "/energy", "/tourism", "/fact-check"]


def test_ten_sessions_browse_at_once_without_errors(server, browser):
    contexts = [
        browser.new_context(viewport={"width": 1200, "height": 900}) for _ in range(SESSIONS)
    ]
    pages = [context.new_page() for context in contexts]
    errors: list[str] = []
    for page in pages:
        page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        # Start every navigation before waiting for any, so the server serves them together.
        for index, page in enumerate(pages):
            page.evaluate(f"location.href = {server + PATHS[index % len(PATHS)]!r}")
        rounds = 0
        deadline = time.monotonic() + SECONDS
        while time.monotonic() < deadline:
            for index, page in enumerate(pages):
                page.wait_for_selector("[data-testid='stMain'] h1", timeout=60_000)
                page.wait_for_selector(LOADED, timeout=60_000)
                assert page.locator("[data-testid='stException']").count() == 0
                target = PATHS[(index + rounds + 1) % len(PATHS)]
                page.evaluate(f"location.href = {server + target!r}")
            rounds += 1
        for page in pages:
            page.wait_for_selector("[data-testid='stMain'] h1", timeout=60_000)
            page.wait_for_selector(LOADED, timeout=60_000)
            assert page.locator("[data-testid='stException']").count() == 0
        assert rounds >= 1
        assert errors == []
    finally:
        for context in contexts:
            context.close()
