"""`ledger refresh`: pull a pair's UN Comtrade series and add them to the snapshot safely.

Order of work: plan the calls, fetch every response (cache first), validate each envelope and
its records against the request, normalise; then, holding the datasets lock, merge with the
Comtrade rows already held, and write the refresh's two files (the table and its own source
table; `loaders/store.py` says who owns what) into a staged copy of the snapshot that is
validated as a whole and swapped in at once. Any failure leaves the snapshot as it was.
"""

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from loaders import store
from loaders.comtrade.client import CLEAR_HINT, ComtradeClient, ComtradeError, progress
from loaders.comtrade.codes import to_comtrade
from loaders.comtrade.plan import MAX_PERIODS, plan_calls
from loaders.comtrade.records import (
    ResponseError,
    check_availability,
    check_envelope,
    source_id,
    to_observations,
    validate_records,
)
from loaders.snapshot import read_table, staged_check
from validation import DatasetError, Observation, Source, validate_table

TABLE = "trade_un_comtrade.csv"
FAMILY = "trade_un_comtrade"  # listed in loaders/build/curation/source_families.csv
SOURCES = store.COMTRADE_SOURCES
KEY = ["indicator", "reporter", "partner", "flow", "product", "breakdown", "period", "unit"]
PUBLISHER = "United Nations Statistics Division (UN Comtrade)"


@dataclass
class RefreshResult:
    calls: int  # requests that reached the network
    responses: int  # responses read (network or cache)
    rows: int  # Comtrade rows now in the snapshot
    changes: pd.DataFrame  # per source and year: added, changed, removed


def refresh(
    reporter: str,
    partner: str,
    years: list[int],
    datasets: Path,
    client: ComtradeClient,
    today: dt.date | None = None,
    lock_wait: float = store.LOCK_WAIT_SECONDS,
) -> RefreshResult:
    """Pull both reporters' records of the pair for `years` and write them into `datasets`."""
    check_years(years, today or dt.date.today())
    try:
        codes = {iso: to_comtrade(iso) for iso in (reporter, partner)}
    except ValueError as err:
        raise ComtradeError(f"{err}; use ISO 3166 alpha-3 codes such as TUR or DEU") from None
    if codes[reporter] == codes[partner]:
        raise ComtradeError("--reporter and --partner must differ")
    reporters = [codes[reporter], codes[partner]]
    partner_of = {codes[reporter]: codes[partner], codes[partner]: codes[reporter]}

    vintages = _release_dates(client, reporters, years)
    records, responses = _fetch(
        client, plan_calls(reporters, partner_of, years, client.record_limit)
    )
    if records.empty:
        raise ComtradeError(
            f"UN Comtrade returned no records for {reporter}-{partner} in "
            f"{years[0]}-{years[-1]}; nothing was changed (check the years and the codes)"
        )
    fresh = to_observations(records, vintages)

    with store.locked(datasets, f"refresh {reporter}-{partner}", wait=lock_wait):
        obs_path = datasets / store.COMTRADE_TABLE
        old = _read_existing(obs_path)
        scope = _in_scope(old, fresh, years)
        merged = pd.concat([old[~scope], fresh], ignore_index=True)
        merged = merged.sort_values(["source_id", *KEY], ignore_index=True)[
            list(Observation.to_schema().columns)
        ]
        merged = merged.astype({"value": "float64", "preferred": "bool"})
        held = _read_sources(datasets / SOURCES)
        sources = _with_sources(held, merged, fresh, today or dt.date.today())
        try:
            validate_table(Source, sources, f"{datasets / SOURCES} (after refresh)")
            validate_table(Observation, merged, f"{obs_path} (after refresh)")
        except DatasetError as err:
            raise ComtradeError(
                f"the refreshed data did not validate, nothing was written: {err}"
            ) from None
        changes = _changes(old[scope], fresh)
        files = {store.COMTRADE_TABLE: _csv_text(merged), SOURCES: _csv_text(sources)}
        store.write_snapshot(
            datasets,
            "refresh",
            files,
            staged_check(datasets, ComtradeError, "the refreshed snapshot"),
        )
    return RefreshResult(client.calls, responses, len(merged), changes)


FIRST_YEAR = 1962  # UN Comtrade's first year


def check_years(years: list[int], today: dt.date) -> None:
    """Refuse, before any call, years UN Comtrade cannot have: before 1962 or in the future."""
    if not years:
        raise ComtradeError("no years asked for; pass --years YYYY or YYYY-YYYY")
    if years[0] < FIRST_YEAR:
        raise ComtradeError(f"UN Comtrade starts in {FIRST_YEAR}; {years[0]} cannot be asked for")
    if years[-1] > today.year:
        raise ComtradeError(f"{years[-1]} is in the future; the latest year is {today.year}")
    if years != list(range(years[0], years[-1] + 1)):
        raise ComtradeError("years must be one span without gaps, e.g. 2000-2024")


def _release_dates(client, reporters: list[int], years: list[int]) -> dict[tuple[int, str], str]:
    """(reporter code, year) -> the dataset's last release date, from the availability API."""
    dates = {}
    for reporter in reporters:
        for start in range(0, len(years), MAX_PERIODS):
            chunk = years[start : start + MAX_PERIODS]
            params = {"reporterCode": str(reporter), "period": ",".join(map(str, chunk))}

            def read(envelope: object, where: str, params=params) -> list[dict]:
                data = check_envelope(envelope, where)
                check_availability(data, where, params)
                return data

            for row in _checked(client, client.availability_path(), params, read):
                released = str(row.get("lastReleased") or "")[:10]
                if released:
                    dates[(int(row["reporterCode"]), str(row["period"]))] = released
    return dates


