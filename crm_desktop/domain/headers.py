"""Spreadsheet header rules: synonyms, header-row detection, annotation rows, column guessing.

Pure functions over plain Python values (no I/O, no Qt, no database), used by the spreadsheet
reader (`crm_desktop.services.spreadsheet`) and by the import service's column mapping.

Cells are whatever a reader hands over: ``str``, ``int``, ``float``, ``bool``, dates and times,
or ``None`` / ``""`` for an empty cell.

Mapping rules a caller must know (see `suggest_mapping`):

- Several columns may map to the same field only for the fields in `MULTI_VALUE_FIELDS`
  (several phone, mobile, e-mail, address, note or tag columns: the importer joins their
  values). For every other field only the first column gets it; later ones map to ``None``.
- ``first_name`` / ``last_name`` are extra field keys for lists that split a person's name over
  two columns (CiviCRM, atomic-crm, Outlook exports). The importer joins them ("Jane Doe";
  Chinese names without a space) into ``name``, or into ``contact_name`` when another column
  already maps to ``name`` (a company column).
- 姓名 (a person's name) maps to ``name`` for a list of people and to ``contact_name`` when the
  sheet also has a company-name column.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from statistics import median

# ---------------------------------------------------------------------------------------------
# Field keys and synonyms
# ---------------------------------------------------------------------------------------------

# Order matters twice: a synonym listed under several fields goes to the first one the caller
# allows (so "金额" is contract_amount in a customer import, order_amount in an order import),
# and the same order breaks ties between keyword matches. The tables are packed by hand.
# fmt: off
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": (
        "客户编号", "客户编码", "客户代码", "客户id", "客户号", "编号", "编码", "代码", "门店编号",
        "门店编码", "会员编号", "会员号", "会员卡号", "外部编号", "code", "customer id",
        "customer code", "customer no", "customer number", "external id", "id", "account number",
        "client id",
    ),
    "name": (
        "客户名称", "客户名", "名称", "公司名称", "公司名", "公司", "客户", "单位名称", "单位",
        "企业名称", "企业", "机构名称", "机构", "商户名称", "店铺名称", "门店名称", "客户全称",
        "全称", "姓名", "客户姓名", "名字", "customer", "customer name", "company", "company name",
        "organization", "organization name", "organisation", "organisation name", "account",
        "account name", "name", "full name", "client", "client name", "business name",
    ),
    "short_name": ("简称", "客户简称", "公司简称", "short name", "abbreviation", "alias"),
    "kind": (
        "客户类型", "类型", "客户类别", "类别", "客户性质", "性质", "个人企业", "kind", "type",
        "customer type", "company type", "is a company", "ind org", "contact type", "account type",
    ),
    "industry": ("行业", "所属行业", "行业类别", "行业分类", "industry", "sector"),
    "source": (
        "来源", "客户来源", "渠道来源", "获客渠道", "线索来源", "来源渠道", "渠道", "source",
        "lead source", "origin",
    ),
    "province": ("省", "省份", "所在省份", "所属省份", "所在省", "省直辖市", "province", "state"),
    "city": ("市", "城市", "所在城市", "所属城市", "地市", "city", "town"),
    "district": ("区", "区县", "县区", "县", "所在区县", "district", "county"),
    "address": (
        "地址", "详细地址", "联系地址", "通讯地址", "公司地址", "办公地址", "收货地址", "街道",
        "街道地址", "单位地址", "address", "street", "street address", "street2", "address line 1",
        "address line 2", "address1", "address2", "mailing address",
    ),
    "website": (
        "网址", "网站", "官网", "公司网址", "主页", "网站地址", "website", "web", "url", "homepage",
        "web site", "site",
    ),
    "phone": (
        "电话", "联系电话", "座机", "固定电话", "固话", "办公电话", "公司电话", "电话号码",
        "联系方式", "单位电话", "phone", "telephone", "tel", "phone number", "office phone",
        "work phone", "landline", "business phone",
    ),
    "mobile": (
        "手机", "手机号", "手机号码", "移动电话", "手提", "手提电话", "联系手机", "mobile", "cell",
        "cell phone", "mobile phone", "mobile number", "cellphone",
    ),
    "email": (
        "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "电子邮件地址", "email", "e-mail",
        "email address", "mail",
    ),
    "wechat": ("微信", "微信号", "微信账号", "微信id", "wechat", "wechat id", "weixin"),
    "owner": (
        "负责人", "业务员", "销售", "跟进人", "客户经理", "归属人", "所属销售", "销售代表",
        "销售人员", "销售员", "所属人", "经办人", "owner", "sales rep", "account manager",
        "salesperson", "sales", "account owner", "assigned to",
    ),
    "referred_by": ("介绍人", "推荐人", "转介绍人", "referred by", "referrer", "referral"),
    "first_contact_date": (
        "首次联系", "首次联系日期", "首次联系时间", "首次接触", "初次联系", "首次接触日期",
        "first contact", "first contact date", "first seen",
    ),
    "status": ("状态", "客户状态", "status", "customer status", "lead status"),
    "notes": (
        "备注", "说明", "备注信息", "附注", "描述", "简介", "客户描述", "其他", "notes", "note",
        "comments", "comment", "remarks", "remark", "description", "background", "memo",
    ),
    "credit_code": (
        "统一社会信用代码", "信用代码", "社会信用代码", "统一信用代码", "税号", "纳税人识别号",
        "credit code", "unified social credit code", "tax id", "vat number",
    ),
    "credit_grade": ("信用等级", "信用评级", "credit grade", "credit rating"),
    "credit_limit": ("信用额度", "授信额度", "信用限额", "credit limit"),
    "risk_level": ("风险等级", "风险级别", "风险", "risk level", "risk"),
    "hobbies": ("爱好", "兴趣爱好", "兴趣", "hobbies", "hobby", "interests"),
    "preferences": ("偏好", "喜好", "客户偏好", "preferences", "preference"),
    "tier": (
        "客户等级", "等级", "级别", "客户级别", "会员等级", "客户分级", "分级", "tier", "level",
        "grade", "customer level",
    ),
    "tags": ("标签", "客户标签", "tags", "tag", "labels"),
    "contact_name": (
        "联系人", "联系人姓名", "联系人名称", "对接人", "contact", "contact person", "contact name",
    ),
    "contact_title": (
        "职位", "职务", "联系人职位", "联系人职务", "头衔", "title", "job title", "position",
        "contact title",
    ),
    "contact_mobile": ("联系人手机", "联系人手机号", "联系人手机号码", "contact mobile"),
    "contact_phone": ("联系人电话", "联系人座机", "联系人联系电话", "contact phone"),
    "contact_email": ("联系人邮箱", "联系人电子邮件", "contact email"),
    "contract_amount": (
        "合同金额", "签约金额", "合同额", "金额", "contract amount", "contract value",
    ),
    "service_start": (
        "服务开始", "服务开始日期", "服务开始时间", "合同开始日期", "开始日期", "service start",
        "start date",
    ),
    "service_expiry": (
        "服务到期", "到期日期", "到期时间", "服务到期日", "到期日", "服务结束日期", "合同到期日",
        "结束日期", "有效期至", "expiry", "expiry date", "expiration date", "end date",
        "service end",
    ),
    "created_at": (
        "创建时间", "创建日期", "录入时间", "录入日期", "建档日期", "建档时间", "登记日期",
        "添加时间", "created", "created at", "creation date", "date created", "created date",
    ),
    "first_name": ("名", "first name", "firstname", "given name", "forename"),
    "last_name": ("姓", "last name", "lastname", "surname", "family name"),
    # Follow-up imports.
    "followup_at": (
        "跟进时间", "跟进日期", "联系时间", "联系日期", "拜访时间", "拜访日期", "沟通时间", "日期",
        "时间", "follow up date", "followup date", "contact date", "date",
    ),
    "channel": ("跟进方式", "沟通方式", "方式", "渠道", "channel", "method", "via"),
    "content": (
        "跟进内容", "内容", "沟通内容", "拜访内容", "跟进记录", "记录", "详情", "备注", "说明",
        "content", "details", "summary", "notes", "note",
    ),
    "outcome": ("结果", "跟进结果", "沟通结果", "outcome", "result"),
    "next_follow_up": (
        "下次跟进", "下次跟进时间", "下次跟进日期", "下次联系时间", "下次联系", "next follow up",
        "next followup", "next contact",
    ),
    # Deal imports.
    "deal_title": (
        "商机名称", "商机", "项目名称", "项目", "机会名称", "deal", "deal name", "deal title",
        "opportunity", "opportunity name", "title",
    ),
    "deal_amount": (
        "商机金额", "预计金额", "预计成交金额", "金额", "deal amount", "amount",
        "opportunity amount", "value",
    ),
    "deal_stage": ("阶段", "销售阶段", "商机阶段", "stage", "deal stage", "pipeline stage"),
    "expected_close": (
        "预计成交日期", "预计成交时间", "预计签约日期", "expected close", "expected close date",
        "close date",
    ),
    # Order imports.
    "order_date": (
        "订单日期", "下单日期", "下单时间", "购买日期", "消费日期", "交易日期", "日期",
        "order date", "purchase date", "date",
    ),
    "order_amount": (
        "订单金额", "金额", "消费金额", "销售额", "订单总额", "order amount", "order total",
        "total", "amount",
    ),
    "order_cost": ("成本", "成本金额", "订单成本", "cost", "order cost"),
    "order_paid": (
        "已付金额", "已付款", "实收金额", "回款金额", "已收款", "实付金额", "paid", "amount paid",
        "paid amount",
    ),
    "order_category": (
        "品类", "类别", "产品类别", "商品类别", "分类", "category", "product category",
    ),
    "order_description": (
        "商品", "产品", "商品名称", "产品名称", "订单描述", "订单内容", "明细", "描述", "product",
        "item", "order description", "description",
    ),
}

CUSTOMER_FIELDS: frozenset[str] = frozenset(
    {
        "code", "name", "short_name", "kind", "industry", "source", "province", "city", "district",
        "address", "website", "phone", "mobile", "email", "wechat", "owner", "referred_by",
        "first_contact_date", "status", "notes", "credit_code", "credit_grade", "credit_limit",
        "risk_level", "hobbies", "preferences", "tier", "tags", "contact_name", "contact_title",
        "contact_mobile", "contact_phone", "contact_email", "contract_amount", "service_start",
        "service_expiry", "created_at", "first_name", "last_name",
    }
)
# Follow-up, deal and order imports also carry the columns that identify the customer.
_CUSTOMER_MATCH_FIELDS = frozenset(
    {"code", "name", "phone", "mobile", "email", "contact_name", "first_name", "last_name"}
)
FOLLOWUP_FIELDS: frozenset[str] = _CUSTOMER_MATCH_FIELDS | {
    "owner", "followup_at", "channel", "content", "outcome", "next_follow_up",
}
DEAL_FIELDS: frozenset[str] = _CUSTOMER_MATCH_FIELDS | {
    "owner", "created_at", "deal_title", "deal_amount", "deal_stage", "expected_close",
}
ORDER_FIELDS: frozenset[str] = _CUSTOMER_MATCH_FIELDS | {
    "owner", "order_date", "order_amount", "order_cost", "order_paid", "order_category",
    "order_description",
}

# Fields that several columns may feed; the importer joins their values.
MULTI_VALUE_FIELDS: frozenset[str] = frozenset(
    {
        "address", "phone", "mobile", "email", "wechat", "notes", "tags", "contact_mobile",
        "contact_phone", "contact_email", "content",
    }
)
# fmt: on

# Headers that look like a synonym (or contain a keyword) but are not that field.
_NOT_FIELDS = frozenset(
    {
        "序号",
        "行号",
        "序列号",
        "no",
        "number",
        "sn",
        "addresstype",
        "地址类型",
        "relatedcompany",
        "validaddress",
        "donotmail",
        "donotemail",
        "donotphone",
        "emailtype",
        "phonetype",
        "companyid",
        "salesid",
        "linkedinurl",
        "lastseen",
        "hasnewsletter",
        "expected",
        "isacompany2",
    }
)

# Profile links hold web addresses but are not the customer's website.
_NO_SNIFF = ("linkedin", "facebook", "twitter", "weibo", "微博", "抖音", "douyin")

# Substring keywords tried when no synonym matches exactly: "客户手机号" holds 手机, "email_work"
# holds "email". Short or generic words (客户, 名称, id, tel, mail) are left out on purpose:
# they occur inside too many unrelated headers ("客户经理", "paid", "do not mail").
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "联系人手机": ("contact_mobile", "mobile"),
    "联系人电话": ("contact_phone", "phone"),
    "联系人邮箱": ("contact_email", "email"),
    "联系人": ("contact_name",),
    "统一社会信用代码": ("credit_code",),
    "信用代码": ("credit_code",),
    "手机": ("mobile",),
    "mobile": ("mobile",),
    "cellphone": ("mobile",),
    "电话": ("phone",),
    "座机": ("phone",),
    "phone": ("phone",),
    "邮箱": ("email",),
    "邮件": ("email",),
    "email": ("email",),
    "微信": ("wechat",),
    "wechat": ("wechat",),
    "地址": ("address",),
    "address": ("address",),
    "street": ("address",),
    "网址": ("website",),
    "网站": ("website",),
    "website": ("website",),
    "省份": ("province",),
    "城市": ("city",),
    "区县": ("district",),
    "负责人": ("owner",),
    "业务员": ("owner",),
    "跟进人": ("owner",),
    "客户经理": ("owner",),
    "介绍人": ("referred_by",),
    "推荐人": ("referred_by",),
    "首次联系": ("first_contact_date",),
    "备注": ("notes", "content"),
    "标签": ("tags",),
    "行业": ("industry",),
    "来源": ("source",),
    "等级": ("tier",),
    "级别": ("tier",),
    "合同金额": ("contract_amount",),
    "到期": ("service_expiry",),
    "创建": ("created_at",),
    "firstname": ("first_name",),
    "lastname": ("last_name",),
    "下次跟进": ("next_follow_up",),
    "跟进时间": ("followup_at",),
    "跟进日期": ("followup_at",),
    "跟进方式": ("channel",),
    "跟进内容": ("content",),
    "商机": ("deal_title",),
    "阶段": ("deal_stage",),
    "订单金额": ("order_amount",),
    "金额": ("contract_amount", "deal_amount", "order_amount"),
}

# 姓名 and its kin name a person: the customer in a list of people, the contact person when
# the sheet also names a company.
_PERSON_NAME_HEADERS = frozenset({"姓名", "名字", "fullname"})
_COMPANY_NAME_HEADERS = frozenset(
    {
        "客户名称",
        "公司名称",
        "公司名",
        "公司",
        "单位名称",
        "单位",
        "企业名称",
        "企业",
        "机构名称",
        "机构",
        "商户名称",
        "店铺名称",
        "门店名称",
        "客户全称",
        "全称",
        "company",
        "companyname",
        "organization",
        "organizationname",
        "organisation",
        "organisationname",
        "account",
        "accountname",
        "businessname",
    }
)

# ---------------------------------------------------------------------------------------------
# Normalising header text
# ---------------------------------------------------------------------------------------------

# Remarks in brackets: "客户名称(必填)", "手机号（选填）", "【必填】电话", "金额[元]".
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|<[^<>]*>|《[^《》]*》|\{[^{}]*\}")
_NON_WORD = re.compile(r"[\W_]+")
_EDGE_DIGITS = re.compile(r"^\d+|\d+$")


def normalize_header(text: object) -> str:
    """Header text reduced to what matters for matching.

    NFKC (full-width letters, digits and punctuation become half-width), lower case, remarks in
    brackets removed ("客户名称（必填）" -> "客户名称"), then everything that is not a letter,
    digit or CJK character dropped: spaces, ``*``, ``:``/``：``, ``_``, ``-``, dashes, dots,
    slashes. "E-mail Address" -> "emailaddress", "*手机号：" -> "手机号". When the brackets held
    the whole text ("(备注)") their content is kept. ``None`` gives "".
    """
    if text is None:
        return ""
    raw = unicodedata.normalize("NFKC", str(text)).lower()
    stripped = _BRACKETED.sub(" ", raw)
    result = _NON_WORD.sub("", stripped)
    if not result:
        result = _NON_WORD.sub("", raw)
    return result


# How the spreadsheet reader joins the parts of a header spread over several rows.
HEADER_PART_SEPARATOR = " / "


def _build_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for field, synonyms in FIELD_SYNONYMS.items():
        for synonym in synonyms:
            fields = index.setdefault(normalize_header(synonym), [])
            if field not in fields:
                fields.append(field)
    return {key: tuple(fields) for key, fields in index.items()}


_SYNONYM_INDEX = _build_index()
_KEYWORDS_LONGEST_FIRST = sorted(_KEYWORDS.items(), key=lambda item: -len(item[0]))


def _first_allowed(fields: tuple[str, ...], allowed: Collection[str] | None) -> str | None:
    for field in fields:
        if allowed is None or field in allowed:
            return field
    return None


def match_header(text: object, fields: Collection[str] | None = None) -> str | None:
    """The field key a header names, or None.

    Tries the synonyms on the normalised text, then without leading/trailing digits ("电话2",
    "1.客户名称", "email2"), then on the last part of a multi-row header ("客户信息 / 客户名称"),
    then the longest keyword the header contains ("客户手机号" -> mobile, "email_work" ->
    email). ``fields`` limits the answer to those keys (e.g.
    `ORDER_FIELDS`), which also decides between fields sharing a synonym ("金额").
    """
    key = normalize_header(text)
    if not key or key in _NOT_FIELDS:
        return None
    candidates = [key]
    trimmed = _EDGE_DIGITS.sub("", key)
    if trimmed and trimmed != key:
        if trimmed in _NOT_FIELDS:
            return None
        candidates.append(trimmed)
    if isinstance(text, str) and HEADER_PART_SEPARATOR in text:
        # A header over several rows, "客户信息 / 客户名称": the whole ("联系人 / 电话" is a
        # contact's phone), then its last, most specific part.
        last = normalize_header(text.rsplit(HEADER_PART_SEPARATOR, 1)[-1])
        if last and last not in _NOT_FIELDS:
            candidates.append(last)
    for candidate in candidates:
        found = _SYNONYM_INDEX.get(candidate)
        if found:
            field = _first_allowed(found, fields)
            if field:
                return field
    for keyword, keyword_fields in _KEYWORDS_LONGEST_FIRST:
        if keyword in key:
            field = _first_allowed(keyword_fields, fields)
            if field:
                return field
    return None


# ---------------------------------------------------------------------------------------------
# Kinds of cell values
# ---------------------------------------------------------------------------------------------

_NUMBER_TEXT = re.compile(r"[-+]?[¥￥$€£]?\s*\d[\d,]*(\.\d+)?%?|[-+]?\.\d+")
_DATE_TEXT = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,2}\s*日?)?([ T]\d{1,2}:\d{2}(:\d{2})?.*)?"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{1,2}[-/ ][a-z]{3,9}[-/ ]\d{2,4}"
    r"|[a-z]{3,9}\.? \d{1,2},? \d{4}"
    r"|\d{1,2}:\d{2}(:\d{2})?",
    re.IGNORECASE,
)
_EMAIL_TEXT = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE_TEXT = re.compile(r"\+?[\d\s()\-.]{7,}(\s*(x|ext\.?|转|-)\s*\d+)?", re.IGNORECASE)
_URL_TEXT = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)
_MAX_LABEL_LENGTH = 40

EMPTY = "empty"
NUMBER = "number"
DATE = "date"
CONTACT = "contact"  # e-mail, phone or web address: data, never a header
LABEL = "label"  # short text: could be a header
TEXT = "text"  # long text


def is_empty(value: object) -> bool:
    """True for None and for text that is only whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_kind(value: object) -> str:
    """What a cell holds, for telling headers from data: one of the module constants
    `EMPTY`, `NUMBER`, `DATE`, `CONTACT`, `LABEL`, `TEXT`."""
    if value is None:
        return EMPTY
    if isinstance(value, bool | int | float):
        return NUMBER
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        return DATE
    text = str(value).strip()
    if not text:
        return EMPTY
    if _NUMBER_TEXT.fullmatch(text):
        return NUMBER
    if _DATE_TEXT.fullmatch(text):
        return DATE
    if _EMAIL_TEXT.fullmatch(text) or _URL_TEXT.fullmatch(text):
        return CONTACT
    if _PHONE_TEXT.fullmatch(text) and sum(ch.isdigit() for ch in text) >= 7:
        return CONTACT
    if len(text) > _MAX_LABEL_LENGTH:
        return TEXT
    return LABEL


