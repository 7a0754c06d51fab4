"""An import killed at a random moment: whole batches or nothing, never marked done.

A child process imports 10,000 rows in batches of 1,000 and is killed (SIGKILL, no clean-up)
at a random moment. Each time: the database passes integrity_check, the customer count is a
whole number of batches, the import is done only if every row is in, otherwise it is listed
as interrupted, and undoing it leaves no customer behind.

The number of trials is KILL_TRIALS, or the CRM_KILL_TRIALS environment variable (run 30 by
hand: `CRM_KILL_TRIALS=30 pytest tests/unit/test_import_kill.py`).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import xlsxwriter

from crm_desktop.services import importer
from crm_desktop.storage.database import close_database, open_database
from crm_desktop.storage.models import Customer

KILL_TRIALS = 10
ROWS = 10_000
BATCH = 1_000
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

CHILD = """
import sys
from crm_desktop.services import importer
from crm_desktop.storage.database import open_database
open_database(sys.argv[1])
plan = importer.plan_sheet(sys.argv[2])
importer.run_import(plan, plan.mapping, importer.ImportOptions(batch_size=int(sys.argv[3])))
print("finished", flush=True)
"""


def trials() -> int:
    return int(os.environ.get("CRM_KILL_TRIALS", KILL_TRIALS))


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kill") / "stores.xlsx"
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Customers")
    sheet.write_row(0, 0, ["Customer code", "Customer name", "Mobile"])
    for index in range(1, ROWS + 1):
        sheet.write_row(index, 0, [f"K{index:05d}", f"Store {index:05d}", 13_700_000_000 + index])
    workbook.close()
    return path


def child(db_path: Path, book: Path) -> subprocess.Popen[str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(book), str(BATCH)],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_killed_imports_leave_whole_batches_and_never_claim_done(
    tmp_path: Path, book: Path
) -> None:
    # One run to the end tells how long an import takes on this machine.
    timing_db = tmp_path / "timing.db"
    open_database(timing_db)
    close_database()
    started = time.monotonic()
    full = child(timing_db, book)
    _out, err = full.communicate(timeout=600)
    assert full.returncode == 0, err
    duration = time.monotonic() - started

    rng = random.Random(int(os.environ.get("CRM_KILL_SEED", "4")))
    outcomes: list[str] = []
    for trial in range(trials()):
        db_path = tmp_path / f"trial{trial}.db"
        open_database(db_path)
        close_database()
        process = child(db_path, book)
        time.sleep(rng.uniform(0.0, duration * 1.05))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)

        db = open_database(db_path)
        try:
            assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = Customer.select().count()
            assert count % BATCH == 0, f"trial {trial}: {count} customers, not whole batches"
            records = importer.list_imports()
            if not records:
                assert count == 0  # killed before the import started
                outcomes.append("before start")
                continue
            record = records[0]
            if record.status == "done":
                assert count == ROWS, f"trial {trial}: done with only {count} rows"
                outcomes.append("done")
            else:
                assert record.status == "interrupted", record.status
                assert record.created == count
                outcomes.append(f"interrupted at {count}")
                if count:
                    importer.undo_import(record.batch_id)
                    assert Customer.select().count() == 0
        finally:
            close_database()
    assert len(outcomes) == trials()
