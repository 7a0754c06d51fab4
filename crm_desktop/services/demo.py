"""Demo data: a realistic customer base of a Chinese office, generated fast and reproducibly.

`generate_demo(customers, seed, today)` adds customers with everything that hangs off them:
contacts, portrait tags, three years of follow-ups, deals with their stage history, orders
with costs, service records with satisfaction, needs and credit checks. The same seed and
`today` give the same data. It adds to whatever the database already holds; staff members
and tag groups are found by name and created when missing.

The mix is chosen so that every tier, customer stage, lifecycle stage, value class and RFM
segment appears even in 200 customers: the first customers of every run follow a fixed list
of purchase patterns that cover them, the rest are drawn from weighted distributions.

Speed: rows are built as tuples and written with `cursor.executemany`, one transaction per
batch of BATCH_SIZE customers (peewee's per-row SQL building is several times slower). Each
batch also fills the search index and the per-customer facts; the whole-base classification
(value class, RFM, activity) runs once at the end. 100,000 customers take a few minutes on a
two-core machine.
"""

from __future__ import annotations

import random
import re
import time
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from crm_desktop.domain import rules
from crm_desktop.domain.normalize import name_match_key
from crm_desktop.domain.search_text import char_readings, search_document
from crm_desktop.domain.settings import (
    CUSTOMER_KIND_COMPANY,
    CUSTOMER_KIND_PERSON,
    LIFECYCLE_ACTIVE,
    LIFECYCLE_CHURNING,
    LIFECYCLE_DORMANT,
    LIFECYCLE_HONEYMOON,
    LIFECYCLE_PROSPECT,
    TIER_ORDINARY,
    TIER_VIP,
    BusinessSettings,
)
from crm_desktop.services import facts
from crm_desktop.services import settings as settings_service
from crm_desktop.storage import search
from crm_desktop.storage.database import bound_database, refresh_statistics

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

__all__ = ["BATCH_SIZE", "DemoSummary", "generate_demo"]

BATCH_SIZE = 5_000
HISTORY_DAYS = 1095  # three years of history before `today`
LAST_ORDER_AGO = 990  # orders stop here so that the deals before them fit in the history
FUTURE_DAYS = 800  # reminders, expected closes and service expiries reach this far ahead
# A bigger page cache while generating: the customer table has ~20 indexes and the rows
# arrive in id order, so every index is written at random places.
GENERATION_CACHE_KIB = 256 * 1024

T = TypeVar("T")


@dataclass(frozen=True)
class DemoSummary:
    """What `generate_demo` added."""

    customers: int
    contacts: int
    follow_ups: int
    deals: int
    deal_stage_changes: int
    orders: int
    service_records: int
    needs: int
    credit_checks: int
    customer_tags: int
    staff: int  # staff members the new customers are spread over
    first_id: int | None  # the new customers' ids run from first_id to last_id
    last_id: int | None
    seconds: float
    cancelled: bool

    @property
    def rate(self) -> float:
        """Customers generated per second."""
        return self.customers / self.seconds if self.seconds > 0 else 0.0


class _FastRandom(random.Random):
    """random.Random whose randint and choice take one random() call each.

    The standard ones draw exactly uniform integers by rejection sampling, several calls per
    draw; demo data needs no such exactness and a million customers take ~100 million draws.
    """

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]


class _Pick(Generic[T]):
    """A weighted choice for one random() and a bisect (random.choices is slower per call)."""

    __slots__ = ("cumulative", "items", "total")

    def __init__(self, weighted: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in weighted]
        self.cumulative = list(accumulate(weight for _, weight in weighted))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


def _uniform(items: Sequence[T]) -> _Pick[T]:
    return _Pick([(item, 1.0) for item in items])


# ---------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------

# Surnames with rough frequencies (percent). The polyphonic 曾 单 解 区 仇 查 are weighted
# above their real share so that every demo base shows how pinyin search handles them.
_SURNAMES = _Pick([
    ("王", 7.1), ("李", 7.0), ("张", 6.7), ("刘", 5.4), ("陈", 4.5), ("杨", 3.1), ("黄", 2.2),
    ("赵", 2.0), ("吴", 2.0), ("周", 1.9), ("徐", 1.3), ("孙", 1.2), ("马", 1.2), ("朱", 1.1),
    ("胡", 1.1), ("郭", 1.1), ("何", 1.0), ("林", 1.0), ("高", 1.0), ("罗", 0.9), ("郑", 0.9),
    ("梁", 0.8), ("谢", 0.7), ("宋", 0.7), ("唐", 0.6), ("许", 0.6), ("韩", 0.6), ("冯", 0.6),
    ("邓", 0.6), ("曹", 0.6), ("彭", 0.5), ("曾", 0.5), ("肖", 0.5), ("田", 0.5), ("董", 0.5),
    ("潘", 0.4), ("袁", 0.4), ("蔡", 0.4), ("蒋", 0.4), ("余", 0.4), ("于", 0.4), ("杜", 0.4),
    ("叶", 0.4), ("程", 0.4), ("魏", 0.3), ("苏", 0.3), ("吕", 0.3), ("丁", 0.3), ("任", 0.3),
    ("卢", 0.3), ("姚", 0.3), ("沈", 0.3), ("钟", 0.3), ("姜", 0.3), ("崔", 0.3), ("谭", 0.3),
    ("陆", 0.3), ("范", 0.3), ("汪", 0.3), ("廖", 0.3), ("石", 0.3), ("金", 0.3), ("贾", 0.2),
    ("夏", 0.2), ("付", 0.2), ("方", 0.2), ("邹", 0.2), ("熊", 0.2), ("白", 0.2), ("孟", 0.2),
    ("秦", 0.2), ("邱", 0.2), ("侯", 0.2), ("江", 0.2), ("尹", 0.2), ("薛", 0.2), ("段", 0.2),
    ("雷", 0.2), ("龙", 0.2), ("黎", 0.2), ("史", 0.2), ("陶", 0.2), ("贺", 0.2), ("毛", 0.2),
    ("顾", 0.2), ("龚", 0.2), ("邵", 0.2), ("万", 0.2), ("覃", 0.1), ("武", 0.1), ("钱", 0.1),
    ("戴", 0.1), ("严", 0.1), ("单", 0.3), ("解", 0.3), ("区", 0.3), ("仇", 0.3), ("查", 0.2),
    ("欧阳", 0.1), ("司马", 0.05), ("诸葛", 0.05), ("上官", 0.05),
])
# The reading a surname takes, where it differs from the character's most common reading:
# e-mail addresses and WeChat ids are spelled the way the person spells the name.
_SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "仇": "qiu", "查": "zha",
    "覃": "qin", "万": "wan", "盖": "ge", "朴": "piao", "乐": "yue", "长": "chang",
}
_GIVEN_MALE = ("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳亮成建峰"
               "志文博昊然轩泽睿晨豪翔锐坤海东国民永振兴")
_GIVEN_FEMALE = ("芳娜敏静丽艳娟霞秀英玲桂兰萍红玉梅琳燕雪婷倩慧颖洁晶丹蕾薇琪欣怡"
                 "悦涵萱璐佳瑶月婉思雨诗梦")
_GIVEN_ANY = "晓一嘉子文安乐诺宁星心明清春秋可语天"

_EN_FIRST_MALE = ("James", "Michael", "David", "Robert", "Daniel", "Thomas", "Kevin", "Peter",
                  "Mark", "Chris", "Tony", "Jack", "Eric", "Andrew", "Steven", "Jason")
_EN_FIRST_FEMALE = ("Emily", "Sarah", "Anna", "Laura", "Sophie", "Olivia", "Grace", "Lucy",
                    "Helen", "Julia", "Linda", "Amy", "Cindy", "Vivian", "Irene", "Karen")
_EN_LAST = ("Smith", "Johnson", "Brown", "Wilson", "Taylor", "Miller", "Anderson", "Moore",
            "Martin", "Walker", "Hall", "Young", "King", "Wright", "Green", "Baker", "Schmidt",
            "Dubois", "Rossi", "Tanaka", "Kim", "Wong", "Chan", "Lee", "Ng", "Cheung")

# Brand words of company names are two of these characters.
_BRAND_CHARS = ("华盛鑫达恒信中科东方宏图瑞丰博远金桥天成汇通佳美腾跃新元和润启明永泰龙嘉禾锦程"
                "创联众航星辰蓝海正安福纳聚银宇晨光鼎凯旋同卓越优诚德荣康宁绿源云帆智")
