"""Search and list speed over a large demo base (issue: foundation). Run by hand:

    .venv/bin/python bench/bench_search.py [DATABASE] [--customers N]

DATABASE defaults to bench/out/search.db; when it holds no customers, N demo customers
(default 1,000,000) are generated first with `python main.py demo` (minutes). Prints, for
each query kind, the median and worst time over several different queries of that kind, the
number of matches, and the ratio to the 100 ms target; then the file size against 1.5 GB,
split into the customer part (customers, contacts, tags, search index) and the history.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crm_desktop.services import customer_list  # noqa: E402
from crm_desktop.services.customer_list import CustomerFilter  # noqa: E402
from crm_desktop.storage.database import bound_database, open_database  # noqa: E402

TARGET_MS = 100.0
SIZE_TARGET_BYTES = 1.5e9
QUERIES_PER_KIND = 9
PAGE = 50
CUSTOMER_PART = ("customer", "contact", "customer_tag", "tag", "customer_fts", "customer_short")


def _timed(run: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    found = run()
    return (time.perf_counter() - started) * 1000, found


def _search(text: str) -> Callable[[], int]:
    """What the list does for a search: the matching ids in list order and the first page."""

    def run() -> int:
        ids = customer_list.query_ids(CustomerFilter(text=text), sort="name")
        customer_list.fetch_rows(ids[:PAGE])
        return len(ids)

    return run


def _first_page_by_last_contact() -> int:
    ids = customer_list.query_ids(CustomerFilter(), "last_contact", True, limit=PAGE)
    customer_list.fetch_rows(ids)
    return len(ids)


def _all_ids_by_last_contact() -> int:
    return len(customer_list.query_ids(CustomerFilter(), "last_contact", True))


def _samples(rng: random.Random) -> dict[str, list[str]]:
    db = bound_database()
    top = db.execute_sql("SELECT max(id) FROM customer").fetchone()[0]
    people: list[str] = []
    mobiles: list[str] = []
    while len(people) < QUERIES_PER_KIND or len(mobiles) < QUERIES_PER_KIND:
        row = db.execute_sql(
            "SELECT c.mobiles, (SELECT name FROM contact WHERE customer_id = c.id LIMIT 1) "
            "FROM customer c WHERE c.id = ?",
            (rng.randint(1, top),),
        ).fetchone()
        if row is None:
            continue
        mobile, person = row
        if person and len(person) in (2, 3) and not person.isascii():
            people.append(person)
        if mobile:
            mobiles.append(mobile.split()[0])
    from crm_desktop.domain.search_text import pinyin_spellings

    return {
        "2-character Chinese name fragment": [p[-2:] for p in people[:QUERIES_PER_KIND]],
        "pinyin initials (3 letters)": [pinyin_spellings(p)[1][0] for p in people if len(p) == 3][
            :QUERIES_PER_KIND
        ]
        or [pinyin_spellings(p)[1][0] for p in people[:QUERIES_PER_KIND]],
        "pinyin initials (2 letters)": [
            pinyin_spellings(p)[1][0][:2] for p in people[:QUERIES_PER_KIND]
        ],
        "phone fragment (7 digits)": [m[3:10] for m in mobiles[:QUERIES_PER_KIND]],
    }


def _report(kind: str, runs: list[tuple[float, int]]) -> None:
    times = [t for t, _ in runs]
    median = statistics.median(times)
    found = statistics.median(n for _, n in runs)
    print(
        f"{kind:40s} median {median:7.1f} ms  worst {max(times):7.1f} ms  "
        f"matches ~{found:,.0f}  ratio to target {median / TARGET_MS:4.2f}"
    )


def _sizes(path: Path) -> None:
    db = bound_database()
    rows = db.execute_sql("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    tables = dict(
        db.execute_sql("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")
    )
    customer_part = 0
    for name, size in rows:
        owner = tables.get(name, name)
        if any(owner == part or owner.startswith(part + "_") for part in CUSTOMER_PART):
            customer_part += size
    total = path.stat().st_size
    print(
        f"database file {total / 1e9:.2f} GB (target {SIZE_TARGET_BYTES / 1e9:.1f} GB, "
        f"ratio {total / SIZE_TARGET_BYTES:.2f})"
    )
    print(
        f"  customers, contacts, tags and search index: {customer_part / 1e9:.2f} GB "
        f"(ratio {customer_part / SIZE_TARGET_BYTES:.2f})"
    )
    print(
        f"  history (follow-ups, deals, orders, service, journal): "
        f"{(total - customer_part) / 1e9:.2f} GB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("database", nargs="?", default=str(ROOT / "bench" / "out" / "search.db"))
    parser.add_argument("--customers", type=int, default=1_000_000)
    args = parser.parse_args()
    path = Path(args.database)
    path.parent.mkdir(parents=True, exist_ok=True)
    open_database(path)
    db = bound_database()
    customers = db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
    if customers == 0:
        from crm_desktop.services.demo import generate_demo

        print(f"generating {args.customers:,} demo customers ...", flush=True)
        summary = generate_demo(args.customers, seed=1)
        customers = summary.customers
        print(f"generated in {summary.seconds:.0f} s", flush=True)
        db.execute_sql("PRAGMA optimize")
    print(f"{customers:,} customers in {path}")

    rng = random.Random(7)
    samples = _samples(rng)
    _timed(_search(samples["phone fragment (7 digits)"][0]))  # warm the page cache once
    for kind, queries in samples.items():
        _report(kind, [_timed(_search(q)) for q in queries])
    _report(
        "first page sorted by last contact",
        [_timed(_first_page_by_last_contact) for _ in range(QUERIES_PER_KIND)],
    )
    _report(
        "(all ids sorted by last contact)", [_timed(_all_ids_by_last_contact) for _ in range(3)]
    )
    _sizes(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
