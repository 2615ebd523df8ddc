"""Score claim reading and verdicts on the development corpus (make eval).

The corpus is not ours: five third-party articles with answer keys in ../shared/documents/dev
(or $LEDGER_DOCUMENTS/dev), plus the two seed documents whose curated registry is
datasets/claims.csv. For each document it prints:

- recall: the share of keyed claims that `extract_claims` finds (a row overlapping the key's
  quote with the same value);
- among the rows found, the share right on each frame field (value with its sign, unit,
  measure, period granularity, period, direction) and the share right on all of them;
- verdict agreement with the key's expected verdict, in classes (accurate, approximately right,
  negative, target, unverifiable), and unfounded verdicts: a negative verdict where the key is
  positive or unverifiable, a positive one where the key is negative or unverifiable, and any
  negative verdict on a row the key does not hold.

The key's vocabulary is mapped to ours here, and only here (see `key_frame`).
"""

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from common import DOCUMENTS, REPO

from factcheck.documents import load_claims, load_documents
from factcheck.extraction import extract_claims
from loaders import load_observations, load_sources

DEV = DOCUMENTS / "dev"
FIELDS = ["value", "unit", "measure", "granularity", "period", "direction"]
COUNTRIES = {
    "turkey": "TUR",
    "türkiye": "TUR",
    "russia": "RUS",
    "world": "WLD",
    "iraq": "IRQ",
    "iran": "IRN",
    "azerbaijan": "AZE",
    "qatar": "QAT",
    "algeria": "DZA",
}
KEY_FLOWS = {"exports": "export", "imports": "import", "turnover": "total"}
VERDICT_CLASS = {
    "accurate": "accurate",
    "approximately_right": "approximately_right",
    "understated": "negative",
    "exaggerated": "negative",
    "wrong": "negative",
    "wrong_unit_or_impossible": "negative",
    "target_met": "target",
    "target_missed": "target",
    "target_not_due": "target",
    "unverifiable": "unverifiable",
    "needs_review": "unverifiable",
}
KEY_PERIOD = r"\d{4}(?:-\d{2})?(?:/\d{4}-\d{2})?"
POSITIVE, NEGATIVE = {"accurate", "approximately_right"}, {"negative"}


@dataclass
class Score:
    keyed: int = 0
    found: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    fully_right: int = 0
    verdicts: int = 0
    agreed: int = 0
    unfounded: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.keyed += other.keyed
        self.found += other.found
        for name in FIELDS:
            self.right[name] += other.right[name]
        self.fully_right += other.fully_right
        self.verdicts += other.verdicts
        self.agreed += other.agreed
        self.unfounded += other.unfounded
        self.misses += other.misses


def key_direction(reporter: str, partner: str, flow: str) -> tuple:
    """(kind, origin, destination) of a keyed claim; turnover is an unordered pair."""
    if "-" in partner:
        pair = frozenset(_country(p) for p in partner.split("-"))
        return ("pair", pair)
    reporter, partner = _country(reporter), _country(partner)
    if flow == "turnover":
        return ("pair", frozenset({reporter, partner}))
    if flow in ("imports", "arrivals"):
        return ("flow", partner, reporter)
    return ("flow", reporter, partner)  # exports, capacity: reporter ships to partner


def frame_direction(reporter: str, partner: str, flow: str) -> tuple:
    """The same for one of our frames (energy and capacity frames are the importer's view)."""
    if flow == "total":
        return ("pair", frozenset({reporter, partner}))
    if flow in ("import", "arrivals", "capacity"):
        return ("flow", partner, reporter)
    return ("flow", reporter, partner)


def _country(text: str) -> str:
    name = re.sub(r"\(.*?\)", "", text).strip().lower()
    return COUNTRIES.get(name, name.upper() if len(name) == 3 else "?")


def key_period(text: str) -> tuple[str, str]:
    """(period, base period) in our notation from the key's period text."""
    text = text.replace("..", "/")
    match = re.match(
        r"(?:by\s+|as of\s+(?:[A-Za-z]+\s+)?)?(\d{4}(?:-\d{2})?(?:/\d{4}-\d{2})?)", text
    )
    period = match.group(1) if match else ""
    base = re.search(rf"\bvs\s+({KEY_PERIOD})", text)
    return period, base.group(1) if base else ""


def same_value(ours: float, key: float) -> bool:
    return abs(ours - key) <= 1e-6 * max(1.0, abs(key))


