"""`ledger extract`: the claim frame per figure, and --all for every number in the text."""

import csv
import io
import json

from dashboard.cli import main
from factcheck.extraction import FRAME_COLUMNS

TEXT = (
    "Source: https://example.org/2019/05/trade\n"
    "Published 4 May 2019.\n\n"
    "Turkey's imports from Russia fell 12% in March 2019 compared with March 2018, to\n"
    "$1.9 billion. Officials met three times (Smith, 2018, p. 4).\n"
)


def test_extract_json_emits_every_frame_field(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path), "--date", "2019-05-04", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [set(r) for r in records] == [set(FRAME_COLUMNS)] * len(records)
    change = next(r for r in records if r["measure"] == "change")
    assert (change["value"], change["period"], change["base_period"]) == (-12, "2019-03", "2018-03")
    assert (change["reporter"], change["partner"], change["flow"]) == ("TUR", "RUS", "import")
    for record in records:
        assert TEXT[record["start"] : record["end"]] == record["quote"]


def test_extract_all_accounts_for_every_number(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path), "--date", "2019-05-04", "--all"]) == 0
    out = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out.out)))
    numbers = [r["number"] for r in rows]
    assert numbers.count("2019") == 3 and "three" in numbers and "1.9" in numbers
    assert all(r["status"] == "claim" or r["reason"] for r in rows)
    reasons = {r["number"]: r["reason"] for r in rows if r["status"] != "claim"}
    assert reasons["three"].startswith("a multiplier")
    assert reasons["4"].startswith("part of a citation")
    assert "left out (see --all)" in out.err
