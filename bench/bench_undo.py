"""Undo speed: undoing a big import against the import itself.

Run: `python bench/bench_undo.py` (`--rows` to change the size; 100,000 by default, a few
minutes). Generates the workbook of bench/bench_import.py, imports it into a fresh database
through `crm_desktop.services.importer`, then times `importer.undo_import` of that import
(backup, journal replay, search index, facts) and checks the customers are gone.

The checkout on PYTHONPATH, when there is one, is the code measured (this script's own
checkout otherwise), so one script can time an older commit checked out elsewhere.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Appended, not prepended: a checkout given on PYTHONPATH comes first and is measured.
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from bench_import import generate, timed_import  # noqa: E402  (needs the path above)


def import_then_undo(book: Path, db_path: Path) -> tuple[float, float, int]:
    """(import seconds, undo seconds, customers created) for one fresh database."""
    from crm_desktop.services import importer
    from crm_desktop.storage.database import close_database, open_database
    from crm_desktop.storage.models import Customer

    open_database(db_path)
    try:
        import_seconds, summary = timed_import(book)
        if summary.batch_id is None:
            raise RuntimeError(f"the import recorded no batch: {summary.as_dict()}")
        started = time.perf_counter()
        importer.undo_import(summary.batch_id)
        undo_seconds = time.perf_counter() - started
        left = Customer.select().count()
        if left:
            raise RuntimeError(f"{left} customers are left after undoing the import")
    finally:
        close_database()
    return import_seconds, undo_seconds, summary.created


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    import crm_desktop

    print(f"code measured: {Path(crm_desktop.__file__).resolve().parent}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        book = work / "customers.xlsx"
        generate(book, args.rows)
        import_seconds, undo_seconds, created = import_then_undo(book, work / "crm.db")
    print(f"import of {args.rows:,} rows ({created:,} customers created): {import_seconds:.1f} s")
    print(f"undo of that import: {undo_seconds:.1f} s")
    print(f"ratio undo/import: {undo_seconds / import_seconds:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