# Business words per industry (the industry list of the default settings).
_INDUSTRY_WORDS: dict[str, tuple[str, ...]] = {
    "制造业": ("机械制造", "电子", "精密五金", "塑胶制品", "包装材料", "新材料", "电子科技"),
    "批发零售": ("商贸", "贸易", "百货", "日用品", "电器销售", "供应链"),
    "信息技术": ("信息技术", "网络科技", "软件", "数据科技", "智能科技", "信息科技"),
    "金融": ("投资管理", "资产管理", "融资租赁", "保险代理"),
    "教育": ("教育科技", "文化教育", "教育咨询", "培训"),
    "医疗": ("医疗器械", "生物科技", "医药", "健康管理"),
    "餐饮": ("餐饮管理", "餐饮服务", "食品"),
    "建筑": ("建筑工程", "装饰工程", "建材", "建设工程"),
    "物流": ("物流", "供应链管理", "货运代理", "仓储服务"),
    "房地产": ("房地产开发", "置业", "物业管理", "房产经纪"),
    "咨询服务": ("企业管理咨询", "商务咨询", "人力资源", "财税咨询"),
    "其他": ("文化传媒", "广告", "环保科技", "农业发展", "实业"),
}
_GENERIC_WORDS = ("实业", "科技", "商贸", "发展")
_SHOP_WORDS = ("便利店", "五金店", "餐厅", "大药房", "服装店", "文具店", "汽修厂", "茶行", "商行")
_CN_SUFFIXES = _Pick([("有限公司", 70.0), ("有限责任公司", 12.0), ("股份有限公司", 10.0),
                      ("集团有限公司", 3.0), ("工作室", 5.0)])

_EN_WORDS_1 = ("Bright", "Golden", "Pacific", "Summit", "Blue", "Silver", "Evergreen", "North",
               "Pioneer", "Apex", "Crystal", "Vertex", "Lotus", "Jade", "Orient", "Unity",
               "Prime", "Sunrise", "Redwood", "Harmony")
_EN_WORDS_2 = ("Harbor", "Bridge", "Peak", "Field", "Stone", "River", "Gate", "Wave", "Point",
               "Leaf", "Star", "Way")
_EN_INDUSTRY = ("Trading", "Technology", "Consulting", "Logistics", "Electronics", "Medical",
                "Foods", "Education", "Industrial", "Software", "Design")
_EN_SUFFIXES = ("Co., Ltd.", "Ltd.", "Limited", "Inc.", "International Co., Ltd.")

_TITLES = _Pick([("总经理", 10.0), ("采购经理", 20.0), ("财务主管", 10.0), ("行政主管", 12.0),
                 ("技术总监", 8.0), ("销售经理", 8.0), ("办公室主任", 10.0), ("董事长助理", 6.0),
                 ("运营经理", 8.0), ("采购专员", 8.0)])
_EN_TITLES = ("General Manager", "Purchasing Manager", "Office Manager", "CFO", "IT Director")

