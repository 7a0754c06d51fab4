"""How long printing to PDF takes: the list report of 1,000 customers (target: under 3 s).

    python bench/bench_print.py [--customers N] [--keep FOLDER]

Builds a demo base of N customers (default 1,000) in a temporary folder, then times, each
the best of three runs: reading the list (query and rows), laying out and writing the list
report with the list's default columns, the address labels of the same customers, and one
customer profile. Prints one line per measure and the page counts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

T = TypeVar("T")
TARGET_SECONDS = 3.0


def best_of(runs: int, work: Callable[[], T]) -> tuple[float, T]:
    best = float("inf")
    result: T | None = None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    assert result is not None
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the PDFs into this folder")
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])  # painting needs it alive until the end

    from crm_desktop.services.customer_list import CustomerFilter, query_ids
    from crm_desktop.services.demo import generate_demo
    from crm_desktop.storage.database import close_database, open_database
    from crm_desktop.ui import customer_reports, printing
    from crm_desktop.ui.customer_list_model import DEFAULT_VISIBLE

    with tempfile.TemporaryDirectory() as folder:
        out = args.keep or Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        open_database(Path(folder) / "bench.db", create=True)
        generate_demo(args.customers, seed=7)
        columns = list(DEFAULT_VISIBLE)

        read_time, data = best_of(
            3,
            lambda: customer_reports.load_list(CustomerFilter(), "name", False, columns),
        )

        def list_pdf() -> int:
            report = customer_reports.ListReport(
                customer_reports.load_list(CustomerFilter(), "name", False, columns)
            )
            return printing.save_pdf(report, out / "list.pdf")

        list_time, list_pages = best_of(3, list_pdf)
        ids = query_ids(CustomerFilter(), "name")

        def labels_pdf() -> int:
            report = customer_reports.LabelReport(customer_reports.load_labels(ids))
            return printing.save_pdf(report, out / "labels.pdf")

        labels_time, label_pages = best_of(3, labels_pdf)

        def profile_pdf() -> int:
            report = customer_reports.ProfileReport(customer_reports.load_profile(ids[0]))
            return printing.save_pdf(report, out / "profile.pdf")

        profile_time, _pages = best_of(3, profile_pdf)
        close_database()

    verdict = "OK" if list_time < TARGET_SECONDS else "TOO SLOW"
    print(
        f"customers in the list:      {len(data.rows):>8,}  "
        f"(of {args.customers:,} generated; the demo archives a few)"
    )
    print(f"read the list (query+rows): {read_time:8.3f} s")
    print(
        f"list report to PDF:         {list_time:8.3f} s  ({list_pages} pages, "
        f"{len(columns)} columns; target < {TARGET_SECONDS:.0f} s: {verdict})"
    )
    print(f"address labels to PDF:      {labels_time:8.3f} s  ({label_pages} pages)")
    print(f"one customer profile:       {profile_time:8.3f} s")
    return 0 if list_time < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
