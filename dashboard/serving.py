"""How the dashboard is served: one list of Streamlit settings for every way of starting it.

`.streamlit/config.toml` is read only when `streamlit run` starts in the repository root;
an installed `ledger app` (or any other launcher) passes `flags()` on the command line so it
gets the same settings. `tests/dashboard/test_serving.py` checks the two agree.
"""

import math
import socket

from factcheck.documents import MAX_DOCUMENT_BYTES

# Streamlit's uploader takes whole megabytes and the browser counts a megabyte as 10^6 bytes
# (2^20 on Windows): the smallest whole number that admits the checker's 5 MiB. Anything
# between 5 MiB and this is refused by the checker with its own one-line message, so the
# limit users meet is the checker's everywhere.
UPLOAD_MB = math.ceil(MAX_DOCUMENT_BYTES / 1_000_000)
# Largest websocket message in MB (Streamlit's default is 200): charts and tables the app
# sends are well under 1 MB; downloads go over HTTP, not the websocket.
MESSAGE_MB = 16

SETTINGS: dict[str, str | int | bool] = {
    "server.headless": True,
    "server.maxUploadSize": UPLOAD_MB,
    "server.maxMessageSize": MESSAGE_MB,
    "server.enableXsrfProtection": True,
    "browser.gatherUsageStats": False,
    # The pages never rely on "magic" (a bare expression written to the page); turning it
    # off saves rewriting each page's syntax tree on every rerun.
    "runner.magicEnabled": False,
    # Streamlit runs a full garbage collection after every rerun by default. With the
    # snapshot's tables in memory that holds the interpreter for about 200 ms a rerun (more
    # than the rerun itself, and it delays sending the page); Python's own generational
    # collection still runs. Memory with 10 sessions is measured by `make bench`.
    "runner.postScriptGC": False,
    # Viewers get the print/theme menu only: no Deploy button, rerun or clear-cache items.
    "client.toolbarMode": "viewer",
    # Visitors never see a traceback or server path; the pages show their own message.
    "client.showErrorDetails": "none",
}
LOOPBACK = "127.0.0.1"


def _text(value: str | int | bool) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def flags(host: str = LOOPBACK, port: int = 8501) -> list[str]:
    """Command-line flags for `streamlit run`, e.g. `streamlit run dashboard/app.py *flags()`.

    Binds `host` only (loopback unless asked). The printed address is given explicitly, so
    Streamlit never asks an outside service for the machine's external IP address.
    """
    options = dict(SETTINGS)
    options["server.address"] = host
    options["server.port"] = port
    wildcard = host in {"0.0.0.0", "::", ""}
    options["browser.serverAddress"] = socket.gethostname() if wildcard else host
    options["browser.serverPort"] = port
    return [f"--{name}={_text(value)}" for name, value in options.items()]