# Regions: (province, city, area code, administrative division code, districts).
_REGIONS: tuple[tuple[str, str, str, str, tuple[str, ...], float], ...] = (
    ("北京市", "北京市", "010", "110105",
     ("朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区", "大兴区"), 9.0),
    ("上海市", "上海市", "021", "310115",
     ("浦东新区", "黄浦区", "徐汇区", "静安区", "长宁区", "闵行区", "杨浦区"), 9.0),
    ("天津市", "天津市", "022", "120101", ("和平区", "河西区", "南开区", "滨海新区"), 2.5),
    ("重庆市", "重庆市", "023", "500103", ("渝中区", "江北区", "南岸区", "九龙坡区", "沙坪坝区"),
     2.5),
    ("广东省", "广州市", "020", "440106", ("天河区", "越秀区", "海珠区", "白云区", "番禺区"), 8.0),
    ("广东省", "深圳市", "0755", "440305",
     ("南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "龙华区"), 10.0),
    ("广东省", "东莞市", "0769", "441900", ("南城街道", "东城街道", "长安镇", "虎门镇"), 3.0),
    ("广东省", "佛山市", "0757", "440604", ("禅城区", "南海区", "顺德区"), 2.5),
    ("浙江省", "杭州市", "0571", "330106",
     ("西湖区", "上城区", "拱墅区", "滨江区", "余杭区", "萧山区"), 6.0),
    ("浙江省", "宁波市", "0574", "330203", ("海曙区", "鄞州区", "江北区", "北仑区"), 2.5),
    ("浙江省", "温州市", "0577", "330302", ("鹿城区", "龙湾区", "瓯海区"), 1.5),
    ("江苏省", "南京市", "025", "320102", ("玄武区", "秦淮区", "鼓楼区", "建邺区", "江宁区"), 4.0),
    ("江苏省", "苏州市", "0512", "320508", ("姑苏区", "吴中区", "相城区", "虎丘区"), 4.0),
    ("江苏省", "无锡市", "0510", "320213", ("梁溪区", "滨湖区", "新吴区"), 1.5),
    ("四川省", "成都市", "028", "510104", ("锦江区", "青羊区", "金牛区", "武侯区", "成华区"), 4.0),
    ("湖北省", "武汉市", "027", "420102", ("江岸区", "江汉区", "武昌区", "洪山区", "汉阳区"), 3.5),
    ("湖南省", "长沙市", "0731", "430102", ("芙蓉区", "天心区", "岳麓区", "开福区", "雨花区"), 2.5),
    ("福建省", "福州市", "0591", "350102", ("鼓楼区", "台江区", "仓山区"), 1.5),
    ("福建省", "厦门市", "0592", "350203", ("思明区", "湖里区", "集美区"), 2.0),
    ("山东省", "济南市", "0531", "370102", ("历下区", "市中区", "槐荫区"), 1.5),
    ("山东省", "青岛市", "0532", "370202", ("市南区", "市北区", "黄岛区", "崂山区"), 2.0),
    ("河南省", "郑州市", "0371", "410105", ("金水区", "二七区", "中原区", "管城回族区"), 2.0),
    ("陕西省", "西安市", "029", "610113", ("雁塔区", "碑林区", "新城区", "未央区"), 2.0),
    ("河北省", "石家庄市", "0311", "130102", ("长安区", "桥西区", "新华区", "裕华区"), 1.0),
    ("安徽省", "合肥市", "0551", "340104", ("蜀山区", "包河区", "庐阳区", "瑶海区"), 1.5),
    ("辽宁省", "沈阳市", "024", "210102", ("和平区", "沈河区", "皇姑区", "浑南区"), 1.0),
    ("辽宁省", "大连市", "0411", "210202", ("中山区", "西岗区", "沙河口区", "甘井子区"), 1.0),
    ("云南省", "昆明市", "0871", "530102", ("五华区", "盘龙区", "官渡区", "西山区"), 1.0),
    ("广西壮族自治区", "南宁市", "0771", "450103", ("青秀区", "兴宁区", "西乡塘区"), 0.8),
)
_STREETS = ("人民路", "中山路", "解放路", "建设路", "和平路", "长江路", "黄河路", "科技路",
            "创业路", "新华路", "文化路", "胜利路", "朝阳路", "滨江路", "金融街", "工业大道",
            "东风路", "花园路", "青年路", "学府路")
_BUILDINGS = ("大厦", "广场", "中心", "科技园", "商务楼", "国际中心")

# Mobile number blocks in use (1[3-9]x).
_MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
                    "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                    "172", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
                    "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
# A multiplier coprime to 10**8: k -> (offset + k * M) % 10**8 visits every 8-digit suffix
# once, so the numbers of one run never repeat yet do not look sequential.
_MOBILE_STEP = 38_195_627
_MAIL_HOSTS = _Pick([("qq.com", 35.0), ("163.com", 25.0), ("126.com", 10.0), ("sina.com", 5.0),
                     ("foxmail.com", 5.0), ("gmail.com", 8.0), ("outlook.com", 7.0),
                     ("139.com", 5.0)])

_TAG_GROUPS: dict[str, tuple[str, ...]] = {
    "性别": ("男", "女"),
    "年龄段": ("18-25岁", "26-35岁", "36-45岁", "46-55岁", "56岁以上"),
    "消费偏好": ("价格敏感", "品质优先", "品牌忠诚", "服务导向", "注重效率", "喜欢促销"),
    "职业": ("企业主", "企业高管", "白领", "公务员", "教师", "医生", "工程师", "自由职业",
             "个体户"),
    # 行业 takes its tags from the industries in the settings.
    "行业": (),
}
_STAFF_NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏",
                "徐强", "孙悦", "马超", "朱婷", "胡斌", "郭晓燕")

_CHANNEL_WEIGHTS = {"电话": 35.0, "微信": 30.0, "邮件": 10.0, "短信": 5.0, "上门拜访": 12.0,
                    "活动": 4.0, "其他": 4.0}
_CHANNEL_CONTENT: dict[str, tuple[str, ...]] = {
    "电话": ("电话回访，了解近期采购计划", "电话沟通报价细节", "电话确认发货时间",
             "电话邀约参加产品介绍会", "电话跟进付款进度", "电话了解产品使用情况"),
    "微信": ("微信发送产品资料和报价单", "微信沟通方案修改意见", "微信确认合同条款",
             "微信推送新品信息", "微信答复售后问题"),
    "邮件": ("邮件发送正式报价", "邮件发送合同草案", "邮件发送年度对账单", "邮件发送产品目录"),
    "短信": ("短信提醒服务到期续费", "短信发送节日问候", "短信通知活动时间"),
    "上门拜访": ("上门拜访，了解采购需求", "上门演示产品功能", "上门洽谈合作细节",
                 "拜访客户负责人，介绍新方案"),
    "活动": ("参加公司新品发布会", "参加行业展会交流", "参加客户答谢会"),
    "其他": ("客户来访公司参观", "通过合作伙伴了解客户情况", "客户来电咨询"),
}
_GENERIC_CONTENT = ("沟通合作事宜", "了解客户近况", "确认客户需求")
_OUTCOMES = ("客户有意向，需进一步沟通", "已发送报价，等待反馈", "客户暂无需求", "约定下周再联系",
             "客户需要内部讨论", "客户对价格有异议", "已确认需求", "客户满意，计划追加订单",
             "联系人不在，稍后再联系", "")
_STAGE_CONTENT = {
    "potential": ("初次接触，登记客户信息", "已建档"),
    "intent": ("收集需求，客户表示有采购意向", "需求已确认"),
    "quote": ("提交方案与报价", "等待客户反馈"),
    "negotiation": ("商务谈判，讨论价格与付款方式", "价格基本谈妥"),
    "won": ("签订合同", "成交"),
    "lost": ("客户决定暂不合作", "商机关闭"),
}
_LOST_REASONS = ("价格过高", "选择了竞争对手", "预算取消", "需求变更", "联系不上", "决策周期过长")

_SCALES: dict[str, tuple[int, int]] = {  # order amounts in yuan, log-uniform
    "tiny": (100, 400),
    "small": (300, 3_000),
    "medium": (3_000, 20_000),
    "large": (20_000, 80_000),
    "key": (60_000, 250_000),
}
_CATEGORIES: dict[str, tuple[str, ...]] = {
    "办公设备": ("激光打印机", "投影仪", "笔记本电脑", "复印机", "会议平板"),
    "软件服务": ("财务软件年费", "云存储套餐", "正版办公软件", "CRM系统授权"),
    "耗材": ("硒鼓", "A4打印纸", "墨盒", "碳粉"),
    "技术服务": ("网络布线", "系统集成", "数据迁移", "网络安全评估"),
    "培训课程": ("销售技巧培训", "管理技能培训", "软件操作培训"),
    "维保服务": ("年度维保合同", "设备巡检", "延保服务"),
    "定制项目": ("小程序开发", "官网改版", "数据看板定制"),
    "礼品": ("中秋礼盒", "定制茶具", "年会礼品"),
}
_CATEGORY_NAMES = tuple(_CATEGORIES)
_DEAL_TITLES = ("{item}采购项目", "{year}年度{category}合同", "{item}升级项目", "{category}合作")

_SERVICE_KINDS = _Pick([("inquiry", 35.0), ("complaint", 15.0), ("repair", 20.0),
                        ("return_visit", 30.0)])
_SERVICE_SUBJECTS = {
    "inquiry": ("咨询产品价格", "咨询发票开具", "咨询使用方法", "咨询配送时间"),
    "complaint": ("投诉发货延迟", "投诉产品质量", "投诉服务态度", "投诉账单错误"),
    "repair": ("设备故障报修", "系统无法登录", "打印机卡纸", "网络连接异常"),
    "return_visit": ("季度回访", "售后满意度回访", "新品使用回访", "年度服务回访"),
}
_RESOLUTIONS = ("已电话解答", "已更换配件", "已补发货物", "已上门处理", "已退款",
                "已安排工程师远程处理")
_SATISFACTION = _Pick([(5, 35.0), (4, 40.0), (3, 15.0), (2, 7.0), (1, 3.0)])
_COMPLAINT_SATISFACTION = _Pick([(5, 10.0), (4, 25.0), (3, 30.0), (2, 22.0), (1, 13.0)])
_NEEDS = ("希望降低采购成本", "需要定制化报表", "需要上门培训", "希望延长付款账期",
          "需要更快的交货时间", "希望提供试用", "需要发票按月汇总", "希望提高售后响应速度",
          "需要对接现有ERP系统", "希望获得批量折扣")
_CREDIT_SOURCES = ("企查查", "天眼查", "中国人民银行征信中心", "银行授信报告", "内部评估")
_CREDIT_LIMITS = {"A": (500_000, 2_000_000), "B": (100_000, 500_000), "C": (20_000, 100_000),
                  "D": (0, 0)}
_CREDIT_RESULTS = {"A": "信用良好，无不良记录", "B": "信用一般，偶有逾期", "C": "存在逾期记录",
                   "D": "有失信记录，建议现款交易"}
_RISK_REASONS = {"low": ("合作多年，回款及时", "经营稳定"),
                 "medium": ("回款周期较长", "近期有投诉", "负责人变动"),
                 "high": ("多次逾期付款", "经营状况不稳定", "存在涉诉记录")}
_HOBBIES = ("高尔夫", "钓鱼", "茶艺", "摄影", "旅游", "阅读", "跑步", "书法", "登山", "羽毛球")
_HABITS = ("偏好微信沟通", "上午不方便接电话", "习惯邮件确认订单", "月底集中采购",
           "喜欢当面沟通")
_PREFERENCES = ("注重性价比", "偏好国产品牌", "重视售后服务", "要求发票及时", "倾向长期合作")
_NOTES = ("老客户介绍", "春节前需提前备货", "年底有预算", "对接人近期变动", "需开具增值税专用发票",
          "只在工作日联系")

# Unified social credit code (GB 32100-2015) and organisation code (GB 11714) check digits.
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# English spellings of cities whose first pinyin reading is not the one the name uses.
_CITY_EN = {"重庆": "Chongqing", "长沙": "Changsha", "厦门": "Xiamen"}


def _reading(text: str) -> str:
    return "".join((char_readings(ch) or ("",))[0] for ch in text)


def _spell(text: str, surname: str = "") -> str:
    """Toneless pinyin of a Chinese name as people write it in e-mail addresses."""
    if surname and text.startswith(surname):
        return (_SURNAME_READINGS.get(surname) or _reading(surname)) + _reading(
            text[len(surname):])
    return _reading(text)


def credit_code(rng: random.Random, division: str) -> str:
    """A well-formed 18-character unified social credit code (check digits included)."""
    org = "".join(rng.choice(_ORG_CHARS[:10] if i < 2 else _ORG_CHARS) for i in range(8))
    total = sum(_ORG_CHARS.index(c) * w for c, w in zip(org, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    org += "X" if check == 10 else "0" if check == 11 else str(check)
    body = "91" + division + org
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


# ---------------------------------------------------------------------------------------
# Purchase patterns
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """How one customer buys: what the classification will make of it.

    lifecycle: by the date of the last purchase. frequency: orders in the last 12 months
    (single 1, few 2-3, regular 4-8, heavy 10-14: super by count). scale: order size.
    trend: the 12 months before compared with the last 12 (new customers have none; won_back
    ones bought more than a year before coming back).
    """

    lifecycle: str
    frequency: str = "few"
    scale: str = "small"
    trend: str = "stable"
    kind: str | None = None
    deal: str | None = None  # for prospects: open | advanced (open, intent or later) | lost | none
    invalid: bool = False
    invalid_by_hand: bool = False
    archived: bool = False
    # Last purchase in the older half of its lifecycle stage: a churning customer then has
    # a low RFM recency score whatever the rest of the base looks like.
    deep: bool = False


# The first customers of every run: together they produce every tier, customer stage,
# lifecycle stage, value class and RFM segment whatever the random draws do afterwards.
_COVERAGE: tuple[_Plan, ...] = (
    _Plan(LIFECYCLE_HONEYMOON, "few", "key", "stable", CUSTOMER_KIND_COMPANY),  # super by amount
    _Plan(LIFECYCLE_HONEYMOON, "heavy", "small", "stable"),  # super by count
    _Plan(LIFECYCLE_ACTIVE, "regular", "medium", "stable"),  # vip
    _Plan(LIFECYCLE_HONEYMOON, "single", "small", "new"),  # ordinary, general_develop
    _Plan(LIFECYCLE_HONEYMOON, "few", "medium", "declining"),  # migrating
    _Plan(LIFECYCLE_ACTIVE, "few", "small", "growing"),  # potential: growing
    _Plan(LIFECYCLE_HONEYMOON, "few", "small", "new"),  # potential: new with a repeat
    _Plan(LIFECYCLE_HONEYMOON, "regular", "large", "stable"),  # value, important_value
    _Plan(LIFECYCLE_DORMANT, "few", "medium"),  # frozen, general_retain
    _Plan(LIFECYCLE_PROSPECT, deal="advanced"),  # intent
    _Plan(LIFECYCLE_PROSPECT, deal="lost"),  # lost
    _Plan(LIFECYCLE_PROSPECT, deal="none"),  # potential
    _Plan(LIFECYCLE_CHURNING, "regular", "large", "stable", deep=True),  # important_keep
    _Plan(LIFECYCLE_CHURNING, "regular", "tiny", "stable", deep=True),  # general_keep
    _Plan(LIFECYCLE_CHURNING, "single", "key", "stable", deep=True),  # important_retain
    _Plan(LIFECYCLE_HONEYMOON, "single", "large", "new"),  # important_develop
    _Plan(LIFECYCLE_HONEYMOON, "regular", "small", "new"),  # general_value
    _Plan(LIFECYCLE_ACTIVE, "few", "medium", "won_back"),  # won back
    _Plan(LIFECYCLE_PROSPECT, deal="none", invalid=True),  # no way to reach them
    _Plan(LIFECYCLE_DORMANT, "single", "small", archived=True),
    _Plan(LIFECYCLE_PROSPECT, deal="none", invalid_by_hand=True),
)

# Among all customers: a quarter never bought. Among buyers the dormant share is kept near a
# fifth and single purchases rare enough that the RFM frequency quintiles separate one
# purchase (low) from two or more (high); otherwise ties would leave no "develop" segment.
_LIFECYCLES = _Pick([(LIFECYCLE_PROSPECT, 25.0), (LIFECYCLE_HONEYMOON, 26.0),
                     (LIFECYCLE_ACTIVE, 16.5), (LIFECYCLE_CHURNING, 16.0),
                     (LIFECYCLE_DORMANT, 16.5)])
_FREQUENCIES = _Pick([("single", 18.0), ("few", 40.0), ("regular", 35.0), ("heavy", 7.0)])
_FREQUENCY_COUNTS = {"single": (1, 1), "few": (2, 3), "regular": (4, 8), "heavy": (10, 14)}
_COMPANY_SCALES = _Pick([("small", 30.0), ("medium", 40.0), ("large", 22.0), ("key", 8.0)])
_PERSON_SCALES = _Pick([("small", 70.0), ("medium", 25.0), ("large", 5.0)])
_TRENDS = _Pick([("new", 25.0), ("stable", 33.0), ("growing", 15.0), ("declining", 15.0),
                 ("won_back", 12.0)])
_PROSPECT_DEALS = _Pick([("open", 40.0), ("lost", 20.0), ("none", 40.0)])
# What the latest follow-up leaves to do, for customers someone is working on.
_REMINDERS = _Pick([("overdue", 25.0), ("today", 8.0), ("upcoming", 22.0), ("later", 25.0),
                    ("none", 20.0)])


# ---------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------

_CUSTOMER_COLUMNS = (
    "id", "code", "name", "short_name", "kind", "industry", "source", "province", "city",
    "district", "address", "website", "phones", "phones_raw", "mobiles", "mobiles_raw",
    "mobile", "email", "email_key", "wechat", "credit_code", "owner_id", "referred_by_id",
    "first_contact_date", "is_valid", "invalid_by_hand", "notes", "hobbies", "habits",
    "preferences", "risk_level", "risk_reason", "credit_grade", "credit_limit_cents",
    "contract_amount_cents", "service_start", "service_expiry", "tier", "tier_manual", "stage",
    "rfm_score", "activity_score", "purchase_count", "purchase_total_cents", "profit_cents",
    "name_key", "sort_name", "created_at", "updated_at", "archived_at",
)


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})")


_INSERTS = {
    "customer": _insert_sql("customer", _CUSTOMER_COLUMNS),
    "contact": _insert_sql("contact", (
        "id", "customer_id", "name", "title", "mobile", "mobile_raw", "phone", "phone_raw",
        "email", "wechat", "notes", "is_primary")),
    "customer_tag": _insert_sql("customer_tag", ("customer_id", "tag_id")),
    "follow_up": _insert_sql("follow_up", (
        "customer_id", "occurred_at", "channel", "contact_id", "content", "outcome",
        "stage_after", "next_follow_up", "staff_id", "created_at")),
    "need": _insert_sql("need", (
        "customer_id", "description", "priority", "status", "note", "created_at", "updated_at")),
    "deal": _insert_sql("deal", (
        "id", "customer_id", "title", "amount_cents", "stage", "probability", "expected_close",
        "lost_reason", "owner_id", "created_at", "updated_at", "closed_at")),
    "deal_stage_change": _insert_sql("deal_stage_change", (
        "deal_id", "customer_id", "from_stage", "to_stage", "changed_at")),
    "orders": _insert_sql("orders", (
        "customer_id", "order_date", "description", "category", "amount_cents", "cost_cents",
        "paid_cents", "deal_id", "created_at")),
    "service_record": _insert_sql("service_record", (
        "customer_id", "kind", "status", "priority", "owner_id", "subject", "description",
        "resolution", "satisfaction", "opened_at", "closed_at")),
    "credit_check": _insert_sql("credit_check", (
        "customer_id", "checked_on", "source", "result", "note")),
}


@dataclass
class _Batch:
    """The rows of one batch, per table, plus the search index documents."""

    rows: dict[str, list[tuple[Any, ...]]] = field(
        default_factory=lambda: {table: [] for table in _INSERTS}
    )
    docs: list[tuple[int, str, str]] = field(default_factory=list)


@dataclass
class _DealPlan:
    """A deal to write: its stage moves (from, to, days ago), the last being its stage."""

    moves: list[tuple[str | None, str, int]]
    amount_cents: int
    title: str
    order_index: int | None = None  # the order a won deal turned into
    lost_reason: str = ""
    expected_ago: int | None = None  # expected close, days ago (negative: ahead)


@dataclass
class _FollowUp:
    ago: int
    clock: str
    channel: str
    contact_id: int | None
    content: str
    outcome: str
    stage_after: str | None
    staff_id: int | None


class _Generator:
    """Builds the rows of customers one at a time from one random stream."""

    def __init__(self, rng: random.Random, today: date, settings: BusinessSettings,
                 staff_ids: list[int], tags: dict[str, dict[str, int]]) -> None:
        self.rng = rng
        self.today = today
        self.settings = settings
        self.year = today.year
        self._days = [(today - timedelta(days=ago)).isoformat()
                      for ago in range(-FUTURE_DAYS, HISTORY_DAYS + 200)]
        self.tags = tags
        # Sales staff do not carry equal books: a few own many more customers than others.
        self.owner = _Pick([(sid, rng.uniform(0.4, 2.0)) for sid in staff_ids])
        self.region = _Pick([(region, region[5]) for region in _REGIONS])
        self.channel = _Pick([(c, _CHANNEL_WEIGHTS.get(c, 3.0)) for c in settings.channels]
                             or [("电话", 1.0)])
        self.industries = list(settings.industries) or ["其他"]
        plain_sources = [s for s in settings.sources if s != "转介绍"]
        self.sources = _uniform(plain_sources or [""])
        referral_sources = [s for s in settings.sources if s == "转介绍"]
        self.referral_source = referral_sources[0] if referral_sources else ""
        stages = settings.deal_stages
        self.open_stages = [s for s in stages if not (s.is_won or s.is_lost)]
        self.won_stage = next((s for s in stages if s.is_won), None)
        self.lost_stage = next((s for s in stages if s.is_lost), None)
        # Day offsets ("days ago") of the windows the rules use, so the plans land exactly.
        mb = rules.months_before
        honeymoon, active, churning = settings.lifecycle_months
        self.honeymoon_end = (today - mb(today, honeymoon)).days  # first active day
        self.active_end = (today - mb(today, active)).days  # first churning day
        self.churning_end = (today - mb(today, churning)).days  # first dormant day
        current_first, _ = rules.last_months_window(today, 12)
        previous_first, _ = rules.last_months_window(today, 12, periods_back=1)
        self.window_last = (today - current_first).days  # oldest day in the last 12 months
        self.previous_last = (today - previous_first).days
        self.mobile_offset = rng.randrange(10**8)
        self.mobile_count = 0
        # Customers others are referred by: a few well-connected ones (id, created ago).
        self.connectors: list[tuple[int, int]] = []
        self.previous_names: list[tuple[str, str, str]] = []  # (kind, name, mobile)

    # -- small helpers -------------------------------------------------------------------

    def day(self, ago: int) -> str:
        return self._days[ago + FUTURE_DAYS]

    def clock(self) -> str:
        rng = self.rng
        return f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"

    def stamp(self, ago: int) -> str:
        return f"{self.day(ago)} {self.clock()}"

    def mobile(self) -> str:
        suffix = (self.mobile_offset + self.mobile_count * _MOBILE_STEP) % 10**8
        self.mobile_count += 1
        return f"{self.rng.choice(_MOBILE_PREFIXES)}{suffix:08d}"

    def mobile_raw(self, number: str) -> str:
        """The number as people type it: plain, grouped, dashed or with +86."""
        roll = self.rng.random()
        if roll < 0.6:
            return number
        if roll < 0.8:
            return f"{number[:3]} {number[3:7]} {number[7:]}"
        if roll < 0.9:
            return f"{number[:3]}-{number[3:7]}-{number[7:]}"
        return f"+86 {number}"

    def landline(self, area: str) -> tuple[str, str]:
        rng = self.rng
        digits = 8 if len(area) == 3 or rng.random() < 0.8 else 7
        local = str(rng.randint(2, 8)) + "".join(str(rng.randrange(10)) for _ in range(digits - 1))
        number = f"{area}-{local}"
        roll = rng.random()
        raw = number if roll < 0.7 else f"({area}) {local}" if roll < 0.85 else f"{area} {local}"
        return number, raw

    # -- names ---------------------------------------------------------------------------

    def chinese_person(self) -> tuple[str, str, bool]:
        """(name, surname, is_male): two or three characters (a double surname takes one)."""
        rng = self.rng
        surname = _SURNAMES(rng)
        male = rng.random() < 0.55
        pool = _GIVEN_MALE if male else _GIVEN_FEMALE
        if len(surname) == 2 or rng.random() < 0.3:
            given = rng.choice(pool)
        else:
            given = rng.choice(pool + _GIVEN_ANY) + rng.choice(pool)
        return surname + given, surname, male

    def english_person(self) -> tuple[str, bool]:
        rng = self.rng
        male = rng.random() < 0.55
        first = rng.choice(_EN_FIRST_MALE if male else _EN_FIRST_FEMALE)
        if rng.random() < 0.3:  # Kevin Zhang: an English name with a Chinese surname
            surname = _SURNAMES(rng)
            last = _spell(surname, surname).capitalize()
        else:
            last = rng.choice(_EN_LAST)
        return f"{first} {last}", male

    def company(self, region: tuple[Any, ...], industry: str,
                english: bool) -> tuple[str, str, str, bool]:
        """(name, short name, web domain, is_shop) of a company in `region`."""
        rng = self.rng
        province, city = region[0], region[1]
        if english:
            w1, w2 = rng.choice(_EN_WORDS_1), rng.choice(_EN_WORDS_2)
            trade = rng.choice(_EN_INDUSTRY)
            city_short = city.removesuffix("市")
            city_en = _CITY_EN.get(city_short) or _spell(city_short).capitalize()
            name = (f"{w1} {w2} {trade} ({city_en}) Co., Ltd." if rng.random() < 0.2
                    else f"{w1} {w2} {trade} {rng.choice(_EN_SUFFIXES)}")
            return name, f"{w1} {w2}", f"{w1}{w2}".lower() + rng.choice((".com", ".cn")), False
        brand = rng.choice(_BRAND_CHARS) + rng.choice(_BRAND_CHARS)
        while brand[0] == brand[1]:
            brand = brand[0] + rng.choice(_BRAND_CHARS)
        word = rng.choice(_INDUSTRY_WORDS.get(industry, _GENERIC_WORDS))
        city_short = city.removesuffix("市")
        province_short = re.sub(r"(省|市|壮族自治区)$", "", province)
        roll = rng.random()
        domain = _spell(brand) + rng.choice((".com", ".com.cn", ".cn", "-tech.com"))
        if roll < 0.06:
            district = rng.choice(region[4])
            return f"{city_short}{district}{brand}{rng.choice(_SHOP_WORDS)}", brand, domain, True
        suffix = _CN_SUFFIXES(rng)
        if roll < 0.42:
            name = f"{city_short}市{brand}{word}{suffix}"
        elif roll < 0.72:
            name = f"{city_short}{brand}{word}{suffix}"
        elif roll < 0.82:
            name = f"{brand}{word}（{city_short}）{suffix}"
        elif roll < 0.95:
            name = f"{province_short}{brand}{word}{suffix}"
        else:
            name = f"{brand}{word}集团有限公司"
        return name, brand + word[:2], domain, False

    def person_email(self, spelled: str) -> str:
        rng = self.rng
        host = _MAIL_HOSTS(rng)
        if host == "qq.com" and rng.random() < 0.7:
            return f"{rng.randint(10_000_000, 3_999_999_999)}@qq.com"
        joiner = rng.choice(("", ".", "_"))
        tail = rng.choice(("", str(rng.randint(1, 99)), str(rng.randint(1970, 2005))))
        return f"{spelled[:20] or 'user'}{joiner if tail else ''}{tail}@{host}"

    def wechat(self, spelled: str) -> str:
        rng = self.rng
        if not spelled or rng.random() < 0.3:
            return "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789")
                                     for _ in range(14))
        return f"{spelled[:16]}{rng.choice(('', '_'))}{rng.randint(1, 9999)}"

    # -- one customer --------------------------------------------------------------------

    def plan(self, index: int) -> _Plan:
        """The purchase pattern of the `index`-th customer of this run."""
        if index < len(_COVERAGE):
            return _COVERAGE[index]
        rng = self.rng
        lifecycle = _LIFECYCLES(rng)
        roll = rng.random()
        return _Plan(
            lifecycle=lifecycle,
            frequency=_FREQUENCIES(rng),
            scale="",  # by kind, below
            trend=_TRENDS(rng),
            deal=_PROSPECT_DEALS(rng) if lifecycle == LIFECYCLE_PROSPECT else None,
            invalid=roll < 0.03,
            invalid_by_hand=0.03 <= roll < 0.035,
            archived=0.035 <= roll < 0.055,
        )

    def purchases(self, plan: _Plan, kind: str) -> list[tuple[int, int]]:
        """The customer's orders as (days ago, amount in cents), oldest first."""
        if plan.lifecycle == LIFECYCLE_PROSPECT:
            return []
        rng = self.rng
        scale = plan.scale or (_COMPANY_SCALES if kind == CUSTOMER_KIND_COMPANY
                               else _PERSON_SCALES)(rng)
        low, high = _SCALES[scale]

        def amount() -> int:
            return int(low * (high / low) ** rng.random()) * 100

        if plan.lifecycle == LIFECYCLE_DORMANT:
            last = rng.randint(self.churning_end, 900)
            count = 1 + int(rng.random() ** 2 * 4)
            agos = [last] + [rng.randint(last, LAST_ORDER_AGO) for _ in range(count - 1)]
            return sorted(((a, amount()) for a in agos), reverse=True)
        if plan.lifecycle == LIFECYCLE_HONEYMOON:
            last = rng.randint(1, self.honeymoon_end - 1)
        elif plan.lifecycle == LIFECYCLE_ACTIVE:
            last = rng.randint(self.honeymoon_end, self.active_end - 1)
        elif plan.deep:
            last = rng.randint((self.active_end + self.churning_end) // 2, self.churning_end - 1)
        else:
            last = rng.randint(self.active_end, self.churning_end - 1)
        lo_count, hi_count = _FREQUENCY_COUNTS[plan.frequency]
        count = rng.randint(lo_count, hi_count)
        current = [(last, amount())] + [
            (rng.randint(last, self.window_last), amount()) for _ in range(count - 1)
        ]
        total = sum(a for _, a in current)
        earlier: list[tuple[int, int]] = []
        # The 12 months before: about the same (stable), a third to a half (growing: up by
        # well over 30%), or 1.7 to 4 times as much (declining: down by well over 30%).
        target = 0.0
        previous_count = 0
        if plan.trend == "stable":
            target = total * rng.uniform(0.8, 1.25)
            previous_count = max(1, count + rng.randint(-1, 1))
        elif plan.trend == "growing":
            target = total / rng.uniform(1.6, 3.0)
            previous_count = max(1, count - rng.randint(0, 1))
        elif plan.trend == "declining":
            target = total * rng.uniform(1.7, 4.0)
            previous_count = count + rng.randint(0, 2)
        if target:
            weights = [0.5 + rng.random() for _ in range(previous_count)]
            scale_by = target / sum(weights)
            earlier = [(rng.randint(self.window_last + 1, self.previous_last),
                        max(100_00, int(w * scale_by) // 100 * 100)) for w in weights]
            if rng.random() < 0.3:
                earlier += [(rng.randint(self.previous_last + 1, LAST_ORDER_AGO), amount())
                            for _ in range(rng.randint(1, 3))]
        elif plan.trend == "won_back":
            # Bought long ago, then nothing for over a year, then back in the last 12 months.
            first_back = max(a for a, _ in current)
            earlier = [(rng.randint(first_back + 370, LAST_ORDER_AGO), amount())
                       for _ in range(rng.randint(1, 3))]
        return sorted(current + earlier, reverse=True)

    def customer(self, cid: int, index: int, next_contact: list[int], next_deal: list[int],
                 batch: _Batch) -> None:
        """Append customer `cid` and everything that hangs off it to `batch`."""
        rng = self.rng
        rows = batch.rows
        plan = self.plan(index)
        kind = plan.kind or (CUSTOMER_KIND_COMPANY if rng.random() < 0.55
                             else CUSTOMER_KIND_PERSON)
        company = kind == CUSTOMER_KIND_COMPANY
        english = rng.random() < 0.10
        region = self.region(rng)
        province, city, area, division, districts, _ = region
        district = rng.choice(districts)
        owner = self.owner(rng) if rng.random() > 0.03 else None
        industry = rng.choice(self.industries) if company or rng.random() < 0.3 else ""
        valid_means = not plan.invalid

        # Name and how to reach the customer.
        surname = ""
        male = rng.random() < 0.5
        is_shop = False
        domain = ""
        if company:
            name, short_name, domain, is_shop = self.company(region, industry, english)
            if rng.random() < 0.4:
                short_name = ""
            spelled = _spell(short_name or name[:4]) if not english else ""
        elif english:
            name, male = self.english_person()
            short_name = ""
            spelled = name.replace(" ", "").lower()
        else:
            name, surname, male = self.chinese_person()
            short_name = ""
            spelled = _spell(name, surname)
        mobile_list: list[str] = []
        phone_list: list[tuple[str, str]] = []
        email = website = wechat = address = ""
        if self.previous_names and rng.random() < 0.002:
            # Now and then the same customer is entered twice: what duplicate checks catch.
            twin_kind, twin_name, twin_mobile = rng.choice(self.previous_names)
            if twin_kind == kind:
                name = twin_name
                if twin_mobile:
                    mobile_list.append(twin_mobile)
        if valid_means:
            if company:
                if rng.random() < 0.85:
                    phone_list.append(self.landline(area))
                    if rng.random() < 0.1:
                        phone_list.append(self.landline(area))
                if rng.random() < 0.35:
                    mobile_list.append(self.mobile())
                if rng.random() < 0.55 and not is_shop:
                    email = f"{rng.choice(('info', 'sales', 'service', 'hr', 'admin'))}@{domain}"
                if rng.random() < 0.4 and not is_shop:
                    website = f"www.{domain}"
                if rng.random() < 0.15:
                    wechat = self.wechat(spelled)
                if rng.random() < 0.9:
                    address = self.address(district, rng.random() < 0.8)
            else:
                if rng.random() < 0.95 or not mobile_list:
                    mobile_list.append(self.mobile())
                if rng.random() < 0.05:
                    mobile_list.append(self.mobile())
                if rng.random() < 0.1:
                    phone_list.append(self.landline(area))
                if rng.random() < 0.35:
                    email = self.person_email(spelled)
                if rng.random() < 0.55:
                    wechat = self.wechat(spelled)
                if rng.random() < 0.5:
                    address = self.address(district, rng.random() < 0.5)
        else:
            mobile_list = []
        mobiles = " ".join(mobile_list)
        mobiles_raw = " / ".join(self.mobile_raw(m) for m in mobile_list)
        phones = " ".join(p for p, _ in phone_list)
        phones_raw = " / ".join(raw for _, raw in phone_list)
        self.previous_names.append((kind, name, mobile_list[0] if mobile_list else ""))
        if len(self.previous_names) > 500:
            del self.previous_names[:250]

        # Timeline: orders, deals and follow-ups decide when the customer was entered.
        orders = self.purchases(plan, kind)
        deals = self.deals(plan, orders, company)
        earliest = max([a for a, _ in orders] + [d.moves[0][2] for d in deals] + [0])
        if earliest:
            created_ago = min(HISTORY_DAYS, earliest + rng.randint(3, 60))
        elif rng.random() < 0.4:
            created_ago = rng.randint(1, 180)  # prospects: many are recent leads
        else:
            created_ago = rng.randint(1, HISTORY_DAYS)
        created_at = self.stamp(created_ago)

        referred_by = None
        if self.connectors and rng.random() < 0.08:
            # Earlier connectors are picked more often, so some refer three or more.
            ref_id, ref_ago = self.connectors[int(len(self.connectors) * rng.random() ** 2)]
            if ref_ago > created_ago:
                referred_by = ref_id
        if rng.random() < 0.03:
            self.connectors.append((cid, created_ago))
        source = self.referral_source if referred_by else self.sources(rng)

        code = None
        roll = rng.random()
        if roll < 0.2:
            code = f"S{cid:05d}"  # store numbers from the customer's own system
        elif roll < 0.28:
            code = f"KH{self.day(created_ago)[:4]}{cid:06d}"
        uscc = (credit_code(rng, division)
                if company and not english and not is_shop and rng.random() < 0.6 else None)

        # Contacts of a company.
        contact_ids: list[int] = []
        contact_docs: list[tuple[str, str, str, str]] = []
        if company and valid_means:
            count = 1 + (rng.random() < 0.45) + (rng.random() < 0.33)
            for position in range(count):
                contact_id = next_contact[0]
                next_contact[0] += 1
                if english and rng.random() < 0.7:
                    person, _ = self.english_person()
                    title = rng.choice(_EN_TITLES)
                    person_spelled = person.split()[0].lower()
                else:
                    person, person_surname, _ = self.chinese_person()
                    title = _TITLES(rng)
                    person_spelled = _spell(person, person_surname)
                c_mobile = self.mobile() if rng.random() < 0.9 else ""
                c_phone, c_phone_raw = ("", "")
                if rng.random() < 0.4:
                    c_phone, c_phone_raw = self.landline(area)
                    if rng.random() < 0.5:
                        extension = str(rng.randint(800, 899))
                        c_phone, c_phone_raw = (f"{c_phone}-{extension}",
                                                f"{c_phone_raw} 转 {extension}")
                c_email = f"{person_spelled}@{domain}" if rng.random() < 0.5 and domain else ""
                c_wechat = self.wechat(person_spelled) if rng.random() < 0.4 else ""
                rows["contact"].append((
                    contact_id, cid, person, title, c_mobile,
                    self.mobile_raw(c_mobile) if c_mobile else "", c_phone, c_phone_raw,
                    c_email, c_wechat, rng.choice(_NOTES) if rng.random() < 0.05 else "",
                    1 if position == 0 else 0,
                ))
                contact_ids.append(contact_id)
                contact_docs.append((person, c_mobile, c_phone, c_email))

        # Deals and their stage history; orders; follow-ups.
        follow_ups: list[_FollowUp] = []
        order_deals: dict[int, int] = {}
        for deal in deals:
            deal_id = next_deal[0]
            next_deal[0] += 1
            self.deal_rows(cid, deal_id, owner, deal, rows, follow_ups, contact_ids)
            if deal.order_index is not None:
                order_deals[deal.order_index] = deal_id
        favourite = rng.sample(_CATEGORY_NAMES, 2)
        for index, (ago, amount) in enumerate(orders):
            deal_ref = order_deals.get(index)
            category = favourite[0] if rng.random() < 0.6 else (
                favourite[1] if rng.random() < 0.6 else rng.choice(_CATEGORY_NAMES))
            item = rng.choice(_CATEGORIES[category])
            margin = rng.uniform(0.10, 0.50)
            cost = int(amount * (1 - margin))
            if ago > 60 or rng.random() < 0.6:
                paid = amount if rng.random() < 0.95 else amount // 2
            else:
                paid = 0 if rng.random() < 0.25 else int(amount * rng.uniform(0.3, 0.9))
            quantity = rng.randint(1, 20)
            rows["orders"].append((cid, self.day(ago), f"{item} ×{quantity}", category, amount,
                                   cost, paid, deal_ref, self.stamp(ago)))

        engaged = plan.lifecycle in (LIFECYCLE_HONEYMOON, LIFECYCLE_ACTIVE) or (
            plan.lifecycle == LIFECYCLE_PROSPECT and plan.deal in ("open", "advanced")
        ) or (plan.lifecycle != LIFECYCLE_DORMANT and rng.random() < 0.5)
        self.follow_ups(cid, plan, orders, created_ago, engaged, owner, contact_ids,
                        follow_ups, rows)

        # Portrait tags.
        self.tag_rows(cid, company, male, industry, rows)

        # Profile, credit, service terms and risk.
        hobbies = habits = preferences = notes = ""
        if rng.random() < 0.3:
            hobbies = "、".join(rng.sample(_HOBBIES, rng.randint(1, 3)))
            habits = rng.choice(_HABITS)
            preferences = rng.choice(_PREFERENCES)
        if rng.random() < 0.1:
            notes = rng.choice(_NOTES)
        if plan.invalid_by_hand:
            notes = "号码为空号，已核实无法联系"
        risk_level = risk_reason = ""
        if rng.random() < 0.25:
            risk_level = rng.choices(("low", "medium", "high"), (60, 30, 10))[0]
            risk_reason = rng.choice(_RISK_REASONS[risk_level])
        credit_grade = ""
        credit_limit = None
        if company and rng.random() < 0.3:
            checks = sorted((rng.randint(1, created_ago) for _ in range(rng.randint(1, 2))),
                            reverse=True)
            grade = "A"
            for n, checked_ago in enumerate(checks):
                grade = rng.choices("ABCD", (35, 40, 18, 7))[0]
                rows["credit_check"].append((
                    cid, self.day(checked_ago), rng.choice(_CREDIT_SOURCES),
                    f"{grade} {_CREDIT_RESULTS[grade]}",
                    "年度复核" if n else "首次合作前核查",
                ))
            credit_grade = grade
            low, high = _CREDIT_LIMITS[grade]
            credit_limit = rng.randint(low // 10_000, high // 10_000) * 10_000 * 100
        contract = service_start = service_expiry = None
        if orders and rng.random() < 0.15:
            contract = rng.randint(2, 60) * 10_000 * 100
            start_ago = rng.randint(0, min(700, created_ago))
            service_start = self.day(start_ago)
            # Expiries spread over the past year and the next; some within the reminder days.
            service_expiry = self.day(start_ago - rng.choice((365, 365, 730)))
        if rng.random() < 0.2 and plan.lifecycle != LIFECYCLE_PROSPECT:
            self.service_rows(cid, owner, created_ago, rows)
        if rng.random() < 0.2:
            for _ in range(rng.randint(1, 2)):
                need_ago = rng.randint(1, created_ago)
                status = (rng.choice(("met", "dropped", "met")) if need_ago > 120
                          else rng.choice(("identified", "in_progress", "met")))
                stamp = self.stamp(need_ago)
                rows["need"].append((cid, rng.choice(_NEEDS),
                                     rng.choices(("low", "normal", "high"), (2, 6, 2))[0],
                                     status, "", stamp, stamp))

        archived_at = self.stamp(rng.randint(0, created_ago)) if plan.archived else None
        tier_manual = TIER_VIP if rng.random() < 0.004 else None
        sort_name = self.sort_name(name)
        first_contact = self.day(min(HISTORY_DAYS + 30, created_ago + rng.randint(0, 14)))
        rows["customer"].append((
            cid, code, name, short_name, kind, industry, source, province, city, district,
            address, website, phones, phones_raw, mobiles, mobiles_raw,
            mobile_list[0] if mobile_list else None, email, email.lower() or None, wechat,
            uscc, owner, referred_by, first_contact,
            1, 1 if plan.invalid_by_hand else 0, notes, hobbies, habits, preferences,
            risk_level, risk_reason, credit_grade, credit_limit, contract, service_start,
            service_expiry, TIER_ORDINARY, tier_manual, "potential", "", 0.0, 0, 0, 0,
            name_match_key(name), sort_name, created_at, created_at, archived_at,
        ))
        body, short = search_document(
            names=[name, short_name, *(c[0] for c in contact_docs)],
            phones=[*mobile_list, *(p for p, _ in phone_list),
                    *(n for c in contact_docs for n in c[1:3])],
            emails=[email, *(c[3] for c in contact_docs)],
        )
        batch.docs.append((cid, body, short))

    def address(self, district: str, building: bool) -> str:
        rng = self.rng
        text = f"{district}{rng.choice(_STREETS)}{rng.randint(1, 999)}号"
        if building:
            text += (f"{rng.choice(_BRAND_CHARS)}{rng.choice(_BRAND_CHARS)}"
                     f"{rng.choice(_BUILDINGS)}{rng.randint(1, 30)}楼{rng.randint(1, 20):02d}室")
        return text

    @staticmethod
    def sort_name(name: str) -> str:
        """The key the list sorts names by, as services.customers computes it."""
        spelled = "".join(r[0] for ch in _HAN.findall(name) if (r := char_readings(ch)))
        return (spelled + " " + name if spelled else name).lower()

    def deals(self, plan: _Plan, orders: list[tuple[int, int]], company: bool) -> list[_DealPlan]:
        """The customer's deals: won ones behind a first purchase, open ones, lost ones."""
        rng = self.rng
        result: list[_DealPlan] = []
        if not self.open_stages:
            return result
        open_keys = [s.key for s in self.open_stages]

        def moves(path: list[str], end_ago: int) -> list[tuple[str | None, str, int]]:
            gaps = [rng.randint(2, 15) for _ in path[1:]]
            ago = end_ago + sum(gaps)
            out: list[tuple[str | None, str, int]] = [(None, path[0], ago)]
            for previous, stage, gap in zip(path, path[1:], gaps, strict=False):
                ago -= gap
                out.append((previous, stage, ago))
            return out

        def title(category: str | None = None) -> str:
            category = category or rng.choice(_CATEGORY_NAMES)
            return rng.choice(_DEAL_TITLES).format(
                item=rng.choice(_CATEGORIES[category]), category=category,
                year=self.year - rng.randint(0, 1))

        if orders and self.won_stage is not None and rng.random() < 0.55:
            # The first purchase came through a deal that went through every stage.
            ago, amount = orders[0]
            path = [*open_keys, self.won_stage.key]
            result.append(_DealPlan(moves(path, ago), amount, title(), order_index=0,
                                    expected_ago=ago))
        kind = plan.deal
        if plan.lifecycle != LIFECYCLE_PROSPECT:
            roll = rng.random()
            kind = ("open" if roll < 0.12 and plan.lifecycle != LIFECYCLE_DORMANT
                    else "lost" if roll < 0.20 else "none")
        low, high = _SCALES["medium" if company else "small"]
        amount = int(low * (high / low) ** rng.random()) * 100
        if kind in ("open", "advanced"):
            # Early stages hold more deals than late ones, as in any funnel.
            weights = [30, 30, 25, 15] if len(open_keys) == 4 else [1] * len(open_keys)
            if kind == "advanced" and len(open_keys) > 1:
                weights[0] = 0
            reached = rng.choices(range(len(open_keys)), weights)[0]
            end = rng.randint(1, 60)
            expected = -rng.randint(7, 90) if rng.random() < 0.85 else rng.randint(1, 30)
            result.append(_DealPlan(moves(open_keys[: reached + 1], end), amount, title(),
                                    expected_ago=expected))
        elif kind == "lost" and self.lost_stage is not None:
            reached = rng.randrange(len(open_keys))
            end = rng.randint(1, 600)
            result.append(_DealPlan(moves([*open_keys[: reached + 1], self.lost_stage.key], end),
                                    amount, title(), lost_reason=rng.choice(_LOST_REASONS),
                                    expected_ago=end + rng.randint(-20, 20)))
        return result

    def deal_rows(self, cid: int, deal_id: int, owner: int | None, deal: _DealPlan,
                  rows: dict[str, list[Any]], follow_ups: list[_FollowUp],
                  contact_ids: list[int]) -> None:
        """The deal, its stage history and a follow-up (with the stage after) for each move."""
        rng = self.rng
        stamps = []
        for previous, stage, ago in deal.moves:
            stamp = self.stamp(ago)
            stamps.append(stamp)
            rows["deal_stage_change"].append((deal_id, cid, previous, stage, stamp))
            if previous is None:
                continue  # entering a deal is not a contact; every later move follows one
            content, outcome = _STAGE_CONTENT.get(stage, ("销售阶段更新", ""))
            follow_ups.append(_FollowUp(
                ago, stamp[11:], self.channel(rng),
                contact_ids[0] if contact_ids else None, content, outcome, stage, owner,
            ))
        final = deal.moves[-1][1]
        spec = self.settings.stage(final)
        closed = spec is not None and (spec.is_won or spec.is_lost)
        rows["deal"].append((
            deal_id, cid, deal.title, deal.amount_cents, final,
            spec.probability if spec else 0,
            self.day(deal.expected_ago) if deal.expected_ago is not None else None,
            deal.lost_reason, owner, stamps[0], stamps[-1], stamps[-1] if closed else None,
        ))

    def follow_ups(self, cid: int, plan: _Plan, orders: list[tuple[int, int]],
                   created_ago: int, engaged: bool, owner: int | None,
                   contact_ids: list[int], entries: list[_FollowUp],
                   rows: dict[str, list[Any]]) -> None:
        rng = self.rng
        if plan.invalid or (not entries and rng.random() < 0.06):
            count = 0  # never reached, or never contacted yet
        else:
            count = min(24, rng.randint(0, 2) + len(orders) // 3 + (2 if engaged else 0))
        if count:
            if engaged:
                newest = rng.randint(1, min(45, created_ago))
            elif orders:
                newest = max(1, orders[-1][0] - rng.randint(0, 200))
            else:
                newest = rng.randint(1, created_ago)
            newest = min(newest, created_ago)
            agos = [newest] + [rng.randint(newest, created_ago) for _ in range(count - 1)]
            for ago in agos:
                channel = self.channel(rng)
                contents = _CHANNEL_CONTENT.get(channel, _GENERIC_CONTENT)
                entries.append(_FollowUp(
                    ago, self.clock(), channel,
                    rng.choice(contact_ids) if contact_ids and rng.random() < 0.8 else None,
                    rng.choice(contents), rng.choice(_OUTCOMES), None,
                    owner if owner is not None and rng.random() < 0.9 else self.owner(rng),
                ))
        if not entries:
            return
        entries.sort(key=lambda e: (-e.ago, e.clock))
        last = entries[-1]
        if plan.lifecycle == LIFECYCLE_PROSPECT and last.stage_after is None and not any(
            e.stage_after for e in entries
        ):
            # Without a deal, the latest follow-up still records how far the lead got.
            last.stage_after = rng.choices((None, "intent", "lost"), (70, 20, 10))[0]
            if last.stage_after and self.settings.stage(last.stage_after) is None:
                last.stage_after = None
        reminder = _REMINDERS(rng) if engaged else rng.choice(("none", "overdue"))
        if reminder == "overdue":
            next_ago: int | None = rng.randint(1, last.ago - 1) if last.ago > 1 else 0
        elif reminder == "today":
            next_ago = 0
        elif reminder == "upcoming":
            next_ago = -rng.randint(1, 7)
        elif reminder == "later":
            next_ago = -rng.randint(8, 60)
        else:
            next_ago = None
        out = rows["follow_up"]
        for position, entry in enumerate(entries):
            if position + 1 < len(entries):
                # Earlier follow-ups planned the next one for when it happened.
                planned: str | None = self.day(entries[position + 1].ago)
            else:
                planned = self.day(next_ago) if next_ago is not None else None
            stamp = f"{self.day(entry.ago)} {entry.clock}"
            out.append((cid, stamp, entry.channel, entry.contact_id, entry.content,
                        entry.outcome, entry.stage_after, planned, entry.staff_id, stamp))

    def tag_rows(self, cid: int, company: bool, male: bool, industry: str,
                 rows: dict[str, list[Any]]) -> None:
        rng = self.rng
        chosen: list[int] = []

        def add(group: str, name: str) -> None:
            tag_id = self.tags.get(group, {}).get(name)
            if tag_id is not None and tag_id not in chosen:
                chosen.append(tag_id)

        if company:
            if industry:
                add("行业", industry)
            if rng.random() < 0.3:
                add("消费偏好", rng.choice(_TAG_GROUPS["消费偏好"]))
        else:
            add("性别", "男" if male else "女")
            if rng.random() < 0.8:
                add("年龄段", rng.choices(_TAG_GROUPS["年龄段"], (12, 35, 28, 17, 8))[0])
            if rng.random() < 0.7:
                add("职业", rng.choice(_TAG_GROUPS["职业"]))
            for _ in range(rng.randint(0, 2)):
                add("消费偏好", rng.choice(_TAG_GROUPS["消费偏好"]))
        rows["customer_tag"].extend((cid, tag_id) for tag_id in chosen)

    def service_rows(self, cid: int, owner: int | None, created_ago: int,
                     rows: dict[str, list[Any]]) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 3)):
            kind = _SERVICE_KINDS(rng)
            opened_ago = rng.randint(0, created_ago)
            if opened_ago > 30:
                status = rng.choices(("closed", "resolved", "in_progress", "open"),
                                     (70, 25, 3, 2))[0]
            else:
                status = rng.choice(("open", "in_progress", "resolved", "closed"))
            if kind == "return_visit" and status in ("open", "in_progress"):
                status = "closed"  # a return visit is done when it is logged
            done = status in ("resolved", "closed")
            satisfaction = None
            if done and (kind == "return_visit" or rng.random() < 0.6):
                pick = _COMPLAINT_SATISFACTION if kind == "complaint" else _SATISFACTION
                satisfaction = pick(rng)
            priority = rng.choices(("low", "normal", "high", "urgent"),
                                   (5, 40, 40, 15) if kind == "complaint" else (20, 60, 15, 5))[0]
            opened = self.stamp(opened_ago)
            closed = self.stamp(max(0, opened_ago - rng.randint(0, 10))) if done else None
            if closed is not None and closed < opened:
                closed = opened
            subject = rng.choice(_SERVICE_SUBJECTS[kind])
            rows["service_record"].append((
                cid, kind, status, priority, owner, subject, subject,
                rng.choice(_RESOLUTIONS) if done and kind != "return_visit" else "",
                satisfaction, opened, closed,
            ))


# ---------------------------------------------------------------------------------------
# Staff, tags and the run
# ---------------------------------------------------------------------------------------


def _ensure_staff(rng: random.Random) -> list[int]:
    """Between 8 and 12 staff members, found by name or created."""
    db = bound_database()
    names = list(_STAFF_NAMES)
    rng.shuffle(names)
    chosen = names[: rng.randint(8, 12)]
    cursor = db.cursor()
    for name in chosen:
        spelled = _spell(name, name[0])
        phone = f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"
        cursor.execute(
            "INSERT OR IGNORE INTO staff (name, email, phone, active, created_at) "
            "VALUES (?, ?, ?, 1, datetime('now', 'localtime'))",
            (name, f"{spelled}@example.cn", phone),
        )
    marks = ",".join("?" * len(chosen))
    found = dict(db.execute_sql(f"SELECT name, id FROM staff WHERE name IN ({marks})", chosen)
                 .fetchall())
    return [int(found[name]) for name in chosen]


def _ensure_tags(settings: BusinessSettings) -> dict[str, dict[str, int]]:
    """The demo's tag groups and tags, found by name or created: {group: {tag: id}}."""
    db = bound_database()
    cursor = db.cursor()
    result: dict[str, dict[str, int]] = {}
    for order, (group, names) in enumerate(_TAG_GROUPS.items()):
        tag_names = names or tuple(settings.industries)
        cursor.execute("INSERT OR IGNORE INTO tag_group (name, sort_order) VALUES (?, ?)",
                       (group, order))
        group_id = db.execute_sql("SELECT id FROM tag_group WHERE name = ?", [group]).fetchone()[0]
        for name in tag_names:
            cursor.execute("INSERT OR IGNORE INTO tag (group_id, name) VALUES (?, ?)",
                           (group_id, name))
        result[group] = dict(
            db.execute_sql("SELECT name, id FROM tag WHERE group_id = ?", [group_id]).fetchall()
        )
    return result


def _next_id(table: str) -> int:
    row = bound_database().execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
    return int(row[0])


def _free_codes(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Drop demo customer codes that an existing customer already uses (codes are unique)."""
    codes = [row[1] for row in rows if row[1]]
    if not codes:
        return rows
    taken: set[str] = set()
    db = bound_database()
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ",".join("?" * len(chunk))
        taken.update(r[0] for r in db.execute_sql(
            f"SELECT code FROM customer WHERE code IN ({marks})", chunk))
    if not taken:
        return rows
    return [(row[0], None, *row[2:]) if row[1] in taken else row for row in rows]


def generate_demo(
    customers: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Add `customers` demo customers with their history to the bound database.

    Deterministic for a given seed and `today` (default: the real date). `progress(done,
    total)` is called after every committed batch; `cancel()` is asked before each batch, and
    when it says True the customers committed so far are kept and classified, and the
    summary says `cancelled`. Raises ValueError for a negative count.
    """
    if customers < 0:
        raise ValueError("the number of customers cannot be negative")
    started = time.perf_counter()
    today = today or date.today()
    db = bound_database()
    settings = settings_service.business_settings()
    rng = _FastRandom(seed)
    with db.atomic():
        tags = _ensure_tags(settings)
        staff_ids = _ensure_staff(rng)
    generator = _Generator(rng, today, settings, staff_ids, tags)
    counts = dict.fromkeys(_INSERTS, 0)
    first_id: int | None = None
    last_id: int | None = None
    done = 0
    cancelled = False
    old_cache = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size = -{GENERATION_CACHE_KIB}")
    try:
        while done < customers:
            if cancel is not None and cancel():
                cancelled = True
                break
            size = min(BATCH_SIZE, customers - done)
            # IMMEDIATE: take the write lock before reading the next ids, so no other writer
            # can take them between the read and the insert.
            with db.atomic("IMMEDIATE"):
                first = _next_id("customer")
                next_contact = [_next_id("contact")]
                next_deal = [_next_id("deal")]
                batch = _Batch()
                for offset in range(size):
                    generator.customer(first + offset, done + offset, next_contact, next_deal,
                                       batch)
                batch.rows["customer"] = _free_codes(batch.rows["customer"])
                cursor = db.cursor()
                for table, sql in _INSERTS.items():
                    cursor.executemany(sql, batch.rows[table])
                    counts[table] += len(batch.rows[table])
                search.write_documents(db, batch.docs)
                ids = range(first, first + size)
                facts.refresh_customers(ids, today=today, settings=settings,
                                        tier_note="demo data")
            first_id = first if first_id is None else first_id
            last_id = first + size - 1
            done += size
            if progress is not None:
                progress(done, customers)
        if done:
            facts.refresh_classification(today, settings)
            refresh_statistics(db)
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(old_cache)}")
    return DemoSummary(
        customers=done,
        contacts=counts["contact"],
        follow_ups=counts["follow_up"],
        deals=counts["deal"],
        deal_stage_changes=counts["deal_stage_change"],
        orders=counts["orders"],
        service_records=counts["service_record"],
        needs=counts["need"],
        credit_checks=counts["credit_check"],
        customer_tags=counts["customer_tag"],
        staff=len(staff_ids),
        first_id=first_id,
        last_id=last_id,
        seconds=time.perf_counter() - started,
        cancelled=cancelled,
    )
