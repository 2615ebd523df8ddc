"""Data shown as text: escaped so that Streamlit's markdown never interprets it."""

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def plain(text: str) -> str:
    """Text from a document shown as text: markdown characters escaped, never rendered."""
    return _MARKDOWN.sub(r"\\\1", text)
