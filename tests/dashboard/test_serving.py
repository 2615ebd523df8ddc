"""The served settings: one list for every launcher, equal to .streamlit/config.toml."""

import tomllib
from pathlib import Path

from dashboard import serving
from factcheck.documents import MAX_DOCUMENT_BYTES

CONFIG = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"


def test_config_file_and_flags_agree():
    config = tomllib.loads(CONFIG.read_text())
    for name, value in serving.SETTINGS.items():
        section, key = name.split(".")
        assert config[section][key] == value, name


def test_flags_bind_loopback_and_never_look_up_an_external_address():
    flags = serving.flags(port=9000)
    assert "--server.address=127.0.0.1" in flags and "--server.port=9000" in flags
    assert "--client.toolbarMode=viewer" in flags
    assert "--client.showErrorDetails=none" in flags
    assert "--browser.serverAddress=127.0.0.1" in flags  # so no external-IP lookup
    wide = serving.flags(host="0.0.0.0")
    assert "--server.address=0.0.0.0" in wide
    assert not any(f == "--browser.serverAddress=0.0.0.0" for f in wide)


def test_uploader_admits_exactly_what_the_checker_admits():
    # The browser counts 10^6 bytes a MB (2^20 on Windows): both admit 5 MiB, and the
    # next whole MB down would not.
    assert serving.UPLOAD_MB * 1_000_000 >= MAX_DOCUMENT_BYTES
    assert (serving.UPLOAD_MB - 1) * 1_000_000 < MAX_DOCUMENT_BYTES
    assert serving.MESSAGE_MB <= 50
