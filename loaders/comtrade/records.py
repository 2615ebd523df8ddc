"""Validate Comtrade responses and turn their records into Observation rows.

Nothing is written until every response of a refresh has passed: the envelope must be the
documented {elapsedTime, count, data, error} with no error and `count` equal to the rows
sent; each record must pass the pandera model below.
"""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from loaders.comtrade.client import ComtradeError
from loaders.comtrade.codes import from_comtrade
from validation.errors import describe_failures
from validation.schemas import UNIT_CEILINGS

ENVELOPE_KEYS = {"count", "data", "error"}
FLOWS = {"M": "import", "X": "export"}
VALUATION = {"M": "CIF", "X": "FOB"}


class ResponseError(ComtradeError):
    """A response that does not have the documented shape; the message says where."""


class ComtradeRecord(pa.DataFrameModel):
    """The fields of a final-data record that a refresh reads."""

    reporterCode: Series[int] = pa.Field(ge=0)
    partnerCode: Series[int] = pa.Field(ge=0)
    flowCode: Series[str] = pa.Field(isin=list(FLOWS))
    period: Series[str] = pa.Field(str_matches=r"^\d{4}$")
    freqCode: Series[str] = pa.Field(isin=["A"])
    cmdCode: Series[str] = pa.Field(str_matches=r"^(TOTAL|\d{2}|\d{4}|\d{6})$")
    partner2Code: Series[int] = pa.Field(isin=[0])
    customsCode: Series[str] = pa.Field(isin=["C00"])
    motCode: Series[int] = pa.Field(isin=[0])
    # Finite and below the plausibility ceilings the snapshot holds (`Infinity`, 1e308 fail).
    primaryValue: Series[float] = pa.Field(ge=0, le=UNIT_CEILINGS["USD"])
    netWgt: Series[float] = pa.Field(ge=0, le=UNIT_CEILINGS["tonnes"] * 1000, nullable=True)
    isNetWgtEstimated: Series[bool] = pa.Field(nullable=True)

    class Config:
        strict = False
        coerce = True


def check_envelope(envelope: object, where: str) -> list[dict]:
    """The records of a response, or ResponseError naming the call and what is wrong."""
    if not isinstance(envelope, dict) or not set(envelope) >= ENVELOPE_KEYS:
        keys = sorted(envelope) if isinstance(envelope, dict) else type(envelope).__name__
        raise ResponseError(f"{where}: not a Comtrade envelope (got {keys})")
    if envelope.get("error"):
        raise ResponseError(f"{where}: the API reported an error: {envelope['error']}")
    data = envelope["data"]
    if not isinstance(data, list):
        raise ResponseError(f"{where}: 'data' is {type(data).__name__}, not a list")
    if envelope["count"] != len(data):
        raise ResponseError(f"{where}: 'count' is {envelope['count']} but {len(data)} rows came")
    return data


def validate_records(
    data: list[dict], where: str, request: dict[str, str] | None = None
) -> pd.DataFrame:
    """The records as a validated frame; ResponseError names the record and field that fail.

    With `request` (the call's parameters), every record must also answer it: the reporter,
    partner, year, flow and commodity asked for, nothing else."""
    if not data:
        return pd.DataFrame(columns=list(ComtradeRecord.to_schema().columns))
    if not all(isinstance(row, dict) for row in data):
        raise ResponseError(f"{where}: 'data' holds something other than records")
    frame = pd.DataFrame(data)
    frame["period"] = frame["period"].astype(str) if "period" in frame else frame.get("period")
    try:
        records = ComtradeRecord.validate(frame, lazy=True)
        if request is not None:
            request_schema(request).validate(records, lazy=True)
    except pa.errors.SchemaErrors as err:
        message = describe_failures(err.failure_cases, where, line_offset=0)
        raise ResponseError(one_line(message.replace(" line ", " record "))) from None
    return records


def request_schema(request: dict[str, str]) -> pa.DataFrameSchema:
    """What an answer to `request` may hold (codes, years, flows and commodities asked for)."""

    def asked(name: str) -> list[str]:
        return [v for v in request.get(name, "").split(",") if v]

    codes = asked("cmdCode")
    chapters = "AG2" in codes

    def commodity_asked(column: pd.Series) -> pd.Series:
        is_chapter = column.str.fullmatch(r"\d{2}")
        return column.isin(codes) | (is_chapter & chapters)

    return pa.DataFrameSchema(
        {
            "reporterCode": pa.Column(int, pa.Check.isin([int(c) for c in asked("reporterCode")])),
            "partnerCode": pa.Column(int, pa.Check.isin([int(c) for c in asked("partnerCode")])),
            "period": pa.Column(str, pa.Check.isin(asked("period"))),
            "flowCode": pa.Column(str, pa.Check.isin(asked("flowCode"))),
            "cmdCode": pa.Column(str, pa.Check(commodity_asked, name="commodity asked for")),
        },
        name="answer matches the request",
        strict=False,
    )


def check_availability(data: list[dict], where: str, request: dict[str, str]) -> None:
    """Availability rows must name the reporter and the years asked for."""
    reporter = request["reporterCode"]
    years = set(request["period"].split(","))
    for number, row in enumerate(data):
        if not isinstance(row, dict):
            raise ResponseError(f"{where}: record {number} is not an object")
        if str(row.get("reporterCode")) != reporter or str(row.get("period")) not in years:
            raise ResponseError(
                f"{where}: record {number} is for reporter {row.get('reporterCode')!r}, "
                f"period {row.get('period')!r}, not the reporter and years asked for"
            )


def one_line(message: str) -> str:
    return "; ".join(part.strip() for part in message.splitlines() if part.strip())


def to_observations(records: pd.DataFrame, vintages: dict[tuple[int, str], str]) -> pd.DataFrame:
    """Observation rows: values in US$, net weights in tonnes, each with its release date."""
    rows = []
    for r in records.itertuples(index=False):
        reporter, partner = from_comtrade(r.reporterCode), from_comtrade(r.partnerCode)
        product = "TOTAL" if r.cmdCode == "TOTAL" else f"HS{r.cmdCode}"
        released = vintages.get((r.reporterCode, r.period), "")
        vintage = f"released {released}" if released else "release date not given"
        base = {
            "reporter": reporter,
            "partner": partner,
            "flow": FLOWS[r.flowCode],
            "product": product,
            "breakdown": "",
            "period": r.period,
            "period_type": "year",
            "qualifier": "exact",
            "source_id": source_id(reporter),
            "vintage": vintage,
            "tier": "official_release",
            "preferred": True,
        }
        rows.append(
            base
            | {
                "indicator": "merchandise_trade",
                "value": float(r.primaryValue),
                "unit": "USD",
                "note": VALUATION[r.flowCode],
            }
        )
        if pd.notna(r.netWgt) and r.cmdCode != "TOTAL":
            estimated = "; estimated by UN Comtrade" if r.isNetWgtEstimated is True else ""
            rows.append(
                base
                | {
                    "indicator": "merchandise_trade_weight",
                    "value": float(r.netWgt) / 1000,
                    "unit": "tonnes",
                    "note": f"net weight (kg / 1000){estimated}",
                }
            )
    return pd.DataFrame(rows)


def source_id(reporter: str) -> str:
    return f"un-comtrade-{reporter.lower()}"
