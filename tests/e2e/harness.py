"""A real `streamlit run` on a free loopback port and Debian's Chromium driven by Playwright.

Shared by the end-to-end tests (through conftest.py) and the browser benchmarks in bench/.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from dashboard.serving import flags

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOADED = "[data-testid='stApp'][data-test-script-state='notRunning']"
ARTIFACTS = REPO / "artifacts" / "screenshots"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def process_rss_mb(pid: int) -> float:
    """Resident memory of a process (Linux /proc), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_app(port: int, app: Path = APP) -> subprocess.Popen:
    # The settings every launcher uses (dashboard/serving.py), on a loopback port.
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        *flags(port=port),
        "--server.fileWatcherType=none",
    ]
    process = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                return process
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("streamlit did not answer on its health endpoint within 60 s")


def open_page(page, url: str, charts: int = 0) -> None:
    """Go to `url` and wait until the script has finished and every chart has drawn.

    Chart elements mount only once their code chunk has loaded, after the run ends: a page
    expected to hold charts waits for at least `charts` of them.
    """
    page.goto(url)
    # The app reports "notRunning" before its first run starts too: wait for the page's
    # own title, then for the run that drew it to finish.
    page.wait_for_selector("[data-testid='stMain'] h1", timeout=60_000)
    page.wait_for_selector(LOADED, timeout=60_000)
    drawn = page.locator("[data-testid='stVegaLiteChart']")
    if charts:
        drawn.nth(charts - 1).wait_for(timeout=30_000)
    for index in range(drawn.count()):
        drawn.nth(index).locator("canvas, svg").first.wait_for(timeout=30_000)


# Window sizes the screenshots are taken at: two desktops and a phone.
SIZES = {"desktop": (1400, 1000), "laptop": (1280, 720), "phone": (390, 844)}


def screenshot(page, name: str, width: int = 1400, height: int = 1000) -> Path:
    """A full-length screenshot (the app scrolls inside its main block, so grow the viewport)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    length = page.evaluate(
        "() => (document.querySelector(\"[data-testid='stMain']\") || document.body).scrollHeight"
    )
    page.set_viewport_size({"width": width, "height": min(int(length) + 50, 12_000)})
    page.wait_for_timeout(500)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size({"width": width, "height": height})
    return path
