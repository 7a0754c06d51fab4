"""Import and export commands: `import`, `undo-import`, `imports`, `export`, `template`.

`import FILE` prints the summary (created, updated, skipped, failed, the batch number to
undo it with); exit code 0 when the file was read (even with failed rows), 2 when the file
itself was refused (password, damage, not a table, no name column...) with one line saying
why. With --json the refusal is also one JSON object with an `error` member.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crm_desktop.cli import AddCommand, UserError, emit, open_db

REFUSED = 2
SHOWN_PROBLEMS = 20

# Export columns: "中文 (English)" headers, which the importer maps back in either language.
_EXPORT_COLUMNS = (
    ("code", "客户编号 (Customer code)", "text"),
    ("name", "客户名称 (Customer name)", "text"),
    ("short_name", "简称 (Short name)", "text"),
    ("kind", "客户类型 (Kind)", "text"),
    ("mobiles", "手机 (Mobile)", "text"),
    ("phones", "电话 (Phone)", "text"),
    ("email", "邮箱 (E-mail)", "text"),
    ("wechat", "微信 (WeChat)", "text"),
    ("province", "省份 (Province)", "text"),
    ("city", "城市 (City)", "text"),
    ("district", "区县 (District)", "text"),
    ("address", "详细地址 (Address)", "text"),
    ("industry", "行业 (Industry)", "text"),
    ("source", "客户来源 (Source)", "text"),
    ("owner_name", "负责人 (Owner)", "text"),
    ("tier", "客户等级 (Tier)", "text"),
    ("tags", "标签 (Tags)", "text"),
    ("credit_code", "统一社会信用代码 (Credit code)", "text"),
    ("first_contact_date", "首次联系日期 (First contact date)", "date"),
    ("contract_amount_cents", "合同金额 (Contract amount)", "money"),
    ("service_expiry", "服务到期日 (Service expiry)", "date"),
    ("last_purchase", "最近购买 (Last purchase)", "date"),
    ("purchase_total_cents", "累计消费 (Purchase total)", "money"),
    ("notes", "备注 (Notes)", "text"),
    ("created_at", "创建时间 (Created)", "datetime"),
)
_KIND_LABELS = {"company": "公司", "person": "个人"}
_TIER_LABELS = {"ordinary": "普通", "vip": "VIP", "super": "超级"}


def register(add: AddCommand) -> None:
    from crm_desktop.services.import_rows import KINDS
    from crm_desktop.services.importer import ON_DUPLICATE

    parser = add("import", "import customers (or follow-ups, deals, orders) from a spreadsheet")
    parser.add_argument("file", help="an .xlsx, .xlsm, .xls, .xlsb, .ods or .csv file")
    parser.add_argument("--sheet", help="the sheet to import (default: the customer table)")
    parser.add_argument("--kind", choices=KINDS, default="customers",
                        help="what the rows are (default: customers)")
    parser.add_argument("--on-duplicate", choices=ON_DUPLICATE, default="skip",
                        help="a row matching an existing customer: skip it (default), update "
                             "the customer's mapped fields, or import it as new")
    parser.add_argument("--dry-run", action="store_true",
                        help="check every row and report what would happen; write nothing")
    parser.add_argument("--errors", metavar="OUT",
                        help="write the failed rows, with a reason column, to this .xlsx/.csv")
    parser.set_defaults(run=run_import)

    undo = add("undo-import", "undo a whole import, putting back what it changed")
    undo.add_argument("batch_id", type=int, help="the import's number (see 'imports')")
    undo.add_argument("--force", action="store_true",
                      help="undo even if customers it touched were edited since (those later "
                           "edits are lost)")
    undo.set_defaults(run=run_undo)

    history = add("imports", "list the imports, newest first")
    history.set_defaults(run=run_history)

    export = add("export", "export all customers to .xlsx or .csv")
    export.add_argument("out", help="the file to write")
    export.add_argument("--format", choices=("xlsx", "csv"),
                        help="the file type (default: from OUT's extension)")
    export.set_defaults(run=run_export)

    template = add("template", "write a blank customer import template with instructions")
    template.add_argument("out", help="the .xlsx file to write")
    template.set_defaults(run=run_template)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _refused(args: argparse.Namespace, message: str) -> int:
    """The file itself cannot be imported: one line, exit code 2."""
    if args.json:
        emit(args, {"created": 0, "updated": 0, "skipped": 0, "failed": 0, "batch_id": None,
                    "error": _one_line(message)}, "")
        return REFUSED
    raise UserError(_one_line(message), code=REFUSED)


def run_import(args: argparse.Namespace) -> int:
    from crm_desktop.services import importer
    from crm_desktop.services.spreadsheet import SpreadsheetError

    if args.errors and Path(args.errors).suffix.lower() not in (".xlsx", ".csv"):
        raise UserError(f"--errors must name an .xlsx or .csv file, not {args.errors!r}")
    source = Path(args.file)
    if not source.is_file():
        return _refused(args, f"There is no file at {source}. Check the path.")
    # Importing is how a new user starts: a new database is created for it.
    open_db(args, create=True)
    try:
        plan = importer.plan_sheet(source, args.sheet, kind=args.kind)
        options = importer.ImportOptions(on_duplicate=args.on_duplicate)
        if args.dry_run:
            summary = importer.dry_run(plan, plan.mapping, options)
        else:
            summary = importer.run_import(plan, plan.mapping, options)
    except SpreadsheetError as error:
        return _refused(args, str(error))
    except importer.MappingError as error:
        return _refused(args, f"{source.name}: {error}")
    errors_written = None
    if args.errors and summary.failures:
        errors_written = importer.write_error_workbook(plan, summary, args.errors)
    payload: dict[str, Any] = summary.as_dict()
    payload["errors_file"] = str(args.errors) if errors_written else None
    payload["failures"] = [
        {"row": failure.row_number, "reason": failure.reason} for failure in summary.failures
    ]
    payload["warnings"] = [
        {"row": warned.row_number, "warning": warned.reason} for warned in summary.warnings
    ]
    payload["mapping"] = {plan.headers[i]: key for i, key in sorted(plan.mapping.items())}
    emit(args, payload, _summary_text(summary, plan.sheet_name, errors_written, args.errors))
    return 0


def _summary_text(summary: Any, sheet: str, errors_written: int | None,
                  errors_path: str | None) -> str:
    verb = "Dry run of" if summary.dry_run else "Imported"
    lines = [
        f"{verb} {summary.kind} from {summary.file_name} (sheet {sheet}): "
        f"{summary.created} created, {summary.updated} updated, {summary.skipped} skipped, "
        f"{summary.failed} failed."
    ]
    if summary.cancelled:
        lines.append("The import was cancelled; the rows before it are kept.")
    for failure in summary.failures[:SHOWN_PROBLEMS]:
        lines.append(f"  row {failure.row_number}: {failure.reason}")
    if summary.failed > SHOWN_PROBLEMS:
        lines.append(f"  ... and {summary.failed - SHOWN_PROBLEMS} more failed rows")
    if errors_written:
        lines.append(f"The {errors_written} failed rows were written to {errors_path}.")
    if summary.warned:
        rows = "row was" if summary.warned == 1 else "rows were"
        lines.append(f"{summary.warned} {rows} imported with a warning (kept as written):")
        for warned in summary.warnings[:SHOWN_PROBLEMS]:
            lines.append(f"  row {warned.row_number}: {warned.reason}")
        if summary.warned > SHOWN_PROBLEMS:
            lines.append(f"  ... and {summary.warned - SHOWN_PROBLEMS} more rows with a warning")
    if summary.batch_id is not None:
        lines.append(f"Import number {summary.batch_id}; undo it with "
                     f"'python main.py undo-import {summary.batch_id}'.")
    return "\n".join(lines)


def run_undo(args: argparse.Namespace) -> int:
    from crm_desktop.services import importer
    from crm_desktop.services.customers import UndoRefused

    open_db(args)
    try:
        changes = importer.undo_import(args.batch_id, force=args.force)
    except importer.ImportNotFound as error:
        raise UserError(str(error)) from error
    except UndoRefused as error:
        later_edits = bool(error.customer_ids)
        hint = " Add --force to undo it anyway." if later_edits and not args.force else ""
        raise UserError(f"{error}{hint}") from error
    emit(args, {"batch_id": args.batch_id, "undone": True,
                "customers": len(changes.customer_ids)},
         f"Import {args.batch_id} was undone ({len(changes.customer_ids)} customers restored "
         "or removed).")
    return 0


def run_history(args: argparse.Namespace) -> int:
    from crm_desktop.services import importer

    open_db(args)
    records = importer.list_imports()
    payload = [
        {
            "batch_id": r.batch_id,
            "started_at": r.started_at,
            "file": r.file_name,
            "sheet": r.sheet,
            "kind": r.kind,
            "created": r.created,
            "updated": r.updated,
            "skipped": r.skipped,
            "failed": r.failed,
            "status": r.status,
        }
        for r in records
    ]
    if not records:
        text = "No imports yet."
    else:
        text = "\n".join(
            f"{r.batch_id:>4}  {r.started_at:%Y-%m-%d %H:%M}  {r.status:<11}  {r.kind:<10}  "
            f"{r.created} created, {r.updated} updated, {r.skipped} skipped, {r.failed} failed"
            f"  {Path(r.file_name).name}"
            for r in records
        )
    emit(args, {"imports": payload}, text)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from crm_desktop.services import export

    target = Path(args.out)
    fmt = args.format or target.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "csv"):
        raise UserError(f"cannot export to {target.name!r}: name it .xlsx or .csv, or give "
                        "--format xlsx|csv")
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(target.name + f".{fmt}")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist")
    open_db(args)
    labels = {"kind": _KIND_LABELS, "tier": _TIER_LABELS}
    columns = [
        export.ExportColumn(key, header, kind, labels=labels.get(key))
        for key, header, kind in _EXPORT_COLUMNS
    ]
    count = export.export_customers(target, columns)
    emit(args, {"file": str(target), "rows": count},
         f"Exported {count} customers to {target}.")
    return 0


def run_template(args: argparse.Namespace) -> int:
    from crm_desktop.services.import_template import write_template

    target = Path(args.out)
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"the template is an .xlsx workbook: name it {target.stem}.xlsx")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist")
    write_template(target)
    emit(args, {"file": str(target)}, f"Wrote the import template to {target}.")
    return 0
