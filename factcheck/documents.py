"""Read documents to check, and the claims registry built from the two we were given."""

from pathlib import Path

import pandas as pd

from loaders.snapshot import datasets_dir, read_table
from validation import DatasetError, validate_table
from validation.claims import Claim, Document

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024


class DocumentError(ValueError):
    """A document cannot be checked: missing, empty, too large, binary or not UTF-8."""


# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_UNICODE_BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]


def decode_document(data: bytes, name: str = "document") -> str:
    """UTF-8 text from uploaded or read bytes, or a DocumentError saying why not."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise _too_large(name, len(data))
    encoding = next((e for bom, e in _UNICODE_BOMS if data.startswith(bom)), None)
    if encoding is not None:  # UTF-16 or UTF-32 saved with its byte-order mark
        try:
            data = data.decode(encoding).encode("utf-8")
        except UnicodeDecodeError:
            raise DocumentError(
                f"{name}: starts like {encoding.upper()} text but does not decode as it;"
                " save it as UTF-8"
            ) from None
    if b"\x00" in data:
        raise DocumentError(
            f"{name}: looks like a binary file (it holds NUL bytes); give plain text"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DocumentError(
            f"{name}: not UTF-8 text (byte {err.start} is {data[err.start : err.start + 1]!r});"
            " save it as UTF-8"
        ) from None
    if not text.strip():
        raise DocumentError(f"{name}: the document is empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(10, len(text) // 100):
        raise DocumentError(f"{name}: looks like a binary file ({controls} control characters)")
    return text


def read_document(path: Path) -> str:
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:  # refuse before reading a huge file into memory
        raise _too_large(str(path), size)
    return decode_document(path.read_bytes(), str(path))


def _too_large(name: str, size: int) -> DocumentError:
    limit = MAX_DOCUMENT_BYTES // (1024 * 1024)
    return DocumentError(f"{name}: {size:,} bytes is over the {limit} MB limit; split the document")


def upload_document(name: str, date: str = "") -> pd.DataFrame:
    """A documents.csv-shaped row for a document that is not in the registry."""
    return pd.DataFrame(
        [{"document": name, "title": name, "kind": "upload", "date": date, "date_note": ""}]
    )


def load_documents(root: Path | None = None) -> pd.DataFrame:
    path = (root or datasets_dir()) / "documents.csv"
    return validate_table(Document, read_table(path), str(path))


def known_document_date(name: str, root: Path | None = None) -> str | None:
    """The date documents.csv gives for a registry document, so its periods read as the
    registry's do; None for any other file."""
    try:
        documents = load_documents(root)
    except DatasetError:
        return None
    match = documents.loc[documents["document"] == name, "date"]
    return match.iloc[0] or None if len(match) else None


def load_claims(root: Path | None = None) -> pd.DataFrame:
    """The claims registry, validated, with every claim's document listed in documents.csv."""
    root = root or datasets_dir()
    path = root / "claims.csv"
    frame = read_table(path, numeric={"start", "end", "value"})
    for column in ("value_low", "value_high"):
        if column in frame:
            frame[column] = _optional_numbers(frame[column], path, column)
    for column in ("start", "end"):
        if column in frame:
            frame[column] = frame[column].astype(int)
    claims = validate_table(Claim, frame, str(path))
    known = set(load_documents(root)["document"])
    unknown = sorted(set(claims["document"]) - known)
    if unknown:
        raise DatasetError(f"{path}: document(s) {unknown} not listed in documents.csv")
    return claims


def _optional_numbers(column: pd.Series, path: Path, name: str) -> pd.Series:
    converted = pd.to_numeric(column.replace("", None), errors="coerce")
    bad = converted.isna() & (column != "")
    if bad.any():
        line = int(bad.idxmax()) + 2
        raise DatasetError(f"{path} line {line}: column {name!r} holds {column[bad].iloc[0]!r}")
    return converted.astype(float)
