"""The `ledger` command."""

import argparse
import contextlib
import datetime as dt
import os
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

from factcheck.documents import DocumentError
from loaders import DatasetError
from loaders.comtrade import ComtradeError
from loaders.snapshot import ENVIRONMENT, checkout_datasets, writable_datasets

CHECKOUT = Path(__file__).resolve().parents[1]
APP = Path(__file__).resolve().parent / "app.py"
FIRST_YEAR = 1962  # UN Comtrade's first year
INTERRUPTED = 130  # the shell's code for a process ended by Ctrl-C (128 + SIGINT)


def default_cache() -> Path:
    """LEDGER_CACHE, else the checkout's .cache, else the user's cache folder."""
    if os.environ.get("LEDGER_CACHE"):
        return Path(os.environ["LEDGER_CACHE"])
    if checkout_datasets(CHECKOUT) is not None:
        return CHECKOUT / ".cache"
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "bilateral-ledger"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ledger", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--datasets",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"the datasets folder (default: ${ENVIRONMENT}, this checkout's datasets/, "
        "or the copy installed with the package)",
    )
    common.add_argument(
        "--verbose", action="store_true", default=argparse.SUPPRESS, help="show error details"
    )
    parser.add_argument("--verbose", action="store_true", help="show error details")
    parser.add_argument("--datasets", type=Path, default=None, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser(
        "build-snapshot", parents=[common], help="rebuild datasets/ from the raw files"
    )
    build.add_argument(
        "--raw",
        type=Path,
        default=Path("../shared/data/raw"),
        help="folder holding the raw files (default: ../shared/data/raw)",
    )
    build.add_argument(
        "--out", type=Path, default=None, help="target folder (default: the datasets folder)"
    )
    sources = commands.add_parser(
        "sources", parents=[common], help="list sources with row counts and years"
    )
    sources.add_argument(
        "--families",
        action="store_true",
        help="one line per source family instead: label, sources, rows, years, caveat",
    )
    extract = commands.add_parser(
        "extract", parents=[common], help="list the figures a text document cites"
    )
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
        "check",
        parents=[common],
        help="check a document's figures against the records (no FILE: the registry)",
    )
    check.add_argument("file", type=Path, nargs="?", default=None)
    check.add_argument("--date", type=_iso_date, default=None, help="the document's date")
    check.add_argument(
        "--format",
        choices=["csv", "json", "claimreview", "text"],
        default="csv",
        help="text: each claim's verdict, figures and explanation, to read in a terminal",
    )
    refresh = commands.add_parser(
        "refresh",
        parents=[common],
        help="pull a pair's UN Comtrade series into datasets/ (needs the network)",
    )
    refresh.add_argument("--reporter", required=True, help="ISO alpha-3, e.g. TUR")
    refresh.add_argument("--partner", required=True, help="ISO alpha-3, e.g. RUS")
    refresh.add_argument("--years", type=_year_span, required=True, help="e.g. 2000-2024")
    refresh.add_argument("--offline", action="store_true", help="answer only from the cache")
    refresh.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the response cache (ask the server for everything)",
    )
    cache_help = (
        "response cache folder (default: $LEDGER_CACHE, .cache in a checkout, "
        "else ~/.cache/bilateral-ledger)"
    )
    refresh.add_argument("--cache", type=Path, default=None, help=cache_help)
    cache = commands.add_parser("cache", parents=[common], help="the UN Comtrade response cache")
    cache.add_argument("action", choices=["clear"], help="clear: remove every cached answer")
    cache.add_argument("--cache", type=Path, default=None, help=cache_help)
    app = commands.add_parser(
        "app", parents=[common], help="serve the dashboard (streamlit) on this machine"
    )
    app.add_argument("--port", type=int, default=8501)
    app.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: loopback only)"
    )
    args = parser.parse_args(argv)
    verbose = bool(getattr(args, "verbose", False))
    try:
        with _datasets_named(getattr(args, "datasets", None)):
            return _run(args)
    except KeyboardInterrupt:
        print("ledger: interrupted", file=sys.stderr)
        return INTERRUPTED
    except ComtradeError as err:
        return _fail(f"ledger refresh: {err}", 1, verbose)
    except DocumentError as err:  # the input document, not our data: a usage error
        return _fail(f"ledger: {err}", 2, verbose)
    except (DatasetError, ValueError, OSError) as err:
        return _fail(f"ledger: {err}", 1, verbose)
    except Exception as err:  # a bug: one line, the traceback with --verbose
        return _fail(f"ledger: unexpected {type(err).__name__}: {err}", 1, verbose, True)


def _run(args: argparse.Namespace) -> int:
    if args.command == "refresh":
        return _refresh(args)
    if args.command == "build-snapshot":
        return _build(args.raw, args.out or writable_datasets())
    if args.command == "extract":
        return _extract(args.file, args.date, args.format, args.every_number)
    if args.command == "check":
        return _check(args.file, args.date, args.format)
    if args.command == "cache":
        return _cache_clear(args.cache or default_cache())
    if args.command == "app":
        return _app(args.host, args.port)
    return _sources(None, getattr(args, "families", False))


def _fail(message: str, code: int, verbose: bool, bug: bool = False) -> int:
    """One line on stderr; the details (and a traceback for a bug) only with --verbose."""
    if verbose:
        traceback.print_exc(file=sys.stderr)
        print(message, file=sys.stderr)
        return code
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    hint = " (run with --verbose for details)" if bug else ""
    print("; ".join(lines) + hint, file=sys.stderr)
    return code


