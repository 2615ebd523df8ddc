"""Load the snapshot: every table validated, every error naming its file and line.

Which datasets folder is read (`resolve_datasets`), first match wins:
1. `--datasets DIR` (the CLI passes it on) or the environment variable LEDGER_DATASETS;
2. the `datasets/` of this project's checkout, when the code runs from one;
3. the copy installed with the package (`<prefix>/share/bilateral-ledger/datasets`).
Commands that write (`build-snapshot`, `refresh`) never pick the installed copy by
themselves (`writable_datasets`).
"""

import datetime as dt
import hashlib
import importlib.metadata
import io
import os
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from loaders import store
from validation import DatasetError, Observation, Source, validate_table
from validation.integrity import check_provenance

PROJECT = "bilateral-ledger"
CHECKOUT = Path(__file__).resolve().parents[1]
REPO_DATASETS = CHECKOUT / "datasets"
INSTALLED_PARTS = ("share", PROJECT, "datasets")
ENVIRONMENT = "LEDGER_DATASETS"
TEXT_COLUMNS_EXCEPT = {"value", "preferred"}


def checkout_datasets(checkout: Path = CHECKOUT) -> Path | None:
    """`checkout/datasets` if `checkout` really is this project's source tree."""
    try:
        pyproject = (checkout / "pyproject.toml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not re.search(rf'^name\s*=\s*"{PROJECT}"', pyproject, re.MULTILINE):
        return None
    folder = checkout / "datasets"
    return folder if folder.is_dir() else None


def installed_datasets() -> Path | None:
    """The snapshot installed with the package (setuptools data-files), if any."""
    try:
        distribution = importlib.metadata.distribution(PROJECT)
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in distribution.files or ():
        if file.parts[-4:] == (*INSTALLED_PARTS, "sources.csv"):
            return Path(distribution.locate_file(file)).resolve().parent
    return None


def resolve_datasets(
    explicit: Path | None = None,
    *,
    environ: dict[str, str] | None = None,
    checkout: Path = CHECKOUT,
    installed=installed_datasets,
) -> tuple[Path, str]:
    """(folder, how it was chosen): `--datasets`, LEDGER_DATASETS, checkout or installed."""
    environ = os.environ if environ is None else environ
    if explicit is not None:
        return Path(explicit), "--datasets"
    if environ.get(ENVIRONMENT):
        return Path(environ[ENVIRONMENT]), ENVIRONMENT
    found = checkout_datasets(checkout)
    if found is not None:
        return found, "checkout"
    found = installed()
    if found is not None:
        return found, "installed"
    # Nothing found: name where the installed copy would be, so the error says where we looked.
    return Path(sys.prefix, *INSTALLED_PARTS), "installed"


def datasets_dir() -> Path:
    """The folder readers use (see the module's docstring for the order)."""
    return resolve_datasets()[0]


def writable_datasets(explicit: Path | None = None, **options) -> Path:
    """The folder a build or refresh writes: never the installed copy unless named."""
    folder, how = resolve_datasets(explicit, **options)
    if how == "installed":
        raise DatasetError(
            f"no datasets folder to write to: the copy installed with the package ({folder}) "
            f"is left alone; pass --datasets DIR or set {ENVIRONMENT} "
            f"(e.g. cp -r {folder} ./datasets)"
        )
    return folder


def require_folder(root: Path) -> Path:
    """`root` if it is a readable folder; else DatasetError naming it in one line."""
    root = Path(root)
    if not root.is_dir():
        store.recover_unlocked(root)  # a writer crashed between its two renames
    if not root.exists():
        raise DatasetError(f"{root}: datasets folder not found (set --datasets or {ENVIRONMENT})")
    if not root.is_dir():
        raise DatasetError(f"{root}: not a folder (set --datasets or {ENVIRONMENT})")
    if not os.access(root, os.R_OK | os.X_OK):
        raise DatasetError(f"{root}: datasets folder not readable (permission denied)")
    return root


def load_observations(root: Path | None = None) -> pd.DataFrame:
    """All observation tables, validated one file at a time, with provenance checked.

    A writer swaps the whole folder at once; if that happened while we read (the folder's
    inode changed), the tables are read again so they all come from one snapshot."""
    root = require_folder(root or datasets_dir())
    for _ in range(3):
        before = _identity(root)
        try:
            observations = _load_observations(root)
        except DatasetError:
            if _identity(root) == before:
                raise
            continue
        if _identity(root) == before:
            return observations
    return _load_observations(root)


def _identity(root: Path) -> int:
    try:
        return root.stat().st_ino
    except OSError:
        return -1


def _load_observations(root: Path) -> pd.DataFrame:
    folder = root / "observations"
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    if not files:
        raise DatasetError(f"{folder}: no observation tables found (run `ledger build-snapshot`)")
    frames = []
    for path in files:
        frames.append(read_valid(path, Observation, numeric={"value"}, boolean={"preferred"}))
    observations = pd.concat(frames, ignore_index=True)
    check_provenance(observations, load_sources(root))
    return observations


def load_sources(root: Path | None = None) -> pd.DataFrame:
    """Every source table merged (the build's `sources.csv` and the refresh's own); a
    source_id may appear in only one of them."""
    root = require_folder(root or datasets_dir())
    frames, seen = [], {}
    for name in store.SOURCE_FILES:
        path = root / name
        if name != store.SOURCE_FILES[0] and not path.exists():
            continue
        frame = read_valid(path, Source)
        for source_id in frame["source_id"]:
            if source_id in seen:
                raise DatasetError(
                    f"{path}: source_id {source_id!r} is also in {seen[source_id]}; "
                    "each source belongs to one table"
                )
            seen[source_id] = name
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


# Contents this process has validated: (model, SHA-256 of the file's bytes, day). A table is
# one file checked on its own by its model (a pure function of the bytes and, through the
# period check, of today's date), so the same bytes pass again: a writer's staged copy
# re-reads every table but validates only those whose bytes it has not seen pass. Checks
# across tables (provenance) always run. A new process starts empty.
_VALIDATED: set[tuple[str, bytes, dt.date]] = set()
_VALIDATED_MAX = 512


def read_valid(
    path: Path,
    model: type[pa.DataFrameModel],
    numeric: set[str] = frozenset(),
    boolean: set[str] = frozenset(),
) -> pd.DataFrame:
    """`read_table` then `validate_table(model, …)`; the validation is skipped only for bytes
    that already passed `model` in this process today."""
    data = read_bytes(path)
    frame = parse_table(path, data, numeric, boolean)
    key = (f"{model.__module__}.{model.__qualname__}", hashlib.sha256(data).digest(), _today())
    if key in _VALIDATED:
        return frame
    frame = validate_table(model, frame, str(path))
    if len(_VALIDATED) >= _VALIDATED_MAX:
        _VALIDATED.clear()
    _VALIDATED.add(key)
    return frame


def _today() -> dt.date:
    return dt.date.today()


def check_snapshot(root: Path) -> None:
    """Read every table of the snapshot in `root` as the app does; DatasetError on the first
    problem. Writers run it on the staged folder before swapping it in."""
    load_observations(root)
    load_partners(root)
    load_milestones(root)
    load_excluded(root)


def load_partners(root: Path | None = None) -> pd.DataFrame:
    return read_table(
        require_folder(root or datasets_dir()) / "partners.csv", required=("code", "name")
    )


def load_milestones(root: Path | None = None) -> pd.DataFrame:
    return read_table(
        require_folder(root or datasets_dir()) / "milestones.csv",
        required=("event", "date", "source_id", "note"),
    )


def load_excluded(root: Path | None = None) -> pd.DataFrame:
    return read_table(
        require_folder(root or datasets_dir()) / "excluded.csv",
        required=("raw_file", "raw_row", "what", "reason"),
    )


def read_table(
    path: Path,
    numeric: set[str] = frozenset(),
    boolean: set[str] = frozenset(),
    required: tuple[str, ...] = (),
) -> pd.DataFrame:
    """Read a CSV as text (empty stays ""), then convert the named columns strictly."""
    return parse_table(path, read_bytes(path), numeric, boolean, required)


def read_bytes(path: Path) -> bytes:
    """The file's content; DatasetError naming it if it is missing or unreadable."""
    if not path.is_file():
        raise DatasetError(f"{path}: file missing (run `ledger build-snapshot`)")
    try:
        return path.read_bytes()
    except OSError as err:
        raise DatasetError(f"{path}: cannot be read ({err.strerror or err})") from None


def parse_table(
    path: Path,
    data: bytes,
    numeric: set[str] = frozenset(),
    boolean: set[str] = frozenset(),
    required: tuple[str, ...] = (),
) -> pd.DataFrame:
    """`read_table` of `data`, the content read from `path` (named in errors)."""
    try:
        frame = pd.read_csv(
            io.BytesIO(data), dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8"
        )
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as err:
        raise DatasetError(f"{path}: cannot be read as CSV ({err})") from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise DatasetError(f"{path}: missing column(s) {missing}")
    for column in numeric:
        if column not in frame:
            continue  # the schema reports the missing column
        converted = pd.to_numeric(frame[column], errors="coerce")
        bad = converted.isna() | ~np.isfinite(converted.to_numpy(dtype=float))
        if bad.any():
            line = int(bad.idxmax()) + 2
            raise DatasetError(
                f"{path} line {line}: column {column!r} holds "
                f"{frame[column][bad].iloc[0]!r}, not a finite number"
            )
        frame[column] = converted.astype(float)
    for column in boolean:
        if column not in frame:
            continue
        mapped = frame[column].map({"True": True, "False": False})
        if mapped.isna().any():
            line = int(mapped.isna().idxmax()) + 2
            raise DatasetError(
                f"{path} line {line}: column {column!r} holds "
                f"{frame[column][mapped.isna()].iloc[0]!r}, not True/False"
            )
        frame[column] = mapped.astype(bool)
    return frame


def staged_check(target: Path, error: type[Exception], what: str):
    """A check for a writer's staged snapshot as a whole: every table and provenance across the
    source tables; a failure names `target` (not the staging folder) and says nothing was
    written."""

    def check(staging: Path) -> None:
        try:
            check_snapshot(staging)
        except DatasetError as err:
            message = str(err).replace(str(staging), str(target))
            raise error(f"{what} did not validate, nothing was written: {message}") from None

    return check
