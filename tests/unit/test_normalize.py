"""Tests for crm_desktop.domain.normalize: every value here is worked out by hand."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.domain import normalize as n
from crm_desktop.domain.normalize import (
    AmountParseError,
    DateParseError,
    Phone,
    clean_text,
    email_problem,
    from_cents,
    is_mobile,
    name_match_key,
    names_nearly_same,
    normalize_email,
    normalize_name,
    normalize_phone,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_phones,
    to_cents,
    to_halfwidth,
)

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (float("nan"), ""),
        (Decimal("NaN"), ""),
        ("", ""),
        ("   ", ""),
        ("  Acme  ", "Acme"),
        ("a\u3000b", "a b"),
        ("a\u00a0b", "a b"),
        ("a \t\n  b", "a b"),
        ("a\r\nb", "a b"),
        ("a\x00b\x07c", "abc"),
        ("\ufeffAcme\u200b", "Acme"),
        ("\u3000 张三 \u3000", "张三"),
        (12.0, "12"),
        (12.5, "12.5"),
        (-3.0, "-3"),
        (13800138000.0, "13800138000"),
        (12, "12"),
        (Decimal("12.0"), "12"),
        (Decimal("12.50"), "12.50"),
        (True, "True"),
        (dt.date(2024, 3, 5), "2024-03-05"),
    ],
)
def test_clean_text(value: object, expected: str) -> None:
    assert clean_text(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＡＢＣ１２３", "ABC123"),
        ("ａ＠ｂ．ｃｏｍ", "a@b.com"),
        ("（０７５５）", "(0755)"),
        ("！～", "!~"),
        ("a\u3000b", "a b"),
        ("华为技术", "华为技术"),
        ("、。「」", "、。「」"),  # CJK punctuation is not an ASCII variant
        ("plain", "plain"),
    ],
)
def test_to_halfwidth(text: str, expected: str) -> None:
    assert to_halfwidth(text) == expected


# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "number", "kind"),
    [
        # Chinese mobiles, with country prefixes and grouping
        ("13800138000", "13800138000", "mobile"),
        (13800138000, "13800138000", "mobile"),
        (13800138000.0, "13800138000", "mobile"),
        ("+86 138-0013-8000", "13800138000", "mobile"),
        ("+8613800138000", "13800138000", "mobile"),
        ("0086 13800138000", "13800138000", "mobile"),
        ("008613800138000", "13800138000", "mobile"),
        ("86 138 0013 8000", "13800138000", "mobile"),
        ("8613800138000", "13800138000", "mobile"),
        ("(+86) 13800138000", "13800138000", "mobile"),
        ("138 0013 8000", "13800138000", "mobile"),
        ("138-0013-8000", "13800138000", "mobile"),
        ("19912345678", "19912345678", "mobile"),
        ("１３８００１３８０００", "13800138000", "mobile"),
        ("手机：13800138000", "13800138000", "mobile"),
        ("Tel: 13800138000", "13800138000", "mobile"),
        # Landlines: area code, grouping, extensions
        ("010-12345678", "010-12345678", "landline"),
        ("(0755)1234 5678", "0755-12345678", "landline"),
        ("（0755）12345678", "0755-12345678", "landline"),
        ("075512345678", "0755-12345678", "landline"),
        ("0755 1234 5678", "0755-12345678", "landline"),
        ("02112345678", "021-12345678", "landline"),
        ("0571-8765432", "0571-8765432", "landline"),
        ("010-12345678-123", "010-12345678-123", "landline"),
        ("010-12345678转123", "010-12345678-123", "landline"),
        ("010-12345678 转 123", "010-12345678-123", "landline"),
        ("010-12345678 ext. 12", "010-12345678-12", "landline"),
        ("010-12345678 Ext 12", "010-12345678-12", "landline"),
        ("010-12345678 分机 8", "010-12345678-8", "landline"),
        ("010-12345678#6", "010-12345678-6", "landline"),
        ("+86 10 12345678", "010-12345678", "landline"),
        ("+86 (0)755 1234 5678", "0755-12345678", "landline"),
        ("0086-21-12345678", "021-12345678", "landline"),
        ("8888 1234", "88881234", "landline"),  # local number without area code
        ("8765432", "8765432", "landline"),
        # Service numbers
        ("400-123-4567", "4001234567", "service"),
        ("4001234567", "4001234567", "service"),
        ("800 123 4567", "8001234567", "service"),
        ("400-123-4567转8", "4001234567-8", "service"),
        # Foreign: with +, 00, or North American layout
        ("+1 (484) 491-4638 x417", "+14844914638-417", "foreign"),
        ("+1 (484) 491-4638", "+14844914638", "foreign"),
        ("+44 20 7946 0958", "+442079460958", "foreign"),
        ("+852 2345 6789", "+85223456789", "foreign"),
        ("001 484 491 4638", "+14844914638", "foreign"),
        ("(484) 491-4638", "+14844914638", "foreign"),
        ("484-491-4638x417", "+14844914638-417", "foreign"),
        ("740.645.3807", "+17406453807", "foreign"),
        ("4157654321", "+14157654321", "foreign"),
        ("1-365-756-9410 x4781", "+13657569410-4781", "foreign"),
    ],
)
def test_parse_phones_single(value: object, number: str, kind: str) -> None:
    parsed = parse_phones(value)
    assert parsed.invalid == []
    assert [(p.number, p.kind) for p in parsed.phones] == [(number, kind)]


@pytest.mark.parametrize(
    ("value", "numbers"),
    [
        ("13800138000/13900139000", ["13800138000", "13900139000"]),
        ("13800138000 010-12345678", ["13800138000", "010-12345678"]),
        ("13800138000,13900139000", ["13800138000", "13900139000"]),
        ("13800138000，13900139000", ["13800138000", "13900139000"]),
        ("13800138000;13900139000", ["13800138000", "13900139000"]),
        ("13800138000；13900139000", ["13800138000", "13900139000"]),
        ("13800138000、13900139000", ["13800138000", "13900139000"]),
        ("13800138000\n13900139000", ["13800138000", "13900139000"]),
        ("13800138000  13900139000", ["13800138000", "13900139000"]),
        ("010 1234 5678 138 0013 8000", ["010-12345678", "13800138000"]),
        ("010-12345678 转 123 13800138000", ["010-12345678-123", "13800138000"]),
        ("13800138000 / 13800138000", ["13800138000"]),  # the same number once
    ],
)
def test_parse_phones_several(value: str, numbers: list[str]) -> None:
    parsed = parse_phones(value)
    assert parsed.invalid == []
    assert [p.number for p in parsed.phones] == numbers


@pytest.mark.parametrize(
    ("value", "invalid", "reason"),
    [
        ("1.38001380E+10", "1.38001380E+10", n.PHONE_SCIENTIFIC),
        ("1.38E+10", "1.38E+10", n.PHONE_SCIENTIFIC),
        ("12345", "12345", n.PHONE_TOO_SHORT),
        ("123456", "123456", n.PHONE_TOO_SHORT),
        ("123456789", "123456789", n.PHONE_NOT_RECOGNISED),
        ("1380013800", "1380013800", n.PHONE_NOT_RECOGNISED),  # a digit short
        ("138001380001", "138001380001", n.PHONE_NOT_RECOGNISED),  # a digit too many
        ("abc", "abc", n.PHONE_NOT_RECOGNISED),
        ("joseph-email.com", "joseph-email.com", n.PHONE_NOT_RECOGNISED),
        ("13800138000 x12", "13800138000 x12", n.PHONE_MOBILE_EXTENSION),
        ("0112345678", "0112345678", n.PHONE_BAD_AREA_CODE),
        ("+1 555 000 0000", "+1 555 000 0000", n.PHONE_INVALID_FOREIGN),
        ("1234567890123456789", "1234567890123456789", n.PHONE_TOO_LONG),
    ],
)
def test_parse_phones_invalid(value: str, invalid: str, reason: str) -> None:
    parsed = parse_phones(value)
    assert parsed.phones == []
    assert parsed.invalid == [invalid]
    assert parsed.reasons == [reason]
    assert parsed.problems == [f"{invalid}: {reason}"]


def test_parse_phones_mixed_valid_and_invalid_keeps_both() -> None:
    parsed = parse_phones("13800138000/abc/12345")
    assert [p.number for p in parsed.phones] == ["13800138000"]
    assert parsed.invalid == ["abc", "12345"]
    assert parsed.reasons == [n.PHONE_NOT_RECOGNISED, n.PHONE_TOO_SHORT]


def test_parse_phones_words_around_a_number() -> None:
    parsed = parse_phones("call me 13800138000")
    assert [p.number for p in parsed.phones] == ["13800138000"]
    assert parsed.invalid == ["call me"]


def test_parse_phones_fax_word_does_not_swallow_the_number() -> None:
    # The x of "fax" is not an extension marker.
    parsed = parse_phones("fax 88881234")
    assert [p.number for p in parsed.phones] == ["88881234"]
    assert parsed.invalid == ["fax"]


def test_parse_phones_keeps_raw_piece() -> None:
    parsed = parse_phones("+86 138-0013-8000 / (0755)1234 5678")
    assert parsed.phones == [
        Phone("13800138000", "mobile", "+86 138-0013-8000"),
        Phone("0755-12345678", "landline", "(0755)1234 5678"),
    ]


@pytest.mark.parametrize("value", [None, "", "   ", float("nan")])
def test_parse_phones_empty(value: object) -> None:
    parsed = parse_phones(value)
    assert parsed.phones == [] and parsed.invalid == [] and parsed.reasons == []


def test_a_us_number_with_invalid_area_code_is_refused() -> None:
    # 955 is not an assigned North American area code.
    parsed = parse_phones("1-955-371-0847 x371")
    assert parsed.phones == []
    assert parsed.reasons == [n.PHONE_INVALID_FOREIGN]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("+86 138-0013-8000", "13800138000"),
        ("abc / 010-12345678 / 13800138000", "010-12345678"),
        ("abc", None),
        (None, None),
        ("1.38001380E+10", None),
    ],
)
def test_normalize_phone(value: object, expected: str | None) -> None:
    assert normalize_phone(value) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("13800138000", True),
        ("19912345678", True),
        ("+86 138 0013 8000", True),
        ("12800138000", False),  # 12x is not a mobile prefix
        ("010-12345678", False),
        ("4001234567", False),
        ("+14844914638", False),
        ("", False),
    ],
)
def test_is_mobile(number: str, expected: bool) -> None:
    assert is_mobile(number) is expected


# ---------------------------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("joe@example.com", "joe@example.com"),
        ("  Joe.Smith@Example.COM  ", "Joe.Smith@example.com"),
        ("mailto:joe@example.com", "joe@example.com"),
        ("MAILTO:joe@Example.com", "joe@example.com"),
        ("ｊｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "joe@example.com"),
        ("joe@example。com", "joe@example.com"),
        ("<joe@example.com>", "joe@example.com"),
        ("joseph-email.com", "joseph-email.com"),  # normalised, not validated
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_normalize_email(value: object, expected: str | None) -> None:
    assert normalize_email(value) == expected


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("joe@example.com", None),
        ("Joe.Smith+crm@mail.example.co.uk", None),
        ("mailto:joe@example.com", None),
        ("ｊｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", None),
        ("用户@例子.中国", None),
        ("joe@xn--fiqs8s.xn--fiqs8s", None),
        ("", None),
        (None, None),
        ("joseph-email.com", n.EMAIL_MISSING_AT),
        ("joe@", n.EMAIL_NO_DOMAIN),
        ("@example.com", n.EMAIL_NO_LOCAL),
        ("joe smith@example.com", n.EMAIL_SPACES),
        ("joe@exam ple.com", n.EMAIL_SPACES),
        ("joe@example.com, ann@example.com", n.EMAIL_SEVERAL),
        ("joe@example.com;ann@example.com", n.EMAIL_SEVERAL),
        ("joe@@example.com", n.EMAIL_MULTIPLE_AT),
        ("joe@localhost", n.EMAIL_DOMAIN_NO_DOT),
        ("joe@-example.com", n.EMAIL_BAD_DOMAIN),
        ("joe@example..com", n.EMAIL_BAD_DOMAIN),
        ("joe@example.c", n.EMAIL_BAD_DOMAIN),
        ("joe@example.123", n.EMAIL_BAD_DOMAIN),
        ("joe@exa_mple.com", n.EMAIL_BAD_DOMAIN),
        ("joe..smith@example.com", n.EMAIL_BAD_LOCAL),
        (".joe@example.com", n.EMAIL_BAD_LOCAL),
        ("jo(e)@example.com", n.EMAIL_BAD_LOCAL),
        ("a" * 250 + "@example.com", n.EMAIL_TOO_LONG),
    ],
)
def test_email_problem(value: object, problem: str | None) -> None:
    assert email_problem(value) == problem


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  华为技术有限公司 ", "华为技术有限公司"),
        ("华为技术（深圳）有限公司", "华为技术（深圳）有限公司"),  # Chinese brackets stay
        ("Ａｃｍｅ　Ｃｏ．，Ｌｔｄ．", "Acme Co.,Ltd."),
        ("Ａｃｍｅ（Ｃｈｉｎａ）", "Acme(China)"),  # no Chinese characters: all ASCII
        ("ＡＢＣ（北京）", "ABC（北京）"),
        ("张\u3000三", "张 三"),
        (None, ""),
    ],
)
def test_normalize_name(value: object, expected: str) -> None:
    assert normalize_name(value) == expected


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("华为技术有限公司", "华为技术"),
        ("（深圳）华为技术有限公司", "华为技术"),
        ("(深圳)华为技术有限公司", "华为技术"),
        ("【深圳】华为技术有限公司", "华为技术"),
        ("华为技术 有限公司", "华为技术"),
        ("华为技术（深圳）有限公司", "华为技术"),
        ("小米科技有限责任公司", "小米科技"),
        ("三一重工股份有限公司", "三一重工"),
        ("海尔集团有限公司", "海尔"),
        ("海尔集团公司", "海尔"),
        ("海尔集团", "海尔"),
        ("张三工作室", "张三"),
        ("李记商行", "李记"),
        ("王府井门市部", "王府井"),
        ("阿里巴巴（中国）网络技术有限公司", "阿里巴巴中国网络技术"),  # inner brackets: kept
        ("Acme Co., Ltd.", "acme"),
        ("ACME", "acme"),
        ("Acme Co Ltd", "acme"),
        ("Acme Co.,Ltd", "acme"),
        ("Acme Limited", "acme"),
        ("Acme Company Limited", "acme"),
        ("Acme Inc.", "acme"),
        ("Acme, Inc.", "acme"),
        ("Acme Corp.", "acme"),
        ("Acme Corporation", "acme"),
        ("Acme LLC", "acme"),
        ("Acme GmbH", "acme"),
        ("Acme S.A.", "acme"),
        ("Acme plc", "acme"),
        ("Ａｃｍｅ　Ｃｏ．，Ｌｔｄ．", "acme"),
        ("Acme (China) Co., Ltd.", "acme"),
        ("Disco", "disco"),  # "co" only as a word of its own
        ("Acme & Sons", "acmesons"),
        # A legal form alone is the name, not nothing.
        ("有限公司", "有限公司"),
        ("公司", "公司"),
        ("Company", "company"),
        # Branches keep their place and stay apart from the parent.
        ("华为技术有限公司深圳分公司", "华为技术深圳分公司"),
        ("华为技术公司深圳分公司", "华为技术深圳分公司"),
        ("华为技术有限公司上海分公司", "华为技术上海分公司"),
        ("深圳分公司", "深圳分公司"),
        ("", ""),
        (None, ""),
    ],
)
def test_name_match_key(value: object, key: str) -> None:
    assert name_match_key(value) == key
    assert name_match_key(key) == key  # a stored key keys to itself


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("（深圳）华为技术有限公司", "华为技术有限公司", True),
        ("华为技术 有限公司", "华为技术有限公司", True),
        ("Acme Co., Ltd.", "ACME", True),
        # One character off in a long name: ratio 2*13/28 = 0.93
        ("深圳市腾讯计算机系统有限公司", "深圳市腾迅计算机系统有限公司", True),
        # One character off in a four-character key: ratio 0.75, not the same
        ("华为技术有限公司", "华为技木有限公司", False),
        ("张三", "张四", False),
        ("华为技术有限公司", "华为技术有限公司深圳分公司", False),
        ("华为技术有限公司深圳分公司", "华为技术有限公司上海分公司", False),
        ("Acme", "Acne", False),
        ("", "", False),
        ("华为", "", False),
    ],
)
def test_names_nearly_same(a: str, b: str, expected: bool) -> None:
    assert names_nearly_same(a, b) is expected


def test_nearly_same_threshold_is_documented_constant() -> None:
    assert n.NEARLY_SAME_RATIO == 0.9
    assert n.NEARLY_SAME_MIN_LENGTH == 4


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # objects
        (dt.date(2024, 3, 5), dt.date(2024, 3, 5)),
        (dt.datetime(2024, 3, 5, 10, 30), dt.date(2024, 3, 5)),
        # Excel 1900 serials
        (45356, dt.date(2024, 3, 5)),
        (45356.0, dt.date(2024, 3, 5)),
        (45356.75, dt.date(2024, 3, 5)),
        (Decimal("45356"), dt.date(2024, 3, 5)),
        (1, dt.date(1900, 1, 1)),
        (59, dt.date(1900, 2, 28)),
        (61, dt.date(1900, 3, 1)),
        (73415, dt.date(2100, 12, 31)),
        # yyyymmdd typed into a number cell
        (20240305, dt.date(2024, 3, 5)),
        # serial typed as text
        ("45356", dt.date(2024, 3, 5)),
        ("45356.5", dt.date(2024, 3, 5)),
        # year first
        ("2024-3-5", dt.date(2024, 3, 5)),
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("2024/03/05", dt.date(2024, 3, 5)),
        ("2024/3/5", dt.date(2024, 3, 5)),
        ("2024.3.5", dt.date(2024, 3, 5)),
        ("2024年3月5日", dt.date(2024, 3, 5)),
        ("2024 年 3 月 5 日", dt.date(2024, 3, 5)),
        ("2024年3月5号", dt.date(2024, 3, 5)),
        ("2024年3月5日（星期二）", dt.date(2024, 3, 5)),
        ("２０２４－０３－０５", dt.date(2024, 3, 5)),
        ("20240305", dt.date(2024, 3, 5)),
        ("2008-9-1 ", dt.date(2008, 9, 1)),
        ("2008-Sep-01", dt.date(2008, 9, 1)),
        # month names
        ("01-Sep-08", dt.date(2008, 9, 1)),
        ("01 Sep 2008", dt.date(2008, 9, 1)),
        ("Sep 12, 2008", dt.date(2008, 9, 12)),
        ("Sept. 12, 2008", dt.date(2008, 9, 12)),
        ("September 12, 2008", dt.date(2008, 9, 12)),
        ("12 September 2008", dt.date(2008, 9, 12)),
        ("12th September 2008", dt.date(2008, 9, 12)),
        ("Tue, 05 Mar 2024", dt.date(2024, 3, 5)),
        ("05-MAR-24", dt.date(2024, 3, 5)),
        # two-digit years around the pivot
        ("01-Sep-99", dt.date(1999, 9, 1)),
        ("01-Sep-69", dt.date(2069, 9, 1)),
        ("01-Sep-70", dt.date(1970, 9, 1)),
        # numbers: month first unless one of them cannot be a month
        ("09/01/08", dt.date(2008, 9, 1)),
        ("09/01/2008", dt.date(2008, 9, 1)),
        ("9/1/08", dt.date(2008, 9, 1)),
        ("09-01-2008", dt.date(2008, 9, 1)),
        ("13/01/2008", dt.date(2008, 1, 13)),
        ("01/13/2008", dt.date(2008, 1, 13)),
        ("31.12.2023", dt.date(2023, 12, 31)),
        # with a time: the date part
        ("2024-03-05 10:30:00", dt.date(2024, 3, 5)),
        ("2024-03-05T23:59:59Z", dt.date(2024, 3, 5)),
        # empty
        (None, None),
        ("", None),
        ("  ", None),
        (float("nan"), None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("09/01/08", dt.date(2008, 1, 9)),
        ("09/01/2008", dt.date(2008, 1, 9)),
        ("01/09/2008", dt.date(2008, 9, 1)),
        ("13/01/2008", dt.date(2008, 1, 13)),
        ("01/13/2008", dt.date(2008, 1, 13)),  # unambiguous wins over the flag
        ("2024-03-05", dt.date(2024, 3, 5)),  # year first is never day first
    ],
)
def test_parse_date_dayfirst(value: str, expected: dt.date) -> None:
    assert parse_date(value, dayfirst=True) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (42735, dt.date(2021, 1, 1)),  # a naive 1900 reading gives 2016-12-31
        (0, dt.date(1904, 1, 1)),
        (60, dt.date(1904, 3, 1)),  # no fake leap day in the 1904 system
        ("42735", dt.date(2021, 1, 1)),
        ("2021-01-01", dt.date(2021, 1, 1)),  # text is unaffected
    ],
)
def test_parse_date_1904(value: object, expected: dt.date) -> None:
    assert parse_date(value, date1904=True) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2024, 3, 5, 10, 30), dt.datetime(2024, 3, 5, 10, 30)),
        (dt.date(2024, 3, 5), dt.datetime(2024, 3, 5)),
        (
            dt.datetime(2024, 3, 5, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            dt.datetime(2024, 3, 5, 10, 30),
        ),
        (45356.4375, dt.datetime(2024, 3, 5, 10, 30)),
        (45356.999999999, dt.datetime(2024, 3, 6)),  # float noise rounds to the millisecond
        ("2024-03-05T10:30:00", dt.datetime(2024, 3, 5, 10, 30)),
        ("2024-03-05 10:30:00", dt.datetime(2024, 3, 5, 10, 30)),
        ("2024-03-05 10:30", dt.datetime(2024, 3, 5, 10, 30)),
        # offsets: the wall-clock time as written, offset dropped
        ("2024-03-05T10:30:00Z", dt.datetime(2024, 3, 5, 10, 30)),
        ("2024-03-05T10:30:00+08:00", dt.datetime(2024, 3, 5, 10, 30)),
        ("2024-03-05T10:30:00-0500", dt.datetime(2024, 3, 5, 10, 30)),
        ("2024-07-01T11:54:49.95+00:00", dt.datetime(2024, 7, 1, 11, 54, 49, 950000)),
        ("2024-07-01T00:00:00+00:00", dt.datetime(2024, 7, 1)),
        ("2024年03月05日 10:30", dt.datetime(2024, 3, 5, 10, 30)),
        ("2024年3月5日10时30分", dt.datetime(2024, 3, 5, 10, 30)),
        ("2024年3月5日 下午3:30", dt.datetime(2024, 3, 5, 15, 30)),
        ("2024年3月5日 下午15:30", dt.datetime(2024, 3, 5, 15, 30)),
        ("2024年3月5日 上午9点30分", dt.datetime(2024, 3, 5, 9, 30)),
        ("2024/3/5 9:05", dt.datetime(2024, 3, 5, 9, 5)),
        ("3/5/2024 10:30:00 PM", dt.datetime(2024, 3, 5, 22, 30)),
        ("3/5/2024 12:15 AM", dt.datetime(2024, 3, 5, 0, 15)),
        ("3/5/2024 12:15 pm", dt.datetime(2024, 3, 5, 12, 15)),
        ("20240305103000", dt.datetime(2024, 3, 5, 10, 30)),
        ("", None),
        (None, None),
    ],
)
def test_parse_datetime(value: object, expected: dt.datetime | None) -> None:
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2024-02-30", n.DATE_IMPOSSIBLE),
        ("2023-02-29", n.DATE_IMPOSSIBLE),
        ("2008-25-1", n.DATE_IMPOSSIBLE),
        ("13/13/2008", n.DATE_IMPOSSIBLE),
        ("20241305", n.DATE_IMPOSSIBLE),
        ("2024年2月30日", n.DATE_IMPOSSIBLE),
        ("1899-12-31", n.DATE_YEAR_RANGE),
        ("2101-01-01", n.DATE_YEAR_RANGE),
        ("2024-03-05 24:00", n.DATE_BAD_TIME),
        ("2024-03-05 10:60", n.DATE_BAD_TIME),
        ("3/5/2024 13:00 PM", n.DATE_BAD_TIME),
        (60, n.DATE_EXCEL_LEAP_BUG),
        (60.5, n.DATE_EXCEL_LEAP_BUG),
        (0, n.DATE_SERIAL_RANGE),
        (-1, n.DATE_SERIAL_RANGE),
        (float("inf"), n.DATE_SERIAL_RANGE),
        (80000, n.DATE_YEAR_RANGE),
        (10**12, n.DATE_SERIAL_RANGE),
        (True, n.DATE_NOT_A_DATE),
        ("abc", n.DATE_UNRECOGNISED),
        ("12345", n.DATE_UNRECOGNISED),  # five digits, but not a plausible serial
        ("1e5", n.DATE_UNRECOGNISED),
        ("2024-03", n.DATE_UNRECOGNISED),
        ("2024-03/05", n.DATE_UNRECOGNISED),  # mixed separators
        ("Sep 2008", n.DATE_UNRECOGNISED),
        ("Foo 12, 2008", n.DATE_UNRECOGNISED),
        ("2024", n.DATE_UNRECOGNISED),
    ],
)
def test_parse_date_errors(value: object, reason: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(value)
    assert caught.value.reason == reason
    assert caught.value.value == value


def test_date_error_message_names_the_value() -> None:
    with pytest.raises(DateParseError, match=r"'2024-02-30' is not a valid date"):
        parse_date("2024-02-30")
    with pytest.raises(ValueError):  # callers may catch it as a ValueError
        parse_datetime("nonsense")


def _corpus_date_files() -> list[Path]:
    folder = CORPUS / "civicrm"
    if not folder.is_dir():
        pytest.skip(f"shared test corpus not found at {folder}; the CiviCRM date files are needed")
    files = sorted(folder.glob("individual_dates_type*.csv"))
    if not files:
        pytest.skip(f"no individual_dates_type*.csv files in {folder}")
    return files


# CiviCRM's date types: 16 is dd-mon-yy / dd/mm/yy and 32 is dd/mm/yyyy; the others are year
# first or month first.
_DAYFIRST_TYPES = {"16", "32"}
# Files whose Invalid rows are invalid because of a date (checked); other files' Invalid rows
# may fail for other reasons and are not asserted on.
_INVALID_BECAUSE_OF_DATES = {"individual_dates_type1.csv"}
_DATE_COLUMNS = ("Birth Date", "Deceased Date", "Custom Date One", "Custom Date Two")


def test_civicrm_date_corpus() -> None:
    checked_valid = 0
    for path in _corpus_date_files():
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                expected = (row.get("expected") or row.get("Expected") or "").strip()
                dayfirst = row["Type"].strip() in _DAYFIRST_TYPES
                where = f"{path.name} line {line}"
                if expected == "Valid":
                    for column in _DATE_COLUMNS:
                        parsed = parse_date(row[column], dayfirst=dayfirst)
                        # Every valid row in these files is a day in September 2008.
                        assert parsed is not None, where
                        assert (parsed.year, parsed.month) == (2008, 9), (where, row[column])
                    checked_valid += 1
                elif expected == "Invalid" and path.name in _INVALID_BECAUSE_OF_DATES:
                    failures = 0
                    for column in _DATE_COLUMNS:
                        try:
                            parse_date(row[column], dayfirst=dayfirst)
                        except DateParseError:
                            failures += 1
                    assert failures >= 1, where
    assert checked_valid > 0


# ---------------------------------------------------------------------------------------------
# Amounts
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1234, Decimal("1234")),
        (-5, Decimal("-5")),
        (Decimal("12.345"), Decimal("12.345")),  # exact; to_cents rounds
        (0.1 + 0.2, Decimal("0.30")),
        (1234.5, Decimal("1234.50")),
        (1.005, Decimal("1.01")),  # repr is "1.005", not the binary 1.00499...
        (2.675, Decimal("2.68")),
        ("1,234.50", Decimal("1234.50")),
        ("1,234,567.89", Decimal("1234567.89")),
        ("1 234.50", Decimal("1234.50")),
        ("1234", Decimal("1234")),
        (".5", Decimal("0.5")),
        ("¥1,234.50", Decimal("1234.50")),
        ("￥1,234.50", Decimal("1234.50")),
        ("$99.99", Decimal("99.99")),
        ("US$99.99", Decimal("99.99")),
        ("RMB 1,000", Decimal("1000")),
        ("CNY1000", Decimal("1000")),
        ("人民币1000元", Decimal("1000")),
        ("1000元", Decimal("1000")),
        ("1000 元", Decimal("1000")),
        ("1000元整", Decimal("1000")),
        ("1000 RMB", Decimal("1000")),
        ("１，２３４．５０", Decimal("1234.50")),
        ("１２３４", Decimal("1234")),
        ("1.5万", Decimal("15000")),
        ("1.5万元", Decimal("15000")),
        ("¥1.5万", Decimal("15000")),
        ("2亿", Decimal("200000000")),
        ("3千", Decimal("3000")),
        ("(1,234.00)", Decimal("-1234.00")),
        ("（1,234.00）", Decimal("-1234.00")),
        ("¥(1,234.00)", Decimal("-1234.00")),
        ("-1234", Decimal("-1234")),
        ("−1234", Decimal("-1234")),
        ("-¥1,234", Decimal("-1234")),
        ("¥-1,234", Decimal("-1234")),
        ("+1234", Decimal("1234")),
        ("0", Decimal("0")),
        (None, None),
        ("", None),
        ("  ", None),
        ("-", None),
        (float("nan"), None),
    ],
)
def test_parse_amount(value: object, expected: Decimal | None) -> None:
    assert parse_amount(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "abc",
        "12abc",
        "1,23",
        "1,2345",
        "12.34.56",
        "1e5",
        "--5",
        "(-5)",
        "¥",
        "元",
        "1.5万亿元元",
        "10%",
        True,
        float("inf"),
        Decimal("Infinity"),
    ],
)
def test_parse_amount_errors(value: object) -> None:
    with pytest.raises(AmountParseError):
        parse_amount(value)


def test_amount_error_names_the_value() -> None:
    with pytest.raises(AmountParseError, match=r"'12abc' is not an amount of money"):
        parse_amount("12abc")


@pytest.mark.parametrize(
    ("amount", "cents"),
    [
        (Decimal("1234.56"), 123456),
        (Decimal("0.30"), 30),
        (Decimal("1.005"), 101),
        (Decimal("1.004"), 100),
        (Decimal("-1.005"), -101),  # half up is away from zero
        (Decimal("15000"), 1500000),
        (Decimal("0"), 0),
    ],
)
def test_to_cents(amount: Decimal, cents: int) -> None:
    assert to_cents(amount) == cents


@pytest.mark.parametrize(
    ("cents", "amount"),
    [(123456, "1234.56"), (100, "1.00"), (5, "0.05"), (-5, "-0.05"), (0, "0.00")],
)
def test_from_cents(cents: int, amount: str) -> None:
    result = from_cents(cents)
    assert result == Decimal(amount)
    assert str(result) == amount
    assert to_cents(result) == cents