def score_document(stem: str, frames: pd.DataFrame, key: pd.DataFrame, verdicts) -> Score:
    score = Score(keyed=len(key))
    used: set[int] = set()
    for _, claim in key.iterrows():
        start = claim["start"]
        end = start + len(claim["quote"])
        overlapping = frames[(frames["start"] < end) & (frames["end"] > start)]
        match = overlapping[[same_value(v, claim["value"]) for v in overlapping["value"]]]
        if match.empty:
            score.misses.append(f"{stem} {claim['claim_id']}: not found ({claim['quote']!r})")
            continue
        row = match.iloc[0]
        used.add(int(row.name))
        score.found += 1
        checks = {
            "value": True,
            "unit": row["unit"] == claim["unit"],
            "measure": row["measure"] == claim["measure"],
            "granularity": row["period_granularity"] == claim["period_granularity"],
            "period": _period_right(row, claim),
            "direction": frame_direction(row["reporter"], row["partner"], row["flow"])
            == claim["direction"],
        }
        for name, ok in checks.items():
            score.right[name] += ok
        wrong = [name for name, ok in checks.items() if not ok]
        if not wrong:
            score.fully_right += 1
        else:
            score.misses.append(
                f"{stem} {claim['claim_id']}: {', '.join(wrong)} "
                f"(read {_frame_text(row)}; key {_key_text(claim)})"
            )
        if verdicts is not None and "expected_verdict" in claim:
            ours = VERDICT_CLASS.get(verdicts.get(row["claim_id"], ""), "missing")
            expected = VERDICT_CLASS[claim["expected_verdict"]]
            score.verdicts += 1
            score.agreed += ours == expected
            unfounded = (ours in NEGATIVE and expected != "negative") or (
                ours in POSITIVE and expected in NEGATIVE | {"unverifiable"}
            )
            score.unfounded += unfounded
            if ours != expected:
                tag = "UNFOUNDED " if unfounded else ""
                score.misses.append(
                    f"{stem} {claim['claim_id']}: {tag}verdict {verdicts.get(row['claim_id'])}"
                    f" (key {claim['expected_verdict']})"
                )
    if verdicts is not None:
        for index, row in frames.iterrows():
            if index not in used and VERDICT_CLASS.get(verdicts.get(row["claim_id"], "")) in (
                NEGATIVE
            ):
                score.unfounded += 1
                score.misses.append(
                    f"{stem} extra row {row['quote']!r}: UNFOUNDED {verdicts[row['claim_id']]}"
                    " on a figure the key does not hold"
                )
    return score


def _period_right(row, claim) -> bool:
    if claim["period_granularity"] == "none":
        return row["period"] == ""
    if claim["period_granularity"] == "as_of" and claim["period"] == "":
        return True  # the key dates the statement ("as of Oct 2014") but names no period
    if row["period"] != claim["period"]:
        return False
    return claim["base_period"] == "" or row["base_period"] == claim["base_period"]


def _frame_text(row) -> str:
    return (
        f"{row['value']:g} {row['unit']} {row['measure']} {row['period_granularity']} "
        f"{row['period']}{' vs ' + row['base_period'] if row['base_period'] else ''} "
        f"{row['reporter']}/{row['partner']}/{row['flow']} [{row['reading_notes']}]"
    )


def _key_text(claim) -> str:
    return (
        f"{claim['value']:g} {claim['unit']} {claim['measure']} {claim['period_granularity']} "
        f"{claim['period']}{' vs ' + claim['base_period'] if claim['base_period'] else ''}"
    )


