"""`report KIND ... OUT.pdf`: print a report to a PDF file without opening the window.

    report profile CUSTOMER_ID OUT.pdf
    report list OUT.pdf [--search TEXT] [--tier T] [--owner NAME] [--sort COLUMN] [--descending]
    report labels OUT.pdf [the same filters]
    report analysis OUT.pdf [--period this_month|this_quarter|this_year|last_12_months]
                            [--from DATE --to DATE] [--owner NAME] [--tier T] [--search TEXT]

The reports are painted with Qt (the same code paints the preview and the printer), so the
command starts a QGuiApplication on the offscreen platform when none exists (a QApplication
for the analysis report, whose charts are drawn by widgets). Qt is imported
inside `run` only: the other commands, and importing this package, stay free of Qt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crm_desktop.cli import AddCommand, UserError, emit, open_db
from crm_desktop.domain.settings import TIERS

KINDS = ("profile", "list", "labels", "analysis")
PERIODS = ("this_month", "this_quarter", "this_year", "last_12_months")
LANGUAGES = ("zh_CN", "en")


def register(add: AddCommand) -> None:
    parser = add(
        "report",
        "print a customer profile, the customer list, address labels or the analysis to PDF",
    )
    parser.add_argument("kind", choices=KINDS, help="which report")
    parser.add_argument(
        "operands",
        nargs="+",
        metavar="ARG",
        help="profile: CUSTOMER_ID OUT.pdf; list, labels and analysis: OUT.pdf",
    )
    filters = parser.add_argument_group("which customers (list, labels and analysis)")
    filters.add_argument("--search", default="", metavar="TEXT", help="as the list's search box")
    filters.add_argument(
        "--tier", action="append", choices=TIERS, default=[], help="a tier (repeat for several)"
    )
    filters.add_argument(
        "--owner", action="append", default=[], metavar="NAME", help="an owner (repeat for several)"
    )
    filters.add_argument("--sort", default="name", metavar="COLUMN", help="sort key (default name)")
    filters.add_argument("--descending", action="store_true", help="sort the other way round")
    filters.add_argument(
        "--columns",
        metavar="KEYS",
        help="list columns, comma separated (default: the list's default columns)",
    )
    period = parser.add_argument_group("period (analysis)")
    period.add_argument("--period", choices=PERIODS, help="a named period (default last_12_months)")
    period.add_argument("--from", dest="start", metavar="DATE", help="first day, e.g. 2026-01-01")
    period.add_argument("--to", dest="end", metavar="DATE", help="last day, e.g. 2026-06-30")
    paper = parser.add_argument_group("paper")
    paper.add_argument(
        "--page-size", default="A4", metavar="SIZE", help="A4 (default), A5, Letter..."
    )
    orientation = paper.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", action="store_true", help="landscape pages")
    orientation.add_argument("--portrait", action="store_true", help="portrait pages")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="language of the printed labels (default: the window's, else the system's)",
    )
    parser.set_defaults(run=run)


def _output_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise UserError(f"the output file must end in .pdf: {text}")
    if not path.parent.is_dir():
        raise UserError(f"the folder {path.parent} does not exist; create it or choose another")
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name ending in .pdf")
    return path


def _operands(args: argparse.Namespace) -> tuple[int | None, Path]:
    operands: list[str] = args.operands
    if args.kind == "profile":
        if len(operands) != 2:
            raise UserError("usage: report profile CUSTOMER_ID OUT.pdf")
        try:
            customer_id = int(operands[0])
        except ValueError:
            raise UserError(f"the customer id must be a number, not {operands[0]!r}") from None
        return customer_id, _output_path(operands[1])
    if len(operands) != 1:
        raise UserError(f"usage: report {args.kind} OUT.pdf [filters]")
    return None, _output_path(operands[0])


def _application(language: str | None, *, widgets: bool) -> Any:
    """The running Qt application, or a new offscreen one with our translations: a
    QApplication when widgets draw (the analysis charts), else a QGuiApplication."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    name = [sys.argv[0] if sys.argv else "crm_desktop"]
    if widgets:
        from PySide6.QtWidgets import QApplication

        app: QGuiApplication = QApplication(name)
    else:
        app = QGuiApplication(name)
    from crm_desktop import translations

    if language is None:
        language = _window_language()
    translator = QTranslator(app)
    if translator.load(str(translations.qm_path(language))):
        app.installTranslator(translator)
    # Numbers and money as the window writes them in that language (¥1,234.00).
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language.startswith("zh")
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    return app


def _window_language() -> str:
    """The language chosen in the window, else the system's."""
    from crm_desktop.app import make_settings
    from crm_desktop.ui.i18n import LANGUAGE_KEY, LANGUAGE_NAMES, system_language

    saved = make_settings().value(LANGUAGE_KEY)
    return saved if isinstance(saved, str) and saved in LANGUAGE_NAMES else system_language()


def _filter(args: argparse.Namespace) -> Any:
    from crm_desktop.services import staff
    from crm_desktop.services.customer_list import CustomerFilter

    owner_ids = []
    if args.owner:
        members = {row.name: row.id for row in staff.list_staff()}
        for name in args.owner:
            if name not in members:
                known = ", ".join(sorted(members)) or "none yet"
                raise UserError(f"no staff member is called {name!r}; staff: {known}")
            owner_ids.append(members[name])
    return CustomerFilter(text=args.search, tiers=list(args.tier), owner_ids=owner_ids)


