"""Header synonyms, header-row detection and annotation rows (pure functions, no files)."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.domain.headers import (
    CUSTOMER_FIELDS,
    DEAL_FIELDS,
    FIELD_SYNONYMS,
    FOLLOWUP_FIELDS,
    MULTI_VALUE_FIELDS,
    ORDER_FIELDS,
    SKIP_EXAMPLE,
    SKIP_INSTRUCTIONS,
    SKIP_MARKERS,
    column_letter,
    find_header_row,
    find_table_start,
    is_annotation_row,
    is_column_letter_header,
    is_totals_row,
    looks_like_form,
    match_header,
    normalize_header,
    sniff_column,
    suggest_mapping,
    unique_headers,
)

REQUIRED_KEYS = {
    "code",
    "name",
    "short_name",
    "kind",
    "industry",
    "source",
    "province",
    "city",
    "district",
    "address",
    "website",
    "phone",
    "mobile",
    "email",
    "wechat",
    "owner",
    "referred_by",
    "first_contact_date",
    "status",
    "notes",
    "credit_code",
    "credit_grade",
    "credit_limit",
    "risk_level",
    "hobbies",
    "preferences",
    "tier",
    "tags",
    "contact_name",
    "contact_title",
    "contact_mobile",
    "contact_phone",
    "contact_email",
    "contract_amount",
    "service_start",
    "service_expiry",
    "created_at",
    "followup_at",
    "channel",
    "content",
    "outcome",
    "next_follow_up",
    "deal_title",
    "deal_amount",
    "deal_stage",
    "expected_close",
    "order_date",
    "order_amount",
    "order_cost",
    "order_paid",
    "order_category",
    "order_description",
    "first_name",
    "last_name",
}


def test_every_field_key_has_synonyms_and_field_sets_use_known_keys() -> None:
    assert set(FIELD_SYNONYMS) == REQUIRED_KEYS
    for fields in (CUSTOMER_FIELDS, FOLLOWUP_FIELDS, DEAL_FIELDS, ORDER_FIELDS, MULTI_VALUE_FIELDS):
        assert fields <= REQUIRED_KEYS
    assert all(FIELD_SYNONYMS.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("客户名称（必填）", "客户名称"),
        ("*手机号：", "手机号"),
        ("手机号码*", "手机号码"),
        ("E-mail Address", "emailaddress"),
        ("ＥＭＡＩＬ", "email"),  # full-width letters
        ("  客户 名称 ", "客户名称"),
        ("【必填】电话", "电话"),
        ("(备注)", "备注"),  # brackets holding everything: their content is kept
        ("Mother – email", "motheremail"),
        (None, ""),
        (2024, "2024"),
    ],
)
def test_normalize_header(text: object, expected: str) -> None:
    assert normalize_header(text) == expected


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("客户名称", "name"),
        ("名称", "name"),
        ("公司名称", "name"),
        ("单位名称", "name"),
        ("企业名称", "name"),
        ("Customer Name", "name"),
        ("Organisation", "name"),
        ("organization_name", "name"),
        ("手机", "mobile"),
        ("手机号码", "mobile"),
        ("移动电话", "mobile"),
        ("Mobile Phone", "mobile"),
        ("Cell", "mobile"),
        ("电话", "phone"),
        ("联系电话", "phone"),
        ("座机", "phone"),
        ("Telephone", "phone"),
        ("TEL", "phone"),
        ("电子邮箱", "email"),
        ("E-mail", "email"),
        ("email_work", "email"),
        ("微信号", "wechat"),
        ("WeChat", "wechat"),
        ("详细地址", "address"),
        ("Street Address", "address"),
        ("省份", "province"),
        ("State", "province"),
        ("城市", "city"),
        ("区县", "district"),
        ("客户编号", "code"),
        ("门店编号", "code"),
        ("External ID", "code"),
        ("ID", "code"),
        ("统一社会信用代码", "credit_code"),
        ("业务员", "owner"),
        ("Sales Rep", "owner"),
        ("Account Manager", "owner"),
        ("客户等级", "tier"),
        ("Level", "tier"),
        ("标签", "tags"),
        ("备注", "notes"),
        ("Comments", "notes"),
        ("联系人", "contact_name"),
        ("Contact Person", "contact_name"),
        ("First Name", "first_name"),
        ("FIRSTNAME", "first_name"),
        ("Last Name", "last_name"),
        ("Player Last name", "last_name"),
        ("客户来源", "source"),
        ("Lead Source", "source"),
        ("所属行业", "industry"),
        ("网址", "website"),
        ("首次联系日期", "first_contact_date"),
        ("合同金额", "contract_amount"),
        ("服务开始", "service_start"),
        ("服务到期", "service_expiry"),
        ("到期日期", "service_expiry"),
        ("创建时间", "created_at"),
        ("客户手机号", "mobile"),
        ("电话2", "phone"),
        ("1.客户名称", "name"),
        ("客户名称 (2)", "name"),
        ("联系人 / 电话", "contact_phone"),
        ("联系人手机", "contact_mobile"),
        ("信用额度", "credit_limit"),
        ("风险等级", "risk_level"),
        ("信用等级", "credit_grade"),
        ("爱好", "hobbies"),
        ("偏好", "preferences"),
        ("职位", "contact_title"),
        ("简称", "short_name"),
        ("客户类型", "kind"),
        ("介绍人", "referred_by"),
        ("状态", "status"),
    ],
)
def test_match_header_customer_synonyms(header: str, field: str) -> None:
    assert match_header(header, CUSTOMER_FIELDS) == field


@pytest.mark.parametrize("header", ["序号", "No.", "Address Type", "Do Not Mail", "gender", ""])
def test_match_header_leaves_non_fields_alone(header: str) -> None:
    assert match_header(header) is None


def test_match_header_respects_the_import_kind() -> None:
    assert match_header("金额", CUSTOMER_FIELDS) == "contract_amount"
    assert match_header("金额", DEAL_FIELDS) == "deal_amount"
    assert match_header("金额", ORDER_FIELDS) == "order_amount"
    assert match_header("备注", CUSTOMER_FIELDS) == "notes"
    assert match_header("备注", FOLLOWUP_FIELDS) == "content"
    assert match_header("跟进时间", FOLLOWUP_FIELDS) == "followup_at"
    assert match_header("下次跟进时间", FOLLOWUP_FIELDS) == "next_follow_up"
    assert match_header("跟进方式", FOLLOWUP_FIELDS) == "channel"
    assert match_header("商机名称", DEAL_FIELDS) == "deal_title"
    assert match_header("销售阶段", DEAL_FIELDS) == "deal_stage"
    assert match_header("预计成交日期", DEAL_FIELDS) == "expected_close"
    assert match_header("下单日期", ORDER_FIELDS) == "order_date"
    assert match_header("成本", ORDER_FIELDS) == "order_cost"
    assert match_header("已付金额", ORDER_FIELDS) == "order_paid"
    assert match_header("品类", ORDER_FIELDS) == "order_category"
    assert match_header("商品名称", ORDER_FIELDS) == "order_description"
    # A contact-person phone column in an order import still identifies the customer.
    assert match_header("联系人电话", ORDER_FIELDS) == "phone"


def test_suggest_mapping_person_name_becomes_contact_when_a_company_column_exists() -> None:
    assert suggest_mapping(["姓名", "手机", "地址"]) == {0: "name", 1: "mobile", 2: "address"}
    mapping = suggest_mapping(["姓名", "客户名称", "手机"])
    assert mapping == {0: "contact_name", 1: "name", 2: "mobile"}


def test_suggest_mapping_multi_value_fields_keep_every_column() -> None:
    headers = ["公司", "电话", "电话 (2)", "邮箱", "Email Home", "公司名称", "备注", "说明"]
    mapping = suggest_mapping(headers, fields=CUSTOMER_FIELDS)
    assert mapping == {
        0: "name",
        1: "phone",
        2: "phone",
        3: "email",
        4: "email",
        5: None,  # a second name column: only the first keeps a single-value field
        6: "notes",
        7: "notes",
    }


def test_suggest_mapping_contact_becomes_name_without_a_name_column() -> None:
    assert suggest_mapping(["联系人", "电话"]) == {0: "name", 1: "phone"}
    # With first/last name columns the contact column stays a contact.
    mapping = suggest_mapping(["First Name", "Last Name", "Contact"])
    assert mapping == {0: "first_name", 1: "last_name", 2: "contact_name"}


def test_suggest_mapping_sniffs_columns_of_a_sheet_without_header() -> None:
    headers = ["A", "B", "C", "D", "E"]
    rows = [
        ["张三", 13812345678, "zhang@example.com", dt.date(2024, 3, 5), "上海某某科技有限公司"],
        ["李四", "139-1234-5678", "li@example.cn", dt.date(2024, 3, 6), "北京某某贸易有限公司"],
        ["王小明", 15900001111.0, "wang@example.com", dt.date(2024, 3, 7), "深圳某某集团"],
    ]
    mapping = suggest_mapping(headers, rows)
    assert mapping == {0: "contact_name", 1: "mobile", 2: "email", 3: None, 4: "name"}
    assert suggest_mapping(headers[:4], [row[:4] for row in rows])[0] == "name"


def test_suggest_mapping_sniffs_unnamed_contact_columns_but_not_names_under_a_header() -> None:
    rows = [["张三", "13812345678"], ["李四", "13912345678"], ["王五", "13712345678"]]
    assert suggest_mapping(["客户", "联系方式2"], rows) == {0: "name", 1: "phone"}
    assert suggest_mapping(["Who", "Number"], rows) == {0: None, 1: "mobile"}


def test_sniff_column() -> None:
    assert sniff_column([13812345678, "+86 139 1234 5678", None, ""]) == "mobile"
    assert sniff_column(["a@b.com", "c@d.cn", "x"]) == "email"
    assert sniff_column(["010-12345678", "0755-8888888"]) == "phone"
    assert sniff_column(["91350100M000100Y43", "91110000802100433B"]) == "credit_code"
    assert sniff_column([dt.date(2024, 1, 1), "2024-03-05", "2024/3/6"]) is None
    assert sniff_column(["张三", "欧阳娜娜", "李四"]) == "person"
    assert sniff_column(["北京市", "上海市", "广州市"]) is None
    assert sniff_column(["13812345678"]) is None  # one value is not evidence


def test_find_header_row_plain_and_under_titles() -> None:
    assert find_header_row([["客户名称", "手机"], ["张三", 13812345678]]) == 0
    rows: list[list[object]] = [
        ["2024年客户名单", None, None, None],
        ["导出时间: 2024-05-01 10:00", None, None, None],
        [None, None, None, None],
        ["客户名称", "联系人", "手机", "地址"],
        ["某某公司", "张三", 13812345678, "上海"],
        ["某某厂", "李四", 13912345678, "北京"],
    ]
    assert find_header_row(rows) == 3


def test_find_header_row_below_a_stray_note_on_row_nine() -> None:
    rows: list[list[object]] = [[None] * 4 for _ in range(8)]
    rows[2][2] = "Note 1"
    rows.append(["Columns", "Column A", "Column B", "Column C"])
    rows.append(["put data here", 1.0, 2.0, 3.0])
    assert find_header_row(rows) == 8


def test_find_header_row_skips_narrow_note_rows() -> None:
    rows: list[list[object]] = [
        ["制表人:", "张三", None, None, None, None],
        ["客户名称", "手机", "邮箱", "地址", "城市", "备注"],
        ["A公司", 13800000000, "a@b.com", "某路1号", "上海", None],
        ["B公司", 13800000001, "b@b.com", "某路2号", "北京", "老客户"],
    ]
    assert find_header_row(rows) == 1


def test_find_header_row_prefers_the_real_header_under_a_group_row() -> None:
    rows: list[list[object]] = [
        ["客户信息", "客户信息 2", "客户信息 3", "联系信息", "联系信息 2"],
        ["客户名称", "客户编号", "行业", "手机", "邮箱"],
        ["A公司", "C001", "制造", 13800000000, "a@b.com"],
    ]
    assert find_header_row(rows) == 1


@pytest.mark.parametrize(
    "rows",
    [
        [[None, None], [None, None], ["a", 0.0], ["b", 1.0]],  # data from A3, no header
        [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]],
        [["RED", "RED"], ["GREEN", "GREEN"], ["BLUE", "BLUE"]],
        [["张三", 13812345678, "zhang@example.com"], ["李四", 13912345678, "li@example.com"]],
        [],
    ],
)
def test_find_header_row_none_for_data_only(rows: list[list[object]]) -> None:
    assert find_header_row(rows) is None


def test_find_header_row_single_column_needs_a_known_header() -> None:
    assert find_header_row([["手机号"], [13800000000], [13800000001]]) == 0
    assert find_header_row([["Stuff"], [1], [2]]) is None


def test_find_table_start_skips_titles() -> None:
    rows: list[list[object]] = [["客户名单", None], [None, None], ["张三", 138], ["李四", 139]]
    assert find_table_start(rows) == 2
    assert find_table_start([[None], ["a"], ["b"]]) == 1
    assert find_table_start([[None, None]]) is None


def test_looks_like_form() -> None:
    form: list[list[object]] = [
        ["客户信息登记表", None, None, None],
        ["客户名称:", "某某公司", "联系人:", "张三"],
        ["电话:", "010-12345678", "手机:", "13800000000"],
        ["地址:", "上海市某路1号", None, None],
        ["备注:", "老客户", None, None],
    ]
    assert looks_like_form(form)
    vertical: list[list[object]] = [
        ["客户名称", "某某公司"],
        ["联系人", "张三"],
        ["电话", "010-1234567"],
        ["地址", "上海"],
    ]
    assert looks_like_form(vertical)
    table: list[list[object]] = [
        ["客户名称", "联系人", "电话"],
        ["A", "张三", "1"],
        ["B", "李四", "2"],
        ["C", "王五", "3"],
    ]
    assert not looks_like_form(table)


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        (["必填", "必填", "选填", None], SKIP_MARKERS),
        (["*", "required", "optional"], SKIP_MARKERS),
        (["示例", "张三", 13800000000], SKIP_EXAMPLE),
        (["示例：某某公司", "张三"], SKIP_EXAMPLE),
        (["e.g. ACME Ltd", "John", "555-1234"], SKIP_EXAMPLE),
        (["格式：yyyy-mm-dd", None, "请填写11位手机号"], SKIP_INSTRUCTIONS),
        (["注：带*号的为必填项"], SKIP_INSTRUCTIONS),
        (["必填", "格式: 2024-01-01"], SKIP_INSTRUCTIONS),
        (["是", "否", "是"], None),  # a yes/no column's values are data
        (["张三", "必填"], None),
        ([None, None], None),
    ],
)
def test_is_annotation_row(values: list[object], reason: str | None) -> None:
    assert is_annotation_row(values) == reason


def test_is_totals_row() -> None:
    assert is_totals_row(["合计", None, 1200])
    assert is_totals_row([None, "Total", 3])
    assert is_totals_row(["总 计", 5])
    assert not is_totals_row(["合计科技有限公司", 13800000000])
    assert not is_totals_row([None, None])


def test_column_letters_and_unique_headers() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702, 16383)] == [
        "A",
        "Z",
        "AA",
        "ZZ",
        "AAA",
        "XFD",
    ]
    with pytest.raises(ValueError):
        column_letter(-1)
    assert unique_headers(["电话", "电话", "A", "电话"]) == ["电话", "电话 (2)", "A", "电话 (3)"]
    assert unique_headers(["x (2)", "x", "x"]) == ["x (2)", "x", "x (3)"]
    assert is_column_letter_header(["A", "B", "AA"])
    assert not is_column_letter_header(["A", "客户"])
