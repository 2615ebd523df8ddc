"""Writing datasets/: who owns which file, one writer at a time, and an all-or-nothing swap.

Every file in datasets/ has exactly one owner (`owner_of`):

- `refresh` (`ledger refresh`) owns the live UN Comtrade table and its source table;
- `curated` files (the claim registry and the document list) are written by people: no
  command ever writes them;
- `build` (`ledger build-snapshot`) owns every other file: the tables it parses from the raw
  files, `sources.csv`, `partners.csv`, `milestones.csv` and `excluded.csv`.

A writer never edits datasets/ in place. Holding the lock (`locked`), it stages a complete
new snapshot in a sibling folder: its own files freshly written, every other owner's file
linked (or copied) unchanged from the current snapshot. The staged folder is validated as a
whole with the same reader the app uses, synced to disk, and swapped with datasets/ in one
`renameat2(RENAME_EXCHANGE)` call, so a reader or a crash sees the old snapshot or the new
one, never a mix. Where the kernel or file system cannot exchange, two renames are used and
`recover` puts the old folder back if a crash fell between them.
"""

import contextlib
import ctypes
import datetime as dt
import errno
import fcntl
import os
import secrets
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from validation import DatasetError

COMTRADE_TABLE = "observations/trade_un_comtrade.csv"
COMTRADE_SOURCES = "sources_un_comtrade.csv"
REFRESH_FILES = (COMTRADE_TABLE, COMTRADE_SOURCES)
CURATED_FILES = ("claims.csv", "documents.csv")
# Source tables merged on load, the build's first; each belongs to one writer.
SOURCE_FILES = ("sources.csv", COMTRADE_SOURCES)
OWNERS = ("build", "refresh")
LOCK_WAIT_SECONDS = 60.0


class DatasetsLocked(DatasetError):
    """Another ledger run is writing the same datasets folder."""


def owner_of(name: str) -> str:
    """`refresh`, `curated` or `build` for a path relative to datasets/ (POSIX separators)."""
    if name in REFRESH_FILES:
        return "refresh"
    if name in CURATED_FILES:
        return "curated"
    return "build"


def lock_path(datasets: Path) -> Path:
    """The lock sits beside the folder (the folder itself is swapped, its inode changes)."""
    return datasets.parent / f".{datasets.name}.lock"


@contextlib.contextmanager
def locked(
    datasets: Path,
    command: str,
    wait: float = LOCK_WAIT_SECONDS,
    say: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the exclusive writer lock on `datasets` (flock on a file beside it).

    If another run holds it, say so once and wait up to `wait` seconds; then DatasetsLocked
    with one line naming the holder.
    """
    datasets = Path(datasets)
    path = lock_path(datasets)
    try:
        datasets.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise DatasetError(f"{path}: cannot create the lock file ({err.strerror})") from None
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(handle)
                if time.monotonic() >= deadline:
                    raise DatasetsLocked(
                        f"{datasets} is being written by another ledger run ({holder}); "
                        "wait for it to finish and run again"
                    ) from None
                if not told:
                    (say or _stderr)(
                        f"waiting for another ledger run writing {datasets} ({holder})"
                    )
                    told = True
                time.sleep(0.05)
        started = dt.datetime.now().strftime("%H:%M:%S")
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"pid {os.getpid()}: {command}, started {started}".encode(), 0)
        recover(datasets)
        try:
            yield
        finally:
            os.ftruncate(handle, 0)
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


def _holder(handle: int) -> str:
    try:
        text = os.pread(handle, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "pid unknown"


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _leftovers(datasets: Path, kind: str) -> list[Path]:
    return sorted(datasets.parent.glob(f".{datasets.name}.{kind}-*"))


def recover(datasets: Path) -> None:
    """Undo what a crashed writer left (call with the lock held): if datasets/ is missing
    because the crash fell between the two renames of the fallback swap, put the old folder
    back; then remove staging and old folders."""
    olds = _leftovers(datasets, "old")
    if not datasets.exists() and olds:
        newest = max(olds, key=lambda p: p.stat().st_mtime_ns)
        newest.rename(datasets)
        olds.remove(newest)
    for leftover in [*olds, *_leftovers(datasets, "staging")]:
        shutil.rmtree(leftover, ignore_errors=True)


def recover_unlocked(datasets: Path) -> None:
    """For readers: if a crashed writer left datasets/ missing, restore it (skipped while a
    writer holds the lock: it recovers by itself)."""
    if datasets.exists() or not _leftovers(datasets, "old"):
        return
    with contextlib.suppress(DatasetError, OSError), locked(datasets, "recover", wait=0):
        pass  # `locked` recovers on entry


def write_snapshot(
    datasets: Path,
    owner: str,
    files: dict[str, str],
    validate: Callable[[Path], None],
) -> None:
    """Replace `owner`'s files in `datasets` by `files` (relative name -> CSV text), keeping
    every other owner's files byte for byte; call with `locked(datasets, …)` held.

    Files of `owner` that `files` does not name are dropped (a family the build no longer
    makes). `validate(folder)` must raise if the staged snapshot as a whole is not valid;
    nothing in `datasets` changes unless every step passes.
    """
    if owner not in OWNERS:
        raise ValueError(f"unknown writer {owner!r}")
    foreign = sorted(n for n in files if owner_of(n) != owner)
    if foreign:
        raise ValueError(f"{owner} may not write {foreign} (owned by {owner_of(foreign[0])})")
    datasets = Path(datasets)
    token = f"{os.getpid()}-{secrets.token_hex(4)}"
    staging = datasets.parent / f".{datasets.name}.staging-{token}"
    try:
        _step("stage")
        staging.mkdir(mode=0o755)
        if datasets.is_dir():
            for path in sorted(datasets.rglob("*")):
                name = path.relative_to(datasets).as_posix()
                if path.is_file() and owner_of(name) != owner:
                    _keep(path, staging / name)
        for name, text in sorted(files.items()):
            _write(staging / name, text)
        _step("validate")
        validate(staging)
        _step("sync")
        _sync_tree(staging)
        _step("swap")
        _swap(staging, datasets, token)
        _step("cleanup")
    finally:
        # After an exchange `staging` holds the old snapshot; before it, the unused stage.
        shutil.rmtree(staging, ignore_errors=True)
        recover(datasets)  # the fallback swap failed between its renames: old comes back


def _step(name: str) -> None:
    """A named point in a write; tests replace this to fail or be killed at each step."""


def _keep(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


def _sync_tree(folder: Path) -> None:
    for path in [folder, *sorted(p for p in folder.rglob("*") if p.is_dir())]:
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _swap(staging: Path, datasets: Path, token: str) -> None:
    """Make `staging` the new `datasets`; the old content ends at `staging` (removed later)."""
    if not datasets.exists():
        staging.rename(datasets)
        return
    try:
        exchange(staging, datasets)
        return
    except OSError as err:
        if err.errno not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
            raise
    # Fallback: two renames; `recover` restores the old folder if a crash falls between.
    old = datasets.parent / f".{datasets.name}.old-{token}"
    datasets.rename(old)
    _step("swap-between")
    staging.rename(datasets)
    shutil.rmtree(old, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(first: Path, second: Path) -> None:
    """Swap two paths atomically (Linux renameat2 with RENAME_EXCHANGE)."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except AttributeError:
        raise OSError(errno.ENOSYS, "renameat2 is not available") from None
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(second))
