"""The `ledger` command."""

import argparse
import sys
from pathlib import Path

from bilateral_ledger.loaders import DatasetError, datasets_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ledger", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build-snapshot", help="rebuild datasets/ from the raw files")
    build.add_argument(
        "--raw",
        type=Path,
        default=Path("../shared/data/raw"),
        help="folder holding the raw files (default: ../shared/data/raw)",
    )
    build.add_argument("--out", type=Path, default=None, help="target folder (default: datasets/)")
    sources = commands.add_parser("sources", help="list sources with row counts and years")
    sources.add_argument("--datasets", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        if args.command == "build-snapshot":
            return _build(args.raw, args.out or datasets_dir())
        return _sources(args.datasets)
    except (DatasetError, ValueError, OSError) as err:
        print(f"ledger: {err}", file=sys.stderr)
        return 1


def _build(raw: Path, out: Path) -> int:
    from bilateral_ledger.snapshot.build import build_snapshot

    if not raw.is_dir():
        print(f"ledger: raw folder {raw} not found (pass --raw)", file=sys.stderr)
        return 2
    summary = build_snapshot(raw, out)
    for family, count in summary.observations.items():
        print(f"{family:24} {count:7d} observations")
    print(f"{'sources':24} {summary.sources:7d}")
    print(f"{'raw rows left out':24} {summary.excluded:7d}  (see excluded.csv)")
    print(f"written to {out}")
    return 0


def _sources(root: Path | None) -> int:
    from bilateral_ledger.loaders.catalogue import source_coverage

    coverage = source_coverage(root)
    print(coverage.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
