"""Plan the fewest calls that cover a request without reaching the record limit.

A call asks for one reporter, one partner, both flows, a batch of years and a batch of
commodity codes. Records per year are estimated from the codes (AG2 = every HS chapter);
years are batched so the estimate stays within the limit and the API's period cap.
"""

from dataclasses import dataclass, field

MAX_PERIODS = 12  # the API accepts at most 12 periods in one call
FLOWS = ("M", "X")
CHAPTERS = "AG2"  # Comtrade's code for "every 2-digit chapter"
HEADINGS = ("2709", "2710", "2711")  # crude oil, oil products, petroleum gases
CODE_GROUPS: tuple[tuple[str, ...], ...] = (("TOTAL", *HEADINGS), (CHAPTERS,))
RECORDS_PER_CODE = {CHAPTERS: 99}  # at most 97 chapters are in use; a margin for revisions


@dataclass(frozen=True)
class Call:
    reporter: int
    partner: int
    years: tuple[int, ...]
    codes: tuple[str, ...]
    flows: tuple[str, ...] = FLOWS
    expected: int = field(default=0, compare=False)

    def params(self) -> dict[str, str]:
        return {
            "reporterCode": str(self.reporter),
            "partnerCode": str(self.partner),
            "period": ",".join(str(y) for y in self.years),
            "cmdCode": ",".join(self.codes),
            "flowCode": ",".join(self.flows),
            "partner2Code": "0",
            "customsCode": "C00",
            "motCode": "0",
            "includeDesc": "true",
        }

    def split(self) -> list["Call"]:
        """Two smaller calls covering this one (years first, then codes, then flows)."""
        for name in ("years", "codes", "flows"):
            values = getattr(self, name)
            if len(values) > 1:
                half = len(values) // 2
                return [
                    _replace(self, **{name: values[:half]}),
                    _replace(self, **{name: values[half:]}),
                ]
        return []


def _replace(call: Call, **changes) -> Call:
    fields = {
        "reporter": call.reporter,
        "partner": call.partner,
        "years": call.years,
        "codes": call.codes,
        "flows": call.flows,
    }
    fields.update(changes)
    fields["expected"] = estimate(fields["codes"], fields["flows"]) * len(fields["years"])
    return Call(**fields)


def estimate(codes: tuple[str, ...], flows: tuple[str, ...] = FLOWS) -> int:
    """Records one year can hold for these codes and flows."""
    return len(flows) * sum(RECORDS_PER_CODE.get(code, 1) for code in codes)


def plan_calls(
    reporters: list[int], partner_of: dict[int, int], years: list[int], limit: int
) -> list[Call]:
    """Calls covering every reporter x code group x year, each within `limit` records."""
    calls = []
    for reporter in reporters:
        for codes in CODE_GROUPS:
            per_year = estimate(codes)
            # A year that may not fit goes alone; if it reaches the cap, the fetch splits it.
            batch = max(1, min(MAX_PERIODS, limit // per_year))
            for start in range(0, len(years), batch):
                chunk = tuple(years[start : start + batch])
                calls.append(
                    Call(
                        reporter, partner_of[reporter], chunk, codes, expected=per_year * len(chunk)
                    )
                )
    return calls