# ---------------------------------------------------------------------------------------------
# Header-row detection
# ---------------------------------------------------------------------------------------------

HEADER_SCAN_ROWS = 30  # candidates are looked for in this many rows from the top
_EVIDENCE_ROWS = 10  # rows under a candidate that are compared with it
_MAX_NEXT_BETTER = 3  # a clearly better header this close under the first candidate wins


def _nonempty(row: Sequence[object]) -> list[object]:
    return [value for value in row if not is_empty(value)]


def _row_width(row: Sequence[object]) -> int:
    return sum(1 for value in row if not is_empty(value))


def _following_widths(rows: Sequence[Sequence[object]], index: int) -> list[int]:
    widths: list[int] = []
    for row in rows[index + 1 :]:
        width = _row_width(row)
        if width:
            widths.append(width)
            if len(widths) >= _EVIDENCE_ROWS:
                break
    return widths


def _header_score(rows: Sequence[Sequence[object]], index: int) -> int | None:
    """Score of row ``index`` as a header (synonym hits count triple), None if it cannot be."""
    cells = _nonempty(rows[index])
    count = len(cells)
    if count == 0:
        return None
    kinds = [cell_kind(cell) for cell in cells]
    labels = kinds.count(LABEL)
    synonyms = sum(
        1 for cell, kind in zip(cells, kinds, strict=True) if kind == LABEL and match_header(cell)
    )
    below = _following_widths(rows, index)
    if count == 1:
        # A lone cell is a title or a note, unless the whole table is one column with a
        # recognised header ("手机号" over a list of numbers).
        if synonyms == 1 and (not below or max(below) <= 1):
            return 3
        return None
    if synonyms < 2 and labels < 0.75 * count:
        return None  # numbers, dates, phones or e-mails in the row: data, not a header
    normalized = [normalize_header(cell) for cell in cells if isinstance(cell, str)]
    duplicates = len(normalized) - len(set(normalized))
    if synonyms < 2 and duplicates > 0.25 * count:
        return None  # "RED, RED": a header names each column differently
    if below and count < 0.5 * median(below):
        return None  # much narrower than the table under it: a note such as "制表人: 张三"
    return synonyms * 3 + labels - duplicates


