"""`main.py stats`: the figures as aligned text or one JSON object, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop import cli
from crm_desktop.services import customers, orders
from crm_desktop.storage.database import close_database, open_database


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    """Three customers: 甲 bought twice in March 2026, 乙 once in March and once in 2025,
    丙 never. March 2026 therefore has 2 buyers, 3 orders and 1 repeat buyer."""
    path = tmp_path / "crm.db"
    open_database(path)
    try:
        first, _ = customers.create_customer({"name": "甲公司", "tier_manual": "vip"})
        second, _ = customers.create_customer({"name": "乙公司"})
        customers.create_customer({"name": "丙公司"})
        for customer_id, day, amount, cost in (
            (first, "2026-03-02", "1000", "600"),
            (first, "2026-03-20", "500", "300"),
            (second, "2026-03-31", "2000", "1500"),
            (second, "2025-02-01", "100", "50"),
        ):
            orders.add_order(customer_id, {"order_date": day, "amount": amount, "cost": cost})
    finally:
        close_database()
    return path


def test_json_has_the_headline_and_the_counts(
    small_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["stats", "--db", str(small_db), "--from", "2026-03-01", "--to", "2026-03-31",
                     "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["period"] == {"code": "custom", "start": "2026-03-01", "end": "2026-03-31"}
    headline = result["headline"]
    assert (headline["customers"], headline["buyers"], headline["orders"]) == (3, 2, 3)
    # 1 of 2 buyers bought twice; 1 repeat order of 3.
    assert headline["repurchase_rate_customers"] == 0.5
    assert headline["repurchase_rate_orders"] == pytest.approx(1 / 3)
    # Revenue 3500 yuan, profit 400 + 200 + 500 = 1100 yuan.
    assert (headline["revenue_cents"], headline["total_profit_cents"]) == (350_000, 110_000)
    # Nobody bought in the 31 days before March (2026-01-29..2026-02-28).
    assert headline["retention_rate"] is None
    assert result["tiers"] == {"ordinary": 2, "vip": 1, "super": 0}
    assert result["stages"]["deal"] == 2 and result["stages"]["potential"] == 1
    assert sum(result["lifecycle"].values()) == 3
    assert result["lifecycle"]["prospect"] == 1


def test_text_is_aligned_with_rates_in_percent(
    small_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["stats", "--db", str(small_db), "--from", "2026-03-01",
                     "--to", "2026-03-31"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Period custom: 2026-03-01 to 2026-03-31")
    value_lines = [line for line in lines[2:] if line.strip() and not line.endswith(":")]
    rows = dict(line.strip().rsplit(maxsplit=1) for line in value_lines)
    assert rows["repurchase rate (customers)"] == "50.0%"
    assert rows["revenue"] == "3,500.00"
    assert rows["retention rate"] == "-"
    assert rows["vip"] == "1"
    # Every value ends in the same column.
    assert len({len(line) for line in value_lines}) == 1


def test_named_period_runs(small_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--db", str(small_db), "--period", "this_year", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["period"]["code"] == "this_year"
    assert result["period"]["start"].endswith("-01-01")
    assert result["headline"]["customers"] == 3


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "2026-03-01"], "needs both --from and --to"),
        (["--from", "2026-03-31", "--to", "2026-03-01"], "before --from 2026-03-31: swap them"),
        (["--from", "yesterday-ish", "--to", "2026-03-01"], "'yesterday-ish' is not a date"),
        (["--period", "this_year", "--from", "2026-01-01", "--to", "2026-02-01"],
         "either --period or --from/--to"),
        (["--period", "next_week"], "invalid choice"),
    ],
)
def test_bad_periods_are_one_line_errors(
    small_db: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    code = cli.main(["stats", "--db", str(small_db), *arguments])
    err = capsys.readouterr().err
    assert code != 0
    assert err.startswith("error: ") and message in err and len(err.strip().splitlines()) == 1


def test_missing_database_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--db", str(tmp_path / "nothing.db")]) != 0
    err = capsys.readouterr().err
    assert err.startswith("error: There is no database")
    assert not (tmp_path / "nothing.db").exists()
