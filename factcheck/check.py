"""Match each claim to recorded observations and give it a sourced verdict.

Rules (documented in the README):
- Only full years are compared (a partial year is never set against a yearly claim), in the
  claim's unit, and only preferred vintages except where a derivation needs one edition.
- The claim's period is used when recorded; otherwise the nearest recorded year within
  YEAR_WINDOW (the earlier one on a tie), and the explanation says which year and why.
- An undated claim is compared with the latest recorded year; an undated target cannot be.
- The verdict rests on the strongest tier; within a tier, on the claim reporter's own view.
  Other views (the mirror) and sources at that year are named in the explanation.
"""

import math
from functools import cached_property

import pandas as pd

from factcheck import evidence as ev
from factcheck.explain import claimed_text, evidence_text, figure, period_text
from factcheck.extraction import curated_names
from factcheck.scale import SCALE, YEAR_WINDOW, gap_percent, rate
from validation.claims import CLAIM_COLUMNS
from validation.vocabulary import INDICATORS, TIER_LABELS, TIER_RANK

VERDICT_COLUMNS = [
    "claim_id",
    "document",
    "quote",
    "indicator",
    "reporter",
    "partner",
    "comparator",
    "claimed_value",
    "claimed_unit",
    "claimed_period",
    "period_basis",
    "recorded_value",
    "recorded_unit",
    "recorded_period",
    "source",
    "source_title",
    "tier",
    "view",
    "method",
    "gap_percent",
    "verdict",
    "verdict_label",
    "rating",
    "explanation",
    "other_evidence",
]
# Indicators recorded under another name that measures the same thing for this partner.
EQUIVALENT = {("visitor_arrivals_foreign", "WLD"): "tourist_arrivals_international"}
UNIT_FLAGS = ("area unit", "length unit")


def check_claims(
    claims: pd.DataFrame, observations: pd.DataFrame, sources: pd.DataFrame
) -> pd.DataFrame:
    """One verdict row per claim, in the claims' order."""
    context = _Context(observations, sources)
    rows = [context.check(claim) for _, claim in claims.iterrows()]
    frame = pd.DataFrame(rows, columns=VERDICT_COLUMNS)
    numbers = {"claimed_value", "recorded_value", "gap_percent", "rating"}
    return frame.astype({c: float if c in numbers else str for c in VERDICT_COLUMNS})


def evidence_table(
    claim: pd.Series, observations: pd.DataFrame, sources: pd.DataFrame
) -> pd.DataFrame:
    """Every recorded figure that could answer `claim`, all years: what its chart plots."""
    found = _Context(observations, sources).gather(claim)
    publishers = dict(zip(sources["source_id"], sources["publisher"], strict=True))
    frame = pd.DataFrame(found, columns=ev.Evidence._fields)
    frame["series"] = [_series(e, publishers) for e in found]
    return frame.sort_values(["series", "year"], ignore_index=True)


def _series(evidence: ev.Evidence, publishers: dict[str, str]) -> str:
    """Chart series: an official publisher (and view), or the tier of page figures."""
    if evidence.tier == "official_release":
        label = publishers.get(evidence.source_id, evidence.source_id)
        label += f" ({evidence.view})" if evidence.view else ""
    else:
        label = TIER_LABELS[evidence.tier]
    return f"{label} · {evidence.breakdown}" if evidence.breakdown else label