def find_header_row(rows: Sequence[Sequence[object]]) -> int | None:
    """Index (0-based, into ``rows``) of the row that is the table's header, or None.

    ``rows`` are the first rows of a sheet (pass about 40: candidates are looked for in the
    first `HEADER_SCAN_ROWS`, and up to 10 rows under each are used as evidence).

    A header is a row of mostly short text cells, named differently, about as wide as the rows
    under it; recognised synonyms count triple. Titles ("2024年客户名单", a merged title spans
    but holds one value), notes ("导出时间: 2024-05-01", "制表人: 张三") and blank rows above it
    are passed over. The first row that qualifies wins unless a row at most three rows further
    down has at least two more synonym hits (a group row over the real header). Rows holding
    numbers, dates, phones or e-mails are data, so a sheet starting with data has no header:
    None.
    """
    limit = min(len(rows), HEADER_SCAN_ROWS)
    for index in range(limit):
        if _header_score(rows, index) is None:
            continue
        best = index
        best_hits = _synonym_hits(rows[index])
        for later in range(index + 1, min(limit, index + 1 + _MAX_NEXT_BETTER)):
            if _header_score(rows, later) is None:
                continue
            hits = _synonym_hits(rows[later])
            if hits >= best_hits + 2:
                best, best_hits = later, hits
        return best
    return None


