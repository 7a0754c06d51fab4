"""Benchmark of services.analytics.analyse over 100,000 customers and 1,000,000 orders.

Run by hand from the repository root:

    .venv/bin/python bench/bench_analytics.py BENCH.db

The database is built when the file does not exist (generate_demo, about 4.6 orders per
customer), then topped up to the target number of orders with `executemany`: each extra
order copies the pattern of an existing order of a random buyer, moved to a random day of
the same three years, after which the per-customer facts and the classification are
recomputed so the stored last purchases and totals match the orders. An existing file is
reused (and topped up if it has fewer orders). Each period is analysed REPEATS times; the
median is compared with the 3-second target.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crm_desktop.services import analytics, demo, facts
from crm_desktop.storage.database import bound_database, close_database, open_database

TARGET_SECONDS = 3.0
REPEATS = 3
TOP_UP_BATCH = 50_000


def _load() -> str:
    """The machine's load averages (1, 5, 15 minutes), or "n/a" where the OS has none."""
    try:
        return ", ".join(f"{value:.1f}" for value in os.getloadavg())
    except (AttributeError, OSError):
        return "n/a"


def _count(table: str) -> int:
    return int(bound_database().execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0])


def _top_up_orders(target: int, seed: int, today: date) -> int:
    """Add copies of existing orders on random days until there are `target` orders."""
    db = bound_database()
    missing = target - _count("orders")
    if missing <= 0:
        return 0
    rng = random.Random(seed)
    patterns = db.execute_sql(
        "SELECT customer_id, description, category, amount_cents, cost_cents FROM orders"
    ).fetchall()
    first_day = date.fromisoformat(
        db.execute_sql("SELECT min(order_date) FROM orders").fetchone()[0]
    )
    span = (today - first_day).days
    added = 0
    touched: set[int] = set()
    while added < missing:
        size = min(TOP_UP_BATCH, missing - added)
        rows = []
        for _ in range(size):
            customer_id, description, category, amount, cost = rng.choice(patterns)
            day = (first_day + timedelta(days=rng.randint(0, span))).isoformat()
            rows.append((customer_id, day, description, category, amount, cost, amount,
                         f"{day} 10:00:00"))
            touched.add(customer_id)
        with db.atomic():
            db.cursor().executemany(
                "INSERT INTO orders (customer_id, order_date, description, category, "
                "amount_cents, cost_cents, paid_cents, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        added += size
        print(f"  orders added: {added:,} / {missing:,}", flush=True)
    print("  refreshing the facts of the customers who got orders ...", flush=True)
    with db.atomic():
        facts.refresh_customers(touched, today=today)
    facts.refresh_classification(today)
    db.execute_sql("ANALYZE")
    return added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path, help="the benchmark database (built if missing)")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    today = date.today()

    building = not args.database.exists()
    open_database(args.database, create=building)
    try:
        if building:
            print(f"generating {args.customers:,} demo customers ...", flush=True)
            summary = demo.generate_demo(args.customers, seed=args.seed, today=today)
            print(f"  {summary.orders:,} orders in {summary.seconds:.0f} s", flush=True)
        started = time.perf_counter()
        added = _top_up_orders(args.orders, args.seed, today)
        if added:
            print(f"  topped up {added:,} orders in {time.perf_counter() - started:.0f} s")
        print(f"database: {args.database} with {_count('customer'):,} customers, "
              f"{_count('orders'):,} orders, {_count('follow_up'):,} follow-ups, "
              f"{_count('deal'):,} deals, {_count('service_record'):,} service records")

        print(f"load average before timing: {_load()}")
        worst = 0.0
        for code in ("this_month", "this_quarter", "this_year", "last_12_months"):
            period = analytics.Period.named(code, today)
            walls, cpus = [], []
            for _ in range(REPEATS):
                began, began_cpu = time.perf_counter(), time.process_time()
                analytics.analyse(period, today=today)
                walls.append(time.perf_counter() - began)
                cpus.append(time.process_time() - began_cpu)
            median = statistics.median(walls)
            worst = max(worst, median)
            runs = ", ".join(f"{t:.2f}" for t in walls)
            cpu = statistics.median(cpus)
            print(f"{code:>15}: median {median:.2f} s ({runs}), CPU {cpu:.2f} s; "
                  f"{median / TARGET_SECONDS:.0%} of the {TARGET_SECONDS:.0f} s target")
        print(f"slowest median {worst:.2f} s = {worst / TARGET_SECONDS:.2f} x the target; "
              f"load average after: {_load()}")
    finally:
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