def _checked(client: ComtradeClient, path: str, params: dict[str, str], read):
    """`read(envelope, where)` of one answer; an answer it refuses is dropped from the cache,
    so the next refresh asks again instead of meeting the same bad answer."""
    try:
        return read(client.get_json(path, params), client.describe(path, params))
    except ResponseError as err:
        client.forget(path, params)
        raise ResponseError(
            f"{err}; this answer was refused and dropped from the cache "
            f"(if it comes back: {CLEAR_HINT})"
        ) from None


def _fetch(client: ComtradeClient, calls) -> tuple[pd.DataFrame, int]:
    frames, queue, responses = [], list(calls), 0
    while queue:
        call = queue.pop(0)
        path, params = client.data_path(), call.params()
        where = client.describe(path, params)

        def read(envelope: object, where: str, params=params) -> tuple[list, pd.DataFrame | None]:
            data = check_envelope(envelope, where)
            full = len(data) >= client.record_limit  # split below, not validated as final
            return data, None if full else validate_records(data, where, params)

        data, records = _checked(client, path, params, read)
        responses += 1
        if len(data) >= client.record_limit:
            parts = call.split()
            if not parts:
                raise ComtradeError(
                    f"{where}: one year, code and flow reach the {client.record_limit}-record "
                    "cap; set COMTRADE_API_KEY to use the data endpoint"
                )
            progress(f"  record cap reached: splitting into {len(parts)} smaller calls")
            queue[:0] = parts
            continue
        frames.append(records)
        progress(
            f"[{responses}] reporter {call.reporter}, years {call.years[0]}-{call.years[-1]}, "
            f"{'+'.join(call.codes)}: {len(data)} records ({len(queue)} calls left)"
        )
    frames = [f for f in frames if not f.empty]
    return (pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()), responses


def _read_existing(path: Path) -> pd.DataFrame:
    columns = list(Observation.to_schema().columns)
    if not path.exists():
        return pd.DataFrame(columns=columns)
    frame = read_table(path, numeric={"value"}, boolean={"preferred"})
    return validate_table(Observation, frame, str(path))


def _in_scope(old: pd.DataFrame, fresh: pd.DataFrame, years: list[int]) -> pd.Series:
    """Rows this refresh replaces: same reporter source and partner, a refreshed year."""
    pairs = set(zip(fresh["source_id"], fresh["partner"], strict=True))
    held = pd.Series(list(zip(old["source_id"], old["partner"], strict=True)), index=old.index)
    return held.isin(pairs) & old["period"].isin([str(y) for y in years])


def _read_sources(path: Path) -> pd.DataFrame:
    columns = list(Source.to_schema().columns)
    if not path.exists():
        return pd.DataFrame(columns=columns)
    return validate_table(Source, read_table(path), str(path))


def _with_sources(
    sources: pd.DataFrame, merged: pd.DataFrame, fresh: pd.DataFrame, today: dt.date
) -> pd.DataFrame:
    """The refresh's source table: one row per reporter refreshed now (its release dates
    taken from every row it holds), the other reporters' rows as they were."""
    rows = []
    for sid, reporter in sorted(set(zip(fresh["source_id"], fresh["reporter"], strict=True))):
        held = merged.loc[merged["source_id"] == sid, "vintage"].unique()
        released = sorted(v.removeprefix("released ") for v in held if v.startswith("released "))
        rows.append(
            {
                "source_id": sid,
                "family": FAMILY,
                "kind": "statistical_api",
                "publisher": PUBLISHER,
                "title": f"UN Comtrade final data, HS, annual: trade reported by {reporter}",
                "url": "https://comtradeplus.un.org/",
                "retrieved": today.isoformat(),
                "edition": "",
                "licence": "UN Comtrade terms of use: free reuse with attribution",
                "tier": "official_release",
                "raw_file": "api: /data/v1/get/C/A/HS (or /public/v1/preview), cached locally",
                "quote": "",
                "note": (
                    f"{reporter}'s own records (imports CIF, exports FOB); net weights in tonnes. "
                    f"Release dates: {released[0]} to {released[-1]}."
                    if released
                    else f"{reporter}'s own records (imports CIF, exports FOB)."
                ),
            }
        )
    new = pd.DataFrame(rows, columns=sources.columns)
    kept = sources[~sources["source_id"].isin(new["source_id"])]
    return pd.concat([kept, new], ignore_index=True).sort_values("source_id", ignore_index=True)


def _changes(old: pd.DataFrame, fresh: pd.DataFrame) -> pd.DataFrame:
    """Rows added, changed and removed against the snapshot, per source and year."""
    key = ["source_id", *KEY]
    both = old.merge(fresh, on=key, how="outer", suffixes=("_old", "_new"), indicator=True)
    status = both["_merge"].map({"left_only": "removed", "right_only": "added", "both": "same"})
    moved = (both["_merge"] == "both") & (
        (both["value_old"] != both["value_new"]) | (both["vintage_old"] != both["vintage_new"])
    )
    status = status.where(~moved, "changed")
    table = both.assign(status=status, year=both["period"])
    counts = table.groupby(["source_id", "year", "status"]).size().unstack(fill_value=0)
    for column in ("added", "changed", "removed", "same"):
        if column not in counts:
            counts[column] = 0
    return counts[["added", "changed", "removed", "same"]].reset_index()


def _csv_text(frame: pd.DataFrame) -> str:
    out = io.StringIO()
    frame.to_csv(out, index=False, lineterminator="\n")
    return out.getvalue()


__all__ = ["RefreshResult", "ResponseError", "refresh", "source_id"]
