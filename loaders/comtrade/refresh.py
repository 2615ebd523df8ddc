"""`ledger refresh`: pull a pair's UN Comtrade series and add them to the snapshot safely.

Order of work: plan the calls, fetch every response (cache first), validate each envelope and
its records, normalise, merge with the Comtrade rows already held, validate the merged table
and its provenance, and only then write: each file to a temporary name in the same folder,
renamed over the old one (sources first, so observations never cite an unknown source).
Any failure before the renames leaves the snapshot exactly as it was.
"""

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from loaders.comtrade.client import ComtradeClient, ComtradeError, progress
from loaders.comtrade.codes import to_comtrade
from loaders.comtrade.plan import MAX_PERIODS, plan_calls
from loaders.comtrade.records import (
    ResponseError,
    check_envelope,
    source_id,
    to_observations,
    validate_records,
)
from loaders.snapshot import read_table
from validation import DatasetError, Observation, Source, validate_table
from validation.integrity import check_provenance

TABLE = "trade_un_comtrade.csv"
FAMILY = "trade_un_comtrade"  # listed in loaders/build/curation/source_families.csv
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
) -> RefreshResult:
    """Pull both reporters' records of the pair for `years` and write them into `datasets`."""
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

    obs_path = datasets / "observations" / TABLE
    old = _read_existing(obs_path)
    scope = _in_scope(old, fresh, years)
    merged = pd.concat([old[~scope], fresh], ignore_index=True)
    merged = merged.sort_values(["source_id", *KEY], ignore_index=True)[
        list(Observation.to_schema().columns)
    ]
    merged = merged.astype({"value": "float64", "preferred": "bool"})
    sources = _with_sources(read_table(datasets / "sources.csv"), fresh, today or dt.date.today())
    _validate(datasets, merged, sources, obs_path)

    changes = _changes(old[scope], fresh)
    _write_atomic(datasets / "sources.csv", sources)
    _write_atomic(obs_path, merged)
    return RefreshResult(client.calls, responses, len(merged), changes)


def _release_dates(client, reporters: list[int], years: list[int]) -> dict[tuple[int, str], str]:
    """(reporter code, year) -> the dataset's last release date, from the availability API."""
    dates = {}
    for reporter in reporters:
        for start in range(0, len(years), MAX_PERIODS):
            chunk = years[start : start + MAX_PERIODS]
            params = {"reporterCode": str(reporter), "period": ",".join(map(str, chunk))}
            for row in _checked(client, client.availability_path(), params, check_envelope):
                released = str(row.get("lastReleased") or "")[:10]
                if released:
                    dates[(int(row["reporterCode"]), str(row["period"]))] = released
    return dates


def _checked(client: ComtradeClient, path: str, params: dict[str, str], read):
    """`read(envelope, where)` of one answer; an answer it refuses is dropped from the cache,
    so the next refresh asks again instead of meeting the same bad answer."""
    try:
        return read(client.get_json(path, params), client.describe(path, params))
    except ResponseError:
        client.forget(path, params)
        raise


def _fetch(client: ComtradeClient, calls) -> tuple[pd.DataFrame, int]:
    frames, queue, responses = [], list(calls), 0
    while queue:
        call = queue.pop(0)
        path, params = client.data_path(), call.params()
        where = client.describe(path, params)

        def read(envelope: object, where: str) -> tuple[list[dict], pd.DataFrame | None]:
            data = check_envelope(envelope, where)
            full = len(data) >= client.record_limit  # split below, not validated as final
            return data, None if full else validate_records(data, where)

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


def _with_sources(sources: pd.DataFrame, fresh: pd.DataFrame, today: dt.date) -> pd.DataFrame:
    rows = []
    for sid, reporter in sorted(set(zip(fresh["source_id"], fresh["reporter"], strict=True))):
        released = sorted(v for v in fresh.loc[fresh["source_id"] == sid, "vintage"].unique())
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
    return pd.concat(
        [sources[~sources["source_id"].isin(new["source_id"])], new], ignore_index=True
    )


def _validate(datasets: Path, merged: pd.DataFrame, sources: pd.DataFrame, path: Path) -> None:
    """The merged table and its provenance must pass before anything is written."""
    try:
        validate_table(Source, sources, f"{datasets / 'sources.csv'} (after refresh)")
        validate_table(Observation, merged, f"{path} (after refresh)")
        check_provenance(merged, sources)
    except DatasetError as err:
        raise ComtradeError(
            f"the refreshed data did not validate, nothing was written: {err}"
        ) from None


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


def _write_atomic(path: Path, frame: pd.DataFrame) -> None:
    """Write beside the target and rename over it: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            frame.to_csv(out, index=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = ["RefreshResult", "ResponseError", "refresh", "source_id"]
