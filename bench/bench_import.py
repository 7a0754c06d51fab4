"""Import and export speed: the importer against the floor, peak memory, export writers.

Run: `python bench/bench_import.py` (about a minute or two; `--rows`, `--memory-rows` to
change the sizes, `--no-memory` to leave out the 300,000-row memory run).

Measures, on a generated workbook of N rows x 15 columns (xlsxwriter):
(a) the floor: python-calamine reads the sheet, one `executemany` inserts the raw rows in one
    transaction, and an FTS5 trigram index is filled with them;
(b) the full import through `crm_desktop.services.importer` (mapping, validation, duplicate
    check, pinyin, search index, facts, journal) into a fresh database;
with the CPU time of the importing process and of its conversion workers (on two cores their
sum, not the wall time, is what bounds the import); then the peak memory (max RSS) of a child
process importing the larger file, and the export of the imported customers through
`services.export` beside openpyxl's write-only mode.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crm_desktop.services.importer import ImportSummary

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEADERS = [
    "客户编号", "客户名称", "联系人", "手机", "电话", "邮箱", "省份", "城市", "详细地址", "行业",
    "客户来源", "客户等级", "首次联系日期", "合同金额", "备注",
]  # fmt: skip
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红"
_CITIES = [("广东", "深圳"), ("广东", "广州"), ("浙江", "杭州"), ("江苏", "南京"),
           ("北京", "北京"), ("上海", "上海"), ("四川", "成都"), ("湖北", "武汉")]  # fmt: skip
_WORDS = "华信达通泰恒瑞丰盛源鑫隆宏昌祥和安康德兴茂嘉博创"
_INDUSTRIES = ["制造业", "零售", "软件", "餐饮", "物流", "教育", "医疗", "建筑"]
_SOURCES = ["展会", "转介绍", "网络推广", "电话营销", "老客户"]
_TIERS = ["普通", "VIP", "普通", "普通", "超级"]


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """A customer list as offices keep them: phones as numbers, dates as dates, money."""
    import xlsxwriter

    rng = random.Random(seed)
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("客户")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    money = workbook.add_format({"num_format": "#,##0.00"})
    sheet.write_row(0, 0, HEADERS)
    start = dt.date(2018, 1, 1)
    for index in range(1, rows + 1):
        province, city = rng.choice(_CITIES)
        company = (city + "".join(rng.choice(_WORDS) for _ in range(3))
                   + rng.choice(["科技有限公司", "贸易有限公司", "商行", "实业有限公司"]))
        person = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(2))
        sheet.write_string(index, 0, f"C{index:07d}")
        sheet.write_string(index, 1, f"{company}{index}")
        sheet.write_string(index, 2, person)
        sheet.write_number(index, 3, 13_000_000_000 + rng.randrange(0, 999_999_999))
        sheet.write_string(index, 4, f"0755-{rng.randrange(20000000, 89999999)}")
        sheet.write_string(index, 5, f"user{index}@example.com")
        sheet.write_string(index, 6, province)
        sheet.write_string(index, 7, city)
        sheet.write_string(index, 8, f"{city}{rng.choice(_WORDS)}路{rng.randrange(1, 999)}号")
        sheet.write_string(index, 9, rng.choice(_INDUSTRIES))
        sheet.write_string(index, 10, rng.choice(_SOURCES))
        sheet.write_string(index, 11, rng.choice(_TIERS))
        sheet.write_datetime(index, 12, start + dt.timedelta(days=rng.randrange(0, 2500)),
                             date_format)
        sheet.write_number(index, 13, rng.randrange(1000, 5_000_000) / 100, money)
        sheet.write_string(index, 14, "老客户，需要定期回访" if index % 7 == 0 else "")
    workbook.close()


def floor(path: Path, work: Path) -> float:
    """Read with python-calamine, one executemany, fill an FTS5 trigram index."""
    import python_calamine

    started = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    data = workbook.get_sheet_by_index(0).to_python()
    rows = [tuple("" if v is None else str(v) for v in row) for row in data[1:]]
    connection = sqlite3.connect(work / "floor.db")
    connection.execute("PRAGMA journal_mode = wal")
    connection.execute("PRAGMA synchronous = normal")
    columns = ", ".join(f"c{i} TEXT" for i in range(len(HEADERS)))
    connection.execute(f"CREATE TABLE raw (id INTEGER PRIMARY KEY, {columns})")
    connection.execute("CREATE VIRTUAL TABLE raw_fts USING fts5(body, tokenize='trigram')")
    with connection:
        marks = ", ".join("?" * len(HEADERS))
        connection.executemany(
            f"INSERT INTO raw ({', '.join(f'c{i}' for i in range(len(HEADERS)))}) "
            f"VALUES ({marks})",
            rows,
        )
        connection.execute(
            "INSERT INTO raw_fts(rowid, body) SELECT id, c1 || ' ' || c2 || ' ' || c3 || ' ' "
            "|| c4 || ' ' || c5 FROM raw"
        )
    connection.close()
    return time.perf_counter() - started


def _cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process and of its ended child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def timed_import(path: Path) -> tuple[float, ImportSummary]:
    """Import the workbook into the open database through the service: (seconds, summary)."""
    from crm_desktop.services import importer

    started = time.perf_counter()
    plan = importer.plan_sheet(path)
    summary = importer.run_import(plan, plan.mapping)
    return time.perf_counter() - started, summary


def full_import(path: Path, db_path: Path) -> tuple[float, dict[str, object]]:
    from crm_desktop.storage.database import close_database, open_database

    open_database(db_path)
    try:
        seconds, summary = timed_import(path)
    finally:
        close_database()
    return seconds, summary.as_dict()


def export_times(db_path: Path, work: Path) -> tuple[int, float, float]:
    """(rows, seconds through services.export, seconds through openpyxl write-only)."""
    import openpyxl

    from crm_desktop.services import export
    from crm_desktop.services.customer_list import CustomerFilter
    from crm_desktop.storage.database import close_database, open_database

    open_database(db_path)
    try:
        columns = [
            export.ExportColumn("code", "客户编号"),
            export.ExportColumn("name", "客户名称"),
            export.ExportColumn("mobiles", "手机"),
            export.ExportColumn("phones", "电话"),
            export.ExportColumn("email", "邮箱"),
            export.ExportColumn("province", "省份"),
            export.ExportColumn("city", "城市"),
            export.ExportColumn("first_contact_date", "首次联系日期", export.DATE),
            export.ExportColumn("contract_amount_cents", "合同金额", export.MONEY),
            export.ExportColumn("tier", "等级"),
        ]
        started = time.perf_counter()
        count = export.export_customers(work / "export.xlsx", columns)
        ours = time.perf_counter() - started
        rows = list(export.customer_rows(CustomerFilter()))
        started = time.perf_counter()
        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet("Customers")
        sheet.append([c.header for c in columns])
        for row in rows:
            sheet.append([export.cell_value(c, row) for c in columns])
        workbook.save(work / "openpyxl.xlsx")
        theirs = time.perf_counter() - started
    finally:
        close_database()
    return count, ours, theirs


def _child_import(path: str, db_path: str) -> None:
    seconds, summary = full_import(Path(path), Path(db_path))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{seconds:.1f} {peak_kib} {summary['created']}")


def _memory_run(work: Path, rows: int) -> None:
    """Import `rows` rows in a child process and report its peak memory (max RSS)."""
    big = work / "big.xlsx"
    generate(big, rows, seed=11)
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(big), str(work / "big.db")],
        capture_output=True, text=True, check=True,
    )
    seconds, peak_kib, created = result.stdout.split()
    print(f"{rows:,}-row import: {float(seconds):.1f} s, {int(created):,} created, "
          f"peak memory {int(peak_kib) / 1024:.0f} MB (target under 600 MB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--memory-rows", type=int, default=300_000)
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the peak-memory import of --memory-rows rows")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child_import(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if args.memory_only:
            _memory_run(work, args.memory_rows)
            return 0
        book = work / "customers.xlsx"
        started = time.perf_counter()
        generate(book, args.rows)
        print(f"generated {args.rows:,} rows x {len(HEADERS)} columns in "
              f"{time.perf_counter() - started:.1f} s ({book.stat().st_size / 1e6:.1f} MB)")
        floor_seconds = floor(book, work)
        print(f"(a) floor (calamine + executemany + FTS5): {floor_seconds:.1f} s")
        own_before, workers_before = _cpu_seconds()
        full_seconds, summary = full_import(book, work / "crm.db")
        own_after, workers_after = _cpu_seconds()
        print(f"(b) full import: {full_seconds:.1f} s  {summary}")
        print(f"    ratio (b)/(a): {full_seconds / floor_seconds:.2f} (target at most 1.5)")
        print(f"    CPU: importing process {own_after - own_before:.1f} s, conversion workers "
              f"{workers_after - workers_before:.1f} s, on {os.cpu_count()} cores")
        count, ours, theirs = export_times(work / "crm.db", work)
        print(f"export {count:,} rows: services.export (xlsxwriter) {ours:.1f} s, "
              f"openpyxl write-only {theirs:.1f} s, ratio {theirs / ours:.2f}x")
        if not args.no_memory:
            _memory_run(work, args.memory_rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