def _synonym_hits(row: Sequence[object]) -> int:
    return sum(1 for cell in row if isinstance(cell, str) and match_header(cell))


def find_table_start(rows: Sequence[Sequence[object]]) -> int | None:
    """For a sheet without a header: index of the first row of the table body, or None when
    every row is empty.

    Leading rows with a single value (a title, "导出时间: ...") are passed over when the rows
    under them are wider; a one-column sheet starts at its first value.
    """
    widths = [_row_width(row) for row in rows]
    widest = max(widths, default=0)
    if widest == 0:
        return None
    for index, width in enumerate(widths):
        if width == 0:
            continue
        if width > 1 or widest <= 1:
            return index
    return None


def looks_like_form(rows: Sequence[Sequence[object]]) -> bool:
    """True when the rows are a form (label/value pairs), not a table.

    A form has a different label at the start of most rows ("客户名称:", "电话", "地址"), each
    followed by its value, often repeated across (label, value, label, value). A table has
    its labels in one header row. Needs at least three such rows.
    """
    label_rows = 0
    filled_rows = 0
    first_labels: list[str] = []
    for row in rows[:HEADER_SCAN_ROWS]:
        cells = _nonempty(row)
        if not cells:
            continue
        filled_rows += 1
        if len(cells) < 2 or len(cells) > 6:
            continue
        labels = cells[0::2]
        if all(_is_form_label(label) for label in labels):
            label_rows += 1
            first_labels.append(normalize_header(labels[0]))
    if label_rows < 3 or label_rows < 0.6 * filled_rows:
        return False
    return len(set(first_labels)) >= 0.8 * len(first_labels)


