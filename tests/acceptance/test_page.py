"""The live page of sessionspec serve, in a real browser: Debian's Chromium, headless, driven
with Playwright."""

import json
import shutil
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

import sessionspec

START: dict[str, Any] = sessionspec.schema()["examples"][0]
TS: int = START["playerTime"]["ts"]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Whether the section of a session (its heading) says a text yet.
SAYS = "([where, text]) => document.querySelector(where)?.textContent.includes(text)"


def post(url: str, body: Any) -> Any:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )
    try:
        return urllib.request.urlopen(request, timeout=30)
    except urllib.error.HTTPError as refused:
        return refused


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright = pytest.importorskip("playwright.sync_api")
    if not shutil.which("chromium"):
        if __import__("os").environ.get("CI"):
            pytest.fail("the page is tested in Debian's Chromium in CI: apt-get install chromium")
        pytest.skip("Debian's chromium is not installed")
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield launched
        launched.close()


def test_the_page_shows_each_session_as_it_runs(browser: Any, tmp_path: Any) -> None:
    with sessionspec.serve() as api:
        page = browser.new_page()
        page.goto(api.url + "/")
        page.wait_for_selector("#status")
        location = post(api.url + "/api/v1/sessions", START).headers["Location"]
        events = f"{api.url}{location}/events"
        sid = location.rsplit("/", 1)[1]
        post(events, {"eventType": "play", "playerTime": {"playhead": 0, "ts": TS + 1}})
        post(events, {"eventType": "pause", "playerTime": {"playhead": 1, "ts": TS + 2}})
        section = page.wait_for_selector(f"[data-sid='{sid}']")
        page.wait_for_function(SAYS, arg=[f"[data-sid='{sid}']", "SS204"])
        text = section.text_content()
        assert "3 calls" in text
        assert "invalid" in text
        assert "call 2 · SS204 error /eventType" in text
        # Opened, it draws the timeline and lists the calls.
        page.click(f"[data-sid='{sid}'] h2")
        timeline = page.wait_for_selector(f"[data-sid='{sid}'] pre.timeline")
        assert timeline.text_content().startswith(f"session {sid}")
        assert "content" in timeline.text_content()
        # A call made while the page is open shows without a reload.
        post(events, {"eventType": "sessionEnd", "playerTime": {"playhead": 1, "ts": TS + 3}})
        page.wait_for_function(SAYS, arg=[f"[data-sid='{sid}'] h2", "4 calls"])
        assert "closed" in page.text_content(f"[data-sid='{sid}'] h2")
        page.screenshot(path=str(tmp_path / "page.png"), full_page=True)

        assert (tmp_path / "page.png").stat().st_size > 1000
        page.close()


def test_a_body_is_shown_as_text_never_as_markup(browser: Any) -> None:
    with sessionspec.serve() as api:
        hostile = {**START, "eventType": "<img src=x onerror=window.hacked=1>"}
        post(api.url + "/api/v1/sessions", hostile)
        page = browser.new_page()
        page.goto(api.url + "/")
        page.wait_for_selector(".session")
        page.wait_for_function("document.querySelector('.session').textContent.includes('<img')")
        assert page.evaluate("window.hacked") is None
        assert page.query_selector(".session img") is None
        page.close()
