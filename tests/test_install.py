"""Installable: the wheel's contents, and which datasets folder a command reads or writes.

Installing the wheel into a fresh venv is slow, so it is checked by hand (README, "Install as
a package"); here the wheel is built once, without isolation or network, and its file list
checked, and the folder resolution is run against fake layouts.
"""

import importlib.metadata
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from loaders.snapshot import (
    checkout_datasets,
    installed_datasets,
    require_folder,
    resolve_datasets,
    writable_datasets,
)
from validation import DatasetError

REPO = Path(__file__).resolve().parents[1]
SHARE = "bilateral_ledger-0.1.0.data/data/share/bilateral-ledger/datasets/"
TOP_LEVEL_SKIP = {".git", ".venv", "build", ".cache", "artifacts", ".hypothesis"}


def skip(folder: str, names: list[str]) -> set[str]:
    """Leave out the venv, caches and build leftovers (`build/` only at the top)."""
    top = Path(folder) == REPO
    noise = {n for n in names if n == "__pycache__" or n.endswith((".egg-info", "_cache"))}
    return noise | ({n for n in names if n in TOP_LEVEL_SKIP} if top else set())


@pytest.fixture(scope="module")
def wheel_files(tmp_path_factory) -> list[str]:
    """The file list of the wheel built from a copy of the checkout (the checkout stays clean)."""
    if importlib.util.find_spec("wheel") is None:
        pytest.skip("the `wheel` package is not installed (it is in requirements.lock)")
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(REPO, source, ignore=skip)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(root / "out"), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = (root / "out").glob("bilateral_ledger-*.whl")
    return zipfile.ZipFile(wheel).namelist()


def test_the_wheel_installs_four_packages_named_as_their_folders(wheel_files):
    tops = {name.split("/")[0] for name in wheel_files if not name.startswith("bilateral_")}
    assert tops == {"dashboard", "factcheck", "loaders", "validation"}
    assert "dashboard/app.py" in wheel_files and "dashboard/views/trade.py" in wheel_files
    assert not any(name.startswith("datasets/") for name in wheel_files)  # HF's top-level name
    for folder in ("dashboard", "factcheck", "loaders", "validation"):  # code as in the tree
        in_tree = {p.relative_to(REPO).as_posix() for p in (REPO / folder).rglob("*.py")}
        assert in_tree <= set(wheel_files), sorted(in_tree - set(wheel_files))[:3]


def test_the_wheel_carries_the_whole_snapshot_as_data_files(wheel_files):
    shipped = {name.removeprefix(SHARE) for name in wheel_files if name.startswith(SHARE)}
    in_tree = {
        p.relative_to(REPO / "datasets").as_posix() for p in (REPO / "datasets").rglob("*.csv")
    }
    assert shipped == in_tree and "sources.csv" in shipped and "claims.csv" in shipped


def test_the_wheel_carries_the_curated_tables_the_code_reads(wheel_files):
    in_tree = {
        p.relative_to(REPO).as_posix()
        for folder in ("dashboard", "factcheck", "loaders", "validation")
        for p in (REPO / folder).rglob("*.csv")
    }
    assert in_tree and in_tree <= set(wheel_files)


def layout(root: Path, project: bool = True, datasets: bool = True) -> Path:
    """A fake checkout (or a look-alike that is not this project's)."""
    root.mkdir(parents=True)
    name = "bilateral-ledger" if project else "someone-else"
    (root / "pyproject.toml").write_text(f'[project]\nname = "{name}"\n')
    if datasets:
        (root / "datasets").mkdir()
    return root


def test_resolution_order(tmp_path):
    checkout = layout(tmp_path / "checkout")
    installed = tmp_path / "prefix" / "share" / "bilateral-ledger" / "datasets"
    env = {"LEDGER_DATASETS": str(tmp_path / "env")}
    options = {"checkout": checkout, "installed": lambda: installed}
    assert resolve_datasets(tmp_path / "x", environ=env, **options) == (
        tmp_path / "x",
        "--datasets",
    )
    assert resolve_datasets(environ=env, **options) == (tmp_path / "env", "LEDGER_DATASETS")
    assert resolve_datasets(environ={}, **options) == (checkout / "datasets", "checkout")
    # site-packages holds other projects' folders: no pyproject of ours, so not a checkout
    site = tmp_path / "site-packages"
    (site / "datasets").mkdir(parents=True)  # Hugging Face's package
    assert resolve_datasets(environ={}, checkout=site, installed=lambda: installed) == (
        installed,
        "installed",
    )
    other = layout(tmp_path / "other", project=False)
    assert resolve_datasets(environ={}, checkout=other, installed=lambda: installed)[1] == (
        "installed"
    )
    assert checkout_datasets(layout(tmp_path / "bare", datasets=False)) is None


def test_writes_never_pick_the_installed_copy(tmp_path):
    installed = tmp_path / "share" / "bilateral-ledger" / "datasets"
    options = {"environ": {}, "checkout": tmp_path / "nowhere", "installed": lambda: installed}
    with pytest.raises(DatasetError, match="pass --datasets DIR or set LEDGER_DATASETS"):
        writable_datasets(**options)
    assert writable_datasets(installed, **options) == installed  # named explicitly: allowed
    checkout = layout(tmp_path / "checkout")
    assert writable_datasets(**(options | {"checkout": checkout})) == checkout / "datasets"


def test_a_missing_or_unreadable_folder_is_one_line_naming_it(tmp_path):
    with pytest.raises(DatasetError) as missing:
        require_folder(tmp_path / "absent")
    assert str(tmp_path / "absent") in str(missing.value) and "\n" not in str(missing.value)
    plain_file = tmp_path / "file"
    plain_file.write_text("x")
    with pytest.raises(DatasetError, match="not a folder"):
        require_folder(plain_file)


def test_the_installed_copy_is_found_from_the_install_record():
    # In the development venv the project is installed (editable); whatever the record says,
    # the lookup returns a folder holding sources.csv or None, never site-packages/datasets.
    found = installed_datasets()
    assert found is None or (found / "sources.csv").is_file()
    assert found is None or found.parts[-3:] == ("share", "bilateral-ledger", "datasets")


def test_cli_names_a_missing_datasets_folder_in_one_line(tmp_path, capsys):
    from dashboard.cli import main

    assert main(["sources", "--datasets", str(tmp_path / "gone")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(tmp_path / "gone") in err


def test_ledger_app_serves_the_installed_app_on_loopback():
    from dashboard.cli import APP, app_command

    command = app_command()
    assert command[1:4] == ["-m", "streamlit", "run"] and Path(command[4]) == APP
    assert APP.is_file() and APP.parent.name == "dashboard"
    assert "--server.address=127.0.0.1" in command
    assert "--browser.gatherUsageStats=false" in command
    assert any(flag.startswith("--browser.serverAddress=") for flag in command)
