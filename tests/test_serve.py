"""`seedview serve` in headless Chromium: the page loads the app, a key pressed in the page
reaches it, and a screenshot shows it. Chromium is driven over its DevTools protocol with
aiohttp (textual-serve's own dependency), so no browser-automation package is needed."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from seedview.model.pipeline import analyze

CHROMIUM = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(check: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    port = _free_port()
    data = tmp_path / "data"
    env = {**os.environ, "SEEDVIEW_DATA_DIR": str(data)}
    server = subprocess.Popen(
        [sys.executable, "-m", "seedview.tui", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(lambda: _listening(port), 30, "seedview serve to listen")
        yield port, data
    finally:
        server.terminate()
        server.wait(timeout=10)


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


class DevTools:
    """The few DevTools calls the test needs, over one page's websocket."""

    def __init__(self, socket_: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket_
        self.next_id = 0

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        await self.socket.send_json({"id": self.next_id, "method": method, "params": params})
        while True:
            message = json.loads((await self.socket.receive()).data)
            if message.get("id") == self.next_id:
                return dict(message.get("result", {}))

    async def press(self, key: str) -> None:
        for kind in ("keyDown", "keyUp"):
            await self.call(
                "Input.dispatchKeyEvent", type=kind, key=key, text=key if kind == "keyDown" else ""
            )


async def _browse(port: int, data: Path, screenshot: Path) -> None:
    assert CHROMIUM, "the browser test needs Chromium: apt-get install chromium"
    debug_port = _free_port()
    browser = subprocess.Popen(
        [
            CHROMIUM,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            f"--remote-debugging-port={debug_port}",
            f"--user-data-dir={data.parent / 'chromium'}",
            "--window-size=1280,800",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as session:
            pages: list[dict[str, Any]] = []
            for _ in range(100):
                try:
                    async with session.get(f"http://127.0.0.1:{debug_port}/json/list") as reply:
                        pages = [p for p in await reply.json() if p.get("type") == "page"]
                except aiohttp.ClientError:
                    pages = []
                if pages:
                    break
                await asyncio.sleep(0.2)
            assert pages, "Chromium did not open a page"
            async with session.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                tools = DevTools(ws)
                await tools.call("Page.enable")
                await tools.call("Page.navigate", url=f"http://localhost:{port}/")
                settings = data / "settings.json"
                # The app has analysed the corpus and shown group 1 when it remembers a position.
                for _ in range(300):
                    if settings.exists():
                        break
                    await asyncio.sleep(0.2)
                assert settings.exists(), "the app in the page never showed the corpus"
                await tools.call(
                    "Runtime.evaluate",
                    expression="document.querySelector('textarea') && document.querySelector('textarea').focus()",
                )
                await tools.press("n")  # the first conflict: the app remembers its passage
                first_conflict = next(
                    c for c in analyze().conflicts if c.kind != "different_period"
                )
                target = int(first_conflict.passages[0].split("@")[1])
                for _ in range(100):
                    position = next(iter(json.loads(settings.read_text())["positions"].values()))
                    if position["start"] == target:
                        break
                    await asyncio.sleep(0.2)
                assert position["start"] == target, "the key press did not reach the app"
                await asyncio.sleep(0.5)
                shot = await tools.call("Page.captureScreenshot", format="png")
                screenshot.write_bytes(base64.b64decode(shot["data"]))
    finally:
        browser.terminate()
        browser.wait(timeout=10)


def test_serve_runs_the_app_in_a_browser_and_keys_reach_it(
    served: tuple[int, Path], tmp_path: Path
) -> None:
    port, data = served
    screenshot = tmp_path / "seedview-in-chromium.png"
    asyncio.run(_browse(port, data, screenshot))
    png = screenshot.read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000  # a drawn page, not a blank one
    print(f"screenshot: {screenshot}")


def test_serve_listens_on_loopback_only() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "seedview.tui", "serve", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "invalid choice" in result.stderr