def _is_form_label(value: object) -> bool:
    if not isinstance(value, str):
        return False
    text = value.strip()
    if not text or len(text) > 20:
        return False
    if text.endswith((":", "：")):
        return True
    # Exact synonyms only: keyword matching would take a company named "某某手机店" for a label.
    return normalize_header(text) in _SYNONYM_INDEX


# ---------------------------------------------------------------------------------------------
# Rows under the header that are not data
# ---------------------------------------------------------------------------------------------

SKIP_BLANK = "blank row"
SKIP_MARKERS = "required/optional markers"
SKIP_EXAMPLE = "example row"
SKIP_INSTRUCTIONS = "instructions or notes"
SKIP_TOTALS = "totals row"
SKIP_REPEATED_HEADER = "repeated header row"
SKIP_HEADER_PART = "part of a multi-row header"

# Stable reason texts of `SkippedRow`; the UI translates them.
SKIP_REASONS: tuple[str, ...] = (
    SKIP_BLANK,
    SKIP_MARKERS,
    SKIP_EXAMPLE,
    SKIP_INSTRUCTIONS,
    SKIP_TOTALS,
    SKIP_REPEATED_HEADER,
    SKIP_HEADER_PART,
)

_MARKERS = frozenset(
    normalize_header(word)
    for word in (
        "必填",
        "选填",
        "非必填",
        "必须",
        "必输",
        "选输",
        "可选",
        "可填",
        "可空",
        "不必填",
        "必填项",
        "选填项",
        "可选项",
        "必需",
        "非必需",
        "是否必填",
        "必填写",
        "required",
        "optional",
        "mandatory",
        "not required",
        "req",
        "opt",
        "yes",
        "no",
        "是",
        "否",
        "*",
    )
)
_EXAMPLE_WORDS = frozenset(
    normalize_header(word)
    for word in ("示例", "样例", "例", "例子", "举例", "范例", "example", "sample", "eg", "e.g.")
)
_EXAMPLE_PREFIX = re.compile(
    r"^\s*((示例|样例|例如|例子|举例|范例|例|example|sample|eg)\s*[:：]|e\.g\.?[\s:：])",
    re.IGNORECASE,
)
_INSTRUCTION_PREFIX = re.compile(
    r"^\s*(格式|format|说明|注意|注|提示|填写说明|填表说明|填写要求|note|hint|tip|备注说明)\s*[:：]"
    r"|^\s*(请填写|请输入|请选择|请勿|不要|填写|如[:：]|例如|e\.?g\.?\s|please\s)",
    re.IGNORECASE,
)
_TOTAL_WORDS = frozenset(
    normalize_header(word)
    for word in (
        "合计",
        "总计",
        "小计",
        "共计",
        "总额",
        "total",
        "totals",
        "grand total",
        "subtotal",
        "sum",
    )
)
# Rows with at most this share of marker-like cells are still data (a "是/否" column).
_MARKER_SHARE = 0.6