@contextlib.contextmanager
def _datasets_named(folder: Path | None) -> Iterator[None]:
    """--datasets applies to every table the command reads (it sets LEDGER_DATASETS for the
    duration of the command)."""
    if folder is None:
        yield
        return
    previous = os.environ.get(ENVIRONMENT)
    os.environ[ENVIRONMENT] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(ENVIRONMENT, None)
        else:
            os.environ[ENVIRONMENT] = previous


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
    this_year = dt.date.today().year
    if first > last or first < FIRST_YEAR:
        raise argparse.ArgumentTypeError(f"{text!r}: years run from {FIRST_YEAR} and forwards")
    if last > this_year:
        raise argparse.ArgumentTypeError(
            f"{text!r}: {last} is in the future (the latest year is {this_year})"
        )
    return list(range(first, last + 1))


def _refresh(args: argparse.Namespace) -> int:
    from loaders.comtrade import ComtradeClient, refresh

    datasets = writable_datasets()  # checked before any call
    client = ComtradeClient(
        args.cache or default_cache(), offline=args.offline, no_cache=args.no_cache
    )
    result = refresh(args.reporter.upper(), args.partner.upper(), args.years, datasets, client)
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
    sys.stdout.flush()  # the summary after the table, also when both go to one file
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


def _cache_clear(folder: Path) -> int:
    from loaders.comtrade.client import clear_cache

    path, existed = clear_cache(folder)
    print(f"removed the response cache {path}" if existed else f"no response cache at {path}")
    return 0


def app_command(host: str = "127.0.0.1", port: int = 8501) -> list[str]:
    """`streamlit run` of the installed app with the project's serving settings."""
    from dashboard.serving import flags

    return [sys.executable, "-m", "streamlit", "run", str(APP), *flags(host, port)]


def _app(host: str, port: int) -> int:
    from loaders.snapshot import require_folder, resolve_datasets

    folder, how = resolve_datasets()
    require_folder(folder)  # a missing snapshot is one line here, not a page error later
    print(f"serving the dashboard on http://{host}:{port} (datasets: {folder}, {how})", flush=True)
    command = app_command(host, port)
    # Streamlit takes over this process: Ctrl-C and kill reach the server itself.
    os.execv(command[0], command)
    return 0  # not reached


def _sources(root: Path | None, families: bool = False) -> int:
    from loaders.catalogue import family_summary, source_coverage

    if families:
        summary = family_summary(root)
        years = summary["first_year"].astype(str) + "-" + summary["last_year"].astype(str)
        summary = summary.assign(years=years.where(summary["rows"] > 0, ""))
        text = ["family", "label", "years", "caveat"]
        width = {c: int(summary[c].str.len().max()) for c in text}
        left = {c: (lambda v, w=width[c]: f"{v:<{w}}") for c in text}
        columns = ["family", "label", "sources", "rows", "years", "caveat"]
        table = summary[columns].to_string(index=False, justify="left", formatters=left)
        print("\n".join(line.rstrip() for line in table.splitlines()))
        return 0
    coverage = source_coverage(root)
    print(coverage.to_string(index=False))
    return 0


def _verdicts_as_text(verdicts) -> str:
    """One block per claim, for reading in a terminal: id and verdict, the quote, the claimed
    and recorded figures with their periods, and the explanation wrapped to 100 columns."""
    import textwrap

    import pandas as pd

    from factcheck.explain import claimed_figure, figure
    from factcheck.scale import SCALE

    blocks = []
    for row in verdicts.itertuples(index=False):
        label = row.verdict_label or SCALE[row.verdict].label
        recorded = (
            f"{figure(row.recorded_value, row.recorded_unit)} ({row.recorded_period})"
            if row.recorded_unit and pd.notna(row.recorded_value)
            else "nothing like for like"
        )
        claimed = claimed_figure(
            row.claimed_value, row.value_low, row.value_high, row.comparator, row.claimed_unit
        )
        lines = [
            f"{row.claim_id}  {label}",
            f"  “{row.quote}”",
            f"  claimed {claimed} ({row.claimed_period or 'no period'}); recorded {recorded}",
            textwrap.fill(row.explanation, 100, initial_indent="  ", subsequent_indent="  "),
        ]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _check(path: Path | None, date: dt.date | None, output: str) -> int:
    import json

    import pandas as pd

    from factcheck import check_claims, check_text, claim_reviews, document_address, validated
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
    addresses: dict[str, str] = {}
    if path is None:
        verdicts = validated(check_claims(load_claims(), observations, sources))
        where = "the claims registry"
    else:
        text = read_document(path)
        document_date = date or known_document_date(path.name)
        verdicts = check_text(text, path.name, document_date, observations, sources)
        where = str(path)
        address = document_address(text)  # the article's own address, for its ClaimReview
        if address:
            addresses[path.name] = address
        if path.name not in set(documents["document"]):
            upload = upload_document(path.name, str(document_date or ""))
            documents = pd.concat([documents, upload], ignore_index=True)
    if output == "claimreview":
        reviews = claim_reviews(verdicts, documents, addresses=addresses)
        print(json.dumps(reviews, indent=2, ensure_ascii=False))
    elif output == "json":
        print(verdicts.to_json(orient="records", indent=2, force_ascii=False))
    elif output == "text":
        print(_verdicts_as_text(verdicts))
    else:
        verdicts.to_csv(sys.stdout, index=False, lineterminator="\n", float_format="%.12g")
    counts = verdicts["verdict"].value_counts().to_dict()
    summary = ", ".join(f"{n} {k}" for k, n in counts.items()) or "no figures found"
    sys.stdout.flush()  # the summary after the verdicts, also when both go to one file
    every = f"; every number in it: ledger extract {path} --all" if path is not None else ""
    print(f"{len(verdicts)} claim(s) checked in {where}: {summary}{every}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
