"""The `ledger` command."""

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from factcheck.documents import DocumentError
from loaders import DatasetError, datasets_dir
from loaders.comtrade import ComtradeError

CACHE = Path(__file__).resolve().parents[1] / ".cache"


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
    extract = commands.add_parser("extract", help="list the figures a text document cites")
    extract.add_argument("file", type=Path, help="a UTF-8 text or markdown file (5 MB at most)")
    extract.add_argument(
        "--date",
        type=_iso_date,
        default=None,
        help="the document's date, YYYY-MM-DD: resolves 'last year' and undated figures",
    )
    extract.add_argument("--format", choices=["csv", "json"], default="csv")
    extract.add_argument(
        "--all",
        action="store_true",
        dest="every_number",
        help="list every number in the text: read as a claim, or left out and why",
    )
    check = commands.add_parser(
        "check", help="check a document's figures against the records (no FILE: the registry)"
    )
    check.add_argument("file", type=Path, nargs="?", default=None)
    check.add_argument("--date", type=_iso_date, default=None, help="the document's date")
    check.add_argument("--format", choices=["csv", "json", "claimreview"], default="csv")
    refresh = commands.add_parser(
        "refresh", help="pull a pair's UN Comtrade series into datasets/ (needs the network)"
    )
    refresh.add_argument("--reporter", required=True, help="ISO alpha-3, e.g. TUR")
    refresh.add_argument("--partner", required=True, help="ISO alpha-3, e.g. RUS")
    refresh.add_argument("--years", type=_year_span, required=True, help="e.g. 2000-2024")
    refresh.add_argument("--offline", action="store_true", help="answer only from the cache")
    refresh.add_argument("--datasets", type=Path, default=None)
    refresh.add_argument(
        "--cache", type=Path, default=None, help="response cache (default: .cache/comtrade)"
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "refresh":
            return _refresh(args)
        if args.command == "build-snapshot":
            return _build(args.raw, args.out or datasets_dir())
        if args.command == "extract":
            return _extract(args.file, args.date, args.format, args.every_number)
        if args.command == "check":
            return _check(args.file, args.date, args.format)
        return _sources(args.datasets)
    except ComtradeError as err:
        print(f"ledger refresh: {err}", file=sys.stderr)
        return 1
    except DocumentError as err:  # the input document, not our data: a usage error
        print(f"ledger: {err}", file=sys.stderr)
        return 2
    except (DatasetError, ValueError, OSError) as err:
        print(f"ledger: {err}", file=sys.stderr)
        return 1


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _year_span(text: str) -> list[int]:
    start, _, end = text.partition("-")
    if not (
        start.isdigit() and len(start) == 4 and (end == "" or (end.isdigit() and len(end) == 4))
    ):
        raise argparse.ArgumentTypeError(f"{text!r} is not YYYY or YYYY-YYYY")
    first, last = int(start), int(end or start)
    if first > last or first < 1962:
        raise argparse.ArgumentTypeError(f"{text!r}: years run from 1962 and forwards only")
    return list(range(first, last + 1))


def _refresh(args: argparse.Namespace) -> int:
    from loaders.comtrade import ComtradeClient, refresh

    cache = args.cache or Path(os.environ.get("LEDGER_CACHE", CACHE)) / "comtrade"
    cache.parent.mkdir(parents=True, exist_ok=True)
    client = ComtradeClient(cache, offline=args.offline)
    result = refresh(
        args.reporter.upper(),
        args.partner.upper(),
        args.years,
        args.datasets or datasets_dir(),
        client,
    )
    changes = result.changes
    pair = f"{args.reporter.upper()}-{args.partner.upper()}"
    print(
        f"refreshed {pair} {args.years[0]}-{args.years[-1]}: "
        f"{result.responses} response(s), {result.calls} from the network, "
        f"{result.rows} UN Comtrade rows in the snapshot"
    )
    totals = changes[["added", "changed", "removed", "same"]].sum()
    print(
        f"rows added {totals['added']}, changed {totals['changed']}, removed {totals['removed']}, "
        f"unchanged {totals['same']}"
    )
    print(changes.to_string(index=False))
    return 0


def _extract(path: Path, date: dt.date | None, output: str, every_number: bool = False) -> int:
    from factcheck.documents import known_document_date, read_document
    from factcheck.extraction import FRAME_COLUMNS, read_text

    text = read_document(path)
    claims, numbers = read_text(text, path.name, date or known_document_date(path.name))
    table = numbers if every_number else claims[FRAME_COLUMNS]
    if output == "json":
        print(table.to_json(orient="records", indent=2, force_ascii=False))
    else:
        table.to_csv(sys.stdout, index=False, lineterminator="\n", float_format="%.12g")
    left_out = int((numbers["status"] != "claim").sum())
    print(
        f"{len(claims)} claim(s) in {path}; {len(numbers)} number(s) written,"
        f" {left_out} left out (see --all)",
        file=sys.stderr,
    )
    return 0


def _build(raw: Path, out: Path) -> int:
    from loaders.build.build import build_snapshot

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
    from loaders.catalogue import source_coverage

    coverage = source_coverage(root)
    print(coverage.to_string(index=False))
    return 0


def _check(path: Path | None, date: dt.date | None, output: str) -> int:
    import json

    import pandas as pd

    from factcheck import check_claims, check_text, claim_reviews, validated
    from factcheck.documents import (
        known_document_date,
        load_claims,
        load_documents,
        read_document,
        upload_document,
    )
    from loaders import load_observations, load_sources

    observations, sources = load_observations(), load_sources()
    documents = load_documents()
    if path is None:
        verdicts = validated(check_claims(load_claims(), observations, sources))
        where = "the claims registry"
    else:
        text = read_document(path)
        document_date = date or known_document_date(path.name)
        verdicts = check_text(text, path.name, document_date, observations, sources)
        where = str(path)
        if path.name not in set(documents["document"]):
            upload = upload_document(path.name, str(document_date or ""))
            documents = pd.concat([documents, upload], ignore_index=True)
    if output == "claimreview":
        print(json.dumps(claim_reviews(verdicts, documents), indent=2, ensure_ascii=False))
    elif output == "json":
        print(verdicts.to_json(orient="records", indent=2, force_ascii=False))
    else:
        verdicts.to_csv(sys.stdout, index=False, lineterminator="\n", float_format="%.12g")
    counts = verdicts["verdict"].value_counts().to_dict()
    summary = ", ".join(f"{n} {k}" for k, n in counts.items()) or "no figures found"
    print(f"{len(verdicts)} claim(s) checked in {where}: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