def is_annotation_row(values: Sequence[object]) -> str | None:
    """The reason a row under the header is notes rather than data, or None.

    - `SKIP_MARKERS`: every filled cell is a required/optional marker (必填, 选填, required,
      optional, "*"), as templates put under their header. A row that is only 是/否/yes/no
      is not taken for markers unless it also holds 必填-like words.
    - `SKIP_EXAMPLE`: the first filled cell is 示例 / 样例 / example / e.g. alone, or starts
      with one of them and a colon ("示例：张三 | 13800000000") or with "e.g. ".
    - `SKIP_INSTRUCTIONS`: most filled cells are instructions: "格式：yyyy-mm-dd", "请填写...",
      "注：...", "说明: ...", "e.g. ...", or markers mixed with instructions.
    """
    cells = [value for value in values if not is_empty(value)]
    if not cells:
        return None
    texts = [cell.strip() for cell in cells if isinstance(cell, str)]
    first = cells[0]
    if isinstance(first, str):
        key = normalize_header(first)
        if key in _EXAMPLE_WORDS or _EXAMPLE_PREFIX.match(first):
            return SKIP_EXAMPLE
    if len(texts) < len(cells) * _MARKER_SHARE:
        return None
    markers = [text for text in texts if normalize_header(text) in _MARKERS or text == "*"]
    yes_no = {"是", "否", "yes", "no"}
    if len(markers) == len(cells):
        if all(normalize_header(text) in yes_no for text in markers):
            return None  # a boolean column's values, not annotations
        return SKIP_MARKERS
    instructions = [text for text in texts if _INSTRUCTION_PREFIX.match(text)]
    if instructions and len(instructions) + len(markers) >= len(cells) * _MARKER_SHARE:
        return SKIP_INSTRUCTIONS
    return None