def run(args: argparse.Namespace) -> int:
    customer_id, out = _operands(args)
    if args.kind == "profile" and (args.search or args.tier or args.owner or args.columns):
        raise UserError("a profile report takes no filters; give CUSTOMER_ID OUT.pdf")
    if args.kind != "analysis" and (args.period or args.start or args.end):
        raise UserError("--period, --from and --to are for the analysis report")
    open_db(args)
    # Held until the PDF is written: painting needs the application alive.
    _app = _application(args.language, widgets=args.kind == "analysis")

    from crm_desktop.services.customer_list import SORT_COLUMNS, query_ids
    from crm_desktop.ui import customer_reports as reports
    from crm_desktop.ui import printing
    from crm_desktop.ui.customer_list_model import COLUMN_KEYS, DEFAULT_VISIBLE

    if args.page_size not in printing.PAGE_SIZES:
        raise UserError(
            f"unknown page size {args.page_size!r}; choose from {', '.join(printing.PAGE_SIZES)}"
        )
    if args.sort not in SORT_COLUMNS:
        raise UserError(f"cannot sort by {args.sort!r}; choose from {', '.join(SORT_COLUMNS)}")

    setup = printing.PageSetup(args.page_size, bool(args.landscape))
    if args.kind == "analysis":
        return _write_analysis(args, out, setup)

    report: printing.Report
    customers = 1
    if args.kind == "profile":
        assert customer_id is not None
        try:
            report = reports.ProfileReport(reports.load_profile(customer_id))
        except reports.CustomerNotFound as exc:
            raise UserError(f"{exc}; find its id with the search command") from None
    elif args.kind == "list":
        columns = (
            [key.strip() for key in args.columns.split(",") if key.strip()]
            if args.columns
            else list(DEFAULT_VISIBLE)
        )
        unknown = [key for key in columns if key not in COLUMN_KEYS]
        if unknown or not columns:
            raise UserError(
                f"unknown column(s) {', '.join(unknown) or '(none given)'}; "
                f"choose from {', '.join(COLUMN_KEYS)}"
            )
        data = reports.load_list(_filter(args), args.sort, args.descending, columns)
        report = reports.ListReport(data)
        customers = len(data.rows)
        # A wide list prints landscape unless the user says otherwise.
        setup = printing.PageSetup(
            args.page_size,
            bool(args.landscape) or (report.page_setup.landscape and not args.portrait),
        )
    else:
        if args.columns:
            raise UserError("labels take no --columns")
        if args.page_size != "A4" or args.landscape:
            raise UserError("address labels print on the label sheet's own paper (A4 portrait)")
        ids = query_ids(_filter(args), args.sort, args.descending)
        report = reports.LabelReport(reports.load_labels(ids))
        setup = report.page_setup
        customers = len(ids)
    pages = _save(lambda: printing.save_pdf(report, out, setup), out)
    emit(
        args,
        {"report": args.kind, "path": str(out), "pages": pages, "customers": customers},
        f"wrote {pages} page(s) to {out}",
    )
    return 0


def _save(write: Callable[[], int], out: Path) -> int:
    from crm_desktop.ui import printing

    try:
        return write()
    except printing.PaintError as exc:
        raise UserError(f"{exc}: {out}") from None
    except OSError as exc:
        raise UserError(f"could not write {out}: {exc.strerror or exc}") from None


def _date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{option} must be a date like 2026-01-31, not {text!r}") from None


def _period(args: argparse.Namespace) -> Any:
    from crm_desktop.services.analytics import Period

    if args.start or args.end:
        if args.period:
            raise UserError("give either --period or --from and --to, not both")
        if not (args.start and args.end):
            raise UserError("give both --from and --to for a period of your own")
        start, end = _date(args.start, "--from"), _date(args.end, "--to")
        if end < start:
            raise UserError(f"--to ({end}) is before --from ({start})")
        return Period.custom(start, end)
    return Period.named(args.period or "last_12_months", dt.date.today())


def _write_analysis(args: argparse.Namespace, out: Path, setup: Any) -> int:
    from crm_desktop.services.analytics import Scope
    from crm_desktop.ui.analysis_report import write_analysis_pdf

    if args.columns:
        raise UserError("the analysis takes no --columns")
    period = _period(args)
    flt = _filter(args)
    if not flt.text and len(flt.owner_ids) <= 1 and len(flt.tiers) <= 1:
        scope = Scope(
            owner_id=flt.owner_ids[0] if flt.owner_ids else None,
            tier=flt.tiers[0] if flt.tiers else None,
        )
    else:
        scope = Scope(customer_filter=flt)
    pages = _save(lambda: write_analysis_pdf(out, period, scope, page_setup=setup), out)
    emit(
        args,
        {
            "report": "analysis",
            "path": str(out),
            "pages": pages,
            "period": [period.start.isoformat(), period.end.isoformat()],
        },
        f"wrote {pages} page(s) to {out} ({period.start} to {period.end})",
    )
    return 0
