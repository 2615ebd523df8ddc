"""The layout the design card draws: top-level packages, and imports that only point downwards."""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Each package may import only the packages listed after it (validation <- loaders <- ...).
LAYERS = ["dashboard", "factcheck", "loaders", "validation"]


def imported_top_levels(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_card_folders_hold_the_code():
    for folder in ["dashboard", "datasets", "loaders", "validation", "factcheck", "tests"]:
        assert (REPO / folder).is_dir(), folder
    assert (REPO / "dashboard" / "app.py").is_file()
    assert not (REPO / "bilateral_ledger").exists()


def test_imports_point_downwards_only():
    offences = []
    for rank, package in enumerate(LAYERS):
        upstream = set(LAYERS[:rank])
        for path in sorted((REPO / package).rglob("*.py")):
            for name in imported_top_levels(path) & upstream:
                offences.append(f"{path.relative_to(REPO)} imports {name}")
    assert offences == []
