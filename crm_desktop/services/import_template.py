"""The blank customer import template: a sheet of headers and a sheet of instructions.

Headers are written "中文 (English)": the importer's header matching ignores the bracketed
part, so the template maps itself column by column in either language. Phone, code and
credit-code columns are formatted as text, so Excel keeps 13800138000 as typed instead of
turning it into 1.38E+10. Like every export, the file appears only when complete.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter


@dataclass(frozen=True)
class TemplateColumn:
    field: str  # the field key it maps to (crm_desktop.domain.headers)
    chinese: str
    english: str
    instruction: str
    example: str
    text_format: bool = False  # keep digits as typed (phones, codes)

    @property
    def header(self) -> str:
        return f"{self.chinese} ({self.english})"


TEMPLATE_COLUMNS: tuple[TemplateColumn, ...] = (
    TemplateColumn("code", "客户编号", "Customer code",
                   "选填。唯一编号；同名不同编号视为不同客户（连锁门店）。 Optional, unique; "
                   "same name with different codes are different customers.", "SZ-0001", True),
    TemplateColumn("name", "客户名称", "Customer name", "必填。 Required.", "深圳华信科技有限公司"),
    TemplateColumn("kind", "客户类型", "Kind", "公司 或 个人。 Company or person.", "公司"),
    TemplateColumn("contact_name", "联系人", "Contact", "选填。 Optional.", "张伟"),
    TemplateColumn("contact_title", "职位", "Title", "选填。 Optional.", "采购经理"),
    TemplateColumn("mobile", "手机", "Mobile",
                   "可填多个，用 / 分隔。 Several allowed, separated by /.",
                   "13800138000 / 13900139000", True),
    TemplateColumn("phone", "电话", "Phone", "座机可带区号和分机。 Landline with area code.",
                   "0755-12345678转123", True),
    TemplateColumn("email", "邮箱", "E-mail", "选填。 Optional.", "zhangwei@example.com"),
    TemplateColumn("wechat", "微信", "WeChat", "选填。 Optional.", "zhangwei_sz"),
    TemplateColumn("province", "省份", "Province", "选填。 Optional.", "广东"),
    TemplateColumn("city", "城市", "City", "选填。 Optional.", "深圳"),
    TemplateColumn("address", "详细地址", "Address", "选填。 Optional.", "南山区科技园1号"),
    TemplateColumn("industry", "行业", "Industry", "选填。 Optional.", "制造业"),
    TemplateColumn("source", "客户来源", "Source", "选填。 Optional.", "展会"),
    TemplateColumn("owner", "负责人", "Owner",
                   "员工姓名；不存在时自动添加。 A staff member's name; added if new.", "李娜"),
    TemplateColumn("tier", "客户等级", "Tier", "普通 / VIP / 超级。 Ordinary, VIP or super.",
                   "VIP"),
    TemplateColumn("tags", "标签", "Tags",
                   "多个用逗号分隔，可写 分组:标签。 Comma separated; group:tag allowed.",
                   "老客户, 行业:制造业"),
    TemplateColumn("credit_code", "统一社会信用代码", "Credit code", "18 位。 18 characters.",
                   "91440300MA5XXXXXX1", True),
    TemplateColumn("first_contact_date", "首次联系日期", "First contact date",
                   "日期，如 2024-03-05 或 2024年3月5日。 A date.", "2024-03-05"),
    TemplateColumn("contract_amount", "合同金额", "Contract amount",
                   "金额，可带 ¥ 和千分位。 An amount; ¥ and separators allowed.", "120,000.00"),
    TemplateColumn("service_expiry", "服务到期日", "Service expiry", "日期。 A date.",
                   "2025-12-31"),
    TemplateColumn("notes", "备注", "Notes", "选填。 Optional.", "每季度回访"),
)

INSTRUCTIONS = (
    "客户导入模板 / Customer import template",
    "",
    "1. 在“客户”工作表第 2 行起每行填写一个客户，不要修改表头。"
    " Fill one customer per row from row 2 of the sheet 客户; keep the headers.",
    "2. 只有“客户名称”必填；其他列可留空或删除。"
    " Only the customer name is required; other columns may be left empty or deleted.",
    "3. 手机、编号请保持文本格式，避免变成 1.38E+10。"
    " Keep phones and codes as text so they do not turn into 1.38E+10.",
    "4. 重复客户（编号、手机、邮箱、信用代码或名称相同）默认跳过，导入时可选择更新。"
    " Duplicates (same code, mobile, e-mail, credit code or name) are skipped by default; "
    "you can choose to update them instead.",
    "5. 导入后可整体撤销；失败的行会列在错误工作簿中，改正后可再次导入。"
    " An import can be undone as a whole; failed rows go to an error workbook you can fix and "
    "import again.",
    "",
    "列说明 / Columns:",
)

DATA_SHEET = "客户"
INSTRUCTIONS_SHEET = "说明 Instructions"


def write_template(path: str | os.PathLike[str]) -> Path:
    """Write the blank template as .xlsx; returns the path written."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValueError(f"the template is an .xlsx workbook: name it {target.stem}.xlsx")
    handle, name = tempfile.mkstemp(prefix=".template-", suffix=".xlsx", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        workbook = xlsxwriter.Workbook(str(temporary), {"strings_to_numbers": False,
                                                        "strings_to_formulas": False})
        try:
            data = workbook.add_worksheet(DATA_SHEET)
            header = workbook.add_format({"bold": True, "bg_color": "#E8EEF7", "border": 1})
            required = workbook.add_format({"bold": True, "bg_color": "#FDE9D9", "border": 1})
            text = workbook.add_format({"num_format": "@"})
            for index, column in enumerate(TEMPLATE_COLUMNS):
                data.set_column(index, index, max(14, len(column.header) + 4),
                                text if column.text_format else None)
                data.write_string(0, index, column.header,
                                  required if column.field == "name" else header)
            data.freeze_panes(1, 0)
            notes = workbook.add_worksheet(INSTRUCTIONS_SHEET)
            notes.set_column(0, 0, 34)
            notes.set_column(1, 1, 70)
            notes.set_column(2, 2, 30)
            bold = workbook.add_format({"bold": True})
            for row, line in enumerate(INSTRUCTIONS):
                notes.write_string(row, 0, line, bold if row == 0 else None)
            start = len(INSTRUCTIONS)
            for offset, column in enumerate(TEMPLATE_COLUMNS):
                notes.write_string(start + offset, 0, column.header)
                notes.write_string(start + offset, 1, column.instruction)
                notes.write_string(start + offset, 2, column.example)
        finally:
            workbook.close()
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
