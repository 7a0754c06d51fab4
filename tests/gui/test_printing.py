"""Printed reports: the page framework, the customer reports, the preview and `report` command.

PDFs are checked through poppler's `pdfinfo` (page count) and `pdftotext` (the text layer,
page by page), so what is tested is what a reader of the file gets.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from crm_desktop import cli
from crm_desktop.services import (
    credit,
    customer_list,
    deals,
    follow_ups,
    orders,
    service_records,
    staff,
    tags,
)
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.ui import customer_reports, print_actions, printing
from crm_desktop.ui.customer_list_tab import CustomerListTab

from .conftest import MessageBoxes

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed: PDFs cannot be read back",
)
TODAY = dt.date.today()


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match, info.stdout
    return int(match.group(1))


def page_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


# -- the framework --------------------------------------------------------------------------


def test_fit_widths_keeps_narrow_columns_and_fills_the_width() -> None:
    widths = printing.fit_widths([50, 60, 900, 700], [1, 1, 1, 1], 1000)
    assert widths[:2] == [50, 60]
    assert widths[2] == widths[3] == pytest.approx(445)
    assert sum(widths) == pytest.approx(1000)
    roomy = printing.fit_widths([100, 100], [0, 1], 500)
    assert roomy == [100, 400]
    # Too wide: the column with twice the stretch gets twice the width of the others.
    weighted = printing.fit_widths([40, 800, 800, 800], [0, 2, 1, 1], 840)
    assert weighted == pytest.approx([40, 400, 200, 200])


def test_wrap_text_breaks_chinese_anywhere_and_cuts_at_max_lines(qapp: object) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    metrics = QFontMetricsF(QFont())
    text = "北京市海淀区中关村大街一号" * 10
    width = metrics.horizontalAdvance("北京市海淀区中关村")
    lines = printing.wrap_text(metrics, text, width)
    assert "".join(lines) == text
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    cut = printing.wrap_text(metrics, text, width, max_lines=2)
    assert len(cut) == 2 and cut[1].endswith("\u2026")
    width = max(metrics.horizontalAdvance(part) for part in ("alpha beta", "gamma delta"))
    words = printing.wrap_text(metrics, "alpha beta gamma delta", width)
    assert words == ["alpha beta", "gamma delta"]


def test_flow_repeats_the_table_header_on_every_page() -> None:
    def line(height: float, header: printing.Line | None = None) -> printing.Line:
        return printing.Line(height, lambda painter, rect: None, header=header)

    header = printing.Line(10, lambda painter, rect: None, keep_with_next=True)
    rows = [line(10, header) for _ in range(25)]
    pages = printing.flow([header, *rows], page_height=100)
    assert len(pages) == 3  # 1 header + 9 rows, then header + 9 rows twice (7 on the last)
    for placed in pages:
        assert placed[0][1] is header
        assert placed[-1][0] + placed[-1][1].height <= 100
    assert sum(1 for placed in pages for _, item in placed if item is not header) == 25


# -- the customer profile -------------------------------------------------------------------


def _rich_customer(new_customer: Callable[..., int]) -> int:
    owner, _ = staff.add_staff({"name": "王芳"})
    customer_id = new_customer(
        "张长文",
        mobiles="13800138000",
        address="北京市海淀区中关村大街1号",
        owner_id=owner,
        risk_level="medium",
        risk_reason="回款偏慢",
        hobbies="高尔夫",
        credit_grade="B",
        credit_limit="50000",
    )
    for day in range(12):
        follow_ups.log_follow_up(
            customer_id,
            {
                "content": f"第{day + 1}次回访",
                "occurred_at": dt.datetime(2026, 1, 1 + day, 10, 0),
                "channel": "电话",
            },
        )
    for number in range(3):
        deals.add_deal(customer_id, {"title": f"商机{number}", "amount": "10000"})
    for number in range(8):
        orders.add_order(
            customer_id,
            {"order_date": TODAY - dt.timedelta(days=10 * number), "amount": "1000", "cost": "600"},
        )
    service_records.add_service(customer_id, {"subject": "安装咨询", "satisfaction": 5})
    credit.add_credit_check(customer_id, {"source": "征信报告", "result": "良好"})
    tag_id = tags.find_or_create("消费偏好", "高消费")
    tags.set_customer_tags(customer_id, [tag_id])
    return customer_id


@needs_poppler
def test_profile_is_one_page_with_the_chinese_name_as_text(
    new_customer: Callable[..., int], qapp: object, tmp_path: Path
) -> None:
    customer_id = _rich_customer(new_customer)
    report = customer_reports.ProfileReport(customer_reports.load_profile(customer_id))
    out = tmp_path / "profile.pdf"
    assert printing.save_pdf(report, out) == 1
    assert page_count(out) == 1
    text = page_text(out)
    # 长 and 文 share their glyphs with radicals: the text layer must still say 张长文.
    assert "张长文" in text
    for expected in ("王芳", "高消费", "征信报告", "回款偏慢", "高尔夫", "安装咨询", "商机0"):
        assert expected in text
    assert "第12次回访" in text  # the newest follow-up is printed...
    assert "第1次回访" not in text  # ...the oldest is counted in "and N more"
    assert re.search(r"and \d+ more", text)


@needs_poppler
def test_a_profile_leaves_out_the_headings_of_sections_with_nothing_in_them(
    new_customer: Callable[..., int], qapp: object, tmp_path: Path
) -> None:
    bare = new_customer("长沙银行五一路支行", mobiles="13800138000")
    out = tmp_path / "bare.pdf"
    printing.save_pdf(customer_reports.ProfileReport(customer_reports.load_profile(bare)), out)
    text = page_text(out)
    assert "长沙银行五一路支行" in text and "Classification and value" in text
    assert "Credit and risk" not in text and "Profile notes" not in text
    rich = _rich_customer(new_customer)
    printing.save_pdf(customer_reports.ProfileReport(customer_reports.load_profile(rich)), out)
    assert "Credit and risk" in page_text(out)


def test_profile_of_a_missing_customer_says_so(db: SqliteDatabase) -> None:
    with pytest.raises(customer_reports.CustomerNotFound):
        customer_reports.load_profile(4242)


# -- the list report ------------------------------------------------------------------------


def _numbered_customers(new_customer: Callable[..., int], count: int) -> list[str]:
    names = [f"客户{number:03d}号" for number in range(count)]
    for number, name in enumerate(names):
        new_customer(name, mobiles=f"139{number:08d}")
    return names


@needs_poppler
def test_list_report_paginates_with_a_header_on_every_page(
    new_customer: Callable[..., int], qapp: object, tmp_path: Path
) -> None:
    names = _numbered_customers(new_customer, 130)
    data = customer_reports.load_list(
        CustomerFilter(), "name", False, ["name", "mobiles", "tier"], limit=1000
    )
    report = customer_reports.ListReport(data)
    out = tmp_path / "list.pdf"
    pages = printing.save_pdf(report, out)
    assert pages == page_count(out) > 1
    rows_per_page = []
    for page in range(1, pages + 1):
        text = page_text(out, page)
        assert re.search(r"Name\s+Mobile\s+Tier", text), f"no column header on page {page}"
        assert f"Page {page} of {pages}" in text
        rows_per_page.append(len(re.findall(r"客户\d{3}号", text)))
    # Page 1 also holds the title and the filter; the others are full up to the last one.
    full = rows_per_page[1]
    assert rows_per_page[0] < full
    assert pages == 1 + -(-(130 - rows_per_page[0]) // full)
    assert sum(rows_per_page) == 130
    everything = page_text(out)
    assert all(everything.count(name) == 1 for name in names)
    assert "Filter: All customers" in everything


def test_list_report_names_its_filter(new_customer: Callable[..., int], qapp: object) -> None:
    owner, _ = staff.add_staff({"name": "李雷"})
    flt = CustomerFilter(text="华为", tiers=["vip", "super"], owner_ids=[owner])
    description = customer_reports.describe_filter(flt)
    assert "华为" in description and "VIP" in description and "李雷" in description


@needs_poppler
def test_list_report_in_landscape_takes_fewer_rows_a_page(
    new_customer: Callable[..., int], qapp: object, tmp_path: Path
) -> None:
    _numbered_customers(new_customer, 100)
    data = customer_reports.load_list(CustomerFilter(), "name", False, ["name", "tier"])
    portrait = printing.save_pdf(customer_reports.ListReport(data), tmp_path / "p.pdf")
    landscape = printing.save_pdf(
        customer_reports.ListReport(data),
        tmp_path / "l.pdf",
        printing.PageSetup("A4", landscape=True),
    )
    assert landscape > portrait
    assert page_count(tmp_path / "l.pdf") == landscape


# -- address labels -------------------------------------------------------------------------


@needs_poppler
def test_labels_fill_three_by_eight_a_page(
    new_customer: Callable[..., int], qapp: object, tmp_path: Path
) -> None:
    names = _numbered_customers(new_customer, 50)
    ids = customer_list.query_ids(CustomerFilter(), "name")
    entries = customer_reports.load_labels(ids)
    out = tmp_path / "labels.pdf"
    assert printing.save_pdf(customer_reports.LabelReport(entries), out) == 3
    assert page_count(out) == 3
    per_page = [len(re.findall(r"客户\d{3}号", page_text(out, page))) for page in (1, 2, 3)]
    assert per_page == [24, 24, 2]
    assert names[0] in page_text(out, 1) and names[-1] in page_text(out, 3)


def test_labels_take_the_postcode_out_of_the_address(new_customer: Callable[..., int]) -> None:
    assert customer_reports.split_postcode("北京市海淀区中关村大街1号 邮编：100080") == (
        "北京市海淀区中关村大街1号",
        "100080",
    )
    assert customer_reports.split_postcode("上海市浦东新区世纪大道100号") == (
        "上海市浦东新区世纪大道100号",
        "",
    )
    customer_id = new_customer(
        "刘一手",
        kind="person",
        mobiles="13912345678",
        city="成都市",
        address="锦江区红星路1号 610000",
    )
    (entry,) = customer_reports.load_labels([customer_id])
    assert entry.postcode == "610000"
    assert entry.contact == "13912345678"
    assert entry.address.startswith("成都市锦江区")


# -- the preview dialog and the window's print commands -------------------------------------


def test_preview_lays_the_report_out_again_for_a_new_orientation(
    new_customer: Callable[..., int], qtbot: QtBot
) -> None:
    _numbered_customers(new_customer, 100)
    data = customer_reports.load_list(CustomerFilter(), "name", False, ["name", "tier"])
    dialog = printing.ReportPreviewDialog(customer_reports.ListReport(data))
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    portrait_pages = preview.pageCount()
    assert portrait_pages >= 2
    preview.setOrientation(QPageLayout.Orientation.Landscape)
    preview.updatePreview()
    assert preview.pageCount() > portrait_pages
    assert dialog.current_setup().landscape
    assert dialog.save_action.text()


def test_print_commands_hand_the_lists_report_to_the_preview(
    new_customer: Callable[..., int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    _numbered_customers(new_customer, 5)
    shown: list[printing.Report] = []
    monkeypatch.setattr(printing, "print_with_preview", lambda report, parent: shown.append(report))
    tab = CustomerListTab()
    qtbot.addWidget(tab)
    tab.show()
    print_actions.print_list(tab, tab)
    print_actions.print_labels(tab, tab)
    print_actions.print_profile(tab, None)
    list_report, label_report = shown
    assert isinstance(list_report, customer_reports.ListReport)
    assert len(list_report.data.rows) == 5
    assert list_report.data.columns == tab.visible_columns()
    assert isinstance(label_report, customer_reports.LabelReport)
    assert len(label_report.entries) == 5
    assert message_boxes.shown and "Open a customer" in message_boxes.shown[-1][1]


# -- the headless command -------------------------------------------------------------------


@needs_poppler
def test_report_command_writes_the_three_reports(
    new_customer: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id = _rich_customer(new_customer)
    _numbered_customers(new_customer, 30)
    database = str(tmp_path / "crm.db")
    profile = tmp_path / "profile.pdf"
    assert cli.main(["report", "profile", str(customer_id), str(profile), "--db", database]) == 0
    assert "张长文" in page_text(profile)
    listed = tmp_path / "list.pdf"
    code = cli.main(["report", "list", str(listed), "--db", database, "--owner", "王芳", "--json"])
    assert code == 0
    assert '"customers": 1' in capsys.readouterr().out
    text = page_text(listed)
    assert "张长文" in text and "客户001号" not in text and "王芳" in text
    labels = tmp_path / "labels.pdf"
    assert cli.main(["report", "labels", str(labels), "--db", database, "--search", "客户"]) == 0
    assert page_count(labels) == 2  # 30 customers: 24 + 6


def test_report_command_refuses_bad_input_without_writing(
    new_customer: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_customer("某客户")
    database = str(tmp_path / "crm.db")
    out = tmp_path / "out.pdf"
    cases = [
        (["report", "profile", "999", str(out)], "no customer with id 999"),
        (["report", "profile", "abc", str(out)], "must be a number"),
        (["report", "list", str(tmp_path / "missing" / "x.pdf")], "does not exist"),
        (["report", "list", str(tmp_path / "x.txt")], "must end in .pdf"),
        (["report", "list", str(out), "--owner", "无名"], "no staff member"),
        (["report", "list", str(out), "--sort", "shoe_size"], "cannot sort by"),
        (["report", "list", str(out), "--page-size", "A0"], "unknown page size"),
        (["report", "list", str(out), "--columns", "name,bogus"], "unknown column"),
    ]
    for argv, message in cases:
        assert cli.main([*argv, "--db", database]) != 0
        error = capsys.readouterr().err
        assert error.startswith("error: ") and message in error, (argv, error)
    assert not out.exists()


@needs_poppler
def test_report_command_writes_the_analysis_for_a_period(
    new_customer: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _rich_customer(new_customer)
    database = str(tmp_path / "crm.db")
    out = tmp_path / "analysis.pdf"
    argv = ["report", "analysis", str(out), "--db", database, "--json"]
    assert cli.main([*argv, "--from", "2026-01-01", "--to", "2026-12-31"]) == 0
    assert '"period": ["2026-01-01", "2026-12-31"]' in capsys.readouterr().out
    assert page_count(out) >= 1
    assert "Analysis report" in page_text(out)
    for extra, message in (
        (["--from", "2026-13-01", "--to", "2026-12-31"], "must be a date"),
        (["--from", "2026-01-01"], "give both --from and --to"),
        (["--period", "this_year", "--from", "2026-01-01", "--to", "2026-02-01"], "not both"),
    ):
        assert cli.main([*argv, *extra]) != 0
        assert message in capsys.readouterr().err


def test_ctrl_p_prints_what_the_current_tab_shows(
    new_customer: Callable[..., int],
    db: SqliteDatabase,
    qtbot: QtBot,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.ui.main_window import TAB_DETAIL, TAB_LIST, MainWindow

    customer_id = new_customer("赵长青")
    shown: list[printing.Report] = []
    monkeypatch.setattr(printing, "print_with_preview", lambda report, parent: shown.append(report))
    window = MainWindow(qsettings, Path(db.database))
    qtbot.addWidget(window)
    window.show()
    assert window.act_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.tabs.setCurrentIndex(TAB_LIST)
    window.act_print.trigger()
    window.open_customer(customer_id)
    assert window.tabs.currentIndex() == TAB_DETAIL
    window.act_print.trigger()
    window.act_print_labels.trigger()
    assert [type(report) for report in shown] == [
        customer_reports.ListReport,
        customer_reports.ProfileReport,
        customer_reports.LabelReport,
    ]
    profile = shown[1]
    assert isinstance(profile, customer_reports.ProfileReport)
    assert profile.data.customer["id"] == customer_id


@needs_poppler
def test_the_header_names_the_company_from_the_settings(
    new_customer: Callable[..., int], qapp: object, tmp_path: Path
) -> None:
    import dataclasses

    from crm_desktop.services import settings as settings_service

    customer_id = new_customer("钱一")
    out = tmp_path / "profile.pdf"
    report = customer_reports.ProfileReport(customer_reports.load_profile(customer_id))
    printing.save_pdf(report, out)
    assert page_text(out).startswith("CRM Desktop")  # nothing set: the product's name
    business = settings_service.business_settings()
    settings_service.save_business_settings(
        dataclasses.replace(business, company_name="上海长风贸易有限公司")
    )
    report = customer_reports.ProfileReport(customer_reports.load_profile(customer_id))
    printing.save_pdf(report, out)
    assert page_text(out).startswith("上海长风贸易有限公司")
    assert "Page 1 of 1" in page_text(out)


@needs_poppler
def test_a_list_longer_than_the_limit_says_what_was_left_out(
    new_customer: Callable[..., int], qapp: object, tmp_path: Path
) -> None:
    _numbered_customers(new_customer, 12)
    data = customer_reports.load_list(CustomerFilter(), "name", False, ["name"], limit=5)
    assert (len(data.rows), data.total) == (5, 12)
    out = tmp_path / "cut.pdf"
    printing.save_pdf(customer_reports.ListReport(data), out)
    text = page_text(out)
    assert "The first 5 of 12 customers" in text
    assert "客户004号" in text and "客户005号" not in text