def dev_key(path: Path, text: str) -> pd.DataFrame:
    """The key's claims in our vocabulary, with the quote's offset in the text."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected_path = path.with_name(path.name.replace(".claims.csv", ".expected.csv"))
    expected = {}
    if expected_path.exists():
        with expected_path.open(encoding="utf-8", newline="") as handle:
            expected = {r["claim_id"]: r["expected_verdict"] for r in csv.DictReader(handle)}
    claims = []
    for row in rows:
        period, base = key_period(row["period"])
        if row["period_granularity"] == "as_of" and row["period"].startswith("as of"):
            period = ""  # "as of <date>" names no period the claim measures
        claims.append(
            {
                "claim_id": row["claim_id"],
                "quote": row["quote"],
                "start": text.find(row["quote"]),
                "value": float(row["value"]),
                "unit": row["unit"],
                "measure": row["measure"],
                "period_granularity": row["period_granularity"],
                "period": period,
                "base_period": base,
                "direction": key_direction(row["reporter"], row["partner"], row["flow"]),
                "expected_verdict": expected.get(row["claim_id"], "unverifiable"),
            }
        )
    return pd.DataFrame(claims)


def registry_key(claims: pd.DataFrame, document: str) -> pd.DataFrame:
    """The curated registry as a key for its seed document (our own vocabulary already)."""
    rows = claims[claims["document"] == document]
    return pd.DataFrame(
        {
            "claim_id": rows["claim_id"],
            "quote": rows["quote"],
            "start": rows["start"],
            "value": rows["value"],
            "unit": rows["unit"],
            "measure": rows["measure"],
            "period_granularity": rows["period_granularity"],
            "period": rows["period"],
            "base_period": rows["base_period"],
            "direction": [
                frame_direction(r, p, f)
                for r, p, f in zip(rows["reporter"], rows["partner"], rows["flow"], strict=True)
            ],
        }
    )


def document_date(stem: str) -> str:
    with (DEV / "dates.csv").open(encoding="utf-8", newline="") as handle:
        return next((r["date"] for r in csv.DictReader(handle) if r["stem"] == stem), "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON here")
    parser.add_argument("--no-verdicts", action="store_true", help="score reading only")
    args = parser.parse_args(argv)
    if not DEV.is_dir():
        print(f"no development corpus at {DEV}; nothing to score", file=sys.stderr)
        return 1
    observations = sources = None
    if not args.no_verdicts:
        from factcheck import check_text  # only when verdicts are scored

        observations, sources = load_observations(), load_sources()
    results: dict[str, Score] = {}
    for key_path in sorted(DEV.glob("*.claims.csv")):
        stem = key_path.name.removesuffix(".claims.csv")
        text = (DEV / f"{stem}.txt").read_text(encoding="utf-8")
        date = document_date(stem)
        frames = extract_claims(text, f"{stem}.txt", date)
        verdicts = None
        if observations is not None:
            checked = check_text(text, f"{stem}.txt", date, observations, sources)
            verdicts = dict(zip(checked["claim_id"], checked["verdict"], strict=True))
        results[stem] = score_document(stem, frames, dev_key(key_path, text), verdicts)
    registry = load_claims()
    dates = dict(zip(load_documents()["document"], load_documents()["date"], strict=True))
    seeds: dict[str, Score] = {}
    for document in sorted(registry["document"].unique()):
        path = DOCUMENTS / document
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        frames = extract_claims(text, document, dates.get(document) or None)
        seeds[document] = score_document(
            document[:3], frames, registry_key(registry, document), None
        )
    print_scores("development corpus (unseen third-party articles)", results, args.verbose)
    print_scores("seed registry (documents the reader was first written on)", seeds, args.verbose)
    if args.json:
        args.json.write_text(json.dumps(_as_json(results, seeds), indent=2), encoding="utf-8")
    return 0


def print_scores(title: str, results: dict[str, Score], verbose: bool) -> None:
    print(f"\n== {title}")
    header = f"{'document':48} {'keyed':>5} {'recall':>6} " + " ".join(
        f"{n[:6]:>6}" for n in FIELDS
    )
    header += f" {'fully':>6} {'verdict':>7} {'unfounded':>9}"
    print(header)
    total = Score()
    for stem, score in results.items():
        total.add(score)
        print(_line(stem, score))
    print(_line("overall", total))
    if verbose:
        for miss in total.misses:
            print("  -", miss)


def _line(name: str, score: Score) -> str:
    found = max(score.found, 1)
    recall = score.found / max(score.keyed, 1)
    fields = " ".join(f"{score.right[n] / found:6.2f}" for n in FIELDS)
    verdict = f"{score.agreed / score.verdicts:7.2f}" if score.verdicts else f"{'-':>7}"
    unfounded = f"{score.unfounded:9d}" if score.verdicts else f"{'-':>9}"
    return (
        f"{name[:48]:48} {score.keyed:5d} {recall:6.2f} {fields} "
        f"{score.fully_right / found:6.2f} {verdict} {unfounded}"
    )


def _as_json(results: dict[str, Score], seeds: dict[str, Score]) -> dict:
    def one(score: Score) -> dict:
        found = max(score.found, 1)
        return {
            "keyed": score.keyed,
            "recall": score.found / max(score.keyed, 1),
            **{f"{n}_right": score.right[n] / found for n in FIELDS},
            "fully_right": score.fully_right / found,
            "verdict_agreement": score.agreed / score.verdicts if score.verdicts else None,
            "unfounded": score.unfounded,
        }

    return {
        "repository": str(REPO),
        "development": {stem: one(s) for stem, s in results.items()},
        "seed": {stem: one(s) for stem, s in seeds.items()},
    }


if __name__ == "__main__":
    sys.exit(main())