class _Context:
    def __init__(self, observations: pd.DataFrame, sources: pd.DataFrame) -> None:
        self.observations = observations
        self.years = ev.full_years(observations)
        self.titles = dict(zip(sources["source_id"], sources["title"], strict=True))
        self.names = curated_names()

    @cached_property
    def years_all(self) -> pd.DataFrame:
        """Every vintage, not only the preferred: only the gas-share derivation needs it."""
        return ev.full_years(self.observations, preferred_only=False)

    def gather(self, claim: pd.Series) -> list[ev.Evidence]:
        indicator = claim["indicator"]
        found = ev.published(self.years, claim, self.names)
        equivalent = EQUIVALENT.get((indicator, claim["partner"]))
        if equivalent:
            found += ev.published(self.years, claim, self.names, equivalent)
        if indicator == "merchandise_trade" and claim["flow"] == "total":
            found += ev.computed_trade_total(self.years, claim, self.names)
        elif indicator == "merchandise_trade_rank":
            found += ev.computed_trade_rank(self.years, claim, self.names)
        elif indicator == "trade_direction_share":
            found += ev.computed_direction_share(self.years, claim, self.names)
        elif indicator == "gas_import_share":
            found += ev.computed_gas_share(self.years_all, claim, self.names)
        return [e for e in found if e.unit == claim["unit"]]

    def check(self, claim: pd.Series) -> dict:
        found = self.gather(claim)
        row = {
            "claim_id": claim["claim_id"],
            "document": claim["document"],
            "quote": " ".join(claim["quote"].split()),
            "indicator": claim["indicator"],
            "reporter": claim["reporter"],
            "partner": claim["partner"],
            "comparator": claim["comparator"],
            "claimed_value": claim["value"],
            "claimed_unit": claim["unit"],
            "claimed_period": claim["period"],
            "period_basis": claim["period_basis"],
        }
        said = f"The document says {claimed_text(claim)} ({period_text(claim)})."
        flag_note = f"Flagged when read: {claim['flag']}." if claim["flag"] else ""
        if not found:
            nothing = self._nothing_recorded(claim)
            related = self._related(claim)
            if _impossible(claim["flag"]) and related is not None:
                # An impossible magnitude needs no exact record to be judged; the nearest
                # related record is cited so the reader sees the order of magnitude.
                return row | self._outcome(
                    "wrong_unit_or_impossible", f"{said} {nothing} {flag_note}", related
                )
            return row | self._outcome("unverifiable", f"{said} {nothing} {flag_note}")
        year, why = _choose_year(claim, found)
        if year is None:
            return row | self._outcome("unverifiable", f"{said} {why} {flag_note}")
        at_year = sorted(
            (e for e in found if e.year == year), key=lambda e: self._preference(e, claim)
        )
        primary = at_year[0]
        verdict = rate(
            claim["value"],
            claim["value_low"],
            claim["value_high"],
            claim["comparator"],
            primary.value,
            claim["unit"],
        )
        notes = []
        flag = claim["flag"]
        if any(f in flag for f in UNIT_FLAGS):
            verdict = "wrong_unit_or_impossible"
            notes.append(f"The unit is wrong: {flag}.")
        elif _impossible(flag):
            if verdict != "accurate":
                verdict = "wrong_unit_or_impossible"
            notes.append(flag_note)
        elif flag:
            notes.append(flag_note)
        notes.append(_first_reached(claim, found) if verdict != "accurate" else "")
        gap = gap_percent(claim["value"], primary.value) if claim["unit"] != "rank" else math.nan
        others = self._others(at_year, primary)
        explanation = " ".join(
            part
            for part in [
                said,
                why,
                f"{evidence_text(primary, self.titles)}, {_distance(claim, primary, gap)}.",
                _target_note(claim, primary),
                _others_text(others, self.titles, primary, claim),
                *notes,
            ]
            if part
        )
        return row | self._outcome(
            verdict,
            explanation,
            primary,
            gap=gap,
            other_evidence="; ".join(evidence_text(o, self.titles) for o in others),
        )

    def _preference(self, evidence: ev.Evidence, claim: pd.Series) -> tuple:
        own_view = evidence.reporter == claim["reporter"]
        computed = evidence.method.startswith("computed")
        return (TIER_RANK[evidence.tier], not own_view, computed, evidence.source_id)

    def _others(self, at_year: list[ev.Evidence], primary: ev.Evidence) -> list[ev.Evidence]:
        others, seen = [], {(primary.source_id, primary.view, primary.breakdown)}
        for item in at_year[1:]:
            key = (item.source_id, item.view, item.breakdown)
            if key not in seen:
                seen.add(key)
                others.append(item)
        return others[:3]

    def _outcome(
        self,
        verdict: str,
        explanation: str,
        cited: ev.Evidence | None = None,
        gap: float = math.nan,
        other_evidence: str = "",
    ) -> dict:
        """The verdict columns of a row; `cited` is the record the verdict rests on."""
        scale = SCALE[verdict]
        recorded = {
            "recorded_value": cited.value if cited else math.nan,
            "recorded_unit": cited.unit if cited else "",
            "recorded_period": str(cited.year) if cited else "",
            "source": cited.source_id if cited else "",
            "source_title": self.titles.get(cited.source_id, "") if cited else "",
            "tier": cited.tier if cited else "",
            "view": cited.view if cited else "",
            "method": cited.method if cited else "",
        }
        return recorded | {
            "gap_percent": gap,
            "verdict": scale.key,
            "verdict_label": scale.label,
            "rating": math.nan if scale.rating is None else scale.rating,
            "explanation": explanation,
            "other_evidence": other_evidence,
        }

    def _same_and_reverse(self, claim: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Rows of the claim's indicator for its pair and breakdown, and for the reversed
        pair (headline only), whatever their qualifier."""
        rows = self.years[self.years["indicator"] == claim["indicator"]]
        same = rows[
            (rows["reporter"] == claim["reporter"])
            & (rows["partner"] == claim["partner"])
            & (rows["breakdown"] == claim["breakdown"])
        ]
        reverse = rows[
            (rows["reporter"] == claim["partner"])
            & (rows["partner"] == claim["reporter"])
            & (rows["breakdown"] == "")
        ]
        return same, reverse

    def _related(self, claim: pd.Series) -> ev.Evidence | None:
        """A bound for the same quantity, else the same quantity the other way round."""
        for candidates in self._same_and_reverse(claim):
            if len(candidates):
                r = candidates.sort_values(["year", "source_id"]).iloc[-1]
                method = f"related record ({r['qualifier']}), not the same quantity"
                return ev.Evidence(
                    r["value"], r["unit"], r["year"], r["source_id"], r["tier"], "", method,
                    r["breakdown"], r["reporter"],
                )  # fmt: skip
        return None

    def _nothing_recorded(self, claim: pd.Series) -> str:
        description = INDICATORS[claim["indicator"]][0]
        same, reverse = self._same_and_reverse(claim)
        same = same[same["qualifier"].isin(["at_least", "at_most"])]
        pair = " and ".join(
            self.names.get(c, c) for c in (claim["reporter"], claim["partner"]) if c
        )
        text = (
            f"No dataset in the snapshot records {description} for {pair or 'this pair'}"
            f"{' (' + claim['breakdown'] + ')' if claim.get('breakdown') else ''}"
            f" in {claim['unit']}; nothing is estimated in its place."
        )
        for bound in same.sort_values("year").itertuples():
            side = "at least" if bound.qualifier == "at_least" else "at most"
            text += (
                f" A bound is recorded: {side} {figure(bound.value, bound.unit)} in {bound.year}"
                f" ({self.titles.get(bound.source_id, bound.source_id)}), which cannot confirm"
                " or refute an exact figure."
            )
        if len(reverse):
            latest = reverse.sort_values("year").iloc[-1]
            text += (
                f" The only related record is the other direction: "
                f"{figure(latest['value'], latest['unit'])} in {latest['year']} "
                f"({self.titles.get(latest['source_id'], latest['source_id'])}), a different"
                " quantity."
            )
        return text


def _choose_year(claim: pd.Series, found: list[ev.Evidence]) -> tuple[int | None, str]:
    years = sorted({e.year for e in found})
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    if not claim["period"]:
        if claim["comparator"] == "target":
            best = max(found, key=lambda e: e.value)
            return None, (
                f"A target with no year cannot be checked; the highest recorded value is "
                f"{figure(best.value, best.unit)} ({best.year})."
            )
        return years[-1], f"No year is stated, so the latest recorded year, {years[-1]}, is used."
    wanted = int(claim["period"][-4:])
    if wanted in years:
        return wanted, ""
    near = [y for y in years if abs(y - wanted) <= YEAR_WINDOW]
    if not near:
        closest = min(years, key=lambda y: (abs(y - wanted), y))
        value = next(e for e in found if e.year == closest)
        return None, (
            f"Nothing is recorded within {YEAR_WINDOW} years of {wanted}: records cover {span}"
            f" (nearest: {figure(value.value, value.unit)} in {closest})."
        )
    chosen = min(near, key=lambda y: (abs(y - wanted), y))
    return chosen, f"Nothing is recorded for {wanted}; {chosen} is the nearest year with data."


def _distance(claim: pd.Series, primary: ev.Evidence, gap: float) -> str:
    if claim["unit"] == "rank":
        places = round(claim["value"] - primary.value)
        if places == 0:
            return "the same place"
        return f"{abs(places)} place{'s' if abs(places) > 1 else ''} " + (
            "higher than the claim says" if places > 0 else "lower than the claim says"
        )
    text = f"so the claim is {gap:+.0f}% from the record"
    if claim["unit"] == "percent":
        text += f" ({claim['value'] - primary.value:+.1f} percentage points)"
    return text


def _impossible(flag: str) -> bool:
    return flag.startswith("implausible") or "impossible" in flag


def _first_reached(claim: pd.Series, found: list[ev.Evidence]) -> str:
    """For "more than X" and targets that fail: when the record first got there, if ever."""
    if claim["comparator"] not in ("at_least", "target"):
        return ""
    reached = sorted(e.year for e in found if e.value >= claim["value"])
    if not reached:
        return "No recorded year reaches it."
    return f"The record first reaches it in {reached[0]}."


def _target_note(claim: pd.Series, primary: ev.Evidence) -> str:
    if claim["comparator"] != "target":
        return ""
    met = primary.value >= claim["value"]
    return f"This is a target, not a record: it was {'met' if met else 'not met'}."


def _others_text(others, titles, primary, claim) -> str:
    if not others:
        return ""
    parts = []
    for other in others:
        text = evidence_text(other, titles)
        if other.view and other.view != primary.view and claim["unit"] != "rank":
            text += f" (a {gap_percent(primary.value, other.value):+.0f}% gap between views)"
        parts.append(text)
    return "Also: " + "; ".join(parts) + "."


__all__ = ["CLAIM_COLUMNS", "VERDICT_COLUMNS", "check_claims", "evidence_table"]