def is_totals_row(values: Sequence[object]) -> bool:
    """True when the first filled cell says 合计 / 总计 / 小计 / Total: a sum at the bottom of
    the table, not a customer."""
    for value in values:
        if is_empty(value):
            continue
        return (
            isinstance(value, str)
            and len(value) <= 20
            and (normalize_header(value) in _TOTAL_WORDS)
        )
    return False


# ---------------------------------------------------------------------------------------------
# Column names
# ---------------------------------------------------------------------------------------------


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based column index: 0 -> "A", 25 -> "Z", 26 -> "AA"."""
    if index < 0:
        raise ValueError("column index must be >= 0")
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


_LETTERS = re.compile(r"[A-Z]{1,3}")


def is_column_letter_header(headers: Sequence[str]) -> bool:
    """True when ``headers`` are the placeholder column letters of a sheet without a header."""
    return bool(headers) and all(_LETTERS.fullmatch(header) for header in headers)


def unique_headers(names: Sequence[str]) -> list[str]:
    """Names made unique by suffixing " (2)", " (3)" to repeats, in order."""
    seen: set[str] = set()
    result: list[str] = []
    for name in names:
        candidate = name
        number = 2
        while candidate in seen:
            candidate = f"{name} ({number})"
            number += 1
        seen.add(candidate)
        result.append(candidate)
    return result


# ---------------------------------------------------------------------------------------------
# Guessing a column's field from its values
# ---------------------------------------------------------------------------------------------

_CN_MOBILE = re.compile(r"(?:\+?86)?1[3-9]\d{9}")
_CN_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")
_CREDIT_CODE = re.compile(r"[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,2}[·•][\u4e00-\u9fff]{1,6}")
_COMPANY_WORDS = (
    "公司",
    "有限",
    "集团",
    "企业",
    "工作室",
    "事务所",
    "中心",
    "商行",
    "商店",
    "门店",
    "店",
    "厂",
    "合作社",
    "研究院",
    "学校",
    "医院",
    "银行",
    "酒店",
    "ltd",
    "inc",
    "llc",
    "gmbh",
    "co.",
    "corp",
)
# Two- to four-character values that end like this are places or groups, not people.
_PLACE_ENDINGS = ("省", "市", "区", "县", "镇", "乡", "村", "路", "街", "部", "组", "科")
_SNIFF_SHARE = 0.6  # share of the non-empty sample values that must agree
_SNIFF_MIN_VALUES = 2


def _digits_of(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else None
    if isinstance(value, str):
        text = re.sub(r"[\s\-()]", "", value)
        return text
    return None


def _value_kind(value: object) -> str | None:
    digits = _digits_of(value)
    if digits is not None and _CN_MOBILE.fullmatch(digits.removeprefix("00")):
        return "mobile"
    if not isinstance(value, str):
        if isinstance(value, dt.date | dt.time):
            return "date"
        return None
    text = value.strip()
    if _EMAIL_TEXT.fullmatch(text):
        return "email"
    if _URL_TEXT.fullmatch(text):
        return "website"
    if _CN_LANDLINE.fullmatch(text):
        return "phone"
    if _CREDIT_CODE.fullmatch(text.upper()):
        return "credit_code"
    if _DATE_TEXT.fullmatch(text):
        return "date"
    lowered = text.lower()
    if any(word in lowered for word in _COMPANY_WORDS) and len(text) >= 4:
        return "company"
    if _PERSON_NAME.fullmatch(text) and not text.endswith(_PLACE_ENDINGS):
        return "person"
    return None


def sniff_column(values: Sequence[object]) -> str | None:
    """Guess a column's content from sample values: "mobile" (Chinese mobiles, as numbers or
    text), "phone" (landlines such as 010-12345678), "email", "website", "credit_code",
    "company" (company names), "person" (2-4 character Chinese names) or None.

    At least 60% of the non-empty values (and two or more) must agree. Dates are recognised
    but give None: a date column could be a first contact, a birthday or an expiry.
    """
    kinds = [_value_kind(value) for value in values if not is_empty(value)]
    if len(kinds) < _SNIFF_MIN_VALUES:
        return None
    counts: dict[str, int] = {}
    for kind in kinds:
        if kind:
            counts[kind] = counts.get(kind, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda kind: counts[kind])
    if counts[best] < _SNIFF_SHARE * len(kinds) or best == "date":
        return None
    return best


_SNIFFED_FIELDS = {
    "mobile": "mobile",
    "phone": "phone",
    "email": "email",
    "website": "website",
    "credit_code": "credit_code",
}


def suggest_mapping(
    headers: Sequence[str],
    sample_rows: Sequence[Sequence[object]] | None = None,
    *,
    fields: Collection[str] | None = None,
) -> dict[int, str | None]:
    """Column index -> field key (or None) for a table's ``headers``.

    ``fields`` limits the keys (`CUSTOMER_FIELDS`, `FOLLOWUP_FIELDS`, `DEAL_FIELDS`,
    `ORDER_FIELDS`); None allows every key. Steps:

    1. each header through `match_header` (synonyms, then keywords);
    2. 姓名/名字/full name becomes ``contact_name`` when another column names a company;
    3. only `MULTI_VALUE_FIELDS` keep several columns; other repeats map to None;
    4. with no ``name`` column, the first ``contact_name`` column becomes ``name`` (a list of
       people whose only name column is 联系人);
    5. with ``sample_rows``, a column still unmapped is guessed from its values when they are
       clearly mobiles, landlines, e-mails, web addresses or credit codes; when the sheet has
       no header (``headers`` are the column letters "A", "B", ...), a column of company names
       or of 2-4 character Chinese names becomes ``name`` (people become ``contact_name`` when a
       company column exists). Dates are never guessed.
    """
    allowed = set(fields) if fields is not None else None

    def ok(field: str) -> bool:
        return allowed is None or field in allowed

    no_header = is_column_letter_header(headers)
    mapping: dict[int, str | None] = {}
    keys = [normalize_header(header) for header in headers]
    for index, header in enumerate(headers):
        mapping[index] = None if no_header else match_header(header, allowed)

    has_company = any(
        mapping[index] == "name" and keys[index] in _COMPANY_NAME_HEADERS for index in mapping
    )
    if has_company and ok("contact_name"):
        for index in mapping:
            if mapping[index] == "name" and keys[index] in _PERSON_NAME_HEADERS:
                mapping[index] = "contact_name"

    _drop_repeats(mapping)

    if ok("name") and "name" not in mapping.values():
        split_name = {"first_name", "last_name"} & set(mapping.values())
        for index in sorted(mapping):
            if mapping[index] == "contact_name" and not split_name:
                mapping[index] = "name"
                break

    if sample_rows:
        _sniff_unmapped(mapping, sample_rows, keys, no_header=no_header, ok=ok)
        _drop_repeats(mapping)
    return mapping


def _drop_repeats(mapping: dict[int, str | None]) -> None:
    seen: set[str] = set()
    for index in sorted(mapping):
        field = mapping[index]
        if field is None:
            continue
        if field in seen and field not in MULTI_VALUE_FIELDS:
            mapping[index] = None
        seen.add(field)


def _sniff_unmapped(
    mapping: dict[int, str | None],
    sample_rows: Sequence[Sequence[object]],
    keys: Sequence[str],
    *,
    no_header: bool,
    ok: Callable[[str], bool],
) -> None:
    guesses: dict[int, str] = {}
    for index in sorted(mapping):
        if mapping[index] is not None or any(word in keys[index] for word in _NO_SNIFF):
            continue
        column = [row[index] if index < len(row) else None for row in sample_rows]
        kind = sniff_column(column)
        if kind:
            guesses[index] = kind
    has_company = "name" in mapping.values() or "company" in guesses.values()
    for index, kind in guesses.items():
        field: str | None = _SNIFFED_FIELDS.get(kind)
        if field is None and no_header:
            if kind == "company":
                field = "name"
            elif kind == "person":
                field = "contact_name" if has_company else "name"
        if field and ok(field) and (field in MULTI_VALUE_FIELDS or field not in mapping.values()):
            mapping[index] = field
