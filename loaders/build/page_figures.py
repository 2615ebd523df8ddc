"""Figures quoted from news and official pages, classified by the reviewed table in
curation/page_figures.csv (one or more lines per raw row; every raw row must be covered)."""

import csv
import hashlib
import re
from pathlib import Path
from urllib.parse import urlparse

from loaders.build.common import (
    CURATION_DIR,
    SnapshotError,
    SourceTable,
    curated_source,
    excluded_row,
    observation_frame,
    require,
)
from validation.schemas import OBSERVATION_KEY

RAW_FILES = (
    "trade/figures_from_pages.csv",
    "energy/figures_from_pages.csv",
    "tourism/figures_from_pages.csv",
)
CURATION = CURATION_DIR / "page_figures.csv"
REQUIRED = ("indicator", "year", "value", "unit", "source_title", "source_url", "quote")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2})")


def parse(raw_dir: Path) -> tuple[SourceTable, list[dict]]:
    """Observations, sources and exclusions, plus the dated milestones (no numeric value)."""
    raw = {name: _read_raw(raw_dir, name) for name in RAW_FILES}
    with CURATION.open(newline="", encoding="utf-8") as handle:
        curation = list(csv.DictReader(handle))
    _check_every_row_curated(raw, curation)

    rows, sources, excluded, milestones = [], {}, [], []
    seen: dict[tuple, str] = {}
    for line, cure in enumerate(curation, start=2):
        record = _raw_record(raw, cure, line)
        where = f"{cure['raw_file']} row {cure['raw_row']}"
        if cure["status"] == "exclude":
            excluded.append(
                excluded_row(cure["raw_file"], cure["raw_row"], record["indicator"], cure["reason"])
            )
            continue
        tier = cure["tier"] or "unattributed"
        source = _source(record, cure["raw_file"], tier)
        sources.setdefault(source["source_id"], source)
        if cure["status"] == "milestone":
            milestones.append(
                {
                    "event": cure["reason"],
                    "date": record["value"],
                    "source_id": source["source_id"],
                    "note": record["indicator"],
                }
            )
            continue
        if cure["status"] != "keep":
            raise SnapshotError(f"{CURATION.name} line {line}: unknown status {cure['status']!r}")
        value = (
            float(cure["value_override"])
            if cure["value_override"]
            else float(record["value"]) * float(cure["factor"])
        )
        observation = {
            "indicator": cure["indicator"],
            "reporter": cure["reporter"],
            "partner": cure["partner"],
            "flow": cure["flow"],
            "product": cure["product"],
            "breakdown": cure["breakdown"],
            "period": cure["period"],
            "period_type": cure["period_type"],
            "value": value,
            "unit": cure["unit"],
            "qualifier": cure["qualifier"],
            "source_id": source["source_id"],
            "vintage": source["edition"],
            "tier": tier,
            "note": "; ".join(p for p in (cure["note"], f"raw unit: {record['unit']}") if p),
        }
        key = tuple(observation[k] for k in OBSERVATION_KEY)
        if key in seen:
            excluded.append(
                excluded_row(
                    cure["raw_file"],
                    cure["raw_row"],
                    record["indicator"],
                    f"same figure, page and quote as {seen[key]}",
                )
            )
            continue
        seen[key] = where
        rows.append(observation)
    table = SourceTable(
        "page_figures",
        observation_frame(rows),
        sorted(sources.values(), key=lambda s: s["source_id"]),
        excluded,
    )
    return table, milestones


def _read_raw(raw_dir: Path, name: str) -> list[dict]:
    with require(raw_dir, name).open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise SnapshotError(f"{name}: expected columns {missing}")
        return list(reader)


def _check_every_row_curated(raw: dict[str, list[dict]], curation: list[dict]) -> None:
    covered = {(c["raw_file"], int(c["raw_row"])) for c in curation}
    for name, records in raw.items():
        for number in range(1, len(records) + 1):
            if (name, number) not in covered:
                raise SnapshotError(
                    f"{name} row {number} has no line in {CURATION.name}: "
                    "classify it (keep, exclude or milestone)"
                )


def _raw_record(raw: dict[str, list[dict]], cure: dict, line: int) -> dict:
    records = raw.get(cure["raw_file"])
    number = int(cure["raw_row"])
    if records is None or not 1 <= number <= len(records):
        raise SnapshotError(f"{CURATION.name} line {line}: no row {number} in {cure['raw_file']}")
    record = records[number - 1]
    if record["value"] != cure["raw_value"]:
        raise SnapshotError(
            f"{CURATION.name} line {line}: {cure['raw_file']} row {number} now "
            f"says {record['value']!r}, curation expects {cure['raw_value']!r}"
        )
    if not record["source_url"] and cure["status"] != "exclude":
        raise SnapshotError(f"{cure['raw_file']} row {number}: no page address; exclude it")
    return record


def _source(record: dict, raw_file: str, tier: str) -> dict:
    digest = hashlib.sha1(
        "\n".join((record["source_url"], record["quote"], tier)).encode("utf-8")
    ).hexdigest()[:10]
    host = urlparse(record["source_url"]).netloc.removeprefix("www.")
    date = _DATE.search(record["source_title"])
    return curated_source(
        "page-quote",
        digest=digest,
        publisher=host or "unknown site",
        title=record["source_title"],
        url=record["source_url"],
        edition=f"article {date.group(1)}" if date else "undated article",
        tier=tier,
        raw_file=raw_file,
        quote=record["quote"],
    )
