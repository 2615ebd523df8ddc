"""A local stand-in for the UN Comtrade API on 127.0.0.1, serving responses in the recorded
format (the envelope and field names of the real samples) for constructed TUR/RUS figures.

Behaviours a test can switch on: a status code for the first N calls (with Retry-After),
a delay (to provoke timeouts), a body trickled byte by byte, a redirect, truncated JSON, an
empty result, a malformed record, records that do not answer the request (another reporter,
another year), non-finite or absurd values, and more HS chapters than the planner expects
(so a call reaches the record cap).
"""

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

CODES = {792: ("TUR", "Türkiye"), 643: ("RUS", "Russian Federation"), 276: ("DEU", "Germany")}
# Constructed test figures (US$): not real records, only shaped like them.
TOTALS = {
    (792, "M"): 28.96e9,
    (792, "X"): 5.77e9,
    (643, "M"): 4.95e9,
    (643, "X"): 26.10e9,
    (276, "M"): 33.0e9,
    (276, "X"): 26.6e9,
}
RELEASED = "2025-06-30T00:00:00"


@dataclass
class Behaviour:
    fail_status: int = 0  # answer this status ...
    fail_times: int = 0  # ... to the first N data calls
    retry_after: str = ""
    delay_seconds: float = 0.0
    truncate: bool = False
    empty: bool = False
    bad_record: bool = False
    trickle_seconds: float = 0.0  # pause before each byte of a data answer's body
    redirect_to: str = ""  # answer data calls with 302 and this Location
    reporter_served: int = 0  # serve this reporter's code instead of the one asked for
    period_served: str = ""  # serve this year instead of the one asked for
    value_served: float | None = None  # put this value in the first record (inf, 1e308)
    chapters: int = 20  # HS chapters served for AG2 (97 are in use)
    record_cap: int = 500  # the most records one answer holds, as the API's page limit
    requests: list = field(default_factory=list)
    headers: list = field(default_factory=list)


def record(reporter: int, partner: int, flow: str, year: int, code: str, value: float) -> dict:
    iso, desc = CODES[reporter]
    p_iso, p_desc = CODES[partner]
    level = 0 if code == "TOTAL" else len(code)
    return {
        "typeCode": "C",
        "freqCode": "A",
        "refPeriodId": int(f"{year}0101"),
        "refYear": year,
        "refMonth": 52,
        "period": str(year),
        "reporterCode": reporter,
        "reporterISO": iso,
        "reporterDesc": desc,
        "flowCode": flow,
        "flowDesc": "Import" if flow == "M" else "Export",
        "partnerCode": partner,
        "partnerISO": p_iso,
        "partnerDesc": p_desc,
        "partner2Code": 0,
        "partner2ISO": "W00",
        "partner2Desc": "World",
        "classificationCode": "H6",
        "classificationSearchCode": "HS",
        "isOriginalClassification": True,
        "cmdCode": code,
        "cmdDesc": "All Commodities" if code == "TOTAL" else f"HS {code}",
        "aggrLevel": level,
        "isLeaf": level == 6,
        "customsCode": "C00",
        "customsDesc": "TOTAL CPC",
        "mosCode": "0",
        "motCode": 0,
        "motDesc": "TOTAL MOT",
        "qtyUnitCode": -1,
        "qtyUnitAbbr": "N/A",
        "qty": None,
        "isQtyEstimated": False,
        "altQtyUnitCode": -1,
        "altQtyUnitAbbr": "N/A",
        "altQty": None,
        "isAltQtyEstimated": False,
        "netWgt": None if code == "TOTAL" else value / 400,
        "isNetWgtEstimated": False,
        "grossWgt": None,
        "isGrossWgtEstimated": False,
        "cifvalue": value if flow == "M" else None,
        "fobvalue": value if flow == "X" else None,
        "primaryValue": value,
        "legacyEstimationFlag": 0,
        "isReported": True,
        "isAggregate": code == "TOTAL",
    }


def records_for(query: dict, behaviour: Behaviour) -> list[dict]:
    reporter = int(query["reporterCode"])
    partner = int(query["partnerCode"])
    years = [int(y) for y in query["period"].split(",")]
    flows = query["flowCode"].split(",")
    codes = query["cmdCode"].split(",")
    rows = []
    for year in years:
        growth = 1.05 ** (year - 2021)
        for flow in flows:
            total = TOTALS[(reporter, flow)] * growth
            for code in codes:
                if code == "TOTAL":
                    rows.append(record(reporter, partner, flow, year, code, total))
                elif code == "AG2":
                    for chapter in range(1, behaviour.chapters + 1):
                        share = total / (behaviour.chapters * 2)
                        rows.append(record(reporter, partner, flow, year, f"{chapter:02d}", share))
                else:
                    rows.append(record(reporter, partner, flow, year, code, total / 10))
    return rows


class FakeComtrade:
    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                fake.handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "FakeComtrade":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        b = self.behaviour
        parsed = urlparse(request.path)
        query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
        b.requests.append((parsed.path, query))
        b.headers.append(dict(request.headers))
        if b.delay_seconds:
            time.sleep(b.delay_seconds)
        if "getDA" in parsed.path or "getDa" in parsed.path:
            reporter = int(query["reporterCode"])
            data = [
                {"reporterCode": reporter, "period": p, "lastReleased": RELEASED}
                for p in query["period"].split(",")
            ]
            return self.send(request, 200, envelope(data))
        data_calls = sum(1 for path, _ in b.requests if "getD" not in path)
        if b.redirect_to:
            return self.send(request, 302, b"", {"Location": b.redirect_to + request.path})
        if b.fail_status and data_calls <= b.fail_times:
            headers = {"Retry-After": b.retry_after} if b.retry_after else {}
            return self.send(request, b.fail_status, b'{"statusCode": 0}', headers)
        rows = [] if b.empty else records_for(query, b)[: b.record_cap]
        if b.bad_record and rows:
            rows[0]["primaryValue"] = -5
        for row in rows:
            if b.reporter_served:
                row["reporterCode"] = b.reporter_served
            if b.period_served:
                row["period"] = b.period_served
        if b.value_served is not None and rows:
            rows[0]["primaryValue"] = b.value_served
        body = envelope(rows)
        if b.truncate:
            body = body[: len(body) // 2]
        return self.send(request, 200, body, trickle=b.trickle_seconds)

    @staticmethod
    def send(
        request, status: int, body: bytes, headers: dict | None = None, trickle: float = 0.0
    ) -> None:
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.end_headers()
        if not trickle:
            request.wfile.write(body)
            return
        try:
            for index in range(len(body)):
                time.sleep(trickle)
                request.wfile.write(body[index : index + 1])
                request.wfile.flush()
        except OSError:  # the client gave up: that is what a trickle test expects
            pass


def envelope(rows: list[dict]) -> bytes:
    return json.dumps(
        {"elapsedTime": "0.01 secs", "count": len(rows), "data": rows, "error": ""}
    ).encode()
